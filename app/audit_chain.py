"""R10.2: each audit row carries a hash chained to the row before it, so an edited, deleted or
inserted-in-between row shows as a break when the chain is checked.

`link(previous, row)` is the one definition, used when a row is written (app/services/audit.py,
the demo's bulk rows, a restore re-appending rows) and when the chain is verified. It must never
change: rows already written carry hashes made by it.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

GENESIS = ""


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in " T":
        try:  # a timestamp read raw from SQLite: the same text as the datetime it stores
            return datetime.fromisoformat(value).isoformat(sep=" ")
        except ValueError:
            return value
    return str(value)


def link(
    previous: str,
    at: object,
    actor_id: object,
    actor_name: str,
    action: str,
    entity: str,
    entity_id: str,
    changes: str,
) -> str:
    """The hash of one audit row, chained to the hash of the row before it."""
    fields = (_text(at), _text(actor_id), actor_name, action, entity, entity_id, changes)
    data = (previous or GENESIS) + "\x1e" + "\x1f".join(fields)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
