"""The one place that writes to disk: atomic writes inside one output folder.

A file is written to a temporary sibling, flushed and renamed over the target,
so a reader (or a killed process) only ever sees the old bytes or the new ones.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_PLAIN_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def stamp(stat: os.stat_result) -> str:
    """A file's size and modification time as one string: what the ingest caches key their entries by.

    A file whose stamp changed is read again (the same rule git's index uses).
    """
    return f"{stat.st_size}:{stat.st_mtime_ns}"


class UnsafePathError(ValueError):
    """A path that would land outside the output folder."""


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` atomically, creating parent folders."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        # rename() is atomic: a killed process leaves the old file or the new one.
        # (No fsync: it guards against power loss, not a crash, and costs ~1 ms a file.)
        os.replace(tmp, path)
    except BaseException:
        # Leave no temporary file behind, whatever interrupted us.
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


class Writer:
    """Writes files under one root; refuses escapes and writing one path twice."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.written: set[Path] = set()

    def target(self, relative: str) -> Path:
        """Resolve `relative` under the root, or raise UnsafePathError."""
        if not relative or "\x00" in relative or Path(relative).is_absolute():
            raise UnsafePathError(f"refusing to write {relative!r}: not a relative path")
        if _PLAIN_NAME.fullmatch(relative):
            # A plain file name cannot leave the root, and os.replace replaces a
            # symlink of that name rather than following it: no need to resolve.
            return self.root / relative
        path = (self.root / relative).resolve()
        if path != self.root and self.root not in path.parents:
            raise UnsafePathError(f"refusing to write {relative!r}: outside {self.root}")
        return path

    def write(self, relative: str, data: str | bytes, *, only_if_changed: bool = True, again: bool = False) -> bool:
        """Write one file; return True when the bytes on disk changed.

        `again=True` allows a deliberate second write of a path (a later stage
        amending a file this run wrote); otherwise a second write is a bug.
        """
        path = self.target(relative)
        key = Path(os.path.normcase(path))
        if key in self.written and not again:
            raise UnsafePathError(f"refusing to write {relative!r} twice in one run")
        self.written.add(key)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        if only_if_changed and path.is_file() and path.read_bytes() == payload:
            return False
        atomic_write(path, payload)
        return True

    def remove(self, relative: str) -> bool:
        """Delete one file under the root if it exists; return True when it did."""
        path = self.target(relative)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True
