"""First run: the branch and the first member of staff."""

from __future__ import annotations

import re
from datetime import datetime

from app import db
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Department, Staff
from app.services import audit, settings

_CODE = re.compile(r"^[A-Z]{2,6}$")


def set_up_branch(name: str, code: str, first_user: str, now: datetime, role: str = "admin") -> int:
    """Record the branch and create the first user; returns that user's staff id."""
    code = code.strip().upper()
    if not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the branch name."), field="branch_name")
    if not _CODE.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The branch code is 2 to 6 Latin letters, e.g. SH; it starts every ticket number."
            ),
            field="branch_code",
        )
    if not first_user.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter your name; you become the first user."), field="first_user"
        )
    with db.write_transaction():
        settings.put(settings.BRANCH_NAME, name.strip())
        settings.put(settings.BRANCH_CODE, code)
        staff = Staff.create(
            name=first_user.strip(),
            role=role,
            department=Department.get_or_none(Department.code == "after_sales"),
            created_at=now,
        )
        audit.record(staff.id, "set_up", "branch", code, now, {"name": (None, name.strip())})
    return staff.id
