"""What a brief's page shows: the briefing (people and their roles, quotes, provenance, a citation), the
related briefs, the JSON-LD record and the search filters. Plain data for overrides/brief.html.

Every value here is text; the template escapes it (autoescape). Addresses are relative to the site's root
(the template's `url` filter makes them relative to the page), except the source address, which is the
article's own http(s) address, checked here before it becomes a link.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from typing import Any

from ..archive import Entry
from ..briefs import plain_text
from ..model import KIND_LABELS, ActorRef, Brief
from .facets import brief_facets, pagefind_filter
from .page import url_of
from .words import date_text, one_line

SITE_NAME = "Pakistan–US Briefing Archive"
_HTTP = re.compile(r"https?://[^\s<>\"]+")
_BIBTEX_SPECIAL = re.compile(r"([{}\\%&$#_^~])")
#: the date an undated brief sorts by in a search sorted by date: below every real date, so it comes last
#: newest first (Pagefind leaves a page without the sort key out of a sorted search). Never shown.
UNDATED_SORT = "0000-00-00"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def source_link(url: str | None) -> str | None:
    """The source address when it is a plain http(s) address (the schema says so too), else None."""
    return url if url and _HTTP.fullmatch(url) else None


def _role(actor: ActorRef) -> str | None:
    """The role the article states for `actor`, white space collapsed; None for none, or for a byline's author."""
    return " ".join(actor.role.split()) if actor.role and actor.role != "author" else None


def _actor(actor: ActorRef) -> dict[str, Any]:
    return {"name": actor.name, "url": f"actors/{actor.id}/", "role": _role(actor), "unreviewed": actor.unreviewed}


def _normal(text: str) -> str:
    return " ".join(text.split())


def brief_view(
    entry: Entry,
    topic_labels: Mapping[str, str],
    related: list[Entry],
    facet_actors: Container[str],
    canonical_url: str | None,
    site_name: str = SITE_NAME,
) -> dict[str, Any]:
    """Everything brief.html shows of one brief."""
    brief = entry.brief
    names = {a.id: a for a in brief.actors}
    article = _normal(plain_text(brief.body or ""))
    people = [_actor(a) for a in brief.actors if a.type == "person"]
    view: dict[str, Any] = {
        "brief": brief,
        "date": date_text(brief.date) if brief.date else None,
        "kind": KIND_LABELS.get(brief.kind or ""),
        "source_url": source_link(brief.source_url),
        "people": people,
        "organizations": [_actor(a) for a in brief.actors if a.type == "organization"],
        "countries": [_actor(a) for a in brief.actors if a.type == "country"],
        "topics": [{"label": topic_labels.get(t, t), "url": f"topics/{t}/"} for t in entry.topic_ids],
        "key_points": [{"text": p, "repeats": _normal(p) in article} for p in brief.key_points],
        "quotes": [
            {
                "text": q.text,
                "speaker": names[q.speaker_id].name if q.speaker_id in names else None,
                "url": f"actors/{q.speaker_id}/" if q.speaker_id in names else None,
                "role": _role(names[q.speaker_id]) if q.speaker_id in names else None,
                "repeats": _normal(q.text) in article,
            }
            for q in brief.quotes
        ],
        "summary_repeats": bool(brief.summary) and _normal(brief.summary) in article,
        "related": [_related(r) for r in related],
        "cite": citation(entry, canonical_url, site_name),
        "bibtex": bibtex(entry, canonical_url, site_name),
        "json_ld": json_ld(brief, topic_labels, canonical_url),
        "search": search_record(brief, topic_labels, facet_actors),
    }
    return view


def _related(entry: Entry) -> dict[str, Any]:
    brief = entry.brief
    return {
        "title": brief.title,
        "url": entry.url,
        "iso": brief.date,
        "date": date_text(brief.date),
        "summary": entry.summary_line,
    }


