"""Sentences and tokens: the shared grammar of every extractor.

These are English-language conventions (where a sentence ends, what a word
is), not editorial choices, so they live in code; word lists live in taxonomy/.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "col",
    "lt",
    "maj",
    "capt",
    "sgt",
    "sen",
    "rep",
    "gov",
    "jr",
    "sr",
    "prof",
    "no",
    "inc",
    "ltd",
    "co",
    "corp",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "hon",
    "messrs",
    "mt",
    "ft",
    "approx",
    "dept",
    "est",
    "govt",
}
_BOUNDARY = re.compile(r"""([.!?…]+["”’')\]]*)(\s+)(?=["“‘'(\[]?[A-Z0-9])""")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]")

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations and initials whole."""
    return list(_split_sentences(paragraph))


@lru_cache(maxsize=8192)  # every extractor splits the same paragraphs
def _split_sentences(paragraph: str) -> tuple[str, ...]:
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        before = paragraph[start : match.start()].rstrip()
        closed = paragraph[start : match.end(1)]
        if closed.count("“") > closed.count("”") or closed.count('"') % 2:
            continue  # inside a quotation that runs over several sentences
        last_word = before.rsplit(None, 1)[-1] if before else ""
        word = last_word.lower().strip("(\"'“‘")
        if match.group(1) == "." and (
            word in _ABBREVIATIONS
            or re.fullmatch(r"[a-z]", word)  # an initial: "Harry S. Truman"
            or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)  # "U.S." mid-sentence
        ):
            continue
        end = match.end(1)
        sentences.append(paragraph[start:end].strip())
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        sentences.append(rest)
    return tuple(s for s in sentences if s)


class Token(NamedTuple):
    """A word or punctuation mark with its place in the sentence."""

    text: str  #: as written, possessive removed
    start: int
    end: int
    possessive: bool
    key: str  #: lower-cased with straight apostrophes, for word-list look-ups
    is_capitalised: bool
    is_word: bool


def _token(text: str, start: int, possessive: bool = False) -> Token:
    first = text[:1]
    return Token(
        text,
        start,
        start + len(text),
        possessive,
        text.translate(APOSTROPHES).casefold(),
        first.isupper(),
        first.isalnum(),
    )


def tokenize(sentence: str) -> list[Token]:
    """Words and punctuation; "Pakistan's" becomes "Pakistan" marked possessive."""
    return list(_tokenize(sentence))


@lru_cache(maxsize=8192)
def _tokenize(sentence: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(sentence):
        text = match.group()
        possessive = False
        if len(text) > 2 and text[-2:].translate(APOSTROPHES).lower() == "'s" and text[-3].isalpha():
            text, possessive = text[:-2], True
        tokens.append(_token(text, match.start(), possessive))
    # "U.S.’s" tokenises as "U.S." "’" "s": fold the possessive back on.
    folded: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (
            i + 2 < len(tokens)
            and tokens[i + 1].text in ("'", "’")
            and tokens[i + 2].text == "s"
            and tokens[i + 1].start == tok.end
        ):
            folded.append(tok._replace(possessive=True))
            i += 3
            continue
        folded.append(tok)
        i += 1
    return tuple(folded)


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def words(text: str) -> list[str]:
    """The words of a text, for counting."""
    return _WORD.findall(text)
