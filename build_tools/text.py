"""Sentences and tokens: the shared grammar of every extractor.

These are English-language conventions (where a sentence ends, what a word
is), not editorial choices, so they live in code; word lists live in taxonomy/.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from .memo import Memo

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
    "reps",
    "sens",
    "gens",
    "adm",
    "brig",
    "cmdr",
    "amb",
    "atty",
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
    # Pakistani and Indian papers' own: "Ch. Jane Roe", "Engr. Jane Roe", "Mohd. Roe", "Brig. (Retd.) Roe"
    "ch",
    "engr",
    "mohd",
    "muhd",
    "retd",
    "pvt",
}
#: a speaker's greeting opening a transcript ("Good afternoon, ladies and gentlemen."): no summary of it
GREETING = re.compile(
    r"^(?:good (?:morning|afternoon|evening)|welcome(?: to| back)?\b|thank you|thanks\b|hello|hi,? everyone|"
    r"assalam[- ]?o[- ]?alaikum|ladies and gentlemen|bismillah)\b[^.!?]{0,80}[.!?]?$",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"""([.!?…]+["”’')\]]*)(\s+)(?=["“‘'(\[]?[A-Z0-9])""")
# "U.S." and "U.S.'s" are one token each; a word may hold hyphens and apostrophes.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?:['’]s\b)?|\w+(?:[-'’]\w+)*|[^\w\s]")

_INITIAL_WORD = re.compile(r"[a-z]")
_DOTTED_WORD = re.compile(r"(?:[a-z]\.)+[a-z]")
_PARTY_AND_STATE = re.compile(r"[dri]-[a-z]{2,5}")  #: a US lawmaker's party and state: "(D-Md.)", "(R-Mich.)"

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def straight_apostrophes(text: str) -> str:
    """`text.translate(APOSTROPHES)`, several times faster on a long text with any non-ASCII character."""
    return text.replace("’", "'").replace("‘", "'").replace("`", "'")


def sentences_of(paragraphs: Iterable[str]) -> list[str]:
    """Every sentence of `paragraphs`, in order: `split_sentences` of each, joined (without copying each)."""
    return list(chain.from_iterable(map(_split_sentences, paragraphs)))


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations and initials whole."""
    return list(_split_sentences(paragraph))


@lru_cache(maxsize=8192)  # every extractor splits the same paragraphs
def _split_sentences(paragraph: str) -> tuple[str, ...]:
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        closed = paragraph[start : match.end(1)]
        if closed.count("“") > closed.count("”") or closed.count('"') % 2:
            continue  # inside a quotation that runs over several sentences
        if match.group(1) == ".":
            # The word before the full stop (rsplit ignores trailing white space).
            last = paragraph[start : match.start()].rsplit(None, 1)
            word = last[-1].lower().strip("(\"'“‘") if last else ""
            if (
                word in _ABBREVIATIONS
                or _INITIAL_WORD.fullmatch(word)  # an initial: "Harry S. Truman"
                or _DOTTED_WORD.fullmatch(word)  # "U.S." mid-sentence
                or _PARTY_AND_STATE.fullmatch(word)  # "Jane Roe (D-Md.) said"
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


@lru_cache(maxsize=65536)  # the same words recur across sentences and articles
def _word_facts(text: str) -> tuple[str, bool, bool]:
    first = text[:1]
    return text.translate(APOSTROPHES).casefold(), first.isupper(), first.isalnum()


# A token of a chunk (see `_tokenize`): where it starts in the chunk, then text, length,
# possessive, key, capitalised, word.
_ChunkToken = tuple[int, str, int, bool, str, bool, bool]


def _chunk_tokens(chunk: str) -> tuple[_ChunkToken, ...]:
    """The tokens of one run of non-space characters, placed relative to its start."""
    out = []
    for match in _TOKEN.finditer(chunk):
        text = match.group()
        possessive = len(text) > 2 and text[-1] in "sS" and text[-2] in "'’" and (text[-3].isalpha() or text[-3] == ".")
        if possessive:
            text = text[:-2]
        out.append((match.start(), text, len(text), possessive, *_word_facts(text)))
    return tuple(out)


# Most chunks are a word, often with a comma or full stop: they recur.
_CHUNK_TOKENS = Memo(_chunk_tokens)
_new_tuple = tuple.__new__  # NamedTuple's own constructor is Python code; this is the hot path


def tokenize(sentence: str) -> list[Token]:
    """Words and punctuation; "Pakistan's" becomes "Pakistan" marked possessive."""
    return list(_tokenize(sentence))


@lru_cache(maxsize=8192)
def _tokenize(sentence: str) -> tuple[Token, ...]:
    # No token holds white space, and `_TOKEN` looks at nothing beyond one (its only
    # look-around is a \b, true at a chunk's end as before a space): so each run of
    # non-space characters ("chunk") is tokenized alone, once, from a cache, and the
    # sentence's tokens are the chunks' tokens moved to where each chunk stands.
    tokens: list[Token] = []
    append, new, chunk_tokens = tokens.append, _new_tuple, _CHUNK_TOKENS.__getitem__  # (locals: the hot path)
    chunks = sentence.split()
    if " ".join(chunks) == sentence:  # the usual case: one space between chunks
        where = None
    else:
        where = sentence.find
    pos = 0
    for chunk in chunks:
        if where is not None:
            pos = where(chunk, pos)  # the chunk starts after the white space only
        for offset, text, length, possessive, key, capitalised, word in chunk_tokens(chunk):
            start = pos + offset
            append(new(Token, (text, start, start + length, possessive, key, capitalised, word)))
        pos += len(chunk) + 1
    return tuple(tokens)


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def words(text: str) -> list[str]:
    """The words of a text, for counting."""
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """`len(words(text))`, from counts cached per run of non-space characters.

    A word holds no white space (nor does `_WORD` look beyond one), so a text's
    words are its chunks' words; chunks recur far more often than texts do.
    """
    return sum(map(_CHUNK_WORD_COUNTS.__getitem__, text.split()))


def _chunk_word_count(chunk: str) -> int:
    return len(_WORD.findall(chunk))


_CHUNK_WORD_COUNTS = Memo(_chunk_word_count)
