"""R10.2: the audit trail read like a ledger — who (name and role), when, what in words, on which
record — filtered by person, kind of record, date range and text, exported to xlsx. Read only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.registers.audit_trail import export_ledger
from app.registers.writer import Options
from app.services import audit, staff_roster
from ui import labels
from ui.audit_texts import describe, who
from ui.background import Outcome, run_in_background
from ui.exports.common import failed, last_folder, qt_translate, remember_folder
from ui.formatting import datetime_text
from ui.row_table_model import Column, RowTableModel
from ui.widgets import DateField

KIND_LABELS = {
    "tickets": QT_TRANSLATE_NOOP("AuditDialog", "Tickets, complaints and work orders"),
    "staff": QT_TRANSLATE_NOOP("AuditDialog", "Staff, sign-ins and passwords"),
    "appraisal": QT_TRANSLATE_NOOP("AuditDialog", "Appraisals"),
    "warranty": QT_TRANSLATE_NOOP("AuditDialog", "Warranty records"),
    "settings": QT_TRANSLATE_NOOP("AuditDialog", "Office settings and calendar"),
    "exports": QT_TRANSLATE_NOOP("AuditDialog", "Exports and printing"),
}
FILTER_DELAY_MS = 200


class AuditDialog(QDialog):
    def __init__(
        self, clock: Callable[[], datetime], parent: QWidget | None = None, staff_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self._clock, self._staff_id = clock, staff_id
        self.resize(1100, 620)
        today = clock().date()
        self.since = DateField(QDate(today - timedelta(days=30)), objectName="since")
        self.until = DateField(QDate(today), objectName="until")
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.dateChanged.connect(lambda _d: self.reload())
        self.user = QComboBox(objectName="user")
        self.user.addItem("", None)
        # everyone who ever worked here: a person who left still did what the trail says
        rows = staff_roster.roster(include_inactive=True)
        shared = {r.name for r in rows if sum(1 for o in rows if o.name == r.name) > 1}
        for r in rows:
            tail = (
                f" ({r.phone[-4:]})"
                if r.name in shared and r.phone
                else (f" (No. {r.id})" if r.name in shared else "")
            )
            self.user.addItem(r.name + tail, r.id)
        self._roles = {r.id: r.role for r in rows}
        self.user.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind = QComboBox(objectName="kind")
        self.kind.addItem("", None)
        for code in audit.KINDS:
            self.kind.addItem("", code)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.text = QLineEdit(objectName="text")
        self.text.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_text)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.model = RowTableModel(
            [
                Column(lambda: self.tr("When"), lambda r: datetime_text(r[0].at)),
                Column(lambda: self.tr("Who"), lambda r: r[1]),
                Column(lambda: self.tr("Record"), lambda r: r[0].record),
                Column(lambda: self.tr("What happened"), lambda r: r[2]),
            ],
            self,
        )
        self.view = QTableView(objectName="audit")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # nobody edits the trail
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(objectName="count")
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.saved_label = QLabel(objectName="saved")
        self.saved_label.setStyleSheet("color: #1b5e20;")
        self.export_button = QPushButton(objectName="export")
        self.export_button.clicked.connect(self.export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._labels = [QLabel() for _ in range(5)]
        self._labels[0].setBuddy(self.since)
        self._labels[2].setBuddy(self.user)
        self._labels[3].setBuddy(self.kind)
        self._labels[4].setBuddy(self.text)
        bar = QHBoxLayout()
        for w in (
            self._labels[0],
            self.since,
            self._labels[1],
            self.until,
            self._labels[2],
            self.user,
            self._labels[3],
            self.kind,
            self._labels[4],
            self.text,
        ):
            bar.addWidget(w)
        self.text.setMinimumWidth(160)
        # R10.2: the chain of row hashes shows an entry edited or deleted outside the program.
        self.verify_button = QPushButton(objectName="verify")
        self.verify_button.clicked.connect(self.verify)
        self.buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.verdict = QLabel(objectName="verdict")
        self.verdict.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.verdict)
        layout.addWidget(self.error)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.buttons)
        self._all: list[tuple] = []
        self.retranslate_ui()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_all"):  # not while building
            self.retranslate_ui()
            self.reload()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        for label, text in zip(
            self._labels,
            (self.tr("&From"), self.tr("to"), self.tr("&Who"), self.tr("&Kind"), self.tr("&Text")),
            strict=True,
        ):
            label.setText(text)
        self.user.setItemText(0, self.tr("Everyone"))
        self.kind.setItemText(0, self.tr("All records"))
        for i in range(1, self.kind.count()):
            self.kind.setItemText(
                i, QCoreApplication.translate("AuditDialog", KIND_LABELS[self.kind.itemData(i)])
            )
        self.text.setPlaceholderText(self.tr("A name, ticket number or word"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.verify_button.setText(self.tr("&Verify the trail"))

    def verify(self) -> None:
        result = audit.verify_chain(self._staff_id)
        if result.intact:
            self.verdict.setText(
                self.tr("The trail is intact: all %1 entries follow one another unchanged.").replace(
                    "%1", str(result.rows)
                )
            )
            return
        self.verdict.setText(
            self.tr(
                "The trail is broken at the entry of %1: it, or an entry just before it, was changed or deleted outside the program. Keep this database and the backups for whoever investigates."
            ).replace("%1", datetime_text(result.broken_at) if result.broken_at else "?")
        )

    def _range(self) -> tuple[datetime, datetime]:
        since = datetime.combine(self.since.date().toPython(), datetime.min.time())
        until = datetime.combine(self.until.date().toPython(), datetime.min.time()) + timedelta(days=1)
        return since, until

    def reload(self) -> None:
        since, until = self._range()
        rows = audit.browse(
            since, until, self.user.currentData(), "", kind=self.kind.currentData(), viewer_id=self._staff_id
        )
        self._all = [(r, who(r), describe(r)) for r in rows]
        self.apply_text()

    def apply_text(self) -> None:
        """The text filter looks at the words shown, so "李强" or "休息日" finds what you read."""
        t = self.text.text().strip().lower()
        shown = [x for x in self._all if not t or t in " ".join((x[1], x[0].record, x[2])).lower()]
        self.model.set_rows(shown)
        self.view.resizeColumnsToContents()
        self.count.setText(self.tr("%n entries", "", len(shown)))

    def filters_text(self) -> str:
        parts = [f"{self.since.date().toString('yyyy-MM-dd')} – {self.until.date().toString('yyyy-MM-dd')}"]
        for combo in (self.user, self.kind):
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        if self.text.text().strip():
            parts.append(f"“{self.text.text().strip()}”")
        return " · ".join(parts)

    def export(self) -> Path | None:
        self.error.clear()
        self.saved_label.clear()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the audit trail as"),
            str(last_folder() / f"audit-{self._clock():%Y%m%d}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        rows = [
            (
                r.at,
                r.actor or who(r),
                labels.label("role", r.actor_role) if r.actor_role else "",
                what,
                r.record,
            )
            for r, _w, what in self.model.rows()
        ]
        filters, now = self.filters_text(), self._clock()
        self.export_button.setEnabled(False)  # one export at a time

        def done(outcome: Outcome) -> None:
            self.export_button.setEnabled(True)
            if failed(
                self,
                outcome,
                self.error,
                self.tr("Export cancelled; no file was written."),
                self.tr("The audit trail was not exported"),
            ):
                return
            remember_folder(path)
            self.saved_label.setText(self.tr("Saved: %1").replace("%1", str(path)))
            self.reload()  # the export itself is now in the trail

        run_in_background(
            self,
            self.tr("Exporting the audit trail…"),
            lambda _state: export_ledger(
                rows, filters, path, Options(translate=qt_translate), self._staff_id, now
            ),
            done,
        )
        return path
