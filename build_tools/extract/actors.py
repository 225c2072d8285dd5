"""People, organisations and countries named in an article, with their roles.

Rule-based and driven by the word lists in taxonomy/rules/names.yml and the
authority file taxonomy/actors.yml:

1. capitalised phrases are gathered per sentence ("Interior Minister Layla
   Qureshi", "Ministry of Foreign Affairs") (phrases.py);
2. each phrase is read as a titled person (office or honorific, then a name),
   an office (its institution only), an organisation (by its head word), a
   place, building, event or programme (nothing), or an untitled name of two
   to five name-like words, kept if anything shows it is a person's
   (people.py, organisations.py, roles.py); acronyms and countries are
   looked up on their own;
3. a later surname or given name alone ("Qureshi", "Ambassador Khan") is the
   same person as the full name it belongs to, and every actor is resolved
   against the authority file, which gives the canonical id and name; what the
   file does not know is kept, unreviewed (resolve.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import attrgetter

from ..text import Token, sentences_of, straight_apostrophes, tokenize
from ..vocab import Actor, Vocabulary
from .cast import Cast, Found, Mention
from .lexicon import (
    ACRONYM,
    ARTICLES,
    CALENDAR,
    COMPOUND_LINKS,
    CONNECTORS,
    GRAMMAR_WORDS,
    SURNAME,
    TIME_PREFIXES,
    Lexicon,
    LowercaseWords,
    Words,
    lexicon,
)
from .organisations import acronym_body, lowercase_head, office_institution, organisation
from .people import title_as_surname, titled_person, untitled_person
from .phrases import Sentence, phrase_from, spans, spelled_by_acronym
from .resolve import assemble

__all__ = ["Found", "Mention", "find_actors", "lexicon", "plausible_person_name"]

_IS_CAPITALISED = attrgetter("is_capitalised")
_LOOSE_ACRONYM = re.compile(r"[A-Z]{3,10}$")
#: words that open a sentence before a body's common noun and name none: "His party says ...", "No intelligence
#: agency would ...", "Every ministry ..."
_DETERMINERS = frozenset(
    {"no", "his", "her", "its", "their", "our", "my", "your", "every", "any", "each", "this", "that", "these"}
    | {"those", "some", "another", "either", "neither", "whose", "which", "what"}
)
_LEADING_GRAMMAR = CONNECTORS | ARTICLES | GRAMMAR_WORDS | _DETERMINERS


def find_actors(paragraphs: list[str], vocab: Vocabulary, author: str | None = None) -> Found:
    """All actors of an article's body paragraphs (headings excluded), resolved."""
    sentences = sentences_of(paragraphs)
    lex = lexicon(vocab)
    sentences = [_unshouted(s, lex, vocab) if _all_capitals(s) else _label_unshouted(s, lex, vocab) for s in sentences]
    words = Words(vocab, LowercaseWords(straight_apostrophes("\n".join(sentences))))
    cast = Cast(ranks=words.lex.ranks, variants=words.lex.name_variants)
    for index, sentence in enumerate(sentences):
        tokens = tokenize(sentence)
        if "-" in sentence:
            tokens = _hyphenated_titles(words, tokens)
        tokens = _surnames(words, tokens)
        _read_sentence(words, Sentence(index, sentence, tokens), cast)
    if author and plausible_person_name(author, vocab):
        cast.person(tuple(w for w in author.split()), "author", (len(sentences), 0))
    return assemble(cast, vocab)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_NAME_AFTER = 2  #: how many words after a first name are still a name's ("IMRAN AHMED KHAN")
_NAME_AFTER_TITLE = 3  #: how many after a title ("MINISTER RAJA ZAFARUL HAQ")
#: verbs that end a name in capitals besides the verbs of saying ("... HAQ REPORTS", "... KHAN MET")
_NAME_ENDERS = frozenset({"reports", "reported", "reporting", "met", "meets", "visited", "visits", "arrived", "left"})


def _all_capitals(sentence: str) -> bool:
    """Whether a sentence is set in capitals, as old wire copy is ("PAKISTAN'S GOVERNMENT WELCOMED ...")."""
    head = sentence[:400]  # (counted by map in C: a loop over its letters was 6 % of an article's extraction)
    letters = sum(map(str.isalpha, head))
    return letters >= 20 and sum(map(str.isupper, head)) >= 0.9 * letters


