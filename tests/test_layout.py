"""The layout's rule that SQL lives in a feature's queries.py: the front ends and services named here hold none."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_discord_front_end_cogs_and_settings_service_hold_no_sql() -> None:
    files = [*sorted((ROOT / "bot" / "discord").glob("*.py")), *sorted((ROOT / "cogs").glob("*.py")),
             ROOT / "bot" / "settings" / "service.py"]
    assert len(files) > 10  # the globs found the modules
    offenders = {str(f.relative_to(ROOT)): sorted(m for m in _imports(f)
                                                  if m.split(".")[0] == "sqlalchemy" or m == "db.models")
                 for f in files}
    assert {f: m for f, m in offenders.items() if m} == {}


def _modules_named(path: Path) -> set[str]:
    """Every module a file imports, ``from a import b`` counting as ``a.b`` too (``b`` may be a module)."""
    found = _imports(path)
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def test_front_ends_reach_features_through_services_not_queries() -> None:
    """Cogs and the console call a feature's service (or its actions, cards, rules), never its queries."""
    files = [*sorted((ROOT / "cogs").glob("*.py")), *sorted((ROOT / "bot" / "console").glob("*.py"))]
    assert len(files) > 15  # the globs found the modules
    offenders = {str(f.relative_to(ROOT)): sorted(m for m in _modules_named(f) if m.split(".")[-1] == "queries")
                 for f in files}
    assert {f: m for f, m in offenders.items() if m} == {}
