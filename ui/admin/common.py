"""What the administration (Office) dialogs share: the style, the message lines, the base."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from app.errors import ValidationError
from ui import operations
from ui.errors import problems_text

T = TypeVar("T")

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


class AdminDialog(QDialog):
    """What every Office dialog shares: the clock and the signed-in administrator, the style,
    the error and result lines, retranslating on a language change, and `run` — one change
    through the operation runner (ui/operations.py) with its problems on the error line."""

    def __init__(
        self, clock: Callable[[], datetime], actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._actor_id = actor_id
        self.setStyleSheet(DIALOG_STYLE)
        self.errors = message_label()
        self.result = result_label()

    def retranslate_ui(self) -> None:
        """Set every text in the UI language (called on a language change)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_problems(self, problems: list[ValidationError]) -> None:
        self.result.clear()
        self.errors.setText(problems_text(problems))

    def run(
        self,
        work: Callable[[operations.Op], T],
        changes: Iterable[str],
        on_invalid: Callable[[list[ValidationError]], object] | None = None,
        expect: tuple[type[BaseException], ...] = (),
    ) -> operations.Done[T] | None:
        self.result.clear()
        done = operations.run_op(
            self,
            work,
            clock=self._clock,
            actor=self._actor_id,
            changes=changes,
            on_invalid=on_invalid or self.show_problems,
            expect=expect,
        )
        if done:
            self.errors.clear()
        return done
