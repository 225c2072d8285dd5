"""Work in a forked process brings back its result, or raises here what it raised there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_tools import forks
from build_tools.vocab import VocabularyError

pytestmark = pytest.mark.skipif(not forks.available(), reason="needs fork")


def fail() -> None:
    raise VocabularyError("taxonomy/topics.yml:2: invalid YAML; fix the syntax")


def test_the_result_comes_back() -> None:
    assert forks.in_child(lambda: {"briefs": [1, 2, 3], "pid": os.getpid()})["pid"] != os.getpid()


def test_a_users_error_in_the_child_is_raised_here_as_it_was_raised_there() -> None:
    with pytest.raises(VocabularyError, match=r"^taxonomy/topics.yml:2: invalid YAML; fix the syntax$") as err:
        forks.in_child(fail)
    assert isinstance(err.value.__cause__, forks.ChildTraceback)
    assert "in fail" in str(err.value.__cause__)  # the child's traceback, for a bug the CLI does not report


def test_a_child_that_dies_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="died"):
        forks.in_child(lambda: os._exit(3))


def test_alongside_raises_the_childs_error_after_the_block(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError), forks.alongside(fail, parallel=True):
        (tmp_path / "block.txt").write_text("done", encoding="utf-8")
    assert (tmp_path / "block.txt").read_text(encoding="utf-8") == "done"


def test_alongside_lets_the_blocks_own_error_through() -> None:
    with pytest.raises(KeyError), forks.alongside(fail, parallel=True):
        raise KeyError("the block's")


def test_alongside_without_parallel_runs_the_work_after_the_block(tmp_path: Path) -> None:
    order: list[str] = []
    with forks.alongside(lambda: order.append("work"), parallel=False):
        order.append("block")
    assert order == ["block", "work"]
