"""Reading raw articles safely: size, binary content, encodings, line endings.

A raw article that cannot be read as text raises `SourceError` with a message
meant for the person who added the file; nothing here prints or exits.
"""

from __future__ import annotations

import errno
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .files import UnsafeFileError, read_regular

MAX_BYTES = 5 * 1024 * 1024
# Bytes that never occur in pasted news text but are common in binary files.
_CONTROL = bytes([*range(0, 9), 11, *range(14, 32)])
MAX_LINE = 100_000  # characters; a news paragraph is a few thousand at most
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class SourceError(Exception):
    """A raw article that cannot be ingested; the message says why and what to do."""


@dataclass(frozen=True)
class Source:
    """A raw article read from disk."""

    path: str  #: as given by the user, with forward slashes
    text: str  #: decoded, line endings normalised to "\n", no BOM
    sha256: str  #: of the raw bytes
    warning: str | None = None  #: e.g. decoded as Windows-1252


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode article bytes; return the text and a warning when not plain UTF-8.

    UTF-8 (with or without a byte-order mark) is expected. A file that is not
    UTF-8 but decodes as Windows-1252 is accepted with a warning, because pasted
    text from old Windows tools is common and cp1252 covers Latin-1's printable
    range; anything else is refused rather than turned into mojibake.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        utf8_error = err
    if _UTF8_SEQUENCE.search(data):
        # Valid multi-byte UTF-8 next to an invalid byte: the file is UTF-8 with damage,
        # and reading it as Windows-1252 would turn every accent into mojibake ("CafÃ©").
        raise SourceError(f"UTF-8 with an invalid byte at {utf8_error.start}; fix or delete that byte and run again")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise SourceError(f"not UTF-8 (byte {utf8_error.start}); save the file as UTF-8 and run again") from None
    return text, "not UTF-8; decoded as Windows-1252 — check the brief's accents and save the source as UTF-8"


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _too_big(size: int) -> str:
    return f"{size / 1048576:.1f} MB is over the 5 MB limit for one article; split or trim it"


def check_bytes(data: bytes) -> None:
    """Refuse empty, oversized and binary content with a reason."""
    if len(data) > MAX_BYTES:
        raise SourceError(_too_big(len(data)))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise SourceError("empty or only whitespace; paste the article's text or remove the file")
    head = data[:8192]
    controls = len(head) - len(head.translate(None, _CONTROL))
    if b"\x00" in head or controls > len(head) // 100 + 1:
        raise SourceError("binary content, not text; add articles as plain .txt files")
    # Only a file longer than the limit can hold such a line; splitting is linear,
    # where a regex for "MAX_LINE characters without a newline" rescans every line.
    if len(data) > MAX_LINE and max(map(len, data.splitlines())) > MAX_LINE:
        # Not pasted prose (and slow to analyse): a paragraph is never this long.
        raise SourceError(f"a single line over {MAX_LINE:,} characters is not article text; check the file")


def read_source(path: Path, shown_as: str | None = None) -> Source:
    """Read and decode one raw article, or raise SourceError.

    Only a regular file is read: a symbolic link is not followed and a FIFO or device is not opened
    for reading (build_tools/files.py), so an article can never be something else in disguise.
    """
    try:
        data = read_regular(path, limit=MAX_BYTES)
    except UnsafeFileError as err:
        if err.errno == errno.EFBIG:
            raise SourceError(_too_big(path.stat().st_size)) from None
        raise SourceError(f"{err.strerror}; put the article's text itself in a .txt file") from None
    except OSError as err:
        raise SourceError(f"cannot be read ({err.strerror}); check the path and permissions") from None
    check_bytes(data)
    text, warning = decode(data)
    text = normalise_newlines(text)
    if "\x00" in text:
        raise SourceError("binary content, not text; add articles as plain .txt files")
    return Source(
        path=shown_as or path.as_posix(),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        warning=warning,
    )
