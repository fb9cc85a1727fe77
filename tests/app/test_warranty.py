"""R5 warranty rules as a table: terms, overrides, repairs, boundaries, leap years, products."""

from __future__ import annotations

from datetime import date

import pytest

from app import warranty as w


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2024, 6, 30), 24, date(2026, 6, 30)),  # corresponding day (Civil Code 202)
        (date(2021, 5, 10), 60, date(2026, 5, 10)),  # 5-year waterproofing
        (date(2024, 2, 29), 24, date(2026, 2, 28)),  # leap day: no 29 Feb 2026 → month end
        (date(2024, 2, 29), 48, date(2028, 2, 29)),  # leap year to leap year
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # 31st into a leap February
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # across the year end
    ],
)
def test_a_term_ends_on_the_corresponding_day_R5_1(start, months, end):
    assert w.add_months(start, months) == end


def test_the_last_day_of_warranty_is_inside_and_the_next_is_out_R5_1():
    start = date(2024, 6, 30)
    assert w.term_coverage("electrical", start, 24, date(2026, 6, 30), w.STATUTORY).in_warranty
    last = w.term_coverage("electrical", start, 24, date(2026, 6, 30), w.STATUTORY)
    assert last.days_left == 0
    after = w.term_coverage("electrical", start, 24, date(2026, 7, 1), w.STATUTORY)
    assert not after.in_warranty and after.days_left == -1
    assert w.term_coverage("electrical", start, 24, start, w.STATUTORY).in_warranty  # the completion day too


@pytest.mark.parametrize(
    ("category", "default", "contract", "today", "in_warranty", "source"),
    [
        ("bathroom_waterproofing", 60, None, date(2026, 11, 23), True, w.STATUTORY),  # 5 y
        ("electrical", 24, None, date(2026, 11, 23), False, w.STATUTORY),  # 2 y, ended
        ("electrical", 24, 36, date(2026, 11, 23), True, w.CONTRACT),  # contract gives 3 y
        ("roof_waterproofing", 60, 12, date(2026, 11, 23), False, w.CONTRACT),  # contract may shorten
    ],
)
def test_category_terms_and_contract_overrides_R5_2(category, default, contract, today, in_warranty, source):
    c = w.category_coverage(category, date(2024, 6, 30), contract, default, today)
    assert (c.in_warranty, c.source) == (in_warranty, source)


def test_a_product_category_without_a_contract_term_is_unknown_R5_2():
    c = w.category_coverage("furniture", date(2024, 6, 30), None, None, date(2026, 11, 23))
    assert c.source == w.UNKNOWN and not c.in_warranty and c.days_left is None


def test_a_repair_carries_its_own_30_days_even_after_the_category_expired_R5_3():
    today = date(2026, 11, 23)
    category = w.category_coverage("electrical", date(2022, 3, 1), None, 24, today)
    repair = w.repair_coverage("electrical", date(2026, 11, 13), today)  # repaired 10 days ago
    assert not category.in_warranty
    assert repair.in_warranty and repair.end == date(2026, 12, 13)
    assert w.best([category, repair]) is repair
    # The repair day is not counted (Civil Code 201): repaired 24 Oct → 30th day is 23 Nov, inside.
    assert w.repair_coverage("electrical", date(2026, 10, 24), today).days_left == 0
    assert not w.repair_coverage("electrical", date(2026, 10, 23), today).in_warranty
    assert w.repair_coverage("x", date(2026, 11, 1), today, days=10).end == date(2026, 12, 1)  # never < 30


def test_a_replacement_continues_the_original_term_unless_it_has_its_own_R5_2a():
    today = date(2026, 11, 23)
    boiler = w.ProductUnit("壁挂炉", date(2024, 1, 10), 36)
    replaced = w.ProductUnit("壁挂炉", date(2026, 3, 1), None, replaces=boiler)
    own = w.ProductUnit("壁挂炉", date(2026, 3, 1), 24, replaces=boiler)
    assert w.product_coverage(replaced, today).end == date(2027, 1, 10)
    assert w.product_coverage(own, today).end == date(2028, 3, 1)
    twice = w.ProductUnit("壁挂炉", date(2026, 9, 1), None, replaces=replaced)
    assert w.product_coverage(twice, today).end == date(2027, 1, 10)


@pytest.mark.parametrize(
    ("in_warranty", "customer_caused", "free"),
    [(True, False, True), (True, True, False), (False, False, False), (False, True, False)],
)
def test_free_only_for_a_quality_problem_in_warranty_R5_4(in_warranty, customer_caused, free):
    today = date(2026, 11, 23)
    start = date(2025, 1, 1) if in_warranty else date(2020, 1, 1)
    c = w.category_coverage("plumbing", start, None, 24, today)
    assert c.in_warranty == in_warranty
    assert w.service_is_free(c, customer_caused) is free


def test_customer_caused_damage_is_paid_whatever_the_dates_R5_4():
    today = date(2026, 11, 23)
    fresh = w.repair_coverage("tiles", today, today)
    assert fresh.in_warranty and not w.service_is_free(fresh, customer_caused=True)
    assert not w.service_is_free(None, customer_caused=False)
