"""The in-memory archive: every brief read once per build, grouped by topic, actor and date.

Index pages need the whole corpus, so the build reads all briefs first and
only then renders anything (house style 1). The same entries feed every
page, feed and search record; nothing reads a brief again.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from . import forks
from .body_check import limit_problems
from .briefs import BriefError, read_brief
from .files import stamp as file_stamp
from .model import ActorRef, Brief
from .slugs import is_address, slugify
from .speed.archive_memo import ArchiveMemo
from .vocab import Vocabulary, load_vocabulary

#: actor ids whose address the actors index's letter pages use (actors/people/a/, ...)
RESERVED_ACTOR_IDS = frozenset({"people", "organizations", "countries", "other"})
PARALLEL_READ = 2000  #: briefs; below this, forking a reader costs more than it saves
Problems = list[tuple[Path, str]]  #: (the brief's file, one line saying what is wrong with it)
_DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


@dataclass(frozen=True)
class Entry:
    """One brief as the site sees it: the record plus its address."""

    stem: str  #: file name without .md; the brief's stable address part
    brief: Brief
    stamp: str = ""  #: its file's size and modification time when read (files.stamp): what incremental builds compare

    @property
    def src(self) -> str:
        """The Markdown source, relative to docs/."""
        return f"briefs/{self.stem}.md"

    @property
    def url(self) -> str:
        """The page address, relative to the site root."""
        return f"briefs/{self.stem}/"

    @cached_property
    def year(self) -> str | None:
        return self.brief.date[:4] if self.brief.date else None

    # Index pages count actors over thousands of briefs: these are worked out once per brief.
    @cached_property
    def actor_map(self) -> dict[str, ActorRef]:
        """Actor id -> its last mention, in the order of first mentions."""
        return {a.id: a for a in self.brief.actors}

    @cached_property
    def actor_ids(self) -> tuple[str, ...]:
        """The brief's actor ids, each once, in the order of first mentions."""
        return tuple(self.actor_map)

    @cached_property
    def roles(self) -> dict[str, tuple[str, ...]]:
        """Actor id -> every role stated for it, white space collapsed, in the brief's order."""
        found: dict[str, list[str]] = defaultdict(list)
        for actor in self.brief.actors:
            if actor.role:
                found[actor.id].append(" ".join(actor.role.split()))
        return {actor_id: tuple(roles) for actor_id, roles in found.items()}

    @cached_property
    def month(self) -> str | None:
        """YYYY-MM, or None when undated."""
        return self.brief.date[:7] if self.brief.date else None

    @cached_property
    def summary_line(self) -> str:
        """The summary's first sentence, as a chronology shows it beside the title."""
        from .pages.words import one_line  # (a page's wording; imported here only for the listing's cache)

        return one_line(self.brief.summary)

    @cached_property
    def topic_ids(self) -> tuple[str, ...]:
        """The brief's topics, each once, in its order."""
        return tuple(dict.fromkeys(self.brief.topics))


