"""R1.4/R5.5: one search finds a customer's sites by any of the counter's clues."""

from __future__ import annotations

from datetime import date

from app.models import InstalledProduct, Site, Ticket
from app.services import intake, lookup
from tests.app.factories import register


def _office(office):
    first = register(office)  # 张伟, 13812345678 / 021-64001234, 徐汇区漕溪北路88号…, HT2024-0042
    register(
        office,
        new_customer=intake.CustomerInput("李娜", ["13900001111"]),
        new_site=intake.SiteInput("闵行区七莘路1号12栋502室", "闵行区", "HT2025-0007"),
    )
    site = Site.get_by_id(Ticket.get_by_id(first.ticket_id).site_id)
    InstalledProduct.create(
        site=site,
        product="壁挂炉",
        model="L1PB26",
        serial="VX2024A0815",
        installed_on=date(2024, 6, 30),
        term_months=36,
    )
    return first


def test_each_clue_finds_the_right_customer_and_says_how(office):
    first = _office(office)
    cases = {
        "13812345678": ("张伟", lookup.PHONE),
        "2345": ("张伟", lookup.PHONE),  # a fragment from the middle (trigram index)
        "021-6400": ("张伟", lookup.PHONE),  # the landline typed with its dash
        "李娜": ("李娜", lookup.NAME),
        "李": None,  # one character is too short to search
        "七莘路": ("李娜", lookup.ADDRESS),  # an address fragment (trigram index)
        "hT2025": ("李娜", lookup.CONTRACT),  # case does not matter
        first.number.lower(): ("张伟", lookup.TICKET),
        "VX2024A": ("张伟", lookup.SERIAL),
    }
    for text, expected in cases.items():
        matches = lookup.find_sites(text)
        if expected is None:
            assert matches == []
            continue
        assert matches, text
        assert (matches[0].customer_name, matches[0].matched_by) == expected, text
    serial = lookup.find_sites("VX2024A0815")[0]
    assert serial.detail == "VX2024A0815" and serial.address.startswith("徐汇区漕溪北路")


def test_an_address_edit_is_found_by_its_new_text(office):
    _office(office)
    Site.update(address="长宁区延安西路2299号").where(Site.contract_no == "HT2025-0007").execute()
    assert [m.customer_name for m in lookup.find_sites("延安西路")] == ["李娜"]
    assert lookup.find_sites("七莘路") == []
