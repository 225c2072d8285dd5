"""Capitalised phrases of a sentence: the candidates for people, organisations and offices.

A phrase is a run of capitalised words, held together by the grammar words
names and institutions use ("Council of the ...", "Ministry of Science and
Technology", "Osama bin Laden"); what it names is decided by the readers in
people.py and organisations.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text import Token
from .lexicon import INITIAL, OFFICE_CONNECTORS, SPAN_CONNECTORS, Words


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its number, its text and its tokens."""

    index: int
    text: str
    tokens: list[Token]

    def text_of(self, first: int, last: int) -> str:
        """The sentence's own text from token `first` to token `last` (a possessive's "'s" kept)."""
        tokens = self.tokens
        end = tokens[last].end + (2 if tokens[last].possessive else 0)
        return self.text[tokens[first].start : end]

    def plain(self, first: int, last: int) -> str:
        """The sentence's own text from token `first` to token `last`, without a possessive's "'s"."""
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def at(self, first: int) -> tuple[int, int]:
        """Where token `first` stands in the article: (sentence, character)."""
        return self.index, self.tokens[first].start


def spans(words: Words, tokens: list[Token], capitalised: list[int]) -> list[list[int]]:
    """Indices of the capitalised phrases in a sentence, given the indices of its capitalised tokens."""
    out: list[list[int]] = []
    n = len(tokens)
    after = 0  # a phrase starts after the end of the previous one
    honorifics = words.lex.honorifics
    for i in capitalised:
        if i < after or not tokens[i].is_word:
            continue
        span, j = [i], i
        while not tokens[j].possessive:
            k = j + 1
            if k < n and tokens[k].text == "." and (tokens[j].key in honorifics or INITIAL.match(tokens[j].text)):
                k += 1
            if k >= n:
                break
            nxt = tokens[k]
            if nxt.is_capitalised and nxt.is_word:
                span.append(k)
                j = k
                continue
            joined = _joiner(words, tokens, span, k)
            if joined:
                span.extend(joined)
                j = joined[-1]
                continue
            break
        out.append(span)
        after = j + 1
    return out


def _joiner(words: Words, tokens: list[Token], span: list[int], k: int) -> list[int] | None:
    """Connector words that continue a phrase ("Council of the ...")."""
    n, key = len(tokens), tokens[k].key
    m = k + 1
    lex, last = words.lex, tokens[span[-1]]
    # "of", "for", "on" continue an office or an institution, never a bare
    # name ("Omar Farouk on Monday" is a name, then a date).
    continues = key in SPAN_CONNECTORS and not all(words.is_name_word(tokens[i]) for i in span)
    if key in OFFICE_CONNECTORS and last.key in lex.role_words:
        continues = True  # "Ambassador to the United States", "Consul General in Karachi"
    elif key == "and":
        # "Ministry of Science and Technology"; an office's portfolio of two
        # fields, "Minister for Information and Broadcasting" (but "the
        # Minister and Ali Khan" are two people).
        portfolio = last.key in lex.portfolio_words or last.key in lex.role_words and last.key not in lex.role_heads
        continues = words.has_org_word(tokens, span) or portfolio and words.has_role_head(tokens, span)
    if continues:
        if m < n and tokens[m].key == "the":
            m += 1
        if m < n and tokens[m].is_capitalised and tokens[m].is_word:
            return list(range(k, m + 1))
    if key in lex.particles and m < n and tokens[m].is_capitalised and tokens[m].is_word:
        if words.is_name_word(tokens[span[-1]]):
            return [k, m]
    return None
