"""Small pieces the administration dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.errors import ValidationError, problems_of
from ui.errors import problems_text

DIALOG_STYLE = """
*[invalid="true"] { border: 1px solid #c62828; background: #fff5f5; }
QLabel#errors { color: #b3261e; }
QLabel#result { color: #1b5e20; }
"""


def message_label() -> QLabel:
    label = QLabel(objectName="errors")
    label.setWordWrap(True)
    return label


def result_label() -> QLabel:
    label = QLabel(objectName="result")
    label.setWordWrap(True)
    return label


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def errors_text(err: ValidationError) -> str:
    return problems_text(problems_of(err))
