"""A build with nothing to do: every input is as the last successful build found it.

The digest covers the stamp (size and modification time, as git's index compares files) of every file
under the project's input folders, mkdocs.yml, this package's code, the versions of the packages that
render pages, the environment variables mkdocs.yml reads, the build's day (MkDocs dates the sitemap by
it: the day in UTC, or SOURCE_DATE_EPOCH's), and every file the site folder should hold. Reading stamps,
not bytes, keeps this to some tens of milliseconds at 10,000 briefs; a file rewritten with the same size
within the same nanosecond is the one change it would miss, as git's would.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from ..files import atomic_write, discard, published, stamp
from .incremental import PACKAGES, RENDER_MANIFEST, package_versions

LAST_BUILD = "last-build.json"  #: in the site's records folder (files.records_for)
#: folders whose files a build reads (build/ and site/ are its own output)
INPUT_FOLDERS = ("seeds", "docs", "taxonomy", "overrides", "schema")
ENVIRONMENT_PREFIX = "BRIEFING_"  #: mkdocs.yml reads BRIEFING_SITE_URL and BRIEFING_REPO_URL


@dataclass
class LastBuild:
    """What the last successful build recorded: its inputs' digest, how it was run, and its report."""

    inputs: str = ""
    outputs: str = ""
    strict: bool = True
    offline: bool = False  #: built with every link naming its page's file (`briefing build --offline`)
    search_current: bool = False  #: the search index covers every brief page as published
    report: str = ""  #: its closing line, said again when a build has nothing to do

    @classmethod
    def load(cls, records: Path) -> LastBuild:
        try:
            return cls(**json.loads((records / LAST_BUILD).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return cls()

    def save(self, records: Path) -> None:
        atomic_write(records / LAST_BUILD, json.dumps(asdict(self), ensure_ascii=False))

    @staticmethod
    def forget(records: Path) -> None:
        """The next build does the work (this one failed, or was not recorded)."""
        discard(records / LAST_BUILD)


def _stamps(digest: hashlib._Hash, folder: Path) -> None:
    """Every file's path and stamp under `folder` (links and other non-regular files by their own stamp)."""
    try:
        found = sorted(os.scandir(folder), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        digest.update(f"{folder.name}: none\0".encode())
        return
    for entry in found:
        if entry.is_dir(follow_symlinks=False):
            _stamps(digest, Path(entry.path))
        else:
            info = entry.stat(follow_symlinks=False)
            digest.update(f"{entry.path}\0{stamp(info)}:{info.st_mode}\0".encode())


class BuildDayError(ValueError):
    """SOURCE_DATE_EPOCH is set to something that is not a time."""


def build_day() -> str:
    """The day MkDocs dates the build by (mkdocs.utils.get_build_date, without importing MkDocs for a build
    that may have nothing to do): SOURCE_DATE_EPOCH's when set, else today in UTC, not the local day, which
    west or east of Greenwich is another for some hours of every day."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    # (whole seconds from 1970 that gzip's four-byte time, in sitemap.xml.gz, can hold)
    if not epoch.isascii() or not epoch.isdigit() or int(epoch) >= 2**32:
        raise BuildDayError(
            f"SOURCE_DATE_EPOCH is {epoch!r}, not a time MkDocs can date the site by: set it to whole seconds "
            "since 1970 (`git log -1 --format=%ct` gives the last commit's), or unset it"
        )
    return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).strftime("%Y-%m-%d")


def inputs_digest(root: Path, site: Path) -> str:
    """One digest of everything a build reads."""
    digest = hashlib.sha256()
    digest.update(build_day().encode())
    environment = sorted((k, v) for k, v in os.environ.items() if k.startswith(ENVIRONMENT_PREFIX))
    digest.update(json.dumps([environment, package_versions(PACKAGES), os.path.realpath(site)]).encode())
    for name in INPUT_FOLDERS:
        _stamps(digest, root / name)
    _stamps(digest, Path(__file__).resolve().parent.parent)
    _stamp_of(digest, root / "mkdocs.yml")
    return digest.hexdigest()


def outputs_digest(records: Path, site: Path, manifest: Path) -> str:
    """One digest of what the last build left: its records, and every file it published as it is now."""
    digest = hashlib.sha256()
    _stamp_of(digest, records / RENDER_MANIFEST)
    _stamp_of(digest, manifest)
    for name in published(site, manifest):
        _stamp_of(digest, site / name, follow=False)
    return digest.hexdigest()


def _stamp_of(digest: hashlib._Hash, path: Path, follow: bool = True) -> None:
    try:
        info = os.stat(path, follow_symlinks=follow)
        digest.update(f"{path}\0{stamp(info)}:{info.st_mode}\0".encode())
    except OSError:
        digest.update(f"{path}: none\0".encode())
