"""The hostile-PR corpus (issue 15): what anyone could send as a pull request, and the audits of how a reader
would meet it. Not a test module; imported by test_hostile_prs.py.

Three groups of cases:
- `SITE_CASES`, `PAGE_CASES` and the taxonomy edits in `SITE_TAXONOMY`: briefs, hand-written pages and
  vocabulary entries MkDocs accepts (those `briefing check` flags stop `briefing build` at its check). All
  of them go into one project, built once past the check; each must come out as text, never as markup, in
  every output.
- `STOP_CASES`: briefs, pages and other files the build must refuse, each in a project of its own: a clear
  line naming the file, a non-zero exit, no traceback, within seconds.
- `TAXONOMY_CASES`: vocabulary edits that must be refused the same way (or, for a pattern that would
  backtrack, run in linear time).

The audits read every output a payload can reach: each HTML page (`audit_html`), the Atom feeds,
briefs.json, the JSON-LD block, the search page's filter data and Pagefind's files (`pagefind_file`, which
decodes them), and, in Chromium, the pages themselves (`BROWSER_AUDIT`).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import shutil
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from site_support import ROOT, SUB_PATH, copy_project

#: a made-up word in the text of every hostile brief: a search for it must list them all
SEARCH_WORD = "zanzibarquux"
PREFIX = "hostile-pr-"  #: every hostile brief's address starts with this

# -- cases ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile brief MkDocs accepts; it must reach every output as text.

    Exactly one of `flagged` and `harmless` is set: `flagged` is a string on the line that
    `briefing check` must report as an error; `harmless` says why check may pass.
    """

    name: str  #: the brief's address is PREFIX + name
    what: str  #: what the attacker tries
    body: str = ""  #: Markdown added at the end of the brief's article text
    first: str = ""  #: Markdown put at the very start of the body
    meta: Mapping[str, Any] = field(default_factory=dict)  #: front-matter values replacing the defaults
    raw_meta: str = ""  #: front-matter lines written as they are (keys the schema does not know)
    flagged: str | None = None
    harmless: str | None = None
    shown: str | None = None  #: text a reader must see on the brief page, as written
    warns: str | None = None  #: a string a `briefing check` warning on this brief must contain
    #: MkDocs' strict link check refuses the brief (an address it cannot read as a link); built without
    #: --strict, its page must still be harmless
    strict_stops: bool = False
    absent: str | None = None  #: text that must be nowhere on the brief page (read as front-matter, not body)

    @property
    def stem(self) -> str:
        return PREFIX + self.name


def _link_cases() -> list[Case]:
    """An inline javascript: link in the spellings a filter that compares text would miss.

    MkDocs reads an entity or a tab in an address as a relative link it cannot find: a strict build
    stops on those, the others are built (and their address removed by the sanitiser)."""
    spellings = {
        "plain": "javascript:alert(1)",
        "mixed-case": "JaVaScRiPt:alert(1)",
        "decimal-entity-colon": "javascript&#58;alert(1)",
        "hex-entity-colon": "javascript&#x3a;alert(1)",
        "entity-letters": "&#106;&#97;vascript:alert(1)",
        "tab-inside": "java\tscript:alert(1)",
        "newline-entity-inside": "java&#10;script:alert(1)",
        "leading-space-and-angle": " <javascript:alert(1)>",
        "vbscript": "vbscript:msgbox(1)",
    }
    return [
        Case(
            f"link-{name}",
            f"an inline Markdown link to {target.strip()!r}",
            body=f"Read [the full statement {i}]({target}) before the talks.",
            flagged="the full statement",
            shown=f"the full statement {i}",
            strict_stops="&" in target or "\t" in target,
        )
        for i, (name, target) in enumerate(spellings.items())
    ]


ESCAPED = "front-matter is text, escaped wherever it is printed"


def _front_matter_cases() -> list[Case]:
    """One front-matter field each, written to become markup where the theme or the build prints it."""
    fields: list[tuple[str, str, str, Any]] = [
        (
            "author-img",
            "an author that is markup (the theme prints it in <meta name=author>)",
            "author",
            "<img src=x onerror=alert(1)>",
        ),
        (
            "author-meta-breakout",
            "an author closing the meta element's attribute and adding an svg",
            "author",
            '"><svg/onload=alert(1)>',
        ),
        (
            "author-refresh",
            "an author that would turn <meta name=author> into a refresh to script",
            "author",
            '0;url=javascript:alert(1)" http-equiv="refresh',
        ),
        (
            "title",
            "a title closing <title> and the header, with Jinja",
            "title",
            "</title><script>alert(1)</script> {{ config.repo_url }} {% raw %}",
        ),
        ("subtitle", "a subtitle that is markup", "subtitle", "<img src=x onerror=alert(1)>"),
        (
            "summary-closes-json-ld",
            "a summary that closes the JSON-LD script element and opens another",
            "summary",
            "Talks ended. </script><script>alert(1)</script><!-- \u2028\u2029",
        ),
        (
            "dateline",
            "a dateline breaking out of an attribute",
            "dateline",
            "Islamabad\"><img src=x onerror=alert(1)>'",
        ),
        (
            "publication",
            "a publication that is markup (a search filter, which the search page's script lists)",
            "publication",
            "<b onmouseover=alert(1)>Hostile Times</b>",
        ),
        ("keywords", "keywords that are markup", "keywords", ["<script>alert(1)</script>", "{{ 7*7 }}"]),
        (
            "placeholder-title",
            "a title holding the text older builds used as a placeholder for the index pages' lists (index pages "
            "are templates now: no placeholder is left to spell)",
            "title",
            "Talks ARCHIVE-RAW-BLOCK-0 resume",
        ),
    ]
    return [Case(name, what, meta={key: value}, harmless=ESCAPED) for name, what, key, value in fields]


