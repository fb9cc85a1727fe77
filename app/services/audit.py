"""R10.2: the audit trail. Entries are only ever inserted (the database refuses UPDATE and DELETE
on it, migration 0050), and each carries a hash chained to the entry before it, so the trail can
be verified (`verify_chain`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import fn

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


# Kinds of record a person filters the trail by (R10.2), each the entities it covers.
KINDS: dict[str, tuple[str, ...]] = {
    "tickets": ("ticket", "complaint", "work_order"),
    "staff": ("staff", "training"),
    "appraisal": ("appraisal",),
    "warranty": ("product", "patrol", "site_category", "warranty_summary", "warranty_term", "sites"),
    "settings": ("setting", "calendar_day", "calendar", "department", "routing", "branch"),
    "exports": ("register", "form"),
}


@dataclass(frozen=True)
class AuditRow:
    """One line of the ledger: who (name, role), when, what, on which record (in words)."""

    id: int
    at: datetime
    actor_id: int | None
    actor: str  # the name, with what tells two people of the same name apart
    actor_role: str  # role code, "" for none (e.g. a failed sign-in)
    action: str
    entity: str
    entity_id: str
    record: str  # the record as a person names it: ticket number, staff name, day, month…
    changes: dict[str, Any]  # {field: [before, after]}


def _people(ids: set[int]) -> dict[int, tuple[str, str]]:
    """staff id → (name as shown, role): a name shared by several people gets the phone's last
    four digits (or the staff number) so two 李强 never look the same."""
    staff = list(Staff.select().where(Staff.id.in_(list(ids) or [0])))
    names = [s.name for s in staff]
    shared = {
        n
        for (n,) in Staff.select(Staff.name)
        .where(Staff.name.in_(names or [""]))
        .group_by(Staff.name)
        .having(fn.COUNT(Staff.id) > 1)
        .tuples()
    }
    out = {}
    for s in staff:
        label = s.name
        if s.name in shared:
            label = f"{s.name} ({s.phone[-4:]})" if s.phone else f"{s.name} (No. {s.id})"
        out[s.id] = (label, s.role)
    return out


def _records(entries: list[AuditEntry], people: dict[int, tuple[str, str]]) -> dict[int, str]:
    """entry id → the record it is about, in words."""
    from app.models import Department, Ticket, WorkOrder

    ticket_ids = {int(e.entity_id) for e in entries if e.entity == "ticket" and e.entity_id.isdigit()}
    order_ids = {int(e.entity_id) for e in entries if e.entity == "work_order" and e.entity_id.isdigit()}
    numbers = dict(
        Ticket.select(Ticket.id, Ticket.number).where(Ticket.id.in_(list(ticket_ids) or [0])).tuples()
    )
    orders = dict(
        WorkOrder.select(WorkOrder.id, Ticket.number)
        .join(Ticket)
        .where(WorkOrder.id.in_(list(order_ids) or [0]))
        .tuples()
    )
    depts = dict(Department.select(Department.code, Department.name).tuples())
    out = {}
    for e in entries:
        eid = e.entity_id
        if e.entity == "staff" and eid.isdigit():
            text = people.get(int(eid), (eid, ""))[0]
        elif e.entity == "ticket":
            text = numbers.get(int(eid), eid) if eid.isdigit() else eid
        elif e.entity == "work_order" and eid.isdigit():
            text = orders.get(int(eid), eid)
        elif e.entity == "appraisal" and "/" in eid:
            month, sid = eid.split("/", 1)
            text = f"{month} · {people.get(int(sid), (sid, ''))[0]}" if sid.isdigit() else eid
        elif e.entity == "department":
            text = depts.get(eid, eid)
        else:
            text = eid
        out[e.id] = text
    return out


def browse(
    since: datetime | None = None,
    until: datetime | None = None,
    actor_id: int | None = None,
    text: str = "",
    limit: int = 2000,
    kind: str | None = None,
    *,
    viewer_id: int | None,
) -> list[AuditRow]:
    """R10.2: the trail, newest first, read only: by date range, person, kind of record (KINDS)
    and a text found in the raw entry (the window also filters on the words it shows). Only a
    role that may view the audit trail reads it (R10.1)."""
    permissions.require(viewer_id, permissions.VIEW_AUDIT)
    q = AuditEntry.select().order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if since is not None:
        q = q.where(AuditEntry.at >= since)
    if until is not None:
        q = q.where(AuditEntry.at < until)
    if actor_id is not None:
        q = q.where(AuditEntry.actor == actor_id)
    if kind:
        q = q.where(AuditEntry.entity.in_(list(KINDS.get(kind, (kind,)))))
    if text.strip():
        t = text.strip()
        q = q.where(
            AuditEntry.action.contains(t)
            | AuditEntry.entity.contains(t)
            | AuditEntry.entity_id.contains(t)
            | AuditEntry.changes.contains(t)
            | AuditEntry.actor_name.contains(t)
        )
    entries = list(q.limit(limit))
    ids = {e.actor_id for e in entries if e.actor_id}
    ids |= {int(e.entity_id) for e in entries if e.entity == "staff" and e.entity_id.isdigit()}
    ids |= {
        int(e.entity_id.split("/", 1)[1])
        for e in entries
        if e.entity == "appraisal" and "/" in e.entity_id and e.entity_id.split("/", 1)[1].isdigit()
    }
    people = _people(ids)
    records = _records(entries, people)
    out = []
    for e in entries:
        try:
            changes = json.loads(e.changes or "{}")
        except ValueError:
            changes = {}
        who, role = people.get(e.actor_id, (e.actor_name, "")) if e.actor_id else (e.actor_name, "")
        out.append(
            AuditRow(
                e.id, e.at, e.actor_id, who, role, e.action, e.entity, e.entity_id, records[e.id], changes
            )
        )
    return out
