"""The whole build, top to bottom: ingest changed articles -> read briefs -> write pages -> mkdocs -> Pagefind.

Index pages are generated at every build from the briefs and the
vocabularies and are never committed (see .gitignore); the briefs are
committed and this module never modifies one except through ingest.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import yaml

from .briefs import BriefError
from .files import (
    MANIFEST,
    ProjectLock,
    UnsafePathError,
    Writer,
    publish,
    refuse_links,
    remove_stale_temps,
)
from .forks import alongside, in_child, tied_to_this_process
from .ingest import ingest
from .model import Brief
from .pages.collect import CollectError, Entry, read_briefs
from .pages.facets import facet_actors
from .pages.index_pages import GENERATED_BY, render_pages
from .pages.related import related
from .vocab import Vocabulary, VocabularyError, load_vocabulary

try:  # feeds and briefs.json (build_tools/pages/feeds.py), when that module is present
    from .pages.feeds import FeedError, site_url_from, write_feeds

    _FEED_ERRORS: tuple[type[Exception], ...] = (FeedError,)
except ImportError:  # pragma: no cover - only while the feeds module does not exist
    write_feeds = None  # type: ignore[assignment]
    _FEED_ERRORS = ()
#: problems with the briefs, vocabularies or settings: one line each, never a traceback
USER_ERRORS: tuple[type[Exception], ...] = (VocabularyError, BriefError, UnsafePathError, *_FEED_ERRORS)

GENERATED_DIRS = ("topics", "actors", "timeline", "search")  #: folders under docs/ the build owns
#: folders the build writes or cleans: never a symbolic link, never outside the project
OWNED_FOLDERS = ("build", "docs", "docs/briefs", "docs/feeds", *(f"docs/{name}" for name in GENERATED_DIRS))
STAGING = "build/site-staging"  #: where MkDocs and Pagefind build the site before it is published
GENERATED_FILES = ("index.md",)  #: single generated files under docs/
DATA_FILE = "build/archive-pages.json"  #: read by build_tools/mkdocs_hooks.py
#: the pages this build generated, by path under docs/: the hook trusts their HTML, and no other page's
GENERATED_LIST = "build/generated-pages.json"
DEFAULT_SITE_NAME = "Pakistan–US Briefing Archive"
PARALLEL_PAGES = 2000  #: briefs; below this, forking for the feeds and hook data costs more than it saves


class Timer:
    """Wall time of each step of one build, printed at the end (the benchmark reads the same figures)."""

    def __init__(self) -> None:
        self.steps: dict[str, float] = {}

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.steps[name] = self.steps.get(name, 0.0) + time.perf_counter() - started

    def summary(self) -> str:
        return ", ".join(f"{name} {seconds:.1f} s" for name, seconds in self.steps.items())


def build(root: Path, site_dir: Path | None = None, *, strict: bool = True, timer: Timer | None = None) -> int:
    """Build the site from the project at `root` into `site_dir` (default root/site); return an exit code.

    One run at a time (the project lock). The site is built in build/site-staging/ and then published
    into the site folder by manifest (`files.publish`): the build deletes only files it published.
    """
    if not (root / "mkdocs.yml").is_file():
        print(f"error: {root / 'mkdocs.yml'}: not found; run briefing in the project folder", file=sys.stderr)
        return 1
    try:
        with ProjectLock(root, "build", say=_say):
            return _build(root, site_dir, strict, timer or Timer())
    except UnsafePathError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def _build(root: Path, site_dir: Path | None, strict: bool, timer: Timer) -> int:
    started = time.perf_counter()
    refuse_links(root, list(OWNED_FOLDERS) + ([] if site_dir else ["site"]))
    clear_leftovers(root)
    site = site_dir or root / "site"
    # Ingest and the pages step hold every brief in memory; in a child process that memory is given
    # back when it exits, before Pagefind (about 1.8 GB at 10,000 briefs) runs beside this process.
    prepared = in_child(lambda: _ingest_and_pages(root, timer))
    if prepared is None:
        return 1
    status, count, timer.steps = prepared
    staging = root / STAGING
    with timer.step("mkdocs"):
        code = run_site_build(root, staging, strict)
    if code == 0:
        with timer.step("search index"):
            code = run_pagefind(staging)
    if code == 0:
        with timer.step("publish"):
            publish(staging, site, root / MANIFEST)
    seconds = time.perf_counter() - started
    print(f"build: {count} briefs, {seconds:.1f} s ({timer.summary()}), exit {code}")
    return code or status


def clear_leftovers(root: Path) -> None:
    """Remove what a killed run left: temporary files beside briefs and generated pages, a half-built site.

    Called with the project lock held, so no other run is writing any of them.
    """
    for here, _, _ in os.walk(root / "docs"):  # briefs and generated pages (os.walk follows no link)
        remove_stale_temps(Path(here))
    remove_stale_temps(root / "build")
    staging = root / STAGING
    if os.path.islink(staging):
        os.unlink(staging)
    elif staging.exists():
        shutil.rmtree(staging)


def _ingest_and_pages(root: Path, timer: Timer) -> tuple[int, int, dict[str, float]] | None:
    """Ingest changed articles and write the generated pages: (ingest's exit code, briefs, step times)."""
    with timer.step("ingest"):
        status, written = ingest_changed(root)
    with timer.step("pages"):
        entries = _pages(root, written)
    return None if entries is None else (status, len(entries), timer.steps)


def serve(root: Path, address: str = "127.0.0.1:8000") -> int:
    """Generate the pages, then run `mkdocs serve` for a live preview of the briefs' text."""
    if not (root / "mkdocs.yml").is_file():
        print(f"error: {root / 'mkdocs.yml'}: not found; run briefing in the project folder", file=sys.stderr)
        return 1
    try:
        with ProjectLock(root, "serve", say=_say):  # held while it writes; the preview itself only reads
            refuse_links(root, list(OWNED_FOLDERS))
            clear_leftovers(root)
            status, written = ingest_changed(root)
            if _pages(root, written) is None:
                return 1
    except UnsafePathError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return run_mkdocs(root, "serve", "-a", address) or status


def _pages(root: Path, written: Mapping[str, Brief] | None = None) -> list[Entry] | None:
    """Read every brief and write the generated pages; None (errors printed) when that fails.

    `written` holds the briefs ingest has just written, which are not read back.
    """
    try:
        entries = read_briefs(root / "docs" / "briefs", known=written)
        generate(root, entries, load_vocabulary(root))
    except CollectError as err:
        for problem in err.problems:
            print(f"error: {problem}", file=sys.stderr)
        return None
    except USER_ERRORS as err:
        for line in getattr(err, "problems", None) or [str(err)]:
            print(f"error: {line}", file=sys.stderr)
        return None
    return entries


def ingest_changed(root: Path) -> tuple[int, dict[str, Brief]]:
    """Ingest the raw articles whose text changed; print what changed.

    Returns 1 when an article was rejected (else 0), and the briefs written,
    by file name, as their files now read (`ingest.Report.briefs`).
    """
    seeds = root / "seeds"
    if not seeds.is_dir():
        return 0, {}
    report = ingest([seeds], root / "docs" / "briefs", root, keep_briefs=True)
    for outcome in report.outcomes:
        if outcome.status == "rejected":
            print(f"rejected  {outcome.source}: {outcome.message}", file=sys.stderr)
        elif outcome.status != "unchanged":
            print(f"{outcome.status:<9} docs/briefs/{outcome.brief} <- {outcome.source}")
    return (0 if report.ok else 1), report.briefs


def site_name(root: Path) -> str:
    """The site_name from mkdocs.yml (the home page's title), read without MkDocs' own loader."""
    try:
        # mkdocs.yml may use !ENV tags; a loader that ignores unknown tags is enough for one string.
        config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Lenient)
    except (OSError, yaml.YAMLError):
        return DEFAULT_SITE_NAME
    return str(config.get("site_name") or DEFAULT_SITE_NAME) if isinstance(config, dict) else DEFAULT_SITE_NAME


