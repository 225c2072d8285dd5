"""A short title for an article printed without a headline."""

from __future__ import annotations

import re

from ..text import GREETING, split_sentences, word_count

# Leading phrases that set the scene rather than say what happened.
_OPENER = re.compile(
    r"^(?:(?:in|on|at|during|after|before|amid|following|despite|with|as|while|since|earlier|"
    r"later|meanwhile|today|yesterday|on \w+day)\b[^,]{0,120},\s+)",
    re.IGNORECASE,
)
_TIME_WORDS = re.compile(
    r"\s+(?:yesterday|today|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:last|this|next) (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)
_BREAKS = (",", ";", ":", " – ", " — ", " - ", " (")
# Words a title may be cut before: prepositions and conjunctions that start a new phrase.
_CUT_WORDS = {
    "to",
    "and",
    "in",
    "on",
    "at",
    "for",
    "with",
    "as",
    "after",
    "while",
    "by",
    "during",
    "amid",
    "between",
    "from",
    "of",
    "into",
    "over",
    "under",
    "against",
    "through",
    "about",
    "towards",
    "across",
    "that",
    "which",
    "who",
    "because",
    "but",
    "since",
    "until",
    "without",
}
_COORDINATORS = {"and", "but", "while", "whereas"}


def generate_title(lede: str, dateline_length: int = 0, max_words: int = 12) -> str:
    """A title of at most `max_words` from the lede's first sentence.

    The dateline and a scene-setting opener ("In a renewed drive ..., ") are
    dropped, time words ("yesterday") removed, and the sentence cut at a
    clause boundary so that the title reads as a phrase, never a paragraph.
    """
    text = lede[dateline_length:].lstrip(" ,-–—:")
    sentences = split_sentences(text) if text else [""]
    sentence = next((s for s in sentences if not GREETING.match(s)), sentences[0])  # (past a speaker's greeting)
    sentence = _OPENER.sub("", sentence, count=1)
    sentence = _TIME_WORDS.sub("", sentence).strip().rstrip(".!?")
    for mark in _BREAKS:
        head = sentence.split(mark)[0]
        if word_count(head) >= 5:
            sentence = head
    tokens = sentence.split()
    if word_count(sentence) > max_words:
        cut = tokens[:max_words]
        # Prefer ending before a second clause ("... held talks and agreed ..."),
        # else back off to the last word where the phrase can end naturally.
        clause = next((i for i in range(6, len(cut)) if cut[i].lower() in _COORDINATORS), None)
        if clause is not None:
            cut = cut[:clause]
        else:
            for i in range(len(cut) - 1, 4, -1):
                if cut[i].lower() in _CUT_WORDS:
                    cut = cut[:i]
                    break
        tokens = cut
    title = " ".join(tokens).strip(" ,;:-–—")
    return title[:1].upper() + title[1:] if title else "Untitled article"
