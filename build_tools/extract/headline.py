"""Which line of a page's head is the article's headline: candidates scored, never furniture.

A headline is short, opens with a capital, does not end with a full stop,
and says what the article says: its words come back in the text ("echo").
The page's head is read as runs of such lines: the headline opens the last
run before the article (the lines after it in the run are a standfirst or a
caption); lines of furniture between runs (a menu, a prompt, a label, a
removed line) end a run, date and byline lines do not. Three or more such
lines in title case standing together are a list of other stories.
A headline printed twice is one title, and a headline run into the first
sentence without a break is cut off it (`split_run_in`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import split_sentences
from .dates import find_date

CANDIDATE, META, OTHER = "candidate", "meta", "other"
MIN_ECHO = 0.25  #: the share of a headline's words the article repeats, at least
_TRAILING_DATE = re.compile(r"\s+[-–—|:]\s*(?P<date>\d{4}-\d{2}-\d{2}|[^-–—|:]{6,30})$")
# Words and figures; "pakistan's" gives "pakistan" (and an "s", too short to count).
_STEM_WORDS = re.compile(r"\d+|[a-z]+")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$")
_OPENERS = tuple("\"“‘'$£€(")
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")
_DOMAIN = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|pk|gov|edu|in|uk|co)\b|@\w")


@dataclass
class Slot:
    """One unit of a page's head as the headline reader sees it."""

    text: str  #: the unit's text, an archive date appended to it taken off
    kind: str  #: CANDIDATE (could be the headline), META (date, byline, standfirst: a run goes on) or OTHER
    cut_before: bool = False  #: a line of furniture was removed right before it
    repeated: bool = False  #: printed twice on the page
    dated: bool = False  #: a date was appended to it ("Press Briefing - May 6, 2024"): a page's own title
    stamp: bool = False  #: a line giving only the date ("Thursday, 7 March 2024")
    byline: bool = False  #: a line naming the writers ("By Jane Roe", "Jane Roe")
    signed: bool = False  #: a byline the byline reader read as one ("By Jane Roe", not a bare pair of words)
    labelled: bool = False  #: a date stamp with its label ("Updated 22 January 2025"), the article's own
    standfirst: bool = False  #: a sentence or two under the headline, over the byline ("After X, the two ...")
    listed: bool = False  #: right after a list's heading that was removed ("Related News"): its first item


def without_appended_date(text: str) -> tuple[str, str | None]:
    """A headline without an archive date appended to it ("Talks resume - 2001-10-15"), and that date."""
    match = _TRAILING_DATE.search(text)
    if match:
        hit = find_date(match.group("date"))
        if hit and hit[1].group().strip() == match.group("date").strip(" .,"):
            return text[: match.start()].rstrip(), hit[0]
    return text, None


def headline_shaped(text: str, max_words: int = 30) -> bool:
    """Short, opening with a capital (or a figure or quote), not ending like a sentence, one sentence only."""
    count = text.count(" ") + 1
    if not 2 <= count <= max_words or not (text[:1].isupper() or text[:1].isdigit() or text.startswith(_OPENERS)):
        return False
    if text.endswith((",", ";", ":", "…", "...", "-", "–", "—", "|")):
        return False
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        return False  # a full stop ends a sentence, not a headline ("U.S." aside)
    if _quoted_whole(text) or (("." in text or "@" in text) and _DOMAIN.search(text)):
        return False  # a pull quote; a link
    if count <= 6 and _YEARLESS_DATE.match(text):
        return False  # "Wed 16 Apr", "Wednesday 16 April": a stamp without its year
    # (initials do not end a sentence in a headline: "Remarks at the Pakistan-U.S. Business Council")
    sentences = split_sentences(_INITIALS.sub(lambda m: m.group().replace(".", ""), text))
    # "X calls Y a partner. Why it has Z worried": a headline's teasing second half; "Will X send troops? It's
    # complicated": a question and its short answer
    if len(sentences) != 2 or count > 20:
        return len(sentences) == 1
    answered = sentences[0].endswith("?") and sentences[1].count(" ") < _ANSWER_WORDS
    return answered or _TEASE.match(sentences[1]) is not None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEARLESS_DATE = re.compile(
    r"^(?:(?:last )?(?:updated|published|posted|modified)(?:\s+(?:at|on))?\s*:?\s*)?"  # ("Updated at 12 MAY, 14:40")
    rf"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\s*$",
    re.IGNORECASE,
)
_ANSWER_WORDS = 5  #: most words of the answer after a headline's question ("Not yet", "It's complicated")
_TEASE = re.compile(r"^(?:Why|What|How|Here[’']s|This is|That[’']s|And|But)\b")


