"""Butt Kick Coach: the core (no Discord imports here except in bot/discord_client.py)."""

__version__ = "0.1.0"
