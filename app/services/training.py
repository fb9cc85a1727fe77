"""R8.5 training sessions and who attended them (售后人员培训记录表)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from app import db, permissions
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Staff, TrainingAttendance, TrainingSession
from app.services import audit


@dataclass(frozen=True)
class SessionRow:
    id: int
    day: date
    topic: str
    trainer: str
    hours: Decimal
    attendee_ids: tuple[int, ...]
    attendees: tuple[str, ...]


def record_session(
    day: date | None,
    topic: str,
    trainer: str,
    hours: str | Decimal | float,
    attendee_ids: list[int],
    actor_id: int | None,
    now: datetime,
) -> int:
    permissions.require(actor_id, permissions.RECORD_TRAINING)
    if day is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the date of the training."), field="day")
    if not topic.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the topic of the training."), field="topic")
    if not trainer.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter who gave the training."), field="trainer")
    try:
        length = Decimal(str(hours)).quantize(Decimal("0.1"))
    except InvalidOperation as err:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the hours as a number, e.g. 2 or 1.5."), field="hours"
        ) from err
    if not Decimal(0) < length <= Decimal(24):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A session lasts more than 0 and at most 24 hours."), field="hours"
        )
    ids = list(dict.fromkeys(attendee_ids))
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Tick who attended."), field="attendees")
    if Staff.select().where(Staff.id.in_(ids)).count() != len(ids):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Tick who attended."), field="attendees")
    with db.write_transaction():
        session = TrainingSession.create(day=day, topic=topic.strip(), trainer=trainer.strip(), hours=length)
        TrainingAttendance.insert_many([{"session": session.id, "staff": i} for i in ids]).execute()
        audit.record(
            actor_id,
            "training",
            "training",
            session.id,
            now,
            {"topic": (None, session.topic), "day": (None, day), "attendees": (None, ids)},
        )
    return session.id


def _rows(q) -> list[SessionRow]:
    sessions = list(q)
    who: dict[int, list[tuple[int, str]]] = {}
    for sid, staff_id, name in (
        TrainingAttendance.select(TrainingAttendance.session, Staff.id, Staff.name)
        .join(Staff, on=TrainingAttendance.staff == Staff.id)
        .where(TrainingAttendance.session.in_([s.id for s in sessions] or [0]))
        .order_by(TrainingAttendance.id)
        .tuples()
    ):
        who.setdefault(sid, []).append((staff_id, name))
    return [
        SessionRow(
            s.id,
            s.day,
            s.topic,
            s.trainer,
            Decimal(s.hours),
            tuple(i for i, _ in who.get(s.id, [])),
            tuple(n for _, n in who.get(s.id, [])),
        )
        for s in sessions
    ]


def sessions(first: date = date.min, last: date = date.max) -> list[SessionRow]:
    """Sessions held first ≤ day ≤ last, newest first."""
    return _rows(
        TrainingSession.select()
        .where((TrainingSession.day >= first) & (TrainingSession.day <= last))
        .order_by(TrainingSession.day.desc(), TrainingSession.id.desc())
    )


def sessions_of(staff_id: int) -> list[SessionRow]:
    """The sessions a member of staff attended, newest first."""
    return _rows(
        TrainingSession.select()
        .join(TrainingAttendance)
        .where(TrainingAttendance.staff == staff_id)
        .order_by(TrainingSession.day.desc(), TrainingSession.id.desc())
    )
