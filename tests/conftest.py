"""Shared fixtures: the project root, its vocabulary, and throwaway project copies."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from build_tools.vocab import Vocabulary, load_vocabulary

ROOT = Path(__file__).resolve().parent.parent

# Every build the tests make is dated the same day (MkDocs dates the sitemap by the build's day), as a
# reproducible build is: two builds compared byte for byte on either side of midnight would otherwise differ.
# A new day's build is tested on its own (test_incremental.py).
os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def vocab() -> Vocabulary:
    return load_vocabulary(ROOT)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's data (taxonomy, seeds, mkdocs.yml) to work in."""
    for name in ("taxonomy", "seeds"):
        shutil.copytree(ROOT / name, tmp_path / name)
    if (ROOT / "mkdocs.yml").exists():
        shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory):
    """The project (plus one hostile brief) copied to a temporary folder and built once; see site_support.py.
    Its search index has a bundle a month (a shard of one brief: build_tools/search_index.py), so that every
    search in the browser tests puts several bundles' results together, as a large archive's does."""
    from site_support import build_copy

    return build_copy(tmp_path_factory.mktemp("site-project"), shard_pages=1)
