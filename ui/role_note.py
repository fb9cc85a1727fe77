"""What a signed-in role can do, in words — shown where a role may not use a screen's form, in
place of a greyed-out form (R10.1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app import permissions
from ui import labels


def role_summary(staff_id: int | None) -> str:
    role = permissions.role_of(staff_id)
    if role is None:
        return QCoreApplication.translate("RoleNote", "Sign in to work.")
    allowed = permissions.ROLE_PERMISSIONS.get(role, frozenset())
    doings = [
        QCoreApplication.translate("actions", text)
        for action, text in permissions.ACTION_LABELS.items()
        if action in allowed
    ]
    text = (
        QCoreApplication.translate("RoleNote", "You are signed in as %1. You can: %2.")
        .replace("%1", labels.label("role", role))
        .replace("%2", QCoreApplication.translate("RoleNote", "; ").join(doings))
    )
    if permissions.MANAGE_STAFF in allowed:
        text += " " + QCoreApplication.translate(
            "RoleNote",
            "Calls are registered by the counter staff: add them with a first password in "
            "Office ▸ Staff roster.",
        )
    elif permissions.APPROVE_COMPLAINT_PLAN in allowed:
        text += " " + QCoreApplication.translate(
            "RoleNote", "The plans waiting for your approval are on the Plans to approve tab."
        )
    return text


def role_note(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { background: #f3f6fa; border: 1px solid #c9d3df; padding: 16px; }")
    return label
