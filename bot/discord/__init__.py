"""The Discord front end: the bot class, card rendering, button routing, checks, errors, command sync.

Cogs (in the top-level ``cogs`` package) use these; the core in ``bot/`` never imports this package.
"""
