"""A dialog whose OK calls a service: a form, an error line, OK/Cancel.

A ValidationError keeps the dialog open, shows the message in the UI language and focuses
the field it names (the widget whose objectName is that field)."""

from __future__ import annotations

import peewee
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import ValidationError
from ui.errors import error_text


class ServiceDialog(QDialog):
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

    def submit(self) -> None:
        """Call the service; raise ValidationError for bad input."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.submit()
        except ValidationError as err:
            self.error.setText(error_text(err))
            widget = self.findChild(QWidget, err.field or "")
            if widget is not None:
                widget.setFocus()
            return
        except peewee.DatabaseError as err:
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(err)))
            return
        super().accept()
