"""The build remembers every brief it read, so the next build reads only the briefs that changed.

Reading 10,000 briefs (YAML front-matter and body) takes some 5 s of CPU; loading them back from one
marshal file takes a fraction of that. A brief is taken from the memo when its file's stamp (size and
modification time, taken before it was read) is the one recorded, and the reader's code (build_tools/
briefs/ and model.py) is unchanged; anything else is read from its file. The plain build
(BRIEFING_PLAIN=1) reads every file. tests/test_archive_memo.py holds the two to the same archive.
"""

from __future__ import annotations

import hashlib
import marshal
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..files import atomic_write
from ..model import ActorRef, Brief, Quote

MEMO = "build/archive-memo.marshal"
_VERSION = 1
_FIELDS = tuple(f.name for f in fields(Brief))


def reader_digest() -> str:
    """The code that turns a file into a Brief: a change to it makes every remembered brief stale."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(str(_VERSION).encode())
    for path in sorted((package / "briefs").glob("*.py")) + [package / "model.py"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _plain(brief: Brief) -> tuple[Any, ...]:
    """A brief as nested tuples, lists and strings (what marshal stores)."""
    values = []
    for name in _FIELDS:
        value = getattr(brief, name)
        if name == "actors":
            value = [(a.id, a.name, a.type, a.role, a.unreviewed) for a in value]
        elif name == "quotes":
            value = [(q.text, q.speaker_id, q.speaker) for q in value]
        values.append(value)
    return tuple(values)


def _brief(plain: tuple[Any, ...]) -> Brief:
    values = dict(zip(_FIELDS, plain, strict=True))
    values["actors"] = [ActorRef(*actor) for actor in values["actors"]]
    values["quotes"] = [Quote(*quote) for quote in values["quotes"]]
    return Brief(**values)


class ArchiveMemo:
    """Briefs by file name, each with the stamp its file had when it was read."""

    def __init__(self, root: Path) -> None:
        self.path = root / MEMO
        self.reader = reader_digest()
        self.briefs: dict[str, tuple[str, tuple[Any, ...]]] = {}
        try:
            data = marshal.loads(self.path.read_bytes())
            if isinstance(data, dict) and data.get("reader") == self.reader:
                self.briefs = data["briefs"]
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            pass  # no memo, or a damaged one: every brief is read

    def recall(self, name: str, stamp: str) -> Brief | None:
        """The brief the file `name` held when it had this stamp, if it is remembered."""
        found = self.briefs.get(name)
        if found is None or found[0] != stamp or not stamp:
            return None
        try:
            return _brief(found[1])
        except (TypeError, ValueError):
            return None

    def update(self, entries: list[tuple[str, str, Brief]]) -> None:
        """Remember these briefs (file name, stamp, brief) in place of the others (written only when they
        differ from what is remembered)."""
        same = len(entries) == len(self.briefs) and all(
            self.briefs.get(name, ("",))[0] == stamp for name, stamp, _ in entries
        )
        if not same:
            # A brief remembered with its stamp is kept as stored: only the others are turned into tuples.
            briefs = {
                name: found if (found := self.briefs.get(name)) and found[0] == stamp else (stamp, _plain(brief))
                for name, stamp, brief in entries
                if stamp
            }
            atomic_write(self.path, marshal.dumps({"reader": self.reader, "briefs": briefs}))
            self.briefs = briefs
