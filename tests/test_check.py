"""`briefing check`: each kind of problem found, located and classed; clean projects pass; no traceback.

Every case builds a small project in tmp_path that passes the check, then
introduces exactly one defect and asserts the exact file, line and level.
Expected line numbers are looked up in the fixture's own text, never typed in.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.briefs import KEYS, render, split, stamp
from build_tools.check import SCHEMA_PATH, Problem, _gate, _validator, check
from build_tools.model import ActorRef, Brief

ROOT = Path(__file__).resolve().parent.parent
BRIEF = "docs/briefs/2024-05-02-talks-in-islamabad.md"
SEED = "seeds/001_talks.txt"
ARTICLE = "Talks in Islamabad\n\nPakistan and the United States held talks on trade in Islamabad on Thursday.\n"

TOPICS = """\
- id: bilateral-relations
  label: Bilateral relations
  description: The state of the relationship.
  terms: [talks]
- id: trade-and-investment
  label: Trade and investment
  description: Trade and investment.
  terms: [trade]
"""
ACTORS = """\
- {id: pakistan, name: Pakistan, type: country}
- {id: united-states, name: United States, type: country, aliases: [US]}
"""


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "build_tools", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def make_brief(source: str | None, sha: str | None, **changes: object) -> str:
    brief = Brief(
        title="Talks in Islamabad",
        title_source="headline",
        date="2024-05-02",
        date_source="byline",
        dateline="Islamabad",
        publication=None,
        author=None,
        source_file=source,
        source_sha256=sha,
        summary="Pakistan and the United States held talks on trade in Islamabad.",
        actors=[ActorRef("pakistan", "Pakistan", "country"), ActorRef("united-states", "United States", "country")],
        topics=["bilateral-relations", "trade-and-investment"],
        text=["Pakistan and the United States held talks on trade in Islamabad on Thursday."],
    )
    for key, value in changes.items():
        setattr(brief, key, value)
    return render(stamp(brief))


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    """A tiny project with one article and its brief, which passes the check."""
    (tmp_path / "taxonomy").mkdir()
    (tmp_path / "taxonomy" / "topics.yml").write_text(TOPICS, encoding="utf-8")
    (tmp_path / "taxonomy" / "actors.yml").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / SEED).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "docs" / "briefs").mkdir(parents=True)
    sha = hashlib.sha256(ARTICLE.encode()).hexdigest()
    (tmp_path / BRIEF).write_text(make_brief(SEED, sha), encoding="utf-8")
    return tmp_path


def line_of(path: Path, prefix: str) -> int:
    """The 1-based number of the first line whose stripped text starts with `prefix`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip().startswith(prefix):
            return number
    raise AssertionError(f"{prefix!r} not in {path}")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def set_key(path: Path, key: str, line: str) -> None:
    """Replace the front-matter line of a top-level key, whatever quoting the renderer chose."""
    text = path.read_text(encoding="utf-8")
    new, count = re.subn(rf"^{re.escape(key)}:.*$", lambda _: line, text, count=1, flags=re.MULTILINE)
    assert count == 1, f"{key!r} not in {path}"
    path.write_text(new, encoding="utf-8")


