"""R1 intake, R2 routing, R1.6 numbering through the intake service."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from app.errors import ValidationError
from app.models import AuditEntry, Customer, CustomerPhone, Site, SiteWorkCategory, Ticket, TicketDeadline
from app.services import intake, lookup, ticket_list
from tests.app.factories import new_ticket_input, register
from tests.conftest import NOW


def test_registering_a_repair_gives_a_branch_dated_number_R1_6(office):
    first = register(office)
    second = register(
        office, confirmed_repeat=True, site_id=Ticket.get_by_id(first.ticket_id).site_id, new_site=None
    )
    assert first.number == "SH-20261123-0001"
    assert second.number == "SH-20261123-0002"
    assert re.fullmatch(r"SH-\d{8}-\d{4}", first.number)


def test_numbers_never_repeat_after_a_ticket_is_deleted_R1_6(office):
    first = register(office)
    Ticket.delete().where(Ticket.id == first.ticket_id).execute()
    again = register(office, new_customer=intake.CustomerInput("李娜", ["13900001111"]))
    assert again.number == "SH-20261123-0002"


def test_registration_records_every_item_and_proposes_the_department_R1_3_R2_1(office):
    reg = register(office, urgent=True)
    t = Ticket.get_by_id(reg.ticket_id)
    assert t.customer.name == "张伟"
    assert sorted(p.phone for p in t.customer.phones) == ["02164001234", "13812345678"]
    assert t.site.address.startswith("徐汇区漕溪北路")
    assert t.site.contract_no == "HT2024-0042"
    assert t.channel == "phone" and t.kind == "repair" and t.urgent
    assert t.received_by_id == office and t.received_at == NOW
    assert t.department.code == "project"  # construction quality → 项目部
    assert t.contact_phone == "13812345678"
    assert SiteWorkCategory.get(SiteWorkCategory.site == t.site_id).category == "bathroom_waterproofing"
    assert AuditEntry.select().where(AuditEntry.action == "register").count() == 1


def test_material_cause_routes_to_procurement_and_other_leaves_it_open_R2_1(office):
    material = register(office, cause_category="material")
    other = register(
        office, cause_category="other", new_customer=intake.CustomerInput("刘洋", ["13700002222"])
    )
    assert Ticket.get_by_id(material.ticket_id).department.code == "procurement"
    assert Ticket.get_by_id(other.ticket_id).department is None


def test_saving_shows_the_deadlines_of_the_rules_R3(office):
    reg = register(office)
    clocks = {d.clock: d.due_at for d in reg.deadlines}
    assert clocks["first_response"] == NOW + timedelta(hours=24)
    assert clocks["repair"] == datetime(2026, 11, 30, 10, 0)  # 5 working days after Monday 10:00
    t = Ticket.get_by_id(reg.ticket_id)
    assert t.next_clock == "first_response" and t.next_due_at == NOW + timedelta(hours=24)
    assert TicketDeadline.select().where(TicketDeadline.ticket == t.id).count() == len(reg.deadlines)


def test_missing_phone_is_refused_and_nothing_is_saved_R1_3(office):
    data = new_ticket_input(office, new_customer=intake.CustomerInput("张伟", [""]))
    with pytest.raises(ValidationError) as err:
        intake.register_ticket(data, NOW)
    assert err.value.field == "phone"
    assert Customer.select().count() == 0 and Site.select().count() == 0 and Ticket.select().count() == 0


def test_every_missing_item_is_named_with_its_field_R1_3(office):
    data = new_ticket_input(
        office,
        kind="complaint",
        problem=" ",
        new_customer=intake.CustomerInput("", ["12345"]),
        new_site=intake.SiteInput(""),
        work_category="",
        received_by_id=None,
    )
    fields = {e.field for e in intake.check(data)}
    assert fields == {
        "customer_name",
        "phone",
        "address",
        "problem",
        "work_category",
        "complaint_about",
        "received_by",
    }


def test_a_bad_phone_number_says_how_to_fix_it(office):
    data = new_ticket_input(office, new_customer=intake.CustomerInput("张伟", ["1381234"]))
    (err,) = intake.check(data)
    assert err.field == "phone" and "1381234" in err.text() and "11 digits" in err.text()


def test_open_ticket_on_same_site_and_category_warns_before_saving_R1_4(office):
    first = register(office)
    site_id = Ticket.get_by_id(first.ticket_id).site_id
    customer_id = Ticket.get_by_id(first.ticket_id).customer_id
    data = new_ticket_input(
        office, customer_id=customer_id, new_customer=None, site_id=site_id, new_site=None
    )
    with pytest.raises(intake.RepeatWarning) as warn:
        intake.register_ticket(data, NOW + timedelta(hours=1))
    assert [t.number for t in warn.value.open_tickets] == [first.number]
    assert Ticket.select().count() == 1
    data.confirmed_repeat = True
    again = intake.register_ticket(data, NOW + timedelta(hours=1))
    # R4.7: a still-open ticket is no base for a repeat repair (the call is likely a reminder)
    assert Ticket.get_by_id(again.ticket_id).repeat_of_id is None


def test_a_different_category_on_the_same_site_is_no_repeat_R1_4(office):
    first = register(office)
    t = Ticket.get_by_id(first.ticket_id)
    data = new_ticket_input(
        office,
        customer_id=t.customer_id,
        new_customer=None,
        site_id=t.site_id,
        new_site=None,
        work_category="electrical",
    )
    intake.register_ticket(data, NOW)
    assert Ticket.select().count() == 2


def test_consultations_need_no_category_and_have_only_a_first_response_clock_R1_2(office):
    reg = register(office, kind="consultation", work_category="", cause_category="")
    assert [d.clock for d in reg.deadlines] == ["first_response"]


def test_returning_customer_is_found_by_any_phone_name_address_or_contract_R1_4(office):
    register(office)
    register(
        office,
        new_customer=intake.CustomerInput("李娜", ["13900001111"]),
        new_site=intake.SiteInput("闵行区七莘路1号"),
    )
    assert {m.customer_name for m in lookup.find_sites("13812345678")} == {"张伟"}
    assert {m.customer_name for m in lookup.find_sites("021-6400")} == {"张伟"}  # second number, partial
    assert {m.customer_name for m in lookup.find_sites("5678")} == {"张伟"}  # fragment
    assert {m.customer_name for m in lookup.find_sites("李娜")} == {"李娜"}
    assert {m.customer_name for m in lookup.find_sites("七莘路")} == {"李娜"}
    (match,) = lookup.find_sites("HT2024")
    assert match.contract_no == "HT2024-0042" and match.phones[0] == "13812345678"


def test_ticket_list_filters_by_state_kind_and_text(office):
    register(office)
    register(
        office,
        kind="complaint",
        complaint_about="施工队态度",
        new_customer=intake.CustomerInput("李娜", ["13900001111"]),
    )
    assert ticket_list.count(ticket_list.TicketFilter(kind="complaint")) == 1
    assert ticket_list.count(ticket_list.TicketFilter(status=ticket_list.OPEN)) == 2
    assert ticket_list.count(ticket_list.TicketFilter(status="closed")) == 0
    rows = ticket_list.page(ticket_list.TicketFilter(text="李娜"))
    assert [(r.customer, r.address) for r in rows] == [("李娜", "徐汇区漕溪北路88号3号楼1201室")]
    breached = ticket_list.TicketFilter(only_breached_at=NOW + timedelta(days=2))
    assert ticket_list.count(breached) == 2  # both first responses were due within 24 h


def test_phones_are_stored_normalised(office):
    register(office, new_customer=intake.CustomerInput("王芳", ["+86 138 1234 0000"]))
    assert CustomerPhone.get().phone == "13812340000"


def test_ticket_details_hold_everything_registered(office):
    reg = register(office)
    d = ticket_list.details(reg.ticket_id)
    assert d.ticket.number == reg.number
    assert d.phones == ["13812345678", "02164001234"]  # primary first
    assert d.site.contract_no == "HT2024-0042" and d.department.code == "project"
    assert [x.clock for x in d.deadlines][:2] == ["first_response", "forward"]


def test_a_repair_within_90_days_of_completed_work_is_linked_as_a_repeat_R4_7(office):
    first = register(office, received_at=NOW - timedelta(days=60))
    t = Ticket.get_by_id(first.ticket_id)
    Ticket.update(status="closed", completed_at=NOW - timedelta(days=50)).where(Ticket.id == t.id).execute()
    again = register(office, customer_id=t.customer_id, new_customer=None, site_id=t.site_id, new_site=None)
    assert again.repeat_of == [] and Ticket.get_by_id(again.ticket_id).repeat_of_id == t.id
    Ticket.update(completed_at=NOW - timedelta(days=91)).where(Ticket.id == t.id).execute()
    later = register(
        office,
        customer_id=t.customer_id,
        new_customer=None,
        site_id=t.site_id,
        new_site=None,
        confirmed_repeat=True,
    )
    # R4.7: neither the open one (no base) nor the one completed 91 days ago (outside the window)
    assert Ticket.get_by_id(later.ticket_id).repeat_of_id is None


def _completed_repair(office, completed_at):
    first = register(office, received_at=completed_at - timedelta(days=3))
    Ticket.update(status="closed", completed_at=completed_at).where(Ticket.id == first.ticket_id).execute()
    return Ticket.get_by_id(first.ticket_id)


def _again(office, t, received_at, **kw):
    return register(
        office,
        customer_id=t.customer_id,
        new_customer=None,
        site_id=t.site_id,
        new_site=None,
        received_at=received_at,
        confirmed_repeat=True,
        **kw,
    )


def test_the_repeat_window_is_90_calendar_days_counted_by_date_R4_7(office):
    # completed Tue 2026-08-25 at 08:05; 2026-08-25 + 90 days = 2026-11-23 (day 90): a call that
    # day at 17:30 — 90 × 24 h and 9 h 25 min later — is still a repeat; on day 91 it is not
    t = _completed_repair(office, datetime(2026, 8, 25, 8, 5))
    day_90 = _again(office, t, datetime(2026, 11, 23, 17, 30), now=datetime(2026, 11, 23, 17, 30))
    assert Ticket.get_by_id(day_90.ticket_id).repeat_of_id == t.id
    Ticket.update(status="cancelled").where(Ticket.id == day_90.ticket_id).execute()
    day_91 = _again(office, t, datetime(2026, 11, 24, 7, 0), now=datetime(2026, 11, 24, 7, 0))
    assert Ticket.get_by_id(day_91.ticket_id).repeat_of_id is None


def test_only_a_completed_repair_is_a_base_for_a_repeat_R4_7(office):
    # a complaint about the same site and category, completed 10 days ago, is no base
    first = register(office, kind="complaint", complaint_about="施工队", received_at=NOW - timedelta(days=20))
    Ticket.update(status="closed", completed_at=NOW - timedelta(days=10)).where(
        Ticket.id == first.ticket_id
    ).execute()
    t = Ticket.get_by_id(first.ticket_id)
    again = _again(office, t, NOW)
    assert Ticket.get_by_id(again.ticket_id).repeat_of_id is None
    # nor a cancelled repair that had a completion stamp
    Ticket.update(status="cancelled").where(Ticket.id == again.ticket_id).execute()
    rep = _completed_repair(office, NOW - timedelta(days=10))
    Ticket.update(status="cancelled").where(Ticket.id == rep.id).execute()
    third = register(
        office,
        customer_id=rep.customer_id,
        new_customer=None,
        site_id=rep.site_id,
        new_site=None,
        confirmed_repeat=True,
    )
    assert Ticket.get_by_id(third.ticket_id).repeat_of_id is None


def test_an_inactive_member_of_staff_cannot_receive_a_contact(office):
    from app.models import Staff

    Staff.update(active=False).where(Staff.id == office).execute()
    assert [e.field for e in intake.check(new_ticket_input(office))] == ["received_by"]
