"""The generated index pages as Markdown strings: home, timeline, topics and actors.

Every function here is pure: it takes the grouped briefs and returns
`{path relative to docs/: Markdown}`. Short links are Markdown links to the
`.md` sources, which `mkdocs build --strict` checks. The long lists (briefs,
actors, topics, roles) are raw HTML blocks with the built site's relative
URLs: Python-Markdown passes them through instead of parsing every link,
which made these pages cost more than the briefs themselves at 10,000
briefs. `check_links` verifies each of those URLs against the pages and
briefs, so a broken one still fails the build. Text that came from an
article or a brief goes through `briefs.escape` (Markdown) or `html.escape`
(raw HTML); nothing from a brief becomes markup.

Pages stay bounded as the archive grows. A topic or actor with at most
LISTING_LIMIT briefs lists them all on its own page, by year; a larger one
gets a main page with its newest briefs and a table of years, and one page
per year (`<base>/<year>/`). The timeline always has year pages. A year with
more than LISTING_LIMIT briefs becomes a list of month pages
(`<base>/<year>/<mm>/`), and a month or the undated briefs (`<base>/undated/`,
never hidden) continue on numbered pages (`.../2/`, `.../3/`) past that
limit. The actors index lists every actor while there are at most
ACTORS_ON_INDEX; past that it shows the most named of each type and links
to pages by initial letter (`actors/people/a/`, paginated the same way).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain
from typing import Any

from ..briefs import escape, json_line
from ..model import ActorRef, Brief
from ..vocab import Vocabulary
from .charts import bar_chart, month_label
from .collect import RESERVED_ACTOR_IDS, Entry, actor_refs, by_actor, by_month, by_topic, by_year
from .facets import facet_actors, facet_counts

GENERATED_BY = "briefing build"  #: front-matter marker; only pages carrying it are ever overwritten or removed
NEWEST = 10  #: briefs listed on a home, topic or actor page before the year table
LISTING_LIMIT = 500  #: briefs on one year, month or undated page (about 120 KB of HTML)
TOP = 12  #: actors and topics listed alongside on a topic or actor page
ACTORS_ON_INDEX = 300  #: actors listed on /actors/ before it splits by type and initial letter
MOST_NAMED = 20  #: actors of each type listed on a split /actors/ page
TYPE_LABELS = {"person": "People", "organization": "Organizations", "country": "Countries"}
TYPE_FOLDERS = {"person": "people", "organization": "organizations", "country": "countries"}
assert set(TYPE_FOLDERS.values()) | {"other"} <= RESERVED_ACTOR_IDS  # letter pages never clash with an actor
_WIKIDATA = re.compile(r"Q\d+")

Pages = dict[str, str]


# -- small pieces -----------------------------------------------------------------


def link(page: str, target: str) -> str:
    """A relative link from the page source `page` to the source `target` (both under docs/, no '..').

    posixpath.relpath gives the same answer but asks the OS for the working
    folder on every call; an archive's pages make hundreds of thousands.
    """
    here = page.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "../" * (len(here) - common) + "/".join(there[common:])


def url(at: str, target: str) -> str:
    """The built site's URL of the source `target` (with any '#anchor'), relative to the generated page `at`.

    MkDocs makes `x/index.md` the folder URL `x/` and `briefs/y.md` the folder URL `briefs/y/`
    (use_directory_urls); a generated page is always an `index.md`, so its URL's folder is its source's.
    """
    path, hash_, anchor = target.partition("#")
    if path == "index.md":
        path = ""
    elif path.endswith("/index.md"):
        path = path[: -len("index.md")]
    else:
        path = path.removesuffix(".md") + "/"
    return link(at, path) + hash_ + anchor


def a(at: str, target: str, text: str) -> str:
    """An HTML link from page `at` to the source `target`; `text` is escaped."""
    return f'<a href="{url(at, target)}">{html.escape(text, quote=False)}</a>'


def html_list(items: list[str]) -> list[str]:
    """Items (already HTML) as a raw HTML list block, then a blank line."""
    return ["<ul>", *(f"<li>{item}</li>" for item in items), "</ul>", ""]


def front_matter(title: str, template: str | None = None, data: Mapping[str, object] | None = None) -> str:
    """Front-matter naming the page and marking it generated; JSON (`json_line`) is YAML and quotes anything.

    `data` adds keys for the page's template (each value written as one line of JSON).
    """
    head = f"title: {json_line(title)}\ngenerated_by: {GENERATED_BY}\n"
    if template:
        head += f"template: {template}\n"
    for key, value in (data or {}).items():
        head += f"{key}: {json_line(value)}\n"
    # The left sidebar would only repeat the tab's name: these pages are reached from the tabs.
    return f"---\n{head}hide:\n  - navigation\n---\n\n"


def page(title: str, body: Iterable[str], template: str | None = None, data: Mapping[str, object] | None = None) -> str:
    """A whole generated page: front-matter, a heading and the body lines."""
    return front_matter(title, template, data) + f"# {escape(title)}\n\n" + "\n".join(body).rstrip() + "\n"


def date_text(date: str | None) -> str:
    """'2023-02-16' -> '16 February 2023'; None -> 'undated'."""
    if not date:
        return "undated"
    return f"{int(date[8:10])} {month_label(date[:7])}"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def brief_item(entry: Entry, at: str) -> str:
    """One list item's HTML: the linked title, then date, dateline and publication."""
    # A brief is listed on a dozen pages; what follows the link is the same on each.
    return f'<a href="{brief_url(at, entry)}">{_item_text(entry.brief)}'


