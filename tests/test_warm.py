"""The preview's site in memory (build_tools/speed/warm.py): an edited brief's page and the pages that list it,
rendered at once, are the pages a full build writes; what it cannot show it leaves alone; and the build
that follows, even one that began before the edit, leaves the site as a full build from scratch leaves it."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_incremental import (
    add_brief,
    briefs_of,
    delete_brief,
    different,
    edit_summary,
    edit_title,
    from_scratch,
    project,  # noqa: F401 - the fixture: a generated project, built once
    redate,
    refile,
    relabel_topic,
    rewrite,
    site_files,
)

from build_tools import build as build_module
from build_tools.speed.warm import QUICK, WarmSite

Edit = Callable[[Path, random.Random], str]


def edit_text(root: Path, rng: random.Random) -> str:
    path = rng.choice(briefs_of(root))
    rewrite(path, lambda b: dataclasses.replace(b, body=f"{b.body or ''}\n\nQuokka: a paragraph an editor added."))
    return f"text of {path.name}"


def quick_files(root: Path, shown: list[str]) -> dict[str, bytes]:
    return {name: (root / QUICK / name).read_bytes() for name in shown}


@pytest.mark.parametrize("edit", [edit_title, edit_summary, edit_text, refile, redate], ids=lambda e: e.__name__)
def test_an_edited_brief_is_shown_on_the_pages_a_full_build_writes_and_the_build_after_agrees(
    project: Path,  # noqa: F811
    tmp_path: Path,
    edit: Edit,
) -> None:
    warm = WarmSite(project, project / "site")
    rng = random.Random(edit.__name__)
    for step in range(3):
        what = edit(project, rng)
        shown = warm.refresh()
        scratch = from_scratch(project, tmp_path / "scratch")
        if shown is None:  # (the edit made a page appear or go: the build's to show)
            assert edit in (refile, redate), what
        else:
            assert shown.briefs and shown.files, what
            brief_pages = {f"briefs/{Path(b).stem}/index.html" for b in shown.briefs}
            assert brief_pages <= set(shown.files)
            assert {"index.html", "timeline/index.html"} & set(shown.files), what
            made = quick_files(project, shown.files)
            # A new title, summary or text changes no related brief: every page is the full build's, its own too.
            exact = shown.files if edit in (edit_title, edit_summary, edit_text) else set(shown.files) - brief_pages
            assert [name for name in exact if made[name] != scratch.get(name)] == [], f"step {step}: {what}"
            warm.place(shown.files)
            assert not any((project / QUICK).rglob("*.html"))
        assert build_module.build(project, project / "site") == 0
        assert different(site_files(project / "site"), scratch) == [], f"step {step}: {what}"
        if shown is None:
            warm = WarmSite(project, project / "site")  # as the preview does after such a build
        else:
            warm.relate()


def test_a_change_it_cannot_show_is_left_to_the_build_and_nothing_is_written(project: Path) -> None:  # noqa: F811
    rng = random.Random(3)
    for edit in (add_brief, delete_brief, relabel_topic):
        warm = WarmSite(project, project / "site")
        before = site_files(project / "site")
        edit(project, rng)
        assert warm.refresh() is None, edit.__name__
        assert not any((project / QUICK).rglob("*.html"))
        assert site_files(project / "site") == before
        assert build_module.build(project, project / "site") == 0


def test_a_brief_with_an_error_is_left_to_the_build(project: Path) -> None:  # noqa: F811
    warm = WarmSite(project, project / "site")
    path = briefs_of(project)[0]
    path.write_text(path.read_text(encoding="utf-8").replace("\ndate: ", "\ndate: 31 February ", 1), encoding="utf-8")
    assert warm.refresh() is None
    assert not any((project / QUICK).rglob("*.html"))


def test_nothing_changed_is_nothing_to_show(project: Path) -> None:  # noqa: F811
    warm = WarmSite(project, project / "site")
    shown = warm.refresh()
    assert shown is not None and shown.files == [] and shown.briefs == []


def test_a_page_shown_while_a_build_runs_stays_and_the_next_build_catches_up(
    project: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    warm = WarmSite(project, project / "site")
    path = briefs_of(project)[5]
    edit = lambda title: rewrite(path, lambda b: dataclasses.replace(b, title=title, title_source="editor"))  # noqa: E731
    edit("Quokka first headline")
    first = warm.refresh()
    assert first is not None
    warm.place(first.files)
    page = project / "site" / "briefs" / path.stem / "index.html"

    @contextmanager
    def publishing() -> Iterator[list[str]]:
        # The editor saves again while the build (which read the first headline) runs: shown at once.
        edit("Quokka second headline")
        second = warm.refresh()
        assert second is not None
        warm.place(second.files)
        yield second.files

    assert build_module.build(project, project / "site", publishing=publishing) == 0
    assert "Quokka second headline" in page.read_text(encoding="utf-8")  # not replaced by the build's older page
    assert build_module.build(project, project / "site") == 0
    assert different(site_files(project / "site"), from_scratch(project, tmp_path / "scratch")) == []
