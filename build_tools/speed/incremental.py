"""Dependency-aware builds: a page is rendered again only when something it shows has changed.

Every page's HTML is a function of two things: what every page shares (the MkDocs configuration, the
templates, the taxonomy, the hand-written pages, this package's code and the versions of MkDocs and the
theme: the *fingerprint*), and what that page shows (a generated page's view; a brief's own file, its
related briefs and which of its actors are search filters). A page's *key* hashes both; a page whose key
is the one recorded when its file was last written is not rendered again. Briefs listed on a page are
hashed by their file's stamp, so a change to a brief re-renders every page that shows it.

The render manifest (build/render-manifest.json) records, for each page, its key, its output file, the
anchors it holds and the anchors it links to, so that anchor links into and out of pages not rendered
again are still checked as a full build checks them. A page with links of its own (a hand-written brief
or page) is rendered again whenever a page appears or disappears, so that a link to a page now gone
fails the build as it would in a full build. The tests build a project after random edits both ways
and compare every byte (tests/test_incremental.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..files import MANIFEST, atomic_write, discard, published
from ..pages.page import encode
from ..pages.site import Site

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation

RENDER_MANIFEST = "render-manifest.json"  #: in the site's records folder (files.records_for)
#: the manifest a build leaves for the pages it rendered, until they are published (then it replaces the other)
PENDING_MANIFEST = "render-manifest.next.json"
_VERSION = 1
#: distributions whose code or templates shape every page
PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "jinja2", "markupsafe", "nh3", "pymdown-extensions")
#: folders every page depends on (taxonomy: labels and names; schema: what check accepts)
SHARED_FOLDERS = ("overrides", "taxonomy", "schema")


@dataclass
class Rendered:
    """What the manifest keeps of one page: when to render it again, and what anchor checks need of it."""

    key: str
    dest: str  #: its output file, relative to the site folder
    anchors: list[str] | None = None  #: ids present in it (None: MkDocs did not render it)
    links: dict[str, dict[str, str]] = field(default_factory=dict)  #: page linked to -> {anchor: link as written}
    own_links: bool = False  #: its Markdown has links: rendered again whenever a page appears or goes


@dataclass
class RenderState:
    """The render manifest: the fingerprint pages were rendered under, and each page's record."""

    fingerprint: str = ""
    site: str = ""  #: the real path of the site folder the pages were written to
    pages: dict[str, Rendered] = field(default_factory=dict)
    search: str = ""  #: the brief pages' keys' hash when the search index was last made
    pages_hash: str = ""  #: the brief pages' keys' hash as last published (search lags while it differs)
    templates: dict[str, str] = field(default_factory=dict)  #: the theme's own pages (404.html...) -> key

    @classmethod
    def load(cls, records: Path, name: str = RENDER_MANIFEST) -> RenderState:
        try:
            data = json.loads((records / name).read_text(encoding="utf-8"))
            if data.get("version") != _VERSION:
                return cls()
            pages = {src: Rendered(**record) for src, record in data["pages"].items()}
            templates = dict(data.get("templates", {}))
            return cls(
                data["fingerprint"], data["site"], pages, data.get("search", ""), data.get("pages_hash", ""), templates
            )
        except (OSError, ValueError, KeyError, TypeError):
            return cls()  # no record (or a damaged one): every page is rendered

    def save(self, records: Path, name: str = RENDER_MANIFEST) -> None:
        data = {"version": _VERSION, "fingerprint": self.fingerprint, "site": self.site, "search": self.search}
        data["pages_hash"] = self.pages_hash
        data["templates"] = dict(sorted(self.templates.items()))
        data["pages"] = {src: vars(record) for src, record in sorted(self.pages.items())}
        records.mkdir(parents=True, exist_ok=True)
        atomic_write(records / name, json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    @staticmethod
    def promote(records: Path) -> None:
        """The pages a build rendered are published: its manifest becomes the one the next build reads."""
        try:
            os.replace(records / PENDING_MANIFEST, records / RENDER_MANIFEST)
        except FileNotFoundError:
            pass

    @staticmethod
    def drop_pending(records: Path, dests: Collection[str]) -> None:
        """Forget the pages written to these files (relative to the site) in the pending manifest: the next
        build renders them again."""
        if not dests or not (records / PENDING_MANIFEST).is_file():
            return
        pending = RenderState.load(records, PENDING_MANIFEST)
        pending.pages = {src: r for src, r in pending.pages.items() if r.dest not in dests}
        pending.save(records, PENDING_MANIFEST)

    @staticmethod
    def discard_pending(records: Path) -> None:
        """Forget what a build that published nothing rendered."""
        discard(records / PENDING_MANIFEST)

    @staticmethod
    def forget(records: Path) -> None:
        """No page is on record: the next build renders every page (after a build that recorded none)."""
        for name in (RENDER_MANIFEST, PENDING_MANIFEST):
            discard(records / name)


def hash_files(digest: Any, root: Path, folder: Path, skip: Any = None) -> None:
    """Every file's path (relative to `root`) and bytes under `folder`, in a fixed order, into `digest`."""
    for here, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            path = Path(here, name)
            relative = path.relative_to(root).as_posix()
            if skip is not None and skip(relative):
                continue
            digest.update(relative.encode() + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"unreadable")
            digest.update(b"\0")


def _a_brief(relative: str) -> bool:
    """Files of docs/ that are no page of their own or are briefs (which pages' keys cover one by one)."""
    name = relative.rsplit("/", 1)[-1]
    return relative.startswith("docs/briefs/") or name.startswith(".")


def fingerprint(root: Path, site_url: str | None, repo_url: str | None, edit_uri: str | None) -> str:
    """What every page depends on: mkdocs.yml and the addresses it resolved, the templates, the taxonomy,
    every file of docs/ but the briefs, this package's code, and the versions of what renders the pages."""
    digest = hashlib.sha256()
    digest.update(json.dumps([site_url, repo_url, edit_uri]).encode())
    try:
        digest.update((root / "mkdocs.yml").read_bytes())
    except OSError:
        digest.update(b"no mkdocs.yml")
    for name in SHARED_FOLDERS:
        hash_files(digest, root, root / name)
    hash_files(digest, root, root / "docs", skip=_a_brief)
    package = Path(__file__).resolve().parent.parent
    hash_files(digest, package.parent, package, skip=lambda relative: not relative.endswith(".py"))
    digest.update(json.dumps(package_versions(PACKAGES)).encode())
    return digest.hexdigest()


def package_versions(names: Iterable[str]) -> list[str]:
    """Each distribution's installed version ("none" when it is not installed)."""
    found = []
    for name in names:
        try:
            found.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}=none")
    return found


