"""The R3 time limits as an editable grid with "restore defaults" (issue 9.3, R3.3)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import sla
from app.errors import ValidationError
from app.services import time_limits
from ui import events, labels, msgbox
from ui.admin.common import AdminDialog
from ui.admin.limits_table_model import LimitDelegate, LimitsTableModel
from ui.errors import error_text


class TimeLimitsDialog(AdminDialog):
    """Saving recomputes open tickets; `changed_count` then holds how many deadlines moved."""

    def __init__(
        self, clock: Callable[[], datetime], actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(clock, actor_id, parent)
        self.changed_count: int | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = LimitsTableModel(self)
        self.model.load(time_limits.current())
        self.view = QTableView(objectName="limits")
        self.view.setModel(self.model)
        self.view.setItemDelegate(LimitDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.restore_button = QPushButton(objectName="restore_defaults")
        self.restore_button.clicked.connect(self.restore_defaults)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.view.setCurrentIndex(self.model.index(0, 2))
        self.resize(900, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Time limits"))
        self.intro.setText(
            self.tr(
                "How long each step may take. Limits in hours are clock hours and run around the clock. Limits in working days count office time only — the office's opening to closing time (office settings) on the working days of the calendar — so a call after closing counts from the next opening and every such deadline falls inside office hours. The first response is met by the first recorded contact that confirms the request: an agreed appointment, a complaint's acknowledgement or answer, a consultation's answer. Saving recomputes the deadlines of open tickets; closed tickets keep theirs. Bold values differ from the rules' defaults."
            )
        )
        self.restore_button.setText(self.tr("&Restore defaults"))
        self.model.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        header.resizeSection(2, max(header.sectionSize(2), 80))
        header.resizeSection(3, max(header.sectionSize(3), 130))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def restore_defaults(self) -> None:
        """Puts the R3 defaults in the grid; Save applies them."""
        self.model.set_all(dict(sla.DEFAULT_LIMITS))
        self.errors.clear()

    def accept(self) -> None:
        if self.view.state() == QAbstractItemView.State.EditingState:
            self.view.setFocus()  # commit the cell being edited
        limits = self.model.limits()
        done = self.run(
            lambda op: time_limits.save_limits(limits, op.actor, op.now),
            {events.SETTINGS, events.TICKETS},
            on_invalid=self._show_problems,
        )
        if not done:
            return
        self.changed_count = done.value
        super().accept()
        msgbox.information(
            self.parentWidget(),
            self.tr("Time limits saved"),
            self.tr("%n open ticket(s) got a new next deadline.", "", self.changed_count),
        )

    def _show_problems(self, errors: list[ValidationError]) -> None:
        self.model.mark_invalid({e.field for e in errors if e.field})
        self.errors.setText(
            "\n".join(
                f"{labels.label('clock', time_limits.LIMIT_SCOPE[e.field][0])} · "
                f"{labels.label('limit_scope', e.field)}: {error_text(e)}"
                if e.field in time_limits.LIMIT_SCOPE
                else error_text(e)
                for e in errors
            )
        )
        if errors[0].field in time_limits.LIMIT_SCOPE:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(errors[0].field), 2))
