"""A brief on disk: the one writer (write.py), the one reader (read.py), editors' corrections (corrections.py).

A brief file is YAML front-matter (every fact, the summary, key points and
quotes) followed by the article as Markdown. Everything that reads or writes
a brief goes through this package.
"""

from .corrections import Merged, edited_fields, fingerprint, merge, stamp
from .read import BriefError, as_read, front_matter_span, parse, read_brief, read_text, source_facts, split
from .write import KEYS, body_of, escape, json_line, plain_text, render, render_article

__all__ = [
    "KEYS",
    "BriefError",
    "Merged",
    "as_read",
    "body_of",
    "edited_fields",
    "escape",
    "fingerprint",
    "front_matter_span",
    "json_line",
    "merge",
    "parse",
    "plain_text",
    "read_brief",
    "read_text",
    "render",
    "render_article",
    "source_facts",
    "split",
    "stamp",
]
