"""What a generated page is: its place under docs/, its title, the template that draws it, and its view.

Generated pages are virtual files (the MkDocs plugin adds them in `on_files`): nothing is written into
docs/, and a page's look lives in its template under overrides/, fed by `view` through the page context.
Links in a view are addresses relative to the site's root ("briefs/x/", "topics/trade/"); templates turn
them into links relative to the page with MkDocs' `url` filter.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from ..archive import Entry


@dataclass
class Page:
    """One generated page."""

    src: str  #: its path under docs/, e.g. "topics/trade/index.md"
    title: str
    template: str  #: under overrides/, e.g. "listing.html"
    view: dict[str, Any] = field(default_factory=dict)  #: what the template shows (read it with `shown`)
    description: str | None = None  #: the page's meta description
    #: the view's digest, when known without the view (a page from the build's memo: speed/page_memo.py)
    digest: str | None = field(default=None, compare=False, repr=False)
    #: what makes the pages of this page's group, when the view is still to be worked out
    make: Callable[[], Pages] | None = field(default=None, compare=False, repr=False)

    def shown(self) -> dict[str, Any]:
        """What the template shows; a page taken from the memo has it worked out now."""
        if self.make is not None:
            self.view, self.make = self.make()[self.src].view, None
        return self.view

    def digest_of(self) -> str:
        """The view as one digest (`view_digest`)."""
        if self.digest is None:
            self.digest = view_digest(self.view)
        return self.digest

    @property
    def url(self) -> str:
        """The page's address relative to the site's root ("" for the home page)."""
        return "" if self.src == "index.md" else self.src.removesuffix("index.md")


Pages = dict[str, Page]  #: src -> page


def url_of(src: str) -> str:
    """The address (relative to the site's root) of the page built from `src`, with any '#anchor' kept."""
    path, hash_, anchor = src.partition("#")
    if path == "index.md":
        path = ""
    elif path.endswith("/index.md"):
        path = path.removesuffix("index.md")
    else:
        path = path.removesuffix(".md") + "/"
    return path + hash_ + anchor


def encode(value: Any) -> Any:
    """How a view's values are hashed: a brief by its address and its file's stamp (anything the page shows
    of it changes the stamp); a set in order; other objects by their fields, or as text."""
    if isinstance(value, Entry):
        return [value.stem, value.stamp]
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    return str(value)


def view_digest(view: Any) -> str:
    """A view as one digest: what its page shows."""
    text = json.dumps(view, default=encode, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