def test_clean_project_passes(proj: Path) -> None:
    assert check(proj) == []
    result = run_cli(proj, "check", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 brief(s), 0 error(s), 0 warning(s)" in result.stdout


# Each case: (name, defect applied to the project, expected problems as (path, line finder, level, words)).
Expect = tuple[str, Callable[[Path], int | None], str, str]


def _unknown_topic(p: Path) -> None:
    edit(p / BRIEF, "- trade-and-investment\n", "- trade-and-invest\n")


def _unknown_actor(p: Path) -> None:
    edit(p / BRIEF, "- id: united-states\n", "- id: united-kingdom\n")


def _unreviewed_actor(p: Path) -> None:
    edit(p / BRIEF, "  type: country\n  role: null\nt", "  type: country\n  role: null\n  unreviewed: true\nt")
    edit(p / BRIEF, "- id: united-states\n", "- id: ghost-state\n")


def _pattern_date(p: Path) -> None:
    set_key(p / BRIEF, "date", "date: 02/05/2024")


def _impossible_date(p: Path) -> None:
    set_key(p / BRIEF, "date", "date: 2023-02-30")


def _impossible_month(p: Path) -> None:
    set_key(p / BRIEF, "date", "date: '2024-13-02'")


def _case_clash(p: Path) -> None:
    twin = p / BRIEF.replace("talks-in", "Talks-in")
    shutil.copy(p / BRIEF, twin)
    set_key(twin, "source_file", "source_file: null")
    set_key(twin, "source_sha256", "source_sha256: null")


def _same_source(p: Path) -> None:
    shutil.copy(p / BRIEF, p / "docs/briefs/2024-05-02-talks-again.md")


def _missing_field(p: Path) -> None:
    set_key(p / BRIEF, "summary", "")


def _out_of_date(p: Path) -> None:
    (p / SEED).write_text(ARTICLE + "\nA later paragraph.\n", encoding="utf-8")


def _seed_without_brief(p: Path) -> None:
    (p / "seeds/002_new.txt").write_text("Another article\n\nIt says something else.\n", encoding="utf-8")


def _seed_copy(p: Path) -> None:
    shutil.copy(p / SEED, p / "seeds/002_copy.txt")


def _missing_source(p: Path) -> None:
    (p / SEED).unlink()


def _malformed_yaml(p: Path) -> None:
    set_key(p / BRIEF, "title", "title: Talks: in Islamabad")


def _broken_taxonomy(p: Path) -> None:
    edit(p / "taxonomy/topics.yml", "  terms: [trade]\n", "  terms: [trade\n")


def _unknown_key(p: Path) -> None:
    set_key(p / BRIEF, "dateline", "dateline: Islamabad\nlocation: Islamabad")


def _unknown_actor_key(p: Path) -> None:
    edit(p / BRIEF, "  name: Pakistan\n", "  name: Pakistan\n  nickname: Pak\n")


def _wrong_type(p: Path) -> None:
    set_key(p / BRIEF, "title", "title: yes")


def _bad_enum(p: Path) -> None:
    edit(p / BRIEF, "  type: country\n", "  type: nation\n")


def _duplicate_key(p: Path) -> None:
    set_key(p / BRIEF, "author", "author: null\nauthor: Someone")


def _no_front_matter(p: Path) -> None:
    text = (p / BRIEF).read_text(encoding="utf-8")
    (p / BRIEF).write_text(text.removeprefix("---\n"), encoding="utf-8")


def _not_utf8(p: Path) -> None:
    (p / BRIEF).write_bytes((p / BRIEF).read_bytes().replace(b"Talks in Islamabad", b"Talks in Isl\xe2mabad", 1))


def _orphan_sidecar(p: Path) -> None:
    (p / "docs/briefs/gone.removed.yml").write_text("- reason: comment section\n  text: 0 Comments\n")


def _bad_duplicates_entry(p: Path) -> None:
    edit(p / BRIEF, "topics:\n", "duplicates:\n- 2020-01-01-missing.md\ntopics:\n")


def _reviewed_but_flagged(p: Path) -> None:
    edit(p / BRIEF, "  type: country\n  role: null\nt", "  type: country\n  role: null\n  unreviewed: true\nt")


def _long_title(p: Path) -> None:
    set_key(p / BRIEF, "title", "title: Talks" + " in Islamabad" * 80)


def _many_actors(p: Path) -> None:
    envoys = [f"{{id: envoy-{i}, name: Envoy {i}, type: person}}" for i in range(499)]
    with (p / "taxonomy" / "actors.yml").open("a", encoding="utf-8") as authority:
        authority.writelines(f"- {envoy}\n" for envoy in envoys)
    edit(p / BRIEF, "actors:\n", "actors:\n" + "".join(f"- {envoy}\n" for envoy in envoys))


PAGE = "docs/about.md"


def _page(text: str) -> Callable[[Path], None]:
    def write(p: Path) -> None:
        (p / PAGE).write_text(text, encoding="utf-8")

    return write


def _page_at(needle: str) -> Callable[[Path], int]:
    def find(p: Path) -> int:
        return line_of(p / PAGE, needle)

    return find


def _static_file(p: Path) -> None:
    (p / "docs" / "help.html").write_text("<script>alert(1)</script>\n", encoding="utf-8")


def _at(prefix: str) -> Callable[[Path], int]:
    def find(p: Path) -> int:
        return line_of(p / BRIEF, prefix)

    return find


def _none(p: Path) -> None:
    return None


CASES: list[tuple[str, Callable[[Path], None], list[Expect]]] = [
    ("unknown topic", _unknown_topic, [(BRIEF, _at("- trade-and-invest"), "error", "unknown topic")]),
    ("unknown actor", _unknown_actor, [(BRIEF, _at("- id: united-kingdom"), "error", "unknown actor")]),
    ("unreviewed actor", _unreviewed_actor, [(BRIEF, _at("- id: ghost-state"), "warning", "unreviewed actor")]),
    ("reviewed actor flagged", _reviewed_but_flagged, [(BRIEF, _at("- id: united-states"), "warning", "remove")]),
    ("date pattern", _pattern_date, [(BRIEF, _at("date:"), "error", "YYYY-MM-DD")]),
    ("impossible date", _impossible_date, [(BRIEF, _at("date:"), "error", "not a real calendar date")]),
    ("impossible month", _impossible_month, [(BRIEF, _at("date:"), "error", "not a real calendar date")]),
    (
        "case clash",
        _case_clash,
        [
            (BRIEF.replace("talks-in", "Talks-in"), _none, "error", "lower-case letters, digits and single hyphens"),
            (BRIEF, _none, "error", "differ only in case"),
        ],
    ),
    ("same source twice", _same_source, [(BRIEF, _at("source_file:"), "error", "already has a brief")]),
    ("missing field", _missing_field, [(BRIEF, _none, "error", "missing required field 'summary'")]),
    ("out of date", _out_of_date, [(BRIEF, _at("source_sha256:"), "error", "briefing ingest seeds/001_talks.txt")]),
    ("seed without brief", _seed_without_brief, [("seeds/002_new.txt", _none, "error", "no brief")]),
    ("seed copy", _seed_copy, [("seeds/002_copy.txt", _none, "warning", "same text")]),
    ("missing source", _missing_source, [(BRIEF, _at("source_file:"), "error", "does not exist")]),
    ("malformed yaml", _malformed_yaml, [(BRIEF, _at("title:"), "error", "not valid YAML")]),
    (
        "broken taxonomy",
        _broken_taxonomy,
        [("taxonomy/topics.yml", lambda p: line_of(p / "taxonomy/topics.yml", "terms: [trade") + 1, "error", "YAML")],
    ),
    ("unknown key", _unknown_key, [(BRIEF, _at("location:"), "warning", "unknown key 'location'")]),
    ("unknown actor key", _unknown_actor_key, [(BRIEF, _at("nickname:"), "warning", "unknown key 'nickname'")]),
    ("wrong type", _wrong_type, [(BRIEF, _at("title:"), "error", "must be string, not boolean")]),
    ("bad actor type", _bad_enum, [(BRIEF, _at("type: nation"), "error", "person, organization, country")]),
    ("duplicate key", _duplicate_key, [(BRIEF, _at("author: Someone"), "error", "given twice")]),
    ("no front-matter", _no_front_matter, [(BRIEF, lambda p: 1, "error", "no front-matter")]),
    ("not utf-8", _not_utf8, [(BRIEF, _none, "error", "not UTF-8")]),
    ("orphan sidecar", _orphan_sidecar, [("docs/briefs/gone.removed.yml", _none, "warning", "no brief")]),
    (
        "bad duplicates entry",
        _bad_duplicates_entry,
        [(BRIEF, _at("- 2020-01-01-missing.md"), "warning", "not a brief")],
    ),
    ("long title", _long_title, [(BRIEF, _at("title:"), "error", "'title' has 1,045 characters, over 1,000")]),
    ("many actors", _many_actors, [(BRIEF, _at("- {id: envoy-0,"), "error", "501 actors, over 500")]),
    (
        "page with raw html",
        _page("---\ntitle: About\n---\n\n# About\n\n<script>alert(1)</script>\n"),
        [(PAGE, _page_at("<script>"), "error", "raw HTML '<script>'")],
    ),
    (
        "page steering the theme",
        _page("---\ntitle: About\ntemplate: redirect.html\n---\n\n# About\n"),
        [(PAGE, _page_at("template:"), "warning", "key 'template' is dropped by the build")],
    ),
    (
        "page with multimarkdown metadata",
        _page("Title: About\nTemplate: redirect.html\n\n# About\n\n[x](javascript:alert(1))\n"),
        [
            (PAGE, _page_at("Template:"), "warning", "key 'template' is dropped by the build"),
            (PAGE, _page_at("[x]"), "error", "link target 'javascript:"),
        ],
    ),
    (
        "page with an alias",
        _page("---\ntitle: &t About\ndescription: *t\n---\n\n# About\n"),
        [(PAGE, _page_at("title:"), "error", "an anchor (&name) is not allowed")],
    ),
    (
        "page claiming to be generated",
        _page("---\ntitle: About\ngenerated_by: briefing build\n---\n\n# About\n"),
        [(PAGE, _page_at("generated_by:"), "error", "generated_by marks the pages older builds wrote")],
    ),
    ("html file in docs", _static_file, [("docs/help.html", _none, "error", "could run script")]),
]


@pytest.mark.parametrize("defect, expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_each_defect_is_found_located_and_classed(
    proj: Path, defect: Callable[[Path], None], expected: list[Expect]
) -> None:
    defect(proj)
    problems = check(proj)
    assert [(p.path, p.line, p.level) for p in problems] == [(path, at(proj), lvl) for path, at, lvl, _ in expected]
    for problem, (_, _, _, words) in zip(problems, expected, strict=True):
        assert words in problem.message
        assert "; " in problem.message, "every message says what to do after the '; '"

    result = run_cli(proj, "check")
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert result.returncode == (1 if any(e[2] == "error" for e in expected) else 0), output
    for problem in problems:
        assert str(problem) in result.stdout.splitlines()
    assert str(problems[0]).startswith(f"{problems[0].path}:{problems[0].line}: " if problems[0].line else "")


def test_a_page_left_by_an_older_build_is_a_warning_only(proj: Path) -> None:
    """Builds before the plugin wrote generated pages, raw HTML lists included, into docs/ (now ignored by git):
    one left behind is named, not checked as a page."""
    path = proj / "docs" / "topics" / "trade" / "index.md"
    path.parent.mkdir(parents=True)
    path.write_text("---\ntitle: Trade\ngenerated_by: briefing build\n---\n\n<ul>\n<li>x</li>\n</ul>\n")
    assert [(p.path, p.level) for p in check(proj)] == [("docs/topics/trade/index.md", "warning")]


def test_the_remembering_check_still_reads_hand_written_pages(proj: Path) -> None:
    """The build's check remembers briefs' findings (build_tools/speed/check_memo.py); a page's are found every
    time, the page unchanged or not."""
    _page("# About\n\n<iframe src=x></iframe>\n")(proj)
    plain = check(proj)
    assert [(p.path, p.level) for p in plain] == [(PAGE, "error")]
    assert check(proj, remember=True) == plain
    assert check(proj, remember=True) == plain  # the brief's findings now come from the memo
    assert check(proj, [Path(PAGE)]) == plain
    _page("# About\n\nNo markup.\n")(proj)
    assert check(proj, remember=True) == []


def test_warnings_fail_only_when_strict(proj: Path) -> None:
    _unreviewed_actor(proj)
    assert run_cli(proj, "check").returncode == 0
    strict = run_cli(proj, "check", "--strict")
    assert strict.returncode == 1
    assert "0 error(s), 1 warning(s)" in strict.stdout


def test_every_problem_is_collected_not_just_the_first(proj: Path) -> None:
    _unknown_topic(proj)
    _unknown_actor(proj)
    _seed_without_brief(proj)
    kinds = {(p.path, p.message.split(";")[0].split("'")[0]) for p in check(proj)}
    assert len(kinds) == 3


def test_case_clash_reports_the_second_file(proj: Path) -> None:
    # On a case-insensitive file system the two could not even coexist; here both do and one is named.
    _case_clash(proj)
    problems = check(proj)
    assert [p.message for p in problems if "differ only in case" in p.message][0].startswith("address clashes with ")


def test_problem_prints_as_one_line() -> None:
    assert str(Problem("a.md", 3, "error", "x; do y")) == "a.md:3: error: x; do y"
    assert str(Problem("a.md", None, "warning", "x; do y")) == "a.md: warning: x; do y"


def test_contributor_adds_an_article_and_the_check_passes(proj: Path) -> None:
    """CONTRIBUTING.md, path 1: a new article in seeds/, `briefing ingest`, `briefing check`."""
    (proj / "seeds/002_new.txt").write_text(
        "US and Pakistan discuss trade\n\nIslamabad: Pakistan and the United States discussed trade and "
        "investment at talks in Islamabad, officials said.\n",
        encoding="utf-8",
    )
    assert run_cli(proj, "check").returncode == 1
    ingest = run_cli(proj, "ingest", "seeds/002_new.txt")
    assert ingest.returncode == 0, ingest.stderr
    result = run_cli(proj, "check")
    assert result.returncode == 0, result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_the_repository_itself_passes() -> None:
    problems = check(ROOT)
    assert [str(p) for p in problems if p.level == "error"] == []
    result = run_cli(ROOT, "check")
    assert result.returncode == 0, result.stdout


# -- the compiled schema gate says what jsonschema says ----------------------------------------------------

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.sampled_from(["2024-02-30", "x" * 64, "a-b"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["id", "name", "type", "text", "speaker", "role"]), inner, max_size=4)
    ),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from([*KEYS, "stray"]), _VALUES, max_size=8))
