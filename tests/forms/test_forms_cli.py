"""`kimdesk form`: list, one form to a file, gallery subsets, clear errors, audit events."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from babel.dates import format_date
from sqlalchemy import select

from kimdesk import cli
from kimdesk.data.keyfile import KdfParams
from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.schema import AppointmentRow, ClientRow
from kimdesk.domain.enums import AuditAction
from kimdesk.services import demo, forms, vaults
from tests.conftest import PASSPHRASE
from tests.forms import pdftools as pt


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str, str]]:
    """A small demo vault, closed for the CLI: its path, a client id with an appointment
    and that client's file number. The passphrase comes from KIMDESK_PASSPHRASE."""
    path = tmp_path_factory.mktemp("cli") / "demo.kim"
    kdf = KdfParams(time_cost=1, memory_kib=64 * 1024, parallelism=1)
    with vaults.create_vault(path, PASSPHRASE, kdf=kdf, counsellor_name="Test") as vault:
        demo.generate(vault, clients=12, seed=4)
        client = forms.gallery_client(vault)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
        yield path, client.id, client.file_number


def _events(path: Path, action: AuditAction) -> list:
    with vaults.open_vault(path, PASSPHRASE, exclusive=False) as v, v.session() as s:
        return audit_repo.events(s, action=action)


def test_list_names_every_form_and_language(capsys) -> None:
    assert cli.main(["form", "--list"]) == 0
    out = capsys.readouterr().out
    for kind in forms.KINDS:
        assert kind in out and forms.title_of(kind).de in out
    for code in ("ar", "fa_AF", "ckb", "ti", "ps", "kmr"):
        assert f"  {code} " in out
    assert "rechts nach links" in out


def test_one_form_by_file_number_in_the_clients_language(demo_vault, tmp_path: Path,
                                                          capsys) -> None:
    path, client_id, file_number = demo_vault
    out = tmp_path / "ziel.pdf"
    assert cli.main(["form", "goals", "--vault", str(path), "--client", file_number,
                     "--out", str(out)]) == 0
    assert "Formular geschrieben" in capsys.readouterr().out
    text = " ".join(w.text for w in pt.words(out))
    assert "Integrationsvereinbarung" in text and file_number in text
    exports = _events(path, AuditAction.EXPORT)
    assert [e.entity_id for e in exports if e.entity == "form_goals"] == [client_id]


def test_appointment_letter_for_a_chosen_appointment(demo_vault, tmp_path: Path) -> None:
    path, client_id, _ = demo_vault
    with vaults.open_vault(path, PASSPHRASE) as v:
        choice = forms.appointment_choices(v, client_id)[-1]
    out = tmp_path / "termin.pdf"
    assert cli.main(["form", "appointment", "--vault", str(path), "--client", client_id,
                     "--lang", "ar", "--appointment", choice.id, "--out", str(out)]) == 0
    text = " ".join(w.text for w in pt.words(out))
    assert "Einladung zu einem Termin" in text
    day = datetime.strptime(choice.label.split()[1], "%d.%m.%Y").date()
    assert format_date(day, "full", locale="de") in text  # the chosen appointment's date


def test_gallery_subset(demo_vault, tmp_path: Path, capsys) -> None:
    path, _, _ = demo_vault
    out = tmp_path / "galerie"
    assert cli.main(["form", "gallery", "--vault", str(path), "--out", str(out),
                     "--kinds", "consent,access", "--langs", "de,fa,ti"]) == 0
    assert sorted(p.name for p in out.glob("*.pdf")) == sorted(
        f"{k}_{lang}.pdf" for k in ("consent", "access") for lang in ("de", "fa", "ti"))
    assert "6 Formulare" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "message"), [
    (["form"], "Formularart"),
    (["form", "goals", "--client", "x", "--out", "x.pdf"], "--vault"),
    (["form", "goals", "--vault", "{v}", "--client", "gibt-es-nicht", "--out", "{o}"],
     "gibt-es-nicht"),
    (["form", "goals", "--vault", "{v}", "--client", "{c}", "--lang", "xx", "--out", "{o}"],
     "Formularsprache"),
    (["form", "gallery", "--vault", "{v}", "--out", "{o}", "--langs", "de,qq"], "qq"),
])
def test_problems_are_one_german_sentence(demo_vault, tmp_path: Path, capsys, argv: list[str],
                                          message: str) -> None:
    path, client_id, _ = demo_vault
    args = [a.format(v=path, c=client_id, o=tmp_path / "o.pdf") for a in argv]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fehler: ") and message in err
    assert not (tmp_path / "o.pdf").exists()


def test_client_without_appointment_gets_a_clear_message(demo_vault, tmp_path: Path,
                                                         capsys) -> None:
    path, _, _ = demo_vault
    with vaults.open_vault(path, PASSPHRASE) as v, v.session() as s:
        busy = select(AppointmentRow.client_id).where(AppointmentRow.client_id.is_not(None))
        ids = list(s.scalars(select(ClientRow.id).where(ClientRow.id.not_in(busy))))
    if not ids:
        pytest.skip("every demo client has an appointment")
    assert cli.main(["form", "appointment", "--vault", str(path), "--client", ids[0],
                     "--out", str(tmp_path / "t.pdf")]) == 2
    assert "kein Termin" in capsys.readouterr().err
