"""Property-based tests (hypothesis): arbitrary text never breaks ingest, briefs round-trip, slugs stay safe."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_tools.briefs import as_read, body_of, parse, read_brief, render, stamp
from build_tools.briefs.write import front_matter
from build_tools.extract import extract_brief
from build_tools.files import atomic_write
from build_tools.model import ACTOR_TYPES, ActorRef, Brief, Quote
from build_tools.slugs import slugify
from build_tools.source import normalise_newlines
from build_tools.vocab import load_vocabulary

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema" / "brief.schema.json"
VOCAB = load_vocabulary(ROOT)
RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(10)}
PROFILE = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of pasted web pages that try to become markup, template code or front-matter.
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))",
    "![img](http://x/y.png)",
    "{{ config }}",
    "{% raw %}",
    "---",
    "title: pwned",
    "# heading",
    "> quote",
    "1. item",
    "* item",
    "    code",
    "```",
    "&amp;",
    "&#60;",
    "|a|b|",
    "{: onclick=x }",
    "ISLAMABAD:",
    "Pakistan and the United States agreed on Monday, officials said.",
    "“Quoted words,” said Foreign Minister Ishaq Dar.",
    "February 16, 2023",
    "\ufeff",
    "\u202e",
    "\x00",
    "\x85",
    "\u2028",
]
lines = st.one_of(st.text(max_size=80), st.sampled_from(HOSTILE))
articles = st.lists(lines, max_size=25).map("\n".join)
plain_text = st.text(max_size=60)
line_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@PROFILE
@given(articles)
def test_extract_never_raises_and_the_brief_reads_back(text: str) -> None:
    result = extract_brief(normalise_newlines(text), VOCAB)
    brief = stamp(replace(result.brief, source_file="seeds/x.txt", source_sha256=hashlib.sha256(b"").hexdigest()))
    back = parse(render(brief), Path("x.md"))
    assert record(back) == record(brief)


def record(brief: Brief) -> tuple[object, ...]:
    """What a brief's file holds, as comparable values (a quote's speaker name is not kept in the file)."""
    quotes = [(q.text, q.speaker_id) for q in brief.quotes]
    return (
        brief.title,
        brief.date,
        brief.summary,
        brief.actors,
        brief.topics,
        body_of(brief),
        brief.subtitle,
        brief.key_points,
        quotes,
        brief.source_url,
        brief.kind,
    )


actors = st.builds(
    ActorRef,
    id=st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True),
    name=line_text.filter(str.strip),
    type=st.sampled_from(ACTOR_TYPES),
    role=st.none() | line_text,
    unreviewed=st.booleans(),
)
briefs = st.builds(
    Brief,
    title=line_text.filter(str.strip),
    title_source=st.sampled_from(["headline", "generated", "editor"]),
    date=st.none() | st.dates().map(lambda d: d.isoformat()),
    date_source=st.none() | st.sampled_from(["byline", "citation"]),
    dateline=st.none() | line_text,
    publication=st.none() | line_text,
    author=st.none() | line_text,
    source_file=st.none() | st.just("seeds/a.txt"),
    source_sha256=st.none() | st.just("0" * 64),
    summary=line_text,
    actors=st.lists(actors, max_size=4),
    topics=st.lists(st.sampled_from(sorted(VOCAB.topic_ids)), max_size=3, unique=True),
    # Paragraphs as extraction makes them: stripped (a body the reader must take as an
    # editor wrote it, leading blank lines and all, is `full_briefs`' below).
    text=st.lists(line_text.map(str.strip), max_size=5),
    key_points=st.lists(line_text.filter(str.strip), max_size=3),
    quotes=st.lists(
        st.builds(Quote, text=line_text.filter(str.strip), speaker_id=st.none() | st.just("a-b")), max_size=3
    ),
    source_url=st.none() | st.just("https://example.org/a?b=1&c=%20"),
    kind=st.none() | st.sampled_from(["news-report", "opinion", "press-release", "transcript"]),
)


@PROFILE
@given(briefs)
def test_render_then_parse_gives_the_same_record(brief: Brief) -> None:
    brief = stamp(brief)
    back = parse(render(brief), Path("x.md"))
    assert record(back) == record(brief)
    assert back.extracted == brief.extracted


# Everything a brief can hold, including what an editor's file gives it: a body of its own
# (with carriage returns and leading blank lines), sources, duplicates, fingerprints.
names = st.none() | line_text
hashes = st.from_regex(r"[0-9a-f]{12}", fullmatch=True)
full_briefs = st.builds(
    Brief,
    title=line_text,
    title_source=st.sampled_from(["headline", "generated", "editor", ""]),
    date=st.none() | st.dates().map(lambda d: d.isoformat()),
    date_source=st.none() | st.sampled_from(["byline", "citation", "editor", ""]),
    dateline=st.none() | line_text,
    publication=st.none() | line_text,
    author=st.none() | line_text,
    source_file=st.none() | line_text,
    source_sha256=st.none() | st.just("0" * 64),
    summary=line_text,
    actors=st.lists(actors, max_size=4),
    topics=st.lists(st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True), max_size=3),
    subtitle=st.none() | line_text,
    keywords=st.lists(line_text, max_size=3),
    key_points=st.lists(line_text, max_size=3),
    quotes=st.lists(st.builds(Quote, text=line_text, speaker_id=st.none() | st.just("a-b"), speaker=names)),
    text=st.lists(line_text, max_size=5),
    duplicates=st.lists(st.from_regex(r"[a-z0-9-]{1,20}\.md", fullmatch=True), max_size=2),
    extracted=st.dictionaries(st.sampled_from(["title", "body", "actors"]), hashes),
    source_url=st.none() | line_text,
    kind=st.none() | line_text,
    body=st.none() | st.lists(st.one_of(line_text, *map(st.just, ("\r\n", "\r", "\n"))), max_size=8).map("".join),
)


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the examples' brief files (module-wide: hypothesis runs each test many times)."""
    return tmp_path_factory.mktemp("as-read")


