"""`briefing serve`: the preview shows an edit on the brief's page, its topic page and the home page, and
stops cleanly (exit 0, nothing left running) on SIGTERM."""

from __future__ import annotations

import dataclasses
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from site_support import copy_project, pagefind_records
from test_incremental import different, from_scratch, site_files

from build_tools.briefs import read_brief, render
from build_tools.serve import PREVIEW, AddressError, parse_address

ROOT = Path(__file__).resolve().parent.parent
WAIT = 120.0  #: seconds a page may take to show an edit on a loaded machine (timings live in benchmarks/)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError):
        return ""


def wait_for(url: str, text: str, started: float) -> float:
    """Seconds from `started` until the page at `url` holds `text`."""
    while time.monotonic() - started < WAIT:
        if text in fetch(url):
            return time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError(f"{url} never showed {text!r}")


def searchable(site: Path) -> list[dict[str, object]]:
    """The preview's search records (none while Pagefind is publishing a new index)."""
    try:
        return pagefind_records(site)
    except (OSError, ValueError):
        return []


def running_in(project: Path) -> list[str]:
    """Command lines of processes still working on the project (a build's child, Pagefind)."""
    found = []
    for pid in os.listdir("/proc"):
        try:
            line = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if str(project) in line:
            found.append(line)
    return found


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen[str]]]:
    project = copy_project(tmp_path / "project")
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    argv = [sys.executable, "-m", "build_tools", "serve", "--address", f"127.0.0.1:{port}"]
    process = subprocess.Popen(argv, cwd=project, env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}/briefing-archive/"
    started = time.monotonic()
    wait_for(base, "</html>", started)
    yield project, base, process
    if process.poll() is None:
        process.kill()
        process.wait()


def test_an_edit_shows_on_the_brief_its_topic_and_the_home_page_then_sigterm_stops_it(
    preview: tuple[Path, str, subprocess.Popen[str]],
) -> None:
    project, base, process = preview
    newest = max((project / "docs" / "briefs").glob("2*.md"))
    brief = read_brief(newest)
    text = newest.read_text(encoding="utf-8")
    newest.write_text(text.replace(f"title: {brief.title}", "title: Quokka talks resume in Islamabad", 1))
    started = time.monotonic()
    for page in (f"briefs/{newest.stem}/", f"topics/{brief.topics[0]}/", ""):
        wait_for(base + page, "Quokka talks resume in Islamabad", started)
    # Search catches up in the background: the preview's index comes to hold the new title.
    while not any("Quokka talks resume" in str(r.get("meta")) for r in searchable(project / PREVIEW)):
        assert time.monotonic() - started < WAIT, "the preview's search index never caught up"
        time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
    assert "Traceback" not in (process.stderr.read() if process.stderr else "")
    time.sleep(0.5)
    assert running_in(project) == []


def test_once_the_build_behind_an_edit_is_done_the_preview_is_what_a_full_build_writes(
    preview: tuple[Path, str, subprocess.Popen[str]], tmp_path: Path
) -> None:
    project, base, _ = preview
    newest = max((project / "docs" / "briefs").glob("2*.md"))
    brief = read_brief(newest)
    topics = ["narcotics"] if "narcotics" not in brief.topics else ["energy"]
    refiled = dataclasses.replace(brief, title="Quokka refiled", title_source="editor", topics=[*brief.topics, *topics])
    newest.write_text(render(refiled), encoding="utf-8")
    started = time.monotonic()
    wait_for(base + f"briefs/{newest.stem}/", "Quokka refiled", started)
    scratch = from_scratch(project, tmp_path / "scratch")
    while (left := different(site_files(project / PREVIEW), scratch)) != []:
        assert time.monotonic() - started < WAIT, f"the preview never caught up: {left[:5]}"
        time.sleep(0.5)


def test_a_bad_address_is_one_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    done = subprocess.run(
        [sys.executable, "-m", "build_tools", "serve", "--address", "localhost"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "error: address 'localhost' is not HOST:PORT (like 127.0.0.1:8000); correct --address"
    ]


@pytest.mark.parametrize("address", ["127.0.0.1", ":80", "host:0", "host:65536", "host:x"])
def test_addresses_that_are_not_host_and_port_are_refused(address: str) -> None:
    with pytest.raises(AddressError):
        parse_address(address)


def test_an_address_is_host_and_port() -> None:
    assert parse_address("127.0.0.1:8000") == ("127.0.0.1", 8000)
    assert parse_address("[::1]:8080") == ("::1", 8080)
