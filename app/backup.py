"""Backups of the office's SQLite database: online copies, rotation, checks and restore (issue 7).

A backup is made with SQLite's online backup API, so it is consistent while the program (or
another connection) keeps writing; it is written to a temporary file in the target folder, checked
with `PRAGMA integrity_check` and only then renamed into place, so a pulled USB drive or a crash
never leaves a half backup under a backup's name. Backups are named
`office-YYYYMMDD-HHMM-<kind>.db`; only files with such names are ever rotated or deleted.

PostgreSQL offices are backed up by the database server; nothing here applies to them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import leftovers
from app.errors import QT_TRANSLATE_NOOP, ValidationError

FOLDER_KEY = "backup.folder"
KEEP_DAILY_KEY = "backup.keep_daily"
KEEP_WEEKLY_KEY = "backup.keep_weekly"
KEEP_MONTHLY_KEY = "backup.keep_monthly"
DEFAULT_KEEP = {KEEP_DAILY_KEY: 7, KEEP_WEEKLY_KEY: 4, KEEP_MONTHLY_KEY: 12}

DAILY, EXIT, MANUAL, BEFORE_RESTORE, DAMAGED = "daily", "exit", "manual", "before-restore", "damaged"
KINDS = (DAILY, EXIT, MANUAL, BEFORE_RESTORE, DAMAGED)
# Made by the program on its own: these are thinned out by rotation. A backup a person asked
# for, the state before a restore and a damaged file set aside stay until someone deletes them.
AUTOMATIC_KINDS = (DAILY, EXIT)


def _name_pattern(suffix: str) -> re.Pattern[str]:
    """Backup names: `.db` files of the SQLite office, `.dump` files of a server office
    (app/server_backup.py), rotated alike."""
    kinds = "|".join(re.escape(k) for k in KINDS)
    return re.compile(r"^office-(\d{8})-(\d{4})-(" + kinds + r")(?:-(\d+))?" + re.escape(suffix) + "$")


_NAME = _name_pattern(".db")
_BUSY_MS = 10000
STALE_PART_SECONDS = 24 * 3600


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    kind: str


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    schema_version: int
    taken_at: datetime | None  # from the file name; None for a file not named by us
    size: int


def parse_name(path: Path, suffix: str = ".db") -> BackupFile | None:
    """The backup a file name describes, or None for any file that is not one of ours."""
    match = (_NAME if suffix == ".db" else _name_pattern(suffix)).match(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M")
    except ValueError:
        return None
    return BackupFile(path, taken_at, match.group(3))


def list_backups(folder: Path | str, suffix: str = ".db") -> list[BackupFile]:
    """Our backup files in `folder`, newest first (an absent folder has none)."""
    folder = Path(folder)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in (parse_name(p, suffix) for p in entries if p.is_file()) if b is not None]
    pattern = _NAME if suffix == ".db" else _name_pattern(suffix)

    def newest_first(b: BackupFile) -> tuple[datetime, int]:
        match = pattern.match(b.path.name)
        return b.taken_at, int(match.group(4) or 1) if match else 1

    return sorted(found, key=newest_first, reverse=True)


def _target_name(folder: Path, now: datetime, kind: str, suffix: str = ".db") -> Path:
    stem = f"office-{now:%Y%m%d-%H%M}-{kind}"
    target, n = folder / f"{stem}{suffix}", 1
    while target.exists():  # two backups of one kind in one minute: keep both
        n += 1
        target = folder / f"{stem}-{n}{suffix}"
    return target


target_name = _target_name


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _read_only_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=ro"


def _copy_database(source: sqlite3.Connection, target: Path, thorough: bool = True) -> None:
    """Online copy of `source` into the new file `target`, checked, in rollback-journal mode.

    `thorough` runs `integrity_check` (also cross-checks every index against its table: 13 s of
    a 14 s backup at 1M tickets); otherwise `quick_check`, which still reads every page and
    verifies its structure — what a copy made by SQLite's own backup API needs checked."""
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)  # one step: a consistent snapshot even while others write (WAL)
        dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        rows = dest.execute("PRAGMA integrity_check" if thorough else "PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The copy failed its integrity check: {detail}"),
                detail="; ".join(str(r[0]) for r in rows[:3]),
            )
    finally:
        dest.close()