@PROFILE
@given(brief=full_briefs)
def test_as_read_is_the_record_the_written_file_reads_back_as(round_trip: Path, brief: Brief) -> None:
    # The build hands ingest's briefs to the pages step through as_read instead of reading the files again.
    assert_as_read_is_read_back(round_trip, brief)


def assert_as_read_is_read_back(folder: Path, brief: Brief) -> None:
    path = folder / "brief.md"
    atomic_write(path, render(brief))
    assert as_read(brief) == read_brief(path)


@PROFILE
@given(text=articles)
def test_as_read_of_an_extracted_brief_is_what_its_file_reads_back_as(round_trip: Path, text: str) -> None:
    result = extract_brief(normalise_newlines(text), VOCAB)
    brief = stamp(replace(result.brief, source_file="seeds/x.txt", source_sha256="0" * 64))
    assert_as_read_is_read_back(round_trip, brief)


@PROFILE
@given(plain_text)
def test_slugify_is_always_safe(text: str) -> None:
    slug = slugify(text)
    assert all(c in "abcdefghijklmnopqrstuvwxyz0123456789-" for c in slug)
    assert slug not in RESERVED


@PROFILE
@given(st.sampled_from(sorted(RESERVED)), st.sampled_from(["", " ", ".", ".txt", "  "]))
def test_reserved_names_never_come_out(name: str, suffix: str) -> None:
    for variant in (name, name.upper(), name.title(), f"{name}{suffix}"):
        assert slugify(variant) not in RESERVED


@pytest.fixture(scope="module")
def validator() -> object:
    if not SCHEMA.exists():
        pytest.skip("schema/brief.schema.json does not exist yet")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@PROFILE
@given(text=articles)
def test_front_matter_of_any_article_validates_against_the_schema(validator: object, text: str) -> None:
    result = extract_brief(normalise_newlines(text), VOCAB)
    brief = stamp(replace(result.brief, source_file="seeds/x.txt", source_sha256=hashlib.sha256(b"").hexdigest()))
    rendered = render(brief)
    meta = yaml.safe_load(rendered.split("\n---\n", 1)[0].removeprefix("---\n"))
    errors = [e.message for e in validator.iter_errors(meta)]  # type: ignore[attr-defined]
    assert errors == [], (errors, front_matter(brief))
