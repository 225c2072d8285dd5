"""The summary and key points: sentences taken from the article, never written anew.

Both are whole sentences only: a sentence the page cut off, a line without
an end, a dateline or the headline printed again is never one of them.
"""

from __future__ import annotations

import re

from ..clean import turn_speech
from ..text import GREETING, sentences_of, split_sentences, word_count
from ..vocab import SafePattern
from .actors import Found

_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[a-z0-9]+")
SUMMARY_MIN_WORDS = 35
KEY_POINTS = 5
# A full stop, question or exclamation mark, perhaps closed by a quotation mark or a bracket.
_WHOLE_ENDS = tuple(mark + close for mark in ".!?" for close in ("", '"', "”", "’", "'", ")", '")', "”)"))
_OPENS = ('"', "“", "‘", "'", "(", "$", "£", "€")


def whole_sentence(sentence: str) -> bool:
    """True for a finished sentence: it opens with a capital (a figure, a quote) and ends with its full stop."""
    return (
        sentence.endswith(_WHOLE_ENDS)
        and not sentence.endswith("...")
        and (sentence[:1].isupper() or sentence[:1].isdigit() or sentence.startswith(_OPENS))
    )


def _plain(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def summarise(
    paragraphs: list[str],
    max_sentences: int = 2,
    lede_offset: int = 0,
    title: str | None = None,
    turn: SafePattern | None = None,
) -> list[str]:
    """The lede: its first sentence, and the second when the first is short.

    `lede_offset` characters of the first paragraph (its dateline) are left out; a sentence
    repeating `title` or not whole is skipped. A transcript's turn label (`turn`, see
    `clean.turn_speech`: who speaks) is left out, and the turns after an introduction end it.
    """
    picked: list[str] = []
    repeat = _plain(title) if title else ""
    # A sentence holding the title holds its first word: most sentences are ruled out by that alone.
    first_word = repeat.split(" ", 1)[0]
    for number, paragraph in enumerate(paragraphs):
        if number == 0 and lede_offset:
            paragraph = paragraph[lede_offset:].lstrip(" ,-–—:")
        speech = turn_speech(paragraph, turn)
        if speech is not None:
            if picked:
                return picked  # the lede said who speaks; the turns that follow are the transcript
            paragraph = paragraph[speech:]
        for sentence in split_sentences(paragraph):
            if word_count(sentence) < 4 or not whole_sentence(sentence) or not picked and GREETING.match(sentence):
                continue
            if (
                repeat
                and len(sentence) >= len(repeat)
                and first_word in sentence.lower()
                and repeat in _plain(sentence)
            ):
                continue
            picked.append(sentence)
            if len(picked) >= max_sentences or sum(word_count(s) for s in picked) >= SUMMARY_MIN_WORDS:
                return picked
    return picked


def _spoken(sentence: str, turn: SafePattern | None) -> str:
    speech = turn_speech(sentence, turn)
    return sentence[speech:] if speech else sentence


_CONTINUES = re.compile(r"(?:And|But|Or|Also|Yet|So|Meanwhile|Moreover|Furthermore|However)\b")
_PRONOUN_OPENS = re.compile(r"(?:He|She|It|They|This|These|That|Those|His|Her|Their|Its)\b")


def key_points(
    paragraphs: list[str], found: Found, skip: list[str], limit: int = KEY_POINTS, turn: SafePattern | None = None
) -> list[str]:
    """The whole sentences richest in named actors, figures and quotations, in article order; a transcript's
    sentence opening a turn without its label (`turn`, see `clean.turn_speech`: who speaks)."""
    sentences = [_spoken(sentence, turn) for sentence in sentences_of(paragraphs)]
    named: dict[int, set[str]] = {}
    for mention in found.mentions:
        named.setdefault(mention.sentence, set()).add(mention.key)
    skipped = set(skip)
    scored: list[tuple[float, int, str]] = []
    for index, sentence in enumerate(sentences):
        if sentence in skipped or not 8 <= word_count(sentence) <= 60 or not whole_sentence(sentence):
            continue
        # The summary's first sentence may be the lede's without its dateline.
        if index < len(skipped) + 1 and any(sentence.endswith(s) for s in skipped):
            continue
        if _CONTINUES.match(sentence):
            continue  # "And to reduce ...", "Also, ...": goes on from a sentence the reader of a list does not see
        score = len(named.get(index, ())) + (1.0 if _DIGIT.search(sentence) else 0.0)
        score -= 1.0 if _PRONOUN_OPENS.match(sentence) else 0.0  # "He said ...": who, the list does not say
        score += 0.5 if "“" in sentence or '"' in sentence else 0.0
        score -= index * 0.01  # earlier sentences carry more of the story
        scored.append((score, index, sentence))
    best = sorted(scored, key=lambda item: (-item[0], item[1]))[:limit]
    return [sentence for _, _, sentence in sorted(best, key=lambda item: item[1])]