def thorough_check_due(folder: Path | str, now: datetime, kind: str) -> bool:
    """Whether a backup of `kind` runs the full integrity check: a backup a person asked for
    always; the exit backup never (closing must be quick); the daily one once a week — the first
    daily backup of each ISO week in `folder`."""
    if kind == EXIT:
        return False
    if kind != DAILY:
        return True
    week = now.isocalendar()[:2]
    return not any(b.kind == DAILY and b.taken_at.isocalendar()[:2] == week for b in list_backups(folder))


def back_up(
    db_path: Path | str, folder: Path | str, now: datetime, kind: str = MANUAL, thorough: bool | None = None
) -> Path:
    """Copy the live database `db_path` into `folder` as a checked backup; returns its path.

    `thorough` (the full integrity check) defaults to `thorough_check_due`.

    Raises OSError when the folder cannot be written (a USB drive that was pulled out),
    ValidationError when the database cannot be read or the copy is not sound.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind: {kind}")
    db_path, folder = Path(db_path), Path(folder)
    if not db_path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no database file at {path} to back up."), path=str(db_path)
        )
    folder.mkdir(parents=True, exist_ok=True)
    if thorough is None:
        thorough = thorough_check_due(folder, now, kind)
    fd, tmp = leftovers.new_file(
        folder, ".office-", ".part"
    )  # a killed backup's .part goes at the next start
    os.close(fd)
    try:
        source = sqlite3.connect(str(db_path), timeout=_BUSY_MS / 1000)
        try:
            _copy_database(source, tmp, thorough)
        except sqlite3.DatabaseError as err:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The database could not be read for a backup: {detail}"),
                detail=str(err),
            ) from err
        finally:
            source.close()
        _fsync_file(tmp)
        target = _target_name(folder, now, kind)
        os.replace(tmp, target)
        _fsync_dir(folder)
        return target
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def set_aside(db_path: Path | str, folder: Path | str, now: datetime) -> Path:
    """Copy a damaged database file (and its write-ahead log) aside byte for byte, unchecked."""
    db_path, folder = Path(db_path), Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = _target_name(folder, now, DAMAGED)
    fd, tmp_path = leftovers.new_file(folder, ".office-", ".part")
    os.close(fd)
    tmp_name = str(tmp_path)
    try:
        shutil.copyfile(db_path, tmp_name)
        _fsync_file(Path(tmp_name))
        os.replace(tmp_name, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
    wal = Path(f"{db_path}-wal")
    if wal.is_file() and wal.stat().st_size:
        shutil.copyfile(wal, Path(f"{target}-wal"))
    _fsync_dir(folder)
    return target


def rotate(
    folder: Path | str,
    keep_daily: int = 7,
    keep_weekly: int = 4,
    keep_monthly: int = 12,
    now: datetime | None = None,
    suffix: str = ".db",
) -> list[Path]:
    """Thin out the automatic backups in `folder`; returns the files deleted.

    Kept: the newest backup of each of the newest `keep_daily` days, of each of the newest
    `keep_weekly` ISO weeks and of each of the newest `keep_monthly` months. Backups dated after
    `now` (a clock put back) are kept, and so are backups a person asked for. A temporary file of a
    backup cut off by a crash is removed after a day. Other files in the folder are never touched.
    """
    automatic = [b for b in list_backups(folder, suffix) if b.kind in AUTOMATIC_KINDS]  # newest first
    keep: set[Path] = set()
    for count, bucket in (
        (keep_daily, lambda t: t.date()),
        (keep_weekly, lambda t: t.isocalendar()[:2]),
        (keep_monthly, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for b in automatic:
            key = bucket(b.taken_at)
            if key in seen:
                continue
            if len(seen) >= max(0, int(count)):
                break
            seen.append(key)
            keep.add(b.path)
    deleted: list[Path] = []
    for part in Path(folder).glob(".office-*.part"):  # left by a backup cut off by a crash
        with contextlib.suppress(OSError):
            if time.time() - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()
                deleted.append(part)
    for b in automatic:
        if b.path in keep or (now is not None and b.taken_at > now):
            continue
        try:
            b.path.unlink()
        except OSError:
            continue
        deleted.append(b.path)
    return deleted


def backup_due_today(folder: Path | str, now: datetime, suffix: str = ".db") -> bool:
    """True until a backup dated today is in `folder` (the first start of the day makes one)."""
    return not any(
        b.taken_at.date() == now.date() and b.kind != DAMAGED for b in list_backups(folder, suffix)
    )


def schema_version_of(migrations: Iterable[str], path: Path, not_an_office: str) -> int:
    """The schema version a backup's applied migrations say (file or server dump alike);
    ValidationError when there is none (`not_an_office`, may name {path}) or it is newer than
    this program knows."""
    from app.migrations import latest_version

    version = max((int(n[:4]) for n in migrations if str(n)[:4].isdigit()), default=0)
    if version == 0:
        raise ValidationError(not_an_office, path=str(path))
    if version > latest_version():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup {path} was made by a newer version of the program (schema {version}); update the program first.",
            ),
            path=str(path),
            version=version,
        )
    return version


def check_backup(path: Path | str) -> BackupInfo:
    """Open `path` read-only and make sure it is a sound office database this program can use.

    Raises ValidationError with a message for the person choosing the file otherwise.
    """

    path = Path(path)
    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path))
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True, timeout=_BUSY_MS / 1000)
    except sqlite3.Error as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {path} cannot be opened: {detail}"),
            path=str(path),
            detail=str(err),
        ) from err
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as err:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file {path} is not an office database."), path=str(path)
            ) from err
        if rows != [("ok",)]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The backup {path} is damaged and cannot be used."),
                path=str(path),
            )
        has_versions = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'"
        ).fetchone()
        if not has_versions:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file {path} is not an office database."), path=str(path)
            )
        names = [r[0] for r in conn.execute('SELECT "name" FROM "schema_migration" ORDER BY "name"')]
    except sqlite3.DatabaseError as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {path} is not an office database."), path=str(path)
        ) from err
    finally:
        conn.close()
    version = schema_version_of(
        names, path, QT_TRANSLATE_NOOP("errors", "The file {path} is not an office database.")
    )
    named = parse_name(path)
    return BackupInfo(path, version, named.taken_at if named else None, path.stat().st_size)


def newest_healthy_backup(folder: Path | str) -> Path | None:
    """The newest backup in `folder` that passes check_backup (damaged files set aside skipped)."""
    for b in list_backups(folder):
        if b.kind == DAMAGED:
            continue
        try:
            check_backup(b.path)
        except ValidationError:
            continue
        return b.path
    return None


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def carry_over(live: Path, staged: Path, now: datetime) -> tuple[int, int]:
    """What a restore of an older backup must not lose (R1.6, R10.2, R5.7), written into the
    staged copy before it replaces the live database:

    - every ticket counter's high-water mark, so no ticket number is ever issued twice;
    - every audit row of the live database the backup does not have, re-appended in order
      (chained on, when the backup's trail is chained), then one row recording the restore.

    Returns (counters raised, audit rows kept). A live file that cannot be read (damaged) gives
    nothing to carry: it is set aside byte for byte instead (save_current_state).
    """
    from app.audit_chain import link

    try:
        src = sqlite3.connect(_read_only_uri(live), uri=True, timeout=_BUSY_MS / 1000)
    except sqlite3.Error:
        return 0, 0
    try:
        counters = src.execute('SELECT "branch_code", "day", "last_seq" FROM "ticket_counter"').fetchall()
        src_cols = _columns(src, "audit_entry")
        src_rows = src.execute(
            "SELECT " + ", ".join(f'"{c}"' for c in src_cols) + ' FROM "audit_entry" ORDER BY "id"'
        ).fetchall()
    except sqlite3.DatabaseError:
        return 0, 0
    finally:
        src.close()
    dst = sqlite3.connect(str(staged))
    try:
        with dst:
            raised = 0
            for code, day, seq in counters:
                cur = dst.execute(
                    'INSERT INTO "ticket_counter" ("branch_code", "day", "last_seq") VALUES (?, ?, ?) '
                    'ON CONFLICT ("branch_code", "day") DO UPDATE SET "last_seq" = excluded."last_seq" '
                    'WHERE excluded."last_seq" > "ticket_counter"."last_seq"',
                    (code, day, seq),
                )
                raised += cur.rowcount
            dst_cols = _columns(dst, "audit_entry")
            key_cols = ["at", "actor_name", "action", "entity", "entity_id", "changes"]
            have: dict[tuple, int] = {}
            for row in dst.execute("SELECT " + ", ".join(f'"{c}"' for c in key_cols) + ' FROM "audit_entry"'):
                have[row] = have.get(row, 0) + 1
            staff = {sid: name for sid, name in dst.execute('SELECT "id", "name" FROM "staff"')}
            chained = "row_hash" in dst_cols
            last = dst.execute('SELECT * FROM "audit_entry" ORDER BY "id" DESC LIMIT 1').fetchone()
            previous = dict(zip(dst_cols, last, strict=True)).get("row_hash", "") if last else ""
            copy_cols = [c for c in src_cols if c in dst_cols and c not in ("id", "row_hash")]
            kept = 0

            def append(values: dict) -> None:
                nonlocal previous
                if chained:
                    previous = values["row_hash"] = link(
                        previous,
                        values.get("at"),
                        values.get("actor_id"),
                        *(
                            values.get(k, "")
                            for k in ("actor_name", "action", "entity", "entity_id", "changes")
                        ),
                    )
                cols = list(values)
                names = ", ".join('"' + c + '"' for c in cols)
                marks = ", ".join("?" for _ in cols)
                dst.execute(
                    f'INSERT INTO "audit_entry" ({names}) VALUES ({marks})', [values[c] for c in cols]
                )

            for row in src_rows:
                values = dict(zip(src_cols, row, strict=True))
                key = tuple(values.get(c) for c in key_cols)
                if have.get(key):
                    have[key] -= 1
                    continue
                out = {c: values[c] for c in copy_cols}
                if out.get("actor_id") is not None and staff.get(out["actor_id"]) != out.get("actor_name"):
                    out["actor_id"] = None  # that member of staff is not in the backup: the name stays
                append(out)
                kept += 1
            append(
                {
                    "at": now.isoformat(sep=" "),
                    "actor_id": None,
                    "actor_name": "",
                    "action": "restore_kept",
                    "entity": "database",
                    "entity_id": "",
                    "changes": json.dumps(
                        {"audit_rows_kept": [None, kept], "ticket_counters_kept": [None, raised]}
                    ),
                }
            )
    finally:
        dst.close()
    return raised, kept


def stage_restore(backup_path: Path | str, db_path: Path | str, now: datetime | None = None) -> Path:
    """Copy a checked backup to a temporary file beside `db_path`, ready for swap_in, with what
    the live database must not lose carried over into it (carry_over).

    Does not touch the live database, so it may run while the program still has it open.
    """
    check_backup(backup_path)
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, staged = leftovers.new_file(db_path.parent, f".{db_path.name}-", ".restore")
    os.close(fd)
    try:
        source = sqlite3.connect(_read_only_uri(Path(backup_path)), uri=True, timeout=_BUSY_MS / 1000)
        try:
            _copy_database(source, staged)
        finally:
            source.close()
        if db_path.is_file():
            carry_over(db_path, staged, now or datetime.now().replace(microsecond=0))
        _fsync_file(staged)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    return staged


def swap_in(staged: Path | str, db_path: Path | str) -> None:
    """Put a staged copy in place of the live database. The caller has closed every connection.

    The old write-ahead log and shared-memory files go first: left beside the new file they would
    be replayed into it. (The caller backed the old state up before this.)
    """
    db_path = Path(db_path)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()
    os.replace(staged, db_path)
    _fsync_dir(db_path.parent)


def save_current_state(db_path: Path | str, folder: Path | str, now: datetime) -> Path | None:
    """A before-restore backup of the live database; a damaged one is set aside byte for byte."""
    db_path = Path(db_path)
    if not db_path.is_file():
        return None
    try:
        return back_up(db_path, folder, now, BEFORE_RESTORE)
    except ValidationError:
        return set_aside(db_path, folder, now)


def restore(
    backup_path: Path | str, db_path: Path | str, backup_folder: Path | str, now: datetime
) -> Path | None:
    """Replace the database at `db_path` by the backup at `backup_path`.

    The chosen file is checked first; then the current state is saved to `backup_folder` (kind
    "before-restore", or "damaged" when it can no longer be read as a database); then the backup
    replaces the live file atomically. Returns where the previous state was saved (None when there
    was no database). The caller has closed its connection and reconnects afterwards.
    """
    check_backup(backup_path)
    saved = save_current_state(db_path, backup_folder, now)
    staged = stage_restore(backup_path, db_path, now)
    try:
        swap_in(staged, db_path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(staged).unlink()
        raise
    return saved


# -- Settings (read from the connected office database) -------------------------------------------


def default_folder() -> Path:
    from app.paths import user_data_dir

    return user_data_dir() / "backups"


def configured_folder() -> Path:
    """The backup folder the administrator chose (default: `backups` in the data folder)."""
    from app.services import settings

    value = settings.get(FOLDER_KEY, "")
    return Path(value) if value else default_folder()


def rotation_counts() -> tuple[int, int, int]:
    from app.services import settings

    def count(key: str) -> int:
        try:
            return max(0, int(settings.get(key, DEFAULT_KEEP[key])))
        except (TypeError, ValueError):
            return DEFAULT_KEEP[key]

    return count(KEEP_DAILY_KEY), count(KEEP_WEEKLY_KEY), count(KEEP_MONTHLY_KEY)


def set_folder(folder: Path | str, actor_id: int | None, now: datetime) -> None:
    """The administrator chooses the backup folder (audited, R10.2)."""
    from app import db, permissions
    from app.services import audit, settings

    permissions.require(actor_id, permissions.BACKUP)
    text = str(Path(folder))
    with db.write_transaction():
        old = settings.get(FOLDER_KEY, "")
        if old == text:
            return
        settings.put(FOLDER_KEY, text)
        audit.record(actor_id, "edit", "setting", FOLDER_KEY, now, {"value": (old, text)})


def folder_in_file(db_path: Path | str) -> Path | None:
    """The configured backup folder read straight from a database file not (yet) connected.

    Used at start-up, before the database is opened, and tolerant of a damaged file: None when
    it cannot be read or no folder was chosen.
    """
    import json

    try:
        conn = sqlite3.connect(_read_only_uri(Path(db_path)), uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute('SELECT "value" FROM "setting" WHERE "key" = ?', (FOLDER_KEY,)).fetchone()
        value = json.loads(row[0]) if row else ""
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
    return Path(value) if isinstance(value, str) and value else None


def run_backup(
    db_path: Path | str, now: datetime, kind: str, folder: Path | str | None = None
) -> tuple[Path, list[Path]]:
    """back_up + rotate with the office's settings; returns the backup and the files rotated out."""
    folder = Path(folder) if folder is not None else configured_folder()
    made = back_up(db_path, folder, now, kind)
    daily, weekly, monthly = rotation_counts()
    return made, rotate(folder, daily, weekly, monthly, now)
