"""The fast front-matter reader gives exactly what PyYAML gives, or hands the text to PyYAML."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_tools.briefs import front_matter, front_matter_span, render, split
from build_tools.briefs.write import yaml_text as _yaml
from build_tools.model import ActorRef, Brief

PROFILE = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text with the characters that matter to YAML: quotes, colons, hashes, escapes, controls, words YAML reads as
# booleans or null, and the letters a plain scalar may hold.
TRICKY = st.sampled_from(
    list("abcXYZ019 .,:;#'\"\\/-–’()&[]{}|>*!%@`~\t\x00\x85\u2028\ufeff\ud7ff")
    + ["yes", "No", "null", "~", "true", "2023-02-16", "1e3", "0x1F", "\\u00e9", "\\ud83d", "\\x41", ": ", " #"]
)
words = st.lists(TRICKY, max_size=12).map("".join)
scalars = st.none() | st.booleans() | words | st.text(max_size=20)
# The writer's keys are the brief's field names, never a word YAML reads as a boolean or null.
keys = st.from_regex(r"[a-z_]{1,8}", fullmatch=True).filter(lambda k: k not in front_matter.YAML_WORDS)
flat = st.dictionaries(keys, scalars, max_size=4)
values = scalars | st.lists(scalars, max_size=3) | st.lists(flat.filter(bool), max_size=3) | flat
documents = st.dictionaries(keys, values, min_size=1, max_size=6)


@PROFILE
@given(documents)
def test_what_the_writer_emits_reads_back_like_pyyaml(data: dict[str, object]) -> None:
    text = _yaml(data)
    fast = front_matter.load(text)
    assert yaml.safe_load(text) == data  # the writer is right...
    assert fast == data  # ...and everything it writes takes the fast path


@PROFILE
@given(st.lists(st.one_of(words, st.sampled_from(["key: value", "- a", "  b: c", "x: []", "y: {}", ""])), max_size=8))
def test_any_text_the_fast_reader_accepts_reads_the_same_in_pyyaml(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    fast = front_matter.load(text)
    if fast is not None:
        assert fast == yaml.safe_load(text)


def test_a_written_brief_takes_the_fast_path() -> None:
    brief = Brief(
        title="Talks resume: “a new chapter”",
        title_source="headline",
        date="2023-02-16",
        date_source="byline",
        dateline="Islamabad",
        publication=None,
        author="News Desk",
        source_file="seeds/a.txt",
        source_sha256="0" * 64,
        summary="Officials met.",
        actors=[ActorRef("ann-example", "Ann Example", "person", "Minister for the Americas", unreviewed=True)],
        topics=["trade"],
        extracted={"title": "abc123def456"},
    )
    head = render(brief).split("---\n")[1]
    assert front_matter.load(head) == yaml.safe_load(head)


def test_editors_yaml_beyond_the_subset_falls_back_to_pyyaml() -> None:
    for text in [
        "title: A\ndate: 2023-02-16\n",  # an unquoted date
        "title: A # comment\n",
        "topics: [trade, energy]\n",
        "title: >\n  folded\n",
        "title: A\ntitle: B\n",
        "yes: 1\n",
        "",
    ]:
        assert front_matter.load(text) is None, text
    meta, _, _ = split("---\ntitle: A\ntopics: [trade]\n---\n\nbody\n", Path("x.md"))
    assert meta == {"title": "A", "topics": ["trade"]}


def test_every_committed_brief_takes_the_fast_path() -> None:
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "docs" / "briefs").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "golden").glob("*.md"))]
    assert texts
    for text in texts:
        head = text.split("---\n")[1]
        assert front_matter.load(head) is not None  # the fast path is the one taken
        assert front_matter.load(head) == yaml.safe_load(head)


# The rule front_matter_span follows, as the regular expression the reader used before.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n?", re.DOTALL)
# Pieces of text that decide where front-matter starts and ends.
DELIMITED = st.lists(st.sampled_from(["---", "-", " ", "\t", "\n", "a", ":", "\r"]), max_size=16).map("".join)


@settings(max_examples=2000, deadline=None)
@given(DELIMITED)
def test_the_front_matter_search_finds_what_the_pattern_matches(text: str) -> None:
    match = FRONT_MATTER.match(text)
    expected = (match.group(1) or "", match.end()) if match else None
    assert front_matter_span(text) == expected
    assert front_matter_span("---\n" + text) == (
        (m.group(1) or "", m.end()) if (m := FRONT_MATTER.match("---\n" + text)) else None
    )
