"""R5 through the services: the counter's answer, products, reminders, patrols, terms."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.errors import ValidationError
from app.models import AuditEntry, InstalledProduct, PatrolRecord, Site, SiteWorkCategory, Ticket, WorkOrder
from app.services import warranty_records as records
from app.services import warranty_status as status
from tests.app.factories import register
from tests.conftest import NOW

TODAY = NOW.date()


@pytest.fixture
def site(office):
    """张伟's bathroom renovation, accepted 2024-06-30: waterproofing 5 y (in), electrical 2 y (out)."""
    reg = register(office)
    s = Site.get_by_id(Ticket.get_by_id(reg.ticket_id).site_id)
    s.completion_date = date(2024, 6, 30)
    s.save()
    records.set_site_category(s.id, "electrical", None, None, office, NOW)
    return s


def _by_category(site_id):
    return {c.category: c for c in status.site_warranty(site_id, TODAY).categories}


def test_one_category_in_and_one_out_of_warranty_R5_2(site):
    cats = _by_category(site.id)
    water, electric = cats["bathroom_waterproofing"].effective, cats["electrical"].effective
    assert (water.in_warranty, water.end, water.source) == (True, date(2029, 6, 30), "statutory")
    assert (electric.in_warranty, electric.end) == (False, date(2026, 6, 30))
    assert electric.days_left == -146


def test_a_contract_term_overrides_the_default_R5_2(site, office):
    records.set_site_category(site.id, "electrical", None, 36, office, NOW)
    electric = _by_category(site.id)["electrical"].effective
    assert (electric.in_warranty, electric.source, electric.end) == (True, "contract", date(2027, 6, 30))


def test_a_part_repaired_ten_days_ago_is_in_warranty_though_its_category_expired_R5_3(site, office):
    reg = register(
        office,
        work_category="electrical",
        confirmed_repeat=True,
        customer_id=site.customer_id,
        new_customer=None,
        site_id=site.id,
        new_site=None,
    )
    Ticket.update(status="completed", completed_at=NOW - timedelta(days=10)).where(
        Ticket.id == reg.ticket_id
    ).execute()
    # R5.3: a completed repair *with work done* carries the repair warranty
    assert _by_category(site.id)["electrical"].repair is None
    WorkOrder.create(
        ticket=reg.ticket_id,
        window_start=NOW - timedelta(days=10, hours=2),
        window_end=NOW - timedelta(days=10),
        status="closed",
        work_done="更换漏电保护器",
        created_at=NOW - timedelta(days=11),
    )
    electric = _by_category(site.id)["electrical"]
    assert not electric.term.in_warranty
    assert electric.effective.source == "repair" and electric.effective.end == TODAY + timedelta(days=20)
    assert status.is_free_service(site.id, "electrical", customer_caused=False, today=TODAY)
    assert not status.is_free_service(site.id, "electrical", customer_caused=True, today=TODAY)  # R5.4


def test_the_free_paid_decision_is_the_lookups_answer_R5_4(site):
    for category, cw in _by_category(site.id).items():
        assert status.is_free_service(site.id, category, False, TODAY) == cw.effective.in_warranty


def test_default_terms_are_editable_and_audited_R5_2(site, office):
    records.set_default_term("electrical", 36, office, NOW)
    assert _by_category(site.id)["electrical"].effective.in_warranty
    assert AuditEntry.select().where(AuditEntry.entity == "warranty_term").count() == 1
    with pytest.raises(ValidationError) as err:
        records.set_default_term("electrical", 0, office, NOW)
    assert "1 to 600 months" in err.value.text()


