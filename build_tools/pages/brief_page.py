"""What a brief page carries besides its Markdown: the metadata card, related briefs and JSON-LD.

Pure functions returning HTML strings. Every value from a brief is passed
through `html.escape`; addresses come from a `resolve` function supplied by
the caller (the MkDocs hook), which returns None for a page that does not
exist so that no dead link is ever drawn.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Container, Mapping
from html import escape
from typing import Any

from .facets import brief_facets, pagefind_filter
from .index_pages import date_text

Resolve = Callable[[str], str | None]  #: docs-relative source path -> URL relative to the page, or None

# What JSON must not contain inside <script>: these would let article text close the tag or open a comment.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _row(label: str, value: str | None, html_value: str | None = None, wide: bool = False) -> str:
    shown = html_value if html_value is not None else escape(value or "—")
    cls = "brief-card__row brief-card__row--wide" if wide else "brief-card__row"
    return f'<div class="{cls}"><dt>{escape(label)}</dt><dd>{shown}</dd></div>'


def _chips(items: list[tuple[str, str, str]], resolve: Resolve, kind: str) -> str:
    """Chips as links; items are (source path, label, extra class)."""
    out = []
    for src, label, extra in items:
        href = resolve(src)
        cls = f"chip chip--{kind}{' ' + extra if extra else ''}"
        mark = ' <span class="chip__flag" title="Not yet in the authority file">unreviewed</span>' if extra else ""
        if href is None:
            out.append(f'<span class="{cls}">{escape(label)}{mark}</span>')
        else:
            out.append(f'<a class="{cls}" href="{escape(href)}">{escape(label)}{mark}</a>')
    return f'<ul class="chips chips--{kind}">' + "".join(f"<li>{c}</li>" for c in out) + "</ul>"


def card(meta: Mapping[str, Any], topic_labels: Mapping[str, str], resolve: Resolve, edit_url: str | None) -> str:
    """The metadata card shown above a brief: facts, actor and topic chips, and the edit link."""
    date = _text(meta.get("date"))
    date_html = f'<time datetime="{escape(date)}">{escape(date_text(date))}</time>' if date else "undated"
    rows = [
        _row("Date", None, date_html),
        _row("Dateline", _text(meta.get("dateline"))),
        _row("Publication", _text(meta.get("publication"))),
        _row("Author", _text(meta.get("author"))),
        _row("Source", None, f"<code>{escape(_text(meta.get('source_file')) or 'written by an editor')}</code>", True),
    ]
    actors = [a for a in meta.get("actors") or [] if isinstance(a, Mapping) and a.get("id")]
    actor_items = [
        (f"actors/{a['id']}/index.md", str(a.get("name") or a["id"]), "chip--unreviewed" if a.get("unreviewed") else "")
        for a in actors
    ]
    topics = [str(t) for t in meta.get("topics") or []]
    topic_items = [(f"topics/{t}/index.md", topic_labels.get(t, t), "") for t in topics]
    # Not indexed as text (search_facets indexes its names and labels): excerpts come from the brief's own words.
    parts = ['<section class="brief-card" aria-label="About this brief" data-pagefind-ignore>']
    parts.append('<dl class="brief-card__facts">')
    parts += rows + ["</dl>"]
    if topic_items:
        parts += ['<p class="brief-card__label">Topics</p>', _chips(topic_items, resolve, "topic")]
    if actor_items:
        parts += ['<p class="brief-card__label">Actors</p>', _chips(actor_items, resolve, "actor")]
    if edit_url:
        parts.append(f'<p class="brief-card__edit"><a href="{escape(edit_url)}">Edit this brief</a></p>')
    parts.append("</section>")
    return "\n".join(parts)


def search_facets(meta: Mapping[str, Any], topic_labels: Mapping[str, str], facet_actors: Container[str]) -> str:
    """Pagefind's metadata (title, date) and filters (topic, actor, year, publication), hidden from readers.

    Only actors in `facet_actors` become filter values (the build chooses them). Each value goes in
    its part of the facet's Pagefind filters (`facets.pagefind_filter`).

    Inside `data-pagefind-ignore` so the values are not indexed twice as text;
    Pagefind still reads filters and metadata there.
    """
    title = str(meta.get("title") or "")
    date = _text(meta.get("date"))
    actors = [a for a in meta.get("actors") or [] if isinstance(a, Mapping) and a.get("name")]
    spans = [("meta", "title", title), ("meta", "date", date_text(date))]
    spans += [
        ("filter", pagefind_filter(name, value), value)
        for name, value in brief_facets(
            [str(t) for t in meta.get("topics") or []],
            [(str(a.get("id")), str(a["name"])) for a in actors],
            date,
            _text(meta.get("publication")),
            topic_labels,
            facet_actors,
        )
    ]
    inner = "".join(f'<span data-pagefind-{kind}="{name}">{escape(value)}</span>' for kind, name, value in spans)
    # The page's <h1> is the theme's, outside the indexed body: the title is indexed here, weighted up,
    # and the names the card shows (the card itself is not indexed), so a search finds them.
    heading = f'<p hidden data-pagefind-weight="7">{escape(title)}</p>'
    names = [a["name"] for a in actors] + [topic_labels.get(str(t), str(t)) for t in meta.get("topics") or []]
    names += [str(meta[k]) for k in ("dateline", "publication", "author") if _text(meta.get(k))]
    named = f'<p hidden data-pagefind-weight="2">{escape(" · ".join(str(n) for n in names))}</p>'
    return f'{heading}{named}<div hidden data-pagefind-ignore class="search-facets">{inner}</div>'


_ARTICLE = re.compile(r'<h2 id="article"[^>]*>')  #: the body's "## Article" heading, as Markdown renders it
_BLOCK = re.compile(r"<(p|li)>(.*?)</\1>", re.DOTALL)  #: a plain paragraph or list item
_TAG = re.compile(r"<[^>]+>")


def _plain(fragment: str) -> str:
    """An HTML fragment's text, white space collapsed."""
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def unindex_repeats(content: str) -> str:
    """A brief's body HTML with each paragraph or list item before its Article section that repeats the
    article's text word for word (summary sentences, key points, quotes) marked `data-pagefind-ignore`.

    Pagefind stores every occurrence of a word, so repeated text made the
    index a search downloads a third larger (a word found in every brief
    loads its whole list); the words stay indexed in the article. Anything
    not found there as it stands, such as an editor's own summary, is indexed.
    """
    found = _ARTICLE.search(content)
    if found is None:
        return content
    head, article = content[: found.start()], content[found.start() :]
    text = " ".join(_plain(block.group(2)) for block in _BLOCK.finditer(article))

    def mark(block: re.Match[str]) -> str:
        plain = _plain(block.group(2))
        if not plain or plain not in text:
            return block.group(0)
        return f"<{block.group(1)} data-pagefind-ignore>{block.group(2)}</{block.group(1)}>"

    return _BLOCK.sub(mark, head) + article