def _raw_html_cases() -> list[Case]:
    """Raw HTML in a brief's body, one attack each: (name, what it tries, the body, what check must flag)."""
    rows = [
        ("script", "a script element in the body", "<script>alert(1)</script>", "<script>"),
        (
            "iframe-javascript",
            "an iframe whose address is script",
            '<iframe src="javascript:alert(1)"></iframe>',
            "<iframe",
        ),
        (
            "details-ontoggle",
            "an element that runs a handler by itself when the page opens",
            "<details open ontoggle=alert(1)><summary>More</summary>hidden</details>",
            "<details",
        ),
        (
            "a-href-data",
            "a raw link to a data: document",
            '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">open</a>',
            '<a href="data',
        ),
        ("svg-onload", "an svg that runs its onload handler", "<svg onload=alert(1)>", "<svg"),
        ("img-onerror", "an image that fails to load on purpose", "<img src=x onerror=alert(1)>", "<img"),
        (
            "meta-refresh",
            "a meta refresh sending the reader elsewhere",
            '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
            "<meta",
        ),
        (
            "form-action",
            "a form that posts the reader's input to script",
            '<form action="javascript:alert(1)"><input name="q"><button>Go</button></form>',
            "<form",
        ),
        (
            "base-href",
            "a base element re-pointing every relative link of the page",
            '<base href="javascript:alert(1)//">',
            "<base",
        ),
        (
            "object-embed",
            "plug-in elements loading script",
            '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
            "<object",
        ),
        (
            "mxss-noscript",
            "mutation XSS: markup that is harmless in one parser and live after the browser re-parses it",
            '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
            "<noscript>",
        ),
        (
            "mxss-math",
            "mutation XSS through MathML namespace confusion",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<math>",
        ),
        (
            "mxss-svg-style",
            "mutation XSS through an svg style element",
            "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
            "<svg>",
        ),
        (
            "comment-hiding-markup",
            "an HTML comment around markup, hoping a filter skips comments",
            "<!-- a note --><script>alert(1)</script><!-- <img src=x onerror=alert(1)> -->",
            "<!-- a note",
        ),
        (
            "autolink",
            "an angle-bracket autolink with a script scheme",
            "Contact <javascript:alert(1)> for details.",
            "<javascript:",
        ),
        (
            "raw-block-shape",
            "a block shaped like the raw HTML lists older builds set aside unrendered in generated pages",
            '<ul>\n<li><img src=x onerror=alert(1)></li>\n</ul>\n\n<p onclick="alert(1)">x</p>',
            "<ul>",
        ),
        (
            "quote-payload",
            "a quote attributed to an actor whose text is markup",
            "> “<script>alert(1)</script> we will not accept it”\n>\n> — [Pakistan](../actors/pakistan/index.md)",
            "> “<script>",
        ),
    ]
    return [Case(name, what, body=body, flagged=flagged) for name, what, body, flagged in rows]


def _markdown_reading_cases() -> list[Case]:
    """Markup placed where a line-by-line reading of the body would miss it but Markdown reads it: check must
    read the body as Markdown does."""
    rows = [
        (
            "unclosed-fence-hiding-markup",
            "a line that looks like an opening code fence but is not one, before raw HTML",
            '```not a fence\n\n<iframe src="javascript:alert(1)"></iframe>\n\nThe talks went on.',
            "<iframe",
        ),
        (
            "escaped-backtick",
            "backticks escaped, so the markup between them is not code",
            "\\`<script>alert(1)</script>\\`",
            "<script>",
        ),
        ("nested-brackets-link", "a link whose text holds brackets", "[a [b] c](javascript:alert(1))", "[a [b] c]"),
        (
            "link-text-over-two-lines",
            "a link whose text runs over two lines",
            "[click\nhere](javascript:alert(1))",
            "here](",
        ),
        (
            "reference-on-next-line",
            "a reference definition whose target is on the next line",
            "[the record][r]\n\n[r]:\n  javascript:alert(1)",
            "  javascript:alert(1)",
        ),
        (
            "reference-in-quote",
            "a reference definition inside a blockquote",
            "> [r]: javascript:alert(1)\n>\n> [the record][r]",
            "> [r]:",
        ),
        ("image-nested-brackets", "an image whose text holds brackets", "![a [b] c](https://example.org/x.png)", "![a"),
        (
            "lone-cr-lines",
            "lines ended by a lone carriage return, which Markdown reads as a line end (and editors count)",
            "A first line\r<b>bold</b> [x](javascript:alert(1))\rmore",
            "<b>bold</b>",
        ),
    ]
    rows.append(
        (
            "target-newline-inside",
            "a link target with a line break inside it (a browser drops it: java<newline>script: is javascript:)",
            "[x](java\nscript:alert(1))",
            "[x](java",
        )
    )
    return [Case(name, what, body=body, flagged=flagged) for name, what, body, flagged in rows]


