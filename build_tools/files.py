"""The one place that touches the disk on the archive's behalf: safe reads, atomic writes, the lock.

A file is written to a temporary sibling, flushed and renamed over the target,
so a reader (or a killed process) only ever sees the old bytes or the new ones;
a temporary file a killed run left is removed by the next run. Inputs are read
only when they are regular files (never through a link, never blocking on a
FIFO). One run at a time holds the project lock. The built site is published
by a manifest: the build removes only files it published itself.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

_PLAIN_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def stamp(stat: os.stat_result) -> str:
    """A file's size and modification time as one string: what the ingest caches key their entries by.

    A file whose stamp changed is read again (the same rule git's index uses).
    """
    return f"{stat.st_size}:{stat.st_mtime_ns}"


class UnsafePathError(ValueError):
    """A path that would land outside the output folder."""


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` atomically, creating parent folders."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        # rename() is atomic: a killed process leaves the old file or the new one.
        # (No fsync: it guards against power loss, not a crash, and costs ~1 ms a file.)
        os.replace(tmp, path)
    except BaseException:
        # Leave no temporary file behind, whatever interrupted us.
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


class Writer:
    """Writes files under one root; refuses escapes and writing one path twice."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.written: set[Path] = set()

    def target(self, relative: str) -> Path:
        """Resolve `relative` under the root, or raise UnsafePathError."""
        if not relative or "\x00" in relative or Path(relative).is_absolute():
            raise UnsafePathError(f"refusing to write {relative!r}: not a relative path")
        if _PLAIN_NAME.fullmatch(relative):
            # A plain file name cannot leave the root, and os.replace replaces a
            # symlink of that name rather than following it: no need to resolve.
            return self.root / relative
        path = (self.root / relative).resolve()
        if path != self.root and self.root not in path.parents:
            raise UnsafePathError(f"refusing to write {relative!r}: outside {self.root}")
        return path

    def write(self, relative: str, data: str | bytes, *, only_if_changed: bool = True, again: bool = False) -> bool:
        """Write one file; return True when the bytes on disk changed.

        `again=True` allows a deliberate second write of a path (a later stage
        amending a file this run wrote); otherwise a second write is a bug.
        """
        path = self.target(relative)
        key = Path(os.path.normcase(path))
        if key in self.written and not again:
            raise UnsafePathError(f"refusing to write {relative!r} twice in one run")
        self.written.add(key)
        payload = data.encode("utf-8") if isinstance(data, str) else data
        if only_if_changed and path.is_file() and path.read_bytes() == payload:
            return False
        atomic_write(path, payload)
        return True

    def remove(self, relative: str) -> bool:
        """Delete one file under the root if it exists; return True when it did."""
        path = self.target(relative)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True


# -- reading: regular files only ------------------------------------------------------------


class UnsafeFileError(OSError):
    """A path that is not a regular file inside the project (a link, a FIFO, a device, a folder)."""


def discard(path: Path) -> None:
    """Delete the file at `path` if there is one."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def kind_of(mode: int) -> str:
    """What a file's mode says it is, in words for a message."""
    for test, name in (
        (stat.S_ISLNK, "a symbolic link"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def not_regular(path: Path) -> str | None:
    """Why `path` (not followed if a link) is not a regular file, or None when it is one."""
    mode = os.lstat(path).st_mode
    return None if stat.S_ISREG(mode) else f"is {kind_of(mode)}, not a regular file"


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of `path`, which must be a regular file: a link is not followed, a FIFO never blocks.

    UnsafeFileError says what the path is instead; a file over `limit` bytes raises
    UnsafeFileError too, before anything is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        if err.errno == errno.ELOOP or os.path.islink(path):
            raise UnsafeFileError(errno.ELOOP, "is a symbolic link, not a regular file", str(path)) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFileError(errno.EINVAL, f"is {kind_of(info.st_mode)}, not a regular file", str(path))
        if limit is not None and info.st_size > limit:
            raise UnsafeFileError(errno.EFBIG, f"is {info.st_size:,} bytes, over the {limit:,} limit", str(path))
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def inside(root: Path, path: Path) -> bool:
    """True when `path`, every link resolved, is `root` or lies under it."""
    real, base = os.path.realpath(path), os.path.realpath(root)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def refuse_links(root: Path, relatives: list[str]) -> None:
    """UnsafePathError when a folder the build writes or cleans (or a folder above it, up to `root`) is a
    symbolic link or resolves outside the project: writing or cleaning through it could reach anything."""
    for relative in relatives:
        path = root
        for part in Path(relative).parts:
            path = path / part
            if os.path.islink(path):
                raise UnsafePathError(
                    f"{path.relative_to(root).as_posix()} is a symbolic link; the build never writes or cleans "
                    "through one: replace it with a real folder (or delete it) and run again"
                )
        if os.path.lexists(path) and not inside(root, path):
            raise UnsafePathError(f"{relative} resolves outside the project; replace it with a folder inside it")


def links_within(folder: Path) -> list[Path]:
    """Every symbolic link (to a file or a folder) under `folder`, not following any."""
    found: list[Path] = []
    for here, dirs, names in os.walk(folder):  # os.walk follows no link; a link to a folder is in `dirs`
        found.extend(Path(here, name) for name in (*dirs, *names) if os.path.islink(os.path.join(here, name)))
    return sorted(found)


def refuse_links_within(root: Path, relative: str) -> None:
    """UnsafePathError when the project folder `relative` holds a symbolic link anywhere: MkDocs follows
    links in docs/, so one could publish any file of the machine."""
    found = links_within(root / relative)
    if found:
        shown = found[0].relative_to(root).as_posix()
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise UnsafePathError(
            f"{shown}{more} is a symbolic link; the site is built only from files in the project: replace it "
            "with the file or folder itself, or delete it"
        )


# -- left by a killed run -------------------------------------------------------------------

_TEMP_NAME = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")  #: what atomic_write's mkstemp names look like


def remove_stale_temps(folder: Path) -> list[Path]:
    """Delete the temporary files a killed `atomic_write` left in `folder`; return them.

    Only call this while holding the project lock: no other run is writing then.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if _TEMP_NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except FileNotFoundError:
                pass
    return removed


# -- one run at a time ------------------------------------------------------------------------

LOCK_FILE = "build/.briefing.lock"


class ProjectLock:
    """An exclusive lock on the project for one ingest, build or serve (fcntl.flock on build/.briefing.lock).

    A second run prints one line saying what holds the lock and waits for it;
    the kernel releases the lock when its holder exits, however it exits.
    """

    def __init__(self, root: Path, command: str, say: Callable[[str], None]) -> None:
        self.root, self.command, self.say = root, command, say
        self.fd: int | None = None

    def __enter__(self) -> ProjectLock:
        refuse_links(self.root, ["build"])
        path = self.root / LOCK_FILE
        path.parent.mkdir(exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another run"
            self.say(f"waiting: {holder} is running in this project (one run at a time)")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"briefing {self.command} (process {os.getpid()})".encode(), 0)
        self.fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            os.close(self.fd)  # closing releases the lock
            self.fd = None


# -- publishing a built site ----------------------------------------------------------------------

MANIFEST = "site-manifest.json"  #: every file the last build published into the site folder (in its records)


def records_for(root: Path, site: Path) -> Path:
    """Where a build keeps what it recorded about one site folder (what it published, which pages it rendered
    from what): build/ for the project's site/, a folder of its own under build/sites/ for any other."""
    if os.path.realpath(site) == os.path.realpath(root / "site"):
        return root / "build"
    return root / "build" / "sites" / hashlib.sha256(os.path.realpath(site).encode()).hexdigest()[:12]


def relative_files(folder: Path) -> list[str]:
    found: list[str] = []
    for here, dirs, names in os.walk(folder):
        dirs.sort()
        base = Path(here).relative_to(folder)
        found.extend((base / name).as_posix() for name in sorted(names))
    return found


def _safe_relative(name: object) -> bool:
    """True for a path relative to the site that stays in it (no leading "/", no ".." part). On strings: a
    build publishes some 13,000 names, twice over, and a Path each costs more than the rest of the check."""
    return isinstance(name, str) and bool(name) and not name.startswith("/") and ".." not in name.split("/")


def publish(staging: Path, site: Path, manifest: Path, keep: Iterable[str] = (), leave: Collection[str] = ()) -> int:
    """Move the files built in `staging` into `site`; delete only files the previous build published there.

    `keep` names files (relative to `site`) the site goes on holding though this build did not write them
    (an incremental build writes only what changed). `leave` names files of `site` newer than this build's
    (the preview wrote them since the build read its inputs): those are not replaced. `site` is never
    emptied: a file the build did not write stays (MkDocs' own build empties its folder, which through a
    link can reach anything). No folder in `site` that is a symbolic link is ever written through.
    Returns the number of files moved.
    """
    if os.path.islink(site):
        raise UnsafePathError(f"{site} is a symbolic link; the build never writes through one: replace it")
    site.mkdir(parents=True, exist_ok=True)
    where = os.path.realpath(site)
    previous = published(site, manifest)
    files = relative_files(staging)
    fresh = set(files).union(name for name in keep if _safe_relative(name))
    for name in previous:
        if _safe_relative(name) and name not in fresh:
            _remove_published(site, name)
    for name in leave:
        if _safe_relative(name) and (staging / name).is_file() and not os.path.islink(staging / name):
            os.unlink(staging / name)
    if staging.is_dir():  # (an incremental build may have written nothing)
        _move_into(staging, site, site, set())
    atomic_write(manifest, json.dumps({"site": where, "files": sorted(fresh)}, ensure_ascii=False))
    shutil.rmtree(staging, ignore_errors=True)  # only empty folders are left in it
    return len(files)


def _move_into(source: Path, target: Path, site: Path, checked: set[Path]) -> None:
    """Move everything in the folder `source` into the folder `target` (under `site`): a folder the target
    lacks is moved whole (one rename, where 10,000 page folders would each be made and emptied), a file
    replaces its namesake; a folder the target has is entered, never through a link."""
    _real_folders(site, target, checked)
    with os.scandir(source) as found:
        entries = sorted(found, key=lambda entry: entry.name)
    for entry in entries:
        there = target / entry.name
        if entry.is_dir(follow_symlinks=False) and os.path.lexists(there):
            _move_into(Path(entry.path), there, site, checked)
        else:
            os.replace(entry.path, there)


def published(site: Path, manifest: Path) -> list[str]:
    """The files the last build published into `site` ([] when the manifest is missing or names another folder)."""
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        if recorded.get("site") == os.path.realpath(site):
            return [name for name in recorded["files"] if isinstance(name, str)]
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        pass
    return []  # another folder's list is not ours to delete from


def _real_folders(site: Path, folder: Path, checked: set[Path]) -> None:
    """Make `folder` (under `site`) and its parents, refusing any that is a symbolic link."""
    if folder in checked or folder == site:
        return
    _real_folders(site, folder.parent, checked)
    if os.path.islink(folder):
        raise UnsafePathError(f"{folder} is a symbolic link inside the site folder; delete it and build again")
    folder.mkdir(exist_ok=True)
    checked.add(folder)


def _remove_published(site: Path, name: str) -> None:
    """Delete a file an earlier build published, and its folders once empty; never through a link."""
    path = site / name
    parts = Path(name).parts
    for depth in range(1, len(parts)):
        if os.path.islink(site.joinpath(*parts[:depth])):
            return
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            os.unlink(path)
    except FileNotFoundError:
        return
    folder = path.parent
    while folder != site:
        try:
            folder.rmdir()  # only when empty
        except OSError:
            return
        folder = folder.parent
