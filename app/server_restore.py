"""Restoring a server office from one of its `pg_dump` backups (app/server_backup.py).

What the file restore keeps (app/backup.py carry_over, R1.6, R10.2), a server restore keeps too:
every ticket counter's high-water mark (no number is issued twice) and every audit row written
after the backup (re-appended in order, chained on), then one row saying what was kept and one
recording the restore and who made it.

    report = restore_office(dump, url, backup_folder, actor_id, now, progress)

The order, on the worker's own connection:
1. The dump is checked (`pg_restore --list`, and its schema version read from its data: one made
   by a newer program is refused); the tools are found, or ServerToolMissing says what to install.
2. Two session advisory locks are taken: the migration lock (a desk starting now waits in its
   start-up until the restore is done) and the write lock (a save from anywhere waits).
3. Other desks connected to the office database are refused in one sentence naming their
   computers: their screens and half-typed forms would belong to the replaced data. This desk's
   own connections are told apart by the tag every connection carries (app/db.py DESK_TAG).
4. The current state is backed up first (`before-restore` dump), so the restore can be undone.
5. One psql transaction, all or nothing: the live audit trail and counters are copied aside into
   two `restore_keep_*` tables, every office table is dropped (also those a newer program added,
   which the dump does not know), and the dump's script (`pg_restore --clean -f -`) is replayed.
   The dump's extension entries are left out: `pg_trgm` belongs to whoever created it (often the
   server's administrator), so it is created when missing but never dropped.
6. The restored schema is brought up to date (a backup from an older program), and in one write
   transaction the counters and later audit rows are carried over from the copies set aside,
   the restore is recorded, and the copies are dropped.

If step 6 fails, the office holds the backup's data and the `before-restore` dump holds the
state before; the message names it. This desk's window waits while step 5 holds the tables
(a screen reloading at that moment reads once the restore is committed).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import backup, leftovers, server_backup
from app.errors import QT_TRANSLATE_NOOP, ValidationError

STEPS = 4
KEEP_AUDIT = "restore_keep_audit_entry"
KEEP_COUNTERS = "restore_keep_ticket_counter"
_KEY = ("at", "actor_name", "action", "entity", "entity_id", "changes")
_BATCH = 1000
Progress = Callable[[int, int], None]


class RestoreIncomplete(ValidationError):
    """The dump's data is in place, but bringing it up to date or carrying over what came after
    it failed: the state before is in the before-restore backup."""

    def __init__(self, saved: Path, cause: BaseException) -> None:
        lines = str(cause).strip().splitlines()
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup was restored, but what was entered after it could not be carried over "
                "({reason}); the state before the restore is saved as {saved}.",
            ),
            reason=lines[0] if lines else type(cause).__name__,
            saved=str(saved),
        )
        self.saved = saved


@dataclass(frozen=True)
class DumpInfo:
    path: Path
    schema_version: int
    taken_at: datetime | None  # from the file name; None for a file not named by us
    size: int


@dataclass(frozen=True)
class RestoreReport:
    saved: Path  # the before-restore backup of the state the restore replaced
    audit_rows_kept: int
    counters_kept: int


def dump_info(path: Path | str) -> DumpInfo:
    """Check a server backup and read its schema version; refuses a file that is not an office
    dump, or one made by a newer version of the program."""

    path = Path(path)
    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path))
    server_backup.check_dump(path)
    script = server_backup.run_tool(
        [server_backup.tool("pg_restore"), "--data-only", "--table=schema_migration", "--file=-", str(path)],
        dict(os.environ),
    )
    names, in_data = [], False
    for line in script.splitlines():
        if line.startswith("COPY ") and "schema_migration" in line:
            in_data = True
        elif in_data and line == "\\.":
            break
        elif in_data:
            names.append(line.split("\t", 1)[0])
    version = backup.schema_version_of(
        names, path, QT_TRANSLATE_NOOP("errors", "This file is not a backup of an office database.")
    )
    named = backup.parse_name(path, server_backup.SUFFIX)
    return DumpInfo(path, version, named.taken_at if named else None, path.stat().st_size)


def other_desks() -> list[str]:
    """The other desks (and programs) connected to the office database right now, by computer
    name where the program named it, else by program and address; this desk's own connections
    are left out."""
    from app import db

    rows = db.database.execute_sql(
        "SELECT application_name, host(client_addr) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid() "
        "AND backend_type = 'client backend' AND application_name NOT LIKE %s",
        (db.DESK_TAG + "%",),
    ).fetchall()
    names: list[str] = []
    for app_name, address in rows:
        app_name, address = app_name or "", address or ""
        if app_name.startswith("ServiceOffice/"):  # a desk: its computer's name, else its address
            computer = app_name.split(" ", 1)[1] if " " in app_name else ""
            if not computer.strip("?"):  # a name in Chinese arrives as question marks
                computer = address or "?"
        else:
            computer = " ".join(x for x in (app_name, address) if x) or "?"
        if computer not in names:
            names.append(computer)
    return sorted(names)


def refuse_other_desks() -> None:
    desks = other_desks()
    if desks:
        shown = ", ".join(desks[:5]) + ("…" if len(desks) > 5 else "")
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Other desks are connected to the office database ({desks}); close the program there first, then restore.",
            ),
            desks=shown,
        )


def check_restore(dump: Path | str) -> DumpInfo:
    """Before asking the person: the tools are there, the dump is sound, nobody else is connected."""
    for tool in ("pg_dump", "pg_restore", "psql"):
        server_backup.tool(tool)
    info = dump_info(dump)
    refuse_other_desks()
    return info


def restore_office(
    dump: Path | str,
    url: str,
    folder: Path | str,
    actor_id: int | None,
    now: datetime,
    progress: Progress | None = None,
) -> RestoreReport:
    """Replace the office in the connected server database by the dump's (see the module text)."""
    from app import db, permissions
    from app.models import Staff

    step = progress or (lambda _done, _total: None)
    permissions.require(actor_id, permissions.BACKUP)
    info = check_restore(dump)
    database = db.database
    database.execute_sql(
        "SELECT pg_advisory_lock(%s), pg_advisory_lock(%s)", (db.MIGRATION_LOCK_KEY, db.WRITE_LOCK_KEY)
    )
    try:
        refuse_other_desks()  # again, now that no desk can start or save meanwhile
        actor = Staff.get_or_none(Staff.id == actor_id) if actor_id else None
        actor_name = actor.name if actor else ""
        step(1, STEPS)
        saved = server_backup.back_up(url, folder, now, backup.BEFORE_RESTORE)
        step(2, STEPS)
        _replace(info, url, Path(folder))
        step(3, STEPS)
        try:
            from app.migrations import upgrade

            upgrade(database.obj)  # a backup of an older program's schema is brought up to date
            kept, raised = _carry_over(now, actor_id, actor_name, info.path.name, saved.name)
        except Exception as exc:
            raise RestoreIncomplete(saved, exc) from exc
        step(4, STEPS)
    finally:
        database.execute_sql(
            "SELECT pg_advisory_unlock(%s), pg_advisory_unlock(%s)",
            (db.WRITE_LOCK_KEY, db.MIGRATION_LOCK_KEY),
        )
    return RestoreReport(saved, kept, raised)


