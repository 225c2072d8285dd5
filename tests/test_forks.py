"""Work in a forked process brings back its result, or raises here what it raised there."""

from __future__ import annotations

import os

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
