"""The one slugify: identifiers and addresses are made here and nowhere else."""

from __future__ import annotations

import re
import unicodedata

# Names Windows reserves; a file called "con.md" cannot be checked out there.
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
#: what a brief's file name (without .md) must be, since it is the brief's address: slug words, any length
ADDRESS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}


def slugify(text: str, max_length: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens; safe as a file name and a URL part.

    Accents are folded ("Zürich" -> "zurich"); anything else outside a-z0-9,
    including look-alike letters from other scripts, becomes a separator, so a
    slug can never contain a path separator, a dot segment or a NUL.

    >>> slugify("U.S. & Pakistan: talks!")
    'u-s-pakistan-talks'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", folded.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    if slug in _RESERVED:
        slug = f"{slug}-x"
    return slug


def is_address(stem: str) -> bool:
    """True when `stem` can be a brief's address: lower-case ASCII letters and digits in hyphenated words."""
    return ADDRESS.fullmatch(stem) is not None