def _unshouted(sentence: str, lex: Lexicon, vocab: Vocabulary) -> str:
    """A sentence in capitals written as prose writes it, for the actor reader: known acronyms kept, names
    the lists know (first names, places, countries, known actors) and the words of a name after a first
    name or a title capitalised, every other word in small letters. Each word keeps its length, so what is
    found stands where the article has it."""
    stop = vocab.words("stop_words") | lex.speech_verbs | _NAME_ENDERS
    out, name_left = [], 0
    for match in _WORD.finditer(sentence):
        word = match.group()
        key = word.lower().rstrip(".").removesuffix("'s").removesuffix("’s")
        if word in lex.exact and lex.exact[word].type != "person" and ("." in word or len(word) <= 5):
            cased, name_left = word, 0  # "U.S.", "PTI", "UN": an acronym the authority file knows
        elif key in stop or key in lex.role_words:
            cased, name_left = word.lower(), _NAME_AFTER_TITLE if key in lex.role_heads else 0
        elif key in lex.given_names or key in lex.places or key.title() in lex.exact or key in lex.country_words:
            # (a name's word that is also a place's stays in the name: "RAJA ZAFARUL HAQ")
            cased, name_left = _title(word), _NAME_AFTER if key in lex.given_names else max(name_left - 1, 0)
        elif name_left:
            cased, name_left = _title(word), name_left - 1
        else:
            cased = word.lower()
        out.append((match.start(), match.end(), cased))
    pieces, at = [], 0
    for start, end, cased in out:  # (each word in its place, the text between as it was)
        pieces += [sentence[at:start], cased]
        at = end
    text = "".join(pieces) + sentence[at:]
    opening = next((i for i, c in enumerate(text) if c.isalpha()), None)  # (a sentence opens with a capital)
    return text if opening is None else text[:opening] + text[opening].upper() + text[opening + 1 :]


#: a transcript's speaker label in capitals, an office and a name: "DEPUTY EXAMPLE PRESS SECRETARY JANE ROE: ..."
_CAPS_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){2,9}):\s")


def _label_unshouted(sentence: str, lex: Lexicon, vocab: Vocabulary) -> str:
    """`sentence` with a speaker's label in capitals of three words or more written as prose writes it (see
    `_unshouted`), for the actor reader: the office and the name in it are read."""
    if ":" not in sentence[:80]:
        return sentence
    label = _CAPS_LABEL.match(sentence)
    if label is None:
        return sentence
    return _unshouted(label.group("label"), lex, vocab) + sentence[label.end("label") :]


def _title(word: str) -> str:
    """A word in capitals written as a name, each part of a hyphenated one too ("HAQ-BHATTI" -> "Haq-Bhatti")."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def plausible_person_name(text: str, vocab: Vocabulary) -> bool:
    """True when a byline's author reads as a person's name, not a desk."""
    if text.rstrip().endswith(("!", "?")) or "&" in text:
        return False  # "Link Copied!": a button's words; "Life & Arts": a section's
    words = Words(vocab, set())
    tokens = [t for t in tokenize(text) if t.is_word]
    menu = vocab.words("navigation_words")
    if len(tokens) >= 3 and tokens[0].text == "A" and len(tokens[1].text) > 1:
        return False  # "A Measured Response": an editorial's headline, its "A" no initial ("A Q Khan" is a name)
    return (
        2 <= len(tokens) <= 4
        and all(words.is_name_word(t) or words.is_particle(t) for t in tokens)
        and not any(t.key in words.lex.desk_words or t.key in menu for t in tokens)
    )


def _surnames(words: Words, tokens: list[Token]) -> list[Token]:
    """`tokens` with an ordinary word that follows a first name read as a family name ("Samantha Power",
    "Theresa May"): its key is marked (SURNAME), so every rule sees a name's word; it keeps its text."""
    lex = words.lex
    out = tokens
    for i in range(1, len(tokens)):
        token, before = tokens[i], tokens[i - 1]
        if token.key in lex.surname_words and token.is_capitalised and before.is_capitalised:
            if before.key in lex.given_names or before.key in lex.given_also_words:
                out = out if out is not tokens else list(tokens)
                out[i] = token._replace(key=token.key + SURNAME)
    return out


