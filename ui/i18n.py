"""UI language: compiling the .ts sources, installing translators, switching at run time."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.paths import resources_dir

LANGUAGES = {"zh_CN": "中文", "en": "English"}
SETTINGS_KEY = "ui/language"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _lrelease() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    if exe.exists():
        return str(exe)
    return shutil.which("pyside6-lrelease")


def compile_translations(force: bool = False) -> list[Path]:
    """Build resources/translations/*.qm from the .ts sources where missing or stale."""
    built: list[Path] = []
    tool = _lrelease()
    for ts in sorted(translations_dir().glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if tool is None:
            break
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class LanguageManager:
    """Holds the installed translators; `apply()` swaps them (Qt then sends LanguageChange)."""

    _instances: dict[int, LanguageManager] = {}

    @classmethod
    def for_application(cls, app: QCoreApplication) -> LanguageManager:
        """One manager per application, so a switch always removes the translators in use."""
        key = id(app)
        if key not in cls._instances:
            cls._instances[key] = cls(app)
        return cls._instances[key]

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = "en"

    def preferred(self) -> str:
        stored = QSettings().value(SETTINGS_KEY, "", type=str)
        return stored if stored in LANGUAGES else system_language()

    def apply(self, language: str, remember: bool = False) -> None:
        for tr in self._translators:
            self._app.removeTranslator(tr)
        self._translators.clear()
        if language != "en":
            locale = QLocale(language)
            ours = QTranslator(self._app)
            if ours.load(locale, "app", "_", str(translations_dir())):
                self._translators.append(ours)
            qt = QTranslator(self._app)
            if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt)
            for tr in self._translators:
                self._app.installTranslator(tr)
        QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
        self.current = language
        if remember:
            QSettings().setValue(SETTINGS_KEY, language)