def test_a_replaced_unit_keeps_both_serials_and_the_original_term_R5_2a(site, office):
    pid = records.add_product(
        site.id, records.ProductInput("壁挂炉", "L1PB26", "vx2024a0815", date(2024, 1, 10), 36), office, NOW
    )
    new_id = records.replace_product(
        pid, records.ProductInput("壁挂炉", "L1PB28", "VX2026B0001", date(2026, 3, 1), None), office, NOW
    )
    (unit,) = status.site_warranty(site.id, TODAY).products
    assert (unit.product_id, unit.serial, unit.replaced_serials) == (new_id, "VX2026B0001", ("VX2024A0815",))
    assert unit.coverage.end == date(2027, 1, 10)  # continues the original 36 months
    assert InstalledProduct.get_by_id(pid).removed_on == date(2026, 3, 1)
    with pytest.raises(ValidationError):
        records.replace_product(pid, records.ProductInput("壁挂炉", "", "X", None, None), office, NOW)


def test_history_lists_every_ticket_with_result_charge_technician_and_repeats_R5_5(site, office):
    from app.models import Staff, WorkOrderTechnician

    first = Ticket.select().where(Ticket.site == site.id).get()
    # R4.7: only a completed repair is a base for a repeat
    Ticket.update(status="closed", completed_at=NOW - timedelta(days=5)).where(
        Ticket.id == first.id
    ).execute()
    again = register(
        office,
        confirmed_repeat=True,
        customer_id=site.customer_id,
        new_customer=None,
        site_id=site.id,
        new_site=None,
    )
    tech = Staff.create(name="赵师傅", role="technician", created_at=NOW)
    wo = WorkOrder.create(
        ticket=first,
        window_start=NOW,
        window_end=NOW + timedelta(hours=2),
        work_done="重做防水层",
        charged=False,
        created_at=NOW,
    )
    WorkOrderTechnician.create(work_order=wo, staff=tech, lead=True)
    rows = {r.number: r for r in status.service_history(site.id)}
    assert rows[first.number].result == "重做防水层" and rows[first.number].charged is False
    assert rows[first.number].technicians == ("赵师傅",)
    assert rows[again.number].repeat and rows[again.number].charged is None


def test_reminders_of_warranties_ending_soon_and_summaries_due_R5_6(site, office):
    s2 = Site.create(
        customer=site.customer_id,
        address="闵行区七莘路1号",
        completion_date=date(2024, 12, 10),
        created_at=NOW,
    )
    SiteWorkCategory.create(site=s2, category="plumbing")  # 2 y → ends 2026-12-10, in 17 days
    SiteWorkCategory.create(
        site=s2, category="decoration", term_months=23
    )  # ends 2026-11-10: ended 13 days ago
    soon = status.ending_soon(TODAY)
    assert [(r.site_id, r.category, r.end, r.days_left) for r in soon] == [
        (s2.id, "plumbing", date(2026, 12, 10), 17)
    ]
    due = status.summaries_due(TODAY)
    assert [(r.site_id, r.category) for r in due] == [(s2.id, "decoration")]
    records.write_summary(s2.id, "decoration", "保修期内维修2次，均已验收。", office, NOW)
    assert status.summaries_due(TODAY) == []
    assert status.ending_soon(TODAY, days=10) == []


def test_a_patrol_finding_opens_a_ticket_R5_6(site, office):
    pid, number = records.record_patrol(
        site.id, TODAY, office, "外墙东侧有渗水痕迹", "exterior_wall", office, NOW
    )
    ticket = Ticket.get(Ticket.number == number)
    assert (ticket.site_id, ticket.work_category, ticket.problem) == (
        site.id,
        "exterior_wall",
        "外墙东侧有渗水痕迹",
    )
    assert PatrolRecord.get_by_id(pid).follow_up_ticket_id == ticket.id
    with pytest.raises(ValidationError):
        records.record_patrol(site.id, TODAY + timedelta(days=1), office, "", None, office, NOW)


def test_a_category_needs_a_start_date_when_the_site_has_none(office):
    reg = register(office)
    site_id = Ticket.get_by_id(reg.ticket_id).site_id
    with pytest.raises(ValidationError) as err:
        records.set_site_category(site_id, "plumbing", None, None, office, NOW)
    assert err.value.field == "start_date"
    records.set_site_category(site_id, "plumbing", date(2025, 5, 1), None, office, datetime(2026, 11, 23, 10))