def _quoted_whole(text: str) -> bool:
    # ("'Maybe they'll sell oil to X': Y announces deal on 'oil reserves'": a quotation, then the headline's own
    # words, then another: no pull quote)
    return text[:1] in "\"“‘'" and text[-1:] in "\"”’'" and len(text) > 2 and not _QUOTE_THEN_WORDS.search(text)


_QUOTE_THEN_WORDS = re.compile(r"[\"”’']\s*:\s+\w")


def quoted_headline(text: str) -> bool:
    """A headline that is someone's words in quotation marks, as an interview's is ("“We want a partner”"):
    read in the page's head only (in the article such a line is a pull quote); see `quotes_aside`."""
    return _quoted_whole(text) and headline_shaped(text[1:-1], max_words=20)


def quotes_aside(slots: list[Slot]) -> None:
    """Quoted candidates that stand over no standfirst under which the byline or the date follows (a clip's
    words under a correspondent's line, a pull quote) are no candidates: only an interview's headline is."""
    for index, slot in enumerate(slots):
        if slot.kind != CANDIDATE or not _quoted_whole(slot.text) or _over_speaker_or_standfirst(slots, index):
            continue
        deck = slots[index + 1] if index + 1 < len(slots) else None
        if deck is None or deck.kind != CANDIDATE or _quoted_whole(deck.text) or _words(deck.text) < 10:
            slot.kind = OTHER
        elif not _above_meta(slots, index + 1):
            slot.kind = OTHER


def _over_speaker_or_standfirst(slots: list[Slot], index: int) -> bool:
    """Whether the slot at `index` stands over one line of text right above the byline or the date: an
    interview's headline over its speaker's name and post ("— Jane Roe, Minister of Ports") or its standfirst.
    (Right above the date, a quotation is a clip's words under a correspondent's line as often.)"""
    following = slots[index + 1 : index + 3]
    if len(following) < 2 or following[0].kind == CANDIDATE or following[0].stamp or following[0].byline:
        return False
    return following[1].stamp or following[1].byline


def stems(text: str, stop: frozenset[str]) -> set[str]:
    """The content words of `text` as crude stems (five letters; a figure by its digits), for echo."""
    words = _STEM_WORDS.findall(text.lower().replace("’", "'"))
    return {w[:5] for w in words if (len(w) >= 3 or w.isdigit() and len(w) >= 2) and w not in stop}


def echo(text: str, article: str, stop: frozenset[str]) -> float:
    """The share of `text`'s content words that the article uses too.

    A word is looked for by its stem as a substring, in lower case or capitalised: "talks"
    finds "talked", "taliban" finds "Taliban"; a few substring searches cost far less than
    splitting (or lower-casing) the whole article.
    """
    own = stems(text, stop)
    found = sum(stem in article or stem.capitalize() in article or stem.upper() in article for stem in own)
    return found / len(own) if own else 0.0


def _title_case(text: str) -> bool:
    long = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return bool(long) and sum(w[:1].isupper() for w in long) >= 0.8 * len(long)


def runs(slots: list[Slot]) -> list[list[int]]:
    """Indexes of candidate slots, grouped in runs (a run goes on over META slots, ends at OTHER or a cut)."""
    found: list[list[int]] = []
    current: list[int] = []
    for index, slot in enumerate(slots):
        if slot.kind == OTHER or (slot.cut_before and current and slot.kind == CANDIDATE):
            if current:
                found.append(current)
            current = []
        if slot.kind == CANDIDATE:
            current.append(index)
    if current:
        found.append(current)
    return found


