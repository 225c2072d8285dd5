"""Same-story links on re-ingest: the few changed briefs' candidates, found in the archive's packed sketches."""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.near_duplicates import BINS, ROWS
from build_tools.story_links import _candidates, _pack, _raw

# Sketch values from a tiny range, so that sketches often share a band (and values within one).
SKETCHES = st.lists(
    st.one_of(st.just(()), st.lists(st.integers(0, 5), min_size=BINS, max_size=BINS).map(tuple)),
    min_size=21,
    max_size=40,
)


def sharing_a_band(sketches: dict[str, tuple[int, ...]], pending: set[str]) -> list[tuple[str, str]]:
    """The rule, stated plainly: another brief whose sketch equals a pending one's on some whole band."""
    pairs = set()
    for name in pending:
        mine = sketches[name]
        for other, theirs in sketches.items():
            bands = range(0, min(len(mine), len(theirs)) - ROWS + 1, ROWS)
            if other != name and any(mine[b : b + ROWS] == theirs[b : b + ROWS] for b in bands):
                pairs.add((min(name, other), max(name, other)))
    return sorted(pairs)


@settings(max_examples=150, deadline=None)
@given(SKETCHES, st.integers(0, 39))
def test_a_changed_brief_is_compared_with_every_brief_sharing_a_band(found: list[tuple[int, ...]], pick: int) -> None:
    sketches = {f"b{i:02}.md": sketch for i, sketch in enumerate(found)}
    pending = {f"b{pick % len(found):02}.md"}  # one changed brief of 21 or more: the re-ingest path
    packed = {name: array("I", sketch).tobytes() for name, sketch in sketches.items()}
    assert _candidates(packed, pending) == sharing_a_band(sketches, pending)


def test_a_band_found_at_another_offset_is_not_a_candidate() -> None:
    band = (7, 8, 9)
    mine = band + (0,) * (BINS - ROWS)
    shifted = (1,) * ROWS + band + (1,) * (BINS - 2 * ROWS)  # the same values, one band later
    sketches = {"a.md": mine, "b.md": shifted, **{f"z{i}.md": (5,) * BINS for i in range(20)}}
    packed = {name: array("I", sketch).tobytes() for name, sketch in sketches.items()}
    assert _candidates(packed, {"a.md"}) == []


def test_a_damaged_cached_sketch_is_read_as_damaged_not_as_a_short_sketch() -> None:
    good = array("I", range(BINS)).tobytes()
    assert _raw(_pack(good)) == good and _raw("") == b""
    assert _raw("not base64!") is None and _raw(_pack(good[:-4])) is None


def test_bands_at_either_end_of_the_archive_and_of_the_sketch_are_found() -> None:
    def sketch(fill: int, first: int = -1, last: int = -1) -> tuple[int, ...]:
        values = [fill] * BINS
        if first >= 0:
            values[:ROWS] = [first] * ROWS
        if last >= 0:
            end = BINS // ROWS * ROWS  # the last whole band ends here
            values[end - ROWS : end] = [last] * ROWS
        return tuple(values)

    sketches = {f"m{i:02}.md": sketch(100 + i) for i in range(20)}
    sketches["a.md"] = sketch(1, first=7)  # first in the archive's order, shares the first band
    sketches["z.md"] = sketch(2, last=9)  # last, shares the last band
    sketches["new.md"] = sketch(3, first=7, last=9)
    packed = {name: array("I", s).tobytes() for name, s in sorted(sketches.items())}
    assert _candidates(packed, {"new.md"}) == [("a.md", "new.md"), ("new.md", "z.md")]
