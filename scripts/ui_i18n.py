"""Update and compile the Qt translations of the UI.

    .venv/bin/python scripts/ui_i18n.py update    # rescan kimdesk/ui into translations/*.ts
    .venv/bin/python scripts/ui_i18n.py compile   # translations/*.ts -> kimdesk/locale/qt/*.qm

Source strings are German (the default UI language); edit the .ts files with
pyside6-linguist, then compile. The compiled .qm files ship inside the package.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
LANGS = ("en",)


def update() -> None:
    sources = [str(p) for p in sorted((ROOT / "kimdesk" / "ui").rglob("*.py"))]
    for lang in LANGS:
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-source-language", "de",
                        "-target-language", lang, "-no-obsolete",
                        "-ts", str(ROOT / "translations" / f"kimdesk_{lang}.ts")], check=True)


def compile_all() -> None:
    out = ROOT / "kimdesk" / "locale" / "qt"
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        subprocess.run([str(BIN / "pyside6-lrelease"),
                        str(ROOT / "translations" / f"kimdesk_{lang}.ts"),
                        "-qm", str(out / f"kimdesk_{lang}.qm")], check=True)


if __name__ == "__main__":
    {"update": update, "compile": compile_all}[sys.argv[1]]()