SITE_CASES: list[Case] = [
    *_raw_html_cases(),
    Case(
        "reference-link",
        "a reference-style link whose target is script, defined apart from its use",
        body="See [the statement][s] issued on Monday.\n\n[s]: javascript:alert(1)",
        flagged="[s]: javascript",
        shown="the statement",
    ),
    *_link_cases(),
    Case(
        "markdown-link-data",
        "a Markdown link to a base64 data: document",
        body="[the annex](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        flagged="[the annex]",
        shown="the annex",
    ),
    Case(
        "image-breaking-attribute",
        "a Markdown image whose address tries to close the src attribute and add a handler",
        body='![chart](x" onerror="alert(1))',
        flagged="![chart]",
        strict_stops=True,
    ),
    Case(
        "style",
        "a style element changing the whole page",
        body='<style>body { display: none } a { background: url("javascript:alert(1)") }</style>',
        flagged="<style>",
    ),
    Case(
        "link-title-breakout",
        "a link title that tries to close its attribute and add a handler",
        body='[the ministry](https://example.org/ "a\\" onmouseover=\\"alert(1)") said so.',
        harmless="an https link with a title: the title is an attribute value, escaped; nothing to report",
        shown="the ministry",
    ),
    Case(
        "heading-payload",
        "markup in a heading, which also lands in the table of contents",
        body="### <img src=x onerror=alert(1)> &lt;svg onload=alert(1)&gt;\n\nText under the heading.",
        flagged="### <img",
        shown="<img src=x onerror=alert(1)> <svg onload=alert(1)>",
    ),
    Case(
        "attribute-list",
        "an attribute list, which would add a handler if the attr_list extension were on",
        body='A paragraph with an attribute list.\n{: onclick="alert(1)" }',
        harmless="attr_list is not enabled: the braces are text",
        shown='{: onclick="alert(1)" }',
    ),
    *_markdown_reading_cases(),
    Case(
        "raw-block-placeholder",
        "the placeholder older builds used for generated pages' raw blocks",
        body="ARCHIVE-RAW-BLOCK-0\n\n<p>ARCHIVE-RAW-BLOCK-0</p>",
        flagged="<p>ARCHIVE",
        shown="ARCHIVE-RAW-BLOCK-0",
    ),
    Case(
        "entities",
        "markup written as entities, hoping something decodes them twice",
        body="&lt;script&gt;alert(1)&lt;/script&gt; and &amp;lt;img src=x onerror=alert(1)&amp;gt;",
        harmless="entities are text: the page shows the characters, never markup",
        shown="<script>alert(1)</script> and &lt;img src=x onerror=alert(1)&gt;",
    ),
    Case(
        "jinja-body",
        "Jinja in the body, hoping MkDocs renders Markdown as a template",
        body="{{ config.site_name }} {% for x in range(3) %}{{ x }}{% endfor %} {{ ''.__class__.__mro__ }}",
        harmless="MkDocs renders templates, never a page's Markdown as one: the braces are text",
        shown="{{ config.site_name }} {% for x in range(3) %}",
    ),
    *_front_matter_cases(),
    Case(
        "actor-name-and-role",
        "an unreviewed actor whose name and role are markup (the actor gets pages of its own)",
        meta={
            "actors": [
                {
                    "id": "hostile-pr-actor",
                    "name": "<svg onload=alert(1)>Envoy",
                    "type": "person",
                    "role": "</script><img src=x onerror=alert(1)>",
                    "unreviewed": True,
                }
            ]
        },
        harmless=f"{ESCAPED}; the actor is unreviewed",
        warns="unreviewed actor 'hostile-pr-actor'",
    ),
    Case(
        "jinja-everywhere",
        "Jinja in every text field of the front-matter",
        meta={
            key: "{{ config.site_name }}{% if true %}x{% endif %}{# c #}"
            for key in ("title", "subtitle", "dateline", "publication", "author", "summary")
        },
        harmless="MkDocs never renders front-matter as a template: the braces are text",
    ),
    Case(
        "control-characters",
        "a title with characters XML cannot carry and line separators JavaScript reads as line ends",
        meta={"title": "Talks\u0001\u001b resume \u2028</script> \u2029 \ufffe end"},
        harmless="front-matter is text; the feeds drop what XML cannot carry",
    ),
    Case(
        "theme-redirect",
        "front-matter keys that make Material render its redirect template to script",
        raw_meta="template: redirect.html\nlocation: 'javascript:alert(1)'\n",
        harmless="keys a brief does not have are dropped by the build; check warns about each",
        warns="unknown key 'location'",
    ),
    Case(
        "theme-keys",
        "front-matter keys that change the theme's page: hide, icon, status, search exclusion",
        raw_meta="hide: [navigation, toc, footer]\nicon: material/alert\nstatus: new\nsearch: {exclude: true}\n",
        harmless="keys a brief does not have are dropped by the build; check warns about each",
        warns="unknown key 'hide'",
    ),
    Case(
        "duplicates-payload",
        "a duplicates entry that is markup and names no brief",
        meta={"duplicates": ['x"><img src=x onerror=alert(1)>.md']},
        harmless="front-matter is text; check warns that it names no brief",
        warns="duplicates lists",
    ),
]


@dataclass(frozen=True)
class PageCase:
    """A hand-written page (not a brief) in the built project: `path` under docs/ and its whole text."""

    path: str
    what: str
    text: str
    flagged: str | None = None  #: a string on the line `briefing check` must report as an error
    harmless: str | None = None
    shown: str | None = None
    warns: str | None = None  #: a string a `briefing check` warning on this page must contain


PAGE_CASES = [
    PageCase(
        "about.md",
        "the About page (in the nav, on every page's tabs) edited to carry markup and theme keys",
        "---\ntitle: '<img src=x onerror=alert(1)> About'\ndescription: '\"><script>alert(1)</script>'\n"
        "author: '\"><svg/onload=alert(1)>'\ntemplate: redirect.html\nlocation: 'javascript:alert(1)'\n"
        "subtitle: '<img src=x onerror=alert(1)>'\nicon: material/alert\nstatus: new\n---\n\n"
        "# About\n\nRead [the rules](javascript:alert(1)).\n\n<script>alert(1)</script>\n",
        flagged="<script>",
        shown="<script>alert(1)</script>",
        warns="key 'template' is dropped by the build",
    ),
    PageCase(
        "topics/hostile-pr-page/index.md",
        "a hand-written page placed among the generated topic pages, without the generated marker",
        '---\ntitle: Hand-written\n---\n\n# Hand-written\n\n<iframe src="javascript:alert(1)"></iframe>\n\n'
        "[x](javascript:alert(1))\n",
        flagged="<iframe",
        shown='<iframe src="javascript:alert(1)"></iframe>',
    ),
    PageCase(
        "timeline/hostile-pr-metadata/index.md",
        "a hand-written page whose metadata is MultiMarkdown's 'key: value' lines (MkDocs reads them too), "
        "steering the theme",
        "Title: <b>Metadata</b>\ntemplate: redirect.html\nlocation: javascript:alert(1)\n\n# Metadata\n\n"
        "<script>alert(1)</script>\n",
        flagged="<script>",
        shown="<script>alert(1)</script>",
        warns="key 'template' is dropped by the build",
    ),
]

#: vocabulary edits that build: a topic and an actor whose every text is markup, and a brief using both
SITE_TAXONOMY = {
    "topic": {
        "id": "hostile-pr-topic",
        "label": "<img src=x onerror=alert(1)> Topic",
        "description": "[x](javascript:alert(1)) <script>alert(1)</script> | table | cell {{ config.site_name }}",
        "terms": ["zzhostileprterm"],
    },
    "actor": {
        "id": "hostile-pr-authority",
        "name": '<svg onload=alert(1)>Authority"',
        "type": "organization",
        "aliases": ["<script>alert(1)</script>"],
        "description": "<iframe src=javascript:alert(1)></iframe> [x](javascript:alert(1))",
    },
}
SITE_CASES.append(
    Case(
        "taxonomy-terms",
        "a brief filed under the hostile topic and naming the hostile authority actor",
        meta={
            "topics": [SITE_TAXONOMY["topic"]["id"]],
            "actors": [
                {"id": SITE_TAXONOMY["actor"]["id"], "name": SITE_TAXONOMY["actor"]["name"], "type": "organization"}
            ],
        },
        harmless="the taxonomy's labels and names are text, escaped on every page that lists them",
    )
)


# -- the briefs' text ---------------------------------------------------------------------------------------


