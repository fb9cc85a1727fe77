"""Opening the office database: URL parsing, SQLite pragmas, location checks, migrations."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from app.errors import DatabaseLocationError

database = peewee.DatabaseProxy()

# FIELD_NOTES: WAL + FULL keeps every commit the user was told about, even on power loss.
SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("busy_timeout", 10000),
    ("synchronous", "full"),
    ("cache_size", -16000),
)

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs", "ncpfs", "davfs"}


def is_network_path(path: Path) -> bool:
    """True when `path` is on a network share, where SQLite's WAL must not be used."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        DRIVE_REMOTE = 4
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE  # type: ignore[attr-defined]
    return _mount_fs_type(path) in _NETWORK_FS


def _mount_fs_type(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    target = os.path.realpath(path if path.exists() else path.parent)
    best, fs_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, fs_type = mount_point, parts[2]
    return fs_type


def sqlite_path_from(url_or_path: str) -> Path | None:
    """The file path of a SQLite URL or plain path; None for other databases."""
    if "://" not in url_or_path:
        return Path(url_or_path)
    if url_or_path.startswith("sqlite:///"):
        return Path(unquote(url_or_path[len("sqlite:///") :]))
    return None


def open_database(url_or_path: str) -> peewee.Database:
    """A peewee Database for a path, `sqlite:///path` or `postgresql://user@host/db`."""
    path = sqlite_path_from(url_or_path)
    if path is not None:
        if str(path) != ":memory:":
            path = path.expanduser()
            if is_network_path(path):
                raise DatabaseLocationError(str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
        return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    parsed = urlparse(url_or_path)
    if parsed.scheme in ("postgresql", "postgres"):
        return peewee.PostgresqlDatabase(
            parsed.path.lstrip("/") or "postgres",
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 5432,
        )
    raise ValueError(f"unsupported database URL: {url_or_path}")


def connect(url_or_path: str, migrate: bool = True) -> peewee.Database:
    """Open the database, bind the models to it and bring its schema up to date."""
    db = open_database(url_or_path)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    if migrate:
        from app.migrations import upgrade

        upgrade(db)
    return db


def close() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def is_sqlite(db: peewee.Database | None = None) -> bool:
    target = db if db is not None else database.obj
    return isinstance(target, peewee.SqliteDatabase)


def write_transaction():
    """A transaction that takes the write lock at once on SQLite.

    A deferred SQLite transaction that reads first and writes later can fail with
    SQLITE_BUSY under WAL when another desk wrote meanwhile; IMMEDIATE waits instead.
    """
    if is_sqlite():
        return database.obj.atomic("IMMEDIATE")
    return database.atomic()


# What went wrong with the database, in the words the window explains (ui/operations.py).
LOCKED, LOST, FULL, DISK = "locked", "lost", "full", "disk"


def failure_kind(exc: BaseException) -> str | None:
    """LOCKED, LOST, FULL or DISK for a database failure the user can act on; None otherwise.

    FIELD_NOTES: peewee.InterfaceError (a connection the server closed) is not a DatabaseError,
    so both are looked at; anything else (an IntegrityError the services should have prevented)
    is a defect, for the error dialog and the log."""
    if isinstance(exc, peewee.InterfaceError):
        return LOST
    if not isinstance(exc, peewee.DatabaseError):
        return None
    text = str(exc).lower()
    if "locked" in text or "busy" in text or "could not obtain lock" in text:
        return LOCKED
    if "disk is full" in text or "no space left" in text:
        return FULL
    if "disk i/o error" in text or "unable to open database" in text or "readonly" in text:
        return DISK
    if isinstance(exc, peewee.OperationalError) and (
        "server closed the connection" in text
        or (
            "connection" in text
            and ("refused" in text or "lost" in text or "closed" in text or "timeout" in text)
        )
        or "terminating connection" in text
    ):
        return LOST
    return None


def reset_connection() -> None:
    """After a lost connection: drop it, so the next query opens a fresh one (peewee keeps
    `is_closed()` False after the server hung up)."""
    if database.obj is None:
        return
    with contextlib.suppress(peewee.PeeweeException):  # closing inside a transaction
        database.close()
