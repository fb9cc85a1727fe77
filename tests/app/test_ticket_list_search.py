"""The intake list on a long-lived office: the text filter through the search indexes, a capped
count, and query plans that a fresh ANALYZE does not make slower (issue 20)."""

from __future__ import annotations

import shutil
import time
from datetime import timedelta

import pytest

from app import db as app_db
from app.services import intake, ticket_list
from app.services.ticket_list import OPEN, TicketFilter
from tests.app.factories import register
from tests.conftest import NOW


def _numbers(text: str, status: str = "") -> list[str]:
    return [r.number for r in ticket_list.page(TicketFilter(status=status, text=text))]


@pytest.fixture
def two_tickets(office):
    first = register(office, received_at=NOW - timedelta(hours=3))
    second = register(
        office,
        problem="客厅插座跳闸，整屋断电",
        contact_phone="13988887777",
        new_customer=intake.CustomerInput("欧阳娜娜", ["13900001111"]),
        new_site=intake.SiteInput("浦东新区张杨路500号华润时代广场1203室", "浦东新区", "HT2025-0100", ""),
        work_category="electrical",
    )
    return first.number, second.number


def test_the_text_filter_finds_a_ticket_by_every_field_it_names(two_tickets):
    first, second = two_tickets
    assert _numbers(second[-6:]) == [second]  # number fragment, through the ticket index
    assert _numbers("88887") == [second]  # the ticket's contact phone
    assert _numbers("0001111") == [second]  # one of the customer's phones
    assert _numbers("欧阳娜") == [second]  # part of the customer's name
    assert _numbers("张杨路500") == [second]  # part of the site's address
    assert _numbers("整屋断电") == [second]  # part of the problem
    assert _numbers("渗水到楼") == [first]
    assert _numbers("王芳") == []


def test_one_and_two_character_filters_still_find_names_and_words(two_tickets):
    first, second = two_tickets
    # below the trigram index's 3 characters the filter compares names and addresses (a
    # two-character name or place); numbers, phones and problems need 3 characters, since
    # testing every ticket's text took 17.7 s for a rare pair at 1M tickets
    assert _numbers("张伟") == [first]
    assert _numbers("浦东") == [second]
    assert _numbers("浦") == [second]
    assert _numbers("断电") == []
    assert _numbers("整屋断电") == [second]
    assert sorted(_numbers("1")) == sorted([first, second])


def test_the_filter_text_is_not_search_syntax(two_tickets):
    # quotes, stars and the words FTS5 reads as operators are looked for as they are
    for text in ('"张杨', "张杨*", "NEAR(a b)", "a OR b", "x' --"):
        assert _numbers(text) == []


def test_the_count_stops_above_the_cap_and_the_pages_go_on(office):
    for i in range(7):
        register(office, received_at=NOW - timedelta(minutes=i))
    assert ticket_list.count(TicketFilter(), cap=5) == 6  # "more than 5"
    assert ticket_list.count(TicketFilter(), cap=None) == 7
    page1 = ticket_list.page(TicketFilter(), offset=0, limit=4)
    page2 = ticket_list.page(TicketFilter(), offset=4, limit=4)
    assert len(page1) == 4 and len(page2) == 3
    assert [r.received_at for r in page1 + page2] == sorted(
        (r.received_at for r in page1 + page2), reverse=True
    )


def test_sorting_by_customer_and_address_keeps_each_row_whole(two_tickets):
    first, second = two_tickets
    rows = ticket_list.page(TicketFilter(status=OPEN), sort="customer", descending=False)
    pairs = [(r.number, r.customer) for r in rows]
    assert sorted(pairs) == [(first, "张伟"), (second, "欧阳娜娜")]
    # The order is the database's collation (code points on SQLite, pinyin on a zh_CN server:
    # 欧阳 before 张); descending is exactly its reverse.
    rows = ticket_list.page(TicketFilter(status=OPEN), sort="customer", descending=True)
    assert [(r.number, r.customer) for r in rows] == pairs[::-1]
    down = ticket_list.page(TicketFilter(status=OPEN), sort="address", descending=True)
    up = ticket_list.page(TicketFilter(status=OPEN), sort="address", descending=False)
    assert [r.address for r in down] == [r.address for r in up][::-1] and len(up) == 2


# -- plans on a generated office --------------------------------------------------------------

HOT_FILTERS = [
    TicketFilter(status=OPEN),  # the default list when the tab opens
    TicketFilter(),  # 全部状态 (all states)
    TicketFilter(text="漏水"),
    TicketFilter(text="浦东新区"),
    TicketFilter(status=OPEN, text="浦东新区"),
    TicketFilter(text="王芳"),
]


def _plans(db) -> dict[str, list[str]]:
    out = {}
    for f in HOT_FILTERS:
        for sort in ("received_at", "customer", "next_due_at"):
            for name, q in (
                ("count", ticket_list.count_query(f)),
                ("page", ticket_list.page_ids_query(f, sort)),
            ):
                sql, params = q.sql()
                out[f"{name} {f} {sort}"] = [
                    r[-1] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)
                ]
    return out


@pytest.fixture(scope="module")
def generated_office(tmp_path_factory):
    from bench.big_office import build

    path = tmp_path_factory.mktemp("big") / "office.db"
    build(path, tickets=20_000, years=5)
    return path


def _timings(rounds: int = 3) -> dict[str, float]:
    """Best of `rounds` for each hot query, in seconds."""
    out = {}
    for f in HOT_FILTERS:
        runs = {"count": lambda f=f: ticket_list.count(f)}
        for sort in ("received_at", "customer", "next_due_at"):
            runs[f"page {sort}"] = lambda f=f, sort=sort: ticket_list.page(f, sort)
        for name, run in runs.items():
            best = float("inf")
            for _ in range(rounds):
                t0 = time.perf_counter()
                run()
                best = min(best, time.perf_counter() - t0)
            out[f"{name} {f}"] = best
    return out


def test_a_fresh_analyze_does_not_make_the_intake_list_slower(generated_office, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(generated_office, path)
    db = app_db.connect(str(path))
    before, before_s = _plans(db), _timings()
    db.execute_sql("ANALYZE")
    db.close()
    db = app_db.connect(str(path))  # a new connection reads the statistics
    after, after_s = _plans(db), _timings()
    assert db.execute_sql("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
    # The open list (the tab's default, in any order) and every list in receipt order (how
    # staff look for an old ticket) keep their plans exactly; the rest may change, but no query
    # gets slower.
    for key, plan in after.items():
        if "status='open'" in key or key.endswith("received_at"):
            assert plan == before[key], key
    # Loose on purpose (a shared machine is noisy): the plan the issue found took 3.3 s where
    # the right one takes milliseconds.
    for key, seconds in after_s.items():
        assert seconds <= 5 * before_s[key] + 0.2, (key, before_s[key], seconds)
    app_db.close()


def test_pragma_optimize_at_closing_keeps_the_lists_plans(generated_office, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(generated_office, path)
    db = app_db.connect(str(path))
    before = _plans(db)
    _timings(rounds=1)  # the queries a day at the desk runs, which optimize looks at
    t0 = time.perf_counter()
    app_db.optimize()
    assert time.perf_counter() - t0 < 5  # bounded by analysis_limit on any size
    db.close()
    db = app_db.connect(str(path))
    after = _plans(db)
    for key, plan in after.items():
        if "status='open'" in key or (key.startswith("page") and key.endswith("received_at")):
            assert plan == before[key], key
        elif key.startswith("count"):  # counting stops at the cap: any index it scans will do
            assert any("INDEX" in step for step in plan), (key, plan)
    app_db.close()