def _words(index: int) -> str:
    """A paragraph of made-up words, different for every brief, so that no two hostile briefs read as the
    same story (the build links near-duplicates by rewriting their front-matter)."""
    rng = random.Random(index)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    words = ["".join(rng.choice(syllables) for _ in range(3)) for _ in range(60)]
    return f"{SEARCH_WORD} " + " ".join(words) + "."


def _yaml_value(value: Any) -> str:
    """A value as YAML: JSON with every non-ASCII character escaped (JSON is YAML, escapes included)."""
    return json.dumps(value, ensure_ascii=True)


def brief_text(case: Case, index: int, topic: str) -> str:
    """The whole brief file of `case`: a valid hand-written brief carrying the case's payloads."""
    meta: dict[str, Any] = {
        "title": f"Hostile pull request {index}: {case.name}",
        "title_source": "editor",
        "date": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}",
        "date_source": "editor",
        "dateline": "Islamabad",
        "publication": "Dawn",
        "author": "A. Reporter",
        "source_file": None,
        "source_sha256": None,
        "summary": f"The corpus's brief number {index}, on talks between Pakistan and the United States.",
        "actors": [{"id": "pakistan", "name": "Pakistan", "type": "country", "role": None}],
        "topics": [topic],
    }
    meta.update(case.meta)
    head = "".join(f"{key}: {_yaml_value(value)}\n" for key, value in meta.items()) + case.raw_meta
    body = (
        f"{case.first}## Summary\n\nTalks between Pakistan and the United States.\n\n## Article\n\n"
        f"{_words(index)}\n\n{case.body}\n"
    )
    return f"---\n{head}---\n\n{body}"


def _split(text: str) -> list[str]:
    """The lines of a file as the build reads them: any line ending."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def line_of(text: str, needle: str, after: int = 0) -> int:
    """The 1-based number of the first line of `text` (from line `after` + 1) that contains `needle`."""
    for number, line in enumerate(_split(text), 1):
        if number > after and needle in line:
            return number
    raise AssertionError(f"{needle!r} is in no line of the case's file")


def front_matter_lines(text: str) -> int:
    """How many lines the YAML front-matter takes, both '---' lines included (0: there is none)."""
    lines = _split(text)
    return lines.index("---", 1) + 1 if lines[0] == "---" else 0


# -- projects -------------------------------------------------------------------------------------------------


def _taxonomy_entry(entry: Mapping[str, Any]) -> str:
    """One list entry for a taxonomy file, in flow style (JSON)."""
    return f"\n- {_yaml_value(dict(entry))}\n"


def make_site_project(dest: Path) -> dict[str, Path]:
    """Copy the project to `dest` and add every accepted case: brief files, pages, taxonomy edits.

    Returns case name -> the file holding it (pages by their path under docs/).
    """
    root = copy_project(dest)
    with (root / "taxonomy" / "topics.yml").open("a", encoding="utf-8") as handle:
        handle.write(_taxonomy_entry(SITE_TAXONOMY["topic"]))
    with (root / "taxonomy" / "actors.yml").open("a", encoding="utf-8") as handle:
        handle.write(_taxonomy_entry(SITE_TAXONOMY["actor"]))
    topics = _topic_ids()
    files: dict[str, Path] = {}
    for index, case in enumerate(SITE_CASES):
        path = root / "docs" / "briefs" / f"{case.stem}.md"
        # One or two hostile briefs per topic, so that each is among its topic feed's newest.
        path.write_text(brief_text(case, index, topics[index % len(topics)]), encoding="utf-8")
        files[case.name] = path
    for page in PAGE_CASES:
        path = root / "docs" / page.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.text, encoding="utf-8")
        files[page.path] = path
    return files


def _topic_ids() -> list[str]:
    """The project's topic ids, in file order."""
    text = (ROOT / "taxonomy" / "topics.yml").read_text(encoding="utf-8")
    return re.findall(r"^- id: ([a-z0-9-]+)$", text, re.MULTILINE)


# -- cases the build must refuse ------------------------------------------------------------------------------

GOOD_BRIEF = "good-brief"  #: a valid brief beside each refused one, so that only the hostile file is at fault
SENTINEL = "hostile-pr-tag-ran"  #: a file the YAML-tag payloads would create if a tag were ever constructed


@dataclass(frozen=True)
class StopCase:
    """A file the build must refuse (one clear line naming it, non-zero, no traceback, within seconds) and
    `briefing check` must report as an error on `line` (None: the file as a whole) saying `says`.

    `briefing build` runs check first, so its refusal is check's. MkDocs alone (a plain `mkdocs build`, run
    by no check) must refuse it too, through the archive's reader or the plugin, unless `check_only` says
    why the page it would make is harmless."""

    name: str
    what: str
    path: str  #: the hostile file, relative to the project
    text: str
    line: int | None
    says: str
    check_only: str | None = None


def _brief_with(body: str = "Text.", head: str = "", index: int = 0) -> str:
    """A valid brief with `body` under "## Article" and `head` lines appended to its front-matter."""
    case = Case("x", "", body=body, raw_meta=head, harmless="-")
    return brief_text(case, 1000 + index, "trade-and-investment")


