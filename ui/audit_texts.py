"""The audit trail in words (R10.2): each entry as a person would say what happened —
"set 2026-12-03 as a rest day", "changed the Simple repairs limit from 5 working days to 7
working days" — never a code or JSON. Context "audit"; unknown entries fall back to the
changed fields, before → after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.audit import AuditRow
from ui import labels
from ui.appraisal.texts import incident_type_label


def _t(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def _fill(template: str, *values: Any) -> str:
    for i, v in enumerate(values, 1):
        template = template.replace(f"%{i}", str(v))
    return template


def _value(v: Any) -> str:
    if v is None or v == "":
        return "—"
    if isinstance(v, bool):
        return QCoreApplication.translate("audit", "yes") if v else QCoreApplication.translate("audit", "no")
    if isinstance(v, list):
        return ", ".join(_value(x) for x in v)
    if isinstance(v, dict):
        return ", ".join(f"{k} {_value(x)}" for k, x in v.items())
    return str(v)


def _after(row: AuditRow, key: str) -> Any:
    pair = row.changes.get(key)
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else None


def _before(row: AuditRow, key: str) -> Any:
    pair = row.changes.get(key)
    return pair[0] if isinstance(pair, list) and len(pair) == 2 else None


def _limit(text: Any) -> str:
    """ "5 working_days" → "5 working days" in the UI language."""
    if not isinstance(text, str):
        return _value(text)
    parts = text.split(" ")
    if len(parts) == 2:
        return f"{parts[0]} {labels.label('limit_unit', parts[1])}"
    return labels.label("limit_unit", text)


SETTING_NAMES = {
    "penalty.amounts": QT_TRANSLATE_NOOP("audit", "the penalty amounts"),
    "appraisal.weights": QT_TRANSLATE_NOOP("audit", "the appraisal weights"),
    "appraisal.grade_bands": QT_TRANSLATE_NOOP("audit", "the grade bands"),
    "appraisal.incident_points": QT_TRANSLATE_NOOP("audit", "the points of penalties and rewards"),
    "export.mask_phones": QT_TRANSLATE_NOOP("audit", "masking phone numbers in exports"),
    "repeat.window_days": QT_TRANSLATE_NOOP("audit", "the repeat-repair window (days)"),
    "appointment.default_minutes": QT_TRANSLATE_NOOP("audit", "the default appointment length"),
    "sla.warn_hours": QT_TRANSLATE_NOOP("audit", "the warning before a time limit (hours)"),
    "branch.name": QT_TRANSLATE_NOOP("audit", "the office name"),
    "branch.address": QT_TRANSLATE_NOOP("audit", "the office address"),
    "branch.phone": QT_TRANSLATE_NOOP("audit", "the office phone"),
    "backup.folder": QT_TRANSLATE_NOOP("audit", "the backup folder"),
    "security.lock_minutes": QT_TRANSLATE_NOOP("audit", "the idle lock (minutes)"),
}


def _setting(row: AuditRow) -> str:
    if row.entity_id == "sla.limits":
        return "; ".join(
            _fill(
                QCoreApplication.translate("audit", "changed the %1 limit from %2 to %3"),
                labels.label("limit_scope", key),
                _limit(pair[0]),
                _limit(pair[1]),
            )
            for key, pair in row.changes.items()
            if isinstance(pair, list) and len(pair) == 2
        )
    name = SETTING_NAMES.get(row.entity_id)
    name = _t(name) if name else row.entity_id
    return _fill(
        QCoreApplication.translate("audit", "changed %1 from %2 to %3"),
        name,
        _value(_before(row, "value")),
        _value(_after(row, "value")),
    )


_STAFF_FIELDS = {
    "name": QT_TRANSLATE_NOOP("audit", "name"),
    "phone": QT_TRANSLATE_NOOP("audit", "phone"),
    "role": QT_TRANSLATE_NOOP("audit", "role"),
    "department": QT_TRANSLATE_NOOP("audit", "department"),
    "skills": QT_TRANSLATE_NOOP("audit", "skills"),
    "active_from": QT_TRANSLATE_NOOP("audit", "first working day"),
    "active_to": QT_TRANSLATE_NOOP("audit", "last working day"),
}


def _field_changes(row: AuditRow, names: dict[str, str] | None = None) -> str:
    out = []
    for key, pair in row.changes.items():
        if not (isinstance(pair, list) and len(pair) == 2):
            continue
        before, after = pair
        if key == "role":
            before = labels.label("role", before) if before else before
            after = labels.label("role", after) if after else after
        if key == "status":
            before = labels.label("status", before) if before else before
            after = labels.label("status", after) if after else after
        name = _t(names[key]) if names and key in names else key
        out.append(
            _fill(
                QCoreApplication.translate("audit", "%1 from %2 to %3"), name, _value(before), _value(after)
            )
        )
    return "; ".join(out)


def describe(row: AuditRow) -> str:
    """What happened, in words, without the record (shown beside it)."""
    e, a, r = row.entity, row.action, row.record
    if e == "calendar_day" and a == "edit":
        work = _after(row, "is_workday")
        text = _fill(
            QCoreApplication.translate("audit", "set %1 as a working day")
            if work
            else QCoreApplication.translate("audit", "set %1 as a rest day"),
            r,
        )
        note = _after(row, "name")
        return f"{text} ({note})" if note else text
    if e == "calendar" and a == "import":
        return _fill(
            QCoreApplication.translate("audit", "imported the holiday schedule of %1 (%2 days) from %3"),
            r,
            _value(_after(row, "days")),
            _value(_after(row, "file")),
        )
    if e == "setting":
        return _setting(row)
    if e == "staff":
        simple = {
            "sign_in": QCoreApplication.translate("audit", "signed in"),
            "sign_in_failed": QCoreApplication.translate("audit", "a wrong password was typed for %1"),
            "set_password": QCoreApplication.translate("audit", "changed their own password"),
            "reset_password": QCoreApplication.translate(
                "audit", "set a new password for %1 (to be changed at the next sign-in)"
            ),
            "reactivate": QCoreApplication.translate("audit", "made %1 active again"),
        }
        if a in simple:
            return _fill(simple[a], r)
        if a == "add":
            return _fill(
                QCoreApplication.translate("audit", "added %1 as %2"),
                r,
                labels.label("role", _after(row, "role") or ""),
            )
        if a == "deactivate":
            return _fill(
                QCoreApplication.translate("audit", "deactivated %1 (last working day %2)"),
                r,
                _value(_after(row, "active_to")),
            )
        if a == "edit":
            return _fill(
                QCoreApplication.translate("audit", "changed %1: %2"), r, _field_changes(row, _STAFF_FIELDS)
            )
        if a == "incident":
            kind = _after(row, "kind")
            template = (
                QCoreApplication.translate("audit", "recorded a reward for %1: %2, %3 yuan, on %4")
                if kind == "reward"
                else _t("recorded a penalty for %1: %2, %3 yuan, on %4")
            )
            text = _fill(
                template,
                r,
                incident_type_label(_after(row, "type") or ""),
                _value(_after(row, "amount")),
                _value(_after(row, "day")),
            )
            later = _after(row, "counts_in")
            return text + (
                " "
                + _fill(QCoreApplication.translate("audit", "(counts in %1: that month was approved)"), later)
                if later
                else ""
            )
    if e == "ticket":
        if a == "register":
            return _fill(
                QCoreApplication.translate("audit", "registered %1 (%2)"),
                r,
                labels.label("kind", _after(row, "kind") or ""),
            )
        if a == "status":
            return _fill(
                QCoreApplication.translate("audit", "moved %1 from %2 to %3"),
                r,
                labels.label("status", _before(row, "status") or ""),
                labels.label("status", _after(row, "status") or ""),
            )
        if a == "pause":
            return _fill(
                QCoreApplication.translate("audit", "paused the time limits of %1: %2"),
                r,
                _value(_after(row, "pause")),
            )
        if a == "resume":
            return _fill(QCoreApplication.translate("audit", "resumed the time limits of %1"), r)
        if a == "major":
            return _fill(
                QCoreApplication.translate("audit", "marked %1 as a major complaint")
                if _after(row, "major")
                else QCoreApplication.translate("audit", "marked %1 as not major"),
                r,
            )
        if a == "escalate":
            return _fill(
                QCoreApplication.translate("audit", "escalated %1 to %2 as overdue"),
                r,
                labels.label("escalation", _after(row, "escalated_to") or ""),
            )
        if a == "rate":
            return _fill(
                QCoreApplication.translate("audit", "recorded the customer's rating of %1: %2"),
                r,
                _value(_after(row, "ratings")),
            )
        if a == "correct_rating":
            return _fill(
                QCoreApplication.translate(
                    "audit", "corrected the customer's rating of %1 from %2 to %3: %4"
                ),
                r,
                _value(_before(row, "ratings")),
                _value(_after(row, "ratings")),
                _value(_after(row, "reason")),
            )
        if a == "follow_up_unreached":
            return _fill(
                QCoreApplication.translate("audit", "could not reach the customer of %1 for the follow-up"), r
            )
        if a == "stamp":
            return _fill(QCoreApplication.translate("audit", "met a time limit of %1"), r)
    if e == "complaint":
        from app.services.complaints import HistoryEntry
        from ui.complaints.complaint_dialog import _what

        after = {k: v[1] for k, v in row.changes.items() if isinstance(v, list) and len(v) == 2}
        after.pop("responsible_department", None)  # ids here; the record names the ticket
        after.pop("responsible_staff", None)
        return _fill(
            QCoreApplication.translate("audit", "complaint %1: %2"),
            r,
            _what(HistoryEntry(row.at, row.actor, a, after)),
        )
    if e == "work_order":
        simple = {
            "dispatch": QCoreApplication.translate("audit", "dispatched %1"),
            "reschedule": QCoreApplication.translate("audit", "moved the appointment of %1"),
            "record_work": QCoreApplication.translate("audit", "recorded the work done on %1"),
            "report": QCoreApplication.translate("audit", "marked the service report of %1 done"),
            "requeue": QCoreApplication.translate(
                "audit", "returned %1 to the dispatch queue: its technician left"
            ),
            "unassign": QCoreApplication.translate("audit", "took a leaving technician off %1"),
        }
        if a in simple:
            return _fill(simple[a], r)
    if e == "appraisal":
        if a == "approve":
            return _fill(QCoreApplication.translate("audit", "approved the appraisal of %1"), r)
        if a == "adjust":
            return _fill(
                QCoreApplication.translate("audit", "corrected the appraisal %1 by %2 points"),
                r,
                _value(_after(row, "score_delta")),
            )
    if e == "department":
        simple = {
            "add": QCoreApplication.translate("audit", "added the department %1"),
            "rename": QCoreApplication.translate("audit", "renamed the department %1 to %2"),
            "retire": QCoreApplication.translate("audit", "retired the department %1"),
            "restore": QCoreApplication.translate("audit", "brought back the department %1"),
            "delete": QCoreApplication.translate("audit", "deleted the department %1"),
        }
        if a in simple:
            return _fill(
                simple[a],
                _value(_before(row, "name")) if a in ("rename", "delete") else r,
                _value(_after(row, "name")),
            )
    if e == "routing":
        return QCoreApplication.translate("audit", "changed which department handles each cause")
    if e == "branch" and a == "set_up":
        return _fill(QCoreApplication.translate("audit", "set up the office %1"), _value(_after(row, "name")))
    if e == "register" and a == "export":
        return _fill(
            QCoreApplication.translate("audit", "exported %1 (%2 rows) to %3"),
            r,
            _value(_after(row, "rows")),
            _value(_after(row, "file")),
        )
    if e == "form" and a == "print":
        return _fill(QCoreApplication.translate("audit", "printed %1 to %2"), r, _value(_after(row, "file")))
    if e == "training":
        return _fill(
            QCoreApplication.translate("audit", "recorded the training “%1” on %2"),
            _value(_after(row, "topic")),
            _value(_after(row, "day")),
        )
    if e == "warranty_term":
        return _fill(
            QCoreApplication.translate("audit", "changed the warranty term of %1 from %2 to %3 months"),
            labels.label("category", r),
            _value(_before(row, "months")),
            _value(_after(row, "months")),
        )
    if e == "product":
        if a == "replace":
            return _fill(
                QCoreApplication.translate("audit", "replaced unit %1 by %2"),
                _value(_before(row, "serial")),
                r,
            )
        return _fill(QCoreApplication.translate("audit", "added product %1"), r)
    if e == "patrol":
        return QCoreApplication.translate("audit", "recorded a patrol")
    if e == "site_category":
        return _fill(
            QCoreApplication.translate("audit", "changed a site's warranty: %1"), _field_changes(row)
        )
    if e == "warranty_summary":
        return QCoreApplication.translate("audit", "wrote a warranty service summary")
    if e == "database" and a == "restore":  # a file or a server backup (R10.2: kept in the trail)
        saved = _after(row, "previous_state")
        text = _fill(QCoreApplication.translate("audit", "restored the office from the backup %1"), r)
        if saved:
            text += " " + _fill(QCoreApplication.translate("audit", "(the state before saved as %1)"), saved)
        return text
    if e == "database" and a == "restore_kept":
        return _fill(
            QCoreApplication.translate(
                "audit", "kept through a restore — entries written after the backup: %1, ticket counters: %2"
            ),
            _value(_after(row, "audit_rows_kept")),
            _value(_after(row, "ticket_counters_kept")),
        )
    if e == "sites" and a == "import":
        return _fill(
            QCoreApplication.translate("audit", "imported %1 customers and sites from %2"),
            _value(_after(row, "rows")),
            r,
        )
    changes = _field_changes(row)
    return f"{a} {e} {r}" + (f": {changes}" if changes else "")


def who(row: AuditRow) -> str:
    if not row.actor:
        return QCoreApplication.translate("audit", "(nobody signed in)")
    return f"{row.actor} · {labels.label('role', row.actor_role)}" if row.actor_role else row.actor
