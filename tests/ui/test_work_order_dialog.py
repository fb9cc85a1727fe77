"""The work-order dialog shows exactly what is saved, by keyboard (issue 16, points 3 and 8)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.models import SatisfactionRating, Staff, Ticket, WorkOrder
from app.services import dispatch
from app.services import work_orders as wo
from tests.app.factories import register
from tests.conftest import NOW
from tests.ui.keyboard import type_text
from tests.ui.mnemonics import clashes
from ui.dispatch.work_order_dialog import WorkOrderDialog

WINDOW = datetime(2026, 11, 23, 14, 0)


def _finished_order(office):
    """Done, accepted and rated 4/3/5 through the services, as another desk would have."""
    sup = Staff.create(name="孙主管", role="supervisor", created_at=NOW).id
    tech = Staff.create(name="赵师傅", role="technician", skills="plumbing", created_at=NOW).id
    reg = register(office)
    order_id = dispatch.assign(reg.ticket_id, [tech], WINDOW, WINDOW + timedelta(hours=2), sup, NOW)
    wo.confirm_appointment(order_id, sup, NOW)
    wo.record_arrival(order_id, datetime(2026, 11, 23, 14, 10), sup, datetime(2026, 11, 23, 14, 15))
    parts = [wo.PartLine("防水涂料（聚氨酯，双组分，20kg桶装）", "2", "185.50")]
    wo.record_work(
        order_id,
        wo.WorkRecord(
            "防水层破损", "重做卫生间防水", parts, "150", quote_amount="521", customer_consented=True
        ),
        sup,
        datetime(2026, 11, 23, 15, 0),
    )
    wo.finish_work(order_id, sup, datetime(2026, 11, 23, 15, 30))
    wo.record_acceptance(order_id, True, "张伟", "", sup, datetime(2026, 11, 23, 15, 40))
    wo.record_rating(reg.ticket_id, order_id, 4, 3, 5, "师傅很细心", sup, datetime(2026, 11, 23, 15, 45))
    return order_id, reg


def _open_by_double_click(request, qtbot, order_id):
    window = request.getfixturevalue("window")
    tab = window.dispatch
    window.tabs.setCurrentWidget(tab)
    tab.day.setDate(QDate(NOW.date()))
    placed = next(p for p in tab.board._placed if p.block.order_id == order_id)
    tab.scroll.ensureVisible(placed.rect.center().x(), placed.rect.center().y())
    qtbot.mouseDClick(tab.board, Qt.MouseButton.LeftButton, pos=placed.rect.center())
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, WorkOrderDialog) and w.isVisible()
    )
    qtbot.addWidget(dialog)
    return dialog


def test_a_finished_order_reopens_with_every_saved_field_R4_4_R7_1(request, qtbot, office):
    order_id, reg = _finished_order(office)
    dialog = _open_by_double_click(request, qtbot, order_id)
    order = WorkOrder.get_by_id(order_id)
    rating = SatisfactionRating.get()
    assert dialog.windowTitle() == f"Work order for {reg.number}"
    assert dialog.diagnosis.text() == order.diagnosis == "防水层破损"
    assert dialog.work_done.toPlainText() == order.work_done == "重做卫生间防水"
    assert Decimal(dialog.labour.text()) == order.labour_cost
    assert Decimal(dialog.quote.text()) == order.quote_amount
    assert dialog.consent.isChecked() and order.customer_consent_at is not None
    assert [(p.name, Decimal(p.quantity), Decimal(p.unit_cost)) for p in dialog.parts.parts()] == [
        (p.name, p.quantity, p.unit_cost) for p in order.parts
    ]
    assert dialog.arrived_at.dateTime().toPython() == order.arrived_at == datetime(2026, 11, 23, 14, 10)
    assert dialog.signer.text() == order.acceptance_signer == "张伟"
    shown = tuple(dialog.ratings[k].value() for k in ("attitude", "quality", "timeliness"))
    assert shown == (rating.attitude, rating.quality, rating.timeliness) == (4, 3, 5)
    assert dialog.comment.text() == rating.comment
    assert dialog.totals.text() == "Parts 371.00 yuan · labour 150.00 yuan · total 521.00 yuan"
    # closing says exactly what is missing, before anyone presses the button
    assert dialog.close_note.text() == "To close, still missing: service report, follow-up visit."
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert "Still missing: service report, follow-up visit." in dialog.error.text()
    assert Ticket.get_by_id(reg.ticket_id).status == "completed"


def test_an_arrival_before_dispatch_is_refused_in_the_dialog_and_nothing_is_saved_R4_3(
    request, qtbot, office
):
    sup = Staff.create(name="孙主管", role="supervisor", created_at=NOW).id
    tech = Staff.create(name="赵师傅", role="technician", skills="plumbing", created_at=NOW).id
    reg = register(office)
    order_id = dispatch.assign(reg.ticket_id, [tech], WINDOW, WINDOW + timedelta(hours=2), sup, NOW)
    wo.confirm_appointment(order_id, sup, NOW)
    dialog = _open_by_double_click(request, qtbot, order_id)
    dialog.arrived_at.setFocus()
    qtbot.keyClick(dialog.arrived_at, Qt.Key.Key_Down)  # the year section: a year too early
    qtbot.mouseClick(dialog.arrival_button, Qt.MouseButton.LeftButton)
    assert "cannot be before the order was dispatched (2026-11-23 10:00)" in dialog.error.text()
    assert WorkOrder.get_by_id(order_id).arrived_at is None


def test_parts_have_totals_and_can_be_removed_and_a_free_redo_is_quoted_0_R4_4(request, qtbot, office):
    sup = Staff.create(name="孙主管", role="supervisor", created_at=NOW).id
    tech = Staff.create(name="赵师傅", role="technician", skills="plumbing", created_at=NOW).id
    reg = register(office)
    order_id = dispatch.assign(reg.ticket_id, [tech], WINDOW, WINDOW + timedelta(hours=2), sup, NOW)
    wo.confirm_appointment(order_id, sup, NOW)
    wo.record_arrival(order_id, NOW, sup, NOW)
    dialog = _open_by_double_click(request, qtbot, order_id)
    type_text(qtbot, dialog.diagnosis, "返工")
    type_text(qtbot, dialog.work_done, "重新打胶")
    for name, qty, cost in (("密封胶", "2", "12.5"), ("错误的配件", "1", "99")):
        qtbot.mouseClick(dialog.add_part, Qt.MouseButton.LeftButton)
        row = dialog.parts.rowCount() - 1
        for col, value in enumerate((name, qty, cost)):
            dialog.parts.setData(dialog.parts.index(row, col), value)
    assert dialog.totals.text().startswith("Parts 124.00 yuan")
    dialog.parts_view.setCurrentIndex(dialog.parts.index(1, 0))
    qtbot.mouseClick(dialog.remove_part, Qt.MouseButton.LeftButton)
    assert dialog.totals.text().startswith("Parts 25.00 yuan")
    type_text(qtbot, dialog.quote, "0")
    qtbot.mouseClick(dialog.save_work_button, Qt.MouseButton.LeftButton)
    assert "A quote of 0 needs a reason" in dialog.error.text()
    assert dialog.focusWidget() is dialog.free_reason
    type_text(qtbot, dialog.free_reason, "验收未通过，免费返工")
    qtbot.mouseClick(dialog.save_work_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    order = WorkOrder.get_by_id(order_id)
    assert (order.quote_amount, order.charged, [p.name for p in order.parts]) == (
        Decimal("0.00"),
        False,
        ["密封胶"],
    )


def test_the_work_order_dialog_has_no_mnemonic_clash(request, qtbot, office):
    order_id, _reg = _finished_order(office)
    dialog = _open_by_double_click(request, qtbot, order_id)
    assert clashes(dialog) == {}
    window = request.getfixturevalue("window")
    window.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "来电登记(&I)")
    assert clashes(dialog) == {}
    window.language_actions["en"].trigger()


def test_a_recorded_survey_is_corrected_with_a_reason_as_a_new_entry_R7_1(request, qtbot, office):
    """The desk took the customer's answer down wrongly: the survey is corrected in the dialog,
    the reason is asked for first, and the correction is a new, audited entry."""
    from app.models import AuditEntry

    order_id, reg = _finished_order(office)
    dialog = _open_by_double_click(request, qtbot, order_id)
    assert dialog.rate_button.text() == "Correct surve&y" and dialog.correction_reason.isVisible()
    dialog.ratings["quality"].setFocus()
    qtbot.keyClick(dialog.ratings["quality"], Qt.Key.Key_Up)  # 3 → 4
    qtbot.mouseClick(dialog.rate_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The survey is already recorded: say why it is corrected."
    assert dialog.focusWidget() is dialog.correction_reason
    assert SatisfactionRating.select().count() == 1  # nothing saved without the reason
    type_text(qtbot, dialog.correction_reason, "客户回电更正：质量满意")
    qtbot.mouseClick(dialog.rate_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    ratings = list(SatisfactionRating.select().order_by(SatisfactionRating.id))
    assert [(r.attitude, r.quality, r.timeliness) for r in ratings] == [(4, 3, 5), (4, 4, 5)]
    assert wo.current_rating(reg.ticket_id, order_id).quality == 4
    entry = AuditEntry.select().where(AuditEntry.action == "correct_rating").get()
    assert "客户回电更正：质量满意" in entry.changes
    # the dialog shows the corrected survey, and the reason field is empty for a next correction
    assert dialog.ratings["quality"].value() == 4 and dialog.correction_reason.text() == ""
