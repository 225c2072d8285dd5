"""The given-name list is Faker's, as tests/update_given_names.py writes it, and loads as the extractor expects."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from build_tools.extract.lexicon import lexicon
from build_tools.vocab import Vocabulary

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import update_given_names  # noqa: E402


def test_committed_list_is_what_the_pinned_faker_gives() -> None:
    committed = update_given_names.TARGET.read_text(encoding="utf-8")
    assert committed == update_given_names.render(), "run: python tests/update_given_names.py, review the diff"


def test_list_loads_without_words_of_other_kinds(vocab: Vocabulary) -> None:
    lex = lexicon(vocab)
    assert len(lex.given_names) > 10_000
    # Pakistani, Western and Turkic first names are there ...
    assert {"ahmed", "ayesha", "john", "mary", "emre"} <= lex.given_names
    # ... but not a word the other lists give another kind: an office, a month, a place.
    assert not {"general", "may", "president", "karachi"} & lex.given_names
    assert "bill" in lex.given_also_words


@pytest.mark.parametrize("value", [["Omar"], 7])
def test_a_list_that_is_not_a_block_is_refused_by_name(vocab: Vocabulary, value: object) -> None:
    from dataclasses import replace

    from build_tools.vocab import VocabularyError

    broken = replace(vocab, rules={**vocab.rules, "given_names": value})
    with pytest.raises(VocabularyError, match="given_names"):
        lexicon(broken)
