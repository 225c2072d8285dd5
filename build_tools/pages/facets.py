"""Search facets: the values a reader can narrow a search by, and how many briefs have each.

Each brief page carries its own values for Pagefind (`brief_page.search_facets`);
the search page lists every value from `facet_counts`, so that it shows the
filters without loading Pagefind's filter indexes, which it then loads only
for a filter a reader ticks. Both take the values from `brief_facets`.

Pagefind keeps one index file per filter, listing every value's pages, and
loads all of it for one ticked value: at 10,000 briefs the actor filter's was
145 KB of a search's 500 KB budget. So each filter's values are spread over
several Pagefind filters (`pagefind_filter`: "actor-0" ... "actor-15", chosen
by a hash of the value); the search page shows them as one group and loads
only the part holding the values ticked.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Container, Iterable, Mapping

from ..archive import Entry
from ..model import KIND_LABELS
from ..vocab import Vocabulary

FACETS = ("topic", "actor", "year", "publication", "kind")  #: Pagefind's filter names, in the search page's order
FACET_MIN_BRIEFS = 10  #: an unreviewed actor becomes a search filter once this many briefs name it
FACET_MAX_SHARE = 0.5  #: an actor named in more than this share of the briefs is not a search filter
UNDATED = "undated"  #: the year filter's value for a brief without a date
#: Pagefind filters each facet's values are spread over (see above); more files, each smaller. A topic most
#: briefs carry lists nearly every page by itself (21 KB at 10,000 briefs): 16 parts keep others out of its file.
PARTS = {"topic": 16, "actor": 16, "year": 1, "publication": 4, "kind": 1}


def pagefind_filter(name: str, value: str) -> str:
    """The Pagefind filter that holds `value` of the facet `name`: the name, or the name and a part number."""
    parts = PARTS.get(name, 1)
    if parts == 1:
        return name
    # crc32, not hash(): the same part in every process and every build.
    return f"{name}-{zlib.crc32(value.encode('utf-8')) % parts}"


def brief_facets(
    topics: Iterable[str],
    actors: Iterable[tuple[str, str]],
    date: str | None,
    publication: str | None,
    topic_labels: Mapping[str, str],
    facet_actors: Container[str],
    kind: str | None = None,
) -> list[tuple[str, str]]:
    """One brief's (filter, value) pairs, in the page's order: topic labels, actor names (of `facet_actors`,
    given as (id, name) pairs), its year (or 'undated'), its publication and the kind of document."""
    pairs = [("topic", topic_labels.get(t, t)) for t in topics]
    pairs += [("actor", name) for actor_id, name in actors if name and actor_id in facet_actors]
    pairs.append(("year", date[:4] if date else UNDATED))
    if publication:
        pairs.append(("publication", publication))
    if kind in KIND_LABELS:
        pairs.append(("kind", KIND_LABELS[kind]))
    return pairs


def facet_actors(entries: Iterable[Entry], vocab: Vocabulary) -> list[str]:
    """Actors offered as a search filter: those in the authority file or named in FACET_MIN_BRIEFS briefs,
    except any named in more than FACET_MAX_SHARE of all briefs.

    An actor named once by extraction (often a mis-read name) would only add
    a checkbox; one named in most briefs ("Pakistan" here) narrows nothing.
    Either would add bytes to a search by actor, since Pagefind loads all of
    a filter's values at once. A reader still finds them by name.
    """
    counts: Counter[str] = Counter()
    total = 0
    for entry in entries:
        total += 1
        counts.update({a.id for a in entry.brief.actors})
    most = FACET_MAX_SHARE * total
    return sorted(
        a_id
        for a_id, count in counts.items()
        if (a_id in vocab.actors_by_id or count >= FACET_MIN_BRIEFS) and count <= most
    )


Counts = dict[str, list[list[str | int]]]  #: facet -> [[value, briefs, Pagefind filter], ...]


def facet_counts(entries: Iterable[Entry], vocab: Vocabulary, chosen_actors: Container[str]) -> Counts:
    """Facet -> [[value, briefs, Pagefind filter], ...]: years newest first, other values by number of
    briefs, then name.

    A brief counts once for each value it has, as Pagefind counts pages.
    """
    labels = {t.id: t.label for t in vocab.topics}
    counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    for entry in entries:
        b = entry.brief
        actors = ((a.id, a.name) for a in b.actors)
        pairs = brief_facets(b.topics, actors, b.date, b.publication, labels, chosen_actors, b.kind)
        for name, value in set(pairs):
            counts[name][value] += 1
    listed: Counts = {}
    for name, found in counts.items():
        if name == "year":
            order = sorted((y for y in found if y != UNDATED), reverse=True) + [y for y in found if y == UNDATED]
        else:
            order = sorted(found, key=lambda v: (-found[v], v))
        listed[name] = [[value, found[value], pagefind_filter(name, value)] for value in order]
    return listed
