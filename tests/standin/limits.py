"""Discord's documented size limits, checked on everything the bot sends.

Each checker returns a list of human-readable violations (empty = fine). Discord answers such
requests with 400 / 50035 "Invalid Form Body"; the stand-in does the same and records them.
"""

from __future__ import annotations

import re
from typing import Any

JSON = dict[str, Any]

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_AUTHOR_MAX = 256
EMBEDS_TOTAL_MAX = 6000
ACTION_ROWS_MAX = 5
ROW_BUTTONS_MAX = 5
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
SELECT_OPTIONS_MAX = 25
CHOICES_MAX = 25
CHOICE_NAME_MAX = 100
COMMAND_NAME_RE = re.compile(r"^[-_\w]{1,32}$")
COMMAND_DESCRIPTION_MAX = 100
COMMAND_OPTIONS_MAX = 25
COMMANDS_MAX = 100


def _len(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0


def check_embeds(embeds: list[JSON]) -> list[str]:
    problems: list[str] = []
    if len(embeds) > EMBEDS_MAX:
        problems.append(f"{len(embeds)} embeds > {EMBEDS_MAX}")
    total = 0
    for i, embed in enumerate(embeds):
        where = f"embeds[{i}]"
        title, desc = _len(embed.get("title")), _len(embed.get("description"))
        footer = _len((embed.get("footer") or {}).get("text"))
        author = _len((embed.get("author") or {}).get("name"))
        total += title + desc + footer + author
        if title > EMBED_TITLE_MAX:
            problems.append(f"{where}.title length {title} > {EMBED_TITLE_MAX}")
        if desc > EMBED_DESCRIPTION_MAX:
            problems.append(f"{where}.description length {desc} > {EMBED_DESCRIPTION_MAX}")
        if footer > EMBED_FOOTER_MAX:
            problems.append(f"{where}.footer.text length {footer} > {EMBED_FOOTER_MAX}")
        if author > EMBED_AUTHOR_MAX:
            problems.append(f"{where}.author.name length {author} > {EMBED_AUTHOR_MAX}")
        fields = embed.get("fields") or []
        if len(fields) > EMBED_FIELDS_MAX:
            problems.append(f"{where} has {len(fields)} fields > {EMBED_FIELDS_MAX}")
        for j, fld in enumerate(fields):
            name, value = _len(fld.get("name")), _len(fld.get("value"))
            total += name + value
            if name > EMBED_FIELD_NAME_MAX:
                problems.append(f"{where}.fields[{j}].name length {name} > {EMBED_FIELD_NAME_MAX}")
            if value > EMBED_FIELD_VALUE_MAX:
                problems.append(f"{where}.fields[{j}].value length {value} > {EMBED_FIELD_VALUE_MAX}")
            if name == 0 or value == 0:
                problems.append(f"{where}.fields[{j}] has an empty name or value")
    if total > EMBEDS_TOTAL_MAX:
        problems.append(f"embeds total length {total} > {EMBEDS_TOTAL_MAX}")
    return problems


def _check_interactive(comp: JSON, where: str, problems: list[str]) -> None:
    custom_id = comp.get("custom_id")
    if custom_id is not None and len(custom_id) > CUSTOM_ID_MAX:
        problems.append(f"{where}.custom_id length {len(custom_id)} > {CUSTOM_ID_MAX}")
    if _len(comp.get("label")) > BUTTON_LABEL_MAX:
        problems.append(f"{where}.label length {_len(comp.get('label'))} > {BUTTON_LABEL_MAX}")
    if len(comp.get("options") or []) > SELECT_OPTIONS_MAX:
        problems.append(f"{where} has {len(comp['options'])} options > {SELECT_OPTIONS_MAX}")


def check_components(components: list[JSON], *, v2: bool = False) -> list[str]:
    problems: list[str] = []
    if not v2 and len(components) > ACTION_ROWS_MAX:
        problems.append(f"{len(components)} top-level components > {ACTION_ROWS_MAX} action rows")
    custom_ids: set[str] = set()

    def walk(items: list[JSON], where: str) -> None:
        for i, comp in enumerate(items):
            here = f"{where}[{i}]"
            _check_interactive(comp, here, problems)
            cid = comp.get("custom_id")
            if cid is not None:
                if cid in custom_ids:
                    problems.append(f"{here}.custom_id {cid!r} is duplicated")
                custom_ids.add(cid)
            children = comp.get("components") or []
            if comp.get("type") == 1:
                buttons = [c for c in children if c.get("type") == 2]
                if len(buttons) > ROW_BUTTONS_MAX:
                    problems.append(f"{here} has {len(buttons)} buttons > {ROW_BUTTONS_MAX}")
                if len(children) > ROW_BUTTONS_MAX:
                    problems.append(f"{here} has {len(children)} components > {ROW_BUTTONS_MAX}")
                if any(c.get("type") != 2 for c in children) and len(children) > 1:
                    problems.append(f"{here}: a select menu must be alone in its action row")
            walk(children, f"{here}.components")
            for key in ("accessory", "component"):
                if isinstance(comp.get(key), dict):
                    walk([comp[key]], f"{here}.{key}")

    walk(components, "components")
    return problems


def check_message(payload: JSON) -> list[str]:
    """Checks a message body (channel message, interaction data, webhook execute/edit)."""
    problems: list[str] = []
    content = payload.get("content")
    if isinstance(content, str) and len(content) > CONTENT_MAX:
        problems.append(f"content length {len(content)} > {CONTENT_MAX}")
    problems += check_embeds(payload.get("embeds") or [])
    flags = int(payload.get("flags") or 0)
    problems += check_components(payload.get("components") or [], v2=bool(flags & (1 << 15)))
    return problems


def check_choices(choices: list[JSON]) -> list[str]:
    problems: list[str] = []
    if len(choices) > CHOICES_MAX:
        problems.append(f"{len(choices)} autocomplete choices > {CHOICES_MAX}")
    for i, choice in enumerate(choices):
        if not 1 <= _len(choice.get("name")) <= CHOICE_NAME_MAX:
            problems.append(f"choices[{i}].name length {_len(choice.get('name'))} not in 1..{CHOICE_NAME_MAX}")
    return problems


def check_commands(commands: list[JSON]) -> list[str]:
    problems: list[str] = []
    if len(commands) > COMMANDS_MAX:
        problems.append(f"{len(commands)} commands > {COMMANDS_MAX}")

    def check_options(options: list[JSON], where: str) -> None:
        if len(options) > COMMAND_OPTIONS_MAX:
            problems.append(f"{where} has {len(options)} options > {COMMAND_OPTIONS_MAX}")
        for opt in options:
            name = opt.get("name", "")
            if not COMMAND_NAME_RE.match(name) or name != name.lower():
                problems.append(f"{where} option name {name!r} is invalid")
            if _len(opt.get("description")) > COMMAND_DESCRIPTION_MAX:
                problems.append(f"{where}.{name} description > {COMMAND_DESCRIPTION_MAX}")
            if len(opt.get("choices") or []) > CHOICES_MAX:
                problems.append(f"{where}.{name} has more than {CHOICES_MAX} choices")
            check_options(opt.get("options") or [], f"{where}.{name}")

    for cmd in commands:
        name = cmd.get("name", "")
        ctype = cmd.get("type", 1)
        if ctype == 1 and (not COMMAND_NAME_RE.match(name) or name != name.lower()):
            problems.append(f"command name {name!r} is invalid")
        if ctype == 1 and not 1 <= _len(cmd.get("description")) <= COMMAND_DESCRIPTION_MAX:
            problems.append(f"command {name!r} description length not in 1..{COMMAND_DESCRIPTION_MAX}")
        check_options(cmd.get("options") or [], f"/{name}")
    return problems