def brief_url(at: str, entry: Entry) -> str:
    """`url(at, entry.src)`, worked out without splitting paths (lists link to briefs 250,000 times)."""
    if at.startswith("briefs/"):
        return url(at, entry.src)
    return "../" * at.count("/") + entry.url  # up to the site's root, then down to the brief


_item_texts: dict[int, tuple[Brief, str]] = {}  #: id(brief) -> (brief, text); emptied by render_pages


def _item_text(b: Brief) -> str:
    """A list item's HTML after the link's opening tag (held while one render_pages call runs)."""
    hit = _item_texts.get(id(b))
    if hit is not None and hit[0] is b:
        return hit[1]
    details = [date_text(b.date)] + [html.escape(x, quote=False) for x in (b.dateline, b.publication) if x]
    text = f"{html.escape(b.title, quote=False)}</a> — {' · '.join(details)}"
    _item_texts[id(b)] = (b, text)
    return text


def brief_list(entries: list[Entry], at: str) -> list[str]:
    return html_list([brief_item(e, at) for e in entries])


# -- bounded listings (shared by the timeline, topics and actors) ---------------------


def listing_pages(base: str, title: str, entries: list[Entry]) -> Pages:
    """Year, month and undated pages under `base` (a folder under docs/) for newest-first `entries`."""
    pages: Pages = {}
    for year, found in by_year(entries).items():
        if year is None:
            pages.update(_undated_pages(base, title, found))
        else:
            pages.update(_year_pages(base, title, year, found))
    return pages


def _year_pages(base: str, title: str, year: str, entries: list[Entry]) -> Pages:
    at = f"{base}/{year}/index.md"
    months = by_month(entries)
    back = f"[Back to {escape(title)}]({link(at, f'{base}/index.md')})"
    intro = [f"{plural(len(entries), 'brief')} from {year}, newest first. {back}", ""]
    if len(entries) <= LISTING_LIMIT:
        body = list(intro)
        for month, found in months.items():
            body += [f"## {month_label(month)}", ""] + brief_list(found, at)
        return {at: page(f"{title}: {year}", body)}
    pages: Pages = {}
    rows = []
    for month, found in months.items():
        folder = f"{base}/{year}/{month[5:7]}"
        rows.append(f"- [{month_label(month)}]({link(at, folder + '/index.md')}) — {plural(len(found), 'brief')}")
        intro_month = f"{plural(len(found), 'brief')} from {month_label(month)}, newest first."
        pages.update(paged_listing(folder, f"{title}: {month_label(month)}", intro_month, (year, at), found))
    pages[at] = page(f"{title}: {year}", intro + rows)
    return pages