def _chain(slots: list[Slot], index: int) -> list[int]:
    """The candidates standing next to each other around `index`, furniture removed between them or not."""
    low = high = index
    while low > 0 and slots[low - 1].kind == CANDIDATE:
        low -= 1
    while high + 1 < len(slots) and slots[high + 1].kind == CANDIDATE:
        high += 1
    return list(range(low, high + 1))


def pick(slots: list[Slot], article: str, stop: frozenset[str]) -> int | list[int] | None:
    """The index of the headline among `slots`; the indexes of a list of other stories' headlines
    when the page's head ends with one; None when the head holds neither."""
    candidates = [i for i, s in enumerate(slots) if s.kind == CANDIDATE]
    crumbed = _crumbs_end(slots, candidates)
    if crumbed is not None:
        return crumbed
    # Printed twice: the page's own title; but a section's or a site's short name printed twice (in its menu
    # and over the headline) gives way to the headline under it.
    repeated = [
        i
        for i in candidates
        if slots[i].repeated
        and not _label_over(slots, i, [j for j in candidates if j > i])
        and not _under_stamp(slots, i)
    ]
    if repeated:
        return repeated[0]
    grouped = runs(slots)
    if not grouped:
        return None
    last = grouped[-1]
    chain = _chain(slots, last[0])
    listed = sum(_title_case(slots[i].text) and _words(slots[i].text) >= 4 for i in chain) >= 3
    if len(chain) >= 3 and listed and not _above_date(slots, chain[-1]):
        # a list of other stories' headlines (a section's two-word labels are not headlines; lines ending right
        # above the page's date are its head: a testimony's cover, "Testimony of ..." / "Before the ...")
        return chain
    return _headline_in_runs(slots, grouped, article, stop)


_CRUMB = re.compile(r"\s*[|»]\s*|\s+>\s+")  #: "Home | News & Events | <the page's title>", "Home|World|<title>"


def _crumbs_end(slots: list[Slot], candidates: list[int]) -> int | None:
    """The candidate of four words or more that a breadcrumb trail in the head ends with: the page's own
    title, whatever else is printed twice (a site's name in its banner and its menu)."""
    first: dict[str, int] = {}  # (each candidate's text once: a head of many lines is read in one pass)
    for index in candidates:
        first.setdefault(slots[index].text.strip().casefold(), index)
    for at, slot in enumerate(slots):
        parts = _CRUMB.split(slot.text) if "|" in slot.text or ">" in slot.text or "»" in slot.text else ()
        end = parts[-1].strip().casefold() if len(parts) >= 3 else ""
        if end and _words(end) >= 4 and first.get(end, at) != at:
            return first[end]
    return None


def _headline_in_runs(slots: list[Slot], grouped: list[list[int]], article: str, stop: frozenset[str]) -> int | None:
    """The headline among the runs of candidates `grouped`, or None.

    The head's last run holds the headline, unless furniture the rules missed ("Gift Article" under the
    byline) makes a run of its own after it: then the run before it, and so on. A run under the byline of a
    candidate standing over it (metadata only between) is tried after the others: a caption or a credit
    ("Example Urdu, Islamabad") under the byline is never the headline above it; a run that a list's removed
    heading opens ("Related News" / other stories' headlines and dates) under a line standing over its date or
    byline is tried last (a section's label over the headline, "Top Stories", is removed as such a heading too).
    """
    byline = _byline_under_candidate(slots)
    above = [run for run in grouped if byline is None or run[0] < byline]
    below = [run for run in grouped if byline is not None and run[0] > byline]
    order = [*reversed(above), *reversed(below)]
    late = [run for run in order if _listed_after_a_dated_head(slots, grouped, run)]
    for run in [*(run for run in order if run not in late), *late]:
        found = _first_headline(slots, run, article, stop)
        if found is not None:
            return found
    return None


def _listed_after_a_dated_head(slots: list[Slot], grouped: list[list[int]], run: list[int]) -> bool:
    """Whether `run` opens under a list's removed heading, after a run with a line right above a date or a
    byline (the page's headline, "Related News" under its stamp)."""
    return slots[run[0]].listed and any(_above_meta(slots, i) for r in grouped if r[-1] < run[0] for i in r)


