"""Sign-in: salted slow hashes, wrong passwords, throttled retries on an injected clock (R10)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from app import passwords
from app.errors import ValidationError
from app.models import AuditEntry, Staff
from app.permissions import PermissionDenied
from app.services import accounts
from tests.conftest import NOW


def test_hashes_are_salted_pbkdf2_with_their_parameters():
    a, b = passwords.hash_password("correct horse"), passwords.hash_password("correct horse")
    assert a != b and a.startswith("pbkdf2_sha256$1000$")
    assert passwords.verify_password("correct horse", a)
    assert not passwords.verify_password("Correct horse", a)
    assert not passwords.verify_password("x", "garbage")


def test_the_production_setting_follows_owasp():
    import importlib

    fresh = importlib.reload(passwords)
    try:
        assert fresh.ITERATIONS >= 600_000
    finally:
        importlib.reload(passwords)


def test_sign_in_with_the_right_password_and_refuse_a_wrong_one(office):
    accounts.set_password(office, "w4ngli-desk", "w4ngli-desk", office, NOW)
    assert accounts.sign_in(office, "w4ngli-desk", NOW).id == office
    with pytest.raises(ValidationError) as err:
        accounts.sign_in(office, "wangli-desk", NOW)
    assert "Wrong password" in err.value.text()


def test_repeated_failures_slow_down_further_attempts(office):
    accounts.set_password(office, "w4ngli-desk", "w4ngli-desk", office, NOW)
    for _ in range(3):
        with pytest.raises(ValidationError):
            accounts.sign_in(office, "nope", NOW)
    with pytest.raises(ValidationError) as err:  # even the right password must wait now
        accounts.sign_in(office, "w4ngli-desk", NOW + timedelta(seconds=1))
    assert "wait 2 seconds" in err.value.text()
    with pytest.raises(ValidationError):
        accounts.sign_in(office, "nope", NOW + timedelta(seconds=3))  # 4th failure: 4 s
    assert accounts.throttle(office).wait_until == NOW + timedelta(seconds=7)
    assert accounts.sign_in(office, "w4ngli-desk", NOW + timedelta(seconds=8)).id == office
    assert accounts.throttle(office).failures == 0


def test_passwords_are_checked_and_never_written_to_the_audit_trail(office):
    with pytest.raises(ValidationError) as err:
        accounts.set_password(office, "short", "short", office, NOW)
    assert err.value.field == "password"
    with pytest.raises(ValidationError) as err:
        accounts.set_password(office, "long enough", "long enougH", office, NOW)
    assert err.value.field == "repeat"
    accounts.set_password(office, "long enough", "long enough", office, NOW)
    trail = " ".join(e.changes for e in AuditEntry.select())
    assert "long enough" not in trail and Staff.get_by_id(office).password_hash not in trail
    assert json.loads(AuditEntry.get(AuditEntry.action == "set_password").changes) == {}


def test_only_an_administrator_sets_someone_elses_password(office, admin):
    other = Staff.create(name="赵师傅", role="technician", created_at=NOW).id
    with pytest.raises(PermissionDenied):
        accounts.set_password(other, "long enough", "long enough", office, NOW)
    accounts.set_password(other, "long enough", "long enough", admin, NOW)
    assert accounts.sign_in(other, "long enough", NOW).name == "赵师傅"


def test_an_old_weaker_hash_is_upgraded_at_sign_in(office, monkeypatch):
    Staff.update(password_hash=passwords.hash_password("long enough", iterations=500)).where(
        Staff.id == office
    ).execute()
    accounts.sign_in(office, "long enough", NOW)
    assert Staff.get_by_id(office).password_hash.startswith("pbkdf2_sha256$1000$")


def test_a_reset_forces_a_change_and_a_change_needs_the_current_password_R10_2(office, admin):
    accounts.set_password(office, "w4ngli-desk", "w4ngli-desk", admin, NOW)  # the administrator resets
    assert accounts.must_change_password(office)
    assert AuditEntry.select().where(AuditEntry.action == "reset_password").count() == 1
    with pytest.raises(ValidationError) as wrong:
        accounts.change_password(office, "not-it-at-all", "new-desk-pw", "new-desk-pw", NOW)
    assert wrong.value.field == "current"
    with pytest.raises(ValidationError) as same:
        accounts.change_password(office, "w4ngli-desk", "w4ngli-desk", "w4ngli-desk", NOW)
    assert same.value.field == "password"
    accounts.change_password(office, "w4ngli-desk", "new-desk-pw", "new-desk-pw", NOW)
    assert not accounts.must_change_password(office)
    assert accounts.sign_in(office, "new-desk-pw", NOW).id == office
