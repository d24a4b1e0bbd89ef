"""``kimdesk import VAULT FILE`` on a real vault, as a script would call it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kimdesk import cli
from kimdesk.services import clients, vaults
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch) -> None:
    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def closed_vault(vault_path: Path, fast_kdf) -> Path:
    vault = vaults.create_vault(vault_path, PASSPHRASE, kdf=fast_kdf)
    clients.create_client(vault, clients.new_client(family_name="Alhasan",
                                                    given_names="Muhammad",
                                                    nationalities=("SY",)))
    vault.close()
    return vault_path


def _count(path: Path) -> int:
    with vaults.open_vault(path, PASSPHRASE, exclusive=False) as vault:
        return clients.count_clients(vault)


def test_import_dry_run_then_for_real(closed_vault: Path, tmp_path: Path, capsys) -> None:
    source = tmp_path / "liste.csv"
    source.write_bytes("Nachname;Vorname;Geburtsdatum;Staatsangehörigkeit\n"
                       "Müller;Jürgen;01.02.1980;Türkei\nHaidari;Zahra;1990;Afghanistan\n"
                       .encode("cp1252"))
    assert cli.main(["import", str(closed_vault), str(source), "--dry-run"]) == 0
    assert "Probelauf: 2 Klient*innen können importiert werden." in capsys.readouterr().out
    assert _count(closed_vault) == 1
    assert cli.main(["import", str(closed_vault), str(source)]) == 0
    assert "2 Klient*innen importiert." in capsys.readouterr().out
    assert _count(closed_vault) == 3


def test_bad_rows_are_listed_and_nothing_is_written(closed_vault: Path, tmp_path: Path,
                                                    capsys) -> None:
    source = tmp_path / "liste.csv"
    source.write_text("Nachname;Geburtsdatum\nHaidari;31.02.1990\n=1+1;1990\nTesfay;1985\n",
                      encoding="utf-8")
    assert cli.main(["import", str(closed_vault), str(source)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert "Zeile 2: Geburtsdatum „31.02.1990“ ist kein gültiges Datum" in err
    assert "Zeile 3: Spalte Nachname enthält eine Formel" in err
    assert err[-1] == "Fehler: Nichts importiert – 2 Zeilen sind fehlerhaft (von 3)."
    assert _count(closed_vault) == 1


def test_duplicates_need_allow_duplicates(closed_vault: Path, tmp_path: Path, capsys) -> None:
    source = tmp_path / "liste.csv"
    source.write_text("Nachname;Vorname;Staatsangehörigkeit\nAl-Hassan;Mohamad;Syrien\n",
                      encoding="utf-8")
    assert cli.main(["import", str(closed_vault), str(source)]) == 2
    err = capsys.readouterr().err
    assert "doppelt? Zeile 2: möglicherweise schon im Tresor: Alhasan, Muhammad" in err
    assert "--allow-duplicates" in err
    assert _count(closed_vault) == 1
    assert cli.main(["import", str(closed_vault), str(source), "--allow-duplicates"]) == 0
    assert _count(closed_vault) == 2


def test_excel_sheet_and_file_problems(closed_vault: Path, tmp_path: Path, capsys) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Leer"
    ws = wb.create_sheet("Klienten")
    ws.append(["Nachname", "Vorname"])
    ws.append(["Tesfay", "Yonas"])
    book = tmp_path / "liste.xlsx"
    wb.save(book)
    assert cli.main(["import", str(closed_vault), str(book), "--sheet", "Klienten"]) == 0
    assert _count(closed_vault) == 2
    capsys.readouterr()
    assert cli.main(["import", str(closed_vault), str(book), "--sheet", "Archiv"]) == 2
    assert "„Archiv“ gibt es nicht" in capsys.readouterr().err
    assert cli.main(["import", str(closed_vault), str(tmp_path / "fehlt.csv")]) == 2
    assert capsys.readouterr().err.strip() == f"Fehler: Die Datei {tmp_path / 'fehlt.csv'} " \
                                              "gibt es nicht."
