"""``kimdesk agencies export|import``: round trip and a refused file."""

from __future__ import annotations

import pytest

from kimdesk import cli
from kimdesk.domain.enums import AgencyKind
from tests.conftest import PASSPHRASE


def _run(argv: list[str]) -> int:
    args = cli.build_parser().parse_args(argv)
    return int(args.func(args))


def test_export_then_import_into_another_vault(tmp_path, fast_kdf, monkeypatch, capsys) -> None:
    from kimdesk.services import agencies, vaults

    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
    first, second = tmp_path / "a.kim", tmp_path / "b.kim"
    v = vaults.create_vault(first, PASSPHRASE, kdf=fast_kdf)
    agencies.add_agency(v, agencies.new_agency("Jugendamt", AgencyKind.JUGENDAMT, city="Unna"))
    v.close()
    vaults.create_vault(second, PASSPHRASE, kdf=fast_kdf).close()
    out = tmp_path / "stellen.csv"
    assert _run(["agencies", "export", str(first), str(out)]) == cli.EXIT_OK
    assert _run(["agencies", "import", str(second), str(out)]) == cli.EXIT_OK
    assert "1 Stellen neu" in capsys.readouterr().out
    v = vaults.open_vault(second, PASSPHRASE)
    try:
        assert [a.name for a in agencies.list_agencies(v)] == ["Jugendamt"]
    finally:
        v.close()


def test_bad_file_is_refused_with_line_numbers(tmp_path, fast_kdf, monkeypatch) -> None:
    from kimdesk.services import vaults

    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "v.kim"
    vaults.create_vault(path, PASSPHRASE, kdf=fast_kdf).close()
    bad = tmp_path / "bad.csv"
    bad.write_text("Name;Art\nA;Jobcenter\nB;Mondbehörde\n", encoding="utf-8")
    with pytest.raises(cli.CliError, match="Zeile 3: Art „Mondbehörde“ ist unbekannt"):
        _run(["agencies", "import", str(path), str(bad)])
