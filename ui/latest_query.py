"""Reads off the GUI thread for screens that ask again on every keystroke (the ticket list, the
warranty search): the newest request wins, an older one still
running is interrupted, and its answer (if any) is dropped.

Small and local on purpose: one pool thread, one function per request, the result handed back on
the GUI thread by a queued signal. When the project's operation runner offers cancellable
background reads, this moves onto it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.db import database
from ui import background

log = logging.getLogger(__name__)


class Interrupted(Exception):
    """A query stopped because a newer one was asked for."""


class LatestQuery(QObject):
    # generation, and the work's result or the exception it raised
    done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one database connection reading at a time
        self._generation = 0
        self._lock = threading.Lock()
        self._running: sqlite3.Connection | None = None
        self.done.connect(self._on_done)

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, work: Callable[[], Any]) -> int:
        """Run `work()` in the background; returns the request's generation."""
        self._generation += 1
        generation = self._generation
        self.interrupt()
        # Python's cyclic collector must not run in the worker (it could free a Qt object there):
        # the application's policy turns it off and collects on the GUI thread (ui/background).
        background.collect_on_gui_thread()
        self._pool.start(lambda: self._run(generation, work))
        return generation

    def interrupt(self) -> None:
        """Stop the query running now, if any (SQLite; elsewhere its answer is just dropped)."""
        with self._lock:
            if self._running is not None:
                self._running.interrupt()

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for the pool to drain (closing the window)."""
        self.interrupt()
        return self._pool.waitForDone(msecs)

    def _run(self, generation: int, work: Callable[[], Any]) -> None:
        if generation != self._generation:  # a newer request came while this one waited
            self.done.emit(generation, Interrupted())
            return
        result: Any
        try:
            with database.connection_context():
                raw = database.connection()
                with self._lock:
                    self._running = raw if isinstance(raw, sqlite3.Connection) else None
                try:
                    result = work()
                finally:
                    with self._lock:
                        self._running = None
        except Exception as exc:  # handed back to the GUI thread, which tells the user
            stale = generation != self._generation
            result = Interrupted() if stale else exc
        self.done.emit(generation, result)

    def _on_done(self, _generation: int, result: object) -> None:
        if isinstance(result, Exception) and not isinstance(result, Interrupted):
            log.error("background query failed", exc_info=result)
