"""R10.2: the audit trail. Entries are only ever inserted."""

from __future__ import annotations

import json
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
