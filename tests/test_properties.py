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

from build_tools.briefs import front_matter, parse, render, render_body, stamp
from build_tools.extract import extract_brief
from build_tools.model import ACTOR_TYPES, ActorRef, Brief
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
    brief.body = render_body(brief)
    back = parse(render(brief), Path("x.md"))
    assert record(back) == record(brief)


def record(brief: Brief) -> tuple[object, ...]:
    return (brief.title, brief.date, brief.summary, brief.actors, brief.topics, brief.body, brief.subtitle)


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
    text=st.lists(line_text, max_size=5),
)


@PROFILE
@given(briefs)
def test_render_then_parse_gives_the_same_record(brief: Brief) -> None:
    brief = stamp(brief)
    brief.body = render_body(brief)
    back = parse(render(brief), Path("x.md"))
    assert record(back) == record(brief)
    assert back.extracted == brief.extracted


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
