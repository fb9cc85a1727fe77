"""Several desks at once on one PostgreSQL server: the rules hold under real races.

Each desk is a real process with its own connection, released together by a barrier every round,
so the check-then-write decisions (is the technician free? is the ticket still waiting? which
state is it in now?) really do overlap. Without the write lock of app.db.write_transaction,
READ COMMITTED let 50 of 50 rounds double-book one technician (FIELD_NOTES).
"""

from __future__ import annotations

import json
import multiprocessing as mp
from datetime import datetime, timedelta

import pytest

from app import db as app_db
from app import migrations
from app.models import AuditEntry, Staff, Ticket, WorkOrder, WorkOrderTechnician
from app.services import setup
from tests.conftest import NOW

pytestmark = pytest.mark.postgres

BASE = datetime(2026, 11, 24, 0, 0)


def _window(r: int) -> tuple[datetime, datetime]:
    """Round r's appointment window: one hour, never overlapping another round's."""
    start = BASE + timedelta(hours=2 * r)
    return start, start + timedelta(hours=1)


def _register(actor: int, desk: int, i: int) -> int:
    from app.services import intake
    from tests.app.factories import new_ticket_input

    data = new_ticket_input(
        actor,
        new_customer=intake.CustomerInput(f"客户{desk}-{i}", [f"138{desk:04d}{i:04d}"]),
        new_site=intake.SiteInput(f"浦东新区张杨路{desk}{i}号", "浦东新区", f"HT{desk}{i}", "翻新"),
    )
    return intake.register_ticket(data, NOW).ticket_id


def _tickets(actor: int, desk: int, count: int) -> list[int]:
    """`count` registered repair tickets, in one transaction (a commit per ticket is slow on a
    busy server, and the race is about dispatching them, not registering them)."""
    with app_db.write_transaction():
        return [_register(actor, desk, i) for i in range(count)]


def _book_desk(url, desk, tickets, actor, tech, barrier, results) -> None:
    """Books its own ticket of each round onto the one technician, in the round's window."""
    from app.errors import ValidationError
    from app.services import dispatch

    app_db.connect(url)
    mine = tickets[desk]
    won = []
    for r in range(len(mine)):
        barrier.wait()
        try:
            dispatch.assign(mine[r], [tech], *_window(r), actor, NOW)
            won.append(r)
        except ValidationError:
            pass
    results.put((desk, won))
    app_db.close()


def _dispatch_desk(url, desk, tickets, actor, techs, barrier, results) -> None:
    """Dispatches every shared ticket to this desk's own technician, as another supervisor does."""
    from app.errors import ValidationError
    from app.services import dispatch

    app_db.connect(url)
    won = []
    for r, ticket in enumerate(tickets):
        barrier.wait()
        try:
            dispatch.assign(ticket, [techs[desk]], *_window(r), actor, NOW)
            won.append(r)
        except ValidationError:
            pass
    results.put((desk, won))
    app_db.close()


def _move_desk(url, desk, tickets, actor, techs, barrier, results) -> None:
    """Even desks dispatch each shared ticket, odd desks cancel it, at the same moment."""
    from app.errors import ValidationError
    from app.services import dispatch
    from app.services import work_orders as wo

    app_db.connect(url)
    won = []
    for r, ticket in enumerate(tickets):
        barrier.wait()
        try:
            if desk % 2 == 0:
                dispatch.assign(ticket, [techs[desk]], *_window(r), actor, NOW)
            else:
                wo.cancel_ticket(ticket, f"客户来电取消 {desk}", actor, NOW)
            won.append(r)
        except ValidationError:
            pass
    results.put((desk, won))
    app_db.close()


def _run(target, desks: int, *args) -> dict[int, list[int]]:
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(desks)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=target, args=(*args[:1], d, *args[1:], barrier, results)) for d in range(desks)
    ]
    for p in procs:
        p.start()
    out = dict(results.get(timeout=300) for _ in procs)
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    return out


def _office(url: str, technicians: int) -> tuple[int, list[int]]:
    app_db.connect(url)
    actor = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    techs = [Staff.create(name=f"师傅{i}", role="technician", created_at=NOW).id for i in range(technicians)]
    return actor, techs


