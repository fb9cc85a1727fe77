"""The counter's warranty lookup (R5), driven through the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.models import InstalledProduct, Site, Ticket
from app.services import warranty_records as records
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.dialogs import when_dialog_opens
from tests.ui.keyboard import type_text


@pytest.fixture
def site(office):
    """Bathroom waterproofing (5 y, in warranty) and electrical (2 y, expired) since 2024-06-30."""
    reg = register(office)
    s = Site.get_by_id(Ticket.get_by_id(reg.ticket_id).site_id)
    s.completion_date = date(2024, 6, 30)
    s.save()
    records.set_site_category(s.id, "electrical", None, None, office, NOW)
    records.add_product(
        s.id, records.ProductInput("壁挂炉", "L1PB26", "VX2024A0815", date(2024, 1, 10), 36), office, NOW
    )
    return s


def _cells(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _search(qtbot, tab, text):
    type_text(qtbot, tab.search, text)
    qtbot.waitUntil(lambda: tab.matches.rowCount() > 0)


def test_part_of_a_phone_shows_one_category_in_and_one_out_of_warranty_R5_5(qtbot, window, site):
    tab = window.warranty
    window.tabs.setCurrentWidget(tab)
    _search(qtbot, tab, "2345")  # the middle of 13812345678
    assert tab.matches.index(0, 0).data() == "张伟"
    assert tab.matches.index(0, 4).data() == "phone"
    qtbot.waitUntil(lambda: tab.site_id == site.id)
    rows = dict(zip(_cells(tab.categories, 0), _cells(tab.categories, 1), strict=True))
    assert rows == {"Bathroom waterproofing": "IN WARRANTY", "Electrical wiring": "EXPIRED"}
    days = dict(zip(_cells(tab.categories, 0), _cells(tab.categories, 4), strict=True))
    assert days["Electrical wiring"] == "ended 146 day(s) ago"
    assert _cells(tab.categories, 3)[0] == "2029-06-30"
    assert "张伟" in tab.header.text() and "HT2024-0042" in tab.header.text()
    assert _cells(tab.history, 1) == [Ticket.get().number]


def test_new_ticket_for_this_site_opens_intake_filled_in_R5_R1(qtbot, window, site):
    tab = window.warranty
    window.tabs.setCurrentWidget(tab)
    _search(qtbot, tab, "HT2024-0042")
    qtbot.waitUntil(lambda: tab.site_id == site.id)
    qtbot.mouseClick(tab.new_ticket_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.intake
    form = window.intake.form
    assert form.customer_name.text() == "张伟" and form.address.text() == site.address
    assert form.customer_name.isReadOnly() and form._site_id == site.id


def test_a_serial_number_finds_the_site_and_a_replacement_keeps_both_serials_R5_2a(qtbot, window, site):
    tab = window.warranty
    _search(qtbot, tab, "VX2024A")
    assert tab.matches.index(0, 4).data() == "serial no. VX2024A0815"
    qtbot.waitUntil(lambda: tab.site_id == site.id)
    tab.detail_tabs.setCurrentIndex(1)
    tab.product_view.selectRow(0)

    def fill(dialog):
        type_text(qtbot, dialog.serial, "VX2026B0001")

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(tab.replace_button, Qt.MouseButton.LeftButton)
    assert _cells(tab.products, 2) == ["VX2026B0001"]
    assert _cells(tab.products, 6) == ["VX2024A0815"]
    assert _cells(tab.products, 4) == ["2027-01-10"]  # continues the original 36 months
    assert InstalledProduct.select().count() == 2


def test_a_contract_term_entered_on_the_site_turns_the_badge_green_R5_2(qtbot, window, site):
    tab = window.warranty
    tab.show_site(site.id)
    tab.category_view.selectRow(_cells(tab.categories, 0).index("Electrical wiring"))

    def fill(dialog):
        dialog.months.setValue(36)

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(tab.category_button, Qt.MouseButton.LeftButton)
    rows = dict(zip(_cells(tab.categories, 0), _cells(tab.categories, 1), strict=True))
    assert rows["Electrical wiring"] == "IN WARRANTY"
    assert (
        dict(zip(_cells(tab.categories, 0), _cells(tab.categories, 5), strict=True))["Electrical wiring"]
        == "Contract"
    )


def test_a_patrol_finding_opens_a_ticket_and_shows_in_the_site_R5_6(qtbot, window, site):
    tab = window.warranty
    tab.show_site(site.id)

    def fill(dialog):
        type_text(qtbot, dialog.findings, "外墙渗水")
        dialog.open_ticket.setChecked(True)

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(tab.patrol_button, Qt.MouseButton.LeftButton)
    (number,) = _cells(tab.patrols, 3)
    assert Ticket.get(Ticket.number == number).problem == "外墙渗水"
    # the intake list reads itself again when the person goes there (it is not read while hidden)
    window.tabs.setCurrentWidget(window.intake)
    qtbot.waitUntil(lambda: number in _cells(window.intake.tickets, 0), timeout=5000)


def test_reminders_list_warranties_ending_within_30_days_R5_6(qtbot, window, site, office):
    s2 = Site.create(
        customer=site.customer_id,
        address="闵行区七莘路1号",
        completion_date=date(2024, 12, 10),
        created_at=NOW,
    )
    records.set_site_category(s2.id, "plumbing", None, None, office, NOW)
    tab = window.warranty
    tab.pages.setCurrentIndex(1)
    assert _cells(tab.ending, 4) == ["Water supply and drainage"]
    assert _cells(tab.ending, 1) == ["17 day(s) left"]


def test_the_receptionist_sees_no_warranty_editing_buttons_R10_1(qtbot, office, languages, site):
    from app.models import Staff
    from ui.main_window import MainWindow

    desk = Staff.create(name="前台小李", role="receptionist", created_at=NOW).id
    win = MainWindow(languages, lambda: NOW, desk, "test.db")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    tab = win.warranty
    win.tabs.setCurrentWidget(tab)
    _search(qtbot, tab, "HT2024-0042")
    qtbot.waitUntil(lambda: tab.site_id == site.id)
    assert tab.new_ticket_button.isVisible()  # registering a ticket is the counter's job
    for b in (
        tab.category_button,
        tab.add_product_button,
        tab.replace_button,
        tab.patrol_button,
        tab.summary_button,
        tab.terms_button,
    ):
        assert not b.isVisible(), b.objectName()
    # the manager of the same office sees them
    window = MainWindow(languages, lambda: NOW, office, "test.db")
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.warranty)
    assert window.warranty.patrol_button.isVisible() and window.warranty.add_product_button.isVisible()
