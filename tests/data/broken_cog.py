"""An extension that fails to load: the bot must log it and run without it."""


async def setup(bot: object) -> None:
    raise RuntimeError("this extension is broken on purpose")
