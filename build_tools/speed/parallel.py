"""`mkdocs build`, with the pages rendered by worker processes: the same site, in less time on several cores.

MkDocs renders every page one after another; at 10,000 briefs that is most
of a build. This runs MkDocs' own build steps in MkDocs' own order (config,
files, nav, static files, theme templates, pages, anchor checks, post-build)
and only spreads the page loop over forked workers. That is safe here
because a brief or index page depends on no other page's rendered content:
the nav (a handful of pages, rendered first, before the fork) is all a
template reads from other pages. Links are still checked by MkDocs while
each page renders; anchors into other pages are checked afterwards, with
every page's anchors sent back from the workers. Warnings are counted in
every worker, so `--strict` fails exactly as `mkdocs build --strict` does.

It reads MkDocs 1.6's build internals (`mkdocs.commands.build`); with one
job, or where fork is unavailable, `briefing build` calls `mkdocs.commands.build.build`.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from typing import Any

from mkdocs import exceptions, utils
from mkdocs.commands import build as mk
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page

from . import active
from . import render as render_speed

log = logging.getLogger("mkdocs.archive.site_build")
PARALLEL_THRESHOLD = 400  #: pages; below this, forking costs more than it saves

# Set in the parent just before forking; the workers read it (fork shares it, nothing is pickled).
_STATE: dict[str, Any] = {}


def build(config: MkDocsConfig, jobs: int, min_pages: int = PARALLEL_THRESHOLD) -> None:
    """MkDocs' build (mkdocs.commands.build.build, without --dirty and serve), pages on `jobs` workers."""
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    if config.strict:
        logging.getLogger("mkdocs").addHandler(counter)
    try:
        start = time.monotonic()
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        utils.clean_directory(config.site_dir)
        files = mk.get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        mk.set_exclusions(files, config)
        nav = mk.get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)

        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        for file in doc_files:
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
        others = [f for f in doc_files if f.page not in nav.pages]
        for page in nav.pages:  # every template shows the nav's titles: render these before anything else
            mk._populate_page(page, config, files)
        env = config.plugins.on_env(env, config=config, files=files)
        if active("partials"):
            render_speed.share_partials(env)
        if active("cache"):
            # Jinja's default template cache is an LRU of 400 that reorders a queue on every lookup, and
            # Material looks a template up for every include; a build uses some 60 templates, kept whole.
            env.cache = dict(env.cache.items()) if env.cache is not None else None
        files.copy_static_files(inclusion=InclusionLevel.is_included)
        for template in config.theme.static_templates:
            mk._build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            mk._build_extra_template(template, files, config, nav)
        for page in nav.pages:
            mk._build_page(page, config, doc_files, nav, env)

        _STATE.update(config=config, files=files, doc_files=doc_files, nav=nav, env=env, pages=others)
        anchors, links, warnings = _render_all(len(others), jobs if len(others) >= min_pages else 1)
        by_uri = {f.src_uri: f for f in doc_files}
        for file in others:
            assert file.page is not None
            file.page.present_anchor_ids = anchors.get(file.src_uri)
            file.page.links_to_anchors = {by_uri[t]: found for t, found in links.get(file.src_uri, {}).items()}
        for file in doc_files:
            assert file.page is not None
            file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
        config.plugins.on_post_build(config=config)
        counts = dict(counter.get_counts())
        for level, count in warnings.items():
            counts[level] = counts.get(level, 0) + count
        if config.strict and counts:
            message = ", ".join(f"{v} {k.lower()}s" for k, v in counts.items())
            raise exceptions.Abort(f"Aborted with {message} in strict mode!")
        log.info(f"Documentation built in {time.monotonic() - start:.2f} seconds ({jobs} jobs)")
    except Exception as err:
        config.plugins.on_build_error(error=err)
        if isinstance(err, exceptions.BuildError):
            log.error(str(err))
            raise exceptions.Abort("Aborted with a BuildError!") from None
        raise
    finally:
        _STATE.clear()
        logging.getLogger("mkdocs").removeHandler(counter)


Rendered = tuple[dict[str, set[str] | None], dict[str, dict[str, dict[str, str]]], dict[str, int]]


def _render_all(count: int, jobs: int) -> Rendered:
    """Render pages 0..count-1 of _STATE["pages"]: in forked workers, each taking every jobs-th page."""
    if jobs <= 1:
        return _render_share((0, 1))
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) as pool:
        parts = pool.map(_render_share, [(i, jobs) for i in range(jobs)])
    anchors: dict[str, set[str] | None] = {}
    links: dict[str, dict[str, dict[str, str]]] = {}
    warnings: dict[str, int] = {}
    for part_anchors, part_links, part_warnings in parts:
        anchors.update(part_anchors)
        links.update(part_links)
        for level, n in part_warnings.items():
            warnings[level] = warnings.get(level, 0) + n
    return anchors, links, warnings


def _render_share(share: tuple[int, int]) -> Rendered:
    """Render and write this worker's pages; return their anchors, links to anchors and warning counts."""
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
    anchors: dict[str, set[str] | None] = {}
    links: dict[str, dict[str, dict[str, str]]] = {}
    for file in _STATE["pages"][first::step]:
        page = file.page
        mk._populate_page(page, config, files)
        mk._build_page(page, config, doc_files, _STATE["nav"], _STATE["env"])
        anchors[file.src_uri] = page.present_anchor_ids
        links[file.src_uri] = {_uri(to): dict(found) for to, found in (page.links_to_anchors or {}).items()}
        page.content = None  # the parent never needs it; a worker need not hold every page
    return anchors, links, dict(counter.get_counts()) if step > 1 else {}


def _uri(file: File) -> str:
    return file.src_uri
