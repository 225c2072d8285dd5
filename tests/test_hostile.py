"""Hostile and broken input (issue 5): nothing injected, nothing escapes, bad input reported without a traceback.

Everything goes through the real CLI (`python -m build_tools ...`) in a throwaway
project, and through the library functions it calls.
"""

from __future__ import annotations

import json
import random
import re
import resource
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hostile_support import (
    ROOT,
    article,
    audit,
    live_code,
    make_project,
    output,
    render_markdown,
    run_cli,
    squash,
)
from site_support import CHROMIUM, CHROMIUM_ARGS

from build_tools.briefs import KEYS, read_brief, split
from build_tools.files import UnsafePathError, Writer
from build_tools.slugs import slugify

HEADLINES = [
    'Deal: "Pakistan" & U.S. sign #1 [draft] {accord}: <b>terms</b> & more',
    "Title: pwned: yes: no",
    "Envoy's 'frank' talk: “no deal” on #trade [sic] & {{ config.site_name }} <i>now</i>",
    "Talks {% if true %}resume{% endif %}: Dar & Blinken meet & agree: <script>alert(1)</script>",
]
PAYLOADS = [
    "Officials said <script>alert('x')</script> was found in the draft, and one aide wrote "
    "<img src=x onerror=alert(1)> in a memo.",
    "Readers were told to [click here](javascript:alert(1)) or view ![a chart](http://evil.example/p.png) "
    'and <a href="javascript:alert(2)">this</a> and <javascript:alert(3)>.',
    "The template read {{ config.site_name }} and {% include 'secret' %} and {# note #} in places.",
    "---\ntitle: pwned\nevil: true\n---",
    "# Not a heading\n> not a quote\n1. not a list\n* not a bullet\n    not code\n```\nnot fenced\n```",
    'A trailing attribute list would add an attribute {: onclick="alert(4)" }',
    "Entities &lt;b&gt; and &#60;i&#62; stay as written, as do ~~strike~~, ==mark==, ^^ins^^ and a | pipe.",
    'Security Talks Resume {: onclick="alert(5)" }',  # shaped like a section heading: becomes "### ..."
]
# What the renderer itself puts in a brief body; anything else came from article text.
RENDERER_TAGS = {"h2", "h3", "p", "ul", "li", "blockquote", "a", "em"}
ACTOR_HREF = re.compile(r"\.\./actors/[a-z0-9-]+/index\.md")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """One project with an article per hostile headline (each carrying every payload), ingested once."""
    project = make_project(tmp_path_factory.mktemp("hostile"))
    (project / "raw").mkdir()
    for i, headline in enumerate(HEADLINES):
        (project / "raw" / f"h{i}.txt").write_text(article(headline, *PAYLOADS), encoding="utf-8")
    return project, run_cli(project, "ingest", "raw", "--out", "out")


def brief_for(project: Path, source: str) -> Path:
    for path in (project / "out").glob("*.md"):
        if read_brief(path).source_file == source:
            return path
    raise AssertionError(f"no brief for {source}")


# -- nothing injected -------------------------------------------------------------