def _bomb(levels: int = 9) -> str:
    """A YAML alias bomb: `levels` lists of nine aliases to the previous one (9**levels strings)."""
    lines = ['b0: &b0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"b{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 9) + "]")
    return "\n".join(lines) + f"\nkeywords: *b{levels - 1}\n"


def _stop_cases() -> list[StopCase]:
    nested = "\n".join("    " * depth + "- level" for depth in range(1500))
    bomb_head = _bomb()
    lookalike_actor = _brief_with().replace('"id": "pakistan"', '"id": "p\\u0430kistan"')
    lookalike_topic = _brief_with().replace('["trade-and-investment"]', '["tr\\u0430de-and-investment"]')

    def body_line(text: str, needle: str) -> int:
        return line_of(text, needle, after=front_matter_lines(text))

    return [
        StopCase(
            "brackets-20000",
            "20,000 unescaped '[' in one paragraph (Python-Markdown's link search is quadratic in them)",
            "docs/briefs/hostile-pr-brackets.md",
            _brief_with("[" * 20_000),
            body_line(_brief_with("[" * 20_000), "[["),
            "unescaped '['",
        ),
        StopCase(
            "list-nested-1500",
            "a list nested 1,500 deep (Python-Markdown recurses once per level)",
            "docs/briefs/hostile-pr-nested.md",
            _brief_with(nested),
            body_line(_brief_with(nested), "    " * 9 + "- level"),
            "nested",
        ),
        StopCase(
            "line-200000",
            "one line of 200,000 characters",
            "docs/briefs/hostile-pr-long-line.md",
            _brief_with("talks " * 33_334),
            body_line(_brief_with("talks " * 33_334), "talks talks"),
            "characters",
        ),
        StopCase(
            "yaml-alias-bomb",
            "a YAML alias bomb in a brief's front-matter (9**9 strings once expanded)",
            "docs/briefs/hostile-pr-alias-bomb.md",
            _brief_with(head=bomb_head),
            line_of(_brief_with(head=bomb_head), "&b0"),
            "anchor",
        ),
        StopCase(
            "yaml-python-tag",
            "a YAML tag that would run a command if any loader constructed it",
            "docs/briefs/hostile-pr-python-tag.md",
            _brief_with(head=f'extra: !!python/object/apply:os.system ["touch {SENTINEL}"]\n'),
            line_of(_brief_with(head="extra: !!python"), "extra:"),
            "tag",
        ),
        StopCase(
            "keywords-nested-10000",
            "keywords nested 10,000 deep (PyYAML recurses once per level)",
            "docs/briefs/hostile-pr-deep-keywords.md",
            _brief_with(head="deep: " + "[" * 10_000 + "]" * 10_000 + "\n"),
            line_of(_brief_with(head="deep: ["), "deep:"),
            "nested",
        ),
        StopCase(
            "lookalike-actor-id",
            "an actor id with a Cyrillic 'а' looking like a known id (a second, hidden actor page)",
            "docs/briefs/hostile-pr-lookalike-actor.md",
            lookalike_actor,
            line_of(lookalike_actor, "p\\u0430kistan"),
            "malformed value",
        ),
        StopCase(
            "lookalike-topic-id",
            "a topic id with a Cyrillic 'а' looking like a known id",
            "docs/briefs/hostile-pr-lookalike-topic.md",
            lookalike_topic,
            line_of(lookalike_topic, "tr\\u0430de"),
            "malformed value",
        ),
        StopCase(
            "file-name-hash",
            "a brief file named a#b.md, whose address would be cut at the '#'",
            "docs/briefs/a#b.md",
            _brief_with(),
            None,
            "file name",
        ),
        StopCase(
            "file-name-lookalike",
            "a brief whose file name has a Cyrillic 'а' (an address that looks like another)",
            "docs/briefs/p\u0430kistan-talks.md",
            _brief_with(),
            None,
            "file name",
        ),
        StopCase(
            "page-claims-generated",
            "a new docs page claiming `generated_by: briefing build`, hoping to be trusted as the build's own",
            "docs/x.md",
            "---\ntitle: X\ngenerated_by: briefing build\n---\n\n# X\n\n<script>alert(1)</script>\n",
            3,
            "generated",
            check_only="the marker earns a page no trust: MkDocs renders it as any hand-written page, sanitised",
        ),
        StopCase(
            "html-file",
            "an HTML file beside the pages, which MkDocs would publish as it is: its script would run at the "
            "site's address",
            "docs/hostile-pr.html",
            "<!doctype html><script>alert(document.domain)</script>\n",
            None,
            "could run script",
        ),
        StopCase(
            "svg-file",
            "an SVG beside the site's stylesheet, opened by its address: its onload runs at the site's address",
            "docs/stylesheets/hostile-pr.svg",
            '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>\n',
            None,
            "could run script",
        ),
        *_slow_shapes(),
        _unended_case(),
        *_page_yaml_cases(),
    ]


def _page_yaml_cases() -> list[StopCase]:
    """The About page (read by MkDocs alone: no brief reader sees it) with YAML the archive refuses."""
    about = "# About\n\nThe archive.\n"
    rows = [
        (
            "page-alias-bomb",
            "an alias bomb as the About page's title (escaping it walks 9**9 strings)",
            _bomb().replace("keywords:", "title:"),
            "anchor",
        ),
        (
            "page-deep-nesting",
            "the About page's title nested 10,000 deep (MkDocs' loader recurses per level)",
            "title: " + "[" * 10_000 + "]" * 10_000 + "\n",
            "nested",
        ),
        (
            "page-python-tag",
            "a python tag as the About page's title (MkDocs' loader refuses it and shows the YAML)",
            f'title: !!python/object/apply:os.system ["touch {SENTINEL}"]\n',
            "tag",
        ),
    ]
    return [
        StopCase(name, what, "docs/about.md", f"---\n{head}---\n\n{about}", 2, says) for name, what, head, says in rows
    ]


SPLIT = (
    "the archive's reader ends the front-matter; MkDocs is handed the body alone (af41fa3), behind a blank line "
    "so that it reads no metadata from it either: what check read as YAML never reaches the page, what it read "
    "as body is shown as text"
)


def _split_cases() -> list[Case]:
    """Front-matter that MkDocs' own reader would end at another line than the archive's. Older builds let
    MkDocs read a brief's front-matter too, and both of these were refused; now one reader splits a brief,
    and the build accepts them: each must come out as the archive reads it."""
    return [
        Case(
            "front-matter-dots",
            "a line '...' inside the front-matter (where MkDocs' reader ends it), then markup in a YAML comment",
            raw_meta="...\n# <script>alert(1)</script> (MkDocs once rendered this line; check read it as YAML)\n",
            harmless=SPLIT,
            absent="MkDocs once rendered this line",
        ),
        Case(
            "front-matter-dashed-key",
            "a key '---x' that ends the front-matter for the archive but not for MkDocs' reader, then an alias "
            "bomb and a title only MkDocs' reader would see (escaping it once walked 9**9 strings)",
            raw_meta="---x: 1\n" + _bomb().replace("keywords:", "title:"),
            harmless=SPLIT,
            shown="x: 1 b0: &b0 [",
        ),
        Case(
            "body-starts-like-metadata",
            "a body whose first lines read as 'key: value' (MultiMarkdown metadata to MkDocs, which took them off "
            "the page: a dateline such as 'ISLAMABAD:' lost the lede), then a YAML block",
            first="ISLAMABAD: talks resumed.\ntemplate: redirect.html\n\n---\nlocation: javascript:alert(1)\n---\n\n",
            harmless=SPLIT,
            shown="ISLAMABAD: talks resumed. template: redirect.html",
        ),
    ]


SITE_CASES += _split_cases()


def _unended_case() -> StopCase:
    """A brief whose closing '---' has no line break after it: the archive reads an empty body (MkDocs' reader
    would have found no front-matter at all, and rendered the YAML)."""
    unended = _brief_with().split("\n---\n", 1)[0] + "\n---"
    return StopCase(
        "front-matter-unended",
        "a brief whose closing '---' has no line break after it",
        "docs/briefs/hostile-pr-front-matter-unended.md",
        unended,
        len(_split(unended)),
        "text is empty",
        check_only="an empty body makes an empty page",
    )


#: Markdown that Python-Markdown 3.11 converts in time that grows with the square of its size (or worse), within
#: the first limits (depth, "[" per paragraph, line length): (name, what, body, line of the case's text the
#: finding points at, a word of it). Seconds measured at these sizes on the project's machine.
SLOW_SHAPES = [
    (
        "brackets-split-by-nbsp",
        "100 '[' a paragraph, paragraphs split by a no-break space line (Markdown: one paragraph; over 120 s)",
        ("[" * 100 + "\n\u00a0\n") * 400,
        1,
        "unescaped '['",
    ),
    (
        "headings-in-one-paragraph",
        "15,000 heading lines with no blank line between (each splits the paragraph: 10,000 took 2.3 s, 20,000 12 s)",
        "# a\n" * 15_000,
        1,
        "headings or rules in one paragraph",
    ),
    (
        "rules-in-a-quote",
        "9,000 rules inside a blockquote, no blank line between (5,000 took 1.9 s, 20,000 46 s)",
        "> a\n> ***\n" * 9_000,
        1,
        "headings or rules in one paragraph",
    ),
    (
        "inline-markup-in-one-paragraph",
        "50,000 emphasised words in one paragraph (each rebuilds the paragraph's text: 9.5 s)",
        ("*a* " * 10_000 + "\n") * 5,
        1,
        "characters that start markup",
    ),
    (
        "emphasis-across-paragraphs",
        "100,000 emphasised words over 500 paragraphs (the inline pass queues every element: 3.3 s, quadratic)",
        ("*a* " * 200 + "\n\n") * 500,
        101,
        "characters that start emphasis",
    ),
    (
        "unclosed-fences",
        "15,000 opening code fences that nothing closes (each is searched to the end: 8,000 took 3.2 s)",
        "~~~~ x\n" * 15_000,
        1,
        "never closed",
    ),
    (
        "many-fences",
        "400 fenced code blocks (the fence search restarts from the top after each: 40,000 took 3.9 s)",
        "```\nx\n```\n\n" * 400,
        401,
        "fenced code blocks",
    ),
    (
        "duplicate-headings",
        "5,000 headings with the same text (each new id is tried against every earlier one)",
        "# a\n\n" * 5_000,
        1997,  # the brief's own Summary and Article headings are the first two of the 1,001
        "headings in the body",
    ),
    (
        "many-small-tables",
        "1,000 tables of 40 rows (each row joins the inline pass's queue: 5 MB of them took 148 s)",
        ("|a|b|c|\n|-|-|-|\n" + "|x|y|z|\n" * 40 + "\n") * 1_000,
        20_001 - 8,  # the limit is on the body's lines: the brief's own 8 lines come before the case's text
        "lines",
    ),
    (
        "table-cells",
        "one table of 15,000 rows of 8 cells, within the line limit (a cell costs about 40 us)",
        "|a|b|c|d|e|f|g|h|\n|-|-|-|-|-|-|-|-|\n" + "|x|y|z|w|v|u|t|s|\n" * 15_000,
        2_223,  # the row holding the 20,001st "|"
        "table cells",
    ),
    (
        "loose-list",
        "30,000 list items with blank lines between (each item holds a paragraph and joins the queue)",
        "- a\n\n" * 30_000,
        20_001 - 8,
        "lines",
    ),
    (
        "cr-headings",
        "15,000 headings on lines ended by lone carriage returns (Markdown reads them as line ends)",
        "\r# a" * 15_000,
        2,
        "headings or rules in one paragraph",
    ),
]


def _slow_shapes() -> list[StopCase]:
    cases = []
    for name, what, body, line, says in SLOW_SHAPES:
        text = _brief_with(body)
        first = text.index(body)
        cases.append(
            StopCase(name, what, f"docs/briefs/hostile-pr-{name}.md", text, text.count("\n", 0, first) + line, says)
        )
    return cases


STOP_CASES = _stop_cases()


def make_stop_project(dest: Path, case: StopCase) -> Path:
    """A small project holding one valid brief and the case's hostile file, with no raw articles."""
    root = copy_project(dest)
    shutil.rmtree(root / "seeds")
    shutil.rmtree(root / "docs" / "briefs")
    (root / "docs" / "briefs").mkdir()
    (root / "docs" / "briefs" / f"{GOOD_BRIEF}.md").write_text(_brief_with(index=1), encoding="utf-8")
    path = root / case.path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(case.text, encoding="utf-8")
    return root


# -- taxonomy edits -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaxonomyCase:
    """An edit to one taxonomy file: `insert` goes right before the line that starts with `before`.

    `entry` is what the error must say to name the entry (None: the line alone places it), `says`
    a word of its message, `line` the inserted line (1-based within `insert`) the error points at.
    """

    name: str
    what: str
    file: str  #: relative to taxonomy/
    before: str
    insert: str
    entry: str | None
    says: str
    line: int = 1

    def apply(self, root: Path) -> int:
        """Make the edit in the project at `root`; return the file line of the line the error points at."""
        path = root / "taxonomy" / self.file
        lines = path.read_text(encoding="utf-8").split("\n")
        at = next(i for i, line in enumerate(lines) if line.startswith(self.before))
        path.write_text("\n".join(lines[:at] + self.insert.split("\n") + lines[at:]), encoding="utf-8")
        return at + self.line


_FIRST_TOPIC = "- id: bilateral-relations"
_FIRST_ACTOR = "- {id: pakistan,"
_FIRST_RULE = "  - reason: contact line"
_INDENTED_BOMB = "\n".join("  " + line for line in _bomb().replace("keywords:", "bomb:").strip().split("\n"))

TAXONOMY_CASES = [
    TaxonomyCase(
        "min-weight-heavy",
        "a topic's min_weight that is a word",
        "topics.yml",
        _FIRST_TOPIC,
        "- id: hostile-weight\n  label: Weight\n  min_weight: heavy",
        "hostile-weight",
        "'heavy' is not number",
        line=3,
    ),
    TaxonomyCase(
        "rule-without-pattern",
        "a furniture rule with no pattern",
        "rules/furniture.yml",
        _FIRST_RULE,
        "  - reason: no pattern here\n    max_words: 3",
        "line_rules[1]",
        "'pattern' is a required property",
    ),
    TaxonomyCase(
        "description-list",
        "an actor description that is a list",
        "actors.yml",
        _FIRST_ACTOR,
        "- {id: hostile-description, name: Description, type: person, description: [a, b]}",
        "hostile-description",
        "not string",
    ),
    TaxonomyCase(
        "look-behind",
        "a furniture pattern with a look-behind, which RE2 (linear time) cannot run",
        "rules/furniture.yml",
        _FIRST_RULE,
        "  - reason: look-behind rule\n    pattern: '(?<=x)y'",
        "line_rules[1]",
        "look-around",
        line=2,
    ),
    TaxonomyCase(
        "alias-bomb",
        "a YAML alias bomb in topics.yml",
        "topics.yml",
        _FIRST_TOPIC,
        "- id: hostile-bomb\n  label: Bomb\n" + _INDENTED_BOMB,
        None,
        "anchor",
        line=3,
    ),
    TaxonomyCase(
        "python-tag",
        "a YAML tag that would run a command if constructed",
        "rules/names.yml",
        "role_words:",
        f'hostile: !!python/object/apply:os.system ["touch {SENTINEL}"]',
        None,
        "tag",
    ),
    TaxonomyCase(
        "wikidata-payload",
        "a wikidata id that breaks out of the link the actor page makes of it",
        "actors.yml",
        _FIRST_ACTOR,
        "- {id: hostile-wikidata, name: Wiki, type: person, wikidata: 'Q1\"><script>alert(1)</script>'}",
        "hostile-wikidata",
        "wrong form",
    ),
    TaxonomyCase(
        "taxonomy-lookalike-id",
        "a topic id with a Cyrillic 'а' that looks like a Latin one",
        "topics.yml",
        _FIRST_TOPIC,
        "- id: tr\u0430de\n  label: Lookalike",
        "tr\u0430de",
        "wrong form",
    ),
]

#: patterns that backtrack exponentially in Python's engine, and lines built to trigger them
REDOS_RULE = "  - reason: backtracking\n    pattern: '(a+)+$'"
REDOS_KEYWORDS = "(x+x+)+y"
REDOS_LINES = ["a" * 60_000 + "!", "x" * 60_000]


# -- auditing HTML ----------------------------------------------------------------------------------------------

#: every element the site's own pages use (theme, overrides/, the plugin's pages, the sanitiser's allow-list)
OWN_TAGS = frozenset(
    "a abbr article aside b blockquote body br button code dd del details div dl dt em fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 head header hr html i input kbd label legend li line link main mark meta nav "
    "noscript ol option p path polyline pre rect s script section select small span strong sub summary sup svg "
    "table tbody td text tfoot th thead time title tr ul".split()
)
#: attributes holding an address: none may use a scheme that runs script or carries a document
URL_ATTRIBUTES = frozenset(
    "href src action formaction xlink:href data poster background cite codebase ping srcset lowsrc dynsrc".split()
)
_BAD_SCHEME = re.compile(r"(?:javascript|vbscript|data|livescript):", re.IGNORECASE)
_URL_TABS = re.compile(r"[\t\n\r]")  # a browser removes these anywhere in an address ...
#: the site's own forms: the header's search box, the search page's, and Material's light/dark switch
OWN_FORMS = frozenset({"archive-search", "archive-find", "md-header__option"})
JSON_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json"})
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE)


