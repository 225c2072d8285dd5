"""Roles: the office or title an article states for a person, whole and as it states it.

A role stands right before the name ("Interior Minister Layla Qureshi",
"fashion designer Layla Qureshi", "Varnia's envoy Layla Qureshi"), before a
comma that introduces the name ("The Chief of Naval Staff, Admiral Layla
Qureshi"), or in apposition after it ("Layla Qureshi, a member of the
Ports Council, said"). It must hold a role head word (minister,
spokesperson, designer ...) from taxonomy/rules/names.yml; honorifics that
end it are debris ("Interior Minister Mr"), and a rank after an office is
left to the office ("Commander Southern Command General" is the Commander).
"""

from __future__ import annotations

import re

from ..text import Token
from .lexicon import ACRONYM, ARTICLES, CLAUSE_WORDS, COMPOUND_LINKS, CONNECTORS, GRAMMAR_WORDS, SURNAME, Words
from .phrases import Sentence

#: Most words a role in apposition may have before it is taken for a clause.
MAX_APPOSITION = 14
#: Lower-case words that may qualify a role's head before it ("fashion designer", "ousted civilian").
MAX_MODIFIERS = 2
# Words after which a lower-case modifier of a role may stand: "to fashion designer X", "the ousted premier X".
_BOUNDARIES = frozenset({"a", "an", "the", "to", "of", "for", "by", "with", "as", "from", "at", "in", "on"})
_DEBRIS = CONNECTORS | {","}
# Verbs that stand before a role but never qualify it: "as did Chief Minister X", "was minister".
_VERBS = frozenset(
    "is are was were be been being has have had do does did will would can could may might must shall should".split()
)
_ENDS = frozenset({",", ".", ";", ":", "(", ")", "“", "”", '"', "—", "–", "?", "!"})


def role_around(words: Words, s: Sentence, first: int, last: int) -> str | None:
    """An office stated just before the name at tokens `first`..`last`, or in apposition just after it."""
    return role_before(words, s, first) or role_after(words, s, last)


def role_before(words: Words, s: Sentence, first: int) -> str | None:
    """The office that ends right before token `first`, or before a comma right before it.

    "A, the finance minister, B, ..." gives B no role: an office between two
    commas after a name is that earlier name's apposition.
    """
    tokens = s.tokens
    j = first - 1
    if j >= 0 and tokens[j].key in _OBJECT_PREPOSITIONS:
        return None  # "an adviser to Jane Roe": the name is the office's object, not its holder
    if j < 0 or tokens[j].text != ",":
        stated = role_from(words, s, role_words_before(words, s, j))
        return stated or role_from(words, s, _portfolio_before(words, s, j) or _bracketed_portfolio(words, s, j))
    picked = role_words_before(words, s, j - 1)
    while picked and tokens[picked[0]].key in ARTICLES:
        picked = picked[1:]
    if not picked or not words.has_role_head(tokens, picked) or tokens[picked[0]].key in CONNECTORS:
        picked = _office_before_comma(words, tokens, j - 1)
    role = role_from(words, s, picked)
    if role and (_after_a_name(words, tokens, picked[0]) or _ends_in_a_name(words, tokens, picked)):
        return None
    return role


_OBJECT_PREPOSITIONS = frozenset({"to", "for", "of", "with"})
_PORTFOLIO_TOKENS = 14  #: the most tokens of a portfolio's fields after "for" or "of"


def _bracketed_portfolio(words: Words, s: Sentence, j: int) -> list[int]:
    """An office whose portfolio stands in brackets before the name, read back from token `j`: "Additional
    Secretary (Afghanistan and West Asia)", "Additional Secretary (UN)"."""
    tokens = s.tokens
    if j < 2 or tokens[j].text != ")":
        return []
    k = next((k for k in range(j - 1, max(-1, j - _PORTFOLIO_TOKENS), -1) if tokens[k].text == "("), None)
    inside = tokens[k + 1 : j] if k is not None else []
    if k is None or not inside or not all(t.is_capitalised or t.key in ("and", "&", ",", "of") for t in inside):
        return []
    office = role_words_before(words, s, k - 1)
    return [*office, *range(k, j + 1)] if office else []


