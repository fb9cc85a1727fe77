"""Writing files the office keeps: atomically (temporary file, then one rename), with the mode
any new file gets, and a clear message when Excel holds the target open."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

import openpyxl.worksheet._writer as _openpyxl_writer

from app import leftovers
from app.errors import QT_TRANSLATE_NOOP, ValidationError


def _read_umask() -> int:
    """The process umask (os.umask can only be read by setting it; restored at once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp creates its file 0600; a saved register or form gets what any new file gets.
NEW_FILE_MODE = 0o666 & ~_read_umask()


class FileLockedError(ValidationError):
    """The target is open in another program (Excel locks the files it has open)."""


def excel_lock_file(target: Path) -> Path:
    """The owner file Excel and LibreOffice put beside a workbook they have open."""
    return target.with_name("~$" + target.name)


def is_locked(target: Path) -> bool:
    if excel_lock_file(target).exists() or target.with_name(f".~lock.{target.name}#").exists():
        return True
    if not target.exists():
        return False
    try:
        with open(target, "r+b"):
            return False
    except PermissionError:
        return True
    except OSError:
        return False


def locked_error(target: Path) -> FileLockedError:
    return FileLockedError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The file {name} is open in another program (Excel?) and cannot be replaced. "
            "Close it there, or save under another name.",
        ),
        field="path",
        name=target.name,
    )


SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_SIDECARS = ("-wal", "-shm", "-journal")


def _is_database_file(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_HEADER
    except OSError:
        return False


def _live_database() -> Path | None:
    from app import db

    target = db.database.obj
    if target is None or not db.is_sqlite(target) or target.database == ":memory:":
        return None
    return Path(target.database).resolve()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _protected_error(target: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is one of the office's own files (the database, its backups or the program's "
            "data folder) and is never written over. Save under another name or in another folder.",
        ),
        field="path",
        name=target.name,
    )


def check_target(target: Path, suffix: str | None = None, folder_must_exist: bool = False) -> Path:
    """Refuse a target a save must never write: a folder, a missing or read-only folder, the
    office database or its -wal/-shm, a backup or any other SQLite file, anything in the
    program's data folder, or a name that does not end in `suffix` (the kind written). A missing
    folder is made, unless `folder_must_exist` (a command line's typo should not make folders)."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name, e.g. {example}."),
            field="path",
            path=str(target),
            example=str(target / ("register" + (suffix or ".xlsx"))),
        )
    resolved = target.resolve()
    live = _live_database()
    names = {str(live) + s for s in ("", *DATABASE_SIDECARS)} if live else set()
    from app.paths import user_data_dir

    if (
        str(resolved) in names
        or resolved.name.endswith(DATABASE_SIDECARS)
        or (_inside(resolved, user_data_dir()) and not _inside(resolved, leftovers.previews_dir()))
        or _is_database_file(resolved)
    ):
        raise _protected_error(target)
    if suffix is not None and target.suffix.lower() != suffix:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} does not end in {suffix}, but the file written is a {suffix} file. "
                "Give a name ending in {suffix}, e.g. {example}.",
            ),
            field="path",
            name=target.name,
            suffix=suffix,
            example=target.stem + suffix,
        )
    parent = resolved.parent
    if not parent.is_dir() and not folder_must_exist:
        # a save into a new folder makes it (as a file dialog's "new folder" would)
        with contextlib.suppress(OSError):
            parent.mkdir(parents=True, exist_ok=True)
    if not parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist; choose a folder that does."),
            field="path",
            folder=str(parent),
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The folder {folder} cannot be written to; choose another folder, e.g. Documents."
            ),
            field="path",
            folder=str(parent),
        )
    return target


# openpyxl's write-only sheets buffer their rows in temporary files in the system's temp folder,
# where a killed export left customer rows behind. During a save they go into the save's own
# temporary folder beside the target instead, which is removed on failure or at the next start.
_saving = threading.local()
_system_temporary_file = _openpyxl_writer.create_temporary_file


def _temporary_file_beside_target(suffix: str = "") -> str:
    folder = getattr(_saving, "folder", None)
    if folder is None:
        return _system_temporary_file(suffix)
    fd, name = tempfile.mkstemp(prefix="sheet-", suffix=suffix, dir=folder)
    os.close(fd)
    _openpyxl_writer.ALL_TEMP_FILES.append(name)
    return name


_openpyxl_writer.create_temporary_file = _temporary_file_beside_target


def temporary_file(suffix: str = "") -> str:
    """A new temporary file for a save in progress: in the save's own folder beside its target
    (see save_atomically), removed with it; outside a save, the system's temp folder."""
    return _temporary_file_beside_target(suffix)


@contextlib.contextmanager
def _work_folder(target: Path) -> Iterator[Path]:
    """A private folder beside `target` for the save's temporary files; always removed."""
    name = ".~" + target.stem[:40] + "-" + os.urandom(5).hex()
    folder = target.parent / name
    leftovers.track(folder)
    folder.mkdir(mode=0o700)
    before = getattr(_saving, "folder", None)
    _saving.folder = folder
    try:
        yield folder
    finally:
        _saving.folder = before
        shutil.rmtree(folder, ignore_errors=True)
        _openpyxl_writer.ALL_TEMP_FILES[:] = [
            f for f in _openpyxl_writer.ALL_TEMP_FILES if not f.startswith(str(folder))
        ]


def _as_os_error(err: BaseException) -> OSError | None:
    """lxml's streaming writer (openpyxl's write-only sheets) reports a full disk or a refused
    write as `SerialisationError('IO_ENOSPC')`, not as an OSError: the same failure, said the
    same way (one sentence about the disk), becomes the OSError it is."""
    if isinstance(err, OSError) or type(err).__name__ != "SerialisationError":
        return None
    text = str(err)
    if not text.startswith("IO_"):
        return None
    code = getattr(errno, text[3:].split()[0].rstrip(":"), None)
    if not isinstance(code, int):
        code = errno.EIO
    return OSError(code, os.strerror(code))


def _release_half_written(tb: TracebackType | None) -> None:
    """Close the files a failed save left open (openpyxl does not close its zip file when a
    write fails): the work folder can then be removed at once (Windows keeps open files), and
    the zip file does not later try to finish itself on the full disk, at some garbage
    collection, with an "Exception ignored" message."""
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if isinstance(value, zipfile.ZipFile) and value.fp is not None and value.mode != "r":
                fp, value.fp = value.fp, None
                with contextlib.suppress(Exception):
                    fp.close()
        tb = tb.tb_next


def save_atomically(
    target: Path, write: Callable[[Path], None], suffix: str | None = None, *, own_file: bool = False
) -> Path:
    """Write to a temporary file beside `target`, then replace it in one step.

    A cancelled or failed write (any exception from `write`) leaves `target` as it was and no
    temporary file behind (a killed one: removed at the next start, app/leftovers.py). A target
    locked by another program raises FileLockedError; a protected one ValidationError.
    `own_file`: one of the program's own files in its data folder (the desk's server settings),
    which the protection against writing there is not for.
    """
    if own_file:
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
    else:
        target = check_target(Path(target), suffix)
    if is_locked(target):
        raise locked_error(target)
    with _work_folder(target) as folder:
        tmp = folder / ("out" + target.suffix)
        try:
            write(tmp)
        except BaseException as err:
            _release_half_written(err.__traceback__)
            io_error = _as_os_error(err)
            if io_error is not None:
                raise io_error from err
            raise
        os.chmod(tmp, NEW_FILE_MODE)
        try:
            os.replace(tmp, target)
        except PermissionError as err:  # Windows: Excel holds the file open
            raise locked_error(target) from err
    return target
