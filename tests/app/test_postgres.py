"""The multi-desk option: the same services on a PostgreSQL server (skipped without one)."""

from __future__ import annotations

import pytest

from app import db as app_db
from app.models import Ticket
from app.services import setup
from tests.app.test_numbering_concurrency import run_two_desks
from tests.conftest import NOW

pytestmark = pytest.mark.postgres


def test_two_desks_on_postgresql_register_with_distinct_numbers_R1_6(pg_url):
    app_db.connect(pg_url)
    setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="receptionist")
    app_db.close()
    run_two_desks(pg_url, 10)
    app_db.connect(pg_url)
    numbers = sorted(t.number for t in Ticket.select())
    assert numbers == [f"SH-20261123-{i:04d}" for i in range(1, 21)]
    t = Ticket.select().first()
    assert t.next_clock == "first_response" and t.department.code == "project"
    from app.services import lookup, ticket_list

    assert {m.customer_name for m in lookup.find_sites("1390001")} >= {"客户1-0"}
    assert ticket_list.count(ticket_list.TicketFilter(status=ticket_list.OPEN, text="客户2")) == 10


def _collation() -> str:
    return app_db.database.execute_sql(
        "SELECT datcollate FROM pg_database WHERE datname = current_database()"
    ).fetchone()[0]


def test_prefix_lookups_on_a_zh_CN_collated_server_find_what_the_file_finds_R1_4(pg_url):
    from datetime import date

    from app.models import InstalledProduct, Site
    from app.services import intake, lookup
    from tests.app.factories import register

    app_db.connect(pg_url)
    assert _collation() == "zh_CN.utf8"
    staff = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="receptionist")
    first = register(staff)
    register(
        staff,
        new_customer=intake.CustomerInput("李娜", ["13900001111"]),
        new_site=intake.SiteInput("闵行区七莘路1号12栋502室", "闵行区", "HT2025-0007"),
    )
    site = Site.get_by_id(Ticket.get_by_id(first.ticket_id).site_id)
    InstalledProduct.create(
        site=site, product="壁挂炉", model="L1PB26", serial="VX2024A0815", installed_on=date(2024, 6, 30)
    )
    # Under zh_CN.utf8 the old range `x >= p AND x < p || U+FFFF` matched none of these.
    cases = {
        "SH-202611": ("张伟", lookup.TICKET),
        "HT2025": ("李娜", lookup.CONTRACT),
        "vx2024": ("张伟", lookup.SERIAL),
        "1390000": ("李娜", lookup.PHONE),
        "李娜": ("李娜", lookup.NAME),
        "七莘路": ("李娜", lookup.ADDRESS),
        "2345": ("张伟", lookup.PHONE),
    }
    for clue, (name, how) in cases.items():
        found = lookup.find_sites(clue)
        assert found and found[0].customer_name == name and found[0].matched_by == how, clue
    # LIKE's own wildcards in what was typed are taken literally.
    assert lookup.find_sites("HT20_5") == []
    assert lookup.fragment_search_is_slow() is False


def test_the_server_has_prefix_and_trigram_indexes_for_lookups(pg_url):
    app_db.connect(pg_url)
    names = {
        r[0]
        for r in app_db.database.execute_sql("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")
    }
    assert {"ticket_number_prefix", "site_contract_no_prefix", "installed_product_serial_prefix"} <= names
    assert {
        "site_address_trgm",
        "customer_phone_phone_trgm",
        "customer_name_trgm",
        "ticket_problem_trgm",
    } <= names


def test_long_texts_are_kept_on_the_server_as_in_the_file_and_too_long_is_one_sentence(pg_url):
    import pytest as _pytest

    from app.errors import ValidationError
    from app.models import Customer, Site
    from app.services import intake
    from tests.app.factories import register

    app_db.connect(pg_url)
    staff = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="receptionist")
    name, contract, model, address = "客" * 70, "H" * 40, "M" * 80, "路" * 250
    reg = register(
        staff,
        new_customer=intake.CustomerInput(name, ["13900001111"]),
        new_site=intake.SiteInput(address, "闵行区", contract),
        product_model=model,
    )
    ticket = Ticket.get_by_id(reg.ticket_id)
    assert ticket.customer.name == name and ticket.product_model == model
    assert (
        Site.get_by_id(ticket.site_id).contract_no == contract
        and Site.get_by_id(ticket.site_id).address == address
    )
    with _pytest.raises(ValidationError) as err:
        register(staff, new_customer=intake.CustomerInput("客" * 129, ["13900002222"]))
    assert err.value.field == "name" and "at most 128 characters" in err.value.text()
    assert Customer.select().count() == 1  # nothing half-saved


def test_the_monthly_pack_exports_on_the_server_and_is_audited_R10_2(pg_url, tmp_path):
    from app.models import AuditEntry
    from app.registers import MONTHLY_PACK, Options, export
    from tests.app.test_registers import PERIOD

    app_db.connect(pg_url)
    manager = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    export(MONTHLY_PACK, PERIOD, tmp_path / "pack.xlsx", Options(), NOW, manager)
    entry = AuditEntry.get(AuditEntry.action == "export")
    assert entry.entity_id == ",".join(MONTHLY_PACK)


def _backend_pid() -> int:
    return app_db.database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]


def _terminate(pid: int) -> None:
    from tests.conftest import _pg_admin

    admin = _pg_admin()
    admin.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
    admin.close()


def test_a_dropped_connection_is_reported_and_the_next_save_reconnects(pg_url):
    from app.services import intake
    from tests.app.factories import register

    app_db.connect(pg_url)
    staff = setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="receptionist")
    seen: list[bool] = []
    app_db.on_connection_state(seen.append)
    try:
        before = _backend_pid()
        _terminate(before)
        reg = register(staff)  # saving after the server dropped the desk: reconnects and saves
        assert Ticket.get_by_id(reg.ticket_id).number == "SH-20261123-0001"
        assert _backend_pid() != before
        assert seen == [False, True]
        _terminate(_backend_pid())
        assert (
            len(intake.open_similar(Ticket.get_by_id(reg.ticket_id).site_id, "bathroom_waterproofing")) == 1
        )
    finally:
        app_db.remove_connection_state_listener(seen.append)


def test_a_connection_lost_in_the_middle_of_a_save_saves_nothing_and_says_so(pg_url):
    import pytest as _pytest

    from app.errors import DatabaseUnavailable
    from app.models import Customer

    app_db.connect(pg_url)
    setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="receptionist")
    with _pytest.raises(DatabaseUnavailable) as err, app_db.write_transaction():
        Customer.create(name="半截", note="", created_at=NOW)
        _terminate(_backend_pid())
        Customer.create(name="另一半", note="", created_at=NOW)
    assert "Nothing was saved" in str(err.value)
    assert Customer.select().count() == 0  # the next statement reconnected by itself
