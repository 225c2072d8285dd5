"""`briefing serve`: a live preview that shows an edit in seconds, at archive scale.

The preview is the site `briefing build` makes, built into build/preview/ and served at the path of
mkdocs.yml's site_url (so every link works as it will when published). After any change under docs/,
seeds/, taxonomy/ or overrides/, or to mkdocs.yml, the same incremental build runs again: only the pages
the change touches are rendered (build_tools/speed/incremental.py), the briefs and their findings come
from the build's memos, and the browser reloads. What the preview process holds in memory between
builds is the archive's memo (so a build reads only the briefs that changed). The search index is made
again in the background after briefs change; until it is done, search shows the earlier text.

Ctrl-C or SIGTERM stops the server and any build or indexing under way, and exits 0.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from pathlib import Path
from types import FrameType
from urllib.parse import urlsplit

from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer
from watchdog.observers import Observer

from . import build as building
from .files import UnsafePathError, records_for
from .speed.incremental import RenderState

PREVIEW = "build/preview"  #: where the preview's site is built
QUIET = 2.0  #: seconds without a build before the preview's search index is made again
SEARCH_STAGING = "build/preview-search"  #: where the preview's search index is made before it is published
WATCHED = ("docs", "seeds", "taxonomy", "overrides")  #: folders whose changes rebuild the preview

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
    """The preview's builds, and the search index made again behind them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.site = root / PREVIEW
        self.records = records_for(root, self.site)
        self._search: threading.Thread | None = None
        self._search_again = False
        self._guard = threading.Lock()
        self._built = time.monotonic()  #: when the last build ended (the search waits for a quiet moment)

    def rebuild(self) -> None:
        """Build the preview (only what changed); then make the search index again if briefs changed."""
        self._built = float("inf")  # building: the search waits
        try:
            code = building.build(self.root, self.site, strict=False, search_note=False)
        finally:
            self._built = time.monotonic()
        if code != 0:
            building.say("preview: the build failed (see above); the preview shows the last site that built")
        self.search_later()

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
        server.observer = Observer()  # type: ignore[assignment]
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
