"""`briefing serve`: a live preview that shows an edit in well under a second, at archive scale.

The preview is the site `briefing build` makes, built into build/preview/ and served at the path of
mkdocs.yml's site_url (so every link works as it will when published). The preview keeps the site in
memory (build_tools/speed/warm.py): after a brief is saved, its page, the listings that show it and the
home page are rendered from there and replace the preview's at once, and the browser reloads; the same
incremental build as `briefing build` then runs in the background and brings every other page (related
briefs, feeds, search filters) up to date. Any other change under docs/, seeds/, taxonomy/ or overrides/,
or to mkdocs.yml, is shown by that build, waited for. The search index is made again in the background
after briefs change; until it is done, search shows the earlier text.

Ctrl-C or SIGTERM stops the server and any build or indexing under way, and exits 0.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer
from watchdog import events
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch

from . import build as building
from . import speed
from .files import UnsafePathError, records_for
from .speed.incremental import RenderState
from .speed.warm import WarmSite

PREVIEW = "build/preview"  #: where the preview's site is built
QUIET = 2.0  #: seconds without a build before the preview's search index is made again
SEARCH_STAGING = "build/preview-search"  #: where the preview's search index is made before it is published
WATCHED = ("docs", "seeds", "taxonomy", "overrides")  #: folders whose changes rebuild the preview
#: the file-system events that are changes (not a file opened, or closed without a write)
CHANGES = [
    events.FileCreatedEvent,
    events.FileModifiedEvent,
    events.FileAttribEvent,
    events.FileDeletedEvent,
    events.FileMovedEvent,
    events.FileClosedEvent,
    events.DirCreatedEvent,
    events.DirDeletedEvent,
    events.DirMovedEvent,
]

log = logging.getLogger("mkdocs.archive.serve")


class AddressError(ValueError):
    """An address that is not HOST:PORT."""


def parse_address(address: str) -> tuple[str, int]:
    """HOST:PORT (the port 1-65535) as a pair; AddressError saying what is wrong otherwise."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise AddressError(f"address {address!r} is not HOST:PORT (like 127.0.0.1:8000); correct --address")
    return host.strip("[]"), int(port)


class Preview:
    """The preview's builds: an edited brief shown at once from the site in memory, the build behind it,
    and the search index made again behind that."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.site = root / PREVIEW
        self.records = records_for(root, self.site)
        self.warm: WarmSite | None = None
        self._search: threading.Thread | None = None
        self._search_again = False
        self._guard = threading.Lock()
        self._built = time.monotonic()  #: when the last build ended (the search waits for a quiet moment)
        self._shown = threading.Lock()  #: held while pages are written into the preview, by either way
        self._generation = 0  #: how many times pages were shown at once
        self._newer: dict[str, int] = {}  #: page file (under the preview) -> the generation that wrote it
        self._building = threading.Lock()  #: one build at a time
        self._behind: threading.Thread | None = None
        self._behind_again = False

    def rebuild(self) -> None:
        """Show a change: an edited brief at once, the build following in the background; anything else by
        the build, waited for (the browser reloads when this returns)."""
        if self._show_at_once():
            self._build_behind()
            return
        code = self._build()
        if code == 0:
            self._warm_up()

    def _show_at_once(self) -> bool:
        """Render what an edit to briefs changed from the site in memory into the preview; False when the
        change is the build's to show."""
        with self._shown:
            warm = self.warm
            if warm is None:
                return False
            try:
                shown = warm.refresh()
            except Exception as err:  # noqa: BLE001 - the build that follows shows and reports the change
                log.debug(f"preview: the page could not be shown at once ({err!r}); building")
                shown = None
            if shown is None:
                self.warm = None  # behind the files now: made again after the build
                return False
            if shown.files:
                self._generation += 1
                try:
                    self._place(warm, shown.files)
                except (OSError, UnsafePathError) as err:
                    building.say(f"error: {err}")
                    self.warm = None
                    return False
                building.say(f"preview: {len(shown.briefs)} brief(s) shown on {len(shown.files)} page(s)")
            return True

    def _place(self, warm: WarmSite, names: list[str]) -> None:
        """Pages just rendered replace the preview's; each is newer than any build under way."""
        warm.place(names)
        for name in names:
            self._newer[name] = self._generation

    @contextmanager
    def _publishing(self, since: int) -> Iterator[list[str]]:
        """Held while a build publishes: the pages shown at once since it started are newer than its own."""
        with self._shown:
            yield [name for name, generation in self._newer.items() if generation > since]

    def _build(self) -> int:
        """The incremental build of the preview (waiting for one under way); then the search index behind it."""
        with self._building:
            since = self._generation
            self._built = float("inf")  # building: the search waits
            try:
                code = building.build(
                    self.root,
                    self.site,
                    strict=False,
                    search_note=False,
                    publishing=lambda: self._publishing(since),
                )
            finally:
                self._built = time.monotonic()
            with self._shown:
                self._newer = {name: gen for name, gen in self._newer.items() if gen > since}
        if code != 0:
            building.say("preview: the build failed (see above); the preview shows the last site that built")
        self.search_later()
        return code

    def _build_behind(self) -> None:
        """Run the build in the background (once at a time; again if an edit came while it ran)."""
        with self._guard:
            if self._behind is not None and self._behind.is_alive():
                self._behind_again = True
                return
            self._behind = threading.Thread(target=self._builds_behind, name="preview-build", daemon=True)
            self._behind.start()

    def _builds_behind(self) -> None:
        while True:
            code = self._build()
            warm = self.warm
            if code == 0 and warm is not None:
                warm.relate()  # the build has worked out related briefs again: the site in memory takes them
            with self._guard:
                if not self._behind_again:
                    self._behind = None
                    return
                self._behind_again = False

    def _warm_up(self) -> None:
        """Keep the site just built in memory (reading the build's memos, under the project lock); not in the
        plain build (BRIEFING_PLAIN=1), where every change is shown by the build."""
        if not speed.enabled():
            return
        try:
            with building.ProjectLock(self.root, "serve", say=building.say):
                warm = WarmSite(self.root, self.site)
        except Exception as err:  # noqa: BLE001 - without it, every change is shown by the build
            building.say(f"preview: edits will show once the build is done ({err})")
            warm = None
        with self._shown:
            self.warm = warm

    def search_later(self) -> None:
        """Start the search index in the background when it lags the brief pages (once at a time)."""
        with self._guard:
            if self._search is not None and self._search.is_alive():
                self._search_again = True  # the running one may have read pages since changed
                return
            if not self._search_lags():
                return
            self._search = threading.Thread(target=self._index, name="preview-search", daemon=True)
            self._search.start()

    def _search_lags(self) -> bool:
        state = RenderState.load(self.records)
        return bool(state.pages_hash) and state.search != state.pages_hash

    def _index(self) -> None:
        # Pagefind reads every brief page: it waits until edits pause, and runs at the lowest priority, so
        # that the next edit's build (what the editor is waiting for) is not slowed by it.
        while time.monotonic() - self._built < QUIET:
            time.sleep(0.2)
        wanted = RenderState.load(self.records).pages_hash
        staging = self.root / SEARCH_STAGING
        code = building.index_search(self.root, self.site, self.records, wanted, staging, gentle=True)
        if code == 0:
            building.say("preview: search index up to date")
        with self._guard:
            again, self._search_again = self._search_again, False
        if again:
            self._search = None
            self.search_later()