def _hyphenated_titles(words: Words, tokens: list[Token]) -> list[Token]:
    """`tokens` with a hyphenated title read as its head word: "Ex-Minister", "Senator-elect", "PM-elect".

    The word keeps its text (the role is written as the article writes it);
    its look-up key becomes the title in it, so every rule sees a title.
    """
    lex = words.lex
    out = tokens
    for i, token in enumerate(tokens):
        key = token.key
        if "-" not in key or key in lex.role_words or key in lex.org_words:
            continue
        parts = key.split("-")
        head = next((part for part in parts if part in lex.role_heads), None)
        if head is None and len(parts) == 2 and parts[0] in TIME_PREFIXES and parts[1] in lex.role_words:
            head = parts[1]  # "then-Prime Minister": the title's first word
        if head is not None:
            out = out if out is not tokens else list(tokens)
            out[i] = token._replace(key=head)
    return out


_LAW_WORDS = frozenset({"act", "bill", "ordinance", "amendment"})


def _read_sentence(words: Words, s: Sentence, cast: Cast) -> None:
    tokens = s.tokens
    if words.lex.lowercase_aliases is not None:
        _lowercase_aliases(words, s, cast)
    # Countries, acronyms and phrases all start at a capitalised token: find those once.
    capitalised = list(compress(range(len(tokens)), map(_IS_CAPITALISED, tokens)))  # (a loop in C)
    if not capitalised:
        return
    _countries(words, s, capitalised, cast)
    if "(" in s.text:
        _office_acronyms(words, s, cast)
    _acronyms(words, s, capitalised, cast)
    for span in spans(words, tokens, capitalised):
        _phrase(words, s, span, cast)


def _lowercase_aliases(words: Words, s: Sentence, cast: Cast) -> None:
    """Organisations whose names open with a small letter, as the authority file writes them ("al-Qaida")."""
    pattern, lex = words.lex.lowercase_aliases, words.lex
    assert pattern is not None
    starts: list[int] | None = None  # (the tokens' starts, once a sentence: a token found by binary search)
    for match in pattern.finditer(s.text):
        starts = [token.start for token in s.tokens] if starts is None else starts
        at = bisect_left(starts, match.start())
        if at < len(starts):
            cast.other(lex.exact[match.group()], s.at(at), match.group())


def _countries(words: Words, s: Sentence, capitalised: list[int], cast: Cast) -> None:
    """Countries named by their names, aliases or demonyms, also inside hyphenated words ("Pak-Afghan")."""
    lex, tokens = words.lex, s.tokens
    for i in capitalised:
        token = tokens[i]
        for width in lex.country_widths.get(token.text, ()):
            chunk = tokens[i : i + width]
            if len(chunk) == width:
                actor = lex.countries.get(" ".join(t.text for t in chunk))
                if actor:
                    cast.other(actor, s.at(i))
                    break
        if "-" in token.text:
            for part in token.text.split("-"):
                actor = lex.countries.get(part)
                if actor:
                    cast.other(actor, s.at(i))


def _acronyms(words: Words, s: Sentence, capitalised: list[int], cast: Cast) -> None:
    """Acronyms and one-word names: known ones (TTP, NATO), defined ones ("(ABC)" earlier), unknown ones."""
    lex, tokens = words.lex, s.tokens
    for i in capitalised:
        token = tokens[i]
        if not token.is_word:
            continue
        actor = lex.exact.get(token.text)
        if actor and actor.type == "organization" and (ACRONYM.match(token.text) or "-" in token.text):
            if not _starts_longer_name(words, tokens, i):
                cast.other(actor, s.at(i), token.text)
                cast.known_tokens[token.text] = actor.id
                if "-" in token.text:  # "ISIS-K": a bare "ISIS" in this article is the same group
                    cast.branches[token.text.split("-")[0]] = actor.id
        elif token.text in cast.acronyms:
            cast.mention(cast.acronyms[token.text], s.at(i))
        elif _LOOSE_ACRONYM.match(token.text) and _unknown_acronym(words, s, i):
            cast.loose_acronyms.setdefault(token.text, []).append(s.at(i))
    if "-" in s.text:
        _hyphenated(words, s, cast)


