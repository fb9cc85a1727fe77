"""Texts of Qt's own dialogs that Qt 6.11 changed (it added mnemonics) and its shipped
qtbase_zh_CN.qm does not translate yet, so a Chinese file dialog said "Look in" and "Files of
type". Marked here so lupdate keeps them in our catalogue; our translator is asked after
qtbase's (ui/i18n.py), which finds nothing for them. tests/ui/test_qt_dialogs_language.py opens
each Qt dialog in zh_CN and fails on any text left in English."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
)