class _Lenient(yaml.SafeLoader):
    """A safe loader that reads any tagged value as None."""


_Lenient.add_multi_constructor("", lambda loader, suffix, node: None)


def generate(root: Path, entries: list[Entry], vocab: Vocabulary) -> None:
    """Write the index pages, the feeds and the hooks' data; remove generated pages no longer produced.

    With many briefs the feeds and the hooks' data (related briefs) are made in
    a forked process while this one renders the index pages: at 10,000 briefs
    each half takes several seconds, and the second core is otherwise idle.
    """
    docs = root / "docs"
    site_url = site_url_from(root / "mkdocs.yml") if write_feeds is not None else ""  # a user's error: report it here

    chosen = facet_actors(entries, vocab)  # the brief pages' filters (hook data) and the search page's list

    def data_files() -> None:
        if write_feeds is not None:
            write_feeds(entries, docs, site_url, Writer(docs), vocab.topics)
        data = hook_data(entries, vocab, chosen)
        Writer(root).write(DATA_FILE, json.dumps(data, ensure_ascii=False, sort_keys=True))

    parallel = len(entries) >= PARALLEL_PAGES
    # A generated folder that is not there yet (a fresh clone: they are never committed) holds no stale page.
    present = [folder for folder in GENERATED_DIRS if (docs / folder).is_dir()]
    with alongside(data_files, parallel=parallel):
        pages = render_pages(entries, vocab, site_name(root), chosen)
        # Writing 3,500 pages (at 10,000 briefs) is mostly the kernel creating files: two processes
        # write two halves in about half the time.
        order = sorted(pages.items())
        half = len(order) // 2
        with alongside(lambda: write_pages(docs, order[half:]), parallel=parallel):
            write_pages(docs, order[:half])
        remove_stale(docs, set(pages), present)
        written = sorted(path for path in pages if not is_hand_written(docs / path))
        Writer(root).write(GENERATED_LIST, json.dumps(written, ensure_ascii=False))