def _hyphenated(words: Words, s: Sentence, cast: Cast) -> None:
    """Known groups inside hyphenated words: "non-Nato", "pro-Taliban"."""
    lex = words.lex
    for i, token in enumerate(s.tokens):
        if "-" in token.text and token.text not in lex.exact:
            parts = token.text.split("-")
            if any(p in COMPOUND_LINKS or p in lex.particles for p in parts[1:-1]):
                continue  # "Tehreek-e-Taliban", "Lashkar-e-Example": one group's name, not a mention of another
            for part in parts:
                actor = lex.exact.get(part)
                if actor is not None and actor.type == "organization" and part[:1].isupper():
                    cast.other(actor, s.at(i))


def _starts_longer_name(words: Words, tokens: list[Token], i: int) -> bool:
    """Whether a known acronym opens a longer organisation's name ("UN Security Council")."""
    span = phrase_from(words, tokens, i)
    return any(tokens[j].key in words.lex.org_words for j in span[1:])


def _unknown_acronym(words: Words, s: Sentence, i: int) -> bool:
    """Whether token `i`, in capitals, may be an organisation's acronym.

    Not when a list gives it another kind (a measure, an office, a place, a
    first name), nor when it is a name in capitals: a transcript's speaker
    ("MR ROE:"), or a sentence mostly in capitals.
    """
    lex, tokens = words.lex, s.tokens
    key = tokens[i].key
    if key in lex.not_org_acronyms or key in lex.role_words or key in lex.places or key in CALENDAR:
        return False
    if tokens[i].text in lex.countries or key in lex.given_names:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].text == ":" or i > 0 and tokens[i - 1].key.rstrip(".") in lex.titles:
        return False
    return not s.shouted  # counted once a sentence: counting here made a long line's time grow with its square


def _office_acronyms(words: Words, s: Sentence, cast: Cast) -> None:
    """Acronyms defined after an office, "Chief of Army Staff (COAS)": no organisation's name."""
    tokens, lex = s.tokens, words.lex
    for k, token in enumerate(tokens):
        if token.text != "(" or k == 0 or k + 2 >= len(tokens) or tokens[k + 2].text != ")":
            continue
        if not ACRONYM.match(tokens[k + 1].text) or tokens[k - 1].key in lex.org_words:
            continue
        j = k - 1
        while j >= 0 and (tokens[j].is_capitalised or tokens[j].key in CONNECTORS) and tokens[j].is_word:
            if tokens[j].key in lex.role_heads:
                cast.office_acronyms.add(tokens[k + 1].text)
                break
            j -= 1


def _phrase(words: Words, s: Sentence, span: list[int], cast: Cast) -> None:
    """Read one capitalised phrase as a person, an organisation, an office, a place or nothing."""
    lex, tokens = words.lex, s.tokens
    idx = _without_opening_words(words, tokens, [i for i in span if tokens[i].text != "."])
    if not idx:
        return
    text, known = _known_phrase(words, s, idx)
    if text.casefold() in words.vocab.words("designations"):
        return  # "designated the group as a Foreign Terrorist Organization": a status, no body
    keys = [tokens[i].key for i in idx]
    if _body_or_law(words, s, idx, known, keys, cast):
        return
    # (One word is never a titled person: a title must be followed by a name.)
    if len(idx) > 1 and not lex.titles.isdisjoint(keys) and titled_person(words, s, idx, cast):
        return
    if _place_or_event(words, s, idx) or _office_or_body(words, s, idx, keys, cast):
        return
    if known is not None and known.type != "person":
        if known.type == "organization":
            cast.other(known, s.at(idx[0]), text)
        return
    if text.casefold() not in lex.places and text not in lex.countries:
        untitled_person(words, s, idx, cast)


def _body_or_law(words: Words, s: Sentence, idx: list[int], known: Actor | None, keys: list[str], cast: Cast) -> bool:
    """Whether phrase `idx` is read as a body before anything else (recorded in `cast`), or names a law."""
    body = known is not None and known.type == "organization"
    named = None if body else lowercase_head(words, s, idx)  # "the X Taliban group" is the known group
    if named is not None and organisation(words, s, named, cast):
        return True
    if keys[-1] in _LAW_WORDS:
        return True  # "the Official Secrets Act": a law, neither a person nor a body
    if known is None and _named_with_its_acronym(words, s.tokens, idx, keys):
        acronym_body(words, s, idx, cast)  # "Example State Oil (ESO)": a body, whatever its last word
        return True
    return False


