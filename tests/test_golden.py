"""Whole outputs: each seed's brief must match its reviewed golden file byte for byte.

After an intended change, run `python tests/update_golden.py` and review the diff.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from build_tools.briefs import edited_fields, read_brief
from build_tools.ingest import ingest
from build_tools.model import Brief

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Path:
    out = tmp_path_factory.mktemp("briefs")
    report = ingest([root / "seeds"], out, root, workers=1)
    assert report.ok
    return out


def test_every_seed_has_a_golden_brief(fresh: Path) -> None:
    made = sorted(p.name for p in fresh.iterdir() if not p.name.startswith("."))  # not the near-duplicate cache
    assert made == sorted(p.name for p in GOLDEN.iterdir())
    assert len(list(GOLDEN.glob("*.md"))) == 5


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.iterdir()))
def test_brief_matches_golden(fresh: Path, name: str) -> None:
    assert (fresh / name).read_text(encoding="utf-8") == (GOLDEN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(p.name for p in GOLDEN.glob("*.md")))
def test_committed_brief_holds_what_ingest_makes(root: Path, name: str) -> None:
    """docs/briefs holds each seed's brief as ingest makes it: every field the same, except those an editor
    corrected (which `edited_fields` names)."""
    committed = root / "docs" / "briefs" / name
    assert committed.exists(), f"{committed} missing: run `briefing ingest`"
    ours, golden = read_brief(committed), read_brief(GOLDEN / name)
    corrected = edited_fields(ours)
    for field in fields(Brief):
        if field.name not in corrected | {"extracted"}:
            assert getattr(ours, field.name) == getattr(golden, field.name), f"{name}: {field.name} differs"
