"""A dialog whose OK calls a service: a form, an error line, OK/Cancel.

OK runs `submit(op)` through the operation runner (ui/operations.py): `op.now` and `op.actor`
come from the dialog's `_clock` and `_staff_id` (each subclass sets both), the kinds in
`changes` are published when it succeeded, and the dialog closes. A ValidationError keeps the
dialog open, shows the message(s) in the UI language and focuses the field the first names (the
widget whose objectName is that field); a database failure says nothing was saved and why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import ValidationError
from ui import operations
from ui.errors import problems_text


class ServiceDialog(QDialog):
    changes: frozenset[str] = frozenset()  # what a successful submit changed (ui/events.py)
    _clock: Callable[[], datetime]
    _staff_id: int | None = None

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def submit(self, op: operations.Op) -> None:
        """Call the service with `op.now` and `op.actor`; it raises ValidationError for bad input."""
        raise NotImplementedError

    def show_problems(self, problems: list[ValidationError]) -> None:
        self.error.setText(problems_text(problems))
        widget = self.findChild(QWidget, problems[0].field or "") if problems else None
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        self.error.clear()
        done = operations.run_op(
            self,
            self.submit,
            clock=self._clock,
            actor=self._staff_id,
            changes=self.changes,
            on_invalid=self.show_problems,
        )
        if done:
            super().accept()