class CollectError(Exception):
    """Briefs that cannot be put on the site; one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _check_ids(path: Path, brief: Brief) -> list[str]:
    """Ids, years and the file's name become addresses, so each must already be safe to use as one; and the
    body must be within the limits Markdown can render in bounded time (build_tools/body_check.py)."""
    bad = [a.id for a in brief.actors if not _is_slug(a.id)] + [t for t in brief.topics if not _is_slug(t)]
    problems = [f"{path}: id {i!r} is not a lower-case slug; use letters, digits and hyphens" for i in bad]
    if not is_address(path.stem):
        problems.append(f"{path}: the file name is the brief's address: use lower-case letters, digits and hyphens")
    if brief.body is not None:
        problems += [f"{path}: body line {f.line}: {f.message}" for f in limit_problems(brief.body)]
    problems += [
        f"{path}: actor id {a.id!r} is reserved for the actors index's pages; give the actor another id"
        for a in brief.actors
        if a.id in RESERVED_ACTOR_IDS
    ]
    if brief.date is not None and not _DATE.fullmatch(brief.date):
        problems.append(f"{path}: date {brief.date!r} is not YYYY-MM-DD; correct it or set it to null")
    return problems


@lru_cache(maxsize=65536)
def _is_slug(text: str) -> bool:
    """True when `text` is already its own slug (the same ids recur in thousands of briefs)."""
    return slugify(text) == text


def read_briefs(
    briefs_dir: Path,
    parallel_from: int = PARALLEL_READ,
    known: Mapping[str, Brief] | None = None,
    memo: ArchiveMemo | None = None,
) -> list[Entry]:
    """Every brief under `briefs_dir`, newest first; CollectError lists every unreadable one.

    `known` maps file names to the records those files hold, as ingest hands
    over the briefs it has just written (`briefs.as_read`): those are not read
    again. From `parallel_from` briefs left to read, a forked process reads
    the second half of them while this one reads the first: at 10,000 briefs
    reading takes about 5 s on one core, and sending half the records back
    costs about 0.5 s. With a `memo` (the build's), a brief whose file is unchanged since the last build
    is taken from it rather than read (build_tools/speed/archive_memo.py), and the memo then remembers
    this archive.
    """
    known = dict(known or {})
    listed = _briefs_in(briefs_dir)
    recalled: list[Entry] = []  # remembered as they passed these checks, by the same code (the memo's digest)
    if memo is not None:
        for path in listed:
            stamp = _stamp(path)
            brief = None if path.name in known else memo.recall(path.name, stamp)
            if brief is not None:
                recalled.append(Entry(path.stem, brief, stamp))
    remembered = {f"{entry.stem}.md" for entry in recalled}
    handed = [(path, known[path.name]) for path in listed if path.name in known]
    paths = [path for path in listed if path.name not in known and path.name not in remembered]
    entries, problems = _checked(handed)
    entries += recalled
    if len(paths) < parallel_from or not forks.available():
        more, more_problems = _read(paths)
        entries += more
        problems += more_problems
    else:
        half = len(paths) // 2
        second = forks.Forked(lambda: _read(paths[half:]))
        try:
            first, first_problems = _read(paths[:half])
        finally:
            done, answer = second.outcome()  # joined whatever happened here
        if not done:
            raise answer
        more, more_problems = answer
        entries += first + more
        problems += first_problems + more_problems
    if problems:
        # In the files' order, whichever way each was read: the same message for the same archive.
        order = {path: i for i, path in enumerate(listed)}
        problems.sort(key=lambda problem: order[problem[0]])
        raise CollectError([message for _, message in problems])
    if memo is not None:
        memo.update([(f"{entry.stem}.md", entry.stamp, entry.brief) for entry in entries])
    return newest_first(entries)


def _briefs_in(folder: Path) -> list[Path]:
    """The briefs (*.md, not hidden) in `folder`, by name."""
    try:
        names = sorted(name for name in os.listdir(folder) if name.endswith(".md") and not name.startswith("."))
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [folder / name for name in names]


def _read(paths: list[Path]) -> tuple[list[Entry], Problems]:
    entries: list[Entry] = []
    problems: Problems = []
    for path in paths:
        try:
            stamp = _stamp(path)  # before reading: a change after it gives the next build a new stamp
            brief = read_brief(path)
        except BriefError as err:
            problems.append((path, str(err)))
            continue
        found = _check_ids(path, brief)
        problems.extend((path, line) for line in found)
        if not found:
            entries.append(Entry(path.stem, brief, stamp))
    return entries, problems


def _checked(handed: list[tuple[Path, Brief]]) -> tuple[list[Entry], Problems]:
    """Entries for briefs already in memory, with the same checks as those read from files."""
    entries: list[Entry] = []
    problems: Problems = []
    for path, brief in handed:
        found = _check_ids(path, brief)
        problems.extend((path, line) for line in found)
        if not found:
            entries.append(Entry(path.stem, brief, _stamp(path)))
    return entries, problems


def _stamp(path: Path) -> str:
    try:
        return file_stamp(os.stat(path))
    except OSError:
        return ""


def newest_first(entries: list[Entry]) -> list[Entry]:
    """Dated briefs newest first (ties by address), then undated ones by address."""
    dated = sorted((e for e in entries if e.brief.date), key=lambda e: e.stem)
    dated.sort(key=lambda e: e.brief.date or "", reverse=True)
    undated = sorted((e for e in entries if not e.brief.date), key=lambda e: e.stem)
    return dated + undated


def by_topic(entries: list[Entry]) -> dict[str, list[Entry]]:
    """Topic id -> its briefs, in the order given."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        for topic in entry.topic_ids:
            groups[topic].append(entry)
    return dict(groups)


def by_actor(entries: list[Entry]) -> dict[str, list[Entry]]:
    """Actor id -> its briefs, in the order given."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        for actor_id in entry.actor_ids:
            groups[actor_id].append(entry)
    return dict(groups)


def by_year(entries: list[Entry]) -> dict[str | None, list[Entry]]:
    """Year (or None for undated) -> its briefs, in the order given."""
    groups: dict[str | None, list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[entry.year].append(entry)
    return dict(groups)


def by_month(entries: list[Entry]) -> dict[str, list[Entry]]:
    """YYYY-MM -> its dated briefs, in the order given; undated briefs are left out."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.month:
            groups[entry.month].append(entry)
    return dict(groups)


def actor_refs(entries: list[Entry]) -> dict[str, list[ActorRef]]:
    """Actor id -> every mention of it, newest brief first (for names, types and roles)."""
    refs: dict[str, list[ActorRef]] = defaultdict(list)
    for entry in entries:
        for actor in entry.brief.actors:
            refs[actor.id].append(actor)
    return dict(refs)


@dataclass
class Archive:
    """Every brief of the project, read once, newest first, with the vocabularies they are filed under."""

    root: Path
    entries: list[Entry]
    vocab: Vocabulary


def load_archive(
    root: Path, known: Mapping[str, Brief] | None = None, remember: bool = False, vocab: Vocabulary | None = None
) -> Archive:
    """The project's archive: docs/briefs/ read (briefs in `known` are not read again) and the taxonomy.

    With `remember` (the build's fast path), briefs unchanged since the last build come from its memo.
    CollectError lists every brief that cannot be put on the site; VocabularyError, every taxonomy problem.
    """
    memo = ArchiveMemo(root) if remember else None
    entries = read_briefs(root / "docs" / "briefs", known=known, memo=memo)
    return Archive(root, entries, vocab or load_vocabulary(root))
