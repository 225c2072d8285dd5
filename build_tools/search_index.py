"""The search index: Pagefind over the brief pages, made in shards of whole months.

Pagefind holds every word it indexes in memory until it writes its index: about 180 KB a brief page,
1.8 GB at 10,000. So the brief pages are indexed in *shards*: as few as hold at most `SHARD_PAGES`
pages each, of about equal size, cut between months (10,000 briefs make two). Each shard is a Pagefind
bundle of its own, `site/pagefind/<shard>/`, and `site/pagefind/shards.json` lists them oldest first;
the search page (overrides/search.html) searches every bundle and puts the results together. Since a
shard holds whole months, the shards in order are the briefs in date order: newest first is the newest
shard's results, then the next one's.

A shard's *digest* hashes its pages' keys (speed/incremental.py): when an edit changes one brief page,
only its shard is indexed again; the others' bundles stay as they are. Each bundle costs a reader's
first search one more download of Pagefind's WebAssembly (71 KB), so shards are few and large: an
archive of at most `SHARD_PAGES` briefs has one.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .files import atomic_write
from .forks import tied_to_this_process
from .pages.brief import UNDATED_SORT

#: the most brief pages one Pagefind run indexes (about 0.9 GB of its memory), give or take half a month
SHARD_PAGES = 5000
FOLDER = "pagefind"  #: the search index's folder in the site
LIST = "shards.json"  #: in FOLDER: the bundles, oldest first, as the search page reads them
_VERSION = 1
UNDATED_MONTH = "undated"  #: the month of a page sorting by no date (the archive's undated briefs sort by 0000-00-00)
_MONTH = re.compile(r"\d{4}-\d{2}")

Say = Callable[[str], None]


@dataclass(frozen=True)
class Shard:
    """One Pagefind bundle: the brief pages of some consecutive months."""

    name: str  #: its folder under FOLDER: the first and last month it holds ("2016-01_2018-04")
    pages: tuple[str, ...]  #: the brief pages' files, relative to the site
    digest: str  #: a hash of those pages and their keys: the bundle is made again when it changes


@dataclass(frozen=True)
class SearchPage:
    """A brief page as the index sees it."""

    sort: str  #: the date it sorts by ("2024-03-05"; an undated brief sorts below every date)
    file: str  #: its HTML file, relative to the site
    key: str = ""  #: its key (speed/incremental.py): what it shows; "" when not known (every bundle is made)


def shards_of(pages: Iterable[SearchPage], limit: int | None = None) -> list[Shard]:
    """The pages cut between months into as few shards as hold at most `limit` pages each (N pages make
    ceil(N / limit)), of about equal size: a month goes to the shard its middle page falls in, so a shard
    may hold half a month more than an equal share. Oldest first."""
    limit = limit or SHARD_PAGES
    months: dict[str, list[SearchPage]] = {}
    for page in sorted(pages, key=lambda p: (p.sort, p.file)):
        months.setdefault(_month(page.sort), []).append(page)
    total = sum(len(held) for held in months.values())
    count = max(1, math.ceil(total / limit))
    share = total / count
    groups: dict[int, list[tuple[str, list[SearchPage]]]] = {}
    before = 0
    for month, held in months.items():
        which = min(count - 1, int((before + len(held) / 2) // share))
        groups.setdefault(which, []).append((month, held))
        before += len(held)
    return [_shard(group) for _, group in sorted(groups.items())]


def _month(sort: str) -> str:
    return sort[:7] if _MONTH.match(sort) else UNDATED_MONTH


def _shard(group: list[tuple[str, list[SearchPage]]]) -> Shard:
    first, last = group[0][0], group[-1][0]
    name = first if first == last else f"{first}_{last}"
    held = [page for _, pages in group for page in pages]
    digest = _hash([(page.file, page.key) for page in held]) if all(page.key for page in held) else ""
    return Shard(name, tuple(page.file for page in held), digest)


def layout_digest(shards: list[Shard]) -> str:
    """One hash of the shards and their digests: the index is current when the site's has the same."""
    return _hash([(shard.name, shard.digest or _hash(list(shard.pages))) for shard in shards])


def _hash(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode()).hexdigest()[:32]


# -- what a site's index holds, and what a build wants it to hold ---------------------------------------------