def _byline_under_candidate(slots: list[Slot]) -> int | None:
    """The index of the first signed byline or labelled stamp with a candidate of four words or more above it (a
    menu's label over a menu's item read as a byline is none: "Front Page" / "From Our Own Correspondent"), only
    metadata between; None if none."""
    for index, slot in enumerate(slots):
        if not (slot.signed or slot.labelled):
            continue
        above = index - 1
        while above >= 0 and slots[above].kind == META:
            above -= 1
        if above >= 0 and slots[above].kind == CANDIDATE and _words(slots[above].text) >= 4:
            return index
    return None


def _first_headline(slots: list[Slot], last: list[int], article: str, stop: frozenset[str]) -> int | None:
    """The first candidate of the head's last run that the article echoes; a section's short label above a
    longer echoed line ("Statements and Releases") is passed over."""
    head = _under_a_ticker(slots, last, article, stop)
    if head is None:
        head = _over_its_deck(slots, last)
    if head is not None:
        return head
    passing = [index for index in last if _echoed(slots, index, last, article, stop)]
    for at, index in enumerate(passing):
        if not _label_over(slots, index, passing[at + 1 :]):
            return index
    return None


def _over_its_deck(slots: list[Slot], run: list[int]) -> int | None:
    """The headline of a run that ends with its standfirst right above the byline or the date: a short line
    over a sentence a third as long again or more ("Beyond the transactional trap" / "Washington's new interest
    ... is welcome, but ..."), whatever the article echoes (a column's headline often says nothing it does);
    None for any other run (a section's label over the headline is none)."""
    if len(run) < 2 or run[-1] != run[-2] + 1 or not _above_meta(slots, run[-1]):
        return None
    head, deck = run[-2], run[-1]
    words, deck_words = _words(slots[head].text), _words(slots[deck].text)
    # (a kicker of a few words over the headline is no headline over a deck: four words at least, and a deck
    # of twelve or more)
    if not 4 <= words <= 14 or deck_words < max(12, 1.3 * words) or _label_over(slots, head, [deck]):
        return None
    if _quoted_whole(slots[deck].text):
        return None  # (a clip's quoted words under a correspondent's line: "The BBC's Jane Roe in Islamabad")
    return head


def _under_a_ticker(slots: list[Slot], run: list[int], article: str, stop: frozenset[str]) -> int | None:
    """The candidate right above the byline or the date that ends a run of three headlines or more over it (a
    channel's ticker, a list of other stories) or of a menu's short items, when the article echoes it; None for
    any other run."""
    if len(run) < 4 or not _above_meta(slots, run[-1]) or run[-1] != run[-2] + 1:
        return None
    if echo(slots[run[-1]].text, article, stop) < MIN_ECHO:
        return None
    before = [_words(slots[i].text) for i in run[:-1]]
    # (a menu's short items over the headline are such a run too: "My Example", "Science and tech", ...)
    menu = all(words <= 4 for words in before) and _words(slots[run[-1]].text) >= 6
    return run[-1] if menu or sum(words >= 4 for words in before) >= 3 else None


def _under_stamp(slots: list[Slot], index: int) -> bool:
    """Whether the candidate at `index` stands under another candidate's date or byline (metadata only
    between): a picture's alt text and caption printed twice there, not the page's title printed twice."""
    j, dated = index - 1, False
    while j >= 0 and slots[j].kind == META:
        dated = dated or slots[j].stamp or slots[j].byline
        j -= 1
    return dated and j >= 0 and slots[j].kind == CANDIDATE


def _label_over(slots: list[Slot], index: int, later: list[int]) -> bool:
    """Whether the candidate at `index` is a section's or a site's short label over a headline among the
    candidates `later`: three words in title case over any line of five words or more ("Statements and
    Releases"); four over one in title case or right above the date or byline ("Statement by the
    Spokesperson")."""
    text = slots[index].text
    if _words(text) > 4 or not _title_case(text):
        return False
    # (a dated one is the page's; so is one right above the byline that is no standfirst's sentence)
    longer = [i for i in later if _words(slots[i].text) >= 5 or slots[i].dated or _over_byline(slots, i)]
    if later and later[0] == index + 1 and _above_date(slots, index + 1):
        longer.append(index + 1)  # a fly-title right over the headline: "Example and Varnia" / "Friends" / date
    if _words(text) <= 3:
        return bool(longer)
    return any(_title_case(slots[i].text) or _above_meta(slots, i) for i in longer)


