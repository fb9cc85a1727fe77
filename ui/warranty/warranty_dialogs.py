"""Dialogs of the warranty tab: terms, contract terms, products, patrols, summaries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app import vocab
from app.services import intake
from app.services import warranty_records as records
from app.services import warranty_status as status
from ui import events, labels, operations
from ui.service_dialog import ServiceDialog
from ui.widgets import DateField, OptionalDateEdit, select_data


def _months_spin(name: str, special: str) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(0, records.MAX_TERM_MONTHS)
    spin.setSpecialValueText(special)  # 0 = no term of its own
    return spin


def _category_combo(name: str = "category") -> QComboBox:
    combo = QComboBox(objectName=name)
    for code in vocab.ALL_CATEGORIES:
        combo.addItem(labels.label("category", code), code)
    return combo


class DefaultTermsDialog(ServiceDialog):
    """R5.2: the office's default term per work category."""

    changes = frozenset({events.WARRANTY, events.SETTINGS})

    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Default warranty terms"))
        self._clock, self._staff_id = clock, staff_id
        terms = status.default_terms()
        self.spins: dict[str, QSpinBox] = {}
        for code in vocab.WORK_CATEGORIES:
            spin = _months_spin(code, "")
            spin.setRange(1, records.MAX_TERM_MONTHS)
            spin.setSuffix(self.tr(" months"))
            spin.setValue(terms.get(code, 24))
            self.spins[code] = spin
            self.form.addRow(labels.label("category", code), spin)
        self._before = {c: s.value() for c, s in self.spins.items()}

    def submit(self, op: operations.Op) -> None:
        for code, spin in self.spins.items():
            if spin.value() != self._before[code]:
                records.set_default_term(code, spin.value(), op.actor, op.now)


