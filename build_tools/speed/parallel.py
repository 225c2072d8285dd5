"""`mkdocs build`, with the pages rendered by worker processes, and only the pages that changed.

MkDocs renders every page one after another; at 10,000 briefs that is most of a build. This runs MkDocs'
own build steps in MkDocs' own order (config, files, nav, static files, theme templates, pages, anchor
checks, post-build) and only spreads the page loop over forked workers. That is safe here because a
brief or index page depends on no other page's rendered content: the nav (a handful of pages, rendered
first, before the fork) is all a template reads from other pages. Links are still checked by MkDocs
while each page renders; anchors into other pages are checked afterwards, with every page's anchors sent
back from the workers. Warnings are counted in every worker, so `--strict` fails exactly as
`mkdocs build --strict` does.

Given a `Plan` (build_tools/speed/incremental.py), only the pages whose inputs changed are rendered, into
an empty folder that `briefing build` then publishes over the site; the anchors of the pages not
rendered again come from the render manifest.

It reads MkDocs 1.6's build internals (`mkdocs.commands.build`); with one job, or where fork is
unavailable, `briefing build` calls `mkdocs.commands.build.build`.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache
from mkdocs import exceptions, utils
from mkdocs.commands import build as mk
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from . import active
from . import render as render_speed
from .incremental import Plan, Rendered, has_links

log = logging.getLogger("mkdocs.archive.site_build")
PARALLEL_THRESHOLD = 400  #: pages; below this, forking costs more than it saves
TEMPLATE_CACHE = "build/templates"  #: compiled templates, beside the project's other build records

# Set in the parent just before forking; the workers read it (fork shares it, nothing is pickled).
_STATE: dict[str, Any] = {}

#: what rendering gives back: each page's record (anchors, links to anchors, own links), warnings by level
Found = tuple[dict[str, Rendered], dict[str, int]]


def build(config: MkDocsConfig, jobs: int, min_pages: int = PARALLEL_THRESHOLD, plan: Plan | None = None) -> list[str]:
    """MkDocs' build (mkdocs.commands.build.build, without --dirty and serve), pages on `jobs` workers.

    With a `plan` that is not a full one, only the pages it chooses are rendered, and of the static files
    only those the published site lacks or holds otherwise (build_tools/speed/incremental.py). Returns
    every file the site holds after this build, relative to the site folder, whether written now or not.
    """
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    if config.strict:
        logging.getLogger("mkdocs").addHandler(counter)
    try:
        start = time.monotonic()
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        utils.clean_directory(config.site_dir)  # build/'s own folder: the site is published from it
        files, nav, doc_files = _gather(config)
        if plan is not None:
            plan.start(config, nav, doc_files)
        pages = [f for f in doc_files if f.page not in nav.pages]
        if plan is not None and not plan.full:
            pages = [f for f in pages if plan.renders(f.src_uri)]
        env = _render_shared(config, files, nav, doc_files, plan)
        _STATE.update(config=config, files=files, doc_files=doc_files, nav=nav, env=env, pages=pages)
        found = _render_all(len(pages), jobs if len(pages) >= min_pages else 1)
        for page in nav.pages:  # rendered in this process, before the others (those whose inputs changed)
            if getattr(page, "built", False):
                found[0][page.file.src_uri] = _record(page)
        _validate(config, files, doc_files, found[0], plan)
        config.plugins.on_post_build(config=config)
        _strict(config, counter, found[1])
        if plan is not None:
            plan.finish(found[0])
        log.info(f"Documentation built in {time.monotonic() - start:.2f} seconds ({jobs} jobs, {len(pages)} pages)")
        return _outputs(config, files, plan)
    except Exception as err:
        config.plugins.on_build_error(error=err)
        if isinstance(err, exceptions.BuildError):
            log.error(str(err))
            raise exceptions.Abort("Aborted with a BuildError!") from None
        raise
    finally:
        _STATE.clear()
        logging.getLogger("mkdocs").removeHandler(counter)


def _gather(config: MkDocsConfig) -> tuple[Files, Navigation, list[File]]:
    """MkDocs' files (the plugin adds the generated ones), their inclusion, the nav and the pages."""
    files = mk.get_files(config)
    env = config.theme.get_env()
    files.add_files_from_theme(env, config)
    files = config.plugins.on_files(files, config=config)
    mk.set_exclusions(files, config)
    nav = mk.get_navigation(files, config)
    nav = config.plugins.on_nav(nav, config=config, files=files)
    doc_files = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
    for file in doc_files:
        if file.page is None and file.inclusion.is_not_in_nav():
            Page(None, file, config)
    return files, nav, doc_files


