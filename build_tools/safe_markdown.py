"""A Markdown extension (named in mkdocs.yml) under which raw HTML is text, never markup.

Python-Markdown passes `<script>`, `<iframe>` or `<details ontoggle=...>`
written in a page straight into the HTML. With this extension its two HTML
steps are off: a raw HTML block and an inline tag are escaped and shown as
the characters written. Markdown itself (emphasis, links, lists, tables) is
unaffected, and `briefing check` reports each raw tag with its line, so a
reviewer sees it before a merge. What Markdown still produces is then
sanitised (build_tools/sanitise.py).
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from markdown.extensions import Extension


class RawHTMLAsText(Extension):
    """Deregisters Python-Markdown's raw HTML block preprocessor and inline HTML pattern."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


def makeExtension(**kwargs: Any) -> RawHTMLAsText:  # noqa: N802 - Python-Markdown's entry point
    return RawHTMLAsText(**kwargs)
