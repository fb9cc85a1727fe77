"""Backup ▸ Restore from backup… for an office on a database server: its pg_dump backups listed.

The list shows the server backups in the backup folder (newest first, with their date and kind);
"Other file…" picks a `.dump` elsewhere (a USB drive). The chosen backup is checked in the
background (tools installed, a sound dump of this or an older program, no other desk connected)
before the person is asked, by the backup's date, to confirm; the restore itself
(app/server_restore.py) runs in the background behind a progress dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import backup, server_backup


def ask_dump_file(parent: QWidget | None, folder: Path) -> str:
    """A server backup file picked anywhere ("" when cancelled). Tests replace this."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ServerBackupsDialog", "Restore from backup"),
        str(folder),
        QCoreApplication.translate("ServerBackupsDialog", "Server backups (*.dump);;All files (*)"),
    )
    return path


class ServerBackupsDialog(QDialog):
    """The server backups in `folder`, newest first; `chosen` is the one to restore."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_backups")
        self._folder = folder
        self.chosen = ""
        self.intro = QLabel(wordWrap=True, objectName="intro")
        self.backups = QListWidget(objectName="backups")
        self.backups.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(objectName="restore")
        self.other_button = QPushButton(objectName="other_file")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self._other_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.backups)
        layout.addWidget(self.buttons)
        self._found = server_backup.list_dumps(folder)
        for found in self._found:
            item = QListWidgetItem(self.backups)
            item.setData(Qt.ItemDataRole.UserRole, str(found.path))
        if self._found:
            self.backups.setCurrentRow(0)
        self.backups.setVisible(bool(self._found))
        self.restore_button.setEnabled(bool(self._found))
        self.retranslate_ui()
        self.resize(560, 360)
        self.backups.setFocus()

    def _kind(self, kind: str) -> str:
        return {
            backup.DAILY: self.tr("daily backup"),
            backup.EXIT: self.tr("backup on closing"),
            backup.MANUAL: self.tr("backed up by hand"),
            backup.BEFORE_RESTORE: self.tr("the state before a restore"),
        }.get(kind, kind)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        if self._found:
            text = self.tr(
                "The office's server backups in %1, newest first. Everything entered after the "
                "backup you choose is replaced; ticket numbers and the audit trail are kept."
            )
        else:
            text = self.tr("There are no server backups in %1; choose a backup file with Other file…")
        self.intro.setText(text.replace("%1", str(self._folder)))
        locale = QLocale()
        for row, found in enumerate(self._found):
            size = (
                locale.formattedDataSize(
                    found.path.stat().st_size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                )
                if found.path.exists()
                else ""
            )
            self.backups.item(row).setText(
                f"{found.taken_at:%Y-%m-%d %H:%M}    {self._kind(found.kind)}    {size}".rstrip()
            )
        self.restore_button.setText(self.tr("&Restore…"))
        self.other_button.setText(self.tr("&Other file…"))

    def accept(self) -> None:
        item = self.backups.currentItem()
        if item is None or not self._found:
            return
        self.chosen = str(item.data(Qt.ItemDataRole.UserRole))
        super().accept()

    def _other_file(self) -> None:
        picked = ask_dump_file(self, self._folder)
        if picked:
            self.chosen = picked
            super().accept()


def ask_server_backup(parent: QWidget | None, folder: Path) -> str:
    """The server backup the person picks ("" when cancelled)."""
    dialog = ServerBackupsDialog(folder, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        return dialog.chosen
    finally:
        dialog.deleteLater()