def _portfolio_before(words: Words, s: Sentence, j: int) -> list[int]:
    """An office whose portfolio lists its fields with a comma, read back from token `j` to the office: "Federal
    Minister for National Health Services, Regulations and Coordination" (the comma stops the usual reading)."""
    tokens = s.tokens
    k = j
    while k >= 0 and j - k < _PORTFOLIO_TOKENS and (tokens[k].is_capitalised or tokens[k].key in ("and", "&", ",")):
        k -= 1
    fields = [t.key for t in tokens[k + 1 : j + 1]]
    if k < 1 or tokens[k].key not in ("for", "of") or "," not in fields or not tokens[j].is_word:
        return []
    # (the fields listed, the last after "and": not "Coordinator for Counterterrorism, and Jane Roe")
    if not {"and", "&"} & set(fields[len(fields) - fields[::-1].index(",") : -1]):
        return []
    if tokens[k - 1].key not in words.lex.role_heads:
        return []
    return [*role_words_before(words, s, k - 1), *range(k, j + 1)]


def _ends_in_a_name(words: Words, tokens: list[Token], picked: list[int]) -> bool:
    """Whether what stands before a comma ends in a person's name, a title and two words of a name (or a first
    name the lists know and another): "Senator Jane Roe, John Doe and ..." lists people; "Senator Jane Roe" is
    no office of John Doe's."""
    if len(picked) < 2:
        return False
    given, family = tokens[picked[-2]], tokens[picked[-1]]
    if not words.is_name_word(family) or words.is_role_word(family) or words.is_org_word(family):
        return False
    if given.key in words.lex.given_names:
        return True
    titled = len(picked) >= 3 and tokens[picked[-3]].key in words.lex.titles
    return titled and words.is_name_word(given) and not words.is_role_word(given) and not words.is_org_word(given)


def _office_before_comma(words: Words, tokens: list[Token], j: int) -> list[int]:
    """The office that ends at token `j`, before a comma and a name: "The Commanding General of X Command,".

    It is a whole phrase of capitalised words, role words and connectors,
    read back to where the sentence or a clause begins.
    """
    picked: list[int] = []
    while j >= 0 and tokens[j].is_word:
        token = tokens[j]
        if not (token.is_capitalised or words.is_role_word(token) or words.is_place(token)):
            break
        if token.key in ("and", "or") and words.has_role_head(tokens, picked):
            break  # "X and the acting envoy, Y": the office after "and" is whole
        picked.insert(0, j)
        j -= 1
    return with_modifiers(words, tokens, picked)


def role_words_before(words: Words, s: Sentence, j: int) -> list[int]:
    """The tokens of the office that ends at token `j`, read backwards (see `role_before`)."""
    tokens = s.tokens
    picked: list[int] = []
    while j >= 0 and tokens[j].is_word and _in_office(words, tokens, j, picked):
        if _opens(words, tokens, j, picked):
            break
        picked.insert(0, j)
        j -= 1
    # The office's body may be named in full before it: "White House spokesman", not "House spokesman";
    # "Jamaat-e-Islami (JI) chief", its acronym between.
    defined = (
        picked and j >= 3 and tokens[j].text == ")" and tokens[j - 2].text == "(" and ACRONYM.match(tokens[j - 1].text)
    )
    if defined:
        picked = [j - 2, j - 1, j, *picked]
        j -= 3
    named_body = bool(picked) and tokens[picked[0]].is_capitalised and words.has_org_word(tokens, picked)
    if defined or named_body:
        picked = [*_body_name_before(words, tokens, j), *picked]
    return with_modifiers(words, tokens, picked)


