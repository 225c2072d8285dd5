"""`briefing new`: a hand-written brief with no raw article behind it.

The scaffold has `source_file: null`, so ingest never touches it, and an
empty `extracted`, so even a forced merge would treat every field as the
editor's own. It is written atomically and never over an existing brief.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .briefs import render
from .files import Writer
from .ingest import address_for
from .model import Brief
from .slugs import slugify

BRIEFS_DIR = Path("docs") / "briefs"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The article editors write below the front-matter. The comment guides them; `briefing check` refuses the
# brief while it is still there (it would show as text), so a scaffold is never published unfilled.
BODY = """<!-- Write the article's text here, in paragraphs separated by a blank line (### for a heading).
     Fill in the summary above (one or two sentences: who did what, where and when), then the actors,
     topics, key points and quotes: CONTRIBUTING.md shows a complete example. -->
"""


class ScaffoldError(Exception):
    """A brief that cannot be scaffolded; the message says why and what to do."""


def check_date(date: str | None) -> str | None:
    """The date if it is a real YYYY-MM-DD calendar date (or None), else ScaffoldError."""
    if date is None:
        return None
    if not _DATE.fullmatch(date):
        raise ScaffoldError(f"date {date!r} is not YYYY-MM-DD; write it like 2025-03-09, or leave --date out")
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise ScaffoldError(f"date {date!r} is not a real calendar date; correct it") from None
    return date


def scaffold(title: str, date: str | None) -> Brief:
    """The record of a new hand-written brief."""
    title = " ".join(title.split())
    if not title:
        raise ScaffoldError("the title is empty; give the brief a title in quotes")
    date = check_date(date)
    return Brief(
        title=title,
        title_source="editor",
        date=date,
        date_source="editor" if date else None,
        dateline=None,
        publication=None,
        author=None,
        source_file=None,
        source_sha256=None,
        summary="",
        body=BODY,
    )


def new_brief(root: Path, title: str, date: str | None = None) -> Path:
    """Write a scaffolded brief under `root`/docs/briefs and return its path; never overwrite one."""
    brief = scaffold(title, date)
    folder = root / BRIEFS_DIR
    if not slugify(brief.title):
        raise ScaffoldError(f"title {title!r} has no letters or digits to make an address from; reword it")
    stem = address_for(brief, set())
    clash = [p for p in folder.glob("*.md") if p.stem.casefold() == stem.casefold()] if folder.is_dir() else []
    if clash:
        raise ScaffoldError(
            f"{clash[0].relative_to(root).as_posix()} already exists; edit it, or choose a different title"
        )
    Writer(folder).write(f"{stem}.md", render(brief))
    return folder / f"{stem}.md"
