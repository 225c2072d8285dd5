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
from collections.abc import Callable
from operator import itemgetter
from typing import NamedTuple

from ..memo import Memo
from ..text import sentences_of
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


class _Term(NamedTuple):
    number: int  #: the term's place in `_Terms.terms`
    topic: str
    regex: re.Pattern[str]
    weight: float
    exact: bool  #: matched in the text as written (else lower-cased)


_first_three = itemgetter(slice(0, 3))  # word[:3], applied in C by map()
_keys_of, _found_in = itemgetter(0), itemgetter(1)  # of a chunk's facts
# What one run of non-space characters offers: the index keys of its words, and the
# numbers of the chunk-local terms (see `_Terms`) found in it. None when it offers nothing.
_ChunkFacts = tuple[frozenset[str], frozenset[int]] | None


class _Terms:
    """A vocabulary's terms, arranged once: each under an index key, the key its first word gives.

    A plain first word is looked up whole ("trade"); one that may go on
    ("terror*", "counter-terror*" read as "counterterrorism") by its first
    three letters, as the key "ter*". A term is tried in a sentence only when
    the sentence has a word giving its key.

    Most terms are one word of ASCII letters ("trade", "TTP", "terror*"): a match
    lies inside one run of non-space characters (a "chunk") and proves the chunk
    has the word that gives the key. Those "chunk-local" terms are looked for once
    per distinct chunk, from a cache, since words recur; the others (phrases,
    hyphenated terms, "al-Qaeda" whose key "al" a match "alQaeda" does not give)
    are tried on the whole sentence.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.terms: list[_Term] = []
        self.local: dict[str, list[_Term]] = {}  #: key -> chunk-local terms
        self.phrases: dict[str, list[_Term]] = {}  #: key -> terms tried on the whole sentence
        for topic in vocab.topics:
            for terms, weight in ((topic.terms, 1.0), (topic.weak_terms, 0.5)):
                for text in terms:
                    first = _WORD.findall(text)
                    if not first:
                        continue
                    whole = len(first) == 1 and not text.endswith("*") or " " in text and "-" not in text
                    key = first[0].lower() if whole else first[0][:3].lower() + "*"
                    exact = any(ch.isupper() for ch in text)
                    term = _Term(len(self.terms), topic.id, _term_regex(text), weight, exact)
                    self.terms.append(term)
                    local = (
                        text.isascii()
                        and not any(ch.isspace() or ch == "-" for ch in text)  # a match spans no space
                        and (whole or len(first[0]) >= 3)  # a match's first word gives the key
                    )
                    (self.local if local else self.phrases).setdefault(key, []).append(term)
        self.whole_keys = frozenset(k for k in (*self.local, *self.phrases) if not k.endswith("*"))
        self.prefix_keys = frozenset(k[:-1] for k in (*self.local, *self.phrases) if k.endswith("*"))
        self._cache_chunks()

    def _cache_chunks(self) -> None:
        # Bounded: distinct chunks grow with the archive.
        self.chunk_facts: Callable[[str], _ChunkFacts] = Memo(self._chunk_facts).__getitem__

    # The vocabulary goes to ingest's worker processes by pickle, which cannot take the cache.
    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "chunk_facts"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._cache_chunks()

    def _chunk_facts(self, chunk: str) -> _ChunkFacts:
        lower = chunk.lower()
        words = _WORD.findall(lower)
        keys = set(self.whole_keys.intersection(words))
        keys.update(k + "*" for k in self.prefix_keys.intersection(map(_first_three, words)))
        if not keys:
            return None
        found = frozenset(
            term.number
            for key in keys
            for term in self.local.get(key, ())
            if _found(term.regex, chunk if term.exact else lower)
        )
        return frozenset(keys), found


def _index(vocab: Vocabulary) -> _Terms:
    """The vocabulary's terms arranged for matching (built once per vocabulary)."""
    cached = vocab.__dict__.get("_topic_terms")
    if cached is None:
        cached = vocab.__dict__["_topic_terms"] = _Terms(vocab)
    return cached  # type: ignore[no-any-return]


def topic_weights(paragraphs: list[str], vocab: Vocabulary) -> dict[str, float]:
    """Each topic's weight: per sentence, the sum of the distinct terms it contains."""
    index = _index(vocab)
    terms, phrases, chunk_facts = index.terms, index.phrases, index.chunk_facts
    weights = dict.fromkeys((t.id for t in vocab.topics), 0.0)
    # A repeated sentence counts once. The order of the additions does not matter:
    # the weights, halves and wholes, add exactly.
    for sentence in dict.fromkeys(sentences_of(paragraphs)):
        # The sentence's words are the words of its chunks (a word holds no space, and
        # lower-casing a chunk alone gives what lower-casing the sentence gives it).
        facts = list(filter(None, map(chunk_facts, sentence.split())))  # (in C: most chunks offer nothing)
        if not facts:
            continue
        keys = frozenset().union(*map(_keys_of, facts))
        for number in frozenset().union(*map(_found_in, facts)):
            weights[terms[number].topic] += terms[number].weight
        lower = None
        for key in phrases.keys() & keys:
            for term in phrases[key]:
                if term.exact:
                    text = sentence
                else:
                    text = lower = sentence.lower() if lower is None else lower
                if _found(term.regex, text):
                    weights[term.topic] += term.weight
    return weights


def find_topics(paragraphs: list[str], vocab: Vocabulary) -> list[str]:
    """Topic ids whose weight reaches their threshold, in vocabulary order."""
    weights = topic_weights(paragraphs, vocab)
    return [t.id for t in vocab.topics if weights[t.id] >= t.min_weight and weights[t.id] > 0]
