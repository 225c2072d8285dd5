"""The preview's site kept in memory, so that an edited brief shows in well under a second at 10,000 briefs.

`briefing serve` builds the preview with the same incremental build as `briefing build` (which reads the
archive again, works out every page's key, renders what changed and publishes it: some 7 s at 10,000
briefs). Before that build, `WarmSite.refresh` shows the edit: it holds the archive, its generated pages
and MkDocs' configuration, files, navigation and templates from the last build, reads only the briefs
whose files changed, works out again only the pages that can list them (`pages.site.pages_showing`: home,
search, timeline, the indexes, the brief's topics' and actors' pages), and renders the brief's page and
every one of those whose view changed, with MkDocs' own page build, into the preview.

What it cannot show that way it leaves to the build, which always follows: a brief added or deleted, an
article, the taxonomy, a template, mkdocs.yml or a hand-written page changed, a brief with an error, or
an edit that makes a page appear or go. Its pages are those the build would write, with one exception the
build always corrects: the edited brief's related briefs are those it had before (the build renders that
page again, since its key holds the brief's stamp). Every page it writes lists the edited brief, so the
build renders each of them again too; tests/test_serve.py holds the preview, once the build is done, to
the bytes of a full build.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands import build as mk
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation

from ..archive import RESERVED_ACTOR_IDS, Archive, Entry, _check_ids, load_archive, newest_first
from ..briefs import BriefError, read_brief
from ..check import check_brief
from ..files import refuse_links
from ..files import stamp as file_stamp
from ..pages.page import Page
from ..pages.site import DEFAULT_SITE_NAME, Site, pages_showing
from .incremental import _key
from .parallel import _gather
from .related_memo import remembered_related

QUICK = "build/preview-quick"  #: where pages are rendered before they replace the preview's
BRIEFS = Path("docs") / "briefs"
#: what else the build reads: a change under any of these is the build's to show
OTHER_INPUTS = ("mkdocs.yml", "docs", "seeds", "taxonomy", "overrides", "schema")


@dataclass
class Shown:
    """What one refresh wrote: the pages (by their file under the site) and the briefs they show."""

    files: list[str]
    briefs: list[str]


def stamps(root: Path) -> dict[str, str]:
    """Every input file of the build (relative to `root`) with its stamp (size and modification time)."""
    found: dict[str, str] = {}
    for name in OTHER_INPUTS:
        path = root / name
        if path.is_file():
            found[name] = file_stamp(os.lstat(path))
            continue
        for here, dirs, names in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            base = Path(here).relative_to(root).as_posix()
            for file_name in names:
                if file_name.startswith("."):
                    continue  # no input: ingest's caches beside the briefs, an editor's swap file
                try:
                    # lstat: a brief replaced by a link is a change, and the build's to refuse
                    found[f"{base}/{file_name}"] = file_stamp(os.lstat(os.path.join(here, file_name)))
                except OSError:
                    continue
    return found


class WarmSite:
    """The preview's archive, pages and MkDocs state, from which an edit to a brief is rendered at once."""

    def __init__(self, root: Path, site: Path, plugin_name: str = "briefing") -> None:
        """Read the archive (from the build's memo: the build has just run) and gather MkDocs' files, nav and
        templates as the build does. Raises what the build would report; the preview then goes without."""
        self.root, self.site = root, site
        self.seen = stamps(root)
        config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(root / QUICK), strict=False)
        plugin = config.plugins[plugin_name]
        archive = load_archive(root, remember=True)
        plugin.handed = archive  # type: ignore[attr-defined]
        config.plugins.on_startup(command="build", dirty=False)
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        files, nav, doc_files = _gather(config)
        for page in nav.pages:  # every template shows their titles
            mk._populate_page(page, config, files)
        self.env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
        self.config: MkDocsConfig = config
        self.files: Files = files
        self.nav: Navigation = nav
        self.doc_files: list[File] = doc_files
        self.archive: Archive = archive
        self.site_model: Site = plugin.site  # type: ignore[attr-defined]

    def relate(self) -> None:
        """Take each brief's related briefs as the build has just worked them out (its memo)."""
        related = remembered_related(self.root, self.archive.entries)
        self.site_model.related = related

    def refresh(self) -> Shown | None:
        """Render the pages showing every brief changed since the last look; None when the change is the
        build's to show (see the module's docstring), and nothing was written."""
        now = stamps(self.root)
        changed = {name for name in now.keys() | self.seen.keys() if now.get(name) != self.seen.get(name)}
        if not changed:
            return Shown([], [])
        briefs = {name for name in changed if _a_brief(name)}
        if briefs != changed or any(name not in now or name not in self.seen for name in briefs):
            return None
        fresh = [self._read(name, now[name]) for name in sorted(briefs)]
        if any(entry is None for entry in fresh):
            return None
        shown = self._show([entry for entry in fresh if entry is not None])
        if shown is not None:
            self.seen = now
        return shown

    def _read(self, name: str, stamp: str) -> Entry | None:
        """The brief in the file `name` (under the project), or None when it has an error (the build reports it)."""
        path = self.root / name
        rel = Path(name).relative_to("docs").as_posix()
        if os.path.islink(path):
            return None
        _, problems = check_brief(path, name, self.root, self.archive.vocab)
        if any(problem.level == "error" for problem in problems):
            return None
        try:
            brief = read_brief(path)
        except BriefError:
            return None
        if _check_ids(path, brief):
            return None
        entry = Entry(path.stem, brief, stamp)
        return entry if entry.src == rel else None

    def _show(self, fresh: list[Entry]) -> Shown | None:
        site, archive = self.site_model, self.archive
        old = {entry.src: entry for entry in archive.entries}
        if any(entry.src not in old for entry in fresh):
            return None
        topics, actors = _filed_under([*fresh, *(old[entry.src] for entry in fresh)])
        replaced = {entry.src: entry for entry in fresh}
        entries = newest_first([replaced.get(entry.src, entry) for entry in archive.entries])
        candidate = Archive(archive.root, entries, archive.vocab)
        config = self.config
        pages, chosen = pages_showing(
            candidate, config.site_name or DEFAULT_SITE_NAME, config.site_description or "", topics, actors
        )
        made = _made(site, topics, actors)
        if set(pages) != made:
            return None  # a page appears or goes: the build's to show
        changed = [src for src, page in pages.items() if _view_key(page) != _view_key(site.pages[src])]
        files = [self.files.get_file_from_path(src) for src in [*replaced, *changed]]
        if any(file is None or file.page is None for file in files):
            return None
        # Now the new state is the one held (the build that follows corrects the related briefs).
        archive.entries = entries
        site.pages.update(pages)
        site.facet_actors = set(chosen)
        self._take(fresh)
        written = [self._render(file) for file in files if file is not None]
        return Shown(written, sorted(replaced))

    def _take(self, fresh: list[Entry]) -> None:
        """The edited briefs become the site's, and MkDocs' files hold their bodies."""
        for entry in fresh:
            self.site_model.briefs[entry.src] = entry
            # as the plugin's on_files gives MkDocs a brief: its body only, behind a blank line
            brief_file = self.files.get_file_from_path(entry.src)
            assert brief_file is not None  # (looked for by `_show`)
            brief_file.content_string = "\n" + (entry.brief.body or "")

    def place(self, names: list[str]) -> None:
        """Move pages `refresh` rendered into the site, each in one rename, never through a link."""
        quick = self.root / QUICK
        for name in names:
            refuse_links(self.site, [Path(name).parent.as_posix()])
            os.replace(quick / name, self.site / name)

    def _render(self, file: File) -> str:
        """Render one page into the quick folder; returns its file relative to the site folder."""
        page = file.page
        assert page is not None
        mk._populate_page(page, self.config, self.files)
        mk._build_page(page, self.config, self.doc_files, self.nav, self.env)
        page.content = page.markdown = None  # rendered: the preview need not hold every page it has shown
        return file.dest_uri


