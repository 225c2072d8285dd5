"""Attributed quotations: who said what, in the article's own words."""

from __future__ import annotations

import re

from ..model import ActorRef, Quote
from ..text import split_sentences, tokenize, word_count
from ..vocab import Vocabulary
from .actors import Found, lexicon

_QUOTED = re.compile(r"“([^“”]{2,3000})”|\"([^\"]{2,3000})\"")
_PRONOUN = re.compile(r"^(?:he|she)\b", re.IGNORECASE)
# '"...," she said' : the pronoun right after the quotation names its speaker.
_PRONOUN_AFTER = re.compile(r"[\s,.;:!?]*(?:he|she)\s+\w+", re.IGNORECASE)
MIN_WORDS = 4
# How close a verb of saying must follow an organisation or country for it to be the speaker.
_VERB_WINDOW = 4


def find_quotes(paragraphs: list[str], found: Found, vocab: Vocabulary) -> list[Quote]:
    """Quotations of at least four words, each with the speaker the article gives.

    The speaker is the person named in the sentence where the quotation
    opens (the last before it, else the first after); else a person referred
    to by a role the article gave them ("the spokesperson"); else, for a
    sentence opening with "He" or "She", the previous sentence's person; else
    an organisation or country directly followed by a verb of saying. A
    quotation with no clear speaker is kept, unattributed.
    """
    refs = {ref.id: ref for ref in found.actors}
    by_sentence: dict[int, list[tuple[int, ActorRef]]] = {}
    for mention in found.mentions:
        ref = refs.get(mention.key)
        if ref is not None:
            by_sentence.setdefault(mention.sentence, []).append((mention.start, ref))
    quotes: list[Quote] = []
    seen: set[str] = set()
    index = 0
    last_person: ActorRef | None = None
    for paragraph in paragraphs:
        sentences = split_sentences(paragraph)
        offsets, cursor = [], 0
        for sentence in sentences:
            cursor = paragraph.find(sentence, cursor)
            offsets.append(cursor)
        for match in _QUOTED.finditer(paragraph):
            text = " ".join((match.group(1) or match.group(2) or "").split())
            if word_count(text) < MIN_WORDS or text in seen:
                continue
            seen.add(text)
            local = max([i for i, off in enumerate(offsets) if off <= match.start()] or [0])
            at = match.start() - offsets[local] if offsets else 0
            previous = _last_person(by_sentence, index + local - 1) or last_person
            end = match.end() - offsets[local] if offsets else match.end()
            end = at + len(match.group(0))
            sentence = sentences[local] if sentences else ""
            speaker = _speaker(by_sentence.get(index + local, []), (at, end), sentence, previous, found, vocab)
            quotes.append(
                Quote(text=text, speaker_id=speaker.id if speaker else None, speaker=speaker.name if speaker else None)
            )
        for i in range(len(sentences)):
            last_person = _last_person(by_sentence, index + i) or last_person
        index += len(sentences)
    return quotes


def _last_person(by_sentence: dict[int, list[tuple[int, ActorRef]]], index: int) -> ActorRef | None:
    people = [ref for _, ref in by_sentence.get(index, []) if ref.type == "person"]
    return people[-1] if people else None


def _speaker(
    named: list[tuple[int, ActorRef]],
    span: tuple[int, int],
    sentence: str,
    previous: ActorRef | None,
    found: Found,
    vocab: Vocabulary,
) -> ActorRef | None:
    at, end = span
    outside = [(pos, ref) for pos, ref in named if pos < at or pos >= end]
    people = [(pos, ref) for pos, ref in outside if ref.type == "person"]
    before = [ref for pos, ref in people if pos < at]
    if before:
        return before[-1]
    if people:
        return people[0][1]
    by_role = _person_by_role(sentence[:at], found, vocab)
    if by_role:
        return by_role
    if previous is not None and (_PRONOUN.match(sentence) or _PRONOUN_AFTER.match(sentence, end)):
        return previous
    speech = vocab.words("speech_verbs")
    words_at = [(t.start, t.key) for t in tokenize(sentence) if t.is_word]
    for pos, ref in outside:
        if pos < at:
            following = [key for start, key in words_at if pos < start < at][: _VERB_WINDOW + 1]
            if any(word in speech for word in following):
                return ref
    return None


def _person_by_role(text: str, found: Found, vocab: Vocabulary) -> ActorRef | None:
    """The one person whose stated role ends in an office this text names ("the spokesperson")."""
    heads = lexicon(vocab).role_heads
    named = {t.key for t in tokenize(text) if t.key in heads}
    if not named:
        return None
    matches = [ref for ref in found.actors if ref.type == "person" and ref.role and tokenize(ref.role)[-1].key in named]
    return matches[0] if len(matches) == 1 else None