def test_a_complaint_or_a_repair_without_work_gives_no_repair_warranty_R5_3(site, office):
    # 2026-11-13 (10 days ago): a completed complaint about the electrics, and a completed repair
    # whose order recorded no work — neither covers the (expired) electrical category
    for kind, extra in (("complaint", {"complaint_about": "电工"}), ("repair", {})):
        reg = register(
            office,
            kind=kind,
            work_category="electrical",
            confirmed_repeat=True,
            customer_id=site.customer_id,
            new_customer=None,
            site_id=site.id,
            new_site=None,
            **extra,
        )
        Ticket.update(status="closed", completed_at=NOW - timedelta(days=10)).where(
            Ticket.id == reg.ticket_id
        ).execute()
        if kind == "complaint":  # even with "work done" recorded, a complaint gives none
            WorkOrder.create(
                ticket=reg.ticket_id,
                window_start=NOW - timedelta(days=11),
                window_end=NOW - timedelta(days=11) + timedelta(hours=1),
                status="closed",
                work_done="道歉并解释",
                created_at=NOW - timedelta(days=12),
            )
    electric = _by_category(site.id)["electrical"]
    assert electric.repair is None and not electric.effective.in_warranty
    assert not status.is_free_service(site.id, "electrical", customer_caused=False, today=TODAY)


def test_an_installed_products_own_term_decides_free_or_paid_R5_4(site, office):
    # a cabinet run (橱柜) installed 2025-03-01 with a 24-month contract term: in warranty until
    # 2027-03-01 on 2026-11-23; "furniture" has no category term at this site
    InstalledProduct.create(
        site=site,
        product="整体橱柜",
        model="OP-K2024",
        serial="SN-778812",
        installed_on=date(2025, 3, 1),
        term_months=24,
    )
    assert status.coverage_for(site.id, "furniture", TODAY) is None  # nothing says which unit
    cov = status.coverage_for(site.id, "furniture", TODAY, product_model="OP-K2024")
    assert (cov.in_warranty, cov.end, cov.source) == (True, date(2027, 3, 1), "product")
    assert status.is_free_service(site.id, "furniture", False, TODAY, product_model="sn-778812")
    assert not status.is_free_service(site.id, "furniture", True, TODAY, product_model="OP-K2024")
    # the product's term decides over the category's: a unit with 12 months (ended 2026-03-01)
    # at a site whose electrical category is expired → paid, however the category stands
    InstalledProduct.create(
        site=site, product="浴霸", model="YB-9", installed_on=date(2025, 3, 1), term_months=12
    )
    assert not status.is_free_service(site.id, "bathroom_waterproofing", False, TODAY, product_model="YB-9")
    assert status.is_free_service(site.id, "bathroom_waterproofing", False, TODAY)  # category: in (5 y)


def test_the_work_order_charges_by_the_installed_products_term_R5_4(site, office):
    from app.services import work_orders as wo

    InstalledProduct.create(
        site=site, product="整体橱柜", model="OP-K2024", installed_on=date(2025, 3, 1), term_months=24
    )
    reg = register(
        office,
        work_category="furniture",
        product_model="OP-K2024",
        problem="橱柜门铰链脱落",
        confirmed_repeat=True,
        customer_id=site.customer_id,
        new_customer=None,
        site_id=site.id,
        new_site=None,
    )
    order = WorkOrder.create(
        ticket=reg.ticket_id, window_start=NOW, window_end=NOW + timedelta(hours=2), created_at=NOW
    )
    assert wo.charge_decision(order.id, customer_caused=False, today=TODAY) is True  # free: 2027-03-01
    assert wo.charge_decision(order.id, customer_caused=True, today=TODAY) is False
