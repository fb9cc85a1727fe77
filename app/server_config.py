"""Which database server this desk uses, without ever writing its password where it shows.

`server.json` in the user's data folder names host, port, database and user (or, for an office
moved from the server to a file, that file: `use_file`); the password is in
`pgpass.conf` beside it, in libpq's own pgpass format (`host:port:database:user:password`, mode
0600 on POSIX), which libpq reads by itself (`passfile`), so it is never part of a URL, a log
line, the status bar or a process's arguments.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from app.files import save_atomically
from app.paths import user_data_dir


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    database: str
    user: str

    def url(self) -> str:
        """postgresql://user@host:port/database — no password (libpq finds it in pgpass)."""
        return f"postgresql://{quote(self.user, safe='')}@{self.host}:{self.port}/{quote(self.database, safe='')}"


def from_url(url: str) -> Server | None:
    """The server of a postgresql:// URL (its password left out), None for anything else."""
    from urllib.parse import unquote, urlparse

    parsed = urlparse(url)
    if parsed.scheme not in ("postgresql", "postgres") or not parsed.hostname:
        return None
    return Server(
        parsed.hostname, parsed.port or 5432, unquote(parsed.path.lstrip("/")), unquote(parsed.username or "")
    )


def config_path() -> Path:
    return user_data_dir() / "server.json"


def pgpass_path() -> Path:
    return user_data_dir() / "pgpass.conf"


def saved() -> Server | None:
    """The server this desk was set up for, or None (the office file is used)."""
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
        return Server(str(data["host"]), int(data["port"]), str(data["database"]), str(data["user"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(":", "\\:")


def save(server: Server, password: str) -> None:
    """Remember `server` for this desk; its password goes to pgpass.conf only."""
    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    others = []
    with contextlib.suppress(OSError):
        prefix = (
            ":".join(_escape(x) for x in (server.host, str(server.port), server.database, server.user)) + ":"
        )
        others = [
            ln for ln in pgpass_path().read_text(encoding="utf-8").splitlines() if not ln.startswith(prefix)
        ]
    line = ":".join(
        _escape(x) for x in (server.host, str(server.port), server.database, server.user, password)
    )

    # 0600 from the first byte: libpq ignores a pgpass file others can read, and so should we.
    tmp = pgpass_path().with_suffix(".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("\n".join([*others, line]) + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, pgpass_path())
    body = json.dumps(server.__dict__, ensure_ascii=False, indent=1)
    save_atomically(config_path(), lambda tmp: tmp.write_text(body, encoding="utf-8"), own_file=True)


def forget() -> None:
    """Go back to the office file on this desk (the server and its data stay as they are)."""
    with contextlib.suppress(FileNotFoundError):
        config_path().unlink()


def use_file(path: Path | str) -> None:
    """This desk works on the office file at `path` from its next start (an office moved from
    the server to a file: File ▸ Database server…); the server is forgotten, not changed."""
    body = json.dumps({"file": str(Path(path).resolve())}, ensure_ascii=False, indent=1)
    user_data_dir().mkdir(parents=True, exist_ok=True)
    save_atomically(config_path(), lambda tmp: tmp.write_text(body, encoding="utf-8"), own_file=True)


def saved_file() -> Path | None:
    """The office file chosen with use_file, or None (the default file, or a server)."""
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
        return Path(data["file"]) if isinstance(data, dict) and data.get("file") else None
    except (OSError, ValueError, TypeError):
        return None


def desk_database(default_file: Path | str) -> str:
    """What this desk opens when no --db is given: the server it was set up for, else the office
    file chosen for it, else `default_file`."""
    server = saved()
    if server is not None:
        return server.url()
    return str(saved_file() or default_file)


def passfile() -> str | None:
    """The pgpass file for libpq's `passfile` setting, when there is one."""
    path = pgpass_path()
    return str(path) if path.exists() else None


def url_with_password(server: Server, password: str) -> str:
    """For this process only (moving the office): never shown, logged or stored."""
    auth = quote(server.user, safe="") + (":" + quote(password, safe="") if password else "")
    return f"postgresql://{auth}@{server.host}:{server.port}/{quote(server.database, safe='')}"


@dataclass(frozen=True)
class Probe:
    ok: bool
    detail: str  # the server's version, or its first line of complaint
    holds_office: bool = False


def probe(server: Server, password: str) -> Probe:
    """Try the connection (5 s at most); say whether the database already holds an office."""
    import psycopg2

    try:
        conn = psycopg2.connect(
            host=server.host,
            port=server.port,
            dbname=server.database,
            user=server.user,
            password=password or None,
            connect_timeout=5,
        )
    except psycopg2.Error as exc:
        lines = str(exc).strip().splitlines()
        return Probe(False, lines[0] if lines else type(exc).__name__)
    try:
        cur = conn.cursor()
        cur.execute("SHOW server_version")
        version = cur.fetchone()[0]
        cur.execute("SELECT to_regclass('public.staff') IS NOT NULL")
        has_tables = cur.fetchone()[0]
        holds = False
        if has_tables:
            cur.execute("SELECT EXISTS (SELECT 1 FROM staff)")
            holds = bool(cur.fetchone()[0])
        return Probe(True, version, holds)
    finally:
        conn.close()
