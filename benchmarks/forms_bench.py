"""Benchmark of the printed forms: milliseconds per form for German, Arabic and Tigrinya.

Creates a throw-away encrypted demo vault in a temporary folder, gathers one client's
data once and renders every form kind ``--rounds`` times per language (fonts are
loaded in a warm-up first). Also reports the full service path (vault -> PDF bytes)
and rasterising the pages for the preview. Nothing but the temporary vault is written.

Usage::

    python benchmarks/forms_bench.py [--clients 30] [--rounds 3] [--langs de,ar,ti]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kimdesk.data.keyfile import KdfParams  # noqa: E402
from kimdesk.domain.letterhead import Letterhead  # noqa: E402
from kimdesk.forms.raster import page_count, render_pages  # noqa: E402
from kimdesk.forms.render import render_form_pdf  # noqa: E402
from kimdesk.services import demo, forms, settings, vaults  # noqa: E402


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f}"


def main() -> int:
    """Run the benchmark and print a table (ms per form)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=30)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--langs", default="de,ar,ti")
    args = p.parse_args()
    langs = [x.strip() for x in args.langs.split(",") if x.strip()]
    kdf = KdfParams(time_cost=1, memory_kib=64 * 1024, parallelism=1)
    with tempfile.TemporaryDirectory(prefix="kimdesk-forms-bench-") as tmp:
        with vaults.create_vault(Path(tmp) / "bench.kim", "bench", kdf=kdf) as vault:
            demo.generate(vault, clients=args.clients, seed=7)
            settings.set_letterhead(vault, Letterhead(
                name="Caritasverband für den Kreis Musterland e. V.",
                address="Am Markt 1\n59999 Musterstadt", phone="0221 4710-123",
                email="kim@example.org"))
            client = forms.gallery_client(vault)
            started = time.perf_counter()
            data = forms.gather(vault, client_id=client.id)
            gather_s = time.perf_counter() - started
            warm = time.perf_counter()
            for lang in langs:
                render_form_pdf("consent", data, lang)
            warm_s = time.perf_counter() - warm
            print(f"client {client.file_number}; gather {gather_s * 1000:.0f} ms; "
                  f"warm-up (fonts) {warm_s * 1000:.0f} ms; median of {args.rounds} rounds")
            print(f"{'form':<12}" + "".join(f"{lang + ' ms':>10}" for lang in langs)
                  + f"{'pages':>8}")
            totals = dict.fromkeys(langs, 0.0)
            for kind in forms.KINDS:
                row = f"{kind:<12}"
                pages = 0
                for lang in langs:
                    times = []
                    for _ in range(args.rounds):
                        t = time.perf_counter()
                        result = render_form_pdf(kind, data, lang)
                        times.append(time.perf_counter() - t)
                    pages = max(pages, page_count(result.pdf))
                    median = statistics.median(times)
                    totals[lang] += median
                    row += f"{_ms(median):>10}"
                print(row + f"{pages:>8}")
            print(f"{'mean':<12}" + "".join(
                f"{_ms(totals[lang] / len(forms.KINDS)):>10}" for lang in langs))
            t = time.perf_counter()
            rendered = forms.render_form(vault, "access", client_id=client.id, lang=langs[-1])
            full_s = time.perf_counter() - t
            t = time.perf_counter()
            images = render_pages(rendered.pdf, dpi=80)
            raster_s = time.perf_counter() - t
            print(f"service path vault -> PDF (access, {langs[-1]}): {full_s * 1000:.0f} ms; "
                  f"preview of {len(images)} pages at 80 dpi: {raster_s * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
