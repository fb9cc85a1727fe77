"""Shared fixtures: every test gets its own database and data folder; Qt runs offscreen."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import db as app_db
from app.services import setup

# A fixed clock for tests: a Monday (2026-11-23), 10:00.
NOW = datetime(2026, 11, 23, 10, 0)

# The second pass of the service tests (.ci/run): TEST_DATABASE=postgresql://postgres@127.0.0.1:5432
# runs every test using `fresh_db` on its own PostgreSQL database, cloned from a migrated
# template created with the office's zh_CN collation. Tests that are about the SQLite file by
# nature carry @pytest.mark.sqlite_only and are skipped in that pass.
TEST_DATABASE = os.environ.get("TEST_DATABASE", "").rstrip("/")
PG_SERVER = TEST_DATABASE or "postgresql://postgres@127.0.0.1:5432"
PG_COLLATION = "zh_CN.utf8"


def pytest_collection_modifyitems(config, items):
    if not TEST_DATABASE:
        return
    skip = pytest.mark.skip(reason="about the SQLite file itself; TEST_DATABASE is a server")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


def _pg_admin():
    """An autocommit connection to the server's `postgres` database, or a skip without a server."""
    psycopg2 = pytest.importorskip("psycopg2")
    from urllib.parse import urlparse

    parsed = urlparse(PG_SERVER)
    try:
        conn = psycopg2.connect(
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 5432,
            user=parsed.username or "postgres",
            password=parsed.password,
            dbname="postgres",
            connect_timeout=3,
        )
    except psycopg2.OperationalError:
        if TEST_DATABASE:
            raise  # the PostgreSQL pass was asked for: no server is a failure, not a skip
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432")
    conn.autocommit = True
    return conn


def create_pg_database(template: str = "template0") -> str:
    """A new database named so_test_<uuid> on the test server, zh_CN-collated; returns its URL."""
    name = f"so_test_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    try:
        if template == "template0":
            admin.cursor().execute(
                f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                f"LC_COLLATE '{PG_COLLATION}' LC_CTYPE '{PG_COLLATION}'"
            )
        else:  # WAL_LOG: a clone of a small template in ~0.1 s, without a checkpoint
            admin.cursor().execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY WAL_LOG')
        # Tests only: a commit need not wait for the disk (86 → 37 ms a registration on this
        # shared machine). Power-loss durability is not what these tests are about.
        admin.cursor().execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    finally:
        admin.close()
    return f"{PG_SERVER}/{name}"


def drop_pg_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    assert name.startswith(("so_test_", "so_tmpl_"))  # only ever the ones the tests created
    admin = _pg_admin()
    try:
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.close()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated, zh_CN-collated database that every PostgreSQL test database is cloned from."""
    url = create_pg_database()
    template = url.rsplit("/", 1)[1]
    name = "so_tmpl_" + template[len("so_test_") :]
    admin = _pg_admin()
    admin.cursor().execute(f'ALTER DATABASE "{template}" RENAME TO "{name}"')
    admin.close()
    url = f"{PG_SERVER}/{name}"
    app_db.connect(url)
    app_db.close()
    yield name
    drop_pg_database(url)


@pytest.fixture
def pg_url(pg_template) -> Iterator[str]:
    """A fresh, migrated office database of its own on the PostgreSQL server (skipped without one)."""
    url = create_pg_database(pg_template)
    yield url
    app_db.close()
    drop_pg_database(url)


@pytest.fixture
def pg_empty_url() -> Iterator[str]:
    """A new, empty (never migrated) zh_CN-collated database on the server."""
    url = create_pg_database()
    yield url
    app_db.close()
    drop_pg_database(url)


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch):
    """600,000 PBKDF2 rounds cost 0.25 s a hash; tests hash with few (stored hashes say how many)."""
    from app import passwords

    monkeypatch.setattr(passwords, "ITERATIONS", 1000)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SERVICE_OFFICE_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def db_url(request, tmp_path) -> str:
    """Where this test's office database is: a SQLite file, or (TEST_DATABASE) a server database."""
    if TEST_DATABASE and not request.node.get_closest_marker("sqlite_only"):
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "office.db")


@pytest.fixture
def fresh_db(db_url):
    """An empty, migrated office database (no branch set up yet)."""
    database = app_db.connect(db_url)
    yield database
    app_db.close()


@pytest.fixture
def office(fresh_db):
    """A migrated database with the branch 'SH' set up; returns the first user's staff id."""
    return setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")


@pytest.fixture
def admin(office):
    """An administrator of the same office: manages staff and settings (app/permissions.py)."""
    from app.models import Staff

    return Staff.create(name="系统管理员", role="admin", created_at=NOW).id


CLI_PASSWORD = "counter-2026"


@pytest.fixture
def cli_sign_in(office, monkeypatch):
    """The headless commands sign in (R10.1a): the office's first user (a manager) gets a
    password, given to the command as a scheduled job would (environment variables)."""
    from app.services import accounts

    accounts.set_password(office, CLI_PASSWORD, CLI_PASSWORD, office, NOW)
    monkeypatch.setenv("SERVICE_OFFICE_USER", "王丽")
    monkeypatch.setenv("SERVICE_OFFICE_PASSWORD", CLI_PASSWORD)
    return office
