"""The summary and key points: sentences taken from the article, never written anew."""

from __future__ import annotations

import re

from ..text import sentences_of, split_sentences, word_count
from .actors import Found

_DIGIT = re.compile(r"\d")
SUMMARY_MIN_WORDS = 35
KEY_POINTS = 5


def summarise(paragraphs: list[str], max_sentences: int = 3) -> list[str]:
    """The lede: the first two or three sentences, enough to say what happened."""
    picked: list[str] = []
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            if word_count(sentence) < 4:
                continue
            picked.append(sentence)
            if len(picked) >= max_sentences or (
                len(picked) >= 2 and sum(word_count(s) for s in picked) >= SUMMARY_MIN_WORDS
            ):
                return picked
    return picked


def key_points(paragraphs: list[str], found: Found, skip: list[str], limit: int = KEY_POINTS) -> list[str]:
    """The sentences richest in named actors, figures and quotations, in article order."""
    sentences = sentences_of(paragraphs)
    named: dict[int, set[str]] = {}
    for mention in found.mentions:
        named.setdefault(mention.sentence, set()).add(mention.key)
    scored: list[tuple[float, int, str]] = []
    for index, sentence in enumerate(sentences):
        if sentence in skip or not 8 <= word_count(sentence) <= 60:
            continue
        score = len(named.get(index, ())) + (1.0 if _DIGIT.search(sentence) else 0.0)
        score += 0.5 if "“" in sentence or '"' in sentence else 0.0
        score -= index * 0.01  # earlier sentences carry more of the story
        scored.append((score, index, sentence))
    best = sorted(scored, key=lambda item: (-item[0], item[1]))[:limit]
    return [sentence for _, _, sentence in sorted(best, key=lambda item: item[1])]