def test_the_compiled_gate_accepts_exactly_what_jsonschema_accepts(meta: dict[str, object]) -> None:
    valid = not list(_validator(SCHEMA_PATH).iter_errors(meta))
    try:
        _gate(SCHEMA_PATH)(meta)
        gate_valid = True
    except fastjsonschema.JsonSchemaException:
        gate_valid = False
    assert gate_valid == valid, meta


def test_the_gate_accepts_every_committed_brief() -> None:
    for path in sorted((ROOT / "docs" / "briefs").glob("*.md")):
        meta, _, _ = split(path.read_text(encoding="utf-8"), path)
        _gate(SCHEMA_PATH)(meta)


def _valid_meta() -> dict[str, object]:
    path = sorted((ROOT / "docs" / "briefs").glob("*.md"))[0]
    return split(path.read_text(encoding="utf-8"), path)[0]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from([*KEYS, "stray"]), _VALUES, st.booleans())
def test_the_gate_agrees_with_jsonschema_on_a_valid_brief_changed_once(key: str, value: object, drop: bool) -> None:
    meta = _valid_meta()
    if drop:
        meta.pop(key, None)
    else:
        meta[key] = value
    valid = not list(_validator(SCHEMA_PATH).iter_errors(meta))
    try:
        _gate(SCHEMA_PATH)(meta)
        gate_valid = True
    except fastjsonschema.JsonSchemaException:
        gate_valid = False
    assert gate_valid == valid, (key, value, drop)