def write_pages(docs: Path, pages: list[tuple[str, str]]) -> None:
    """Write generated pages under `docs`, never over a hand-written page of the same name."""
    writer = Writer(docs)
    for path, text in pages:
        if is_hand_written(docs / path):
            print(f"kept      docs/{path}: hand-written (no 'generated_by' marker); not overwritten")
            continue
        writer.write(path, text)


def hook_data(entries: list[Entry], vocab: Vocabulary, chosen_actors: list[str]) -> dict[str, object]:
    """What the brief pages need from the whole archive: topic labels, related briefs, the actors that are
    search filters (`facets.facet_actors`)."""
    return {
        "topics": {t.id: t.label for t in vocab.topics},
        "facet_actors": chosen_actors,
        "related": {
            stem: [{"stem": e.stem, "title": e.brief.title, "date": e.brief.date} for e in found]
            for stem, found in related(entries).items()
        },
    }


def is_generated(path: Path) -> bool:
    """True when the file's front-matter carries the build's marker."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return head.startswith("---") and f"\ngenerated_by: {GENERATED_BY}\n" in head.split("\n---", 1)[0] + "\n"


def is_hand_written(path: Path) -> bool:
    return path.is_file() and not is_generated(path)


def remove_stale(docs: Path, keep: set[str], folders: Sequence[str] = GENERATED_DIRS) -> None:
    """Delete generated pages not produced this time (a topic no longer used), only in generated folders.

    `folders` are the generated folders to look in: those that held pages before this build wrote any.
    """
    for name in GENERATED_FILES:
        _remove_if_stale(docs / name, name, keep)
    base = len(str(docs)) + 1
    for folder in folders:
        top = docs / folder
        # Bottom-up, so a folder emptied here is removed too (the generated folder itself stays).
        # os.walk, not Path.rglob: at 10,000 briefs these folders hold 6,000 entries, and rglob took a second.
        for here, _, files in os.walk(top, topdown=False):
            prefix = here[base:].replace(os.sep, "/")
            removed = sum(
                _remove_if_stale(Path(here, name), f"{prefix}/{name}", keep) for name in files if name.endswith(".md")
            )
            # Only a folder that lost a file here, or had none, can be empty now (its subfolders were seen first).
            if here != str(top) and (removed or not files) and not os.listdir(here):
                os.rmdir(here)


def _remove_if_stale(path: Path, relative: str, keep: set[str]) -> bool:
    """Delete `path` when it is a generated page not in `keep`; True when it did."""
    if relative not in keep and path.is_file() and is_generated(path):
        path.unlink()
        return True
    return False


def run_pagefind(site: Path) -> int:
    """Index the built site with Pagefind (offline; its binary comes with the `pagefind[bin]` package).

    Only brief pages carry `data-pagefind-body`, so only briefs are indexed, and
    the glob keeps Pagefind from reading the index pages at all (at 10,000
    briefs that cut its time from 37 s to 24 s). Pagefind writes
    site/pagefind/, which the search page loads.
    """
    argv = [sys.executable, "-m", "pagefind", "--site", str(site), "--glob", "briefs/**/*.html", "--silent"]
    if importlib.util.find_spec("pagefind") is None:
        print("error: Pagefind is not installed; run `pip install -e .` (it installs pagefind[bin])", file=sys.stderr)
        return 1
    result = subprocess.run(argv, check=False, preexec_fn=tied_to_this_process())
    if result.returncode != 0:
        print(f"error: Pagefind could not index {site}; see its message above", file=sys.stderr)
    return result.returncode


def run_site_build(root: Path, site: Path, strict: bool) -> int:
    """`mkdocs build` of root/mkdocs.yml into `site`, pages rendered on every core (build_tools/site_build.py)."""
    argv = [sys.executable, "-m", "build_tools.site_build", "-f", str(root / "mkdocs.yml"), "-d", str(site)]
    env = dict(os.environ)
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    argv += ["--strict"] if strict else []
    return subprocess.run(argv, cwd=root, env=env, check=False, preexec_fn=tied_to_this_process()).returncode


def run_mkdocs(root: Path, command: str, *args: str | None) -> int:
    """Run MkDocs on root/mkdocs.yml in a child process (its own logging and exit code); used by `serve`."""
    argv = [sys.executable, "-m", "mkdocs", command, "-f", str(root / "mkdocs.yml"), *(a for a in args if a)]
    env = dict(os.environ)
    env.setdefault("NO_MKDOCS_2_WARNING", "1")  # MkDocs' notice about 2.0 is not about this archive
    return subprocess.run(argv, cwd=root, env=env, check=False, preexec_fn=tied_to_this_process()).returncode
