"""What the browser tests share: the built site served under a sub-path as GitHub Pages serves it, Debian's
Chromium through Playwright, and a page whose script errors, dialogs and outside requests are recorded."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from site_support import CHROMIUM, CHROMIUM_ARGS, ROOT, SUB_PATH

SHOTS = ROOT / "test-artifacts" / "screenshots"
#: the issue's two widths: a laptop, and a phone held upright
VIEWPORTS = {"desktop": (1366, 900), "phone": (390, 844)}


class SubPathHandler(SimpleHTTPRequestHandler):
    """Serves the site under SUB_PATH only, and 404.html for anything missing, as GitHub Pages does."""

    def translate_path(self, path: str) -> str:
        inner = path.split("?", 1)[0].split("#", 1)[0]
        if not inner.startswith(SUB_PATH):
            return str(Path(self.directory) / "__outside_the_sub_path__")
        return super().translate_path("/" + inner[len(SUB_PATH) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


class Server(ThreadingHTTPServer):
    # Chromium opens several connections at once for Pagefind's chunks; the default backlog (5) drops
    # connections on a busy machine, and a dropped chunk request leaves the filter panel empty.
    request_queue_size = 64


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """Serve `site` on a free local port; yields the site's address (ending in SUB_PATH)."""
    handler = functools.partial(SubPathHandler, directory=str(site))
    server = Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()
        thread.join()


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium, headless; the test is skipped where it is not installed."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


class Watched:
    """A page whose console errors, uncaught exceptions and dialogs are recorded."""

    def __init__(self, browser: Any, width: str | int = "desktop", scheme: str = "light") -> None:
        size = VIEWPORTS[width] if isinstance(width, str) else (width, 900)
        self.context = browser.new_context(viewport={"width": size[0], "height": size[1]}, color_scheme=scheme)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.external: list[str] = []
        # Nothing leaves the machine. Material asks GitHub's API for the repository's facts (stars,
        # latest release) because repo_url is set; that one is answered here, anything else is refused.
        self.context.route(lambda url: not url.startswith("http://127.0.0.1:"), self._external)

    def _external(self, route: Any) -> None:
        url = route.request.url
        if url.startswith("https://api.github.com/repos/"):
            route.fulfill(status=200, content_type="application/json", body="{}")
        else:
            self.external.append(url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str) -> None:
        self.page.goto(url, wait_until="networkidle")

    def shot(self, name: str) -> Path:
        """The whole page, as test-artifacts/screenshots/<name>.png, for a person to look at."""
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    @property
    def clean(self) -> bool:
        """No script error, no dialog, and no request that would have left the machine."""
        return self.errors == [] and self.dialogs == [] and self.external == []

    def close(self) -> None:
        self.context.close()
