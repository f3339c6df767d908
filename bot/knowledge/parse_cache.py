"""The knowledge base's YAML files, parsed once per content and kept as JSON; and data derived from them
(:func:`derived`: the rules' index, safety.index_classes).

PyYAML builds its Python objects in Python even with the C parser: the ~700 KB of rules took ~65 ms of a ~190 ms
load, and JSON reads the same data in ~2 ms. Like ``__pycache__``, the cache is keyed by the file's own bytes
(a stale entry cannot be read: an edited file has another key) and is only ever a speed-up: an unwritable or
damaged cache means parsing the YAML, never a failure. Files that parsed with an error are never cached, so a
bad file keeps failing with its message.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_ENV = "BUTT_KICK_COACH_CACHE"  # a folder; empty: no cache
_FORMAT = b"kb-json-1"  # part of every key: a change to the parsing (its loader, its checks) must miss old entries
# a file's key by (path, mtime, size), like __pycache__'s check: the tests load the knowledge base hundreds of
# times, and reading and hashing its ~700 KB each time is spared while the file stays as it was
_keys: dict[tuple[str, int, int], str] = {}
_RACY_NS = 2_000_000_000


def cache_dir() -> Path | None:
    """$BUTT_KICK_COACH_CACHE, else $XDG_CACHE_HOME/butt-kick-coach, else ~/.cache/butt-kick-coach."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "butt-kick-coach"


def load(path: Path, parse: Callable[[str], Any]) -> Any:
    """``parse(text)`` of the file at ``path``, from the cache when this exact content was parsed before."""
    folder = cache_dir()
    if folder is None:
        return parse(path.read_text(encoding="utf-8"))
    key, read = _key_and_bytes(path)
    # on a miss, the bytes just hashed are the ones parsed: one read, and the entry stored under a key is the
    # parse of exactly the content that key names, even if the file is written again meanwhile
    return _recall_or_compute(folder, path.stem, key, lambda: parse(_text(path, read)), lambda _: True)


def file_key(path: Path) -> str:
    """A digest of the file's bytes (and of the cache's format), remembered by the file's stat."""
    return _key_and_bytes(path)[0]


def _key_and_bytes(path: Path) -> tuple[str, bytes | None]:
    """The file's key, and its bytes when they were read for it (None: the key was remembered by its stat)."""
    stat = path.stat()
    seen = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    key = _keys.get(seen)
    if key is not None:
        return key, None
    read = path.read_bytes()
    key = hashlib.blake2b(_FORMAT + read, digest_size=16).hexdigest()
    # git's "racily clean" rule: a file written within the clock's tick could change again with the same
    # mtime and size, so only a file older than that is remembered by its stat
    if time.time_ns() - stat.st_mtime_ns > _RACY_NS:
        _keys[seen] = key
    return key, read


def _text(path: Path, read: bytes | None) -> str:
    """The file's text as ``Path.read_text`` gives it (universal newlines), from ``read`` when it was read."""
    if read is None:
        return path.read_text(encoding="utf-8")
    return io.TextIOWrapper(io.BytesIO(read), encoding="utf-8").read()


def derived(name: str, content: str, compute: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """``compute()``, which depends only on ``content`` (and on this Python: ``re``'s parser varies between
    versions), from the cache when it was computed before. ``valid`` checks a cached value's shape: a damaged
    one is computed again. Only one entry per ``name`` is kept."""
    folder = cache_dir()
    if folder is None:
        return compute()
    version = ".".join(map(str, sys.version_info[:3])).encode()
    key = hashlib.blake2b(_FORMAT + b"\0" + version + b"\0" + content.encode("utf-8"), digest_size=16).hexdigest()
    return _recall_or_compute(folder, name, key, compute, valid)


def _recall_or_compute(folder: Path, stem: str, key: str, compute: Callable[[], Any],
                       valid: Callable[[Any], bool]) -> Any:
    """The entry ``stem-key`` if it reads as valid JSON, else ``compute()``, stored for next time."""
    cached = folder / f"{stem}-{key}.json"
    try:
        data = json.loads(cached.read_text(encoding="utf-8"))
        if valid(data):
            return data
    except (OSError, ValueError):  # none yet, or damaged: compute again
        pass
    data = compute()
    _store(folder, cached, data, stem)
    return data


def _store(folder: Path, cached: Path, data: Any, stem: str) -> None:
    try:
        text = json.dumps(data, ensure_ascii=False)
        if json.loads(text) != data:  # a type JSON would change (a number as a key, a date): not cached
            return
        folder.mkdir(parents=True, exist_ok=True)
        # written whole, then renamed: two bot processes starting together never read half a file
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, cached)
        finally:
            Path(tmp).unlink(missing_ok=True)  # gone after the rename; left by a failed write otherwise
        for old in folder.glob(f"{stem}-*.json"):  # earlier contents of the same file
            if old != cached:
                old.unlink(missing_ok=True)
    except (OSError, TypeError, ValueError):  # read-only home, full disk: the parse stands, uncached
        return