def paged_listing(folder: str, title: str, intro: str, back: tuple[str, str], entries: list[Entry]) -> Pages:
    """`entries` LISTING_LIMIT a page: folder/, folder/2/, ...; each page links back and to its neighbours.

    `back` is (label, source path) of the page above this listing.
    """
    pages: Pages = {}
    for at, chunk, pager, part in _paged(folder, entries, keep_empty=True):
        nav = [f"[Back to {escape(back[0])}]({link(at, back[1])})", *pager]
        pages[at] = page(f"{title}{part}", [f"{intro} " + " · ".join(nav), ""] + brief_list(chunk, at))
    return pages


def _undated_pages(base: str, title: str, entries: list[Entry]) -> Pages:
    """Undated briefs by address, LISTING_LIMIT a page: undated/, undated/2/, ..."""
    intro = "Briefs whose article establishes no date, by address."
    return paged_listing(f"{base}/undated", f"{title}: undated", intro, (title, f"{base}/index.md"), entries)


def month_target(base: str, month: str, split: bool) -> str:
    """Where a month's briefs are: its own page when the year was split, else a heading on the year page."""
    if split:
        return f"{base}/{month[:4]}/{month[5:7]}/index.md"
    return f"{base}/{month[:4]}/index.md#{month_label(month).lower().replace(' ', '-')}"


def year_table(base: str, at: str, entries: list[Entry]) -> list[str]:
    """Lines linking to each year page (and the undated page) with counts."""
    lines = ["| Year | Briefs |", "| --- | ---: |"]
    for year, found in by_year(entries).items():
        target = f"{base}/{year or 'undated'}/index.md"
        lines.append(f"| [{year or 'Undated'}]({link(at, target)}) | {len(found)} |")
    return lines + [""]


def all_by_year(at: str, entries: list[Entry]) -> list[str]:
    """Every brief, under a heading per year (undated last): for a listing small enough for one page."""
    lines = ["## Briefs by year", ""]
    for year, found in by_year(entries).items():
        lines += [f"### {year or 'Undated'}", ""] + brief_list(found, at)
    return lines


def newest_and_years(base: str, at: str, entries: list[Entry]) -> list[str]:
    """Every brief when they fit on one page; else the newest, then every year (pages holding the rest)."""
    if len(entries) <= LISTING_LIMIT:
        return all_by_year(at, entries)
    dated = [e for e in entries if e.brief.date]
    undated = [e for e in entries if not e.brief.date]
    lines: list[str] = []
    if dated:
        lines += ["## Newest briefs", ""] + brief_list(dated[:NEWEST], at)
    if undated:
        lines += ["## Undated briefs", ""] + brief_list(undated[:NEWEST], at)
        if len(undated) > NEWEST:
            lines += [f"[All {len(undated)} undated briefs]({link(at, f'{base}/undated/index.md')})", ""]
    return lines + ["## All briefs by year", ""] + year_table(base, at, entries)


# -- home ---------------------------------------------------------------------------


def home_page(entries: list[Entry], vocab: Vocabulary, site_name: str) -> str:
    """The home page: what the archive covers, counts, the newest briefs and ways in."""
    at = "index.md"
    dated = [e.brief.date for e in entries if e.brief.date]
    topics = by_topic(entries)
    span = f" from {date_text(min(dated))} to {date_text(max(dated))}" if dated else ""
    undated = len(entries) - len(dated)
    body = [
        "Briefs on relations between Pakistan and the United States: what was said, agreed and reported, "
        "with the people, organizations and countries involved. Each brief is made from a news article "
        "and reviewed by an editor; the full cleaned text of the article is kept with it.",
        "",
        f"**{plural(len(entries), 'brief')}**{span}"
        + (f" ({undated} undated)" if undated else "")
        + f" · {plural(len(topics), 'topic')} · {plural(len(by_actor(entries)), 'actor')}",
        "",
        "## Ways in",
        "",
        f"- [Timeline]({link(at, 'timeline/index.md')}) — every brief by year and month, with a chart",
        f"- [Topics]({link(at, 'topics/index.md')}) — counter-terrorism, trade, narcotics and more",
        f"- [Actors]({link(at, 'actors/index.md')}) — the people, organizations and countries named",
        f"- [Search]({link(at, 'search/index.md')}) — a word in any brief, narrowed by topic, actor, year "
        "or publication (the box at the top opens it)",
        "",
        "## Newest briefs",
        "",
    ]
    body += brief_list(entries[:NEWEST], at) if entries else ["_No briefs yet._", ""]
    body += ["## Most covered topics", ""] + _topic_counts({t: len(f) for t, f in topics.items()}, vocab, at, TOP)
    return page(site_name, body)