def indexed(site: Path) -> dict[str, str]:
    """The bundles the site's index holds, by name, with their digests ({} when it has no index)."""
    try:
        data = json.loads((site / FOLDER / LIST).read_text(encoding="utf-8"))
        shards = data["shards"] if data.get("version") == _VERSION else []
        folder = site / FOLDER
        return {str(s["name"]): str(s["digest"]) for s in shards if (folder / str(s["name"]) / "pagefind.js").is_file()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def searchable(site: Path) -> bool:
    """True when the site has a search index the search page can load."""
    return bool(indexed(site))


WANTED = "search-shards.json"  #: in the site's records folder: the shards the last published pages make


def save_wanted(records: Path, shards: list[Shard]) -> None:
    """Record the shards the pages just published make (the preview indexes them later)."""
    data = {"version": _VERSION, "shards": [[s.name, s.digest, list(s.pages)] for s in shards]}
    records.mkdir(parents=True, exist_ok=True)
    atomic_write(records / WANTED, json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def load_wanted(records: Path) -> list[Shard] | None:
    """The shards recorded by `save_wanted` (None when there is no record, or a damaged one)."""
    try:
        data = json.loads((records / WANTED).read_text(encoding="utf-8"))
        if data.get("version") != _VERSION:
            return None
        return [Shard(str(name), tuple(str(p) for p in pages), str(digest)) for name, digest, pages in data["shards"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


# -- making the bundles ---------------------------------------------------------------------------------------


def make_index(
    pages_site: Path,
    output: Path,
    shards: list[Shard],
    work: Path,
    have: dict[str, str] | None = None,
    gentle: bool = False,
    say: Say = print,
) -> tuple[int, list[str]]:
    """Index the shards' pages (read from `pages_site`) into `output` (a folder that becomes the site's
    FOLDER): one Pagefind run a shard, except those `have` (the site's index) already holds with the same
    digest, which are left where they are. Returns the exit code and the names of the bundles left."""
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    have = have or {}
    kept = [s.name for s in shards if s.digest and have.get(s.name) == s.digest]
    for shard in shards:
        if shard.name in kept:
            continue
        if len(shards) == 1:  # every brief page: Pagefind reads them where they are
            code = run_pagefind(pages_site, output / shard.name, gentle, say)
        else:
            code = _index_shard(pages_site, output / shard.name, shard, work, gentle, say)
        if code != 0:
            return code, []
    listing = [{"name": s.name, "digest": s.digest, "pages": len(s.pages)} for s in shards]
    (output / LIST).write_text(json.dumps({"version": _VERSION, "shards": listing}, ensure_ascii=False), "utf-8")
    return 0, kept


def _index_shard(pages_site: Path, output: Path, shard: Shard, work: Path, gentle: bool, say: Say) -> int:
    """One Pagefind run over one shard's pages: linked (or copied) into a folder of their own, at the same
    places, so that Pagefind reads only those and records the same addresses. (Pagefind follows no
    symbolic link, and its one glob cannot name a shard's pages. The links cost about 0.3 ms a page.)"""
    folder = work / shard.name
    shutil.rmtree(folder, ignore_errors=True)
    try:
        for name in shard.pages:
            source = pages_site / name
            if os.path.islink(source) or not source.is_file():
                continue  # (a page the build did not write: nothing to index)
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source, target)
            except OSError:  # another file system, or one without hard links
                shutil.copyfile(source, target)
        folder.mkdir(parents=True, exist_ok=True)
        return run_pagefind(folder, output, gentle, say)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_pagefind(site: Path, output: Path, gentle: bool = False, say: Say = print) -> int:
    """Pagefind over the brief pages of `site`, its bundle written to `output` (offline: its binary comes
    with the `pagefind[bin]` package). Only brief pages carry `data-pagefind-body`, and the glob keeps
    Pagefind from reading the other pages at all."""
    argv = [sys.executable, "-m", "pagefind", "--site", str(site), "--glob", "briefs/**/*.html", "--silent"]
    argv += ["--output-path", str(output)]
    if importlib.util.find_spec("pagefind") is None:
        say("error: Pagefind is not installed; run `pip install -e .` (it installs pagefind[bin])")
        return 1
    tie = tied_to_this_process()

    def prepare() -> None:
        tie()
        if gentle:  # in the background of a preview: any build comes first
            os.nice(19)

    result = subprocess.run(argv, check=False, preexec_fn=prepare)
    if result.returncode != 0:
        say(f"error: Pagefind could not index {site}; see its message above")
    return result.returncode


def pages_in(site: Path) -> list[SearchPage]:
    """Every brief page a built site holds, each sorting by the date its folder's name starts with (for a
    site indexed without its archive at hand: the tests' hostile sites)."""
    found = sorted(p.relative_to(site).as_posix() for p in (site / "briefs").rglob("*.html"))
    dates = [Path(name).parts[1][:10] if len(Path(name).parts) > 1 else "" for name in found]
    return [SearchPage(d if _MONTH.match(d) else UNDATED_SORT, name) for d, name in zip(dates, found, strict=True)]


def index_site(site: Path, work: Path, say: Say = print) -> int:
    """Index every brief page of a built site into its FOLDER (no record kept: every bundle is made)."""
    output = work / "output"
    code, _ = make_index(site, output, shards_of(pages_in(site)), work / "pages", say=say)
    if code == 0:
        shutil.rmtree(site / FOLDER, ignore_errors=True)
        shutil.move(str(output), str(site / FOLDER))
    return code
