"""A throwaway PostgreSQL cluster a test can stop and start (initdb + pg_ctl under a temporary directory,
on a port of its own, loopback only): a real server going down, not a simulation."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import tempfile
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    def __init__(self) -> None:
        # Its own directory under /tmp: pytest's tmp_path is private to the test's user, and the server may
        # run as another one.
        self.root = Path(tempfile.mkdtemp(prefix="bkc-pg-"))
        self.data = self.root / "pgdata"
        self.port = _free_port()
        # PostgreSQL refuses to run as root: then the cluster belongs to the postgres user.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    async def _run(self, *args: str) -> None:
        proc = await asyncio.create_subprocess_exec(*self.as_user, *args, stdout=asyncio.subprocess.PIPE,
                                                    stderr=asyncio.subprocess.STDOUT)
        out, _ = await asyncio.wait_for(proc.communicate(), 60)
        if proc.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({proc.returncode}): {out.decode(errors='replace')[-2000:]}")

    async def init(self) -> None:
        if self.as_user:
            shutil.chown(self.root, "postgres")
        await self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    async def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        await self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")

    async def stop(self) -> None:
        await self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    async def remove(self) -> None:
        """Stop the server if it runs, and delete the cluster."""
        if (self.data / "postmaster.pid").exists():
            await self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