def _opens(words: Words, tokens: list[Token], j: int, picked: list[int]) -> bool:
    """Whether token `j` stands before the office `picked` read back so far, outside it: an article before a job
    in small letters ("the network of the scientist X"), or a name's word that is no body's."""
    token = tokens[j]
    if token.key in ARTICLES and picked and not tokens[picked[0]].is_capitalised:
        return True
    if token.is_capitalised and words.is_name_word(token) and not token.possessive:
        return not (_object_of_body(words, tokens, j) or picked and _names_a_body(words, token))
    return False


def _object_of_body(words: Words, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised word at `j`, which might be a name's, ends a body's object: "Board of Tariffs"."""
    return j >= 2 and tokens[j - 1].key in ("of", "for") and words.is_org_word(tokens[j - 2])


def _body_name_before(words: Words, tokens: list[Token], j: int) -> list[int]:
    """The rest of a body's name that ends at token `j`, read backwards ("White" of "White House spokesman")."""
    found: list[int] = []
    while j >= 0 and tokens[j].is_word and not tokens[j].possessive and _in_body_name(tokens, j):
        if j == 0 and words.common_opener(tokens[0]) and tokens[0].key not in words.lex.organisation_openers:
            break  # "Yesterday Foreign Office spokesman X": the sentence's first word, no part of the body
        found.insert(0, j)
        j -= 1
    return found


def _in_body_name(tokens: list[Token], j: int) -> bool:
    """Whether token `j` is part of a body's name read backwards: a capital, or a connector between capitals."""
    if tokens[j].is_capitalised:
        return True
    return tokens[j].key in CONNECTORS and j > 0 and tokens[j - 1].is_capitalised and tokens[j - 1].is_word


def _in_office(words: Words, tokens: list[Token], j: int, picked: list[int]) -> bool:
    """Whether token `j` may stand in an office read backwards: a role word, or a place after "in"/"to"."""
    token = tokens[j]
    if token.key == "under" and not (j + 1 < len(tokens) and tokens[j + 1].key == "secretary"):
        return False  # "... at the State Department under President X": a preposition, no "Under Secretary"
    if words.is_role_word(token) or _names_a_body(words, token):  # "PTI founder", "CIA contractor"
        return True
    if len(token.text) >= 3 and ACRONYM.match(token.text) and token.text.isupper() and bool(picked):
        return True  # "Former KCCI president": a body's initials, known or not
    if token.is_capitalised and _object_of_body(words, tokens, j):
        return True  # "Board of Tariffs chairman": the body's object, whatever its word
    # "Ambassador in Washington": a place is an office's object after a connector.
    return words.is_place(token) and bool(picked) is False and j > 0 and tokens[j - 1].key in ("in", "to")


def _names_a_body(words: Words, token: Token) -> bool:
    """A known organisation's one-word name or acronym ("PTI", "CIA", "Pentagon"), or a group's compound name
    ("Jamaat-e-Example chief", "Lashkar-e-Example leader")."""
    actor = words.lex.exact.get(token.text)
    if actor is None and token.is_capitalised and token.text.count("-") >= 2:
        return any(part in COMPOUND_LINKS for part in token.text.split("-")[1:-1])
    return actor is not None and actor.type == "organization"


def with_modifiers(words: Words, tokens: list[Token], picked: list[int]) -> list[int]:
    """`picked` with up to two lower-case words before it that qualify its head ("fashion designer").

    Only when a boundary word stands before them ("to fashion designer X"):
    in "He met designer X", "met" is no qualifier.
    """
    if not picked or not words.has_role_head(tokens, picked) or tokens[picked[0]].key in CONNECTORS:
        return picked
    named_body = tokens[picked[0]].is_capitalised and words.has_org_word(tokens, picked)
    if named_body or _names_a_body(words, tokens[picked[0]]):
        # "the delegation met Federal Board chairman X", "a drone killed al-Qaeda leader X": lower-case words do not
        # qualify a body
        return picked
    start = picked[0]
    for width in range(MAX_MODIFIERS, 0, -1):
        first = start - width
        if first < 1 or not all(_modifier(words, tokens[k]) for k in range(first, start)):
            continue
        boundary = tokens[first - 1].key
        # "to fashion designer X", but not "to assure President X": a verb may follow "to"; a possessive
        # stands where an article would: "India's external affairs minister X".
        # (before a capitalised title, only words shaped as adjectives: "the ousted civilian Prime Minister",
        # not "a move President X praised", "the delegation met Prime Minister X")
        adjectives = not tokens[start].is_capitalised or all(
            _ADJECTIVE.search(tokens[k].key) for k in range(first, start)
        )
        if boundary in _BOUNDARIES and not (boundary == "to" and tokens[start].is_capitalised) and adjectives:
            return [*range(first, start), *picked]
        if tokens[first - 1].possessive:
            return [*range(first, start), *picked]
    return picked


def _adjectives(tokens: list[Token], first: int, start: int) -> bool:
    return all(_ADJECTIVE.search(tokens[k].key) for k in range(first, start))


_ADJECTIVE = re.compile(r"(?:ed|ian|al|ive|ic|ous|ary|ing|ful|less|ant|ent)$")  #: endings of most adjectives


def _modifier(words: Words, token: Token) -> bool:
    key = token.key
    return (
        token.is_word
        and not token.is_capitalised
        and key not in CONNECTORS
        and key not in _BOUNDARIES
        and key not in CLAUSE_WORDS
        and key not in words.lex.speech_verbs
        and not key.isdigit()
        and not key.endswith(("ing", "ly"))  # "the visiting envoy", "the newly appointed": the moment, not the office
        and key not in GRAMMAR_WORDS
        and key not in _VERBS
        and key not in words.lex.not_name
    )


def _after_a_name(words: Words, tokens: list[Token], first: int) -> bool:
    """Whether the office starting at `first` follows a name and a comma: "A, the finance minister,"."""
    j = first - 1
    while j >= 0 and tokens[j].key in ARTICLES:
        j -= 1
    return j >= 1 and tokens[j].text == "," and tokens[j - 1].is_capitalised and words.is_name_word(tokens[j - 1])


def role_after(words: Words, s: Sentence, last: int) -> str | None:
    """A role in apposition after the name that ends at `last`: ", a senior editor," ", the director of X,".

    The apposition runs to the next comma, full stop, bracket, quotation
    mark, clause word or verb of saying; its head word must come before its
    object ("the director of ..."), and the office's place of work in an
    organisation ("in the Bureau of ...") is left out.
    """
    tokens, n = s.tokens, len(s.tokens)
    j = _past_party_tag(tokens, last + 1, "(", ")")  # "Rep. Jane Roe (D-Calif.), chairman of ..."
    if j >= n or tokens[j].text != ",":
        return None
    j = _past_party_tag(tokens, j + 1, "", ",")  # "Sen. Jane Roe, D-R.I., the committee's chairman"
    j = _past_post_nominals(words, tokens, j)  # "General Jane Roe, NI (M), Chief of Army Staff"
    j = _past_who_was(tokens, j)  # ", who served as Pakistan's ambassador ...": the office after it
    while j < n and tokens[j].key in ARTICLES:
        j += 1
    picked: list[int] = []
    while j < n and len(picked) < MAX_APPOSITION and tokens[j].text not in _ENDS:
        if _ends_apposition(words, s, j, words.has_org_word(tokens, picked)):
            break
        picked.append(j)
        j += 1
    if not picked or not _head_before_object(words, tokens, picked) or _names_titled_person(words, tokens, picked):
        return None
    return role_from(words, s, picked + _body_after_office(words, tokens, picked, j))


def _body_after_office(words: Words, tokens: list[Token], picked: list[int], j: int) -> list[int]:
    """The body an office in capitals names after a comma ("Jane Roe, Director General, Ministry of Foreign
    Affairs, said"): its comma and its words, when they are capitalised words and connectors holding an
    organisation word before the next comma or full stop; [] otherwise."""
    if j >= len(tokens) or tokens[j].text != "," or not tokens[picked[0]].is_capitalised:
        return []
    body: list[int] = []
    k = j + 1
    while k < len(tokens) and len(body) < _BODY_AFTER_MAX and tokens[k].is_word:
        if not (tokens[k].is_capitalised or tokens[k].key in CONNECTORS):
            return []
        body.append(k)
        k += 1
    ends = k >= len(tokens) or tokens[k].text in (",", ".")
    named = bool(body) and tokens[body[0]].is_capitalised  # (", at the State Department": where, not whose)
    return [j, *body] if named and ends and words.has_org_word(tokens, body) else []


_BODY_AFTER_MAX = 7  #: the most words of a body's name after an office and a comma


def _names_titled_person(words: Words, tokens: list[Token], picked: list[int]) -> bool:
    """Whether the words after a comma name a person behind their title ("Deputy Prime Minister Jane Roe and
    Interior Minister John Doe"): a list of other people, no apposition of the name before it."""
    for p in range(len(picked) - 2):
        head, first, second = (tokens[i] for i in picked[p : p + 3])
        if head.key not in words.lex.role_heads or not (first.is_capitalised and second.is_capitalised):
            continue
        if all(words.is_name_word(t) and not words.is_org_word(t) and not words.is_place(t) for t in (first, second)):
            return True
    return False


_WHO_WAS = (
    ("who", "was"),
    ("who", "is"),
    ("who", "served", "as"),
    ("who", "serves", "as"),
    ("who", "has", "served", "as"),
    ("who", "had", "been"),
    ("who", "has", "been"),
    ("who", "was", "then"),
    ("who", "later", "served", "as"),
    ("who", "became"),
)


def _past_party_tag(tokens: list[Token], j: int, opening: str, closing: str) -> int:
    """The index after a US lawmaker's party and state at `j` and what closes it ("(D-Calif.)": `opening` "(",
    `closing` ")"; "D-R.I.,": no opening, its comma closing it), or `j` when none stands there."""
    start = j + 1 if opening else j
    if opening and (j >= len(tokens) or tokens[j].text != opening):
        return j
    end = start
    while end < len(tokens) and end - start < 6 and tokens[end].text != closing:
        end += 1
    if end >= len(tokens) or tokens[end].text != closing:
        return j
    tag = "".join(t.text for t in tokens[start:end])
    if not _PARTY_TAG.fullmatch(tag):
        return j
    return end + 1


#: a lawmaker's party and state or district: "D-Calif.", "R-Ind.", "D-R.I.", "MI-09"
_PARTY_TAG = re.compile(r"(?:[DRI]-[A-Z][A-Za-z.]{0,10}|[A-Z]{2}-\d{1,2})")


def _past_post_nominals(words: Words, tokens: list[Token], j: int) -> int:
    """The index after an award's or a degree's letters and their comma at `j` (", NI (M), ..."), or `j`."""
    end = j
    while end < len(tokens) and end - j < _POST_NOMINAL_TOKENS and tokens[end].text != ",":
        end += 1
    if end == j or end >= len(tokens) or tokens[end].text != ",":
        return j
    letters = "".join(t.text for t in tokens[j:end]).casefold()
    return end + 1 if letters in words.lex.post_nominals else j


_POST_NOMINAL_TOKENS = 5  #: "NI", "(", "M", ")": the most tokens of one award's letters


def _past_who_was(tokens: list[Token], j: int) -> int:
    """The index after a relative clause's opening that states an office ("who was", "who served as") at `j`,
    or `j` itself."""
    for opening in _WHO_WAS:
        end = j + len(opening)
        if end <= len(tokens) and tuple(t.key for t in tokens[j:end]) == opening:
            while end < len(tokens) and tokens[end].key in _TIME_ADVERBS:  # "who is also a lawyer"
                end += 1
            return end
    return j


def _when_not_what(tokens: list[Token], j: int) -> bool:
    """Whether token `j` opens when someone held an office, not what it was: "from 2022 to 2024", "during
    Trump's first term", "under President X", "at the time"."""
    token = tokens[j]
    if token.key in _WHEN_WORDS and j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit():
        return True
    following = [t.key for t in tokens[j + 1 : j + 3]]
    if token.text == "under":  # (but "an under secretary of state": an office)
        return following[:1] != ["secretary"]
    return token.text == "during" or token.key == "at" and following == ["the", "time"]


_WHEN_WORDS = frozenset({"from", "until", "since", "between", "in"})
_TIME_ADVERBS = frozenset({"also", "then", "later", "now", "currently", "formerly", "once"})


def _ends_apposition(words: Words, s: Sentence, j: int, has_body: bool) -> bool:
    """Whether token `j` ends an apposition: a clause, a verb of saying, a next name, a place of work.

    `has_body`: the role so far names its own body ("director of the Port
    Office"), so "in the Bureau of ..." after it is where that body sits.
    """
    tokens = s.tokens
    token = tokens[j]
    if token.key in CLAUSE_WORDS or token.key in words.lex.speech_verbs and not token.is_capitalised:
        return True  # (a verb of saying in capitals is a name's word: "the United States")
    if _when_not_what(tokens, j):
        return True
    if token.key == "and":
        return _and_ends_apposition(words, tokens, j)
    k = j + 1
    while k < len(tokens) and tokens[k].key in ARTICLES:
        k += 1
    following = tokens[k] if k < len(tokens) else None
    if following is None or not following.is_capitalised:
        return False
    if token.key == "at" or token.key == "in" and has_body:
        return _place_of_work(words, tokens, k, token.key == "in" or has_body)
    return token.key == "from"  # "a pilot from Fort Example": where the person comes from, not the office


def _place_of_work(words: Words, tokens: list[Token], k: int, missions_too: bool) -> bool:
    """Whether the capitalised words from `k` name a body, where the person works rather than what they are:
    "the director of X in the Bureau of Y", "an analyst at the Example Center" (the editors write a role's core,
    "analyst"). A diplomat's mission after "at" is part of the office ("Economic Counselor at the Example
    Embassy") unless `missions_too`."""
    while k < len(tokens) and (tokens[k].is_capitalised or tokens[k].key in CONNECTORS) and tokens[k].is_word:
        if tokens[k].key in words.lex.org_words:
            return missions_too or tokens[k].key not in words.lex.mission_words
        k += 1
    return False


def _and_ends_apposition(words: Words, tokens: list[Token], j: int) -> bool:
    """Whether "and" at `j` ends an apposition: a second role ("... and now a senior fellow"), a next person
    (", a leader on the X Committee and Senator Y"); not an object of two parts ("to the X and the Y")."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is None:
        return False
    if following.key in _SECOND_APPOSITION:
        return True
    return following.is_capitalised and (following.key in words.lex.titles or words.is_name_word(following))


_SECOND_APPOSITION = frozenset({"now", "later", "currently", "also", "then", "a", "an", "who", "is", "was"})


def _head_before_object(words: Words, tokens: list[Token], picked: list[int]) -> bool:
    """Whether a role head comes among the first words, before any connector introduces an object."""
    for p, i in enumerate(picked):
        if tokens[i].key in words.lex.role_heads:
            return True
        if tokens[i].key in CONNECTORS or p >= 4:
            return False
    return False


def role_from(words: Words, s: Sentence, picked: list[int]) -> str | None:
    """The text of tokens `picked` as a role: connectors, trailing honorifics and an office's rank trimmed.

    None without a role head word.
    """
    tokens, lex = s.tokens, words.lex
    while picked and (tokens[picked[0]].key in CONNECTORS or tokens[picked[0]].key in ARTICLES):
        picked = picked[1:]
    # "Under President X" is a preposition; "Under Secretary" is an office.
    if len(picked) > 1 and tokens[picked[0]].key == "under" and tokens[picked[1]].key != "secretary":
        picked = picked[1:]
    trimmed = None
    while trimmed != picked:  # debris and a rank may alternate at the end: "Minister Mr Gen"
        trimmed = picked
        while picked and (tokens[picked[-1]].key in _DEBRIS or tokens[picked[-1]].key in lex.honorifics):
            picked = picked[:-1]
        picked = _without_rank(words, tokens, picked)
    picked = _without_unnamed_place(tokens, picked)
    if not picked or not words.has_role_head(tokens, picked):
        return None
    return spelled_out(s.text_of(picked[0], picked[-1]).rstrip(" ,"), lex.role_abbreviations)


def _without_unnamed_place(tokens: list[Token], picked: list[int]) -> list[int]:
    """An office without the unnamed place it is held at: "an economist at a university in Lahore" is an
    economist (a named one stays: "a fellow at the Example Institute")."""
    for at, k in enumerate(picked[:-1]):
        if at and tokens[k].key == "at" and tokens[picked[at + 1]].key in ("a", "an", "one"):
            return picked[:at]
    return picked


def spelled_out(role: str, abbreviations: dict[str, str]) -> str:
    """`role` with its abbreviated titles written in full ("Sen." -> "Senator", "Lt Gen" -> "Lieutenant General")."""
    words = role.split(" ")
    for index, word in enumerate(words):
        full = abbreviations.get(word.rstrip(".").casefold()) if word[:1].isupper() else None
        if full:
            words[index] = full
    return " ".join(words)


def _without_rank(words: Words, tokens: list[Token], picked: list[int]) -> list[int]:
    """`picked` without the rank that follows an office: "Commander Southern Command General" is the Commander."""
    ranks = words.lex.ranks
    end = len(picked)
    # (a rank read as a family name after a word that is also a first name keeps its rank: "General Major")
    while end > 0 and (
        tokens[picked[end - 1]].key.removesuffix(SURNAME) in ranks or tokens[picked[end - 1]].text in (",", ".")
    ):
        if _general_of_office(words, tokens, picked[: end - 1], tokens[picked[end - 1]]):
            break  # "Consul General", "Atty. Gen.": the office's own word
        end -= 1
    rest = picked[:end]
    if end == len(picked) or not words.has_role_head(tokens, rest):
        return picked
    while rest and tokens[rest[-1]].key in CONNECTORS:
        rest = rest[:-1]
    return rest


def _general_of_office(words: Words, tokens: list[Token], before: list[int], token: Token) -> bool:
    """Whether `token` is "General" (or "Gen.") ending an office named by the word before it ("Attorney
    General", "Atty. Gen."), not a rank ("Major General")."""
    lex = words.lex
    if lex.role_abbreviations.get(token.key, token.key).casefold() != "general":
        return False
    words_before = [tokens[i].key for i in before if tokens[i].text != "."]
    previous = lex.role_abbreviations.get(words_before[-1], words_before[-1]).casefold() if words_before else ""
    return previous in lex.general_offices and previous not in lex.ranks


def is_rank(role: str, ranks: frozenset[str]) -> bool:
    """Whether a role is a rank alone ("Lieutenant General", "Navy Capt."), which a stated office outranks."""
    parts = [w.strip(".,()").casefold() for w in role.split()]
    return all(p in ranks or not p for p in parts)


def better_role(held: str | None, stated: str | None, ranks: frozenset[str]) -> str | None:
    """The role a person keeps: the first stated, unless it is a rank alone and an office is stated later."""
    if held is None or stated is not None and is_rank(held, ranks) and not is_rank(stated, ranks):
        return stated
    return held