def _render_shared(
    config: MkDocsConfig, files: Files, nav: Navigation, doc_files: list[File], plan: Plan | None
) -> Any:
    """The nav's pages (every template shows their titles: read first, and rendered when their inputs
    changed), the theme's and static files."""
    for page in nav.pages:
        mk._populate_page(page, config, files)
    env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
    if active("partials"):
        render_speed.share_partials(env)
    if active("cache"):
        # Jinja's default template cache is an LRU of 400 that reorders a queue on every lookup, and
        # Material looks a template up for every include; a build uses some 60 templates, kept whole.
        env.cache = dict(env.cache.items()) if env.cache is not None else None
        # Compiling Material's templates takes half a second a build; Jinja keys its cache by each source.
        folder = Path(config.config_file_path or "mkdocs.yml").resolve().parent / TEMPLATE_CACHE
        folder.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    for file in files:
        if not file.is_documentation_page() and file.inclusion.is_included():
            if plan is None or plan.full or plan.copies(file):
                file.copy_file()
    for template in config.theme.static_templates:
        if plan is None or plan.builds_template(template, files):
            mk._build_theme_template(template, env, files, config, nav)
    for template in config.extra_templates:
        mk._build_extra_template(template, files, config, nav)
    for page in nav.pages:
        if plan is None or plan.renders(page.file.src_uri):
            mk._build_page(page, config, doc_files, nav, env)
            page.built = True  # type: ignore[attr-defined]  # (its record is this build's, not the manifest's)
    return env


def _validate(
    config: MkDocsConfig, files: Files, doc_files: list[File], records: dict[str, Rendered], plan: Plan | None
) -> None:
    """Anchor links, as MkDocs checks them once every page is rendered (pages not rendered again: from the
    render manifest)."""
    by_uri = {f.src_uri: f for f in doc_files}
    for file in doc_files:
        page = file.page
        assert page is not None
        record = records.get(file.src_uri) or (plan.recorded(file.src_uri) if plan is not None else None)
        if record is None:
            continue
        page.present_anchor_ids = None if record.anchors is None else set(record.anchors)
        page.links_to_anchors = {by_uri[t]: dict(found) for t, found in record.links.items() if t in by_uri}
    for file in doc_files:
        assert file.page is not None
        file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)


def _strict(config: MkDocsConfig, counter: utils.CountHandler, warnings: dict[str, int]) -> None:
    counts = dict(counter.get_counts())
    for level, count in warnings.items():
        counts[level] = counts.get(level, 0) + count
    if config.strict and counts:
        message = ", ".join(f"{v} {k.lower()}s" for k, v in counts.items())
        raise exceptions.Abort(f"Aborted with {message} in strict mode!")


def _outputs(config: MkDocsConfig, files: Files, plan: Plan | None) -> list[str]:
    """Every file the site holds after this build: written now (in the site_dir) or kept from before."""
    names = {file.dest_uri for file in files if file.inclusion.is_included()}
    names.update(config.theme.static_templates, config.extra_templates)
    names.add("sitemap.xml.gz")
    here = Path(config.site_dir)
    if plan is None or plan.full:
        return sorted(n for n in names if (here / n).is_file())
    # Pages not rendered again are in the site as the last build published them; only the rest are looked for.
    before = plan.published_before()
    return sorted(n for n in names if n in before or (here / n).is_file() or (plan.site / n).is_file())


def _record(page: Page) -> Rendered:
    """What the manifest and the anchor checks need of a page just rendered."""
    links = {to.src_uri: dict(found) for to, found in (page.links_to_anchors or {}).items()}
    anchors = None if page.present_anchor_ids is None else sorted(page.present_anchor_ids)
    return Rendered("", page.file.dest_uri, anchors, links, has_links(page.markdown))


def _render_all(count: int, jobs: int) -> Found:
    """Render pages 0..count-1 of _STATE["pages"]: in forked workers, each taking every jobs-th page."""
    if jobs <= 1:
        return _render_share((0, 1))
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) as pool:
        parts = pool.map(_render_share, [(i, jobs) for i in range(jobs)])
    records: dict[str, Rendered] = {}
    warnings: dict[str, int] = {}
    for part_records, part_warnings in parts:
        records.update(part_records)
        for level, n in part_warnings.items():
            warnings[level] = warnings.get(level, 0) + n
    return records, warnings


def _render_share(share: tuple[int, int]) -> Found:
    """Render and write this worker's pages; return what each needs recorded, and warning counts."""
    first, step = share
    config, files, doc_files = _STATE["config"], _STATE["files"], _STATE["doc_files"]
    mkdocs_log = logging.getLogger("mkdocs")
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    inherited = [h for h in mkdocs_log.handlers if isinstance(h, utils.CountHandler)]
    if step > 1:  # a forked worker counts its own warnings; the parent adds them up
        for handler in inherited:
            mkdocs_log.removeHandler(handler)
        mkdocs_log.addHandler(counter)
    records: dict[str, Rendered] = {}
    for file in _STATE["pages"][first::step]:
        page = file.page
        mk._populate_page(page, config, files)
        mk._build_page(page, config, doc_files, _STATE["nav"], _STATE["env"])
        records[file.src_uri] = _record(page)
        page.content = page.markdown = None  # the parent never needs them; a worker need not hold every page
    return records, dict(counter.get_counts()) if step > 1 else {}