def bad_url(value: str) -> bool:
    """True when a browser would read `value` (already unescaped) as a script, vbscript or data: address.

    As the URL standard reads one: tabs and line breaks removed anywhere, then control characters and
    spaces trimmed from both ends."""
    return _BAD_SCHEME.match(_URL_TABS.sub("", value).strip("".join(map(chr, range(33))))) is not None


def own_script_patterns() -> list[re.Pattern[str]]:
    """The inline scripts the theme and overrides/ write, as patterns: their Jinja expressions may be any
    text that cannot leave a JavaScript string (no quote, backslash, '<' or line break)."""
    import material

    templates = [
        *Path(material.__file__).parent.joinpath("templates").rglob("*.html"),
        *(ROOT / "overrides").rglob("*.html"),
    ]
    patterns = []
    for template in templates:
        for attrs, code in _SCRIPT.findall(template.read_text(encoding="utf-8")):
            if "src=" in attrs or any(kind in attrs for kind in JSON_SCRIPT_TYPES) or not code.strip():
                continue
            parts = _JINJA.split(code.strip())
            patterns.append(re.compile(r"[^\"'\\<>\n]*".join(re.escape(part) for part in parts), re.DOTALL))
    return patterns


@dataclass
class _Script:
    attrs: dict[str, str]
    text: str = ""


