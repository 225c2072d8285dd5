"""Attributed quotations: who said what, in the article's own words.

A quotation is credited to the person the article names as its speaker, or
to the person a stated role refers to ("the army chief said"), or to an
organisation that speaks ("the ministry said"); never to a country, which
says nothing itself. A quotation found inside a longer one is not listed
again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import ActorRef, Quote
from ..text import Token, split_sentences, tokenize, word_count
from ..vocab import Vocabulary
from .actors import Found, lexicon

_QUOTED = re.compile(r"“([^“”]{2,3000})”|\"([^\"]{2,3000})\"")
_PRONOUN = re.compile(r"^(?:he|she)\b", re.IGNORECASE)
# '"...," she said' : the pronoun right after the quotation names its speaker.
_PRONOUN_AFTER = re.compile(r"[\s,.;:!?]*(?:he|she)\s+\w+", re.IGNORECASE)
# What may stand between two parts of one quotation: '“...,” he warned, “...”'.
_BETWEEN_PARTS = re.compile(r"[\s,.;:]*(?:(?:he|she|they)\s+\w+|\w+\s+(?:he|she|they))?[\s,.;:]*$", re.IGNORECASE)
MIN_WORDS = 4
# How close a verb of saying must follow an organisation for it to be the speaker.
_VERB_WINDOW = 4
# How many words may stand between a quotation's end and the name that says it: '”, the minister, Roe, said'.
_AFTER_WINDOW = 3
_FORMER = frozenset({"former", "ex", "then", "late", "outgoing"})

_Named = list[tuple[int, ActorRef]]


@dataclass
class _Context:
    """What the attribution of one quotation looks at."""

    named: _Named  #: actors named in the quotation's sentence, with where
    span: tuple[int, int]  #: the quotation's place in the sentence
    sentence: str
    previous: ActorRef | None  #: the last person named before this sentence
    found: Found
    vocab: Vocabulary


def find_quotes(paragraphs: list[str], found: Found, vocab: Vocabulary) -> list[Quote]:
    """Quotations of at least four words, each with the speaker the article gives, none inside another.

    A quotation with no clear speaker is kept, unattributed.
    """
    refs = {ref.id: ref for ref in found.actors}
    by_sentence: dict[int, _Named] = {}
    for mention in found.mentions:
        ref = refs.get(mention.key)
        if ref is not None:
            by_sentence.setdefault(mention.sentence, []).append((mention.start, ref))
    quotes: list[Quote] = []
    index = 0
    last_person: ActorRef | None = None
    speech = lexicon(vocab).speech_verbs
    for paragraph in paragraphs:
        sentences = split_sentences(paragraph)
        quotes += _paragraph_quotes(paragraph, sentences, index, by_sentence, last_person, found, vocab)
        for i, sentence in enumerate(sentences):
            last_person = _last_person(by_sentence, index + i, sentence, speech) or last_person
        index += len(sentences)
    return _outermost(quotes)


def _paragraph_quotes(
    paragraph: str,
    sentences: list[str],
    index: int,
    by_sentence: dict[int, _Named],
    last_person: ActorRef | None,
    found: Found,
    vocab: Vocabulary,
) -> list[Quote]:
    """The quotations of one paragraph whose sentences start at sentence number `index`."""
    offsets, cursor = [], 0
    for sentence in sentences:
        cursor = paragraph.find(sentence, cursor)
        offsets.append(cursor)
    quotes: list[Quote] = []
    rising = all(a <= b for a, b in zip(offsets, offsets[1:], strict=False))
    before: tuple[int, ActorRef | None] | None = None  # the previous quotation's end and speaker
    for match in _QUOTED.finditer(paragraph):
        text = " ".join((match.group(1) or match.group(2) or "").split())
        if word_count(text) < MIN_WORDS:
            continue
        local = _sentence_at(offsets, match.start(), rising)
        at = match.start() - offsets[local] if offsets else 0
        sentence = sentences[local] if sentences else ""
        previous = (
            _last_person(by_sentence, index + local - 1, sentences[local - 1], lexicon(vocab).speech_verbs)
            if local
            else None
        ) or last_person
        context = _Context(
            by_sentence.get(index + local, []), (at, at + len(match.group(0))), sentence, previous, found, vocab
        )
        if before is not None and _BETWEEN_PARTS.match(paragraph[before[0] : match.start()]):
            speaker = before[1]  # the second part of a quotation its speaker split: '“...,” he warned, “...”'
        else:
            speaker = _speaker(context) or _same_speaker(paragraph, before, match.start(), lexicon(vocab).speech_verbs)
        before = (match.end(), speaker)
        quotes.append(
            Quote(text=text, speaker_id=speaker.id if speaker else None, speaker=speaker.name if speaker else None)
        )
    return quotes


def _sentence_at(offsets: list[int], start: int, rising: bool) -> int:
    """The number of the last sentence whose offset is at most `start` (0 if none); a binary search when the
    offsets rise, as they do unless a sentence was not found again in its paragraph."""
    if rising:
        return max(bisect_right(offsets, start) - 1, 0)
    return max([i for i, off in enumerate(offsets) if off <= start] or [0])


def _same_speaker(
    paragraph: str, before: tuple[int, ActorRef | None] | None, start: int, speech: frozenset[str]
) -> ActorRef | None:
    """The speaker of the paragraph's previous quotation when only its attribution stands between the two and
    this one names no one: '"We are ready," said X. "We have been for years."'; else None."""
    if before is None or before[1] is None:
        return None
    between = paragraph[before[0] : start]
    if word_count(between) > _ATTRIBUTION_WORDS or not any(t.key in speech for t in tokenize(between)):
        return None
    return before[1]


_ATTRIBUTION_WORDS = 16  #: the most words of an attribution between two quotations of one speaker


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """`quotes` without repeats and without any found inside a longer one (a teaser quoting the lede)."""
    kept: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: -len(q.text)):
        if not any(quote.text in longer.text for longer in kept):
            kept.append(quote)
    order = {id(q): i for i, q in enumerate(quotes)}
    return sorted(kept, key=lambda q: order[id(q)])


def _last_person(by_sentence: dict[int, _Named], index: int, sentence: str, speech: frozenset[str]) -> ActorRef | None:
    """The person a "he said" after sentence number `index` (`sentence`) refers to: the one named last before
    its first verb of saying, its subject ("Rep. Jane Roe, a Democrat, said she would ask Secretary John Doe"),
    else the one named last; None when it names no one."""
    people = [(pos, ref) for pos, ref in by_sentence.get(index, []) if ref.type == "person"]
    if len(people) > 1:
        said = next((t.start for t in tokenize(sentence) if t.key in speech), None)
        subjects = [ref for pos, ref in people if said is not None and pos < said]
        if subjects:
            return subjects[-1]
    return people[-1][1] if people else None


def _speaker(c: _Context) -> ActorRef | None:
    """The speaker of one quotation (see the module docstring), or None."""
    at, end = c.span
    outside = [(pos, ref) for pos, ref in c.named if (pos < at or pos >= end) and ref.type != "country"]
    tokens = tokenize(c.sentence)
    speech = lexicon(c.vocab).speech_verbs
    named = _person_around(outside, tokens, speech, at, end)
    if named:
        return named
    by_role = _person_by_role(c.sentence, c.found, c.vocab)
    if by_role:
        return by_role
    if c.previous is not None and (_PRONOUN.match(c.sentence) or _PRONOUN_AFTER.match(c.sentence, end)):
        return c.previous
    return _body_that_speaks(outside, tokens, speech)


def _person_around(
    outside: list[tuple[int, ActorRef]], tokens: list[Token], speech: frozenset[str], at: int, end: int
) -> ActorRef | None:
    """The person the sentence names around the quotation (`at`..`end`): one who says it after it, else the
    last before it, else the first after it; None when it names no one."""
    people = [(pos, ref) for pos, ref in outside if ref.type == "person"]
    after = [ref for pos, ref in people if pos >= end and _says_after(tokens, end, pos, speech)]
    if after:  # '“...,” Roe said', '“...,” said Roe'
        return after[0]
    before = [(pos, ref) for pos, ref in people if pos < at]
    subject = _subject_of_saying(before, tokens, speech, at)
    if subject is not None:
        return subject
    # 'Roe called Doe "a great partner"', 'Roe thanked Doe for his "help ..."': the quotation right after
    # the one a verb of saying names is the words of that verb's subject (a name further off, with a
    # clause of its own, may have said it: "... set by Jane Roe, the founder, who saw it "at peace"")
    saying = [ref for pos, ref in before if _says_before(tokens, pos, at, speech)]
    if saying and _close_before(tokens, before[-1][0], at) and saying[0] is not before[-1][1]:
        return saying[0]
    if before:
        return before[-1][1]
    return people[0][1] if people else None


def _subject_of_saying(
    before: list[tuple[int, ActorRef]], tokens: list[Token], speech: frozenset[str], at: int
) -> ActorRef | None:
    """Who says the quotation at `at` when people are named both before the last verb of saying before it and
    after that verb ('Roe, a former envoy, said in a statement that Doe was "..."', 'Roe told Doe on a call that
    "..."': a name after the verb is in what is said): that verb's subject; None otherwise."""
    verbs = [t for t in tokens if t.start < at and t.key in speech]
    if not verbs or not any(pos > verbs[-1].start for pos, _ in before):
        return None
    if any(t.text == "," or t.key in ("who", "whom", "whose") for t in tokens if before[-1][0] < t.start < at):
        return None  # '... set by Jane Roe, the founder, who saw it "at peace"': words of the name's own clause
    # a name right before the last verb is its subject ("..., and Doe added that"); else the last name before
    # the first verb is ("Roe praised Doe and called Dahl ...": one subject for both verbs)
    words = [t for t in tokens if t.is_word]
    right_before = [w for w, after in zip(words, words[1:], strict=False) if after is verbs[-1]]
    first = verbs[-1] if right_before and right_before[0].is_capitalised else verbs[0]
    subjects = [ref for pos, ref in before if pos < first.start]
    return subjects[-1] if subjects else None


def _close_before(tokens: list[Token], pos: int, at: int) -> bool:
    """Whether the name at `pos` stands close before the quotation at `at`: a few words between, none of
    them opening a clause of its own."""
    between = [t for t in tokens if pos < t.start < at]
    while between and between[0].is_capitalised and between[0].is_word:
        between.pop(0)  # (the rest of the name)
    if between and between[0].text == ",":
        return False  # "Jane Roe, the founder, who saw ...": an apposition, a clause about the name
    words = [t for t in between if t.is_word]
    return len(words) <= _OBJECT_WINDOW and not any(t.key in _RELATIVES for t in words)


_OBJECT_WINDOW = 6  #: words between a verb's object and the quotation describing it ('calls X's decision ... a "..."')
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})


def _says_before(tokens: list[Token], pos: int, at: int, speech: frozenset[str]) -> bool:
    """Whether a verb of saying follows the name at `pos` closely, before the quotation at `at`: its subject."""
    following = [t for t in tokens if pos < t.start < at and t.is_word]
    while following and following[0].is_capitalised:
        following.pop(0)  # (the rest of the name)
    return any(t.key in speech for t in following[:_AFTER_WINDOW])


def _body_that_speaks(
    outside: list[tuple[int, ActorRef]], tokens: list[Token], speech: frozenset[str]
) -> ActorRef | None:
    """An organisation followed closely by a verb of saying ("the ministry said"), or None."""
    for pos, ref in outside:
        following = [t.key for t in tokens if t.is_word and pos < t.start][: _VERB_WINDOW + 1]
        if any(word in speech for word in following):
            return ref
    return None


def _says_after(tokens: list[Token], end: int, pos: int, speech: frozenset[str]) -> bool:
    """Whether the name at `pos`, just after a quotation ending at `end`, says it: a verb of saying beside it."""
    between = [t for t in tokens if end <= t.start < pos and t.is_word]
    if len(between) > _AFTER_WINDOW:
        return False
    following = [t for t in tokens if t.start > pos and t.is_word][:3]
    return any(t.key in speech for t in between) or any(t.key in speech for t in following)


def _person_by_role(sentence: str, found: Found, vocab: Vocabulary) -> ActorRef | None:
    """The one person whose stated role the sentence names before a verb of saying ("the army chief said") or
    after "according to" ("according to the ambassador").

    The words of the office as the sentence writes them must all be in the
    person's role; a former holder answers only to "former".
    """
    lex = lexicon(vocab)
    tokens = [t for t in tokenize(sentence) if t.is_word]
    for i, token in enumerate(tokens):
        if token.key not in lex.role_heads:
            continue
        says = any(t.key in lex.speech_verbs for t in tokens[i + 1 : i + 4])
        if not says and not any(t.key == "according" for t in tokens[max(0, i - 4) : i]):
            continue  # neither "the ambassador said" nor "according to the ambassador"
        office = _office_words(tokens, i, lex.role_words | lex.org_words | lex.portfolio_words)
        matches = [ref for ref in found.actors if ref.type == "person" and _holds(ref.role, office)]
        if len(matches) == 1:
            return matches[0]
    return None


def _office_words(tokens: list[Token], head: int, office_words: frozenset[str]) -> set[str]:
    """The words of an office written before a verb of saying: its head and the role words before it."""
    words = {tokens[head].key}
    j = head - 1
    while j >= 0 and (tokens[j].key in office_words or tokens[j].key in _FORMER or tokens[j].text.isupper()):
        words.add(tokens[j].key)
        j -= 1
    return words


def _holds(role: str | None, office: set[str]) -> bool:
    """Whether a person's role is the office named: all its words there, "former" only for "former"."""
    if not role:
        return False
    held = {t.key for t in tokenize(role) if t.is_word}
    return office <= held and bool(held & _FORMER) == bool(office & _FORMER)
