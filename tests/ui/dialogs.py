"""Acting on a modal dialog the moment it opens, as a user would, then pressing OK."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui import msgbox


def when_dialog_opens(qtbot, fill) -> None:
    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


class Boxes:
    """Every message box the code shows, answered without a modal exec()."""

    def __init__(self, monkeypatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.choices: list[int] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(
                msgbox, kind, lambda _p, title, text, k=kind: self.shown.append((k, title, text))
            )
        monkeypatch.setattr(msgbox, "confirm", self._confirm)
        monkeypatch.setattr(msgbox, "choose", self._choose)

    def _confirm(self, _parent, title, text) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answer

    def _choose(self, _parent, title, text, choices, icon=None) -> int:
        self.shown.append(("choose", title, text + " | " + " / ".join(choices)))
        return self.choices.pop(0)

    def kinds(self) -> list[str]:
        return [k for k, _t, _x in self.shown]

    def text(self) -> str:
        return "\n".join(x for _k, _t, x in self.shown)
