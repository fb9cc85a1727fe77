"""Backups of an office on a PostgreSQL server: `pg_dump` (custom format) into the backup folder.

The same folder, names and rotation as the file backups (app/backup.py), with `.dump` files:
`office-20261123-1000-daily.dump`. A dump is written to a temporary file, checked with
`pg_restore --list` (a truncated or foreign file fails), then renamed into place, so a backup
name never holds half a dump. Restoring one is app/server_restore.py. Where `pg_dump` (or
`pg_restore`, `psql`) is not installed, ServerToolMissing says what to install.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

from app import backup, leftovers
from app.errors import QT_TRANSLATE_NOOP, ValidationError

SUFFIX = ".dump"
TIMEOUT_S = 3600


class ServerToolMissing(ValidationError):
    def __init__(self, tool: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{tool} was not found. Install the PostgreSQL client tools of the server's version "
                "(Windows: the PostgreSQL installer's 'Command Line Tools'; Debian/Ubuntu: "
                "postgresql-client) and start the program again.",
            ),
            tool=tool,
        )


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ServerToolMissing(name)
    return found


def connection_args(url: str) -> tuple[list[str], dict[str, str]]:
    """libpq arguments for `url`; a password goes by environment, never on the command line
    (other users can read a process's arguments)."""
    parsed = urlparse(url)
    args = ["--host", parsed.hostname or "127.0.0.1", "--port", str(parsed.port or 5432)]
    if parsed.username:
        args += ["--username", unquote(parsed.username)]
    env = dict(os.environ)
    from app import server_config

    if not parsed.password and server_config.passfile() and "PGPASSFILE" not in env:
        env["PGPASSFILE"] = server_config.passfile()  # type: ignore[assignment]
    if parsed.password:
        env["PGPASSWORD"] = unquote(parsed.password)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return [*args, "--dbname", parsed.path.lstrip("/") or "postgres"], env


def run_tool(command: list[str], env: dict[str, str]) -> str:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The database server did not answer in time; nothing was changed.")
        ) from exc
    if done.returncode != 0:
        lines = (done.stderr or "").strip().splitlines()
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The database tool reported a problem: {reason}"),
            reason=lines[-1] if lines else str(done.returncode),
        )
    return done.stdout


def list_dumps(folder: Path | str) -> list[backup.BackupFile]:
    """Our server backups in `folder`, newest first (named like the file backups, `.dump`)."""
    return backup.list_backups(folder, SUFFIX)


def check_dump(path: Path | str) -> int:
    """The number of entries in a dump's table of contents; refuses a file that is not a dump."""
    listing = run_tool([tool("pg_restore"), "--list", str(path)], dict(os.environ))
    entries = [line for line in listing.splitlines() if line and not line.startswith(";")]
    if not entries:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This file is not a backup of an office database."))
    return len(entries)


def back_up(url: str, folder: Path | str, now: datetime, kind: str = backup.MANUAL) -> Path:
    """pg_dump the office into `folder`; returns the checked backup file."""
    pg_dump = tool("pg_dump")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = backup.target_name(folder, now, kind, SUFFIX)
    fd, tmp = leftovers.new_file(folder, ".office-", ".part")
    os.close(fd)
    try:
        args, env = connection_args(url)
        run_tool(
            [
                pg_dump,
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--exclude-table=restore_keep_*",  # what a restore that did not finish set aside
                "--file",
                str(tmp),
                *args,
            ],
            env,
        )
        check_dump(tmp)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return target


def run_backup(
    url: str, now: datetime, kind: str, folder: Path | str | None = None
) -> tuple[Path, list[Path]]:
    """back_up + rotate with the office's settings, as app.backup.run_backup does for a file."""
    folder = Path(folder) if folder is not None else backup.configured_folder()
    made = back_up(url, folder, now, kind)
    daily, weekly, monthly = backup.rotation_counts()
    return made, backup.rotate(folder, daily, weekly, monthly, now, suffix=SUFFIX)
