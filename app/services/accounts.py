"""Sign-in (R10.2: every action is attributable): passwords and throttled attempts.

Failed attempts are counted per member of staff in the shared settings, so a desk restart
does not reset them; after three failures each further attempt waits twice as long as the
last (2 s, 4 s, 8 s … at most 5 minutes). The clock is a parameter, so tests never sleep.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app import db, passwords
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Staff
from app.services import audit, settings

MIN_LENGTH = 8
FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300


def _key(staff_id: int) -> str:
    return f"signin.failures.{staff_id}"


@dataclass(frozen=True)
class SignedIn:
    """Who signed in."""

    id: int
    name: str
    role: str


@dataclass(frozen=True)
class Throttle:
    failures: int
    wait_until: datetime | None


def throttle(staff_id: int) -> Throttle:
    data = settings.get(_key(staff_id), None) or {}
    until = data.get("wait_until")
    return Throttle(int(data.get("failures", 0)), datetime.fromisoformat(until) if until else None)


def check_new_password(password: str, repeated: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password needs at least {n} characters."),
            field="password",
            n=MIN_LENGTH,
        )
    if password != repeated:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The two passwords differ; type the same one twice."), field="repeat"
        )


def _must_change_key(staff_id: int) -> str:
    return f"signin.must_change.{staff_id}"


def must_change_password(staff_id: int) -> bool:
    """A password set or reset by the administrator is changed by its owner at the next sign-in."""
    return bool(settings.get(_must_change_key(staff_id), False))


def set_password(staff_id: int, password: str, repeated: str, actor_id: int | None, now: datetime) -> None:
    """Set a password. Only the person themself or a member of staff who manages staff may; one
    set by someone else (a first password, a reset) must be changed at the owner's next sign-in."""
    from app import permissions

    if actor_id != staff_id:
        permissions.require(actor_id, permissions.MANAGE_STAFF)
    check_new_password(password, repeated)
    with db.write_transaction():
        _store_password(staff_id, password, forced=actor_id != staff_id)
        # never the password itself
        audit.record(
            actor_id, "set_password" if actor_id == staff_id else "reset_password", "staff", staff_id, now
        )


def _store_password(staff_id: int, password: str, forced: bool) -> None:
    """Inside the caller's transaction."""
    Staff.update(password_hash=passwords.hash_password(password)).where(Staff.id == staff_id).execute()
    settings.put(_must_change_key(staff_id), forced)
    settings.put(_key(staff_id), {"failures": 0, "wait_until": None})


def change_password(staff_id: int, current: str, password: str, repeated: str, now: datetime) -> None:
    """Everyone changes their own password (File ▸ Change password), knowing the current one."""
    staff = Staff.get_or_none((Staff.id == staff_id) & (Staff.active == True))  # noqa: E712
    if staff is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Sign in first."))
    if not staff.password_hash or not passwords.verify_password(current, staff.password_hash):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The current password is wrong. Check Caps Lock and try again."),
            field="current",
        )
    check_new_password(password, repeated)
    if password == current:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a new password different from the current one."),
            field="password",
        )
    with db.write_transaction():
        _store_password(staff_id, password, forced=False)
        audit.record(staff_id, "set_password", "staff", staff_id, now)


def sign_in(staff_id: int, password: str, now: datetime) -> SignedIn:
    """The signed-in member of staff, or ValidationError (wrong password, or wait first)."""
    staff = Staff.get_or_none((Staff.id == staff_id) & (Staff.active == True))  # noqa: E712
    if staff is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose your name from the list."), field="user")
    t = throttle(staff_id)
    if t.wait_until is not None and now < t.wait_until:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Too many wrong passwords: wait {seconds} seconds and try again."),
            field="password",
            seconds=int((t.wait_until - now).total_seconds()) + 1,
        )
    if not staff.password_hash:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No password is set for you yet; ask the administrator to set one."),
            field="password",
        )
    if not passwords.verify_password(password, staff.password_hash):
        failures = t.failures + 1
        wait = None
        if failures >= FREE_ATTEMPTS:
            wait = now + timedelta(seconds=min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_WAIT_SECONDS))
        with db.write_transaction():  # committed before refusing: the count must survive the error
            settings.put(
                _key(staff_id), {"failures": failures, "wait_until": wait.isoformat() if wait else None}
            )
            audit.record(None, "sign_in_failed", "staff", staff_id, now)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Wrong password. Check Caps Lock and try again."), field="password"
        )
    with db.write_transaction():
        if t.failures:
            settings.put(_key(staff_id), {"failures": 0, "wait_until": None})
        if passwords.needs_rehash(staff.password_hash):
            Staff.update(password_hash=passwords.hash_password(password)).where(
                Staff.id == staff_id
            ).execute()
        audit.record(staff_id, "sign_in", "staff", staff_id, now)
    return SignedIn(staff.id, staff.name, staff.role)


def sign_in_choices() -> list[tuple[int, str, str]]:
    """(id, name, role) of active staff, for the sign-in list."""
    q = Staff.select(Staff.id, Staff.name, Staff.role).where(Staff.active == True).order_by(Staff.name)  # noqa: E712
    return [(s.id, s.name, s.role) for s in q]
