"""The layout's rules (README, *Layout*): SQL lives only in the database package and each feature's queries.py,
and the core emits no Discord markup (the front ends render its structured values)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from bot.cards import Mention, Strong, Timestamp, Verbatim, text
from bot.discord.render import discord_text

ROOT = Path(__file__).resolve().parents[1]

# Where SQLAlchemy and the models may be imported: the database package, the `db` command line, engine set-up,
# and each feature's queries.py.
SQL_ALLOWED = ("db/*", "bot/cli/db.py", "bot/__main__.py", "bot/config.py", "bot/*/queries.py")


def _imports(source: str, name: str = "<source>") -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source, name)):  # every import, also inside functions and TYPE_CHECKING
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def sql_imports(source: str, name: str = "<source>") -> list[str]:
    return sorted(m for m in _imports(source, name) if m.split(".")[0] == "sqlalchemy" or m == "db.models")


def sql_offenders() -> dict[str, list[str]]:
    """Modules of bot/ and cogs/ outside SQL_ALLOWED that import SQLAlchemy or db.models, with those imports."""
    found: dict[str, list[str]] = {}
    for path in sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "cogs").rglob("*.py")]):
        rel = path.relative_to(ROOT)
        if any(rel.match(pattern) for pattern in SQL_ALLOWED):
            continue
        if imports := sql_imports(path.read_text(), str(path)):
            found[str(rel)] = imports
    return found


def test_the_sql_check_sees_imports_wherever_they_are() -> None:
    source = ("from sqlalchemy import select\nimport sqlalchemy.ext.asyncio\n"
              "def f():\n    from db.models import Reminder\n")
    assert sql_imports(source) == ["db.models", "sqlalchemy", "sqlalchemy.ext.asyncio"]
    assert sql_imports("from db.engine import DB_DOWN\nfrom bot.reminders import queries\n") == []
    # The allowed files do hold SQL: the check reads real modules.
    assert "sqlalchemy" in sql_imports((ROOT / "bot" / "reminders" / "queries.py").read_text())


def test_only_db_and_each_features_queries_hold_sql() -> None:
    assert len(list((ROOT / "bot").rglob("*.py"))) > 50  # the globs found the modules
    assert sql_offenders() == {}


# Discord markup in a string literal: bold (``**x``, not a run of stars like a masked secret ``****``), a
# timestamp (<t:…>), a user or role mention (<@…>, <@&…>), a channel mention (<#…>) or a code span (`x`).
MARKUP = re.compile(r"(?<!\*)\*\*(?![*\s])|<t:|<@|<#(?:\d|$)|`[^`\s][^`]*`")


def markup_literals(source: str, name: str = "<source>") -> list[tuple[int, str]]:
    """(line, text) of the string literals holding Discord markup, docstrings and regular expressions aside
    (a docstring may show markup in prose; a pattern recognising mentions someone typed is not output)."""
    tree = ast.parse(source, name)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"):
            skip.update(id(arg) for arg in node.args)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and MARKUP.search(node.value)]


def test_the_markup_check_finds_markup_in_literals_and_f_strings() -> None:
    source = '''"""A **docstring** may say <t:123:R>."""
import re
MASK = "********"
PATTERN = re.compile(r"<@[!&]?(\\d+)>")
def f(n):
    """Returns **bold**."""
    return [f"**{n}** teammates", "<t:1:R>", "<@5>", f"<#{n}>", "<#1>", "run `/help` now", "a ` tick"]
'''
    assert [line for line, _ in markup_literals(source)] == [7, 7, 7, 7, 7, 7]
    assert {value for _, value in markup_literals(source)} == {"**", "<t:1:R>", "<@5>", "<#", "<#1>", "run `/help` now"}


def test_the_core_emits_no_discord_markup() -> None:
    """Bold, mentions and timestamps are structured values (bot/cards.py) that each front end renders:
    only bot/discord writes Discord's markup."""
    files = [p for p in sorted((ROOT / "bot").rglob("*.py")) if "discord" not in p.relative_to(ROOT).parts]
    assert len(files) > 50
    found = {str(p.relative_to(ROOT)): hits for p in files if (hits := markup_literals(p.read_text(), str(p)))}
    assert found == {}


def test_discord_renders_the_structured_values_as_its_markup() -> None:
    from datetime import UTC, datetime

    at = datetime(2026, 6, 15, 12, tzinfo=UTC)
    line = text(Strong("3"), " checked in: ", Strong(Verbatim("Ann_the *fast*")), ", ", Mention("user", 5), " of ",
                Mention("role", 6), " in ", Mention("channel", 7), ", ", Verbatim("*x*"), "'s streak, ",
                Timestamp(at, "R"))
    assert discord_text(line) == ("**3** checked in: **Ann\\_the \\*fast\\***, <@5> of <@&6> in <#7>, \\*x\\*'s "
                                  f"streak, <t:{int(at.timestamp())}:R>")
    assert str(line).startswith("3 checked in: Ann_the *fast*, user 5 of @role 6 in #channel 7, *x*'s streak, ")
    # The core's own words are not escaped: /help's commands read as before.
    assert discord_text(text(Strong("/settings team_role"), " — …")) == "**/settings team_role** — …"


def _modules_named(path: Path) -> set[str]:
    """Every module a file imports, ``from a import b`` counting as ``a.b`` too (``b`` may be a module)."""
    found = _imports(path.read_text(), str(path))
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