def _a_brief(name: str) -> bool:
    path = Path(name)
    return path.parent == BRIEFS and path.suffix == ".md"


def _filed_under(entries: list[Entry]) -> tuple[set[str], set[str]]:
    """The topics and the actors of these briefs."""
    topics: set[str] = set()
    actors: set[str] = set()
    for entry in entries:
        topics.update(entry.topic_ids)
        actors.update(entry.actor_ids)
    return topics, actors


def _made(site: Site, topics: set[str], actors: set[str]) -> set[str]:
    """The generated pages `pages_showing` makes for these topics and actors, as the site has them now."""
    fixed = ("index.md", "search/index.md", "topics/index.md", "actors/index.md")
    found = {src for src in site.pages if src in fixed or src.startswith("timeline/")}
    found.update(src for src in site.pages if src.startswith("actors/") and _letter_page(src))
    for src in site.pages:
        parts = src.split("/")
        if parts[0] == "topics" and len(parts) > 2 and parts[1] in topics:
            found.add(src)
        elif parts[0] == "actors" and len(parts) > 2 and parts[1] in actors:
            found.add(src)
    return found


def _letter_page(src: str) -> bool:
    """The actors index's pages by type and letter (actors/people/a/index.md ...), whose folders are the ids
    no actor may take."""
    return src.split("/")[1] in RESERVED_ACTOR_IDS


def _view_key(page: Page) -> str:
    """What a generated page shows, as one key (a brief listed counts by its address and file stamp)."""
    return _key(page.title, page.template, page.description, page.digest_of())