def _named_with_its_acronym(words: Words, tokens: list[Token], idx: list[int], keys: list[str]) -> bool:
    """Whether phrase `idx` is a name of two words or more that the acronym in brackets after it spells, and
    names no programme, event, place or office ("Example Economic Corridor (EEC)", "Minister of State (MoS)")."""
    lex = words.lex
    if len(idx) < 2 or not lex.titles.isdisjoint(keys) or not spelled_by_acronym(tokens, idx):
        return False
    last = keys[-1]
    return not (last in lex.programme_nouns or last in lex.event_words or keys[0] in lex.place_heads)


def _without_owner(words: Words, tokens: list[Token], named: list[int]) -> list[int]:
    """A body's name without the country or the body it belongs to before it ("UN General Assembly",
    "United Nations General Assembly": "General Assembly")."""
    lex = words.lex
    for width in (3, 2, 1):
        if len(named) > width + 1:
            owner = lex.exact.get(" ".join(tokens[i].text for i in named[:width]))
            if owner is not None and owner.type in ("country", "organization"):
                return named[width:]
    return named


def _known_phrase(words: Words, s: Sentence, idx: list[int]) -> tuple[str, Actor | None]:
    """Phrase `idx` as written and the actor the authority file names by it, or None; a name in the
    possessive is the same name ("Example International's South Asia office")."""
    text = s.text_of(idx[0], idx[-1])
    known = words.lex.exact.get(text)
    members = s.tokens[idx[0]].key in words.lex.member_words
    if known is None and members and len(idx) > 2 and s.tokens[idx[1]].key == "of":
        # "Leaders of the Example Alliance said ...": the body the members belong to
        tail = idx[3:] if s.tokens[idx[2]].key == "the" else idx[2:]
        body = words.lex.exact.get(s.text_of(tail[0], tail[-1])) if tail else None
        if body is not None and body.type == "organization":
            return s.text_of(tail[0], tail[-1]), body
    if known is None and s.tokens[idx[-1]].possessive:
        plain = s.plain(idx[0], idx[-1])
        known = words.lex.exact.get(plain)
        return (plain, known) if known is not None else (text, None)
    return text, known


def _without_opening_words(words: Words, tokens: list[Token], idx: list[int]) -> list[int]:
    """Phrase `idx` without the grammar words that open it ("From", "The") and a common word opening a sentence.

    A sentence's first word is capitalised anyway: it is dropped when it is a
    common word (a function word, or one this article also writes in lower case).
    """
    start = 1 if _people_at_a_body(words, tokens, idx) else 0
    while start < len(idx) and (
        tokens[idx[start]].key in _LEADING_GRAMMAR
        or idx[start] == 0
        and words.common_opener(tokens[0])
        and not _opens_a_body(words, tokens, idx[start:])
        and not _opens_a_name(words, tokens, idx[start:])
    ):
        start += 1
    return idx[start:]


def _people_at_a_body(words: Words, tokens: list[Token], idx: list[int]) -> bool:
    """Whether phrase `idx` opens the sentence with people in the plural, then where they are: "Officials in the
    Ministry of Commerce", "Diplomats at the Example Embassy" (the body is the name; "Officials of the Ministry"
    is read as an office and its body)."""
    if idx[0] != 0 or len(idx) < 3 or tokens[idx[1]].key not in ("in", "at", "from"):
        return False
    first = tokens[0].key
    return first.endswith("s") and (first in words.lex.role_words or first in words.lex.member_words)


def _opens_a_name(words: Words, tokens: list[Token], idx: list[int]) -> bool:
    """True when a first name that is also a word ("Bill", "Will") opens the phrase before a surname and a
    comma: "Bill Roe, the envoy, ..." is a name, not a bill (a month's name is left to the calendar)."""
    first, after = tokens[idx[0]], idx[-1] + 1
    if len(idx) < 2 or first.key not in words.lex.given_also_words or first.key in CALENDAR:
        return False
    return after < len(tokens) and tokens[after].text == "," and all(words.is_name_word(tokens[i]) for i in idx[1:])


def _opens_a_body(words: Words, tokens: list[Token], idx: list[int]) -> bool:
    """True when the phrase's first word is one that opens organisations' names ("Election Commission of
    Pakistan", "Federal Board of Revenue") and an organisation word follows it."""
    return tokens[idx[0]].key in words.lex.organisation_openers and words.has_org_word(tokens, idx[1:])