def test_hostile_articles_are_ingested(hostile: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    project, result = hostile
    assert result.returncode == 0, output(result)
    assert f"{len(HEADLINES)} created" in result.stdout


@pytest.mark.parametrize("index", range(len(HEADLINES)))
def test_headline_round_trips_and_creates_no_key(
    hostile: tuple[Path, subprocess.CompletedProcess[str]], index: int
) -> None:
    project, _ = hostile
    path = brief_for(project, f"raw/h{index}.txt")
    brief = read_brief(path)
    assert (brief.title, brief.title_source) == (HEADLINES[index], "headline")
    meta, _, _ = split(path.read_text(encoding="utf-8"), path)
    assert set(meta) <= set(KEYS)
    assert "evil" not in meta and meta["title"] == HEADLINES[index]
    # The file has exactly one front-matter block: the payload's '---' lines stay in the body.
    assert path.read_text(encoding="utf-8").count("\n---\n") == 1


@pytest.mark.parametrize("risky", [False, True], ids=["mkdocs-extensions", "plus-attr_list-md_in_html"])
@pytest.mark.parametrize("index", range(len(HEADLINES)))
def test_body_renders_as_the_same_visible_text(
    hostile: tuple[Path, subprocess.CompletedProcess[str]], index: int, risky: bool
) -> None:
    project, _ = hostile
    brief = read_brief(brief_for(project, f"raw/h{index}.txt"))
    assert brief.body is not None
    found = audit(render_markdown(brief.body, risky=risky))
    assert live_code(found) == []
    assert {tag for tag, _ in found.tags} <= RENDERER_TAGS
    for tag, attrs in found.tags:
        if tag == "a":  # only the renderer's own links: heading permalinks and speakers' actor pages
            href = attrs.get("href") or ""
            assert href.startswith("#") or ACTOR_HREF.fullmatch(href), href
        assert set(attrs) <= {"id", "href", "class", "title"}, (tag, attrs)
    for payload in PAYLOADS:
        assert squash(payload) in found.text
    assert "h3" in {tag for tag, _ in found.tags}  # the heading-shaped payload took the heading path


def test_escaped_title_renders_as_text_in_generated_markdown() -> None:
    """Titles reach index pages through `escape`; rendered, they are the same text and no markup."""
    from build_tools.briefs import escape

    for headline in HEADLINES:
        found = audit(render_markdown(f"- [{escape(headline)}](../briefs/x.md)", risky=True))
        assert live_code(found) == []
        assert [tag for tag, _ in found.tags] == ["ul", "li", "a"]
        assert found.text == squash(headline)


# -- nothing escapes -----------------------------------------------------------------

NASTY_TITLES = [
    "../../../etc/passwd",
    "/etc/passwd",
    "..\\..\\windows\\system32",
    "C:\\Windows\\win.ini",
    "a\x00b",
    "..",
    "~/.ssh/id_rsa",
    "ｃｏｎ",  # full-width letters fold to "con"
    "CON",
    "nul",
    "Com1",
    "LPT9",
    "аdmin",  # Cyrillic "а"
    "İstanbul ǅ ﬁle",  # dotted capital I, a title-case digraph, a ligature
    "\u202eevil\u202d.md",  # right-to-left override
    "%2e%2e%2fetc",
    "x" * 500,
]


@pytest.mark.parametrize("title", NASTY_TITLES)
def test_slugify_never_makes_a_path(title: str) -> None:
    slug = slugify(title)
    assert re.fullmatch(r"[a-z0-9-]*", slug)
    assert slug not in {"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(10)}
    assert len(slug) <= 80


@pytest.mark.parametrize("relative", ["../x.md", "/etc/x.md", "a/../../x.md", "a\x00b.md", ""])
def test_writer_refuses_to_leave_its_folder(tmp_path: Path, relative: str) -> None:
    writer = Writer(tmp_path / "out")
    with pytest.raises(UnsafePathError):
        writer.write(relative, "x")
    assert not (tmp_path / "x.md").exists()


def test_writer_refuses_a_symlink_out(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "out" / "link").symlink_to(tmp_path / "outside")
    with pytest.raises(UnsafePathError):
        Writer(tmp_path / "out").write("link/x.md", "x")
    assert list((tmp_path / "outside").iterdir()) == []


def _tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def test_titles_that_look_like_paths_stay_inside_the_output_folder(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    raw = project / "raw"
    raw.mkdir()
    printable = [t for t in NASTY_TITLES if "\x00" not in t]
    for i, title in enumerate(printable):
        (raw / f"t{i:02d}.txt").write_text(article(title, "The minister spoke."), encoding="utf-8")
    before = _tree(tmp_path)
    result = run_cli(project, "ingest", "raw", "--out", "out")
    assert result.returncode == 0, output(result)
    created = _tree(tmp_path) - before - {"project/build", "project/build/.briefing.lock"}  # the project lock
    assert all(name == "project/out" or name.startswith("project/out/") for name in created), created
    stems = [p.stem for p in (project / "out").glob("*.md")]
    assert len(stems) == len(printable)
    assert all(re.fullmatch(r"[a-z0-9-]+", stem) for stem in stems), stems
    assert len({s.casefold() for s in stems}) == len(stems)


def _ingest_fresh(tmp: Path, files: dict[str, str]) -> dict[str, str]:
    """Ingest `files` (name -> text) into a new project; return source_file -> brief stem."""
    project = make_project(tmp)
    (project / "raw").mkdir()
    for name, text in files.items():
        (project / "raw" / name).write_text(text, encoding="utf-8")
    result = run_cli(project, "ingest", "raw", "--out", "out")
    assert result.returncode == 0, output(result)
    return {read_brief(p).source_file or "": p.stem for p in (project / "out").glob("*.md")}


def test_same_headline_two_articles_two_stable_addresses(tmp_path: Path) -> None:
    headline = "Pakistan and US hold talks"
    files = {
        "one.txt": article(headline, "The first delegation discussed energy and gas pipelines at length."),
        "two.txt": article(headline, "A second meeting covered visas, students and cultural exchanges."),
        "three.txt": article(headline.upper(), "A third, unrelated meeting dealt with wheat and cotton prices."),
    }
    first = _ingest_fresh(tmp_path / "a", files)
    second = _ingest_fresh(tmp_path / "b", files)
    assert len(first) == 3
    assert len({stem.casefold() for stem in first.values()}) == 3  # distinct even on a case-blind disk
    assert first == second  # same input, same addresses


def test_file_names_differing_only_in_case_are_two_articles(tmp_path: Path) -> None:
    files = {
        "Story.txt": article("Trade talks open", "Delegates discussed textiles, cotton and market access."),
        "story.txt": article("Trade talks open", "Delegates discussed visas, students and exchanges instead."),
    }
    stems = _ingest_fresh(tmp_path, files)
    assert set(stems) == {"raw/Story.txt", "raw/story.txt"}
    assert len({s.casefold() for s in stems.values()}) == 2


# -- sizes ---------------------------------------------------------------------------

FIVE_MB = 5 * 1024 * 1024


def _bad_files(raw: Path) -> dict[str, bytes]:
    rng = random.Random(11)
    words = " ".join(rng.choice(["talks", "minister", "Pakistan", "said", "the", "trade"]) for _ in range(900_000))
    bad = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\r\n  \n",
        "binary.txt": bytes(rng.randrange(256) for _ in range(4096)),
        "nul.txt": b"Headline\n\nText with a NUL \x00 byte in it.\n",
        "oneline.txt": words.encode()[: FIVE_MB - 16],  # just under 5 MB, one line
        "huge.txt": (b"A paragraph of text about talks.\n" * (FIVE_MB // 33 + 10)),
    }
    for name, data in bad.items():
        (raw / name).write_bytes(data)
    return bad


def test_bad_files_one_line_each_and_the_rest_ingested(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    raw = project / "raw"
    raw.mkdir()
    bad = _bad_files(raw)
    (raw / "good.txt").write_text(article("Talks resume in Islamabad"), encoding="utf-8")
    result = run_cli(project, "ingest", "raw", "--out", "out")
    assert result.returncode != 0
    assert "Traceback" not in output(result)
    lines = output(result).splitlines()
    for name in bad:
        naming = [line for line in lines if f"raw/{name}" in line]
        assert len(naming) == 1, (name, naming)
        assert "rejected" in naming[0]
    assert "1 created" in result.stdout
    assert [read_brief(p).source_file for p in (project / "out").glob("*.md")] == ["raw/good.txt"]


def _lower_file_limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))


def test_ten_thousand_tiny_files_with_few_file_handles(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    raw = project / "raw"
    raw.mkdir()
    rng = random.Random(2)
    vocabulary = [f"{a}{b}" for a in ("ka", "ri", "mo", "te", "lu", "sa") for b in ("ban", "dor", "fel", "gim", "hox")]
    for i in range(10_000):
        sentence = " ".join(rng.choice(vocabulary) for _ in range(8)).capitalize()
        (raw / f"a{i:05d}.txt").write_text(f"Note {i} on talks\n\n{sentence} said the minister {i}.\n")
    result = run_cli(project, "ingest", "raw", "--out", "out", timeout=900, preexec_fn=_lower_file_limit)
    assert "Traceback" not in output(result), output(result)[-2000:]
    assert result.returncode == 0, output(result)[-2000:]
    assert "10000 created" in result.stdout
    assert len(list((project / "out").glob("*.md"))) == 10_000


# -- duplicates ----------------------------------------------------------------------


def test_same_article_twice_gives_one_brief_and_says_so(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    raw = project / "raw"
    raw.mkdir()
    text = article("Talks resume in Islamabad", "The delegations discussed trade.")
    (raw / "a.txt").write_text(text, encoding="utf-8")
    (raw / "b.txt").write_text(text, encoding="utf-8")
    result = run_cli(project, "ingest", "raw", "--out", "out")
    assert result.returncode == 0, output(result)
    assert len(list((project / "out").glob("*.md"))) == 1
    said = [line for line in result.stdout.splitlines() if "duplicate" in line and "raw/b.txt" in line]
    assert len(said) == 1


def test_same_story_from_two_outlets_is_reported_and_linked(tmp_path: Path) -> None:
    from test_near_duplicates import OTHER_STORY, OUTLET_A, OUTLET_B

    project = make_project(tmp_path)
    raw = project / "raw"
    raw.mkdir()
    for name, text in (("a.txt", OUTLET_A), ("b.txt", OUTLET_B), ("c.txt", OTHER_STORY)):
        (raw / name).write_text(text, encoding="utf-8")
    result = run_cli(project, "ingest", "raw", "--out", "out")
    assert result.returncode == 0, output(result)
    briefs = {read_brief(p).source_file: p for p in (project / "out").glob("*.md")}
    a, b, c = (read_brief(briefs[f"raw/{n}.txt"]) for n in "abc")
    assert a.duplicates == [briefs["raw/b.txt"].name] and b.duplicates == [briefs["raw/a.txt"].name]
    assert c.duplicates == []
    assert "raw/a.txt" in result.stdout and "raw/b.txt" in result.stdout
    assert any("near-duplicate" in line or "same story" in line for line in output(result).splitlines())


# -- broken hand-edited briefs ---------------------------------------------------------

HAS_CHECK = (ROOT / "build_tools" / "check.py").exists()
BROKEN = {
    # name: (replace this line of a good brief, with this, the problem's line number is that line's)
    "malformed-yaml": ("title_source:", "title_source: Pakistan: the way forward"),  # an unquoted colon
    "wrong-type": ("topics:", "topics: 5"),
    "unknown-key": ("title_source:", "colour: red\ntitle_source: headline"),
}


@pytest.fixture
def broken_project(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A project with one good brief and one copy per kind of breakage; name -> expected line."""
    project = make_project(tmp_path)
    (project / "seeds").mkdir()
    (project / "seeds" / "good.txt").write_text(article("Talks resume in Islamabad"), encoding="utf-8")
    result = run_cli(project, "ingest", "seeds", "--out", "docs/briefs")
    assert result.returncode == 0, output(result)
    good = next((project / "docs" / "briefs").glob("*.md"))
    lines = good.read_text(encoding="utf-8").split("\n")
    expected = {}
    for name, (start, replacement) in BROKEN.items():
        number = next(i for i, line in enumerate(lines, 1) if line.startswith(start))
        end = number  # the replaced key's value may go on in list items ("topics:\n- x")
        while end < len(lines) and lines[end].startswith("- ") and lines[number - 1].endswith(":"):
            end += 1
        edited = lines[: number - 1] + [replacement] + lines[end:]
        (good.parent / f"{name}.md").write_text("\n".join(edited), encoding="utf-8")
        expected[name] = number
    return project, expected


@pytest.mark.skipif(not HAS_CHECK, reason="build_tools/check.py (`briefing check`) does not exist yet")
def test_check_names_file_and_line_of_broken_briefs(broken_project: tuple[Path, dict[str, int]]) -> None:
    project, expected = broken_project
    result = run_cli(project, "check")
    text = output(result)
    assert result.returncode == 1, text
    assert "Traceback" not in text
    for name, line in expected.items():
        assert f"docs/briefs/{name}.md:{line}" in text, (name, line, text)
    assert re.search(r"unknown-key\.md:\d+: .*colour", text), text


@pytest.mark.skipif(not (ROOT / "build_tools" / "build.py").exists(), reason="build_tools/build.py does not exist yet")
def test_build_names_the_broken_brief(broken_project: tuple[Path, dict[str, int]]) -> None:
    project, expected = broken_project
    (project / "docs" / "briefs" / "unknown-key.md").unlink()  # an unknown key is only a warning
    (project / "docs" / "briefs" / "wrong-type.md").unlink()
    result = _run_build(project)
    text = output(result)
    assert result.returncode != 0 and "Traceback" not in text
    assert "malformed-yaml.md" in text


def test_build_with_a_broken_vocabulary_says_so_in_one_line(tmp_path: Path) -> None:
    # Ingest runs in a forked child in `briefing build`: its error must still reach the one-line report.
    project = make_project(tmp_path)
    (project / "seeds").mkdir()
    (project / "seeds" / "ok.txt").write_text(article("Talks resume"), encoding="utf-8")
    (project / "taxonomy" / "topics.yml").write_text("topics: [unclosed\n", encoding="utf-8")
    result = _run_build(project)
    text = output(result)
    assert result.returncode != 0 and "Traceback" not in text, text
    assert [line for line in text.splitlines() if line.strip()] == [
        line for line in text.splitlines() if line.startswith("error: ") and "topics.yml" in line
    ], text
    assert not (project / "docs" / "briefs").exists() or not any((project / "docs" / "briefs").iterdir())


def _run_build(project: Path) -> subprocess.CompletedProcess[str]:
    """`briefing build` when the CLI has it, else the library's build() in a child process."""
    from build_tools.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    if "build" in commands:
        return run_cli(project, "build")
    code = "import sys; from pathlib import Path; from build_tools.build import build; sys.exit(build(Path.cwd()))"
    return subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True, timeout=300)


# -- no traceback for anything a user can cause ------------------------------------------


def _failures(project: Path) -> Iterator[tuple[str, list[str], str]]:
    """(what, CLI arguments, a string the output must contain) for every user-facing failure."""
    raw = project / "raw"
    raw.mkdir()
    for name in _bad_files(raw):
        yield f"bad file {name}", ["ingest", f"raw/{name}", "--out", "out"], name
    # 0x81 is undefined in Windows-1252 too: neither encoding can read this file.
    damaged = "Café talks\n\nThe minister met the envoy at the café.".encode("latin-1") + b"\x81\n"
    (raw / "damaged.txt").write_bytes(damaged)
    yield "undecodable", ["ingest", "raw/damaged.txt", "--out", "out"], "damaged.txt"
    (raw / "mixed.txt").write_bytes("Café talks\n\nThe envoy’s visit.".encode() + b"\x9d\n")
    yield "damaged UTF-8", ["ingest", "raw/mixed.txt", "--out", "out"], "mixed.txt"
    yield "missing path", ["ingest", "raw/nope.txt", "--out", "out"], "nope.txt"
    (project / "a-file").write_text("x")
    (raw / "ok.txt").write_text(article("Talks resume"), encoding="utf-8")
    yield "--out is a file", ["ingest", "raw/ok.txt", "--out", "a-file"], "a-file"
    briefs = project / "briefs-with-broken"
    briefs.mkdir()
    (briefs / "broken.md").write_text("---\ntitle: [unclosed\nsource_file: raw/ok.txt\n---\n\nbody\n")
    yield "broken brief in the way", ["ingest", "raw/ok.txt", "--out", "briefs-with-broken"], "broken.md"


def test_no_traceback_for_any_user_facing_failure(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    seen = []
    for what, args, mention in _failures(project):
        result = run_cli(project, *args)
        text = output(result)
        seen.append(what)
        assert "Traceback" not in text, (what, text[-2000:])
        assert result.returncode != 0, (what, text)
        assert mention in text, (what, text)
    assert len(seen) >= 10


def test_no_traceback_with_a_broken_vocabulary(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project / "raw").mkdir()
    (project / "raw" / "ok.txt").write_text(article("Talks resume"), encoding="utf-8")
    (project / "taxonomy" / "topics.yml").write_text("topics: [unclosed\n", encoding="utf-8")
    result = run_cli(project, "ingest", "raw", "--out", "out")
    assert result.returncode != 0 and "Traceback" not in output(result)
    assert "topics.yml" in output(result)


@pytest.mark.skipif(not HAS_CHECK, reason="build_tools/check.py (`briefing check`) does not exist yet")
def test_no_traceback_from_check_on_any_breakage(broken_project: tuple[Path, dict[str, int]]) -> None:
    project, _ = broken_project
    briefs = project / "docs" / "briefs"
    (briefs / "binary.md").write_bytes(b"\xff\xfe\x00\x00garbage")
    (briefs / "no-front-matter.md").write_text("just text\n", encoding="utf-8")
    (briefs / "list.md").write_text("---\n- a\n- b\n---\n", encoding="utf-8")
    (briefs / "bad-date.md").write_text("---\ntitle: x\ndate: 2023-02-30\n---\n", encoding="utf-8")
    (briefs / "deep.md").write_text("---\ntitle: x\nactors: [{id: {a: [1, {b: 2}]}}]\n---\n", encoding="utf-8")
    result = run_cli(project, "check")
    text = output(result)
    assert result.returncode == 1 and "Traceback" not in text, text
    for name in ("binary.md", "no-front-matter.md", "list.md", "bad-date.md", "deep.md"):
        assert name in text, (name, text)


def test_new_with_a_hostile_title_stays_inside_the_briefs_folder(tmp_path: Path) -> None:
    from build_tools.cli import build_parser

    if "new" not in build_parser()._subparsers._group_actions[0].choices:  # type: ignore[union-attr]
        pytest.skip("`briefing new` does not exist yet")
    project = make_project(tmp_path)
    before = _tree(tmp_path)
    for title in ("../../../escape", "/etc/passwd", "CON", HEADLINES[0]):
        result = run_cli(project, "new", title)
        assert "Traceback" not in output(result), output(result)
    created = _tree(tmp_path) - before
    assert created and all(name.startswith("project/docs") for name in created), created
    titles = {read_brief(p).title for p in (project / "docs" / "briefs").glob("*.md")}
    assert HEADLINES[0] in titles


# -- in the browser ----------------------------------------------------------------------

SITE_SOURCES = (
    "mkdocs.yml",
    "taxonomy",
    "overrides",
    "docs/about.md",
    "docs/stylesheets",
)
# Attributes a browser treats as plain text: article text may appear in them (escaped), as data.
TEXT_ATTRIBUTES = {"content", "title", "alt", "aria-label", "datetime"}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose only raw article is hostile, built with `build()`; returns the brief's built page."""
    build = pytest.importorskip("build_tools.build")
    root = tmp_path_factory.mktemp("hostile-site")
    for name in SITE_SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        elif source.exists():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, root / name)
    (root / "seeds").mkdir()
    (root / "seeds" / "hostile.txt").write_text(article(HEADLINES[3], *PAYLOADS), encoding="utf-8")
    (root / "docs" / "briefs").mkdir(parents=True)
    assert build.build(root, root / "site") == 0
    (brief,) = (root / "docs" / "briefs").glob("*.md")
    return root / "site" / "briefs" / brief.stem / "index.html"


def test_built_page_shows_the_text_and_runs_nothing(hostile_site: Path) -> None:
    page = hostile_site.read_text(encoding="utf-8")
    found = audit(page)
    for tag, attrs in found.tags:
        code = {name: value for name, value in attrs.items() if name not in TEXT_ATTRIBUTES}
        assert "alert(" not in " ".join(str(v) for v in code.values()), (tag, attrs)  # no attribute runs it
        assert tag != "img" and not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not any(re.match(r"\s*javascript:", v or "", re.I) for v in attrs.values()), (tag, attrs)
    for attrs, code in re.findall(r"<script\b([^>]*)>(.*?)</script>", page, re.S):
        assert "</" not in code  # article text cannot close the element early
        if "alert" in code:  # only as data in the JSON-LD, never as code
            assert 'type="application/ld+json"' in attrs
            assert json.loads(code)["headline"] == HEADLINES[3]
    assert HEADLINES[3] in found.text  # the headline is shown as written
    for payload in PAYLOADS[:3]:
        assert squash(payload) in found.text


@pytest.mark.browser
def test_hostile_article_runs_no_script_in_chromium(hostile_site: Path) -> None:
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    dialogs: list[str] = []
    errors: list[str] = []
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.route(lambda url: not url.startswith("file://"), lambda route: route.abort())
            page.goto(hostile_site.as_uri(), wait_until="load")
            page.wait_for_timeout(500)
            heading = page.locator("article h1").first.inner_text()
            shown = page.locator("article").first.inner_text()
        finally:
            browser.close()
    assert dialogs == []
    assert heading == HEADLINES[3]
    assert "<script>alert('x')</script>" in shown and "{{ config.site_name }}" in shown
    # file:// pages cannot fetch the search index, nor the sitemap Material's script reads; anything else
    # logged as an error is a failure.
    assert [e for e in errors if "search" not in e.lower() and "net::" not in e and "sitemap.xml" not in e] == []


def test_yaml_front_matter_is_never_executable(hostile: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    """No YAML tag (!!python/object, anchors) from article text reaches a brief's front-matter."""
    project, _ = hostile
    for path in (project / "out").glob("*.md"):
        head = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        assert "!!" not in head and not re.search(r"^\s*[^\s#][^:]*: *[&*!]", head, re.M), head
        yaml.safe_load(head.removeprefix("---\n"))


def test_a_very_long_headline_still_gives_one_brief_on_reingest(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project / "raw").mkdir()
    (project / "raw" / "a.txt").write_text(article("Talks " + "Supercalifragilistic" * 250), encoding="utf-8")
    for _ in range(2):
        result = run_cli(project, "ingest", "raw", "--out", "out")
        assert result.returncode == 0 and "Traceback" not in output(result), output(result)
    assert len(list((project / "out").glob("*.md"))) == 1
