"""The one writer every file of the archive site goes through: incremental and atomic.

- Incremental: a file whose bytes on disk already equal the new bytes is not touched
  (its mtime stays, so web servers and rsync see nothing new).
- Atomic per file: new bytes go to a temporary file in the same folder, are flushed
  to disk, then ``os.replace``d over the old file, so a reader sees the old file or
  the new one, never half of one.
- Safe ordering: the caller lists files leaves first (assets, issues, seasons,
  shows, feeds) and ``index.html`` last, and stale files are removed only after every
  new file is in place, so no page ever links to a file that is not there yet.
- Stale files: the names written are kept in a manifest; a later build removes files
  the manifest lists that no page produces any more, and never anything else in the
  folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from pipeline.core.errors import RenderError
from pipeline.core.reports import SiteReport

MANIFEST = ".anime-digest-site.json"


def write_files(root: Path, files: Sequence[tuple[str, bytes]]) -> SiteReport:
    """Write ``files`` (relative path, bytes) in order under ``root``, then drop stale ones."""
    written: list[str] = []
    unchanged: list[str] = []
    for rel, data in files:
        (written if write_file(root, rel, data) else unchanged).append(rel)
    names = [rel for rel, _ in files]
    removed = [rel for rel in sorted(set(_manifest(root)) - set(names)) if _remove(root, rel)]
    write_file(root, MANIFEST, json.dumps(sorted(names), indent=0).encode())
    return SiteReport(
        out_dir=root, written=tuple(written), unchanged=tuple(unchanged), removed=tuple(removed)
    )


def write_file(root: Path, rel: str, data: bytes) -> bool:
    """Atomically put ``data`` at ``root/rel`` unless it is already there; True if written."""
    path = root / _checked(rel)
    try:
        if path.is_file() and path.read_bytes() == data:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o644)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise RenderError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return True


def _checked(rel: str) -> PurePosixPath:
    """``rel`` as a path that stays inside the site folder."""
    path = PurePosixPath(rel)
    if path.is_absolute() or not path.parts or ".." in path.parts:
        raise RenderError(f"refusing to write outside the site folder: {rel!r}")
    return path


def _manifest(root: Path) -> list[str]:
    try:
        names = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


def _remove(root: Path, rel: str) -> bool:
    try:
        path = root / _checked(rel)
    except RenderError:
        return False
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise RenderError(f"cannot remove stale {path}: {exc.strerror or exc}") from exc
    return True
