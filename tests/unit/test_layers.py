"""The layers point one way: ui -> services -> data; only ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "kimdesk"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["data", "domain", "services", "forms", "text", "demo"])
def test_no_qt_and_no_ui_below_the_ui(layer: str) -> None:
    offenders = {
        str(p.relative_to(PKG)): sorted(i for i in _imports(p)
                                         if i.startswith(("PySide6", "kimdesk.ui")))
        for p in (PKG / layer).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize("layer", ["data", "domain"])
def test_data_and_domain_do_not_reach_up(layer: str) -> None:
    for p in (PKG / layer).rglob("*.py"):
        bad = [i for i in _imports(p) if i.startswith(("kimdesk.services", "kimdesk.forms"))]
        assert not bad, f"{p.relative_to(PKG)} imports {bad}"


def test_ui_does_not_touch_the_data_layer() -> None:
    for p in (PKG / "ui").rglob("*.py"):
        bad = [i for i in _imports(p) if i.startswith("kimdesk.data")]
        assert not bad, f"{p.relative_to(PKG)} imports {bad}"