def citation(entry: Entry, url: str | None, site_name: str = SITE_NAME) -> str:
    """A plain citation: author, title, publication, date, the source address, and this brief's address."""
    brief = entry.brief
    parts = [f"{brief.author}." if brief.author else "", f"“{brief.title.rstrip('.')}.”"]
    if brief.publication:
        parts.append(f"{brief.publication},")
    parts.append(f"{date_text(brief.date) if brief.date else 'undated'}.")
    if source_link(brief.source_url):
        parts.append(f"{brief.source_url}.")
    parts.append(f"Brief in {site_name}" + (f", {url}." if url else "."))
    return " ".join(p for p in parts if p)


def _bib(text: str) -> str:
    """Text safe inside a BibTeX field: its special characters escaped, white space made single spaces."""
    return _BIBTEX_SPECIAL.sub(r"\\\1", _normal(text))


def bibtex(entry: Entry, url: str | None, site_name: str = SITE_NAME) -> str:
    """A BibTeX @misc entry for the brief, keyed by its address."""
    brief = entry.brief
    fields = [("title", "{" + _bib(brief.title) + "}")]
    if brief.author:
        fields.append(("author", _bib(brief.author)))
    if brief.publication:
        fields.append(("howpublished", _bib(brief.publication)))
    if brief.date:
        fields += [("year", brief.date[:4]), ("month", _MONTHS[int(brief.date[5:7]) - 1]), ("day", brief.date[8:10])]
    if source_link(brief.source_url):
        fields.append(("url", _bib(brief.source_url or "")))
    fields.append(("note", _bib(f"Brief in {site_name}" + (f": {url}" if url else ""))))
    body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields)
    return f"@misc{{briefing-{entry.stem},\n{body}\n}}"


def json_ld(brief: Brief, topic_labels: Mapping[str, str], url: str | None) -> dict[str, Any]:
    """A schema.org NewsArticle describing the article the brief is made from (the template serialises it)."""
    types = {"person": "Person", "organization": "Organization", "country": "Country"}
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": brief.title}
    optional = {
        "datePublished": brief.date,
        "dateline": brief.dateline,
        "description": brief.summary or None,
        "url": url,
        "isBasedOn": source_link(brief.source_url),
        "genre": KIND_LABELS.get(brief.kind or ""),
    }
    data.update({k: v for k, v in optional.items() if v})
    if brief.author:
        data["author"] = {"@type": "Person", "name": brief.author}
    if brief.publication:
        data["publisher"] = {"@type": "Organization", "name": brief.publication}
    if brief.topics:
        data["about"] = [{"@type": "Thing", "name": topic_labels.get(t, t)} for t in brief.topics]
    if brief.actors:
        data["mentions"] = [{"@type": types.get(a.type, "Thing"), "name": a.name} for a in brief.actors]
    return data


def search_record(brief: Brief, topic_labels: Mapping[str, str], facet_actors: Container[str]) -> dict[str, Any]:
    """What Pagefind reads from the page besides its text: the title, date, place and summary line a result
    shows, the date it sorts by, the filters, and the names the card shows (indexed apart from the card, whose
    text is not, so that a result's excerpt comes from the brief's own words)."""
    pairs = brief_facets(
        brief.topics,
        [(a.id, a.name) for a in brief.actors],
        brief.date,
        brief.publication,
        topic_labels,
        facet_actors,
        brief.kind,
    )
    names = [a.name for a in brief.actors] + [topic_labels.get(t, t) for t in brief.topics]
    names += [value for value in (brief.dateline, brief.publication, brief.author) if value]
    return {
        "date": date_text(brief.date),
        "sort": brief.date or UNDATED_SORT,
        "where": " · ".join(value for value in (brief.dateline, brief.publication) if value),
        "summary": one_line(brief.summary),
        "filters": [{"filter": pagefind_filter(name, value), "value": value} for name, value in pairs],
        "names": " · ".join(names),
    }


def page_url(entry: Entry) -> str:
    """The brief's address relative to the site's root."""
    return url_of(entry.src)
