"""Filling an office with the demo branch: the one entry point, in one transaction."""

from __future__ import annotations

import contextlib
import json
import math
import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app import db, passwords
from app import workflow as wf
from app.demo.plans import (
    DEMO_PASSWORD,
    HISTORY_DAYS,
    DemoSummary,
    Plan,
    SiteInfo,
)
from app.demo.staff_records import fill_staff_records
from app.demo.writing import Builder
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import (
    AuditEntry,
    Customer,
    FollowUpVisit,
    Reschedule,
    SatisfactionRating,
    Staff,
    Ticket,
    WorkOrderPart,
    WorkOrderTechnician,
)
from app.services import audit


def _insert_chunked(model, rows: list[dict], size: int = 500) -> None:
    for i in range(0, len(rows), size):
        model.insert_many(rows[i : i + size]).execute()


def office_has_tickets() -> bool:
    """The demo only fills an office that holds no tickets yet."""
    return Ticket.select().exists()


def is_brand_new_office() -> bool:
    """R10.1a: a demo office is only ever made in a brand-new, empty database — no tickets, no
    customers, and no member of staff but the one the first run has just created."""
    return not Ticket.select().exists() and not Customer.select().exists() and Staff.select().count() <= 1


def not_new_error() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "A demo office is only made in a new, empty database, and this one already holds data. "
            "Nothing was changed; to try the demo, start with a new database file.",
        )
    )


DEMO_BRANCH = {
    "zh_CN": ("上海浦东售后服务部", "演示管理员"),
    "en": ("Shanghai Pudong After-Sales", "Demo Admin"),
}


def make_demo_file(
    path: Path,
    now: datetime,
    lang: str = "en",
    progress: Callable[[int, int], None] | None = None,
    tickets: int | None = None,
    years: float | None = None,
) -> DemoSummary:
    """A new demo office file at `path` (branch SH; every member of staff signs in with the demo
    password). Refuses a path that exists; a failed fill leaves no file behind. `tickets` and
    `years` make an office of any size and age (customers follow: one per five tickets)."""
    path = Path(path)
    sidecars = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    if any(p.exists() for p in sidecars):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} already exists; the demo office is only made in a new file. Choose another name.",
            ),
            field="path",
            path=str(path),
        )
    from app.services import setup

    branch, admin = DEMO_BRANCH.get(lang, DEMO_BRANCH["en"])
    try:
        db.connect(str(path))
        setup.set_up_branch(branch, "SH", admin, now, role="admin")
        if tickets is None and years is None:
            summary = fill_demo_office(now, progress=progress)
        else:
            summary = fill_demo_office(
                now,
                customers=None,
                tickets=1500 if tickets is None else tickets,
                years=years,
                progress=progress,
            )
        db.close()
    except BaseException:
        db.close()
        for p in sidecars:
            with contextlib.suppress(OSError):
                p.unlink()
        raise
    return summary


ORDERS_PER_TICKET = 0.7  # repairs and complaints that go on site
ORDERS_PER_TECHNICIAN_DAY = 2  # of the 6 two-hour slots: room left for skills and urgent ones


def technicians_needed(tickets: int, history_days: int) -> int:
    """Technicians to add to the branch's 8 active ones, so that a bigger or denser office still
    finds free windows for its work orders (60,000 tickets with 9 technicians ran out)."""
    per_day = tickets / max(1, history_days)
    return max(0, math.ceil(per_day * ORDERS_PER_TICKET / ORDERS_PER_TECHNICIAN_DAY) - 8)


def fill_demo_office(
    now: datetime,
    seed: int = 7,
    customers: int | None = 300,
    tickets: int = 1500,
    progress: Callable[[int, int], None] | None = None,
    years: float | None = None,
) -> DemoSummary:
    """Fill a set-up office (branch code set) with a demo branch; all in one transaction.

    `years` spreads the tickets over that many years (default ~18 months); `customers=None`
    takes one customer per five tickets (at least 300). Technicians are added as the tickets per
    day need them."""
    history_days = int(years * 365) if years else HISTORY_DAYS
    if customers is None:
        customers = max(300, tickets // 5)
    if tickets > 0 and customers < 1:
        raise ValueError("a demo with tickets needs at least one customer")
    rng = random.Random(seed)
    with db.write_transaction():
        if not is_brand_new_office():  # checked inside the transaction another desk cannot enter
            raise not_new_error()
        b = Builder(now, rng, history_days)
        staff = b.make_staff(technicians_needed(tickets, history_days))
        sites = b.make_customers(customers)
        specs = b.specs(tickets)
        plans: list[Plan] = []
        recent: list[tuple[int, SiteInfo, str, datetime, str]] = []
        # decided in order of receipt, so repeat repairs (R4.7) look back at earlier tickets
        for received, i in sorted((t, i) for i, t in enumerate(b.received_times(specs))):
            plan = b.choose(specs[i], received, sites, recent)
            b.build(plan)
            if plan.spec.kind == "repair" and "completed_at" in plan.times:
                recent.append(
                    (len(plans), plan.site, plan.category, plan.times["completed_at"], plan.problem)
                )
            plans.append(plan)
        order = sorted(range(len(plans)), key=lambda i: (plans[i].received_at, i))
        out: dict[str, list] = {
            "techs": [],
            "parts": [],
            "ratings": [],
            "follow_ups": [],
            "reschedules": [],
            "audit": [],
        }
        repeat_ids: dict[int, int] = {}
        by_status: Counter[str] = Counter()
        for done, i in enumerate(order, start=1):
            b.write(plans[i], repeat_ids, i, out)
            by_status[plans[i].state] += 1
            if progress is not None and (done % 50 == 0 or done == len(order)):
                progress(done, len(order))
        _insert_chunked(WorkOrderTechnician, out["techs"])
        _insert_chunked(WorkOrderPart, out["parts"])
        _insert_chunked(SatisfactionRating, out["ratings"])
        _insert_chunked(FollowUpVisit, out["follow_ups"])
        _insert_chunked(Reschedule, out["reschedules"])
        _insert_chunked(
            AuditEntry,
            audit.chain_rows(  # R10.2: the demo's history is chained like every other row
                [
                    {
                        "at": at,
                        "actor": actor,
                        "actor_name": b.staff_names.get(actor, "") if actor else "",
                        "action": "status",
                        "entity": "ticket",
                        "entity_id": number,
                        "changes": json.dumps(changes, ensure_ascii=False),
                    }
                    for at, actor, number, changes in out["audit"]
                ]
            ),
        )
        fill_staff_records(random.Random(seed + 1), now)
        # Every demo member of staff can sign in with the demo password (README); one hash
        # serves them all, since 600,000 rounds per person would slow the fill.
        Staff.update(password_hash=passwords.hash_password(DEMO_PASSWORD)).where(
            Staff.password_hash == ""
        ).execute()
    return DemoSummary(
        staff=staff,
        customers=customers,
        sites=len(sites),
        tickets=len(plans),
        by_status={s: by_status.get(s, 0) for s in wf.STATES},
    )
