"""Property-based tests of the page-level parsers: faster forms held to the plain rules they replace,
and arbitrary text never breaking them."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from build_tools.clean import _CONTROL, _INVISIBLE, _SPACES, normalise_line, reflow, strip_furniture
from build_tools.extract import extract_brief
from build_tools.extract.boilerplate import BAD, GOOD, NEARGOOD, SHORT, classify, dedupe, resolve
from build_tools.extract.dates import _MONTHS, _PATTERNS, _iso, find_date, numeric_date, unglue_stamp
from build_tools.extract.headline import split_run_in, without_appended_date
from build_tools.model import ActorRef
from build_tools.pages.topics import TOP, _most_named
from build_tools.vocab import Vocabulary

PROFILE = settings(max_examples=300, deadline=None)

DATE_PIECES = [
    "March", "Sept.", "sep", "MAY", "3", "21st", "of", "2019", "1999", "2024-02-29", "2023-02-30", "30",
    "February", ",", " ", "  ", "-", "|", "Monday", "x", "20245", "1", "12", "on", "News", "Updated",
]  # fmt: skip


def reference_find_date(text: str) -> tuple[str, int] | None:
    """The plain rule: each pattern's first valid match along the whole text, the earliest of them."""
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("m"):
                iso = _iso(int(groups["year"]), int(groups["m"]), int(groups["d"]))
            else:
                iso = _iso(int(groups["year"]), _MONTHS[groups["month"].lower().rstrip(".")], int(groups["day"]))
            if iso:
                found.append((match.start(), iso))
                break
    if not found:
        return None
    start, iso = min(found)
    return iso, start


@PROFILE
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=14).map(" ".join))
@example("Feb 30, 2023 and March 3, 2023")
@example("In 2019 and 2020 the talks; on 4 May 2021 they met")
def test_find_date_searches_only_near_years_and_finds_what_the_plain_rule_finds(text: str) -> None:
    hit = find_date(text)
    assert ((hit[0], hit[1].start()) if hit else None) == reference_find_date(text)


def slow_normalise(line: str) -> str:
    line = unicodedata.normalize("NFC", line)
    line = _CONTROL.sub("", _INVISIBLE.sub("", line))
    return _SPACES.sub(" ", line).strip()


@PROFILE
@given(
    st.text(
        st.sampled_from(list("aé e\u0301 \t\u00a0\u200b\u200c\ufeff\u2009\u3000“”x\x01\x7f\u202f\u2028\u0085")),
        max_size=30,
    )
)
def test_normalise_line_fast_path_gives_what_the_full_rule_gives(line: str) -> None:
    assert normalise_line(line) == slow_normalise(line)


@PROFILE
@given(st.integers(0, 40), st.integers(0, 40), st.integers(1890, 2110), st.sampled_from(["mdy", "dmy"]))
def test_numeric_date_is_a_valid_date_or_none(a: int, b: int, year: int, order: str) -> None:
    found = numeric_date(f"DATE={a}/{b}/{year}", order)
    if found is not None:
        assert re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", found)
        month, day = (a, b) if order == "mdy" and a <= 12 else (b, a)
        assert found == f"{year}-{month:02d}-{day:02d}"


@PROFILE
@given(st.lists(st.sampled_from([GOOD, NEARGOOD, SHORT, BAD]), max_size=12))
def test_resolve_leaves_only_good_and_bad_and_keeps_what_was_sure(classes: list[str]) -> None:
    final = resolve(classes)
    assert len(final) == len(classes) and set(final) <= {GOOD, BAD}
    assert all(f == c for f, c in zip(final, classes, strict=True) if c in (GOOD, BAD))


def reference_resolve(classes: list[str], inserts: list[bool]) -> list[str]:
    """The neighbours' pass as first written: from each paragraph, walk the page to the nearest one that
    counts (the faster form works the nearest ones out in one pass each way)."""

    def near(seen: list[str], index: int, step: int, skip_neargood: bool) -> str:
        index += step
        while 0 <= index < len(seen):
            if seen[index] in (GOOD, BAD) or (seen[index] == NEARGOOD and not skip_neargood):
                return seen[index]
            index += step
        return BAD

    seen = ["" if inserts[i] else c for i, c in enumerate(classes)]
    revised = list(seen)
    for i, found in enumerate(seen):
        if found != SHORT:
            continue
        before, after = near(seen, i, -1, True), near(seen, i, 1, True)
        if before == after:
            revised[i] = before
        elif (before == BAD and near(seen, i, -1, False) == NEARGOOD) or (
            after == BAD and near(seen, i, 1, False) == NEARGOOD
        ):
            revised[i] = GOOD
        else:
            revised[i] = BAD
    final = list(revised)
    for i, found in enumerate(revised):
        if found == NEARGOOD:
            final[i] = BAD if near(revised, i, -1, True) == BAD and near(revised, i, 1, True) == BAD else GOOD
        elif found == "":
            final[i] = BAD
    return final


