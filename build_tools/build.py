"""The whole build, top to bottom: ingest changed articles -> read the archive -> MkDocs -> Pagefind -> publish.

One run at a time (the project lock). The briefs ingest has just written are
handed to the archive in memory; the archive is read once and handed to the
MkDocs plugin (build_tools/pages/plugin.py), which makes every page from it;
MkDocs runs in this process (in a forked child, whose memory goes back before
Pagefind runs). The site is built in build/site-staging/, indexed by Pagefind
there in shards (build_tools/search_index.py), then published into the site folder by manifest (`files.publish`):
the build never empties a folder and never writes through a link.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs import exceptions
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

from . import forks, speed
from .archive import Archive, CollectError, load_archive
from .briefs import BriefError
from .check import Problem, check
from .files import (
    MANIFEST,
    ProjectLock,
    UnsafePathError,
    publish,
    published,
    records_for,
    refuse_links,
    refuse_links_within,
    relative_files,
    remove_stale_temps,
)
from .forks import in_child
from .ingest import ingest
from .model import Brief
from .pages.brief import UNDATED_SORT
from .pages.feeds import FeedError
from .search_index import (
    SearchPage,
    Shard,
    indexed,
    layout_digest,
    load_wanted,
    make_index,
    save_wanted,
    searchable,
    shards_of,
)
from .speed.incremental import Plan, RenderState
from .speed.inputs import BuildDayError, LastBuild, build_day, inputs_digest, outputs_digest
from .vocab import Vocabulary, VocabularyError, load_vocabulary

#: problems with the briefs, vocabularies or settings: one line each, never a traceback
USER_ERRORS: tuple[type[Exception], ...] = (VocabularyError, BriefError, UnsafePathError, FeedError)
#: folders the build writes or cleans: never a symbolic link, never outside the project
OWNED_FOLDERS = ("build", "docs", "docs/briefs")
STAGING = "build/site-staging"  #: where MkDocs and Pagefind build the site before it is published
SEARCH_STAGING = "build/search-staging"  #: where an incremental build's new search index waits to be published
SEARCH_PAGES = "build/search-pages"  #: the brief pages of the shard being indexed (links to the built pages)
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


def build(
    root: Path,
    site_dir: Path | None = None,
    *,
    strict: bool = True,
    timer: Timer | None = None,
    search: bool = False,
    full: bool = False,
    search_note: bool = True,
    offline: bool = False,
    publishing: Publishing | None = None,
) -> int:
    """Build the site from the project at `root` into `site_dir` (default root/site); return an exit code.

    Only what changed since the last build is rendered again (build_tools/speed/incremental.py), and a
    build with nothing changed does nothing; `full` renders every page. An incremental build brings the
    search index up to date only with `search` (Pagefind reads every brief page again); a full one always.
    `offline` makes a copy to read from the file system: every link names its page's file. `publishing`
    (the preview's) is entered around publishing and gives the files not to replace there.
    """
    if not (root / "mkdocs.yml").is_file():
        say(f"error: {root / 'mkdocs.yml'}: not found; run briefing in the project folder")
        return 1
    try:
        build_day()  # (MkDocs would stop on a SOURCE_DATE_EPOCH that is not a time with a traceback)
    except BuildDayError as err:
        say(f"error: {err}")
        return 1
    try:
        with ProjectLock(root, "build", say=say):
            options = Options(strict, search, full, search_note, offline, publishing)
            return _build(root, site_dir or root / "site", options, timer or Timer())
    except UnsafePathError as err:
        say(f"error: {err}")
        return 1


#: entered around publishing, it gives the site's files not to replace (the preview's newer pages)
Publishing = Callable[[], AbstractContextManager[Collection[str]]]


@dataclass(frozen=True)
class Options:
    """How one build runs (see `build`)."""

    strict: bool = True
    search: bool = False
    full: bool = False
    search_note: bool = True
    offline: bool = False
    publishing: Publishing | None = None


@dataclass
class Made:
    """What the child that ingests, checks and renders hands back."""

    status: int  #: ingest's exit code
    briefs: int = 0
    steps: dict[str, float] = field(default_factory=dict)
    code: int = 1  #: the site's exit code (check, archive, MkDocs)
    full: bool = True  #: every page rendered into the staging folder (else only those that changed)
    outputs: list[str] = field(default_factory=list)  #: every file the site holds after this build
    inputs: str = ""  #: the inputs' digest, taken after ingest, before anything was read
    search_pages: str = ""  #: the search shards' digest (what the search index is made from)
    shards: list[Shard] = field(default_factory=list)  #: the search shards the brief pages make


def _build(root: Path, site: Path, options: Options, timer: Timer) -> int:
    started = time.perf_counter()
    refuse_links(root, list(OWNED_FOLDERS) + (["site"] if site == root / "site" else []))
    refuse_links_within(root, "docs")
    records = records_for(root, site)
    refuse_links(root, [records.relative_to(root).as_posix()])
    clear_leftovers(root, records)
    manifest = records / MANIFEST
    fast = speed.enabled()
    last = LastBuild.load(records)
    if fast and not options.full and _nothing_changed(root, site, records, last, options):
        print(f"build: nothing changed since the last build; {last.report}")
        return 0
    LastBuild.forget(records)
    staging = root / STAGING
    # Ingest, the archive and MkDocs hold every brief in memory: in a child process that memory is given
    # back when it exits, before Pagefind (about 1.6 GB at 10,000 briefs) runs beside this process.
    made = in_child(lambda: _make_site(root, staging, site, records, options, timer, fast))
    timer.steps = made.steps
    code, searched, left = _publish(root, made, staging, site, records, timer, options.publishing)
    code, current = _search_index(root, site, records, made, code, searched, options.search, timer)
    mode = "every page" if made.full else "changed pages"
    print(
        f"build: {made.briefs} briefs, {mode}, {time.perf_counter() - started:.1f} s ({timer.summary()}), exit {code}"
    )
    if code == 0 and not current and options.search_note:
        say("note: the search index predates some changed briefs; `briefing build --search` brings it up to date")
    if code == 0 and made.status == 0 and not left:  # (a page left newer: the next build is no no-op)
        outputs = outputs_digest(records, site, manifest)
        report = f"{made.briefs} briefs"
        LastBuild(made.inputs, outputs, options.strict, options.offline, current, report).save(records)
    return code or made.status


def _search_index(
    root: Path, site: Path, records: Path, made: Made, code: int, searched: bool, asked: bool, timer: Timer
) -> tuple[int, bool]:
    """After an incremental build, the search index made again when `asked` (or when the site has none);
    what it covers recorded. Returns the exit code and whether the index is current."""
    state = RenderState.load(records)
    lags = code == 0 and not made.full and state.search != made.search_pages
    if lags and (asked or not searchable(site)):
        with timer.step("search index"):
            code = index_published(root, site, records / MANIFEST, made.shards)
        searched = code == 0
    if code == 0:
        state.pages_hash = made.search_pages
        state.search = made.search_pages if searched else state.search
        if state.search != made.search_pages:
            save_wanted(records, made.shards)  # what the preview indexes in the background
        state.save(records)
    return code, code == 0 and state.search == made.search_pages


def _publish(
    root: Path,
    made: Made,
    staging: Path,
    site: Path,
    records: Path,
    timer: Timer,
    publishing: Publishing | None = None,
) -> tuple[int, bool, int]:
    """A full build's site indexed for search, then every built file published over the site; returns the
    exit code, whether the search index was made and how many files were left newer (see `build`)."""
    code, searched, left = made.code, False, 0
    if code == 0 and made.full:
        with timer.step("search index"):
            code, _ = make_index(staging, staging / "pagefind", made.shards, root / SEARCH_PAGES, say=say)
        searched = code == 0
    if code == 0:
        manifest = records / MANIFEST
        with timer.step("publish"), (publishing or _nothing_newer)() as newer:
            kept = [] if made.full else [name for name in published(site, manifest) if name.startswith("pagefind/")]
            publish(staging, site, manifest, keep=made.outputs + kept, leave=newer)
            left = len(newer)
            # A page left newer is rendered again by the next build, whatever its record said.
            RenderState.drop_pending(records, newer)
            RenderState.promote(records)  # the pages just published are now the ones the manifest describes
    return code, searched, left


@contextmanager
def _nothing_newer() -> Iterator[Collection[str]]:
    yield ()


def _nothing_changed(root: Path, site: Path, records: Path, last: LastBuild, options: Options) -> bool:
    """True when the last build succeeded and nothing it read or wrote has changed since."""
    if not last.inputs or (last.strict, last.offline) != (options.strict, options.offline):
        return False
    if options.search and not last.search_current:
        return False
    # The inputs first: after an edit they differ, and the outputs need not be looked at.
    return last.inputs == inputs_digest(root, site) and last.outputs == outputs_digest(
        records, site, records / MANIFEST
    )


def _make_site(
    root: Path, staging: Path, site: Path, records: Path, options: Options, timer: Timer, fast: bool
) -> Made:
    """Ingest, read the archive and run MkDocs into `staging`: every page, or (`fast` and not `full`) only
    those the site lacks or shows otherwise. Without `fast` (the plain build), nothing is recorded."""
    with timer.step("ingest"):
        vocab = _vocabulary_once(root)
        status, written = ingest_changed(root, vocab)
    made = Made(status, inputs=inputs_digest(root, site))
    # The check reads every brief on its own, as the archive does: on the second core, beside it. Nothing
    # is rendered (nor any archive problem printed) until the check has found no error.
    timer.steps.setdefault("check", 0.0)
    checking = forks.beside(lambda: _found(check(root, remember=speed.active("memo"), vocab=vocab)))
    with timer.step("archive"):
        archive, problems = _read_archive(root, written, vocab)
    with timer.step("check"):
        errors = report_check(*checking())
    if errors:
        made.steps = timer.steps
        return made
    for line in problems:
        say(f"error: {line}")
    if archive is not None:
        plan = Plan(root, site, records, everything=options.full) if fast else None
        if plan is None:
            RenderState.forget(records)
        with timer.step("mkdocs"):
            made.code, made.outputs = render_site(root, staging, options.strict, archive, plan, options.offline)
        made.briefs = len(archive.entries)
        if plan is not None:
            made.full = plan.full
        made.shards = _search_shards(archive, plan, options.offline)
        made.search_pages = layout_digest(made.shards)
    made.steps = timer.steps
    return made


def _search_shards(archive: Archive, plan: Plan | None, offline: bool) -> list[Shard]:
    """The brief pages cut into the search index's shards (build_tools/search_index.py), with their keys."""
    keys = plan.keys if plan is not None else {}
    pages = [
        SearchPage(
            entry.brief.date or UNDATED_SORT,
            f"briefs/{entry.stem}.html" if offline else f"{entry.url}index.html",
            keys.get(entry.src, ""),
        )
        for entry in archive.entries
    ]
    return shards_of(pages)


def _vocabulary_once(root: Path) -> Vocabulary | None:
    """The taxonomy, loaded once for the build's steps; None when it has problems (each step then loads it
    and reports them as it always does)."""
    try:
        return load_vocabulary(root.resolve())
    except USER_ERRORS:
        return None


def _found(problems: list[Problem]) -> tuple[list[Problem], int]:
    """What the build reports of the check's findings: the errors, and how many findings in all. (The check
    runs in a forked process: at 10,000 briefs its tens of thousands of warnings took a seventh of a second
    to send back, to be counted.)"""
    return [p for p in problems if p.level == "error"], len(problems)


def report_check(errors: list[Problem], found: int) -> int:
    """What `briefing check` found in the whole project (`found` problems, these `errors` among them): its
    errors printed, one a line; warnings counted, not printed (`briefing check` lists them). Returns the
    number of errors: the build publishes nothing while any."""
    for problem in errors:
        say(str(problem))  # "path:line: error: what to do"
    if errors:
        say(f"check: {len(errors)} error(s); fix them (`briefing check` lists them) and build again")
    elif found:
        print(f"check: {found} warning(s); `briefing check` lists them")
    return len(errors)


def read_archive(
    root: Path, written: dict[str, Brief] | None = None, vocab: Vocabulary | None = None
) -> Archive | None:
    """Every brief and the taxonomy, read once; None (each problem printed on its line) when that fails."""
    archive, problems = _read_archive(root, written, vocab)
    for line in problems:
        say(f"error: {line}")
    return archive


def _read_archive(
    root: Path, written: dict[str, Brief] | None = None, vocab: Vocabulary | None = None
) -> tuple[Archive | None, list[str]]:
    """`read_archive`, its problems returned (one line each), not printed."""
    prefix = f"{root}{os.sep}"  # problems name files relative to the project, as `briefing check` does
    try:
        return load_archive(root, known=written, remember=speed.active("memo"), vocab=vocab), []
    except CollectError as err:
        return None, [problem.replace(prefix, "") for problem in err.problems]
    except USER_ERRORS as err:
        return None, [line.replace(prefix, "") for line in getattr(err, "problems", None) or [str(err)]]


def clear_leftovers(root: Path, records: Path | None = None) -> None:
    """Remove what a killed run left: temporary files beside briefs, a half-built site.

    Called with the project lock held, so no other run is writing any of them.
    """
    for here, _, _ in os.walk(root / "docs"):  # (os.walk follows no link)
        remove_stale_temps(Path(here))
    remove_stale_temps(root / "build")
    for name in (STAGING, SEARCH_STAGING):
        staging = root / name
        if os.path.islink(staging):
            os.unlink(staging)
        elif staging.exists():
            shutil.rmtree(staging)
    if records is not None:
        RenderState.discard_pending(records)


def ingest_changed(root: Path, vocab: Vocabulary | None = None) -> tuple[int, dict[str, Brief]]:
    """Ingest the raw articles whose text changed; print what changed.

    Returns 1 when an article was rejected (else 0), and the briefs written,
    by file name, as their files now read (`ingest.Report.briefs`).
    """
    seeds = root / "seeds"
    if not seeds.is_dir():
        return 0, {}
    report = ingest([seeds], root / "docs" / "briefs", root, vocab=vocab, keep_briefs=True)
    for outcome in report.outcomes:
        if outcome.status == "rejected":
            say(f"rejected  {outcome.source}: {outcome.message}")
        elif outcome.status != "unchanged":
            note = f" ({outcome.message})" if outcome.message else ""
            print(f"{outcome.status:<9} docs/briefs/{outcome.brief} <- {outcome.source}{note}")
    return (0 if report.ok else 1), report.briefs


def index_published(root: Path, site: Path, manifest: Path, shards: list[Shard]) -> int:
    """The search index of a published site brought up to date: the shards whose pages changed indexed
    beside it, then published in place of their old bundles (the others stay)."""
    staging = root / SEARCH_STAGING
    code, kept = make_index(site, staging / "pagefind", shards, root / SEARCH_PAGES, indexed(site), say=say)
    if code == 0:
        publish(staging, site, manifest, keep=_kept_files(site, manifest, kept))
    return code


def index_search(root: Path, site: Path, records: Path, wanted: str, staging: Path, gentle: bool = False) -> int:
    """The search index made again over a published site while builds may go on (the preview's): Pagefind
    reads the pages unlocked, its index is published under the project lock, and recorded as covering the
    brief pages `wanted` (a build since then leaves the index lagging, and it is made again)."""
    shards = load_wanted(records)
    if shards is None or layout_digest(shards) != wanted:
        return 1  # (a build has published other pages since: it records their shards, and this runs again)
    work = staging.with_name(f"{staging.name}-pages")  # (not the build's: a build may be indexing too)
    code, kept = make_index(site, staging / "pagefind", shards, work, indexed(site), gentle, say)
    if code != 0:
        return code
    with ProjectLock(root, "search", say=say):
        manifest = records / MANIFEST
        publish(staging, site, manifest, keep=_kept_files(site, manifest, kept))
        state = RenderState.load(records)
        state.search = wanted
        state.save(records)
    return 0


def _kept_files(site: Path, manifest: Path, bundles: list[str]) -> list[str]:
    """The published files to keep when a new search index is published: every page, and the bundles
    of the index left as they were."""
    prefixes = tuple(f"pagefind/{name}/" for name in bundles)
    return [name for name in published(site, manifest) if not name.startswith("pagefind/") or name.startswith(prefixes)]


# -- MkDocs ------------------------------------------------------------------------------------------


def run_mkdocs(root: Path, site: Path, strict: bool, archive: Archive | None = None) -> int:
    """`mkdocs build` of root/mkdocs.yml into `site`, in this process, the archive handed to the plugin."""
    return render_site(root, site, strict, archive)[0]


def render_site(
    root: Path,
    site: Path,
    strict: bool,
    archive: Archive | None = None,
    plan: Plan | None = None,
    offline: bool = False,
) -> tuple[int, list[str]]:
    """`run_mkdocs`, with a `plan` of which pages to render; returns the exit code and every file the site
    holds after the build (with a plan that renders only what changed, the files it kept too)."""
    _mkdocs_logging()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # MkDocs' notice about 2.0 is not about this archive
    outputs: list[str] = []
    try:
        config = load_config(
            config_file=str(root / "mkdocs.yml"), site_dir=str(site), strict=strict, use_directory_urls=not offline
        )
        plugin = config.plugins.get(PLUGIN)
        if plugin is None:
            say(f"error: {root / 'mkdocs.yml'}: the '{PLUGIN}' plugin is not listed under plugins; add it")
            return 1, []
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
                    outputs = parallel.build(config, jobs, parallel.PARALLEL_THRESHOLD, plan)
                finally:
                    render.uninstall()  # this process may build again, plainly (the tests do)
            else:
                mkdocs_build.build(config)
                outputs = relative_files(site)
        finally:
            config.plugins.on_shutdown()
    except exceptions.Abort as err:
        say(f"error: {err}")
        return 1, []
    except exceptions.MkDocsException as err:
        say(f"error: {err}")
        return 1, []
    except USER_ERRORS as err:
        for line in getattr(err, "problems", None) or [str(err)]:
            say(f"error: {line}")
        return 1, []
    return 0, outputs


def _mkdocs_logging() -> None:
    """MkDocs' messages as the `mkdocs` command prints them: warnings and errors, one a line, on stderr."""
    logger = logging.getLogger("mkdocs")
    ours = [h for h in logger.handlers if getattr(h, "_archive", False)]
    if ours:
        # Today's stderr (a test may have replaced it, and closed the old one: setStream would flush that).
        ours[0].stream = sys.stderr  # type: ignore[attr-defined]
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler.setLevel(logging.WARNING)
        handler._archive = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # MkDocs' progress (INFO) is not the build's report
