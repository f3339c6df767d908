"""pytest fixtures: ``fake_discord`` (started stand-in, discord.py pointed at it).

Import it into a test module or conftest: ``from tests.standin.fixtures import fake_discord``.
At teardown the test FAILS if the bot hit an unknown route or broke a Discord limit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from .client import point_discord_at
from .server import FakeDiscord


@pytest_asyncio.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(heartbeat_interval=0.5) as fake:
        with point_discord_at(fake):
            yield fake
        # Fail loudly: the stand-in answered these with 404/400, which a bot might swallow.
        fake.assert_clean()
