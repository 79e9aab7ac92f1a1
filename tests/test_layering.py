"""House style rule 1: gui → core ← data, wired only in main.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": ("PySide6", "sqlalchemy", "alembic", "gui", "data", "shiboken6"),
    "data": ("PySide6", "gui", "shiboken6"),
    "gui": ("data", "sqlalchemy", "alembic"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    violations = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for name in imported_modules(path):
            top = name.split(".")[0]
            if top in FORBIDDEN[layer]:
                violations.append(f"{path.relative_to(ROOT)} imports {name}")
    assert violations == []


def test_layers_exist() -> None:
    assert all((ROOT / layer / "__init__.py").exists() for layer in FORBIDDEN)
