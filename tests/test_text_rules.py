"""Faster forms of the shared text rules (build_tools/text.py), held to the plain forms they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.memo import Memo
from build_tools.text import word_count, words

PROFILE = settings(max_examples=400, deadline=None)
# Word characters, the joiners a word may hold, and white space of every kind (split() and \s differ on some).
TRICKY = st.text(
    st.sampled_from(
        list("aZé9_-'’‘`.,;:“”\"() \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u2000\u2028\u2029\u202f\u3000\u200b")
    ),
    max_size=60,
)


@PROFILE
@given(st.one_of(st.text(max_size=80), TRICKY))
def test_word_count_is_the_number_of_words(text: str) -> None:
    assert word_count(text) == len(words(text))


def test_memo_gives_what_the_function_gives_and_stays_bounded() -> None:
    calls: list[str] = []

    def compute(key: str) -> int:
        calls.append(key)
        return len(key)

    memo = Memo(compute, limit=3)
    assert [memo[k] for k in ["a", "bb", "a", "ccc", "dddd", "a"]] == [1, 2, 1, 3, 4, 1]
    assert calls == ["a", "bb", "ccc", "dddd", "a"]  # "a" again only after the full memo was emptied
    assert len(memo) <= 3
    long = "x" * 65
    assert [memo[long], memo[long]] == [65, 65]
    assert calls[-2:] == [long, long] and long not in memo  # computed each time, never kept
