"""Other desks' work, and the state of the server connection, at this desk.

About once a second the window asks app.db whether another desk committed a write (PostgreSQL:
the NOTIFY every write transaction sends; SQLite: `PRAGMA data_version`). If so it publishes the
same change notice a local save does, with `local=False`, and every screen reloads itself
(ui/events.py); what someone is typing in a form is not a screen's list and is left alone.

A lost server connection shows in the status bar until the connection is back. While it is
lost, a background thread tries a fresh connection every few seconds (connect timeout 5 s, so
never on the GUI thread); once the server answers, the window's own connection is reopened and
every screen reloads (it may have missed notices meanwhile).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

from app import db
from ui import events

POLL_MS = 700  # "within about a second", for a query that costs microseconds
PROBE_EVERY_TICKS = 4


class DeskSync(QObject):
    """Feeds other desks' changes into the change notices and shows the connection state."""

    connection_state = Signal(bool)  # from any thread; delivered on the GUI thread

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(objectName="connection_state")
        self.label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.label.hide()
        status_bar.addWidget(self.label)
        self._online = db.is_online()
        self._probe: threading.Thread | None = None
        self._reachable = threading.Event()
        self._ticks = 0
        # Queued, always: the state is reported from inside peewee's connect (which holds its
        # lock), and reloading the screens there would query — and wait on that lock forever.
        self.connection_state.connect(self._on_connection_state, Qt.ConnectionType.QueuedConnection)
        db.on_connection_state(self._emit_state)
        self.destroyed.connect(lambda *_: db.remove_connection_state_listener(self._emit_state))
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        db.other_desks_changed()  # the first call starts listening
        self.retranslate_ui()

    def _emit_state(self, online: bool) -> None:
        self.connection_state.emit(online)

    def retranslate_ui(self) -> None:
        self.label.setText(
            self.tr("Connection to the database server lost — reconnecting; nothing you type is lost.")
        )

    @Slot(bool)
    def _on_connection_state(self, online: bool) -> None:
        was = self._online
        self._online = online
        self.label.setVisible(not online)
        if online and not was:
            events.publish(events.EVERYTHING, local=False)

    @Slot()
    def _tick(self) -> None:
        if not self._online:
            self._try_reconnect()
            return
        try:
            changed = db.other_desks_changed()
        except Exception:
            return
        if changed:
            events.publish(events.EVERYTHING, local=False)

    def _try_reconnect(self) -> None:
        if self._reachable.is_set():
            self._reachable.clear()
            try:
                db.reset_connection()
                db.database.connect(reuse_if_open=True)
                db.other_desks_changed()
            except Exception:
                return
            return
        self._ticks += 1
        if self._ticks % PROBE_EVERY_TICKS or (self._probe and self._probe.is_alive()):
            return
        target = db.database.obj
        self._probe = threading.Thread(
            target=lambda: db.server_reachable(target) and self._reachable.set(), daemon=True
        )
        self._probe.start()
