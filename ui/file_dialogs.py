"""File dialogs that never open the files they list (FIELD_NOTES "POSIX locks and foreign file
handles").

Qt's file dialog sniffs the content of files whose names it cannot place (icons, the Type column):
it opens and closes them. On Linux, one open and close of the office database inside the
program's process drops every POSIX lock SQLite holds on it, and another process may then delete
the write-ahead log the window still writes into. Measured here: browsing the database's folder
with the stock dialog dropped SQLite's lock; with the icon provider below (icons by kind only, no
content sniffing) it stayed.

`install()` (at start-up) makes QFileDialog's static functions — what every dialog of the program
calls — use Qt's own widget dialog with that provider, on every system but Windows (where locks
belong to handles and the native dialog is kept).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QWidget

_provider: QFileIconProvider | None = None


class PlainIcons(QFileIconProvider):
    """Icons and type names from a file's kind (folder or file), never from its content."""

    def icon(self, what: object) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)  # type: ignore[arg-type]

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        return "Folder" if info.isDir() else (info.suffix().upper() or "File")


def plain_icons() -> QFileIconProvider:
    global _provider
    if _provider is None:
        _provider = PlainIcons()
        _provider.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)
    return _provider


def harden(dialog: QFileDialog) -> QFileDialog:
    """Make a dialog safe to browse the database's folder with (see the module's text)."""
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(plain_icons())
    return dialog


def _dialog(
    parent: QWidget | None,
    caption: str,
    directory: str,
    name_filter: str,
    options: QFileDialog.Option | None,
) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, name_filter)
    if options:
        dialog.setOptions(dialog.options() | options)
    return harden(dialog)


def _chosen_files(
    parent: QWidget | None,
    caption: str,
    directory: str,
    name_filter: str,
    selected_filter: str,
    options: QFileDialog.Option | None,
    accept: QFileDialog.AcceptMode,
    mode: QFileDialog.FileMode,
) -> tuple[list[str], str]:
    """Run a hardened file dialog; the files chosen (none when cancelled) and the filter."""
    dialog = _dialog(parent, caption, directory, name_filter, options)
    dialog.setAcceptMode(accept)
    dialog.setFileMode(mode)
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return [], ""
    return list(dialog.selectedFiles()), dialog.selectedNameFilter()


def get_open_file_name(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",
    filter: str = "",
    selectedFilter: str = "",
    options: QFileDialog.Option | None = None,
) -> tuple[str, str]:
    files, chosen = _chosen_files(
        parent,
        caption,
        dir,
        filter,
        selectedFilter,
        options,
        QFileDialog.AcceptMode.AcceptOpen,
        QFileDialog.FileMode.ExistingFile,
    )
    return (files[0], chosen) if files else ("", "")


def get_open_file_names(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",
    filter: str = "",
    selectedFilter: str = "",
    options: QFileDialog.Option | None = None,
) -> tuple[list[str], str]:
    return _chosen_files(
        parent,
        caption,
        dir,
        filter,
        selectedFilter,
        options,
        QFileDialog.AcceptMode.AcceptOpen,
        QFileDialog.FileMode.ExistingFiles,
    )


def get_save_file_name(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",
    filter: str = "",
    selectedFilter: str = "",
    options: QFileDialog.Option | None = None,
) -> tuple[str, str]:
    files, chosen = _chosen_files(
        parent,
        caption,
        dir,
        filter,
        selectedFilter,
        options,
        QFileDialog.AcceptMode.AcceptSave,
        QFileDialog.FileMode.AnyFile,
    )
    return (files[0], chosen) if files else ("", "")


def get_existing_directory(
    parent: QWidget | None = None,
    caption: str = "",
    dir: str = "",
    options: QFileDialog.Option | None = None,
) -> str:
    dialog = _dialog(parent, caption, dir, "", options)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def install() -> None:
    """Route QFileDialog's static functions through the hardened dialogs (not on Windows)."""
    if sys.platform == "win32" or getattr(QFileDialog, "_service_office_hardened", False):
        return
    QFileDialog.getOpenFileName = staticmethod(get_open_file_name)  # type: ignore[method-assign]
    QFileDialog.getOpenFileNames = staticmethod(get_open_file_names)  # type: ignore[method-assign]
    QFileDialog.getSaveFileName = staticmethod(get_save_file_name)  # type: ignore[method-assign]
    QFileDialog.getExistingDirectory = staticmethod(get_existing_directory)  # type: ignore[method-assign]
    QFileDialog._service_office_hardened = True  # type: ignore[attr-defined]
