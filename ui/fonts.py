"""Registers the bundled CJK font so Chinese renders even where the system has none."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import font_path


def install_cjk_font(app: QApplication) -> str | None:
    """Add WenQuanYi Micro Hei as a fallback after the system font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = app.font()
    font.setFamilies([font.family(), families[0]])
    app.setFont(font)
    return families[0]
