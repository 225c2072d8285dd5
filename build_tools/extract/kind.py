"""The kind of document: news report, opinion, press release (or readout), transcript, or unclear.

Precision first: a kind is given only on evidence the editors' rules name
(taxonomy/rules/kind.yml): a label of the page, an issuing line, a
columnist's note, question-and-answer turns, a writer's own voice, a
dateline. Anything else leaves `kind` null for an editor to fill in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..clean import turn_match
from ..vocab import SafePattern, Vocabulary

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


@dataclass(frozen=True)
class KindRules:
    """The kind rules of a vocabulary, compiled once."""

    labels: tuple[tuple[str, SafePattern], ...]
    issuers: tuple[SafePattern, ...]
    notes: tuple[SafePattern, ...]
    turn: SafePattern | None
    min_turns: int
    first_person: frozenset[str]
    min_first_person: int
    first_person_share: float
    first_person_over_reports: float
    report_verbs: frozenset[str]
    min_report_verbs: int


def kind_rules(vocab: Vocabulary) -> KindRules:
    """The kind rules of `vocab` (built once)."""
    cached = vocab.__dict__.get("_kind_rules")
    if cached is None:
        data = vocab.rules.get("kind_rules") or {}
        first_person = frozenset(str(w).lower() for w in data.get("first_person") or ())
        report_verbs = frozenset(str(w).lower() for w in data.get("report_verbs") or ())
        cached = vocab.__dict__["_kind_rules"] = KindRules(
            # The editors' patterns, on RE2 (speaker labels are capitals: matched as written).
            labels=tuple(
                (kind, pattern)
                for kind in data.get("labels") or {}
                for pattern in vocab.pattern_list("kind_rules", "labels", kind)
            ),
            issuers=vocab.pattern_list("kind_rules", "issuers"),
            notes=vocab.pattern_list("kind_rules", "author_notes"),
            turn=vocab.pattern("kind_rules", "speaker_turn"),
            min_turns=int(data.get("min_turns", 4)),
            first_person=_forms(first_person),
            min_first_person=int(data.get("min_first_person", 6)),
            first_person_share=float(data.get("first_person_share", 0.012)),
            first_person_over_reports=float(data.get("first_person_over_reports", 2)),
            report_verbs=_forms(report_verbs),
            min_report_verbs=int(data.get("min_report_verbs", 2)),
        )
    return cached


def _labelled(lines: list[str], r: KindRules) -> str | None:
    for line in lines:
        for kind, pattern in r.labels:
            if pattern.fullmatch(line.strip(" •|-–—:")):
                return kind
    return None


def _transcript(paragraphs: list[str], r: KindRules) -> bool:
    if r.turn is None:
        return False
    turn = r.turn
    speakers = Counter(m.group("speaker") for p in paragraphs if (m := turn_match(p, turn)))
    return sum(speakers.values()) >= r.min_turns and speakers.most_common(1)[0][1] >= 2


_PUNCTUATION = re.compile(r"[.,;:!?()\"“”‘’]")


def _forms(words: frozenset[str]) -> frozenset[str]:
    """`words` as written in a sentence: in lower case or capitalised, never in capitals ("US" is a country)."""
    return frozenset(f for w in words for f in ((w.upper(),) if w == "i" else (w, w.capitalize())))


def _voice(paragraphs: list[str], r: KindRules) -> tuple[int, int, int]:
    """(first-person words, report verbs, words) outside quotation marks."""
    words = _PUNCTUATION.sub(" ", _QUOTED.sub(" ", "\n".join(paragraphs))).split()
    return sum(map(r.first_person.__contains__, words)), sum(map(r.report_verbs.__contains__, words)), len(words)


def find_kind(
    paragraphs: list[str],
    lines: list[str],
    head_lines: list[str],
    vocab: Vocabulary,
    dateline: bool = False,
    wire: bool = False,
) -> str | None:
    """The document's kind from its paragraphs, the page's lines as pasted (for speaker turns, some of
    which a page's head may have lost) and the lines of its head and foot (labels, notes).

    `dateline` and `wire` say the first paragraph carries a dateline or a wire agency's tag.
    """
    r = kind_rules(vocab)
    labelled = _labelled(head_lines, r)
    if labelled:
        return labelled
    edges = paragraphs[:2] + paragraphs[-2:]
    if any(p.fullmatch(line) for p in r.issuers for line in edges + head_lines):
        return "press-release"
    if _transcript(lines, r):
        return "transcript"
    if any(p.fullmatch(line) for p in r.notes for line in head_lines + paragraphs[-3:]):
        return "opinion"
    if dateline or wire:
        return "news-report"
    first, verbs, total = _voice(paragraphs, r)
    if first >= r.min_first_person and (
        first >= r.first_person_share * total or first >= r.first_person_over_reports * verbs
    ):
        return "opinion"
    if verbs >= r.min_report_verbs:
        return "news-report"
    return None
