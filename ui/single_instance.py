"""One copy of the program per user: a second start brings the first window forward (issue 7).

The lock is a QLockFile in the user's local data folder (a crashed copy's lock is recognised as
stale by its process id); the "come forward" channel is a QLocalServer whose name carries the
user name and the data folder, so two users of one PC, or a test's private data folder, never meet.
"""

from __future__ import annotations

import getpass
import hashlib
import re
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QDeadlineTimer, QLockFile, QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from app.paths import user_data_dir

RAISE = b"raise"
CLOSING = b"closing"  # the answer of a copy making its exit backup: its window is gone for good
_WAIT_MS = 1000


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "user"


class SingleInstance(QObject):
    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder = user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.lock_path = folder / f"{key}.lock"
        self.lock = QLockFile(str(self.lock_path))
        # A running copy's lock never goes stale by age; only a dead process id makes it stale.
        self.lock.setStaleLockTime(0)
        place = hashlib.sha1(str(folder.resolve()).encode("utf-8")).hexdigest()[:10]
        self.server_name = re.sub(r"[^A-Za-z0-9_.-]", "_", f"{key}-{_user()}-{place}")
        self.server: QLocalServer | None = None
        self.holder_pid: int | None = None
        # Set once the window has closed (the exit backup runs): a second start is then told to
        # wait, instead of bringing back a window that is about to disappear.
        self.closing = False
        self.first_is_closing = False  # what ask_first_to_raise heard back

    def already_running(self) -> bool:
        """True when another live copy holds the lock; otherwise this copy now holds it."""
        if self.lock.isLocked():
            return False
        if self.lock.tryLock(100):
            return False
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            return False  # the folder cannot hold a lock (read-only?): do not refuse to start
        info = self.lock.getLockInfo()  # PySide6: a tuple (pid, hostname, appname)
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            self.holder_pid = info[0]
        return True

    def ask_first_to_raise(self) -> bool:
        """Ask the running copy to bring its window forward; False when it did not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(_WAIT_MS):
            return False
        socket.write(QByteArray(RAISE))
        sent = socket.waitForBytesWritten(_WAIT_MS)
        # a copy that is closing answers CLOSING; one that raised its window just hangs up
        self.first_is_closing = False
        if sent and socket.waitForReadyRead(_WAIT_MS):
            self.first_is_closing = CLOSING in bytes(socket.readAll().data())
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(_WAIT_MS)
        return sent

    def listen(self, callback: Callable[[], None]) -> bool:
        """Call `callback` (on the UI thread) whenever a second copy asks to be raised."""
        QLocalServer.removeServer(self.server_name)  # a crash leaves a stale socket on Unix
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(lambda: self._on_server_new_connection(callback))
        return self.server.listen(self.server_name)

    def _on_server_new_connection(self, callback: Callable[[], None]) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            received = bytearray()

            def on_ready_read(s: QLocalSocket = socket, buf: bytearray = received) -> None:
                buf.extend(bytes(s.readAll().data()))
                if RAISE in buf:
                    buf.clear()
                    if self.closing:
                        s.write(QByteArray(CLOSING))
                        s.flush()
                    else:
                        callback()
                    s.disconnectFromServer()

            socket.readyRead.connect(on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                on_ready_read()

    def wait_for_first_to_close(self, msecs: int, tick: Callable[[], None] | None = None) -> bool:
        """Take the lock as soon as the closing copy lets go of it (within `msecs`); `tick` runs
        between tries (to keep a window painted). True once this copy holds the lock."""
        deadline = QDeadlineTimer(msecs)
        while not deadline.hasExpired():
            if self.lock.tryLock(200):
                return True
            if tick is not None:
                tick()
        return False

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()


def bring_to_front(window: QWidget | None) -> None:
    """Show `window` un-minimised, on top and focused (the OS may only flash its task-bar entry)."""
    if window is None:
        return
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
