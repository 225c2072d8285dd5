"""The front-matter fields `source_url` and `kind`: written, read back, validated, and kept when edited."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from build_tools.briefs import KEYS, edited_fields, merge, parse, render, stamp
from build_tools.check import load_schema
from build_tools.model import EDITABLE_FIELDS, KINDS, Brief
from build_tools.scaffold import scaffold

HERE = Path("docs/briefs/x.md")


def brief(**changes: object) -> Brief:
    """An ingested brief (a scaffold given an article's fields), with `changes`."""
    base = replace(
        scaffold("Port talks make progress", "2024-03-03"),
        title_source="headline",
        date_source="byline",
        source_file="seeds/x.txt",
        source_sha256="0" * 64,
        summary="Officials met.",
        body=None,
        source_url="https://news.example.org/port-talks",
        kind="news-report",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def meta_of(text: str) -> dict[str, object]:
    import yaml

    return yaml.safe_load(text.split("---\n")[1])


def test_fields_are_written_after_the_author_and_read_back() -> None:
    assert KEYS.index("source_url") == KEYS.index("author") + 1 and KEYS.index("kind") == KEYS.index("author") + 2
    assert {"source_url", "kind"} <= set(EDITABLE_FIELDS)
    text = render(stamp(brief()))
    read = parse(text, HERE)
    assert (read.source_url, read.kind) == ("https://news.example.org/port-talks", "news-report")
    meta = meta_of(text)
    keys = list(meta)
    assert keys.index("source_url") == keys.index("author") + 1
    jsonschema.validate(meta, load_schema())


def test_a_brief_without_the_fields_reads_and_validates() -> None:
    text = render(stamp(brief()))
    lines = [
        line for line in text.splitlines() if not line.startswith(("source_url:", "kind:", "  source_url:", "  kind:"))
    ]
    read = parse("\n".join(lines) + "\n", HERE)
    assert (read.source_url, read.kind) == (None, None)
    jsonschema.validate(meta_of("\n".join(lines)), load_schema())


@pytest.mark.parametrize(("key", "value"), [("source_url", "ftp://example.org/x"), ("kind", "gossip")])
def test_the_schema_refuses_a_bad_address_or_kind(key: str, value: str) -> None:
    meta = meta_of(render(stamp(brief())))
    meta[key] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(meta, load_schema())


def test_schema_kinds_are_the_models() -> None:
    assert load_schema()["properties"]["kind"]["enum"] == [*KINDS, None]


def test_an_editors_kind_is_kept_and_a_field_added_later_is_filled_in() -> None:
    written = parse(render(stamp(brief(kind=None))), HERE)
    written.kind = "opinion"  # an editor's correction
    fresh = brief(kind="news-report", source_url="https://news.example.org/other")
    merged = merge(written, fresh).brief
    assert merged.kind == "opinion"
    assert merged.source_url == "https://news.example.org/other"  # not edited: refreshed
    # A brief written before the fields existed has no hash for them: they are not the editor's.
    older = parse(render(stamp(brief(source_url=None, kind=None))), HERE)
    older.extracted = {k: v for k, v in older.extracted.items() if k not in ("source_url", "kind")}
    refreshed = merge(older, fresh).brief
    assert (refreshed.kind, refreshed.source_url) == (fresh.kind, fresh.source_url)
    assert not {"source_url", "kind"} & edited_fields(older)
    # ... unless an editor filled one in by hand before re-ingest: then it holds a value no hash vouches for.
    older.kind = "opinion"
    assert "kind" in edited_fields(older) and merge(older, fresh).brief.kind == "opinion"
