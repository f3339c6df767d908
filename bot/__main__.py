"""Command line: ``python -m bot [run|console|ask|sync|db upgrade|current|backup|revision] [--config PATH]``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot.config import MISSING_TOKEN_MESSAGE, Config, ConfigError, load_config


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="Butt Kick Coach: a Discord warm-up coach.")
    p.add_argument("--config", type=Path, default=None, help="config file (default: ./config.toml if present)")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("run", help="run the Discord bot (the default)")
    sub.add_parser("console", help="chat with the coach in the terminal (no Discord, no token)")
    sub.add_parser("ask", help='answer one question: ask "what muscles do butt kicks work?"; ask --json reads stdin')
    sub.add_parser("sync", help="register the slash commands with Discord now")
    db = sub.add_parser("db", help="database maintenance")
    db.add_argument("action", choices=["upgrade", "current", "backup", "revision"],
                    help="upgrade: migrate to the newest schema; current: show the revision; backup FILE: copy "
                         "the SQLite database while the bot runs; revision -m MESSAGE: write a migration for "
                         "your changes to db/models.py")
    db.add_argument("file", nargs="?", type=Path, help="backup: the file to write")
    db.add_argument("-m", "--message", help="revision: what the migration changes")
    db.add_argument("--rev-id", help="revision: the id to give the new migration (default: random)")
    return p


def _load(path: Path | None) -> Config:
    try:
        config = load_config(path)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    for warning in config.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    return config


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["ask"]:
        # Everything after `ask` belongs to the ask CLI (argparse would take `--json` as its own option).
        from bot.cli.ask import main as ask_main

        return ask_main(argv[1:])
    args = _parser().parse_args(argv)
    command = args.command or "run"
    config = _load(args.config)
    from bot.logging_setup import setup_logging

    if command == "console":
        from bot.console import run_console

        return asyncio.run(run_console(config))
    if command == "db":
        from bot.cli.db import run_db_command

        setup_logging(config.log_level, [config.token.reveal()])
        return asyncio.run(run_db_command(config, args.action, message=args.message, rev_id=args.rev_id,
                                          target=args.file))
    if not config.token:
        print(MISSING_TOKEN_MESSAGE, file=sys.stderr)
        return 2
    setup_logging(config.log_level, [config.token.reveal()])
    from bot.discord.runner import run_bot

    return asyncio.run(run_bot(config, sync_only=command == "sync"))


if __name__ == "__main__":
    sys.exit(main())