class SiteCategoryDialog(ServiceDialog):
    """A work category done at a site, its start and the contract's own term (R5.1/R5.2)."""

    changes = frozenset({events.WARRANTY})

    def __init__(
        self,
        site_id: int,
        clock: Callable[[], datetime],
        staff_id: int | None,
        category: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Work category and contract term"))
        self._site_id, self._clock, self._staff_id = site_id, clock, staff_id
        self.category = _category_combo()
        self.start_date = OptionalDateEdit()
        self.start_date.setObjectName("start_date")
        self.months = _months_spin("months", self.tr("office default"))
        self.months.setSuffix(self.tr(" months"))
        self.form.addRow(self.tr("&Category"), self.category)
        self.form.addRow(self.tr("&Starts on (blank: completion date)"), self.start_date)
        self.form.addRow(self.tr("Contract's own &term"), self.months)
        if category:
            select_data(self.category, category)
            self.category.setEnabled(False)
            recorded = records.site_category(site_id, category)
            if recorded is not None:
                start_date, months = recorded
                self.start_date.set_value(start_date)
                self.months.setValue(months or 0)

    def submit(self, op: operations.Op) -> None:
        records.set_site_category(
            self._site_id,
            self.category.currentData(),
            self.start_date.value(),
            self.months.value() or None,
            op.actor,
            op.now,
        )


class ProductDialog(ServiceDialog):
    """Add an installed unit, or replace one (R5.2a)."""

    changes = frozenset({events.WARRANTY})

    def __init__(
        self,
        site_id: int,
        clock: Callable[[], datetime],
        staff_id: int | None,
        replacing: status.ProductWarranty | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self._site_id, self._clock, self._staff_id, self._replacing = site_id, clock, staff_id, replacing
        self.product = QLineEdit(objectName="product")
        self.model = QLineEdit(objectName="model")
        self.serial = QLineEdit(objectName="serial")
        self.installed_on = DateField(objectName="installed_on")
        self.installed_on.setCalendarPopup(True)
        self.installed_on.setDisplayFormat("yyyy-MM-dd")
        self.installed_on.setDate(QDate(clock().date()))
        special = self.tr("continue the original term") if replacing else self.tr("none recorded")
        self.term = _months_spin("term_months", special)
        self.term.setSuffix(self.tr(" months"))
        if replacing:
            self.setWindowTitle(
                self.tr("Replace %1 (serial %2)")
                .replace("%1", replacing.product)
                .replace("%2", replacing.serial)
            )
            self.product.setText(replacing.product)
            self.model.setText(replacing.model)
        else:
            self.setWindowTitle(self.tr("Add an installed product"))
        self.form.addRow(self.tr("&Product"), self.product)
        self.form.addRow(self.tr("&Model"), self.model)
        self.form.addRow(self.tr("New &serial no.") if replacing else self.tr("&Serial no."), self.serial)
        self.form.addRow(
            self.tr("&Replaced on") if replacing else self.tr("&Installed on"), self.installed_on
        )
        self.form.addRow(self.tr("&Own term (contract)"), self.term)

    def submit(self, op: operations.Op) -> None:
        data = records.ProductInput(
            self.product.text(),
            self.model.text(),
            self.serial.text(),
            self.installed_on.date().toPython(),
            self.term.value() or None,
        )
        if self._replacing:
            records.replace_product(self._replacing.product_id, data, op.actor, op.now)
        else:
            records.add_product(self._site_id, data, op.actor, op.now)


class PatrolDialog(ServiceDialog):
    """R5.6 项目巡查: a patrol of a site in warranty; a finding may open a ticket."""

    changes = frozenset({events.WARRANTY, events.TICKETS})

    def __init__(
        self, site_id: int, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Record a patrol"))
        self._site_id, self._clock, self._staff_id = site_id, clock, staff_id
        self.patrol_day = DateField(objectName="day")
        self.patrol_day.setCalendarPopup(True)
        self.patrol_day.setDisplayFormat("yyyy-MM-dd")
        self.patrol_day.setDate(QDate(clock().date()))
        self.inspector = QComboBox(objectName="inspector")
        for sid, name, _role in intake.staff_choices():
            self.inspector.addItem(name, sid)
        select_data(self.inspector, staff_id)
        self.findings = QPlainTextEdit(objectName="findings")
        self.findings.setTabChangesFocus(True)
        self.open_ticket = QCheckBox(
            self.tr("&Open a repair ticket for this finding"), objectName="open_ticket"
        )
        self.category = _category_combo("ticket_category")
        self.category.setEnabled(False)
        self.open_ticket.toggled.connect(self.category.setEnabled)
        self.new_ticket_number: str | None = None
        self.form.addRow(self.tr("&Date"), self.patrol_day)
        self.form.addRow(self.tr("&Inspector"), self.inspector)
        self.form.addRow(self.tr("&Findings"), self.findings)
        self.form.addRow("", self.open_ticket)
        self.form.addRow(self.tr("&Category"), self.category)

    def submit(self, op: operations.Op) -> None:
        _pid, self.new_ticket_number = records.record_patrol(
            self._site_id,
            self.patrol_day.date().toPython(),
            self.inspector.currentData(),
            self.findings.toPlainText(),
            self.category.currentData() if self.open_ticket.isChecked() else None,
            op.actor,
            op.now,
        )


class SummaryDialog(ServiceDialog):
    """R5.6: the summary of a warranty period's service."""

    changes = frozenset({events.WARRANTY})

    def __init__(
        self,
        reminder: status.Reminder,
        clock: Callable[[], datetime],
        staff_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Warranty period summary"))
        self._reminder, self._clock, self._staff_id = reminder, clock, staff_id
        self.text = QPlainTextEdit(objectName="text")
        self.text.setTabChangesFocus(True)
        self.form.addRow(self.tr("Site"), QLineEdit(reminder.address, readOnly=True))
        self.form.addRow(
            self.tr("Category"), QLineEdit(labels.label("category", reminder.category), readOnly=True)
        )
        self.form.addRow(self.tr("&Summary"), self.text)

    def submit(self, op: operations.Op) -> None:
        r = self._reminder
        records.write_summary(r.site_id, r.category, self.text.toPlainText(), op.actor, op.now)
