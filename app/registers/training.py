"""R9 / R8.5: training records 售后人员培训记录表 — sessions in the period and who attended."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP
from app.models import Staff, TrainingAttendance, TrainingSession
from app.registers.base import Register, on_days
from app.registers.period import Period
from app.registers.writer import DATE, INT, NUMBER, Column

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Date"), DATE),
    Column(QT_TRANSLATE_NOOP("registers", "Topic"), width=36),
    Column(QT_TRANSLATE_NOOP("registers", "Trainer")),
    Column(QT_TRANSLATE_NOOP("registers", "Hours"), NUMBER, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Attendees"), INT, total=True),
    Column(QT_TRANSLATE_NOOP("registers", "Names"), width=40),
)


def rows(period: Period):
    sessions = list(
        TrainingSession.select()
        .where(on_days(TrainingSession.day, period))
        .order_by(TrainingSession.day, TrainingSession.id)
    )
    names: dict[int, list[str]] = {}
    q = (
        TrainingAttendance.select(TrainingAttendance.session, Staff.name)
        .join(Staff, on=TrainingAttendance.staff == Staff.id)
        .where(TrainingAttendance.session.in_([s.id for s in sessions] or [0]))
        .order_by(TrainingAttendance.id)
        .tuples()
    )
    for session_id, name in q:
        names.setdefault(session_id, []).append(name)
    for s in sessions:
        who = names.get(s.id, [])
        yield (s.day, s.topic, s.trainer, s.hours, len(who), tuple(who))


def count(period: Period) -> int:
    return TrainingSession.select().where(on_days(TrainingSession.day, period)).count()


REGISTER = Register("training", QT_TRANSLATE_NOOP("registers", "Training records"), COLUMNS, rows, count)
