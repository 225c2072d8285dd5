"""Topics an article gives substance to, by the matching rules in taxonomy/topics.yml."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import Topic, Vocabulary
from .text import split_sentences


def _term_regex(term: str) -> re.Pattern[str]:
    """A term as a whole-word pattern; `*` matches any word ending.

    Terms written with capitals ("TTP", "China") match that case only, so an
    acronym is not found inside ordinary words.
    """
    stem = term.rstrip("*")
    body = re.escape(stem).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
    tail = r"[\w-]*" if term.endswith("*") else ""
    flags = 0 if any(ch.isupper() for ch in stem) else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){body}{tail}(?![\w])", flags)


@lru_cache(maxsize=256)
def _compiled(topic: Topic) -> list[tuple[re.Pattern[str], float]]:
    return [(_term_regex(t), 1.0) for t in topic.terms] + [(_term_regex(t), 0.5) for t in topic.weak_terms]


def topic_weights(paragraphs: list[str], vocab: Vocabulary) -> dict[str, float]:
    """Each topic's weight: per sentence, the sum of the distinct terms it contains."""
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    weights: dict[str, float] = {}
    for topic in vocab.topics:
        patterns = _compiled(topic)
        total = 0.0
        for sentence in dict.fromkeys(sentences):  # a repeated sentence counts once
            total += sum(weight for regex, weight in patterns if regex.search(sentence))
        weights[topic.id] = total
    return weights


def find_topics(paragraphs: list[str], vocab: Vocabulary) -> list[str]:
    """Topic ids whose weight reaches their threshold, in vocabulary order."""
    weights = topic_weights(paragraphs, vocab)
    return [t.id for t in vocab.topics if weights[t.id] >= t.min_weight and weights[t.id] > 0]
