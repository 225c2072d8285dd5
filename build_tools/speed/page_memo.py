"""Topic and actor pages worked out again only when the briefs they list have changed.

At 10,000 briefs the archive has some 2,000 actor pages and their listings; working out what each shows
(counts of the actors named beside it, its roles, its topics, its briefs) takes about a second, and an
edit to one brief changes the pages of that brief's few topics and actors. Each topic's and actor's
pages are a function of its briefs, in order (each known by its address and file stamp), and of what
every page shares (the build's fingerprint: code, taxonomy, templates). The memo (build/page-memo.json)
keeps, for each, the digest of those inputs and, for each of its pages, the title, template, description
and the digest of the view. When the inputs are the ones recorded, the build takes the pages from the
memo; the view itself is worked out only if the page is rendered (`pages.site.Site.page`).
tests/test_incremental.py holds builds that use it to the bytes of builds from scratch.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..archive import Entry
from ..files import atomic_write
from ..pages.page import Page, Pages

MEMO = "build/page-memo.json"
_VERSION = 1


def inputs_of(entries: list[Entry]) -> str:
    """The briefs one topic's or actor's pages list, in order, as one digest ("" when one has no stamp)."""
    stamps = [entry.stamp for entry in entries]
    if not all(stamps):
        return ""
    text = "\x1e".join(map("\x1f".join, zip([entry.stem for entry in entries], stamps, strict=True)))
    return hashlib.sha256(text.encode()).hexdigest()


def _recalled(remembered: Any, make: Callable[[], Pages]) -> Pages | None:
    """A group's pages as the memo holds them (each view left to `make`); None when the memo is damaged
    (a field of the wrong kind): then the group's pages are all made again, none is left out."""
    pages: Pages = {}
    try:
        for src, (title, template, description, digest) in remembered.items():
            texts = (src, title, template, digest)
            if not all(isinstance(value, str) for value in texts) or not isinstance(description, (str, type(None))):
                return None
            pages[src] = Page(src, title, template, {}, description, digest=digest, make=make)
    except (TypeError, ValueError, AttributeError):
        return None
    return pages


class PageMemo:
    """The last build's topic and actor pages, by group ("topic:<id>", "actor:<id>")."""

    def __init__(self, root: Path, shared: str) -> None:
        self.path = root / MEMO
        self.shared = shared  #: what every page depends on; another one makes every remembered page stale
        self.groups: dict[str, list[Any]] = {}
        self.kept: dict[str, list[Any]] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == _VERSION and data.get("shared") == shared and isinstance(data["groups"], dict):
                self.groups = data["groups"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # none, or damaged: every page is worked out

    def pages(self, group: str, entries: list[Entry], make: Callable[[], Pages]) -> Pages:
        """The pages `make()` gives for this group: from the memo (views left to `make`, when a page is
        rendered) when its briefs are the ones recorded, else made now and remembered."""
        inputs = inputs_of(entries)
        make = functools.cache(make)  # (a group's pages are made once, whichever of them is rendered first)
        found = self.groups.get(group)
        if inputs and isinstance(found, list) and len(found) == 2 and found[0] == inputs:
            recalled = _recalled(found[1], make)
            if recalled is not None:
                self.kept[group] = found
                return recalled
        made = make()
        if inputs:
            remembered = {src: [p.title, p.template, p.description, p.digest_of()] for src, p in made.items()}
            self.kept[group] = [inputs, remembered]
        return made

    def save(self) -> None:
        """Write the memo when what it holds has changed."""
        if self.kept != self.groups:
            data = {"version": _VERSION, "shared": self.shared, "groups": self.kept}
            atomic_write(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