class ChangesOnly(Observer):  # type: ignore[misc,valid-type]
    """inotify's observer, reporting only changes to files that are not hidden: a file opened, or closed
    unwritten, is no edit (every build reads the briefs, and each read would otherwise ask for another
    build), and hidden files (an editor's swap file, ingest's caches beside the briefs) are no input."""

    def schedule(self, handler: FileSystemEventHandler, path: str | Path, **options: Any) -> ObservedWatch:
        options["event_filter"] = CHANGES
        return super().schedule(_Visible(handler, Path(path)), path, **options)


class _Visible(FileSystemEventHandler):
    """Passes on the events of files none of whose folders (below the one watched) or name is hidden."""

    def __init__(self, inner: FileSystemEventHandler, top: Path) -> None:
        self.inner, self.top = inner, top

    def dispatch(self, event: events.FileSystemEvent) -> None:
        if not all(self._hidden(path) for path in (event.src_path, event.dest_path) if path):
            self.inner.dispatch(event)

    def _hidden(self, path: str | bytes) -> bool:
        text = os.fsdecode(path)
        try:
            parts = Path(text).relative_to(self.top).parts
        except ValueError:
            parts = (Path(text).name,)
        return any(part.startswith(".") for part in parts)


def serve(root: Path, address: str = "127.0.0.1:8000") -> int:
    """Build the preview, serve it at `address`, rebuild on every change; 0 when stopped, 1 when it cannot start."""
    if not (root / "mkdocs.yml").is_file():
        building.say(f"error: {root / 'mkdocs.yml'}: not found; run briefing in the project folder")
        return 1
    try:
        host, port = parse_address(address)
        config = load_config(config_file=str(root / "mkdocs.yml"))
    except (AddressError, Exception) as err:  # noqa: BLE001 - a bad mkdocs.yml or address: one line, no traceback
        building.say(f"error: {err}")
        return 1
    preview = Preview(root)
    mount = urlsplit(config.site_url or "/").path or "/"
    previous = signal.signal(signal.SIGTERM, _interrupt)
    server: LiveReloadServer | None = None
    try:
        preview.rebuild()
        server = LiveReloadServer(preview.rebuild, host, port, str(preview.site), mount_path=mount)
        # inotify, not MkDocs' polling: polling 20,000 files every half second costs a core and adds latency.
        server.observer = ChangesOnly()  # type: ignore[assignment]
        for name in WATCHED:
            if (root / name).is_dir():
                server.watch(str(root / name))
        server.watch(str(root / "mkdocs.yml"), recursive=False)
        building.say(f"preview: serving on {server.url} (Ctrl-C stops)")
        server.serve()
    except KeyboardInterrupt:
        building.say("preview: stopped")
    except (OSError, UnsafePathError) as err:
        building.say(f"error: {err}")
        return 1
    finally:
        if server is not None:
            server.shutdown()
        signal.signal(signal.SIGTERM, previous)
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
