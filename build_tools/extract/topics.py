"""Topics an article gives substance to, by the matching rules in taxonomy/topics.yml.

A term is a word or phrase; `*` at its end matches any ending ("terror*" finds
"terrorism"); a hyphen in a term matches a hyphen, a space or nothing
("counter-terror*" finds "counter terrorism" and "counterterrorism"). Terms
written with capitals ("TTP", "China") match that case only, so an acronym is
not found inside ordinary words. Matching works on words, not regular
expressions tried only where the term's first word occurs.
"""

from __future__ import annotations

import re
from operator import itemgetter

from ..text import split_sentences
from ..vocab import Vocabulary

_WORD = re.compile(r"[^\W_]+")


def _term_regex(term: str) -> re.Pattern[str]:
    """A term as a whole-word pattern (see the module docstring for the syntax)."""
    stem = term.rstrip("*")
    body = re.escape(stem).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
    tail = r"[\w-]*" if term.endswith("*") else ""
    # Case-insensitive terms are matched against the lower-cased sentence (faster than IGNORECASE).
    body = body if any(ch.isupper() for ch in stem) else body.lower()
    # No look-behind at the start: a leading literal lets `re` scan fast; the
    # word boundary before the match is checked in `_found`.
    return re.compile(rf"{body}{tail}(?![\w])")


def _found(regex: re.Pattern[str], text: str) -> bool:
    """True when `regex` matches at the start of a word of `text`."""
    for match in regex.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        if not (before.isalnum() or before in "_-"):
            return True
    return False


_Terms = dict[str, list[tuple[str, re.Pattern[str], float, bool]]]


def _index(vocab: Vocabulary) -> tuple[_Terms, _Terms]:
    """(term's first word -> terms, first three letters of a term's first word -> terms), built once.

    Each term is (topic, pattern, weight, exact). A plain first word is looked
    up whole; one that may go on ("terror*", "counter-terror*" read as
    "counterterrorism") by its first three letters.
    """
    cached = vocab.__dict__.get("_topic_index")
    if cached is None:
        whole_words: _Terms = {}
        prefixes: _Terms = {}
        for topic in vocab.topics:
            for terms, weight in ((topic.terms, 1.0), (topic.weak_terms, 0.5)):
                for text in terms:
                    first = _WORD.findall(text)
                    if first:
                        whole = len(first) == 1 and not text.endswith("*") or " " in text and "-" not in text
                        index, key = (whole_words, first[0].lower()) if whole else (prefixes, first[0][:3].lower())
                        exact = any(ch.isupper() for ch in text)
                        index.setdefault(key, []).append((topic.id, _term_regex(text), weight, exact))
        cached = vocab.__dict__["_topic_index"] = (whole_words, prefixes)
    return cached  # type: ignore[no-any-return]


_first_three = itemgetter(slice(0, 3))  # word[:3], applied in C by map()


def topic_weights(paragraphs: list[str], vocab: Vocabulary) -> dict[str, float]:
    """Each topic's weight: per sentence, the sum of the distinct terms it contains."""
    whole_words, prefixes = _index(vocab)
    weights = dict.fromkeys((t.id for t in vocab.topics), 0.0)
    # A repeated sentence counts once.
    for sentence in dict.fromkeys(s for p in paragraphs for s in split_sentences(p)):
        lower = sentence.lower()
        # Only terms whose first word could be in the sentence are tried (each once;
        # the order does not matter, as the weights, halves and wholes, add exactly).
        found = set(_WORD.findall(lower))
        for index, keys in (
            (whole_words, whole_words.keys() & found),
            (prefixes, prefixes.keys() & set(map(_first_three, found))),
        ):
            for key in keys:
                for topic_id, regex, weight, exact in index[key]:
                    if _found(regex, sentence if exact else lower):
                        weights[topic_id] += weight
    return weights


def find_topics(paragraphs: list[str], vocab: Vocabulary) -> list[str]:
    """Topic ids whose weight reaches their threshold, in vocabulary order."""
    weights = topic_weights(paragraphs, vocab)
    return [t.id for t in vocab.topics if weights[t.id] >= t.min_weight and weights[t.id] > 0]
