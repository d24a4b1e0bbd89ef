"""KIMdesk benchmark: builds a demo vault of N clients and prints one JSON object.

    .venv/bin/python benchmarks/run.py --clients 100000 --out bench.json

Keys: unlock_s, open_main_window_s, index_build_s, search_p50_ms, search_p95_ms,
search_raw_p95_ms, insert_clients_per_s, insert_plain_ratio, form_ms (per form and
language, when the forms service is present), rss_mb, plus the machine it ran on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ("muhammad", "mohammed", "hossein", "julija", "юлія", "محمد", "abraha", "ahmadi",
           "1990", "KIM-2023-0", "al hassan", "fatima 1985")
PASSPHRASE = "benchmark passphrase 2026"


def typed(query: str) -> list[str]:
    """Every prefix of ``query``, as a user types it letter by letter."""
    return [query[:i] for i in range(1, len(query) + 1)]


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def bench_search(vault: object) -> dict[str, float]:
    from kimdesk.services import search

    started = time.perf_counter()
    search.build_index(vault)  # type: ignore[arg-type]
    build = time.perf_counter() - started
    times = []
    for q in QUERIES:
        for prefix in typed(q):
            t = time.perf_counter()
            search.search_clients(vault, prefix, limit=200)  # type: ignore[arg-type]
            times.append((time.perf_counter() - t) * 1000)
    raw = []
    with vault.engine.connect() as conn:  # type: ignore[attr-defined]
        for q in QUERIES:
            for prefix in typed(q):
                like = prefix + "%"
                t = time.perf_counter()
                conn.exec_driver_sql(
                    "SELECT id, family_name, given_names, birth_date FROM clients "
                    "WHERE family_name LIKE ? OR given_names LIKE ? OR family_name_original "
                    "LIKE ? OR given_names_original LIKE ? OR file_number LIKE ? LIMIT 200",
                    (like, like, like, like, like)).fetchall()
                raw.append((time.perf_counter() - t) * 1000)
    return {"index_build_s": round(build, 2),
            "search_p50_ms": round(statistics.median(times), 2),
            "search_p95_ms": round(percentile(times, 95), 2),
            "search_max_ms": round(max(times), 2),
            "search_raw_p95_ms": round(percentile(raw, 95), 2)}


def bench_insert(folder: Path, n: int = 5000) -> dict[str, float]:
    """Clients per second into the encrypted vault and into plain SQLite, same schema."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import Session

    from kimdesk.data.repositories.base import bulk_add
    from kimdesk.data.repositories.records import CLIENTS
    from kimdesk.data.schema import Base
    from kimdesk.services import clients as client_service
    from kimdesk.services import vaults

    now = datetime.now(UTC)
    people = [client_service.new_client(family_name=f"Bench{i}", given_names="Amina",
                                        birth_date=date(1980 + i % 40, 1 + i % 12, 1 + i % 28),
                                        nationalities=("SY",), languages=("ar",),
                                        file_number=f"B-{i:06d}", created_at=now)
              for i in range(n)]

    def timed(session_factory: object) -> float:
        t = time.perf_counter()
        for chunk in range(0, n, 500):
            with session_factory() as s, s.begin():  # type: ignore[operator]
                bulk_add(s, CLIENTS, people[chunk:chunk + 500])
        return n / (time.perf_counter() - t)

    enc = vaults.create_vault(folder / "insert.kim", PASSPHRASE,
                              kdf=vaults.KdfParams(time_cost=1))
    try:
        encrypted = timed(lambda: Session(enc.engine))
    finally:
        enc.close()
    plain_engine = create_engine(f"sqlite:///{folder / 'plain.db'}")

    @event.listens_for(plain_engine, "connect")
    def _pragmas(conn: object, _rec: object) -> None:
        cur = conn.cursor()  # type: ignore[attr-defined]
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    Base.metadata.create_all(plain_engine)
    plain = timed(lambda: Session(plain_engine))
    plain_engine.dispose()
    return {"insert_clients_per_s": round(encrypted), "insert_plain_per_s": round(plain),
            "insert_plain_ratio": round(encrypted / plain, 3)}


def bench_window(vault: object) -> float:
    """From unlocked to the client list showing its first rows, offscreen."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kimdesk.ui.main_window import MainWindow
    from kimdesk.ui.settings_store import Settings

    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"),
                                  QSettings.Format.IniFormat))
    t = time.perf_counter()
    window = MainWindow(settings)
    window.set_vault(vault)
    window.show()
    while window.clients_view.model.rowCount() == 0:
        app.processEvents()
    elapsed = time.perf_counter() - t
    window.set_vault(None)
    window.close()
    return elapsed


def bench_forms(vault: object) -> dict[str, float]:
    """Milliseconds per form (vault data to PDF bytes) for de, ar and ti."""
    from kimdesk.services import forms

    result: dict[str, float] = {}
    client_id = forms.gallery_client(vault).id  # type: ignore[arg-type]
    forms.render_form(vault, "consent", client_id=client_id, lang="ar")  # type: ignore[arg-type]  # fonts load once
    for kind in forms.KINDS:
        for lang in ("de", "ar", "ti"):
            t = time.perf_counter()
            forms.render_form(vault, kind, client_id=client_id, lang=lang)  # type: ignore[arg-type]
            result[f"{kind}_{lang}"] = round((time.perf_counter() - t) * 1000, 1)
    return result


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--clients", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", type=Path)
    p.add_argument("--keep", type=Path, help="keep the vault in this folder")
    args = p.parse_args()

    from kimdesk.services import demo, vaults

    folder = Path(tempfile.mkdtemp(prefix="kimdesk-bench-"))
    out: dict[str, object] = {
        "clients": args.clients,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
                   f"{platform.release()}, Python {platform.python_version()}",
        "date": date.today().isoformat(),
    }
    try:
        path = folder / "bench.kim"
        t = time.perf_counter()
        vault = vaults.create_vault(path, PASSPHRASE)  # calibrated Argon2id, as in real use
        demo.generate(vault, clients=args.clients, seed=args.seed)
        vault.close()
        out["demo_generate_s"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        vault = vaults.open_vault(path, PASSPHRASE)
        out["unlock_s"] = round(time.perf_counter() - t, 3)
        try:
            out["open_main_window_s"] = round(bench_window(vault), 3)
            out.update(bench_search(vault))
            out["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
            out["form_ms"] = bench_forms(vault)
        finally:
            vault.close()
        out.update(bench_insert(folder))
    finally:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for f in folder.glob("bench.kim*"):
                shutil.move(str(f), args.keep / f.name)
        shutil.rmtree(folder, ignore_errors=True)
    text = json.dumps(out, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