def _live_orders_of(tech: int) -> list[tuple[datetime, datetime]]:
    q = (
        WorkOrder.select(WorkOrder.window_start, WorkOrder.window_end)
        .join(WorkOrderTechnician)
        .where((WorkOrderTechnician.staff == tech) & (WorkOrder.status != "cancelled"))
        .tuples()
    )
    return sorted(q)


@pytest.mark.parametrize(("desks", "rounds"), [(2, 200), (4, 50)])
def test_desks_racing_to_book_one_technician_never_double_book_R4_1(pg_url, desks, rounds):
    actor, (tech,) = _office(pg_url, 1)
    tickets = [_tickets(actor, d, rounds) for d in range(desks)]
    app_db.close()
    won = _run(_book_desk, desks, pg_url, tickets, actor, tech)
    app_db.connect(pg_url)
    # Hand-worked: every round has one window and `desks` tickets wanting it; exactly one gets it.
    winners = sorted(r for rs in won.values() for r in rs)
    assert winners == list(range(rounds))
    assert _live_orders_of(tech) == [_window(r) for r in range(rounds)]
    assert Ticket.select().where(Ticket.status == "registered").count() == (desks - 1) * rounds


@pytest.mark.parametrize("desks", [2, 4])
def test_supervisors_dispatching_one_ticket_at_once_make_one_work_order_R4_1(pg_url, desks):
    actor, techs = _office(pg_url, desks)
    tickets = _tickets(actor, 9, 30)
    app_db.close()
    won = _run(_dispatch_desk, desks, pg_url, tickets, actor, techs)
    app_db.connect(pg_url)
    assert sorted(r for rs in won.values() for r in rs) == list(range(30))
    for ticket in tickets:
        assert WorkOrder.select().where(WorkOrder.ticket == ticket).count() == 1
        assert Ticket.get_by_id(ticket).status == "dispatched"


@pytest.mark.parametrize("desks", [2, 4])
def test_a_ticket_moved_by_several_desks_at_once_loses_no_state_change_R4_8(pg_url, desks):
    actor, techs = _office(pg_url, desks)
    tickets = _tickets(actor, 9, 30)
    app_db.close()
    _run(_move_desk, desks, pg_url, tickets, actor, techs)
    app_db.connect(pg_url)
    for ticket_id in tickets:
        ticket = Ticket.get_by_id(ticket_id)
        # The audit trail is one unbroken chain registered → … → the ticket's state: no desk
        # changed the state from one it did not see.
        chain = [
            json.loads(e.changes)["status"]
            for e in AuditEntry.select()
            .where((AuditEntry.entity == "ticket") & (AuditEntry.entity_id == ticket.number))
            .where(AuditEntry.action == "status")
            .order_by(AuditEntry.id)
        ]
        state = "registered"
        for old, new in chain:
            assert old == state
            state = new
        assert state == ticket.status
        live = WorkOrder.select().where((WorkOrder.ticket == ticket_id) & (WorkOrder.status != "cancelled"))
        assert live.count() == (0 if ticket.status == "cancelled" else 1)
        assert WorkOrder.select().where(WorkOrder.ticket == ticket_id).count() <= 1


def _migrate_desk(url, desk, barrier, results) -> None:
    barrier.wait()
    try:
        app_db.connect(url)
        results.put((desk, [1]))
    except Exception as exc:
        results.put((desk, [repr(exc)]))
    finally:
        app_db.close()


@pytest.mark.parametrize("desks", [2, 4])
def test_desks_starting_together_on_a_new_server_database_migrate_it_once(pg_empty_url, desks):
    seen = _run(_migrate_desk, desks, pg_empty_url)
    assert all(v == [1] for v in seen.values()), seen
    database = app_db.connect(pg_empty_url, migrate=False)
    assert migrations.applied(database) == migrations.available()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("desks", [2, 4])
def test_desks_starting_together_on_a_new_file_migrate_it_once(tmp_path, desks):
    path = str(tmp_path / "office.db")
    seen = _run(_migrate_desk, desks, path)
    assert all(v == [1] for v in seen.values()), seen
    database = app_db.connect(path, migrate=False)
    assert migrations.applied(database) == migrations.available()