def _topic_counts(topics: dict[str, int], vocab: Vocabulary, at: str, limit: int | None) -> list[str]:
    """Topic id -> number of briefs, as a list of links, most briefs first."""
    labels = {t.id: t.label for t in vocab.topics}
    ranked = sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    items = [
        f"{a(at, f'topics/{tid}/index.md', labels.get(tid, tid))} — {plural(count, 'brief')}" for tid, count in ranked
    ]
    return html_list(items) if items else ["_None yet._", ""]


# -- timeline -------------------------------------------------------------------------


def timeline_pages(entries: list[Entry]) -> Pages:
    """The timeline: an index with the chart and years, and the bounded year and undated pages."""
    at = "timeline/index.md"
    months = {m: len(found) for m, found in by_month(entries).items()}
    body = ["Every brief by year and month, newest first.", ""]
    chart = bar_chart(months)
    if chart:
        # A raw HTML block: one line, wrapped in a div so Markdown passes it through untouched.
        body += [f'<div class="archive-chart-box">{chart}</div>', ""]
    body += ["## Years", ""]
    for year, found in by_year(entries).items():
        if year is None:
            continue
        split = len(found) > LISTING_LIMIT
        counts = [
            f"[{month_label(m)[:-5]}]({link(at, month_target('timeline', m, split))}) ({len(f)})"
            for m, f in by_month(found).items()
        ]
        target = link(at, f"timeline/{year}/index.md")
        body.append(f"- **[{year}]({target})** — {plural(len(found), 'brief')}: {', '.join(counts)}")
    undated = [e for e in entries if not e.brief.date]
    body += ["", "## Undated", ""]
    if undated:
        target = link(at, "timeline/undated/index.md")
        body.append(f"[{plural(len(undated), 'undated brief')}]({target}): the article establishes no date.")
    else:
        body.append("_Every brief is dated._")
    pages = {at: page("Timeline", body)}
    pages.update(listing_pages("timeline", "Timeline", entries))
    return pages


# -- topics -----------------------------------------------------------------------------


def topics_pages(entries: list[Entry], vocab: Vocabulary) -> Pages:
    """The topics index and, for every topic a brief carries, its page and listings."""
    groups = by_topic(entries)
    pages = {"topics/index.md": topics_index(groups, vocab)}
    for topic_id, found in groups.items():
        pages.update(topic_pages(topic_id, found, vocab))
    return pages


def topics_index(groups: dict[str, list[Entry]], vocab: Vocabulary) -> str:
    """Every topic of the vocabulary with its description and number of briefs."""
    at = "topics/index.md"
    known = {t.id for t in vocab.topics}
    rows = ["| Topic | What it covers | Briefs |", "| --- | --- | ---: |"]
    for topic in vocab.topics:
        count = len(groups.get(topic.id, []))
        name = f"[{escape(topic.label)}]({link(at, f'topics/{topic.id}/index.md')})" if count else escape(topic.label)
        rows.append(f"| {name} | {_one_line(topic.description)} | {count} |")
    for topic_id in sorted(set(groups) - known):
        # A brief names a topic the editors have not defined; `briefing check` reports it.
        rows.append(
            f"| [{escape(topic_id)}]({link(at, f'topics/{topic_id}/index.md')}) | _Not in the topic list._ | "
            f"{len(groups[topic_id])} |"
        )
    intro = "The editors' topics; a brief carries a topic when the article treats it in substance."
    return page("Topics", [intro, ""] + rows)


def _one_line(text: str) -> str:
    return escape(" ".join(text.split()))


def topic_pages(topic_id: str, entries: list[Entry], vocab: Vocabulary) -> Pages:
    """One topic's page (description, actors most often present, newest briefs, years) and listings."""
    base, at = f"topics/{topic_id}", f"topics/{topic_id}/index.md"
    topic = next((t for t in vocab.topics if t.id == topic_id), None)
    label = topic.label if topic else topic_id
    body = [_one_line(topic.description) if topic and topic.description else "_Not in the editors' topic list._", ""]
    body += [f"**{plural(len(entries), 'brief')}** · [All topics]({link(at, 'topics/index.md')})", ""]
    body += ["## Actors most often in these briefs", ""] + _actor_counts(entries, at, exclude=None)
    body += newest_and_years(base, at, entries)
    pages = {at: page(label, body)}
    if len(entries) > LISTING_LIMIT:
        pages.update(listing_pages(base, label, entries))
    return pages