def _office_tables() -> list[str]:
    from app.models import ALL_MODELS

    return sorted({m._meta.table_name for m in ALL_MODELS} | {"schema_migration"})


def _has_trigram() -> bool:
    """pg_trgm is there, or could be created now (when the dump's lookup indexes need it)."""
    from app import db

    if db.database.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone():
        return True
    try:
        with db.database.atomic():
            db.database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # not installed on the server, or not ours to create
        return False
    return True


def _restore_list(dump: Path) -> str:
    """The dump's table of contents without its extension entries (never dropped or commented
    by us) — and, where pg_trgm cannot be had, without the trigram indexes (lookups still work,
    slower, as on any server without the extension)."""
    listing = server_backup.run_tool(
        [server_backup.tool("pg_restore"), "--list", str(dump)], dict(os.environ)
    )
    lines = listing.splitlines()
    wanted = []
    trigram = None
    for line in lines:
        body = line.split(";", 1)[1] if ";" in line and not line.startswith(";") else ""
        words = body.split()
        what = " ".join(words[2:]) if len(words) > 2 else ""
        if what.startswith(("EXTENSION ", "COMMENT - EXTENSION ")):
            continue
        if KEEP_AUDIT in what or KEEP_COUNTERS in what:
            continue
        if what.startswith("INDEX ") and "_trgm" in what:
            if trigram is None:
                trigram = _has_trigram()
            if not trigram:
                continue
        wanted.append(line)
    return "\n".join(wanted) + "\n"


