"""R10.1a: a demo office is only ever made in a brand-new, empty database (`main.py demo PATH`,
or the first run's tick box); never mixed into an office in use, never a published password on
real staff."""

from __future__ import annotations

import pytest

from app import cli, passwords
from app import db as app_db
from app.demo import DEMO_PASSWORD, fill_demo_office
from app.errors import ValidationError
from app.models import Customer, Staff, Ticket
from app.services import settings
from tests.app.factories import register
from tests.conftest import NOW


def test_demo_command_makes_a_new_office_where_everyone_has_the_demo_password_R10_1a(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert cli.main(["demo", str(path), "--lang", "zh_CN"], now=NOW) == 0
    assert "demo1234" in capsys.readouterr().out
    app_db.connect(str(path))
    try:
        assert settings.branch().code == "SH" and settings.branch().name == "上海浦东售后服务部"
        staff = list(Staff.select())
        assert len(staff) == 16 and {s.role for s in staff} >= {"admin", "manager", "receptionist"}
        assert all(passwords.verify_password(DEMO_PASSWORD, s.password_hash) for s in staff)
        assert Ticket.select().count() == 1500 and Customer.select().count() == 300
    finally:
        app_db.close()


def test_demo_command_refuses_a_path_that_exists_and_leaves_it_alone_R10_1a(tmp_path, capsys):
    desk = tmp_path / "desk"
    desk.mkdir()
    path = desk / "office.db"
    path.write_bytes(b"the real office")
    assert cli.main(["demo", str(path), "--lang", "en"], now=NOW) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == b"the real office"
    assert sorted(p.name for p in desk.iterdir()) == ["office.db"]


def test_demo_fill_refuses_an_office_in_use_and_changes_nothing_R10_1a(office):
    register(office)  # one real ticket, one real customer
    real = Staff.create(name="李强", role="receptionist", created_at=NOW)
    with pytest.raises(ValidationError, match="new, empty database"):
        fill_demo_office(NOW, customers=5, tickets=10)
    assert Ticket.select().count() == 1 and Customer.select().count() == 1
    assert Staff.select().count() == 2 and Staff.get_by_id(real.id).password_hash == ""


def test_demo_fill_refuses_staff_without_tickets_too_R10_1a(office):
    """An office that has staff but no tickets yet is in use: the old check let it through."""
    Staff.create(name="李强", role="receptionist", created_at=NOW)
    with pytest.raises(ValidationError):
        fill_demo_office(NOW, customers=5, tickets=10)
    assert Staff.get(Staff.name == "李强").password_hash == "" and Staff.select().count() == 2