def _actor_counts(entries: list[Entry], at: str, exclude: str | None) -> list[str]:
    """Actors named in `entries`, most often first: people and organizations, then countries."""
    # Reversed, so that the first brief's mention is the one left in `names`. (One Counter over a chain:
    # Counter.update per brief costs more in its own checks than in counting.)
    counts = Counter(chain.from_iterable(entry.actor_ids for entry in reversed(entries)))
    names: dict[str, ActorRef] = {}
    for entry in reversed(entries):
        names.update(entry.actor_map)
    counts.pop(exclude or "", None)
    ranked = sorted(counts, key=lambda i: (-counts[i], names[i].name.casefold()))
    lines = []
    for label, wanted in (("People and organizations", ("person", "organization")), ("Countries", ("country",))):
        found = [i for i in ranked if names[i].type in wanted][:TOP]
        if found:
            chips = ", ".join(f"{a(at, f'actors/{i}/index.md', names[i].name)} ({counts[i]})" for i in found)
            lines += [f"<p><strong>{label}:</strong> {chips}</p>", ""]
    return lines or ["_None named._", ""]


# -- actors -------------------------------------------------------------------------------


def actors_pages(entries: list[Entry], vocab: Vocabulary) -> Pages:
    """The actors index and a page (with listings) for every actor a brief names."""
    groups = by_actor(entries)
    refs = actor_refs(entries)
    pages = actors_index(groups, refs, vocab)
    for actor_id, found in groups.items():
        pages.update(actor_pages(actor_id, found, refs[actor_id], vocab))
    return pages


def actor_name(actor_id: str, refs: list[ActorRef], vocab: Vocabulary) -> tuple[str, str, bool]:
    """Display name, type and whether the actor is unreviewed (not in the authority file)."""
    known = vocab.actors_by_id.get(actor_id)
    if known:
        return known.name, known.type, False
    return refs[0].name, refs[0].type, True


def actors_index(groups: dict[str, list[Entry]], refs: dict[str, list[ActorRef]], vocab: Vocabulary) -> Pages:
    """The actors index, grouped by type with counts, unreviewed ones marked; split by letter when large."""
    at = "actors/index.md"
    rows: dict[str, list[tuple[str, str, int]]] = {t: [] for t in TYPE_LABELS}  # type -> (id, name, count)
    for actor_id, found in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        name, kind, unreviewed = actor_name(actor_id, refs[actor_id], vocab)
        rows.setdefault(kind, []).append((actor_id, name, len(found)))
    unreviewed_ids = {i for i in groups if i not in vocab.actors_by_id}

    def item(where: str, actor: tuple[str, str, int]) -> str:
        actor_id, name, count = actor
        mark = " <em>(unreviewed)</em>" if actor_id in unreviewed_ids else ""
        return f"{a(where, f'actors/{actor_id}/index.md', name)}{mark} — {plural(count, 'brief')}"

    split = len(groups) > ACTORS_ON_INDEX
    body = [
        "The people, organizations and countries the briefs name, most often named first. "
        "*Unreviewed* actors were found by extraction but are not yet in the editors' authority file.",
        "",
    ]
    pages: Pages = {}
    for kind, actors in rows.items():
        if not actors:
            continue
        label = TYPE_LABELS.get(kind, kind.title())
        body += [f"## {escape(label)}", ""]
        if not split:
            body += html_list([item(at, actor) for actor in actors])
            continue
        letters = _by_letter(actors)
        folder = f"actors/{TYPE_FOLDERS.get(kind, 'other')}"
        jump = " · ".join(f"[{k.upper()}]({link(at, f'{folder}/{k}/index.md')})" for k in letters)
        body += [f"{plural(len(actors), 'actor')}; the {min(MOST_NAMED, len(actors))} most often named:", ""]
        body += html_list([item(at, actor) for actor in actors[:MOST_NAMED]]) + [f"**All by name:** {jump}", ""]
        for key, members in letters.items():
            pages.update(_letter_pages(f"{folder}/{key}", label, key, members, item))
    pages[at] = page("Actors", body)
    return pages