def _office_or_body(words: Words, s: Sentence, idx: list[int], keys: list[str], cast: Cast) -> bool:
    """Record phrase `idx` as an office without a name (its institution only) or as an organisation."""
    lex, tokens = words.lex, s.tokens
    if len(idx) > 1 and title_as_surname(words, tokens, idx):  # "Ali Sheikh": a name, its surname a title word
        keys = keys[:-1]
    # A body's members after "of" are no office: "House of Representatives", "Council of Ministers".
    keys = [
        k for n, k in enumerate(keys) if not (n >= 2 and keys[n - 1] == "of" and words.is_org_word(tokens[idx[n - 2]]))
    ]
    named = _body_named_after_an_office(words, tokens, idx, keys)
    if named:
        return organisation(words, s, named, cast)
    # (a title's word that only qualifies a body is no office: "the Justice Department")
    if not lex.role_heads.isdisjoint(keys) and not _body_of_a_field(words, tokens, idx):
        office_institution(words, s, idx, cast)
        return True
    based = idx[0] > 0 and tokens[idx[0] - 1].key.endswith("-based")  # "the Lahore-based Orion Traders"
    bodies = based or not lex.org_words.isdisjoint(keys) or any(words.is_org_word(tokens[i]) for i in idx)
    return bodies and organisation(words, s, idx, cast)


def _body_named_after_an_office(words: Words, tokens: list[Token], idx: list[int], keys: list[str]) -> list[int]:
    """Phrase `idx` when it is a body named after an office ("the Prime Minister's Office", "Office of the US
    Trade Representative", without the "in Washington" of where it sits); [] otherwise."""
    lex = words.lex
    if any(tokens[i].possessive for i in idx[:-1]) and keys[-1] in lex.org_words and keys[-1] not in _SEATS:
        return idx
    if _body_of(lex, keys):
        return idx[: next((n for n in range(3, len(idx)) if tokens[idx[n]].key == "in"), len(idx))]
    return []


def _body_of(lex: Lexicon, keys: list[str]) -> bool:
    """Whether the phrase of `keys` opens with an organisation's word and "of" ("Office of the Prime Minister",
    "Secretariat of the Special Envoy"): a body named after what follows."""
    return len(keys) > 3 and keys[0] in lex.org_words and keys[1] == "of" and not lex.role_heads.isdisjoint(keys)


def _body_of_a_field(words: Words, tokens: list[Token], idx: list[int]) -> bool:
    """Whether phrase `idx` is a body named by its field alone, a title's word then an organisation word and
    nothing else: "Justice Department" (not "Justice Jane Roe", nor "Chief Justice of the Supreme Court")."""
    named = _without_owner(words, tokens, [i for i in idx if tokens[i].key != "the"])
    if len(named) != 2 or tokens[named[1]].key in _SEATS:
        return False
    return words.is_org_word(tokens[named[1]]) and tokens[named[1]].key in words.lex.org_words


_SEATS = frozenset({"house", "headquarters"})  #: "CM House", "General Headquarters": an office's seat, a place


def _place_or_event(words: Words, s: Sentence, idx: list[int]) -> bool:
    """Whether phrase `idx` names a place, a building, an event or a programme ("Port Qasim", "Annual Iftar")."""
    lex, tokens = words.lex, s.tokens
    last, first = tokens[idx[-1]].key, tokens[idx[0]].key
    after = idx[-1] + 1
    if after < len(tokens) and not tokens[after].is_capitalised and tokens[after].key in lex.programme_nouns:
        # "the Green Alliance framework": the name of a programme; "an International Monetary Fund program" is a
        # body the authority file knows, and its programme
        known = lex.exact.get(s.plain(idx[0], idx[-1]))
        return known is None or known.type != "organization"
    if len(idx) > 1 and s.plain(idx[0], idx[-1]).casefold() in lex.places:
        return True  # "the Oval Office", "the Situation Room": a room the lists name, whatever its last word
    if len(idx) > 1 and after < len(tokens) and not tokens[after].is_capitalised:
        if tokens[after].key in lex.facility_words or tokens[after].key in lex.building_words:
            return True  # "the Example Continental hotel", "the Roe Memorial hospital": a building named after it
    return len(idx) > 1 and (last in lex.facility_words or last in lex.event_words or first in lex.place_heads)
