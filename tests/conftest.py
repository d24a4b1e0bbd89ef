"""Shared fixtures. Qt runs offscreen; settings and temp files stay inside the test's tmp."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="kimdesk-test-home-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")  # QSettings of the tests
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ.pop("KIMDESK_PASSPHRASE", None)

import pytest  # noqa: E402

from kimdesk.data.keyfile import KdfParams  # noqa: E402

PASSPHRASE = "Sonnenblume Fahrrad Küste 42"


@pytest.fixture
def fast_kdf() -> KdfParams:
    """The cheapest Argon2id the vault accepts (64 MiB, one pass): tests stay quick."""
    return KdfParams(time_cost=1, memory_kib=64 * 1024, parallelism=1)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "test.kim"


@pytest.fixture
def vault(vault_path: Path, fast_kdf: KdfParams):
    from kimdesk.services import vaults

    v = vaults.create_vault(vault_path, PASSPHRASE, kdf=fast_kdf, counsellor_name="Test")
    yield v
    v.close()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--kills", type=int, default=20,
                     help="how many times the crash test kills a writer (long run: 1000)")
    parser.addoption("--flips", type=int, default=100,
                     help="how many single-byte flips the damage test tries")
