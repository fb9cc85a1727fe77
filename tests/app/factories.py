"""Small builders for service tests."""

from __future__ import annotations

from datetime import datetime

from app.services import intake
from tests.conftest import NOW


def new_ticket_input(received_by: int, **overrides) -> intake.TicketInput:
    values = dict(
        kind="repair",
        channel="phone",
        problem="卫生间地面渗水到楼下",
        received_at=NOW,
        received_by_id=received_by,
        new_customer=intake.CustomerInput("张伟", ["13812345678", "021-64001234"]),
        new_site=intake.SiteInput("徐汇区漕溪北路88号3号楼1201室", "徐汇区", "HT2024-0042", "卫生间翻新"),
        work_category="bathroom_waterproofing",
        cause_category="construction",
    )
    values.update(overrides)
    return intake.TicketInput(**values)


def register(received_by: int, now: datetime = NOW, **overrides) -> intake.Registered:
    return intake.register_ticket(new_ticket_input(received_by, **overrides), now)