def _by_letter(actors: list[tuple[str, str, int]]) -> dict[str, list[tuple[str, str, int]]]:
    """Actors by the first character of their id (a slug: a-z or a digit, grouped as 0-9), by name within."""
    groups: dict[str, list[tuple[str, str, int]]] = {}
    for actor in sorted(actors, key=lambda a: (a[1].casefold(), a[0])):
        key = actor[0][0] if actor[0][0].isalpha() else "0-9"
        groups.setdefault(key, []).append(actor)
    return dict(sorted(groups.items()))


def _letter_pages(
    folder: str, label: str, key: str, actors: list[tuple[str, str, int]], item: Callable[[str, tuple], str]
) -> Pages:
    """One initial's actors, LISTING_LIMIT a page: folder/, folder/2/, ..."""
    pages: Pages = {}
    for at, chunk, pager, part in _paged(folder, actors):
        nav = [f"[All actors]({link(at, 'actors/index.md')})", *pager]
        intro = f"{plural(len(actors), 'actor')} whose address starts with {key.upper()}, by name. " + " · ".join(nav)
        pages[at] = page(f"{label}: {key.upper()}{part}", [intro, ""] + html_list([item(at, x) for x in chunk]))
    return pages


def actor_pages(actor_id: str, entries: list[Entry], refs: list[ActorRef], vocab: Vocabulary) -> Pages:
    """One actor's page: type, description, stated roles, topics, co-actors, briefs; plus listings."""
    base, at = f"actors/{actor_id}", f"actors/{actor_id}/index.md"
    name, kind, unreviewed = actor_name(actor_id, refs, vocab)
    known = vocab.actors_by_id.get(actor_id)
    facts = [f"**{escape(kind.title())}**", plural(len(entries), "brief")]
    if unreviewed:
        facts.append("**unreviewed** — not yet in the editors' authority file")
    if known and known.wikidata and _WIKIDATA.fullmatch(known.wikidata):
        facts.append(f"[Wikidata {known.wikidata}](https://www.wikidata.org/wiki/{known.wikidata})")
    body = [" · ".join(facts), ""]
    if known and known.description:
        body += [_one_line(known.description), ""]
    body += ["## Roles stated in the briefs", ""] + _roles(actor_id, entries, at)
    body += ["## Topics", ""] + _topic_counts(
        Counter(chain.from_iterable(e.topic_ids for e in entries)), vocab, at, TOP
    )
    body += ["## Appears alongside", ""] + _actor_counts(entries, at, exclude=actor_id)
    body += newest_and_years(base, at, entries)
    pages = {at: page(name, body)}
    if len(entries) > LISTING_LIMIT:
        pages.update(listing_pages(base, name, entries))
    return pages


def _roles(actor_id: str, entries: list[Entry], at: str) -> list[str]:
    """Each distinct role as the articles state it, with the newest brief stating it."""
    seen: dict[str, Entry] = {}
    counts: Counter[str] = Counter()
    for entry in entries:
        for role in entry.roles.get(actor_id, ()):
            counts[role] += 1
            seen.setdefault(role, entry)
    items = []
    for role in sorted(counts, key=lambda r: (-counts[r], r))[:TOP]:
        entry = seen[role]
        when = date_text(entry.brief.date)
        items.append(
            f"{html.escape(role, quote=False)} — {when}, {a(at, entry.src, entry.brief.title)}"
            + (f" and {counts[role] - 1} more" if counts[role] > 1 else "")
        )
    return html_list(items) if items else ["_No role stated._", ""]


# -- search ---------------------------------------------------------------------------------


def search_page(entries: list[Entry], vocab: Vocabulary, chosen_actors: Iterable[str]) -> str:
    """The search page: Pagefind's index searched by overrides/search.html, with filters for topic, actor,
    year and publication; every filter value and its number of briefs go in the front-matter for it."""
    intro = (
        "Search the text of every brief, then narrow the results by topic, actor, year or publication. "
        "Results show each brief's title and date."
    )
    counts = facet_counts(entries, vocab, set(chosen_actors))
    # The page's script is in overrides/search.html: no script in generated Markdown.
    return page("Search", [intro, ""], template="search.html", data={"facets": counts})