class HtmlAudit(HTMLParser):
    """Everything live in one HTML page: elements, handlers, addresses, scripts, forms, refreshes.

    Reads the page as a browser's tokenizer does (character references decoded in attribute
    values, script and style contents raw). `problems` lists what is not the site's own.
    """

    def __init__(self, own_scripts: list[re.Pattern[str]]) -> None:
        super().__init__(convert_charrefs=True)
        self.own_scripts = own_scripts
        self.problems: list[str] = []
        self.json_blocks: list[tuple[dict[str, str], Any]] = []  #: (attributes, parsed value) of JSON scripts
        self._script: _Script | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag not in OWN_TAGS:
            self.problems.append(f"<{tag}> is not an element the site uses")
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> is an event handler")
            if name in URL_ATTRIBUTES and bad_url(value):
                self.problems.append(f"<{tag} {name}={value[:60]!r}> is a script or data address")
            if name == "srcdoc":
                self.problems.append(f"<{tag} srcdoc> holds a document")
        if tag == "meta" and "http-equiv" in values:
            self.problems.append(f"<meta {values}> can refresh or redirect the page")
        if tag == "form" and not set(values.get("class", "").split()) & OWN_FORMS:
            self.problems.append(f"<form {values}> is not the site's own form")
        if tag == "script":
            self._script = _Script(values)

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self._check_script(self._script)
            self._script = None

    def _check_script(self, script: _Script) -> None:
        kind, text = script.attrs.get("type", ""), script.text
        if kind in JSON_SCRIPT_TYPES:
            if re.search(r"</script|<!--", text, re.IGNORECASE):
                self.problems.append(f"a {kind} block holds '</script' or '<!--'")
            try:
                self.json_blocks.append((script.attrs, json.loads(text)))
            except ValueError as err:
                self.problems.append(f"a {kind} block is not JSON ({err})")
        elif "src" in script.attrs:
            if not own_script_src(script.attrs["src"]):
                self.problems.append(f"<script src={script.attrs['src']!r}> is not one of the site's scripts")
        elif not any(pattern.fullmatch(text.strip()) for pattern in self.own_scripts):
            self.problems.append(f"an inline script that is not the site's own: {text.strip()[:80]!r}")


