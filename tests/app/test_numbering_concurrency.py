"""R1.6: two desks saving at once on one database never get the same number."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from app import db as app_db
from app.models import Ticket
from tests.conftest import NOW


def _desk(path: str, desk: int, count: int, start) -> None:
    from app import db as desk_db
    from app.services import intake
    from tests.app.factories import new_ticket_input

    desk_db.connect(path)
    start.wait()
    for i in range(count):
        data = new_ticket_input(
            1, new_customer=intake.CustomerInput(f"客户{desk}-{i}", [f"139{desk:04d}{i:04d}"])
        )
        intake.register_ticket(data, NOW)
    desk_db.close()


def run_two_desks(url: str, tickets_each: int) -> None:
    """Two desk processes, released together, each registering `tickets_each` tickets."""
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    desks = [ctx.Process(target=_desk, args=(url, d, tickets_each, start)) for d in (1, 2)]
    for p in desks:
        p.start()
    start.set()
    for p in desks:
        p.join(60)
        assert p.exitcode == 0


@pytest.mark.sqlite_only
def test_two_desks_saving_at_once_get_distinct_consecutive_numbers_R1_6(office, tmp_path):
    path = str(tmp_path / "office.db")
    app_db.close()
    run_two_desks(path, 15)
    app_db.connect(path)
    numbers = sorted(t.number for t in Ticket.select())
    assert numbers == [f"SH-20261123-{i:04d}" for i in range(1, 31)]
