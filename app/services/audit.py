"""R10.2: the audit trail. Entries are only ever inserted."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.models import AuditEntry, Staff


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(
    actor_id: int | None,
    action: str,
    entity: str,
    entity_id: object,
    now: datetime,
    changes: dict[str, tuple[Any, Any]] | None = None,
) -> None:
    actor = Staff.get_or_none(Staff.id == actor_id) if actor_id else None
    AuditEntry.create(
        at=now,
        actor=actor,
        actor_name=actor.name if actor else "",
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        changes=json.dumps(
            {k: [_plain(a), _plain(b)] for k, (a, b) in (changes or {}).items()}, ensure_ascii=False
        ),
    )


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    changes: str


def browse(
    since: datetime | None = None,
    until: datetime | None = None,
    actor_id: int | None = None,
    text: str = "",
    limit: int = 2000,
) -> list[AuditRow]:
    """R10.2: the trail, newest first, for the administrator's browser (read only)."""
    q = AuditEntry.select().order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if since is not None:
        q = q.where(AuditEntry.at >= since)
    if until is not None:
        q = q.where(AuditEntry.at < until)
    if actor_id is not None:
        q = q.where(AuditEntry.actor == actor_id)
    if text.strip():
        t = text.strip()
        q = q.where(
            AuditEntry.action.contains(t)
            | AuditEntry.entity.contains(t)
            | AuditEntry.entity_id.contains(t)
            | AuditEntry.changes.contains(t)
        )
    return [AuditRow(e.at, e.actor_name, e.action, e.entity, e.entity_id, e.changes) for e in q.limit(limit)]