@PROFILE
@given(st.lists(st.tuples(st.sampled_from([GOOD, NEARGOOD, SHORT, BAD]), st.booleans()), max_size=16))
def test_resolve_is_the_neighbours_pass_as_first_written(pairs: list[tuple[str, bool]]) -> None:
    classes, inserts = [c for c, _ in pairs], [i for _, i in pairs]
    assert resolve(classes, inserts) == reference_resolve(classes, inserts)


LINES = st.sampled_from(
    [
        "Port talks make progress",
        "PORT TALKS MAKE PROGRESS",
        "Advertisement",
        "Officials met on Monday to discuss the corridor and agreed to meet again within a month.",
        "Officials met on Monday ...",
        "Home | News | World",
        "By Sam Example",
        "March 3, 2024",
        "(Courtesy: Example Weekly)",
        "",
    ]
)


@PROFILE
@given(st.lists(LINES, max_size=12))
def test_dedupe_keeps_order_and_drops_only_copies(lines: list[str]) -> None:
    units = reflow(lines)
    kept, removed = dedupe(list(units), [])
    assert [id(u) for u in kept] == [id(u) for u in units if any(u is k for k in kept)]  # order kept
    assert len(kept) + len(removed) == len(units)
    assert len({u.text.casefold() for u in kept}) == len(kept)  # no two copies left


@PROFILE
@given(lines=st.lists(LINES, max_size=12), noise=st.text(max_size=60))
def test_any_page_gives_a_brief_and_every_unit_a_label(lines: list[str], noise: str, vocab: Vocabulary) -> None:
    text = "\n".join(lines + [noise])
    units = reflow(strip_furniture(text, vocab).lines)
    classify(units, vocab)
    assert all(u.label in (GOOD, BAD) for u in units)
    brief = extract_brief(text, vocab).brief
    assert brief.title and brief.kind in (None, "news-report", "opinion", "press-release", "transcript")
    assert brief.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", brief.date)
    assert brief.source_url is None or brief.source_url.startswith(("http://", "https://"))


@PROFILE
@given(st.text(st.sampled_from(list("Ab c.Dx? ")), max_size=200))
def test_run_in_split_only_cuts_text_in_two(text: str) -> None:
    split = split_run_in(text, frozenset({"the", "a", "of"}))
    if split:
        head, rest = split
        assert text.startswith(head) and text.endswith(rest) and head and rest


@PROFILE
@given(st.lists(st.sampled_from(DATE_PIECES + ["Talks", "resume", "talks"]), max_size=10).map(" ".join))
def test_appended_date_and_unglued_stamps_keep_the_text(text: str) -> None:
    title, date = without_appended_date(text)
    assert text.startswith(title)
    assert date is None or date in (text + " ") or find_date(text[len(title) :])
    # Ungluing only puts a space (or " | ") between words: no character of the text changes.
    assert re.sub(r"[ |]", "", unglue_stamp(text)) == re.sub(r"[ |]", "", text)


@given(
    st.lists(
        st.tuples(st.integers(1, 6), st.sampled_from(["person", "organization", "country"]), st.sampled_from("abAB")),
        max_size=40,
    )
)
def test_the_most_named_actors_are_the_head_of_a_full_sort(actors: list[tuple[int, str, str]]) -> None:
    """`topics._most_named` (which sorts only the actors that can make the top) gives what sorting them all gives."""
    counts = Counter({f"actor-{i}": count for i, (count, _, _) in enumerate(actors)})
    names = {f"actor-{i}": ActorRef(f"actor-{i}", f"{name}{i % 3}", kind) for i, (_, kind, name) in enumerate(actors)}
    by_count = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    every = sorted(counts, key=lambda i: (-counts[i], names[i].name.casefold()))
    for wanted in (("person", "organization"), ("country",)):
        assert _most_named(by_count, counts, names, wanted) == [i for i in every if names[i].type in wanted][:TOP]


_MENU_WORDS = ["Home", "Share", "Port talks make progress", "Comments (12)", "By Jane Roe", "Updated ago", "2h"]


@PROFILE
@given(line=st.lists(st.sampled_from(_MENU_WORDS), max_size=6).map(" ".join))
def test_a_lines_kept_rule_is_the_rule_worked_out(line: str, vocab: Vocabulary) -> None:
    from build_tools.clean import _first_rule, _furniture_rule, _furniture_rules

    worked_out = _first_rule(line, vocab, _furniture_rules(vocab))
    assert _furniture_rule(line, vocab) == worked_out == _furniture_rule(line, vocab)
