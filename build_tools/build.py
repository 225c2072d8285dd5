"""The whole build, top to bottom: ingest changed articles -> read the archive -> MkDocs -> Pagefind -> publish.

One run at a time (the project lock). The briefs ingest has just written are
handed to the archive in memory; the archive is read once and handed to the
MkDocs plugin (build_tools/pages/plugin.py), which makes every page from it;
MkDocs runs in this process (in a forked child, whose memory goes back before
Pagefind runs). The site is built in build/site-staging/, indexed by Pagefind
there, then published into the site folder by manifest (`files.publish`):
the build never empties a folder and never writes through a link.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs import exceptions
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

from . import speed
from .archive import Archive, CollectError, load_archive
from .briefs import BriefError
from .check import check
from .files import (
    MANIFEST,
    ProjectLock,
    UnsafePathError,
    publish,
    refuse_links,
    refuse_links_within,
    remove_stale_temps,
)
from .forks import in_child, tied_to_this_process
from .ingest import ingest
from .model import Brief
from .pages.feeds import FeedError
from .vocab import VocabularyError

#: problems with the briefs, vocabularies or settings: one line each, never a traceback
USER_ERRORS: tuple[type[Exception], ...] = (VocabularyError, BriefError, UnsafePathError, FeedError)
#: folders the build writes or cleans: never a symbolic link, never outside the project
OWNED_FOLDERS = ("build", "docs", "docs/briefs")
STAGING = "build/site-staging"  #: where MkDocs and Pagefind build the site before it is published
PLUGIN = "briefing"  #: the archive's MkDocs plugin, as mkdocs.yml names it
PLACEHOLDER_SITE = "example.github.io"  #: the host of mkdocs.yml's default site_url


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


def say(line: str) -> None:
    """One line for the person running the build (stderr: stdout is the build's report)."""
    print(line, file=sys.stderr)


def build(root: Path, site_dir: Path | None = None, *, strict: bool = True, timer: Timer | None = None) -> int:
    """Build the site from the project at `root` into `site_dir` (default root/site); return an exit code."""
    if not (root / "mkdocs.yml").is_file():
        say(f"error: {root / 'mkdocs.yml'}: not found; run briefing in the project folder")
        return 1
    try:
        with ProjectLock(root, "build", say=say):
            return _build(root, site_dir, strict, timer or Timer())
    except UnsafePathError as err:
        say(f"error: {err}")
        return 1


def _build(root: Path, site_dir: Path | None, strict: bool, timer: Timer) -> int:
    started = time.perf_counter()
    refuse_links(root, list(OWNED_FOLDERS) + ([] if site_dir else ["site"]))
    refuse_links_within(root, "docs")
    clear_leftovers(root)
    site = site_dir or root / "site"
    staging = root / STAGING
    # Ingest, the archive and MkDocs hold every brief in memory: in a child process that memory is given
    # back when it exits, before Pagefind (about 1.6 GB at 10,000 briefs) runs beside this process.
    made = in_child(lambda: _make_site(root, staging, strict, timer))
    status, count, timer.steps, code = made
    if code == 0:
        with timer.step("search index"):
            code = run_pagefind(staging)
    if code == 0:
        with timer.step("publish"):
            publish(staging, site, root / MANIFEST)
    seconds = time.perf_counter() - started
    print(f"build: {count} briefs, {seconds:.1f} s ({timer.summary()}), exit {code}")
    return code or status


def _make_site(root: Path, staging: Path, strict: bool, timer: Timer) -> tuple[int, int, dict[str, float], int]:
    """Ingest, read the archive and run MkDocs: (ingest's exit code, briefs, step times, MkDocs' exit code)."""
    with timer.step("ingest"):
        status, written = ingest_changed(root)
    with timer.step("check"):
        errors = check_errors(root)
    if errors:
        return status, 0, timer.steps, 1
    with timer.step("archive"):
        archive = read_archive(root, written)
    if archive is None:
        return status, 0, timer.steps, 1
    with timer.step("mkdocs"):
        code = run_mkdocs(root, staging, strict, archive)
    return status, len(archive.entries), timer.steps, code


def check_errors(root: Path) -> int:
    """`briefing check` on the whole project: its errors printed, one a line; warnings counted, not printed
    (`briefing check` lists them). Returns the number of errors: the build publishes nothing while any."""
    problems = check(root)
    errors = [p for p in problems if p.level == "error"]
    for problem in errors:
        say(str(problem))  # "path:line: error: what to do"
    if errors:
        say(f"check: {len(errors)} error(s); fix them (`briefing check` lists them) and build again")
    elif problems:
        print(f"check: {len(problems)} warning(s); `briefing check` lists them")
    return len(errors)


def read_archive(root: Path, written: dict[str, Brief] | None = None) -> Archive | None:
    """Every brief and the taxonomy, read once; None (each problem printed on its line) when that fails."""
    prefix = f"{root}{os.sep}"  # problems name files relative to the project, as `briefing check` does
    try:
        return load_archive(root, known=written)
    except CollectError as err:
        for problem in err.problems:
            say(f"error: {problem.replace(prefix, '')}")
    except USER_ERRORS as err:
        for line in getattr(err, "problems", None) or [str(err)]:
            say(f"error: {line.replace(prefix, '')}")
    return None


def clear_leftovers(root: Path) -> None:
    """Remove what a killed run left: temporary files beside briefs, a half-built site.

    Called with the project lock held, so no other run is writing any of them.
    """
    for here, _, _ in os.walk(root / "docs"):  # (os.walk follows no link)
        remove_stale_temps(Path(here))
    remove_stale_temps(root / "build")
    staging = root / STAGING
    if os.path.islink(staging):
        os.unlink(staging)
    elif staging.exists():
        shutil.rmtree(staging)


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
            say(f"rejected  {outcome.source}: {outcome.message}")
        elif outcome.status != "unchanged":
            note = f" ({outcome.message})" if outcome.message else ""
            print(f"{outcome.status:<9} docs/briefs/{outcome.brief} <- {outcome.source}{note}")
    return (0 if report.ok else 1), report.briefs


# -- MkDocs ------------------------------------------------------------------------------------------


def run_mkdocs(root: Path, site: Path, strict: bool, archive: Archive | None = None) -> int:
    """`mkdocs build` of root/mkdocs.yml into `site`, in this process, the archive handed to the plugin."""
    _mkdocs_logging()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # MkDocs' notice about 2.0 is not about this archive
    try:
        config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site), strict=strict)
        plugin = config.plugins.get(PLUGIN)
        if plugin is None:
            say(f"error: {root / 'mkdocs.yml'}: the '{PLUGIN}' plugin is not listed under plugins; add it")
            return 1
        plugin.handed = archive  # type: ignore[attr-defined]
        if PLACEHOLDER_SITE in (config.site_url or ""):
            say(f"note: site_url is the placeholder {config.site_url}; set BRIEFING_SITE_URL (see README) to publish")
        config.plugins.on_startup(command="build", dirty=False)
        try:
            if speed.enabled():
                from .speed import parallel, render

                render.install(inline=speed.active("inline"), reuse=speed.active("markdown"))
                try:
                    jobs = (os.cpu_count() or 1) if speed.active("parallel") else 1
                    parallel.build(config, jobs, parallel.PARALLEL_THRESHOLD)
                finally:
                    render.uninstall()  # this process may build again, plainly (the tests do)
            else:
                mkdocs_build.build(config)
        finally:
            config.plugins.on_shutdown()
    except exceptions.Abort as err:
        say(f"error: {err}")
        return 1
    except exceptions.MkDocsException as err:
        say(f"error: {err}")
        return 1
    except USER_ERRORS as err:
        for line in getattr(err, "problems", None) or [str(err)]:
            say(f"error: {line}")
        return 1
    return 0


