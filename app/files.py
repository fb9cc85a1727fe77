"""Writing files the office keeps: atomically (temporary file, then one rename), with the mode
any new file gets, and a clear message when Excel holds the target open."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

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


def save_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Write to a temporary file beside `target`, then replace it in one step.

    A cancelled or failed write (any exception from `write`) leaves `target` as it was and no
    temporary file behind. A target locked by another program raises FileLockedError.
    """
    target = Path(target)
    if is_locked(target):
        raise locked_error(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=".~" + target.stem[:40] + "-", suffix=target.suffix, dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, NEW_FILE_MODE)
        try:
            os.replace(tmp, target)
        except PermissionError as err:  # Windows: Excel holds the file open
            raise locked_error(target) from err
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
