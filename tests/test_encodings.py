"""Encodings and line endings: read correctly, decoded with a warning, or refused — never mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_support import make_project, output, run_cli

from build_tools.briefs import read_brief
from build_tools.model import Brief
from build_tools.source import SourceError, decode, normalise_newlines

HEADLINE = "Café talks: Pakistan’s envoy and the “new” agenda"
TEXT = (
    f"{HEADLINE}\n"
    "\n"
    "ISLAMABAD: Pakistan’s ambassador met the U.S. envoy at a café on Monday, officials said.\n"
    "\n"
    "The talks covered trade, naïve expectations and the “next steps” – both sides said – for 2024.\n"
)
# Characters Windows-1252 has and Latin-1 does not (curly quotes, en dash), and the other way round.
CP1252_TEXT = TEXT
LATIN1_TEXT = TEXT.replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-") + "Zürich, señor, ½.\n"


def ingest_bytes(tmp_path: Path, files: dict[str, bytes]) -> tuple[Path, str, int]:
    project = make_project(tmp_path)
    raw = project / "raw"
    raw.mkdir()
    for name, data in files.items():
        (raw / name).write_bytes(data)
    result = run_cli(project, "ingest", "raw", "--out", "out")
    assert "Traceback" not in output(result)
    return project, output(result), result.returncode


def briefs_by_source(project: Path) -> dict[str, Brief]:
    return {read_brief(p).source_file or "": read_brief(p) for p in (project / "out").glob("*.md")}


def same_record(a: Brief, b: Brief) -> bool:
    fields = ("title", "date", "dateline", "summary", "actors", "topics", "body")
    return all(getattr(a, f) == getattr(b, f) for f in fields)


def test_bom_crlf_and_lone_cr_read_like_plain_utf8(tmp_path: Path) -> None:
    utf8 = TEXT.encode()
    files = {
        "plain.txt": utf8,
        "bom.txt": b"\xef\xbb\xbf" + utf8,
        "crlf.txt": utf8.replace(b"\n", b"\r\n"),
        "cr.txt": utf8.replace(b"\n", b"\r"),
        "bom-crlf.txt": b"\xef\xbb\xbf" + utf8.replace(b"\n", b"\r\n"),
    }
    project, text, code = ingest_bytes(tmp_path, files)
    assert code == 0, text
    assert "warning" not in text.lower() and "Windows-1252" not in text
    briefs = briefs_by_source(project)
    plain = briefs["raw/plain.txt"]
    assert plain.title == HEADLINE
    for name in files:
        brief = briefs[f"raw/{name}"]
        assert same_record(brief, plain), name
        assert "\ufeff" not in (brief.body or "") + brief.title and "\r" not in (brief.body or "")


@pytest.mark.parametrize(
    ("name", "encoding", "text"), [("cp1252", "cp1252", CP1252_TEXT), ("latin1", "latin-1", LATIN1_TEXT)]
)
def test_windows_1252_and_latin1_decoded_correctly_with_a_warning(
    tmp_path: Path, name: str, encoding: str, text: str
) -> None:
    project, out, code = ingest_bytes(tmp_path, {f"{name}.txt": text.encode(encoding), "utf8.txt": text.encode()})
    assert code == 0, out
    warned = [line for line in out.splitlines() if f"raw/{name}.txt" in line]
    assert len(warned) == 1 and "Windows-1252" in warned[0], out
    assert not [line for line in out.splitlines() if "raw/utf8.txt" in line and "Windows-1252" in line]
    briefs = briefs_by_source(project)
    decoded, reference = briefs[f"raw/{name}.txt"], briefs["raw/utf8.txt"]
    assert same_record(decoded, reference)  # the very same brief as from the UTF-8 file: no mojibake
    assert "Ã" not in (decoded.body or "") and "â€" not in (decoded.body or "")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("undefined-in-cp1252.txt", TEXT.encode("cp1252") + b"\x81\x8d\x8f\x90\x9d"),
        ("utf8-with-a-bad-byte.txt", TEXT.encode() + b"\xff"),
        ("truncated-utf8.txt", TEXT.encode() + "é".encode()[:1] + b"\n"),
        ("utf16.txt", TEXT.encode("utf-16")),
    ],
)
def test_undecodable_files_are_refused_with_a_clear_line(tmp_path: Path, name: str, data: bytes) -> None:
    good = TEXT.replace("Café", "Tea").encode()
    project, out, code = ingest_bytes(tmp_path, {name: data, "good.txt": good})
    assert code == 1
    refused = [line for line in out.splitlines() if f"raw/{name}" in line]
    assert len(refused) == 1 and refused[0].startswith("rejected"), out
    assert list(briefs_by_source(project)) == ["raw/good.txt"]


def test_decode_library_contract() -> None:
    assert decode(TEXT.encode()) == (TEXT, None)
    assert decode(b"\xef\xbb\xbf" + TEXT.encode()) == (TEXT, None)
    text, warning = decode(CP1252_TEXT.encode("cp1252"))
    assert text == CP1252_TEXT and warning
    with pytest.raises(SourceError):
        decode(TEXT.encode() + b"\xff")  # valid UTF-8 around one bad byte: refused, not read as cp1252
    assert normalise_newlines("a\r\nb\rc\n") == "a\nb\nc\n"
