"""Files, links and concurrent runs (issue 20): the build never deletes, leaks or duplicates what it shouldn't.

Every case runs the real CLI (`python -m build_tools ...`) in a throwaway copy of the project: a committed
symbolic link where the build writes, links and FIFOs among the articles, two runs at once, runs killed
with SIGKILL and run again, articles from outside the project, and broken YAML and taxonomy files.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_support import article, make_project, output, run_cli
from site_support import copy_project

from build_tools.briefs import read_brief
from build_tools.files import ProjectLock

SECRET = "SECRET-TOKEN-3141592653"


def site_project(tmp_path: Path) -> Path:
    """A copy of everything a build reads (mkdocs.yml, taxonomy, seeds, overrides, docs, the hooks)."""
    return copy_project(tmp_path / "project")


def cli(project: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    result = run_cli(project, *args, timeout=timeout)
    assert "Traceback" not in output(result), output(result)
    return result


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The lines that report an error: "error: ..." or, from the check a build runs, "path:line: error: ..."."""
    return [line for line in result.stderr.splitlines() if line.startswith("error:") or ": error: " in line]


def every_output(site: Path) -> str:
    """All text the built site publishes (pages, feeds, briefs.json), for grepping."""
    return "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in site.rglob("*")
        if p.is_file() and p.suffix in {".html", ".xml", ".json", ".txt"}
    )


# -- never write or clean through a link ------------------------------------------------------


