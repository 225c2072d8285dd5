"""Quotations: credited to the named speaker or the holder of a stated office, never to a country; none twice."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.extract.actors import find_actors
from build_tools.extract.quotes import _sentence_at, find_quotes
from build_tools.vocab import Vocabulary, load_vocabulary

# Hypothesis tests take the vocabulary from here: a fixture's repr is too large to report.
_VOCAB = load_vocabulary(Path(__file__).resolve().parent.parent)


def quotes(text: str, vocab: Vocabulary) -> list[tuple[str, str | None]]:
    paragraphs = [p for p in text.split("\n") if p]
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, find_actors(paragraphs, vocab), vocab)]


def test_the_named_speaker_after_the_quotation(vocab: Vocabulary) -> None:
    text = "“We will reopen the northern port by spring,” said Ruth Calder, the transport minister."
    assert quotes(text, vocab) == [("We will reopen the northern port by spring,", "Ruth Calder")]


def test_a_country_is_never_the_speaker(vocab: Vocabulary) -> None:
    text = "“The new duties are unfair and will hurt our farmers,” Pakistan said on Monday."
    assert quotes(text, vocab) == [("The new duties are unfair and will hurt our farmers,", None)]


def test_a_stated_office_names_its_holder(vocab: Vocabulary) -> None:
    text = (
        "Chief of Army Staff General Tarek Olsen met former army chief General Mira Dahl.\n"
        "“Our ties with the region remain strong and steady,” the army chief said."
    )
    assert quotes(text, vocab) == [("Our ties with the region remain strong and steady,", "Tarek Olsen")]


def test_according_to_a_stated_office_names_its_holder(vocab: Vocabulary) -> None:
    text = (
        "Varnian Ambassador Tarek Olsen met the transport minister, Ruth Calder, on Monday.\n"
        "According to the ambassador, “trade can double in five years if the barriers go.”"
    )
    assert quotes(text, vocab) == [("trade can double in five years if the barriers go.", "Tarek Olsen")]


def test_a_former_holder_answers_to_former(vocab: Vocabulary) -> None:
    text = (
        "Chief of Army Staff General Tarek Olsen met former army chief General Mira Dahl.\n"
        "“I left the service with no regrets at all,” the former army chief said."
    )
    assert quotes(text, vocab) == [("I left the service with no regrets at all,", "Mira Dahl")]


def test_the_second_part_of_a_split_quotation_keeps_its_speaker(vocab: Vocabulary) -> None:
    text = (
        "Senator Ruth Calder spoke about Varnia.\n"
        "“By closing the border to trade,” she warned, “we may lose our partners in the region.”"
    )
    assert [speaker for _, speaker in quotes(text, vocab)] == ["Ruth Calder", "Ruth Calder"]


def test_the_reporting_speaker_after_the_quotation_wins(vocab: Vocabulary) -> None:
    text = (
        "Ruth Calder urged Tarek Olsen to act and warned that “the delay will cost the country dearly,” Mira Dahl said."
    )
    assert quotes(text, vocab) == [("the delay will cost the country dearly,", "Mira Dahl")]


def test_a_quotation_inside_a_longer_one_is_not_listed_again(vocab: Vocabulary) -> None:
    text = (
        "Officials said the threats “could well in turn be threats to us”.\n"
        "Ruth Calder said: “Many of the threats Varnia faces could well in turn be threats to us. We value the work.”"
    )
    found = quotes(text, vocab)
    assert len(found) == 1 and found[0][1] == "Ruth Calder"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["“", "”", '"', "Pakistan", "said", "Ruth Calder", "he", "the", "port will open soon", ",", "."]
        ),
        max_size=14,
    )
)
def test_no_quotation_is_credited_to_a_country_or_listed_inside_another(parts: list[str]) -> None:
    text = " ".join(parts)
    found = find_quotes([text], find_actors([text], _VOCAB), _VOCAB)
    assert all(q.speaker_id != "pakistan" for q in found)
    assert not any(a.text in b.text for a in found for b in found if a is not b)


def test_the_words_after_a_verbs_object_are_its_subjects(vocab: Vocabulary) -> None:
    text = (
        "Minister Ruth Calder praised Governor Tarek Olsen and called Admiral Mira Dahl "
        '"a great admiral who did a tremendous job".'
    )
    assert quotes(text, vocab) == [("a great admiral who did a tremendous job", "Ruth Calder")]


def test_the_words_after_a_names_own_clause_are_that_names(vocab: Vocabulary) -> None:
    text = (
        "The envoy recalled the framework set by Governor Tarek Olsen, the founder of the port, "
        'who saw it "at peace within and without".'
    )
    assert quotes(text, vocab) == [("at peace within and without", "Tarek Olsen")]


def test_he_said_after_a_sentence_naming_two_is_its_subjects_words(vocab: Vocabulary) -> None:
    text = (
        "Rep. Ruth Calder, a Democrat from Texas, said she would raise the matter with Secretary Omar Farouk. "
        "“These are small businesses and someone has to pay them,” she said."
    )
    assert quotes(text, vocab) == [("These are small businesses and someone has to pay them,", "Ruth Calder")]


def test_a_name_inside_what_the_speaker_said_is_not_the_speaker(vocab: Vocabulary) -> None:
    text = (
        'Ruth Calder, a former ambassador, said in a statement that Mr Omar Farouk was "the most persuasive '
        'advocate his country had in that decade". "We disagreed on almost everything," she said.'
    )
    assert quotes(text, vocab) == [
        ("the most persuasive advocate his country had in that decade", "Ruth Calder"),
        ("We disagreed on almost everything,", "Ruth Calder"),
    ]
    text = "Prime Minister Ruth Calder told Omar Farouk on a phone call that Varnia “will never accept mediation”."
    assert quotes(text, vocab) == [("will never accept mediation", "Ruth Calder")]


def test_a_second_quotation_after_its_speakers_attribution_is_theirs(vocab: Vocabulary) -> None:
    text = (
        "“We will reopen the northern port by spring,” said Ruth Calder, the transport minister. "
        "“The dredging has already begun in earnest.”\n"
        "“The corridor is a priority for all of us,” the ambassador said, but critics disagreed. "
        "“It is far too little and far too late,” they wrote."
    )
    assert quotes(text, vocab) == [
        ("We will reopen the northern port by spring,", "Ruth Calder"),
        ("The dredging has already begun in earnest.", "Ruth Calder"),
        ("The corridor is a priority for all of us,", None),
        ("It is far too little and far too late,", None),
    ]


@given(st.lists(st.integers(0, 500)).map(sorted), st.integers(-5, 600))
def test_the_sentence_a_quotation_starts_in_is_found_by_halving(offsets: list[int], start: int) -> None:
    linear = max([i for i, off in enumerate(offsets) if off <= start] or [0])
    assert _sentence_at(offsets, start, rising=True) == linear
    assert _sentence_at(offsets[::-1], start, rising=False) == max(
        [i for i, off in enumerate(offsets[::-1]) if off <= start] or [0]
    )
