"""Opening the office database: URL parsing, SQLite pragmas, location checks, migrations."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from app.errors import DatabaseLocationError, DatabaseUnavailable

database = peewee.DatabaseProxy()

# FIELD_NOTES: WAL + FULL keeps every commit the user was told about, even on power loss.
SQLITE_PRAGMAS = (
    ("busy_timeout", 10000),  # first: the WAL switch below may have to wait for another desk
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
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


# Advisory lock keys (any 64-bit numbers, fixed for every desk of every version).
WRITE_LOCK_KEY = 0x53_4F_57_52  # "SOWR": one writer at a time, as SQLite's IMMEDIATE
MIGRATION_LOCK_KEY = 0x53_4F_4D_49  # "SOMI": one desk migrates, the others wait
# Every committed write transaction on the server notifies this channel (other desks listen).
CHANGE_CHANNEL = "service_office_changes"


def _desk_name() -> str:
    """This computer's name as the server shows it (printable ASCII only; at most 40 chars)."""
    import socket

    try:
        name = socket.gethostname()
    except OSError:
        name = ""
    return "".join(c if " " <= c <= "~" else "?" for c in name)[:40]


# Every connection of this process names itself: "ServiceOffice/<tag> <computer>". A restore
# (app/server_backup.py) tells this desk's own connections from other desks' by the tag, and
# names the other desks by their computer.
DESK_TAG = "ServiceOffice/" + os.urandom(3).hex()

# libpq settings: a dead server is noticed in seconds, not after the OS's two-hour TCP timeout.
PG_CONNECT_PARAMS = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 20,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "application_name": f"{DESK_TAG} {_desk_name()}".strip(),
}

_state_listeners: list[Callable[[bool], None]] = []
_online = True
_state_lock = threading.Lock()


def on_connection_state(callback: Callable[[bool], None]) -> None:
    """Call `callback(online)` whenever the server connection is lost or back.

    It is called on whichever thread noticed, from inside peewee's connect: it must not use the
    database itself (the window queues it to its event loop)."""
    _state_listeners.append(callback)


def remove_connection_state_listener(callback: Callable[[bool], None]) -> None:
    with contextlib.suppress(ValueError):
        _state_listeners.remove(callback)


def _report(online: bool) -> None:
    global _online
    with _state_lock:
        changed = online != _online
        _online = online
    if changed:
        for callback in list(_state_listeners):
            callback(online)


def is_online() -> bool:
    return _online


def _connection_lost(db: peewee.Database, exc: Exception) -> bool:
    """True when `exc` means the server connection is gone (not a bad statement)."""
    if isinstance(exc, peewee.InterfaceError):
        return True
    if not isinstance(exc, peewee.OperationalError):
        return False
    conn = db._state.conn
    if conn is None or getattr(conn, "closed", 0):
        return True
    text = str(exc).lower()
    return any(
        s in text
        for s in (
            "server closed the connection",
            "terminating connection",
            "connection not open",
            "could not connect",
        )
    )


class OfficePostgresqlDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL that survives a dropped connection.

    FIELD_NOTES: after the server drops a connection, psycopg2 raises InterfaceError (not a
    DatabaseError) and peewee keeps the dead connection. Outside a transaction a statement is
    retried once on a fresh connection; inside one, nothing is retried (its earlier statements
    are gone with the connection) and DatabaseUnavailable tells the user nothing was saved.
    """

    listening_thread: int | None = None  # the thread whose connection LISTENs (the window's)

    def _connect(self):
        try:
            conn = super()._connect()
        except peewee.OperationalError:
            _report(False)
            raise
        if self.listening_thread == threading.get_ident():
            # Also after a reconnect: LISTEN belongs to the connection, not the desk.
            conn.cursor().execute(f'LISTEN "{CHANGE_CHANNEL}"')
        _report(True)
        return conn

    def other_desks_changed(self) -> bool:
        """Whether another connection committed a write since the last call (cheap: reads what
        the socket already holds, no round trip)."""
        if self.listening_thread != threading.get_ident():
            self.listening_thread = threading.get_ident()
            if not self.is_closed():
                self.execute_sql(f'LISTEN "{CHANGE_CHANNEL}"')
            return False
        if self.is_closed() or self.in_transaction():
            return False
        conn = self._state.conn
        try:
            conn.poll()
        except Exception:  # a dead socket: the next statement reconnects
            _report(False)
            return False
        own = conn.get_backend_pid()
        news = [n for n in conn.notifies if n.pid != own]
        conn.notifies.clear()
        return bool(news)

    def drop_connection(self) -> None:
        """Forget the current connection, whatever its state (no ROLLBACK on a dead socket)."""
        with self._lock:
            conn = self._state.conn
            self._state.reset()
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def reconnect(self) -> None:
        self.drop_connection()
        try:
            self.connect()
        except peewee.OperationalError as exc:
            raise DatabaseUnavailable() from exc

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except (peewee.InterfaceError, peewee.OperationalError) as exc:
            if not _connection_lost(self, exc):
                raise
            _report(False)
            if self.in_transaction():
                raise DatabaseUnavailable() from exc
            self.reconnect()
            return super().execute_sql(sql, params)

    def ensure_connected(self) -> None:
        """Before a transaction: a cheap round trip that reconnects when the server dropped us."""
        if self.is_closed():
            try:
                self.connect()
            except peewee.OperationalError as exc:
                raise DatabaseUnavailable() from exc
            return
        self.execute_sql("SELECT 1")


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
        params: dict[str, object] = dict(PG_CONNECT_PARAMS)
        if not parsed.password:
            from app import server_config

            passfile = server_config.passfile()  # File ▸ Database server… keeps the password there
            if passfile:
                params["passfile"] = passfile
        return OfficePostgresqlDatabase(
            unquote(parsed.path.lstrip("/")) or "postgres",
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 5432,
            **params,
        )
    raise ValueError(f"unsupported database URL: {url_or_path}")


_current_url = ""


def current_url() -> str:
    """What the office database was opened from (may hold a password: never show or log it)."""
    return _current_url


def connect(url_or_path: str, migrate: bool = True) -> peewee.Database:
    """Open the database, bind the models to it and bring its schema up to date."""
    global _current_url
    db = open_database(url_or_path)
    _current_url = url_or_path
    _data_version.clear()  # another file's change counter says nothing about this one
    database.initialize(db)
    _open(db)
    if migrate:
        from app.migrations import upgrade

        upgrade(db)
    return db


def _open(db: peewee.Database) -> None:
    """Connect; on SQLite, retry a start that lost the race for the file's first WAL switch.

    Two desks opening a new (rollback-journal) file at once both read it, then both ask for the
    exclusive lock `journal_mode=wal` needs: SQLite refuses one of them at once with "database is
    locked" instead of waiting (its busy handler is skipped where waiting could deadlock)."""
    deadline = time.monotonic() + 10
    while True:
        try:
            db.connect(reuse_if_open=True)
            return
        except peewee.OperationalError as err:
            if not isinstance(db, peewee.SqliteDatabase) or "locked" not in str(err):
                raise
            if not db.is_closed():
                db.close()
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def close() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


_data_version: dict[int, int] = {}


def other_desks_changed() -> bool:
    """True when another desk (or another connection of this one: a worker, the headless CLI)
    committed a write since the last call on this thread; the window polls it about once a
    second and reloads its screens. PostgreSQL: the NOTIFY of every write transaction;
    SQLite: `PRAGMA data_version`, which moves only for other connections' commits."""
    db = database.obj
    if db is None:
        return False
    if isinstance(db, OfficePostgresqlDatabase):
        return db.other_desks_changed()
    if not isinstance(db, peewee.SqliteDatabase) or db.is_closed() or db.in_transaction():
        return False
    version = db.execute_sql("PRAGMA data_version").fetchone()[0]
    key = threading.get_ident()
    before = _data_version.get(key)
    _data_version[key] = version
    return before is not None and version != before


