"""`briefing check` remembers each brief's findings, so a build re-checks only the briefs that changed.

A brief's findings depend on its file, its raw article (when it names one), and what every brief is
checked against: the taxonomy, the schema and this package's code (the *context*). The memo keeps, per
brief, its file's stamp, its article's stamp, the findings and the few facts the checks across briefs
need (its article, that article's hash, the briefs it says it duplicates); a brief whose stamps and
context are those recorded is not read at all. The checks across briefs (two briefs at one address, an
article with no brief) run every time, over every brief, from those facts.

`briefing check` itself reads everything every time; the build uses the memo unless BRIEFING_PLAIN is
set. tests/test_check_memo.py holds the two to the same findings after random edits.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..files import atomic_write, stamp
from .archive_memo import worth_writing
from .incremental import hash_files

MEMO = "build/check-memo.json"
_VERSION = 1
#: what check_brief's findings depend on besides the brief and its article
CONTEXT_FOLDERS = ("taxonomy", "schema")
#: the keys of a brief's front-matter the checks across briefs read
FACTS = ("source_file", "source_sha256", "duplicates")


def _stamp_of(path: Path | str) -> str:
    """A file's stamp and kind (a link is stamped as a link: check refuses one)."""
    try:
        info = os.lstat(path)
    except OSError:
        return "none"
    return f"{stamp(info)}:{info.st_mode}"


def context_digest(root: Path) -> str:
    """The taxonomy, the schema and this package's code, as one digest."""
    digest = hashlib.sha256()
    for name in CONTEXT_FOLDERS:
        hash_files(digest, root, root / name)
    package = Path(__file__).resolve().parent.parent
    hash_files(digest, package.parent, package, skip=lambda relative: not relative.endswith(".py"))
    return digest.hexdigest()


@dataclass
class Remembered:
    """One brief's findings, and the facts the checks across briefs need."""

    stamp: str  #: the brief file's
    source_stamp: str  #: its article's ("" when it names none)
    problems: list[list[Any]]  #: [line, level, message] each
    facts: dict[str, Any] | None  #: FACTS of its front-matter; None when the file could not be read


@dataclass
class CheckMemo:
    """The findings of the last check, by brief (path relative to the project)."""

    root: Path
    context: str = ""
    briefs: dict[str, Remembered] = field(default_factory=dict)
    changed: bool = True  #: something to write (a new memo, a brief checked, a brief gone)
    fresh: int = 0  #: briefs checked again (or gone) since the memo was read
    new: bool = True  #: not read from a file (none, another context, or damaged)

    @classmethod
    def load(cls, root: Path) -> CheckMemo:
        context = context_digest(root)
        try:
            data = json.loads((root / MEMO).read_text(encoding="utf-8"))
            if data.get("version") != _VERSION or data.get("context") != context:
                return cls(root, context)
            briefs = {rel: Remembered(**found) for rel, found in data["briefs"].items()}
            memo = cls(root, context, briefs, changed=False)
            memo.new = False
            return memo
        except (OSError, ValueError, KeyError, TypeError):
            return cls(root, context)

    def save(self) -> None:
        """Write the memo, when anything in it changed (at 10,000 briefs it is some 9 MB). In a large archive,
        a memo read whole with no more than STALE briefs checked again is left as it is: those few are checked
        again next time, in less time than writing it takes."""
        if not self.changed or (not self.new and not worth_writing(self.fresh, len(self.briefs))):
            return
        data = {"version": _VERSION, "context": self.context}
        data["briefs"] = {rel: vars(found) for rel, found in sorted(self.briefs.items())}
        atomic_write(self.root / MEMO, json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def recall(self, rel: str) -> Remembered | None:
        """The brief's findings, when neither it nor its article has changed since they were found."""
        found = self.briefs.get(rel)
        if found is None or found.stamp != _stamp_of(os.path.join(self.where, rel)):
            return None
        source = (found.facts or {}).get("source_file")
        if isinstance(source, str) and source and found.source_stamp != _stamp_of(os.path.join(self.where, source)):
            return None
        return found

    @property
    def where(self) -> str:
        return str(self.root)

    def keep(self, rel: str, file_stamp: str, meta: dict[str, Any] | None, problems: list[list[Any]]) -> None:
        """Remember a brief's findings; `file_stamp` was taken before it was read (a change since: read again)."""
        facts = None if meta is None else {key: meta.get(key) for key in FACTS}
        source = (facts or {}).get("source_file")
        source_stamp = _stamp_of(self.root / source) if isinstance(source, str) and source else ""
        self.briefs[rel] = Remembered(file_stamp, source_stamp, problems, facts)
        self.changed = True
        self.fresh += 1

    def forget_others(self, rels: set[str]) -> None:
        """Drop briefs no longer in the archive."""
        if set(self.briefs) != rels:
            kept = {rel: found for rel, found in self.briefs.items() if rel in rels}
            self.fresh += len(self.briefs) - len(kept)
            self.briefs = kept
            self.changed = True


def stamp_now(path: Path | str) -> str:
    """A brief file's stamp, taken before it is read."""
    return _stamp_of(path)