def related_section(items: list[Mapping[str, Any]], resolve: Resolve) -> str:
    """'Related briefs': each item has stem, title and date; missing pages are left out."""
    lines = []
    for item in items:
        href = resolve(f"briefs/{item['stem']}.md")
        if href is None:
            continue
        when = escape(date_text(item.get("date")))
        title = escape(str(item["title"]))
        lines.append(f'<li><a href="{escape(href)}">{title}</a> <span class="muted">{when}</span></li>')
    if not lines:
        return ""
    return (
        '<section class="related-briefs"><h2 id="related-briefs">Related briefs</h2>'
        f"<ul>{''.join(lines)}</ul></section>"
    )


def json_ld(meta: Mapping[str, Any], topic_labels: Mapping[str, str], url: str | None) -> str:
    """A schema.org NewsArticle as a <script> element; article text can never close the tag."""
    types = {"person": "Person", "organization": "Organization", "country": "Country"}
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    data["headline"] = str(meta.get("title", ""))
    optional = {
        "datePublished": _text(meta.get("date")),
        "dateline": _text(meta.get("dateline")),
        "description": _text(meta.get("summary")),
        "url": url,
    }
    data.update({k: v for k, v in optional.items() if v})
    if _text(meta.get("author")):
        data["author"] = {"@type": "Person", "name": str(meta["author"])}
    if _text(meta.get("publication")):
        data["publisher"] = {"@type": "Organization", "name": str(meta["publication"])}
    about = [topic_labels.get(str(t), str(t)) for t in meta.get("topics") or []]
    if about:
        data["about"] = [{"@type": "Thing", "name": label} for label in about]
    mentions = [a for a in meta.get("actors") or [] if isinstance(a, Mapping) and a.get("name")]
    if mentions:
        data["mentions"] = [{"@type": types.get(str(a.get("type")), "Thing"), "name": str(a["name"])} for a in mentions]
    payload = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_SAFE)
    return f'<script type="application/ld+json">{payload}</script>'