def own_script_src(src: str) -> bool:
    """True for a script the site ships: the theme's bundle, under the site's root (relative or absolute)."""
    path = urlsplit(urljoin("http://site" + SUB_PATH + "a/b/c/", src))
    return path.netloc == "site" and re.fullmatch(r".*/assets/javascripts/[\w.-]+\.js", path.path) is not None


def audit_html(text: str, own_scripts: list[re.Pattern[str]]) -> HtmlAudit:
    """`text` read by HtmlAudit."""
    audit = HtmlAudit(own_scripts)
    audit.feed(text)
    audit.close()
    return audit


def json_ld(audit: HtmlAudit) -> list[Any]:
    """The page's JSON-LD blocks, parsed."""
    return [value for attrs, value in audit.json_blocks if attrs.get("type") == "application/ld+json"]


def facets(audit: HtmlAudit) -> Any:
    """The search page's filter data (the build's counts of each filter value), parsed."""
    found = [value for attrs, value in audit.json_blocks if attrs.get("id") == "archive-facets"]
    assert len(found) == 1, "the search page holds one block of filter data"
    return found[0]


# -- decoding the other outputs ------------------------------------------------------------------------------------

PAGEFIND_SIGNATURE = b"pagefind_dcd"


def pagefind_file(path: Path) -> Any:
    """One file of Pagefind's index, decoded: gzip, then Pagefind's signature, then JSON (a page's fragment)
    or CBOR (its metadata, word index and filter indexes)."""
    data = gzip.decompress(path.read_bytes())
    assert data.startswith(PAGEFIND_SIGNATURE), f"{path.name}: not Pagefind's encoding"
    payload = data[len(PAGEFIND_SIGNATURE) :]
    if path.suffix == ".pf_fragment":
        return json.loads(payload)
    value, end = _cbor(payload, 0)
    assert end == len(payload), f"{path.name}: {len(payload) - end} bytes after the CBOR value"
    return value


def _cbor(data: bytes, at: int) -> tuple[Any, int]:
    """The CBOR (RFC 8949) value at `data[at:]` and where it ends: the subset Pagefind writes (integers,
    strings, arrays, maps, simple values and floats; definite lengths only)."""
    major, info = data[at] >> 5, data[at] & 0x1F
    at += 1
    if major == 7:
        if info in (20, 21, 22):
            return {20: False, 21: True, 22: None}[info], at
        width = {25: 2, 26: 4, 27: 8}[info]
        if width == 2:
            return _half_float(int.from_bytes(data[at : at + 2], "big")), at + 2
        return struct.unpack(">f" if width == 4 else ">d", data[at : at + width])[0], at + width
    if info < 24:
        length = info
    else:
        width = {24: 1, 25: 2, 26: 4, 27: 8}[info]
        length, at = int.from_bytes(data[at : at + width], "big"), at + width
    if major == 0:
        return length, at
    if major == 1:
        return -1 - length, at
    if major in (2, 3):
        raw = data[at : at + length]
        return (raw if major == 2 else raw.decode("utf-8")), at + length
    if major == 6:
        return _cbor(data, at)  # a tag: the tagged value is what matters here
    items = []
    for _ in range(length * (2 if major == 5 else 1)):
        item, at = _cbor(data, at)
        items.append(item)
    if major == 4:
        return items, at
    return {_hashable(items[i]): items[i + 1] for i in range(0, len(items), 2)}, at


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key


def _half_float(bits: int) -> float:
    exponent, fraction = (bits >> 10) & 0x1F, bits & 0x3FF
    value = fraction / 1024 * 2**-14 if exponent == 0 else (1 + fraction / 1024) * 2 ** (exponent - 15)
    return -value if bits & 0x8000 else value


# -- in Chromium --------------------------------------------------------------------------------------------------

#: run in each loaded page: what is live in its DOM, after the site's own scripts have run
BROWSER_AUDIT = """(own) => {
  const problems = [];
  const bad = (v) => /^(javascript|vbscript|data|livescript):/i.test(
    v.replace(/[\\t\\n\\r]/g, "").replace(/^[\\u0000-\\u0020]+|[\\u0000-\\u0020]+$/g, ""));
  const urls = new Set(URL_ATTRIBUTES);
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "style"].includes(tag))
      problems.push(`<${tag}> in the page`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`<${tag} ${name}> handler`);
      if (name === "srcdoc") problems.push(`<${tag} srcdoc>`);
      if (urls.has(name) && bad(attr.value)) problems.push(`<${tag} ${name}=${attr.value.slice(0, 60)}>`);
    }
    if (tag === "meta" && el.hasAttribute("http-equiv")) problems.push("<meta http-equiv>");
    const ownForms = ["archive-search", "archive-find", "md-header__option"];
    if (tag === "form" && !ownForms.some((c) => el.classList.contains(c)))
      problems.push("a form that is not the site's own");
    if (tag === "script") {
      const type = el.getAttribute("type") || "";
      if (type === "application/json" || type === "application/ld+json") continue;
      if (el.src) {
        if (!el.src.startsWith(location.origin) || !/\\/assets\\/javascripts\\/[\\w.-]+\\.js$/.test(el.src))
          problems.push(`script ${el.src}`);
      } else if (!own.includes(el.textContent.trim())) {
        problems.push(`inline script ${el.textContent.trim().slice(0, 60)}`);
      }
    }
  }
  return problems;
}""".replace("URL_ATTRIBUTES", json.dumps(sorted(URL_ATTRIBUTES)))


def inline_scripts(text: str) -> list[str]:
    """The trimmed text of every executable inline script of a page (already audited as the site's own)."""
    return [
        code.strip()
        for attrs, code in _SCRIPT.findall(text)
        if "src=" not in attrs and not any(kind in attrs for kind in JSON_SCRIPT_TYPES)
    ]