def _mkdocs_logging() -> None:
    """MkDocs' messages as the `mkdocs` command prints them: warnings and errors, one a line, on stderr."""
    logger = logging.getLogger("mkdocs")
    ours = [h for h in logger.handlers if getattr(h, "_archive", False)]
    if ours:
        ours[0].setStream(sys.stderr)  # type: ignore[attr-defined]  # today's stderr (a test may have replaced it)
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler.setLevel(logging.WARNING)
        handler._archive = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # MkDocs' progress (INFO) is not the build's report


# -- search -------------------------------------------------------------------------------------------


def run_pagefind(site: Path) -> int:
    """Index the built site with Pagefind (offline; its binary comes with the `pagefind[bin]` package).

    Only brief pages carry `data-pagefind-body`, and the glob keeps Pagefind from
    reading the other pages at all. Pagefind writes site/pagefind/, which the search page loads.
    """
    argv = [sys.executable, "-m", "pagefind", "--site", str(site), "--glob", "briefs/**/*.html", "--silent"]
    if importlib.util.find_spec("pagefind") is None:
        say("error: Pagefind is not installed; run `pip install -e .` (it installs pagefind[bin])")
        return 1
    result = subprocess.run(argv, check=False, preexec_fn=tied_to_this_process())
    if result.returncode != 0:
        say(f"error: Pagefind could not index {site}; see its message above")
    return result.returncode


# -- preview ------------------------------------------------------------------------------------------


def serve(root: Path, address: str = "127.0.0.1:8000") -> int:
    """Bring briefs up to date, then run `mkdocs serve` for a live preview (the plugin makes every page)."""
    if not (root / "mkdocs.yml").is_file():
        say(f"error: {root / 'mkdocs.yml'}: not found; run briefing in the project folder")
        return 1
    try:
        with ProjectLock(root, "serve", say=say):  # held while it writes; the preview itself only reads
            refuse_links(root, list(OWNED_FOLDERS))
            refuse_links_within(root, "docs")
            clear_leftovers(root)
            status, _ = ingest_changed(root)
    except UnsafePathError as err:
        say(f"error: {err}")
        return 1
    argv = [sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml"), "-a", address]
    env = dict(os.environ)
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    return subprocess.run(argv, cwd=root, env=env, check=False, preexec_fn=tied_to_this_process()).returncode or status
