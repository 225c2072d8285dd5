"""What a generated page is: its place under docs/, its title, the template that draws it, and its view.

Generated pages are virtual files (the MkDocs plugin adds them in `on_files`): nothing is written into
docs/, and a page's look lives in its template under overrides/, fed by `view` through the page context.
Links in a view are addresses relative to the site's root ("briefs/x/", "topics/trade/"); templates turn
them into links relative to the page with MkDocs' `url` filter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Page:
    """One generated page."""

    src: str  #: its path under docs/, e.g. "topics/trade/index.md"
    title: str
    template: str  #: under overrides/, e.g. "listing.html"
    view: dict[str, Any] = field(default_factory=dict)  #: what the template shows
    description: str | None = None  #: the page's meta description

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
