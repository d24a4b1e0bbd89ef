"""The kimdesk command on real vaults, as an administrator's script would use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kimdesk import cli
from kimdesk.data.vault import vault_files
from kimdesk.services import clients, vaults
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch, fast_kdf) -> None:
    monkeypatch.setattr("kimdesk.data.keyfile.calibrate", lambda *a, **k: fast_kdf)
    monkeypatch.setenv("KIMDESK_PASSPHRASE", PASSPHRASE)


def test_init_demo_check_backup_restore_passwd(tmp_path: Path, capsys, monkeypatch) -> None:
    v = tmp_path / "v.kim"
    assert cli.main(["init", str(v)]) == 0
    assert cli.main(["init", str(v)]) == 2  # never overwrites
    assert "bereits" in capsys.readouterr().err
    assert cli.main(["demo", str(v), "--clients", "120", "--seed", "3"]) == 0
    capsys.readouterr()
    assert cli.main(["check", str(v)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "clients: 120" in out and "status: ok" in out
    assert any(line.startswith("appointments: ") for line in out)
    assert any(line.startswith("referrals: ") for line in out)

    with vaults.open_vault(v, PASSPHRASE, exclusive=False) as vault:
        names = {r.family_name.encode() for r in clients.list_clients(vault, limit=200)}
    blob = b"".join(p.read_bytes() for p in vault_files(v))
    assert not [n for n in names if len(n) > 4 and n in blob]

    b = tmp_path / "v.kimbackup"
    assert cli.main(["backup", str(v), str(b)]) == 0
    assert cli.main(["restore", str(b), str(tmp_path / "r.kim")]) == 0
    capsys.readouterr()
    assert cli.main(["check", str(tmp_path / "r.kim")]) == 0
    assert "clients: 120" in capsys.readouterr().out

    monkeypatch.setenv("KIMDESK_NEW_PASSPHRASE", "eine ganz andere Passphrase 7")
    assert cli.main(["passwd", str(v)]) == 0
    assert cli.main(["check", str(v)]) == 2
    assert "falsch" in capsys.readouterr().err
    monkeypatch.setenv("KIMDESK_PASSPHRASE", "eine ganz andere Passphrase 7")
    assert cli.main(["check", str(v)]) == 0


def test_check_reports_damage_with_exit_1(tmp_path: Path, capsys, fast_kdf) -> None:
    v = tmp_path / "v.kim"
    vault = vaults.create_vault(v, PASSPHRASE, kdf=fast_kdf)
    for i in range(200):
        clients.create_client(vault, clients.new_client(family_name=f"Name{i}"))
    vault.close()
    data = bytearray(v.read_bytes())
    data[len(data) - 3000] ^= 0xFF  # a page in the middle of the file
    v.write_bytes(bytes(data))
    code = cli.main(["check", str(v)])
    assert code in (1, 2)
    captured = capsys.readouterr()
    assert "DAMAGED" in captured.out or "beschädigt" in captured.err


def test_missing_passphrase_without_terminal(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("KIMDESK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", open("/dev/null"))
    assert cli.main(["check", str(tmp_path / "x.kim")]) == 2
    assert "KIMDESK_PASSPHRASE" in capsys.readouterr().err


def test_search_prints_best_first(tmp_path: Path, capsys, fast_kdf) -> None:
    from datetime import date

    v = tmp_path / "s.kim"
    vault = vaults.create_vault(v, PASSPHRASE, kdf=fast_kdf)
    ids = {}
    for fam, giv, orig, born in (("Mohammed", "Ali", "", date(1990, 5, 1)),
                                 ("Haddad", "Samir", "محمد", None),
                                 ("Kovalenko", "Yuliia", "Юлія", date(1985, 1, 1))):
        ids[fam] = clients.create_client(vault, clients.new_client(
            family_name=fam, given_names=giv, given_names_original=orig, birth_date=born)).id
    vault.close()
    assert cli.main(["search", str(v), "Muhammad"]) == 0
    lines = capsys.readouterr().out.splitlines()
    found = [line.split("\t")[0] for line in lines]
    assert set(found) == {ids["Mohammed"], ids["Haddad"]}
    assert lines[found.index(ids["Mohammed"])].split("\t")[1:] == ["Mohammed, Ali", "01.05.1990"]
    assert cli.main(["search", str(v), "Julija"]) == 0
    assert capsys.readouterr().out.split("\t")[0] == ids["Kovalenko"]
