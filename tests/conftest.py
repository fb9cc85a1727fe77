"""Shared fixtures: every test gets its own database and data folder; Qt runs offscreen."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import db as app_db
from app.services import setup

# A fixed clock for tests: a Monday (2026-11-23), 10:00.
NOW = datetime(2026, 11, 23, 10, 0)


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
def fresh_db(tmp_path):
    """An empty, migrated office database (no branch set up yet)."""
    database = app_db.connect(str(tmp_path / "office.db"))
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
