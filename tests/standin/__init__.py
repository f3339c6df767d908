"""A Discord API stand-in (gateway + REST v10) for end-to-end tests of discord.py bots.

See FakeDiscord for the driver API, point_discord_at / run_bot for wiring a bot to it, and
tests.standin.fixtures for the ``fake_discord`` pytest fixture.
"""

from .client import point_discord_at, run_bot
from .interactions import CallbackRecord, FakeInteraction
from .models import FakeChannel, FakeGuild, FakeMember, FakeMessage, FakeRole, FakeUser, StoredFile
from .server import FakeDiscord
from .state import Violation

__all__ = [
    "CallbackRecord",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeInteraction",
    "FakeMember",
    "FakeMessage",
    "FakeRole",
    "FakeUser",
    "StoredFile",
    "Violation",
    "point_discord_at",
    "run_bot",
]