def server_reachable(db: peewee.Database) -> bool:
    """A fresh, short-lived connection to the server works (any thread; changes no state)."""
    if not isinstance(db, OfficePostgresqlDatabase):
        return True
    try:
        conn = db._adapter.connect(db, **db.connect_params)
    except Exception:
        return False
    conn.close()
    return True


def is_sqlite(db: peewee.Database | None = None) -> bool:
    target = db if db is not None else database.obj
    return isinstance(target, peewee.SqliteDatabase)


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """A transaction that takes the office's write lock at once, on both backends.

    SQLite: a deferred transaction that reads first and writes later can fail with SQLITE_BUSY
    under WAL when another desk wrote meanwhile; IMMEDIATE waits instead.
    PostgreSQL: READ COMMITTED lets two desks both see a technician's window free and both book
    it (FIELD_NOTES). A transaction-scoped advisory lock taken first makes writers queue like
    SQLite's: every check-then-write decision (R4.1 booking, dispatching a ticket once, a state
    change) then reads what the previous writer committed. One lock means one fixed order, so no
    deadlock; readers never wait for it.
    """
    db = database.obj
    if is_sqlite(db):
        with db.atomic("IMMEDIATE"):
            yield
        return
    outermost = not db.in_transaction()
    if outermost and isinstance(db, OfficePostgresqlDatabase):
        db.ensure_connected()
    try:
        with db.atomic():
            if outermost:
                # The NOTIFY is delivered at COMMIT only (never for a rolled-back save), so other
                # desks reload when the data is there to read; same round trip as the lock.
                db.execute_sql(
                    "SELECT pg_advisory_xact_lock(%s), pg_notify(%s, '')", (WRITE_LOCK_KEY, CHANGE_CHANNEL)
                )
            yield
    except (peewee.InterfaceError, peewee.OperationalError) as exc:
        if isinstance(db, OfficePostgresqlDatabase) and _connection_lost(db, exc):
            db.drop_connection()
            raise DatabaseUnavailable() from exc
        raise
    except DatabaseUnavailable:
        if isinstance(db, OfficePostgresqlDatabase):
            db.drop_connection()
        raise


# What went wrong with the database, in the words the window explains (ui/operations.py).
LOCKED, LOST, FULL, DISK = "locked", "lost", "full", "disk"


def failure_kind(exc: BaseException) -> str | None:
    """LOCKED, LOST, FULL or DISK for a database failure the user can act on; None otherwise.

    FIELD_NOTES: peewee.InterfaceError (a connection the server closed) is not a DatabaseError,
    so both are looked at; anything else (an IntegrityError the services should have prevented)
    is a defect, for the error dialog and the log."""
    if isinstance(exc, (peewee.InterfaceError, DatabaseUnavailable)):
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
    if isinstance(database.obj, OfficePostgresqlDatabase):
        database.obj.drop_connection()  # no ROLLBACK sent down a dead socket
        return
    with contextlib.suppress(peewee.PeeweeException):  # closing inside a transaction
        database.close()


def optimize() -> None:
    """`PRAGMA optimize` at a quiet moment (the program runs it when the window closes, before
    the exit backup): SQLite refreshes the statistics of the tables this connection's queries
    would plan better with; `analysis_limit` bounds the work on a large office. The hot queries
    are written so that fresh statistics do not slow them (tests/app/test_ticket_list_search)."""
    if is_sqlite() and not database.is_closed():
        database.execute_sql("PRAGMA analysis_limit=400")
        database.execute_sql("PRAGMA optimize")


def display_name(url_or_path: str) -> str:
    """The database as the status bar may show it: a file path, or user@host:port/db for a
    server — never a password."""
    if sqlite_path_from(url_or_path) is not None:
        return url_or_path
    parsed = urlparse(url_or_path)
    user = f"{unquote(parsed.username)}@" if parsed.username else ""
    port = f":{parsed.port}" if parsed.port else ""
    return f"{user}{parsed.hostname or ''}{port}{parsed.path}"
