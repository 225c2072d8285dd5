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
from typing import Any, TypeVar

from ..files import atomic_write
from ..model import ActorRef, Brief, Quote

MEMO = "build/archive-memo.marshal"
STALE = 50  #: briefs a large archive's memo may hold out of date (or lack) before it is written again
LARGE = 2000  #: briefs; below this the memo is written whenever it is out of date
_VERSION = 1
_FIELDS = tuple(f.name for f in fields(Brief))
_ACTOR_FIELDS = ("id", "name", "type", "role", "unreviewed")  #: as `_plain` stores an actor
_QUOTE_FIELDS = ("text", "speaker_id", "speaker")  #: as `_plain` stores a quote
assert _ACTOR_FIELDS == tuple(f.name for f in fields(ActorRef))
assert _QUOTE_FIELDS == tuple(f.name for f in fields(Quote))
T = TypeVar("T")


def reader_digest() -> str:
    """The code that turns a file into a Brief, and that checks it is fit for the site (archive.py's ids and
    addresses, body_check.py's limits): a change to it makes every remembered brief stale."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(str(_VERSION).encode())
    checks = [package / name for name in ("model.py", "archive.py", "body_check.py", "slugs.py")]
    for path in sorted((package / "briefs").glob("*.py")) + checks:
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


def _frozen(cls: type[T], names: tuple[str, ...], values: tuple[Any, ...]) -> T:
    """A frozen dataclass made from values that were one (remembered): its fields set directly, where its
    __init__ sets each through object.__setattr__ (10,000 briefs name some 110,000 actors)."""
    made = object.__new__(cls)
    made.__dict__.update(zip(names, values, strict=True))
    return made


def _brief(plain: tuple[Any, ...]) -> Brief:
    values = dict(zip(_FIELDS, plain, strict=True))
    values["actors"] = [_frozen(ActorRef, _ACTOR_FIELDS, actor) for actor in values["actors"]]
    values["quotes"] = [_frozen(Quote, _QUOTE_FIELDS, quote) for quote in values["quotes"]]
    return Brief(**values)


def worth_writing(stale: int, size: int) -> bool:
    """Whether a memo of an archive of `size` briefs, `stale` of which it holds out of date (or no longer
    has), is to be written again: any stale brief in an archive below LARGE, else more than STALE. Both the
    archive memo and the check memo follow it."""
    return stale > STALE or (stale > 0 and size < LARGE)


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
        """Remember these briefs (file name, stamp, brief) in place of the others. In a large archive the memo
        is written only once more than STALE of them differ from what it holds (each of those is read from
        its file meanwhile: a few milliseconds, where writing the memo of 10,000 briefs takes a fifth of a
        second)."""
        stale = sum(self.briefs.get(name, ("",))[0] != stamp for name, stamp, _ in entries)
        names = {name for name, _, _ in entries}
        gone = sum(name not in names for name in self.briefs)  # remembered briefs no longer in the archive
        if worth_writing(stale + gone, len(entries)):
            # A brief remembered with its stamp is kept as stored: only the others are turned into tuples.
            briefs = {
                name: found if (found := self.briefs.get(name)) and found[0] == stamp else (stamp, _plain(brief))
                for name, stamp, brief in entries
                if stamp
            }
            atomic_write(self.path, marshal.dumps({"reader": self.reader, "briefs": briefs}))
            self.briefs = briefs
