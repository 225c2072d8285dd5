"""Roles: the office or title an article states for a person, as it states it.

A role stands before the name ("Interior Minister Layla Qureshi") or in
apposition after it ("Layla Qureshi, the interior minister, said"); it must
hold a role head word (minister, spokesperson, professor ...) from
taxonomy/rules/names.yml.
"""

from __future__ import annotations

from .lexicon import CONNECTORS, Words
from .phrases import Sentence

#: Most words an office's object in apposition may have: "X, an economist at the Policy Research Forum, said".
MAX_APPOSITION_OBJECT = 8


def role_around(words: Words, s: Sentence, first: int, last: int) -> str | None:
    """An office stated just before the name at tokens `first`..`last`, or in apposition just after it."""
    tokens = s.tokens
    j = first - 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    picked: list[int] = []
    while j >= 0 and tokens[j].is_word and words.is_role_word(tokens[j]):
        if tokens[j].is_capitalised and words.is_name_word(tokens[j]):
            break
        picked.insert(0, j)
        j -= 1
    role = role_from(words, s, picked)
    if role or last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return role
    j, picked = last + 2, []
    if j < len(tokens) and tokens[j].key in ("a", "an"):
        j += 1
    while j < len(tokens) and tokens[j].is_word and (words.is_role_word(tokens[j]) or words.is_place(tokens[j])):
        picked.append(j)
        j += 1
    if picked and tokens[picked[-1]].key in CONNECTORS and words.has_role_head(tokens, picked):
        # "a professor of international relations,": the office's object runs to the comma.
        limit = min(len(tokens), j + MAX_APPOSITION_OBJECT)
        while j < limit and tokens[j].is_word and not words.starts_clause(tokens[j]):
            picked.append(j)
            j += 1
    if j < len(tokens) and tokens[j].text not in (",", ".", ";"):
        return None
    return role_from(words, s, picked)


def role_from(words: Words, s: Sentence, picked: list[int]) -> str | None:
    """The text of tokens `picked` as a role, connectors trimmed; None without a role head word."""
    tokens = s.tokens
    while picked and tokens[picked[0]].key in CONNECTORS:
        picked.pop(0)
    while picked and tokens[picked[-1]].key in CONNECTORS:
        picked.pop()
    # "Under President X" is a preposition; "Under Secretary" is an office.
    if len(picked) > 1 and tokens[picked[0]].key == "under" and tokens[picked[1]].key != "secretary":
        picked.pop(0)
    if not picked or not words.has_role_head(tokens, picked):
        return None
    return s.text_of(picked[0], picked[-1])
