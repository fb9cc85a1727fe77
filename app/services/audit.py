"""R10.2: the audit trail. Entries are only ever inserted (the database refuses UPDATE and DELETE
on it, migration 0050), and each carries a hash chained to the entry before it, so the trail can
be verified (`verify_chain`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app import db, permissions
from app.audit_chain import link
from app.models import AuditEntry, Staff

_PG_CHAIN_LOCK = 0x5E_0A_0D17  # one audit writer at a time on PostgreSQL: the chain stays a line


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
    text = json.dumps(
        {k: [_plain(a), _plain(b)] for k, (a, b) in (changes or {}).items()}, ensure_ascii=False
    )
    fields = {
        "at": now,
        "actor": actor,
        "actor_name": actor.name if actor else "",
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id),
        "changes": text,
    }
    with db.write_transaction():
        fields["row_hash"] = link(
            _last_hash(), now, actor.id if actor else None, *(fields[k] for k in _CHAINED[2:])
        )
        AuditEntry.create(**fields)


_CHAINED = ("at", "actor", "actor_name", "action", "entity", "entity_id", "changes")


def _last_hash() -> str:
    if not db.is_sqlite():
        db.database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_CHAIN_LOCK,))
    return AuditEntry.select(AuditEntry.row_hash).order_by(AuditEntry.id.desc()).limit(1).scalar() or ""


def chain_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Bulk rows (the demo's history) with their chained hashes, in the order they will be
    inserted; call inside the transaction that inserts them."""
    previous = _last_hash()
    for row in rows:
        previous = row["row_hash"] = link(
            previous, row["at"], row.get("actor"), *(row.get(k, "") for k in _CHAINED[2:])
        )
    return rows


@dataclass(frozen=True)
class ChainCheck:
    rows: int  # rows checked
    broken_id: int | None  # the first row whose hash does not follow from the rows before it
    broken_at: datetime | None

    @property
    def intact(self) -> bool:
        return self.broken_id is None


def verify_chain(viewer_id: int | None) -> ChainCheck:
    """R10.2: recompute the chain; the first row edited, deleted before or slipped in shows."""
    permissions.require(viewer_id, permissions.VIEW_AUDIT)
    previous, count = "", 0
    q = AuditEntry.select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.actor,
        AuditEntry.actor_name,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.changes,
        AuditEntry.row_hash,
    ).order_by(AuditEntry.id)
    for row_id, at, actor, name, action, entity, entity_id, changes, row_hash in q.tuples().iterator():
        count += 1
        if row_hash != link(previous, at, actor, name, action, entity, entity_id, changes):
            return ChainCheck(count, row_id, at)
        previous = row_hash
    return ChainCheck(count, None, None)


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
    *,
    viewer_id: int | None,
) -> list[AuditRow]:
    """R10.2: the trail, newest first, for the administrator's browser (read only); only a role
    that may view the audit trail reads it."""
    permissions.require(viewer_id, permissions.VIEW_AUDIT)
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
