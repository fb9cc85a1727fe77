"""The program's log file: a rotating file in the user's data folder, for the window and the
headless commands alike, so a crash in the office leaves a trace IT can send on.

Nothing personal goes in: every record passes `redact()`, which masks mobile and landline
numbers to their last four digits and blanks anything that follows the word password.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from app.paths import user_data_dir

LOG_NAME = "service-office.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Mainland mobile numbers (1[3-9]x xxxx xxxx, +86 optional) and landlines with their area code
# (0xx(x)-xxxx-xxxx), spaces or dashes allowed between the groups; not ticket numbers or dates.
_PHONE = re.compile(
    r"(?<![\d-])(?:(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}|0\d{2,3}[ -]?\d{3,4}[ -]?\d{4})(?![\d-])"
)
_PASSWORD = re.compile(r"(?i)(pass(?:word|wd)?|pwd|口令|密码)(['\"]?\s*[:=]\s*|\s+)(\S+)")


def _mask_phone(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "*" * (len(digits) - 4) + digits[-4:]


def redact(text: str) -> str:
    """`text` with phone numbers masked to their last four digits and passwords blanked."""
    text = _PASSWORD.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)
    return _PHONE.sub(_mask_phone, text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_path() -> Path:
    return user_data_dir() / "logs" / LOG_NAME


def setup(level: int = logging.INFO) -> Path | None:
    """Send the program's log records to the rotating file (once per process).

    Returns the file's path, or None when the data folder cannot be written (the program still
    runs; it only has no log)."""
    root = logging.getLogger()
    path = log_path()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(
            handler.baseFilename
        ) == path.resolve(strict=False):
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.set_name("service-office")
    for old in [h for h in root.handlers if h.get_name() == "service-office"]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path
