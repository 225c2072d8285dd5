"""The allow-list every contributor-written page passes through after Markdown: nh3 (Rust's ammonia).

Only the elements and attributes Markdown (with the extensions in mkdocs.yml)
produces are kept; every other element is dropped, its text kept. Links keep
http, https and mailto addresses and relative ones; any other scheme
(javascript:, data:, vbscript:, ...) loses its address, whatever entities or
white space it hides behind, because ammonia reads the HTML as a browser
does. Images are not published (see CONTRIBUTING.md).
"""

from __future__ import annotations

import nh3

from .body_check import SAFE_SCHEMES

TAGS = frozenset(
    {"a", "abbr", "b", "blockquote", "br", "code", "del", "em", "hr", "i", "kbd", "li", "ol", "p", "pre", "s"}
    | {"strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
    | {f"h{n}" for n in range(1, 7)}
)
ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "td": {"style"},
    "th": {"style"},
    **{f"h{n}": {"id"} for n in range(1, 7)},
}
#: the permalink the toc extension adds after each heading, and fenced code's language
CLASSES = {"a": {"headerlink"}, "code": {"language-*"}}


def clean_html(fragment: str) -> str:
    """`fragment` with everything outside the allow-list removed (text is kept, escaped)."""
    return nh3.clean(
        fragment,
        tags=set(TAGS),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        allowed_classes={tag: set(names) for tag, names in CLASSES.items()},
        attribute_filter=None,
        url_schemes=set(SAFE_SCHEMES),
        link_rel=None,
        strip_comments=True,
        filter_style_properties={"text-align"},
    )
