"""What the export, print and import dialogs share: translation for app/, the last folder,
opening a saved file, running app/ work in the background and bringing its errors back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from app.errors import ValidationError
from ui.background import run_with_progress

LAST_FOLDER = "exports/last_folder"


def qt_translate(context: str, text: str) -> str:
    """The `translate` app/registers and app/forms take, in the UI language."""
    return QCoreApplication.translate(context, text)


def last_folder() -> Path:
    stored = QSettings().value(LAST_FOLDER, "", type=str)
    return Path(stored) if stored and Path(stored).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    QSettings().setValue(LAST_FOLDER, str(Path(path).parent))


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class Outcome:
    """How background work ended: a result, a ValidationError to show, a crash, or a cancel."""

    def __init__(self, ok: bool, value: Any) -> None:
        self.ok = ok and not isinstance(value, ValidationError)
        self.result = value if self.ok else None
        self.error = value if isinstance(value, ValidationError) else None
        self.crash = value if (not ok and value) else ""
        self.cancelled = not ok and value == ""


def run_in_background(
    parent: QWidget | None, title: str, work: Callable[[Callable[[int, int], None]], Any]
) -> Outcome:
    """ui/background.run_with_progress, with a ValidationError returned (not a traceback)."""

    def guarded(report):
        try:
            return work(report)
        except ValidationError as err:
            return err

    return Outcome(*run_with_progress(parent, title, guarded))