def _replace(info: DumpInfo, url: str, folder: Path) -> None:
    """Step 5: set the trail and counters aside, drop the office, replay the dump; one transaction."""
    pg_restore, psql = server_backup.tool("pg_restore"), server_backup.tool("psql")
    tables = ", ".join(f'public."{t}"' for t in _office_tables())
    prepare = (
        "SET client_min_messages = warning; "
        f'DROP TABLE IF EXISTS public."{KEEP_AUDIT}", public."{KEEP_COUNTERS}"; '
        f'CREATE TABLE public."{KEEP_AUDIT}" AS SELECT * FROM public."audit_entry"; '
        f'CREATE TABLE public."{KEEP_COUNTERS}" AS SELECT * FROM public."ticket_counter"; '
        f"DROP TABLE IF EXISTS {tables} CASCADE;"
    )
    folder.mkdir(parents=True, exist_ok=True)
    fd, listing = leftovers.new_file(folder, ".office-", ".part")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(_restore_list(info.path))
    args, env = server_backup.connection_args(url)
    restore_args = [pg_restore, "--clean", "--if-exists", "--no-owner", "--no-privileges"]
    psql_args = [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction"]
    try:
        with tempfile.TemporaryFile() as script_errors:
            script = subprocess.Popen(
                [*restore_args, "--use-list", str(listing), "--file=-", str(info.path)],
                stdout=subprocess.PIPE,
                stderr=script_errors,
                env=env,
            )
            try:
                loaded = subprocess.run(
                    [*psql_args, "-c", prepare, "-f", "-", *args],
                    stdin=script.stdout,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    env=env,
                    text=True,
                    timeout=server_backup.TIMEOUT_S,
                )
            except subprocess.TimeoutExpired as exc:
                script.kill()
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The database server did not answer in time; nothing was changed."
                    )
                ) from exc
            finally:
                if script.stdout is not None:
                    script.stdout.close()
                script.wait()
            script_errors.seek(0)
            complaint = script_errors.read().decode("utf-8", "replace")
        if loaded.returncode != 0 or script.returncode != 0:
            lines = (loaded.stderr or complaint or "").strip().splitlines()
            errors = [ln.split("ERROR:", 1)[1].strip() for ln in lines if "ERROR:" in ln]  # not a HINT
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The database tool reported a problem: {reason}"),
                reason=(errors or lines or [str(loaded.returncode or script.returncode)])[-1],
            )
    finally:
        with contextlib.suppress(OSError):
            listing.unlink()


def _carry_over(
    now: datetime, actor_id: int | None, actor_name: str, dump_name: str, saved: str
) -> tuple[int, int]:
    """Step 6: what the restore must not lose, written into the restored office; returns
    (audit rows kept, ticket counters raised)."""
    from app import db
    from app.models import AuditEntry, Staff
    from app.services import audit

    database = db.database
    key = ", ".join(f'"{c}"' for c in _KEY)
    same = " AND ".join(f'h."{c}" = k."{c}"' for c in _KEY)
    with db.write_transaction():
        raised = database.execute_sql(
            'INSERT INTO "ticket_counter" ("branch_code", "day", "last_seq") '
            f'SELECT "branch_code", "day", "last_seq" FROM "{KEEP_COUNTERS}" '
            'ON CONFLICT ("branch_code", "day") DO UPDATE SET "last_seq" = EXCLUDED."last_seq" '
            'WHERE EXCLUDED."last_seq" > "ticket_counter"."last_seq"'
        ).rowcount
        # A live row is already in the restored trail when the same row (by what it says) is
        # there as often: the first n copies of a row match n restored ones, the rest are later.
        later = database.execute_sql(
            f'WITH k AS (SELECT *, row_number() OVER (PARTITION BY {key} ORDER BY "id") AS n FROM "{KEEP_AUDIT}"), '
            f'h AS (SELECT {key}, count(*) AS c FROM "audit_entry" GROUP BY {key}) '
            'SELECT k."at", k."actor_id", k."actor_name", k."action", k."entity", k."entity_id", k."changes" '
            f'FROM k LEFT JOIN h ON {same} WHERE k.n > COALESCE(h.c, 0) ORDER BY k."id"'
        ).fetchall()
        staff = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
        rows = [
            {
                "at": at,
                # a member of staff the backup does not have (or has under another name): the name stays
                "actor": who if who is not None and staff.get(who) == name else None,
                "actor_name": name,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "changes": changes,
            }
            for at, who, name, action, entity, entity_id, changes in later
        ]
        for start in range(0, len(rows), _BATCH):
            batch = audit.chain_rows(rows[start : start + _BATCH])
            AuditEntry.insert_many(batch).execute()
        audit.record(
            None,
            "restore_kept",
            "database",
            "",
            now,
            {"audit_rows_kept": (None, len(rows)), "ticket_counters_kept": (None, raised)},
        )
        changes = {"previous_state": (None, saved)}
        if actor_id is not None and staff.get(actor_id) == actor_name:
            audit.record(actor_id, "restore", "database", dump_name, now, changes)
        else:  # the person restoring is not in the backup: their name is recorded all the same
            row = {
                "at": now,
                "actor": None,
                "actor_name": actor_name,
                "action": "restore",
                "entity": "database",
                "entity_id": dump_name,
                "changes": json.dumps({k: list(v) for k, v in changes.items()}, ensure_ascii=False),
            }
            AuditEntry.insert(audit.chain_rows([row])[0]).execute()
        database.execute_sql(f'DROP TABLE "{KEEP_AUDIT}", "{KEEP_COUNTERS}"')
    return len(rows), raised
