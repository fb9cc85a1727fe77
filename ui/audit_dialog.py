"""R10.2: the administrator's read-only view of the audit trail, with filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import accounts, audit
from ui.formatting import datetime_text
from ui.row_table_model import Column, RowTableModel


class AuditDialog(QDialog):
    def __init__(
        self, clock: Callable[[], datetime], staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._staff_id = staff_id
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 600)
        today = clock().date()
        self.since = QDateEdit(QDate(today - timedelta(days=30)), objectName="since")
        self.until = QDateEdit(QDate(today), objectName="until")
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.dateChanged.connect(lambda _d: self.reload())
        self.user = QComboBox(objectName="user")
        self.user.addItem(self.tr("Everyone"), None)
        for sid, name, _role in accounts.sign_in_choices():
            self.user.addItem(name, sid)
        self.user.currentIndexChanged.connect(lambda _i: self.reload())
        self.text = QLineEdit(objectName="text")
        self.text.setPlaceholderText(self.tr("Action, record or value"))
        self.text.textChanged.connect(lambda _t: self.reload())
        self.model = RowTableModel(
            [
                Column(lambda: self.tr("When"), lambda r: datetime_text(r.at)),
                Column(lambda: self.tr("Who"), lambda r: r.actor),
                Column(lambda: self.tr("Action"), lambda r: r.action),
                Column(lambda: self.tr("Record"), lambda r: f"{r.entity} {r.entity_id}"),
                Column(lambda: self.tr("Before → after"), lambda r: r.changes),
            ],
            self,
        )
        self.view = QTableView(objectName="audit")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # nobody edits the trail
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        bar = QHBoxLayout()
        for w in (
            QLabel(self.tr("From")),
            self.since,
            QLabel(self.tr("to")),
            self.until,
            QLabel(self.tr("Who")),
            self.user,
            self.text,
        ):
            bar.addWidget(w)
        # R10.2: the chain of row hashes shows an entry edited or deleted outside the program.
        self.verify_button = QPushButton(self.tr("&Verify the trail"), objectName="verify")
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel(objectName="verdict")
        self.verdict.setWordWrap(True)
        checks = QHBoxLayout()
        checks.addWidget(self.verify_button)
        checks.addWidget(self.verdict, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(checks)
        self.reload()

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

    def reload(self) -> None:
        since = datetime.combine(self.since.date().toPython(), datetime.min.time())
        until = datetime.combine(self.until.date().toPython(), datetime.min.time()) + timedelta(days=1)
        self.model.set_rows(
            audit.browse(since, until, self.user.currentData(), self.text.text(), viewer_id=self._staff_id)
        )
        self.view.resizeColumnsToContents()