@pytest.mark.parametrize("target", ["elsewhere", ".."], ids=["to-another-folder", "to-the-project's-parent"])
def test_a_committed_site_link_is_refused_and_nothing_is_deleted(tmp_path: Path, target: str) -> None:
    project = site_project(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("not the build's", encoding="utf-8")
    (project / ".git").mkdir()
    (project / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (project / "site").symlink_to(elsewhere if target == "elsewhere" else Path(".."))
    before = {p for p in tmp_path.rglob("*") if "site" not in p.parts or p.is_symlink()}
    result = cli(project, "build")
    assert result.returncode == 1
    [line] = error_lines(result)
    assert "site is a symbolic link" in line
    assert (elsewhere / "keep.txt").read_text(encoding="utf-8") == "not the build's"
    assert (project / ".git" / "config").exists()
    assert {p for p in before if not p.exists()} == set()


@pytest.mark.parametrize("folder", ["build", "docs/topics", "docs/briefs"])
def test_a_link_where_the_build_writes_is_refused(tmp_path: Path, folder: str) -> None:
    project = site_project(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "index.md").write_text("---\ntitle: x\ngenerated_by: briefing build\n---\n", encoding="utf-8")
    real = project / folder
    if real.exists():
        os.rename(real, tmp_path / "moved-away")
    real.symlink_to(outside)
    result = cli(project, "build")
    assert result.returncode == 1
    [line] = error_lines(result)
    assert f"{folder} is a symbolic link" in line
    assert sorted(p.name for p in outside.iterdir()) == ["index.md"]


def test_the_site_keeps_files_it_did_not_write_and_drops_pages_it_no_longer_builds(tmp_path: Path) -> None:
    project = site_project(tmp_path)
    assert cli(project, "build").returncode == 0
    (project / "site" / "notes-of-a-maintainer.txt").write_text("mine", encoding="utf-8")
    brief = next((project / "docs" / "briefs").glob("2025-*.md"))
    page = project / "site" / "briefs" / brief.stem / "index.html"
    assert page.is_file()
    source = read_brief(brief).source_file
    assert source is not None
    (project / source).unlink()
    brief.unlink()
    assert cli(project, "build").returncode == 0
    assert not page.exists() and not page.parent.exists()  # its folder went with its last file
    assert (project / "site" / "notes-of-a-maintainer.txt").read_text(encoding="utf-8") == "mine"
    assert not (project / "build" / "site-staging").exists()


# -- only regular files inside the project are read ------------------------------------------


def test_a_seed_linked_to_a_file_outside_is_refused_and_never_published(tmp_path: Path) -> None:
    project = site_project(tmp_path)
    secret = tmp_path / "credentials.txt"
    secret.write_text(f"ISLAMABAD: token {SECRET} for the talks with officials.\n", encoding="utf-8")
    (project / "seeds" / "999_leak.txt").symlink_to(secret)
    ingest = cli(project, "ingest")
    assert ingest.returncode == 1
    assert re.search(r"rejected\s+seeds/999_leak\.txt: is a symbolic link", ingest.stderr), ingest.stderr
    result = cli(project, "build")
    assert result.returncode == 1  # a check error: the build publishes nothing
    assert "seeds/999_leak.txt: error: is a symbolic link" in result.stderr
    assert not (project / "site").exists()
    assert not any(SECRET in p.read_text(encoding="utf-8") for p in (project / "docs" / "briefs").glob("*.md"))
    check = cli(project, "check")
    assert check.returncode == 1
    assert "seeds/999_leak.txt: error: is a symbolic link" in check.stdout


def test_a_linked_folder_among_the_seeds_is_reported_not_followed(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project / "seeds").mkdir()
    (project / "seeds" / "001_ok.txt").write_text(article("Envoys meet in Islamabad"), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "002_far.txt").write_text(article(f"Talks {SECRET}"), encoding="utf-8")
    (project / "seeds" / "more").symlink_to(elsewhere)
    result = cli(project, "ingest")
    assert result.returncode == 1
    assert "rejected  seeds/more: is a symbolic link" in result.stderr
    assert "1 created" in result.stdout
    assert not any(SECRET in p.read_text(encoding="utf-8") for p in (project / "docs" / "briefs").glob("*.md"))


def test_a_fifo_among_the_seeds_or_briefs_never_blocks(tmp_path: Path) -> None:
    project = site_project(tmp_path)
    os.mkfifo(project / "seeds" / "998_pipe.txt")
    os.mkfifo(project / "docs" / "briefs" / "undated-a-pipe.md")
    started = time.monotonic()
    ingest = cli(project, "ingest", timeout=60)
    assert "rejected  seeds/998_pipe.txt: is a FIFO (named pipe), not a regular file" in ingest.stderr
    check = cli(project, "check", timeout=60)
    assert "docs/briefs/undated-a-pipe.md: error: is a FIFO (named pipe), not a regular file" in check.stdout
    assert "seeds/998_pipe.txt: error: is a FIFO (named pipe), not a regular file" in check.stdout
    build = cli(project, "build", timeout=60)
    assert build.returncode == 1
    assert any("undated-a-pipe.md" in line for line in error_lines(build))
    assert time.monotonic() - started < 60


# -- one run at a time ------------------------------------------------------------------------------


def spawn(project: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "build_tools", *args],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def many_articles(folder: Path, count: int) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(count):
        text = article(f"Round {i} of the trade talks", f"Delegates met for the {i}th time to discuss tariffs.")
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")


def stderr_until(procs: list[subprocess.Popen[str]], text: str, timeout: float) -> list[str]:
    """What each process wrote to stderr, read from its pipe as it comes, until every one has written `text`."""
    fds = [p.stderr.fileno() for p in procs if p.stderr is not None]
    for fd in fds:
        os.set_blocking(fd, False)
    got = [b""] * len(fds)
    deadline = time.monotonic() + timeout
    while not all(text.encode() in g for g in got) and time.monotonic() < deadline:
        for i, fd in enumerate(fds):
            try:
                got[i] += os.read(fd, 65536)
            except BlockingIOError:
                pass
        time.sleep(0.05)
    for fd in fds:
        os.set_blocking(fd, True)
    return [g.decode("utf-8", "replace") for g in got]


def test_two_ingests_at_once_leave_each_article_one_brief(tmp_path: Path) -> None:
    """Both ingests start while the project is held (so they surely overlap): each says it waits, then they
    run one after the other and every article has one brief."""
    project = make_project(tmp_path)
    many_articles(project / "seeds", 150)
    with ProjectLock(project, "test", lambda line: None):
        first, second = spawn(project, "ingest"), spawn(project, "ingest")
        waited = stderr_until([first, second], "waiting: briefing test (process", timeout=120)
    results = [(p.wait(timeout=300), *p.communicate()) for p in (first, second)]
    assert [code for code, _, _ in results] == [0, 0], results
    assert all("waiting: briefing test (process" in text for text in waited), waited
    briefs = list((project / "docs" / "briefs").glob("*.md"))
    assert len(briefs) == 150
    assert len({read_brief(p).source_file for p in briefs}) == 150


def test_a_build_during_an_ingest_waits_and_duplicates_nothing(tmp_path: Path) -> None:
    project = site_project(tmp_path)
    many_articles(project / "seeds", 120)
    ingest, build = spawn(project, "ingest"), spawn(project, "build")
    assert ingest.wait(timeout=300) == 0
    assert build.wait(timeout=300) == 0, build.communicate()
    sources = [read_brief(p).source_file for p in (project / "docs" / "briefs").glob("*.md")]
    assert len(sources) == len(set(sources)) == 125  # 120 new articles and the five seeds
    assert cli(project, "check").returncode == 0


# -- killed runs ------------------------------------------------------------------------------------


def processes_in(folder: Path) -> list[int]:
    """Processes (other than this one) whose working folder is `folder`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if Path(os.readlink(entry / "cwd")) == folder.resolve():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def wait_for(condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PR_SET_PDEATHSIG are Linux's")
def test_an_ingest_killed_with_sigkill_leaves_no_worker_and_the_next_run_cleans_up(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    many_articles(project / "seeds", 600)
    briefs = project / "docs" / "briefs"
    runner = spawn(project, "ingest", "--jobs", "2")
    wait_for(lambda: briefs.is_dir() and len(list(briefs.glob("*.md"))) > 20)
    runner.send_signal(signal.SIGKILL)
    runner.wait(timeout=30)
    wait_for(lambda: processes_in(project) == [], seconds=0.5)  # the workers died with it, at once
    written = len(list(briefs.glob("*.md")))
    time.sleep(1)
    assert len(list(briefs.glob("*.md"))) == written  # and nothing kept writing
    leftover = briefs / ".undated-x.md.k3J9_aZ2.tmp"  # what a write killed half-way leaves
    leftover.write_text("half a brief", encoding="utf-8")
    again = cli(project, "ingest")
    assert again.returncode == 0, output(again)
    assert not leftover.exists()
    assert list(briefs.glob(".*.tmp")) == []
    assert len(list(briefs.glob("*.md"))) == 600


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PR_SET_PDEATHSIG are Linux's")
def test_a_build_killed_with_sigkill_stops_writing_and_the_next_build_recovers(tmp_path: Path) -> None:
    project = site_project(tmp_path)
    many_articles(project / "seeds", 600)
    staging = project / "build" / "site-staging"
    runner = spawn(project, "build")
    wait_for(lambda: (staging / "assets").is_dir(), seconds=240)  # MkDocs is writing the site
    runner.send_signal(signal.SIGKILL)
    runner.wait(timeout=30)
    # The kernel kills every child at once (an orphaned MkDocs went on for 2 s here, and finished the site).
    wait_for(lambda: processes_in(project) == [], seconds=0.5)
    files = sorted(p for p in staging.rglob("*"))
    time.sleep(2)
    assert sorted(p for p in staging.rglob("*")) == files  # no child of the killed build goes on
    assert not (project / "site").exists()  # nothing half-built was published
    again = cli(project, "build")
    assert again.returncode == 0, output(again)
    assert not staging.exists()
    assert len(list((project / "site" / "briefs").iterdir())) == 605


# -- source_file is always relative to the project -------------------------------------------------


def test_an_article_from_outside_is_copied_into_seeds_and_named_by_that_copy(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    downloads = tmp_path / "home" / "someone" / "Downloads"
    downloads.mkdir(parents=True)
    (downloads / "talks.txt").write_text(article("Envoys meet in Islamabad"), encoding="utf-8")
    result = cli(project, "ingest", str(downloads / "talks.txt"))
    assert result.returncode == 0, output(result)
    assert "copied into seeds/talks.txt" in result.stdout
    [brief] = (project / "docs" / "briefs").glob("*.md")
    assert read_brief(brief).source_file == "seeds/talks.txt"
    assert str(tmp_path) not in brief.read_text(encoding="utf-8")
    assert (project / "seeds" / "talks.txt").read_bytes() == (downloads / "talks.txt").read_bytes()
    (downloads / "talks.txt").write_text(article("Another story altogether"), encoding="utf-8")
    clash = cli(project, "ingest", str(downloads / "talks.txt"))
    assert clash.returncode == 1
    assert "seeds/talks.txt already holds other text; rename the file" in clash.stderr


def test_briefs_written_outside_the_project_never_record_an_absolute_path(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    articles = tmp_path / "eval" / "articles"
    articles.mkdir(parents=True)
    (articles / "a1.txt").write_text(article("Envoys meet in Islamabad"), encoding="utf-8")
    result = cli(project, "ingest", str(articles), "--out", str(tmp_path / "trial"))
    assert result.returncode == 0, output(result)
    [brief] = (tmp_path / "trial").glob("*.md")
    assert read_brief(brief).source_file == "articles/a1.txt"
    assert not (project / "seeds").exists()  # a trial run copies nothing into the project


# -- YAML, file names and the taxonomy ----------------------------------------------------------------

BOMB = "\n".join(
    ["title: bomb", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
)


def hand_written(project: Path, name: str, head: str, body: str = "## Summary\n\nText.\n") -> Path:
    path = project / "docs" / "briefs" / name
    path.write_text(f"---\n{head}\n---\n\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("undated-bomb.md", BOMB, "undated-bomb.md:3: error: front-matter: an anchor (&name) is not allowed here"),
        (
            "undated-deep.md",
            "title: deep\nkeywords: " + "[" * 10_000 + "]" * 10_000,
            "undated-deep.md:3: error: front-matter: nested more than 12 levels deep",
        ),
        (
            "undated-tagged.md",
            'title: !!python/object/apply:os.system ["touch pwned"]',
            "undated-tagged.md:2: error: front-matter: the tag",
        ),
        ("a#b.md", "title: x", "a#b.md: error: the file name is the brief's address"),
    ],
    ids=["alias-bomb", "nested-10000-deep", "python-tag", "hash-in-name"],
)
def test_hostile_yaml_and_names_are_one_line_each_in_check_and_build(
    tmp_path: Path, name: str, head: str, expected: str
) -> None:
    project = site_project(tmp_path)
    hand_written(project, name, head)
    started = time.monotonic()
    check = cli(project, "check", timeout=60)
    assert check.returncode == 1
    assert expected in check.stdout
    build = cli(project, "build", timeout=120)
    assert build.returncode == 1
    assert any(name in line for line in error_lines(build)), build.stderr
    assert time.monotonic() - started < 60
    assert not (project / "pwned").exists()


def test_every_bad_taxonomy_entry_is_one_clear_line_all_at_once(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    actors = project / "taxonomy" / "actors.yml"
    bad_actor = "- {id: x-y, name: X Y, type: person, description: [a, b]}\n"
    actors.write_text(actors.read_text(encoding="utf-8") + bad_actor)
    topics = project / "taxonomy" / "topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("min_weight: 1", 'min_weight: "heavy"', 1))
    rules = project / "taxonomy" / "rules" / "furniture.yml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("line_rules:", "line_rules:\n  - reason: no pattern", 1))
    result = cli(project, "ingest")
    assert result.returncode == 1
    lines = error_lines(result)
    assert len(lines) == 3, lines
    assert any("taxonomy/actors.yml:" in line and "(x-y), field description" in line for line in lines)
    assert any("taxonomy/topics.yml:" in line and "'heavy' is not number" in line for line in lines)
    assert any("taxonomy/rules/furniture.yml:" in line and "'pattern' is a required property" in line for line in lines)


def test_a_catastrophic_furniture_pattern_runs_in_linear_time(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    rules = project / "taxonomy" / "rules" / "furniture.yml"
    evil = "  - reason: evil\n    pattern: '(a+)+$'\n    max_words: 100000\n"
    rules.write_text(rules.read_text(encoding="utf-8").replace("line_rules:\n", "line_rules:\n" + evil, 1))
    (project / "seeds").mkdir()
    (project / "seeds" / "a.txt").write_text(article("Talks", "a" * 50_000 + "!"), encoding="utf-8")
    started = time.monotonic()
    result = cli(project, "ingest", timeout=60)
    assert result.returncode == 0, output(result)
    assert time.monotonic() - started < 30


def test_a_look_behind_pattern_is_refused_with_what_to_do(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    rules = project / "taxonomy" / "rules" / "furniture.yml"
    bad = "  - reason: look-behind\n    pattern: '(?<!x)ad'\n"
    rules.write_text(rules.read_text(encoding="utf-8").replace("line_rules:\n", "line_rules:\n" + bad, 1))
    result = cli(project, "check")
    assert result.returncode == 1
    assert "no look-around or back-references: rewrite it" in result.stdout
    assert "re2.cc" not in output(result)  # RE2's own log stays quiet
