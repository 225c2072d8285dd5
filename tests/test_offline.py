"""`briefing build --offline`: the copy a pull request's reviewer downloads opens from the file system.

Every link of every page names a file that is there (a directory address would show the browser's folder
listing from file://), and a reader can walk from the home page to a topic and on to a brief in Chromium
opened on file://.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browser_support import chromium
from site_support import copy_project, parse_page

from build_tools.build import build


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("offline") / "project")
    assert build(project, project / "review", offline=True) == 0
    return project / "review"


def local_targets(page: Path, site: Path) -> list[tuple[str, Path]]:
    """Each link of the page that stays in the site, with the path it names."""
    found = []
    for link in parse_page(page).links:
        parts = urlsplit(link)
        if parts.scheme or parts.netloc or not parts.path:  # another site, or an anchor in this page
            continue
        target = (page.parent / unquote(parts.path)).resolve()
        if site.resolve() in target.parents:
            found.append((link, target))
    return found


def test_every_link_names_a_file_that_is_there(offline_site: Path) -> None:
    pages = sorted(offline_site.rglob("*.html"))
    assert len(pages) > 50
    broken = []
    checked = 0
    for page in pages:
        for link, target in local_targets(page, offline_site):
            checked += 1
            if not target.is_file():
                broken.append(f"{page.relative_to(offline_site)}: {link}")
    assert checked > 500
    assert broken == []


def test_pages_are_files_not_folders(offline_site: Path) -> None:
    briefs = sorted((offline_site / "briefs").glob("*.html"))
    assert briefs and not any((offline_site / "briefs").glob("*/index.html"))


@pytest.mark.browser
def test_a_reader_walks_from_home_to_a_brief_on_file_urls(offline_site: Path) -> None:
    with chromium() as browser:
        page = browser.new_page()
        page.goto((offline_site / "index.html").as_uri())
        page.locator(".md-tabs a", has_text="Topics").first.click()
        assert page.url.endswith("/topics/index.html")
        page.locator("article a[href*='index.html']").first.click()
        assert "/topics/" in page.url and page.url.endswith("/index.html")
        link = page.locator("article a[href*='briefs/']").first
        title = link.inner_text().strip()
        link.click()
        assert "/briefs/" in page.url and page.url.endswith(".html")
        assert page.locator("h1").first.inner_text().strip() == title