# -- everything -------------------------------------------------------------------------------


def render_pages(
    entries: list[Entry], vocab: Vocabulary, site_name: str, chosen_actors: Iterable[str] | None = None
) -> Pages:
    """Every generated page, keyed by its path under docs/.

    `chosen_actors` are the actors offered as search filters, worked out here when not given.
    """
    if chosen_actors is None:
        chosen_actors = facet_actors(entries, vocab)
    _item_texts.clear()
    try:
        search = search_page(entries, vocab, chosen_actors)
        pages = {"index.md": home_page(entries, vocab, site_name), "search/index.md": search}
        for part in (timeline_pages(entries), topics_pages(entries, vocab), actors_pages(entries, vocab)):
            pages.update(part)
    finally:
        _item_texts.clear()
    check_links(pages, {e.src for e in entries})
    return pages


_HREF = re.compile(r'<a href="((?:\.\./)*)([^"#]*)')  #: (leading '../'s, the rest)
_PLAIN_PATH = re.compile(r"(?:[^./][^/]*/)*")  #: folder names, none '.' or '..', each followed by '/'


def check_links(pages: Pages, briefs: set[str]) -> None:
    """Raise LinkError when a raw-HTML link in `pages` reaches no generated page and no brief.

    MkDocs validates Markdown links but not raw HTML; this keeps every link in the lists checked.
    """
    urls = {url("index.md", target) for target in pages.keys() | briefs}
    for at, text in pages.items():
        here = at.split("/")[:-1]
        # The folder reached by going up 0, 1, 2... levels from this page, with a trailing '/'.
        up_to = ["/".join(here[: len(here) - up]) + "/" for up in range(len(here) + 1)]
        up_to[-1] = ""
        for ups, rest in _HREF.findall(text):
            found = ups + rest
            if not ups and rest.startswith(("https://", "http://")):
                continue
            up = len(ups) // 3
            if up < len(up_to) and _PLAIN_PATH.fullmatch(rest):
                # The shape `link` writes: '../' repeated, then plain folder names each ending in '/'.
                if up_to[up] + rest not in urls:
                    raise LinkError(f"docs/{at}: link {found!r} reaches no page or brief")
                continue
            if found.startswith("/") or "//" in found:
                # The site may be published under a folder (a GitHub project site): only relative links.
                raise LinkError(f"docs/{at}: link {found!r} is not a plain relative link")
            parts = list(here)
            for part in found.split("/"):
                if part == "..":
                    if not parts:
                        raise LinkError(f"docs/{at}: link {found!r} leaves the site")
                    parts.pop()
                elif part not in ("", "."):
                    parts.append(part)
            resolved = "/".join(parts) + "/" if parts else ""
            if resolved not in urls or (found and not found.endswith("/")):
                raise LinkError(f"docs/{at}: link {found!r} reaches no page or brief")


class LinkError(Exception):
    """A generated page links to something the build does not produce (a bug in this module)."""


def _paged(folder: str, items: list[Any], keep_empty: bool = False) -> Iterator[tuple[str, list[Any], list[str], str]]:
    """Split a listing LISTING_LIMIT to a page at folder/, folder/2/, ...

    Yields each page's path, its items, its previous/next links and a
    " (page n of m)" suffix for its title (empty when there is one page).
    """
    chunks = [items[i : i + LISTING_LIMIT] for i in range(0, len(items), LISTING_LIMIT)] or ([[]] if keep_empty else [])
    paths = [f"{folder}/index.md"] + [f"{folder}/{n}/index.md" for n in range(2, len(chunks) + 1)]
    for n, (at, chunk) in enumerate(zip(paths, chunks, strict=True)):
        pager = []
        if n > 0:
            pager.append(f"[previous]({link(at, paths[n - 1])})")
        if n + 1 < len(paths):
            pager.append(f"[next]({link(at, paths[n + 1])})")
        part = f" (page {n + 1} of {len(paths)})" if len(paths) > 1 else ""
        yield at, chunk, pager, part
