"""Work done in a forked process, its result or its exception brought back: how the build uses a second core.

The child shares everything the parent had at the fork (nothing is pickled on
the way in). What it returns, or the exception it raised, comes back pickled,
so a user's error raised in the child (a broken vocabulary, a folder that
cannot be written) reaches the command line's one-line report exactly as it
would have from the parent. The child's own traceback travels with it as the
exception's cause, for anything the command line does not report itself.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class ChildTraceback(Exception):
    """Where a forked child raised: set as the cause of the exception re-raised in the parent."""


def available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


_PR_SET_PDEATHSIG = 1  #: prctl option (linux/prctl.h)


def die_with_parent(parent: int | None = None) -> None:
    """Have the kernel kill this process when its parent dies, however the parent dies (kill -9 included).

    Linux's PR_SET_PDEATHSIG, which survives exec (so a program started from here inherits it); elsewhere
    nothing. `parent` is the pid expected as parent: if it already died before this call, exit now.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the children are only as safe as elsewhere
            pass
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def tied_to_this_process() -> Callable[[], None]:
    """A `preexec_fn` for `subprocess`: the child dies with this process (see `die_with_parent`)."""
    parent = os.getpid()
    return lambda: die_with_parent(parent)


class Forked(Generic[T]):
    """`work()` started in a forked process; `result()` waits for it."""

    def __init__(self, work: Callable[[], T]) -> None:
        context = multiprocessing.get_context("fork")
        self._reader, writer = context.Pipe(duplex=False)
        self._child = context.Process(target=_send_and_exit, args=(work, writer, os.getpid()))
        self._child.start()
        writer.close()

    def outcome(self) -> tuple[bool, Any]:
        """Wait for the child: (True, its result) or (False, the exception to raise)."""
        try:
            done, value, where = self._reader.recv()
        except EOFError:  # it died before it could answer (killed, or the answer would not pickle)
            done, value, where = False, RuntimeError("a forked step of the build died; see above"), ""
        except BaseException:  # interrupted (Ctrl-C, a preview stopped): the child's work is not wanted
            self._child.kill()
            raise
        finally:
            self._reader.close()
            self._child.join()
        if not done and where:
            value.__cause__ = ChildTraceback(where)
        return done, value

    def result(self) -> T:
        """The child's result, or what it raised, raised here."""
        done, value = self.outcome()
        if not done:
            raise value
        return value  # type: ignore[no-any-return]


def beside(work: Callable[[], T]) -> Callable[[], T]:
    """`work()` started in a forked process, beside what this one does next; returns what waits for its
    result (or raises what it raised). Where fork is unavailable, `work()` is done at once."""
    if not available():
        done = work()
        return lambda: done
    return Forked(work).result


def in_child(work: Callable[[], T]) -> T:
    """`work()` in a forked process that exits afterwards, so what it allocated is given back (in this
    process where fork is unavailable)."""
    return Forked(work).result() if available() else work()


def _send_and_exit(work: Callable[[], Any], writer: Connection, parent: int) -> None:
    die_with_parent(parent)  # a killed build leaves no step running (and writing) behind it
    try:
        answer: tuple[bool, Any, str] = (True, work(), "")
    except BaseException as err:  # noqa: BLE001 - every failure goes back to the parent, which raises it
        answer = (False, err, traceback.format_exc())
    try:
        writer.send(answer)
    except BaseException:  # the result or the exception would not pickle: say so here, the parent sees EOF
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # not the parent's exit handlers (a test runner's, for one)
