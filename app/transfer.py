"""Moving an office between its SQLite file and a PostgreSQL server, in either direction.

    report = move_office("~/.local/share/ServiceOffice/office.db", "postgresql://so@db/office")

The target is migrated to the same schema first and must not hold an office yet (its own
shipped defaults are replaced by the source's, which may have been edited). Every table is
copied row by row with its ids (so the audit trail, ticket numbers and every reference stay as
they are), the server's id sequences are set past the copied ids, and then each table is
verified: the same row count and the same checksum (SHA-256 over its rows in id order, values as
the models read them, so 1/0 and true/false or text and timestamp dates compare equal). Only a
fully verified copy is reported as done; the source is never changed (it is the backup).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import peewee

from app import db as app_db
from app.errors import QT_TRANSLATE_NOOP, ValidationError

BATCH = 2000
Progress = Callable[[str, int], None]  # table, rows copied so far


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class MoveReport:
    tables: list[TableCheck]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def _models() -> list[type[peewee.Model]]:
    from app.models import ALL_MODELS

    return peewee.sort_models(ALL_MODELS)


def _plain(value: object) -> str:
    """One spelling per value whichever backend it came from."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds" if value.microsecond else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def table_names() -> list[str]:
    """The office's tables, in the order they are copied."""
    return [m._meta.table_name for m in _models()]


def _rows(database: peewee.Database, model: type[peewee.Model]):
    """Every row of `model`'s table in primary-key order, as the models read the values; in
    pages by id, so a million tickets never sit in memory at once."""
    fields = model._meta.sorted_fields
    table = model._meta.table_name
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    pk = model._meta.primary_key
    if not isinstance(pk, peewee.AutoField):  # small tables keyed by text or composite keys
        order = ", ".join(f'"{f.column_name}"' for f in _key_fields(model))
        for row in database.execute_sql(f'SELECT {names} FROM "{table}" ORDER BY {order}').fetchall():
            yield tuple(f.python_value(v) for f, v in zip(fields, row, strict=True))
        return
    last = None
    param = database.param
    where = f'WHERE "{pk.column_name}" > {param} '
    while True:
        sql = f'SELECT {names} FROM "{table}" {where if last is not None else ""}ORDER BY "{pk.column_name}" LIMIT {BATCH}'
        page = database.execute_sql(sql, (last,) if last is not None else ()).fetchall()
        if not page:
            return
        index = [f.column_name for f in fields].index(pk.column_name)
        for row in page:
            yield tuple(f.python_value(v) for f, v in zip(fields, row, strict=True))
        last = page[-1][index]


def _key_fields(model: type[peewee.Model]) -> list[peewee.Field]:
    pk = model._meta.primary_key
    if isinstance(pk, peewee.CompositeKey):
        return [model._meta.fields[name] for name in pk.field_names]
    return [pk]


def table_checks(database: peewee.Database) -> list[TableCheck]:
    """Row count and checksum of every office table of `database`."""
    out = []
    for model in _models():
        digest = hashlib.sha256()
        rows = 0
        for row in _rows(database, model):
            digest.update("\x1f".join(_plain(v) for v in row).encode())
            digest.update(b"\x1e")
            rows += 1
        out.append(TableCheck(model._meta.table_name, rows, digest.hexdigest()))
    return out


def _holds_an_office(database: peewee.Database) -> bool:
    return any(database.execute_sql(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in ("staff", "ticket"))


def move_office(source_url: str, target_url: str, progress: Progress | None = None) -> MoveReport:
    """Copy the office at `source_url` into the empty database at `target_url`; verify it."""
    from app.migrations import upgrade

    source = app_db.open_database(source_url)
    target = app_db.open_database(target_url)
    source.connect(reuse_if_open=True)
    try:
        target.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        reason = str(exc).strip().splitlines()
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Could not connect to the target database: {reason}"),
            reason=reason[0] if reason else "",
        ) from exc
    try:
        upgrade(source)  # both sides on the same schema version
        upgrade(target)
        if _holds_an_office(target):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The target database already holds an office; choose a new, empty database.",
                )
            )
        _copy(source, target, progress)
        expected, found = table_checks(source), table_checks(target)
        for want, got in zip(expected, found, strict=True):
            if want != got:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The copy of table {table} does not match the original ({want} rows, "
                        "{got} copied); nothing was switched — try again.",
                    ),
                    table=want.table,
                    want=want.rows,
                    got=got.rows,
                )
        return MoveReport(expected)
    finally:
        source.close()
        target.close()


def _copy(source: peewee.Database, target: peewee.Database, progress: Progress | None) -> None:
    models = _models()
    to_server = not isinstance(target, peewee.SqliteDatabase)
    if not to_server:
        target.execute_sql("PRAGMA foreign_keys = OFF")  # self-references copied in id order
    with target.atomic():
        for model in reversed(models):  # the target's shipped defaults make way for the source's
            target.execute_sql(f'DELETE FROM "{model._meta.table_name}"')
        for model in models:
            table = model._meta.table_name
            fields = model._meta.sorted_fields
            columns = [f.column_name for f in fields]
            batch: list[tuple] = []
            copied = 0
            for row in _rows(source, model):
                batch.append(tuple(f.db_value(v) for f, v in zip(fields, row, strict=True)))
                if len(batch) >= BATCH:
                    copied += _write(target, table, columns, batch, to_server)
                    batch = []
                    if progress:
                        progress(table, copied)
            if batch:
                copied += _write(target, table, columns, batch, to_server)
            if progress:
                progress(table, copied)
            pk = model._meta.primary_key
            if to_server and isinstance(pk, peewee.AutoField):
                target.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'), "
                    f'COALESCE((SELECT MAX("{pk.column_name}") FROM "{table}"), 0) + 1, false)'
                )
    if not to_server:
        broken = target.execute_sql("PRAGMA foreign_key_check").fetchall()
        target.execute_sql("PRAGMA foreign_keys = ON")
        if broken:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The copy has broken references; nothing was switched.")
            )


def _csv_field(value: object) -> str:
    """COPY's CSV: NULL is an unquoted empty field, every value is quoted (so '' stays '')."""
    if value is None:
        return ""
    text = ("t" if value else "f") if isinstance(value, bool) else str(value)
    return '"' + text.replace('"', '""') + '"'


def _write(
    target: peewee.Database, table: str, columns: list[str], rows: list[tuple], to_server: bool
) -> int:
    names = ", ".join(f'"{c}"' for c in columns)
    if to_server:
        # COPY: one round trip per batch, far faster than INSERTs for a million tickets.
        buf = io.StringIO("".join(",".join(_csv_field(v) for v in row) + "\n" for row in rows))
        target.cursor().copy_expert(f'COPY "{table}" ({names}) FROM STDIN WITH (FORMAT csv)', buf)
    else:
        marks = ", ".join("?" for _ in columns)
        target.cursor().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    return len(rows)
