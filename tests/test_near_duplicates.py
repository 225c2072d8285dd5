"""Near-duplicate detection: the same story from two outlets is found; two stories on one subject are not."""

from __future__ import annotations

import random
import re
from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.near_duplicates import (
    duplicate_map,
    encoded_words,
    find_near_duplicates,
    fingerprint,
    jaccard,
    match,
    shingles,
    sketch,
)

# One wire story as two outlets ran it: different furniture, a changed word here and there,
# a paragraph dropped, an attribution reworded.
OUTLET_A = """Pakistan, US agree to expand cooperation against militant financing

ISLAMABAD: Pakistan and the United States on Tuesday agreed to expand cooperation against the
financing of militant groups, with officials from both sides saying a joint working group would meet
every quarter to share intelligence on cross-border money transfers.

The agreement was reached during a two-day round of talks at the Ministry of Foreign Affairs, where the
American delegation was led by a senior Treasury official and the Pakistani side by the additional
secretary for the Americas.

"We have a shared interest in cutting off the money that sustains these networks," the Treasury
official told reporters after the talks, adding that Washington valued Pakistan's recent legislation on
charities and money exchanges.

The two sides also discussed the Financial Action Task Force's review of Pakistan's progress, the
foreign office said in a statement, and agreed to hold the next round in Washington in the spring.
"""

OUTLET_B = """US, Pakistan to widen cooperation against militant financing

WASHINGTON: The United States and Pakistan on Tuesday agreed to expand cooperation against the
financing of militant groups, with officials from both sides saying a joint working group would meet
every quarter to share intelligence on cross-border money transfers.

The agreement was reached during a two-day round of talks at the Foreign Office in Islamabad, where the
American delegation was led by a senior Treasury official and the Pakistani side by the additional
secretary for the Americas.

"We have a shared interest in cutting off the money that sustains these networks," the official said
after the talks, adding that Washington valued Pakistan's recent legislation on charities and money
exchanges.
"""

# Same subject, same actors, different story.
OTHER_STORY = """Pakistan hosts US delegation for talks on trade and investment

ISLAMABAD: A United States trade delegation arrived in Islamabad on Tuesday for three days of talks on
market access, textile quotas and American investment in Pakistan's energy sector, the commerce
ministry said.

The delegation, led by an assistant trade representative, will meet the commerce minister and business
leaders in Karachi and Lahore before returning to Washington, officials said.

"Our trade relationship has room to grow in both directions," the assistant trade representative said
on arrival, adding that American companies were watching Pakistan's tax reforms closely.

Pakistan's exports to the United States rose last year, led by textiles and surgical instruments, and
the two sides have discussed a trade and investment framework agreement for several years.
"""


def test_same_story_from_two_outlets_is_detected() -> None:
    pairs = find_near_duplicates({"b.md": OUTLET_B, "a.md": OUTLET_A})
    assert [(a, b) for a, b, _ in pairs] == [("a.md", "b.md")]
    assert 0.4 <= pairs[0][2] < 1.0


def test_two_stories_on_one_subject_are_not_paired() -> None:
    assert find_near_duplicates({"a.md": OUTLET_A, "c.md": OTHER_STORY}) == []
    assert jaccard(shingles(OUTLET_A), shingles(OTHER_STORY)) < 0.1


def test_identical_texts_score_one_and_case_and_punctuation_do_not_matter() -> None:
    shouty = OUTLET_A.upper().replace(",", "").replace(".", " .")
    pairs = find_near_duplicates({"x": OUTLET_A, "y": shouty})
    assert pairs == [("x", "y", 1.0)]


def test_only_pairs_above_the_threshold_and_mixed_corpus() -> None:
    texts = {"a.md": OUTLET_A, "b.md": OUTLET_B, "c.md": OTHER_STORY, "empty.md": "", "short.md": "Pakistan"}
    assert [(a, b) for a, b, _ in find_near_duplicates(texts)] == [("a.md", "b.md")]
    assert find_near_duplicates(texts, threshold=0.99) == []


def test_empty_and_tiny_texts_are_never_paired_with_everything() -> None:
    assert find_near_duplicates({"a": "", "b": "", "c": "   "}) == []
    tiny = {f"t{i}": f"Talks number {i} held" for i in range(30)}
    assert find_near_duplicates(tiny) == []  # each shares only a few words with the others


def test_result_is_deterministic_and_independent_of_input_order() -> None:
    rng = random.Random(3)
    words = [f"w{i}" for i in range(3000)]
    texts = {f"k{i:03d}": " ".join(rng.choices(words, k=300)) for i in range(200)}
    base = texts["k007"].split()
    texts["k150"] = " ".join(w if i % 25 else "changed" for i, w in enumerate(base))  # a light edit
    forward = find_near_duplicates(texts)
    backward = find_near_duplicates(dict(reversed(list(texts.items()))))
    assert forward == backward
    assert [(a, b) for a, b, _ in forward] == [("k007", "k150")]


def test_match_among_limits_pairs_to_the_new_articles() -> None:
    prints = {"a.md": fingerprint(OUTLET_A), "b.md": fingerprint(OUTLET_B), "c.md": fingerprint(OTHER_STORY)}
    assert [p[:2] for p in match(prints, among={"b.md"})] == [("a.md", "b.md")]
    assert match(prints, among={"c.md"}) == []


def test_duplicate_map_points_both_ways() -> None:
    pairs = [("a.md", "b.md", 0.8), ("b.md", "d.md", 0.6)]
    assert duplicate_map(pairs) == {"a.md": ["b.md"], "b.md": ["a.md", "d.md"], "d.md": ["b.md"]}


# Letters that case-fold to more than one ("ß", "ﬁ", "İ"), odd white space, marks, digits, joiners.
TRICKY = st.text(st.sampled_from(list("\udc80aZ9_ -'’.,\n\t\u00a0\u2028\x1c\x85ßẞﬁİıΣσςſ\u0301\u200b٣")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), TRICKY))
def test_words_are_read_chunk_by_chunk_as_from_the_whole_text(text: str) -> None:
    assert encoded_words(text) == [word.encode() for word in re.findall(r"\w+", text.casefold())]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), max_size=600))
def test_sketch_keeps_each_bins_smallest_hash(values: list[int]) -> None:
    hashes = array("I", sorted(set(values)))
    result = sketch(hashes)
    if not hashes:
        assert result == ()
        return
    assert len(result) == 128
    for b, value in enumerate(result):
        in_bin = [h for h in hashes if h >> 25 == b]
        assert value == min(in_bin) if in_bin else value in hashes