def _key(*parts: Any) -> str:
    text = json.dumps(parts, default=encode, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def page_keys(site: Site, shared: str) -> dict[str, str]:
    """Every generated page's and brief's key (docs-relative source -> key) under the fingerprint `shared`."""
    keys = {
        src: _key(shared, src, page.title, page.template, page.description, page.digest_of())
        for src, page in site.pages.items()
    }
    for src, entry in site.briefs.items():
        related = [(other.stem, other.stamp) for other in site.related.get(entry.stem, [])]
        facets = [actor.id in site.facet_actors for actor in entry.brief.actors]
        keys[src] = _key(shared, src, entry.stamp, related, facets)
    return keys


def to_render(keys: dict[str, str], state: RenderState, site_dir: Path, shared: str) -> set[str]:
    """The pages whose HTML must be written again: a new key, a missing file, or (for a page with links of
    its own) any page having appeared or gone since it was rendered."""
    if state.fingerprint != shared or state.site != os.path.realpath(site_dir):
        return set(keys)
    pages_changed = set(keys) != set(state.pages)
    found = set()
    folder = os.fspath(site_dir)  # (joined as strings: some 13,000 pages at 10,000 briefs)
    for src, key in keys.items():
        record = state.pages.get(src)
        if record is None or record.key != key or not os.path.isfile(os.path.join(folder, record.dest)):
            found.add(src)
        elif record.own_links and pages_changed:
            found.add(src)
    return found


def brief_pages_hash(keys: dict[str, str], briefs: Iterable[str]) -> str:
    """One hash of every brief page's key: what the search index was made from."""
    return _key(sorted((src, keys[src]) for src in briefs))


_LINK = re.compile(r"\]\s*[(\[]|^ {0,3}\[[^\]\n]+\]:", re.MULTILINE)  #: a Markdown link or link reference


def has_links(markdown: str | None) -> bool:
    """True when a page's Markdown may hold a link (MkDocs checks those while rendering the page)."""
    return bool(markdown) and _LINK.search(markdown or "") is not None


def nav_digest(nav: Navigation) -> str:
    """The nav as every page shows it: titles and addresses, in order."""
    return _key([(str(item.title), getattr(item, "url", None)) for item in nav])


class Plan:
    """Which pages a build renders again, given the site folder it publishes into and the render manifest.

    `briefing build` makes one per build; the build (build_tools/speed/parallel.py) calls `start` once the
    plugin has made the archive's pages, asks `renders` of each page and `copies` of each static file,
    takes the anchors of pages it did not render from `recorded`, and calls `finish` once it succeeded.
    """

    def __init__(self, root: Path, site: Path, records: Path, everything: bool = False) -> None:
        self.root, self.site, self.records = root, site, records
        self.state = RenderState() if everything else RenderState.load(records)
        self.keys: dict[str, str] = {}
        self.render: set[str] = set()
        self.shared = ""  #: the fingerprint, with the nav and the kind of addresses
        self.templates: dict[str, str] = {}  #: the theme's pages' keys as the last build recorded them
        self.full = True  #: every page rendered and every static file copied (nothing recorded, or it no longer holds)

    def start(self, config: MkDocsConfig, nav: Navigation, doc_files: list[File]) -> None:
        """Work out every page's key and which pages to render; the manifest then forgets those pages, so
        that a build killed half-way leaves them to be rendered again."""
        plugin = config.plugins["briefing"]
        # (the plugin has worked it out for its page memo in this build, when that is on)
        shared = getattr(plugin, "fingerprint", None) or fingerprint(
            self.root, config.site_url, config.repo_url, config.edit_uri
        )
        shared = self.shared = _key(shared, nav_digest(nav), config.use_directory_urls)
        self.keys = page_keys(plugin.site, shared)  # type: ignore[attr-defined]
        for file in doc_files:  # a hand-written page: its text is part of the fingerprint
            self.keys.setdefault(file.src_uri, _key(shared, file.src_uri))
        self.render = to_render(self.keys, self.state, self.site, shared)
        self.full = len(self.render) == len(self.keys) or self.state.fingerprint != shared
        state = self.state
        state.pages = {src: r for src, r in state.pages.items() if src in self.keys and src not in self.render}
        self.templates, state.templates = state.templates, {}
        state.fingerprint, state.site = shared, os.path.realpath(self.site)
        state.save(self.records)

    def builds_template(self, name: str, files: Files) -> bool:
        """True when the theme's page `name` (404.html, sitemap.xml) is to be rendered: in a full build, or
        when what it shows has changed (every page's address and date, for the sitemap) or its file is gone."""
        pages = []
        if name == "sitemap.xml":  # (what MkDocs' sitemap template lists)
            pages = [
                (f.page.canonical_url, f.page.abs_url, f.page.update_date)
                for f in files.documentation_pages()
                if f.page
            ]
        key = _key(self.shared, name, pages)
        self.state.templates[name] = key
        outputs = [name, f"{name}.gz"] if name == "sitemap.xml" else [name]
        unchanged = self.templates.get(name) == key and all((self.site / out).is_file() for out in outputs)
        return self.full or not unchanged

    def published_before(self) -> set[str]:
        """The files the last build published into the site (files.MANIFEST in the records)."""
        return set(published(self.site, self.records / MANIFEST))

    def renders(self, src: str) -> bool:
        """True when the page built from `src` is to be rendered in this build."""
        return self.full or src in self.render or src not in self.keys

    def copies(self, file: File) -> bool:
        """True when a static file is to be written: the site lacks it, or holds other bytes."""
        target = self.site / file.dest_uri
        try:
            there = os.stat(target)
        except OSError:
            return True
        if file.generated_by is not None or file.abs_src_path is None:
            content = file.content_bytes
            return there.st_size != len(content) or target.read_bytes() != content
        source = os.stat(file.abs_src_path)
        return source.st_size != there.st_size or source.st_mtime_ns > there.st_mtime_ns

    def recorded(self, src: str) -> Rendered | None:
        """The record of a page this build does not render again."""
        return None if self.renders(src) else self.state.pages.get(src)

    def finish(self, records: dict[str, Rendered]) -> None:
        """Record every page rendered now, and keep the records of the others, in the pending manifest (which
        `briefing build` makes the manifest once it has published the pages)."""
        for src, record in records.items():
            if src in self.keys:
                record.key = self.keys[src]
                self.state.pages[src] = record
        self.state.save(self.records, PENDING_MANIFEST)