def _over_byline(slots: list[Slot], index: int) -> bool:
    """Whether the slot at `index` stands right above the byline and ends as no sentence does (a headline,
    not a standfirst)."""
    following = slots[index + 1] if index + 1 < len(slots) else None
    return following is not None and following.byline and not slots[index].text.endswith(".")


def _above_meta(slots: list[Slot], index: int) -> bool:
    """Whether the slot at `index` stands right above the date or the byline."""
    following = slots[index + 1] if index + 1 < len(slots) else None
    return following is not None and (following.stamp or following.byline)


def _echoed(slots: list[Slot], index: int, last: list[int], article: str, stop: frozenset[str]) -> bool:
    text = slots[index].text
    if text.isupper() and text.count(" ") >= 1:
        # A wire slug or a label in capitals, unless it is long and says what the article says: a headline
        # some sites print in capitals.
        return _words(text) >= 4 and echo(text, article, stop) >= 2 * MIN_ECHO
    if slots[index].dated and index == last[0]:
        return True  # the page's title with its date, which a briefing's generic words need not echo
    if index == last[-1] and _above_date(slots, index) and all(_words(slots[i].text) <= 3 for i in last[:-1]):
        # The last candidate right above the date (a place's line between them or not), under short section
        # labels at most: the page's title, its date on a line of its own, whatever the text echoes.
        return True
    if index == last[0] and index + 1 < len(slots) and slots[index + 1].byline:
        return True  # the first line of its run, right above the byline: what the writer's name is under
    if index == last[0] and _over_standfirst(slots, index):
        return True  # likewise over its standfirst and the byline: a magazine's headline need not echo the text
    said = echo(text, article, stop)
    # A lone line opening the page, nothing removed around it, needs only some echo.
    return said >= MIN_ECHO or (said > 0 and index == 0 and not slots[0].cut_before and len(last) == 1)


def _over_standfirst(slots: list[Slot], index: int) -> bool:
    """Whether the slot at `index`, of three words or more, stands over a standfirst right above the byline or
    the date."""
    following = slots[index + 1 : index + 3]
    if _words(slots[index].text) < 3 or len(following) < 2:
        return False
    return following[0].standfirst and (following[1].byline or following[1].stamp)


def _above_date(slots: list[Slot], index: int) -> bool:
    """Whether the slot at `index` stands right above a date line, or above one line of metadata over it."""
    following = slots[index + 1 : index + 3]
    if following and following[0].stamp:
        return True
    return len(following) == 2 and following[0].kind == META and not following[0].byline and following[1].stamp


def _words(text: str) -> int:
    # ("Science & Technology" is two words: an ampersand or a dash is none)
    return sum(any(c.isalnum() for c in word) for word in text.split()) or 1


def split_run_in(paragraph: str, stop: frozenset[str]) -> tuple[str, str] | None:
    """(headline, paragraph) when a headline was run into the first sentence with no break.

    The cut falls before a capitalised word where the words before it come back in the
    sentence after it: a headline restates its lede, an ordinary sentence does not repeat itself.
    """
    sentences = split_sentences(paragraph)
    tokens = sentences[0].split() if sentences else []
    if len(tokens) < 15:
        return None
    best: tuple[int, int] | None = None  # (shared words, cut)
    for cut in range(5, min(len(tokens) - 8, 26)):
        word, before = tokens[cut], tokens[cut - 1]
        if not word[:1].isupper() or before[-1:] in '.,;:!?"”’)' or before.lower() in stop:
            continue
        head = stems(" ".join(tokens[:cut]), stop)
        shared = len(head & stems(" ".join(tokens[cut:]), stop))
        if len(head) >= 4 and shared >= 3 and shared >= 0.6 * len(head) and (best is None or shared > best[0]):
            best = (shared, cut)
    if best is None:
        return None
    head_text = " ".join(tokens[: best[1]])
    start = paragraph.find(tokens[best[1]], len(head_text))
    return head_text, paragraph[start:]
