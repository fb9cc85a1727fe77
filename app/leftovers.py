"""Temporary files of unfinished saves (exports, prints, backups): tracked so that what a killed
process left behind — sheet fragments holding customer rows, half backups — is removed at the
next start, wherever it lies.

Each temporary path is noted with its process id in `pending-temp.txt` in the user's data folder
before it is created; `clean()` (run at every start, window or command) removes the ones whose
process is no longer running and forgets those already gone. Only paths named as this program
names its temporary files (`.~…`, `.….part`, `.….restore`) are ever removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import threading
from pathlib import Path

from app.paths import user_data_dir

_LOCK = threading.Lock()


def registry() -> Path:
    return user_data_dir() / "pending-temp.txt"


def track(path: Path) -> None:
    """Note `path` (about to be created) as this process's unfinished temporary file."""
    reg = registry()
    with _LOCK, contextlib.suppress(OSError):
        reg.parent.mkdir(parents=True, exist_ok=True)
        with open(reg, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\t{Path(path).resolve()}\n")


def new_file(folder: Path | str, prefix: str, suffix: str) -> tuple[int, Path]:
    """Create a new empty temporary file in `folder`, named `prefix…suffix`, and return its open
    descriptor and path. Unlike mkstemp, the name is tracked before the file exists: a process
    killed between the two leaves nothing untracked behind."""
    for _ in range(100):
        path = Path(folder) / f"{prefix}{os.urandom(6).hex()}{suffix}"
        track(path)
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def previews_dir() -> Path:
    """Where printed forms wait for the preview or the printer: the user's own data folder,
    never the system's temp folder (they hold customers' names and phone numbers)."""
    return user_data_dir() / "previews"


def private_folder(kind: str) -> Path:
    """A new folder for one preview or print job, removed at the next start after this process."""
    base = previews_dir()
    base.mkdir(parents=True, exist_ok=True)
    folder = base / f".~{kind}-{os.urandom(5).hex()}"
    track(folder)
    folder.mkdir(mode=0o700)
    return folder


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def ours(path: Path) -> bool:
    name = Path(path).name
    return name.startswith(".~") or (name.startswith(".") and name.endswith((".part", ".restore")))


def remove(path: Path) -> None:
    """Remove a temporary file or folder of ours (never anything not named like one), with the
    journal files SQLite may have left beside it."""
    path = Path(path)
    if not ours(path):
        return
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
        return
    for p in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            p.unlink()


def clean() -> list[Path]:
    """Remove what processes no longer running left behind; returns the paths removed."""
    reg = registry()
    removed: list[Path] = []
    with _LOCK:
        try:
            lines = reg.read_text(encoding="utf-8").splitlines()
        except OSError:
            return removed
        keep: list[str] = []
        for line in lines:
            pid_text, _, name = line.partition("\t")
            if not name or not pid_text.isdigit():
                continue
            path = Path(name)
            if not path.exists() and not Path(f"{path}-journal").exists():
                continue  # finished (or cleaned) long ago
            if _alive(int(pid_text)):
                keep.append(line)
                continue
            remove(path)
            if not path.exists():
                removed.append(path)
            else:
                keep.append(line)
        with contextlib.suppress(OSError):
            tmp = reg.with_name(reg.name + ".new")
            tmp.write_text("".join(k + "\n" for k in keep), encoding="utf-8")
            os.replace(tmp, reg)
    return removed
