"""Sentences and tokens: the shared grammar of every extractor.

These are English-language conventions (where a sentence ends, what a word
is), not editorial choices, so they live in code; word lists live in taxonomy/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "sgt", "sen", "rep",
    "gov", "jr", "sr", "prof", "no", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "hon", "messrs", "mt", "ft", "approx", "dept", "est", "govt",
}
_BOUNDARY = re.compile(r"""([.!?…]+["”’')\]]*)(\s+)(?=["“‘'(\[]?[A-Z0-9])""")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]")

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations and initials whole."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        before = paragraph[start : match.start()].rstrip()
        if before.count("“") > before.count("”"):
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
    return [s for s in sentences if s]


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its place in the sentence."""

    text: str  #: as written, possessive removed
    start: int
    end: int
    possessive: bool = False

    @property
    def key(self) -> str:
        """Lower-cased with straight apostrophes, for word-list look-ups."""
        return self.text.translate(APOSTROPHES).casefold()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(sentence: str) -> list[Token]:
    """Words and punctuation; "Pakistan's" becomes "Pakistan" marked possessive."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(sentence):
        text = match.group()
        possessive = False
        if len(text) > 2 and text[-2:].translate(APOSTROPHES).lower() == "'s" and text[-3].isalpha():
            text, possessive = text[:-2], True
        tokens.append(Token(text, match.start(), match.start() + len(text), possessive))
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
            folded.append(Token(tok.text, tok.start, tok.end, True))
            i += 3
            continue
        folded.append(tok)
        i += 1
    return folded


def words(text: str) -> list[str]:
    """The words of a text, for counting."""
    return re.findall(r"\w+(?:[-'’]\w+)*", text)
