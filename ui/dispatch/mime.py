"""What a drag on the board carries: an id, never a widget."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

TICKET = "application/x-service-office-ticket"
ORDER = "application/x-service-office-order"


def pack(kind: str, item_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(kind, QByteArray(str(item_id).encode()))
    return data


def unpack(data: QMimeData, kind: str) -> int | None:
    if not data.hasFormat(kind):
        return None
    try:
        return int(bytes(data.data(kind)).decode())
    except ValueError:
        return None
