"""R10.1a: the headless commands sign in like the window does — a named member of staff and a
password, then the role table decides.

Where the name and password come from, first match wins:

- the name: `--user NAME`, else the environment variable SERVICE_OFFICE_USER, else the `user =`
  line of the credential file;
- the password: the environment variable SERVICE_OFFICE_PASSWORD, else the `password =` line of
  the credential file, else it is asked at the terminal (never echoed).

The credential file (for scheduled jobs) is `credentials` in the user's configuration folder
(`~/.config/ServiceOffice/credentials` on Linux, `%APPDATA%\\ServiceOffice\\credentials` on
Windows) or the file named by SERVICE_OFFICE_CREDENTIALS. On Linux and macOS it must belong to the
user and be readable by nobody else (`chmod 600`): a file others can read is refused, since the
password in it would no longer be only that person's.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.paths import user_config_dir

USER_ENV = "SERVICE_OFFICE_USER"
PASSWORD_ENV = "SERVICE_OFFICE_PASSWORD"
CREDENTIALS_ENV = "SERVICE_OFFICE_CREDENTIALS"


class SignInRefused(ValidationError):
    """No sign-in, or a wrong one: the command does nothing."""


def credentials_path() -> Path:
    override = os.environ.get(CREDENTIALS_ENV)
    return Path(override).expanduser() if override else user_config_dir() / "credentials"


def read_credentials(path: Path) -> dict[str, str]:
    """`user = …` and `password = …` lines (# starts a comment); {} when there is no file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return {}
    except OSError as err:
        raise SignInRefused(
            QT_TRANSLATE_NOOP("errors", "The credential file {path} cannot be read: {detail}"),
            path=str(path),
            detail=err.strerror or str(err),
        ) from err
    if os.name != "nt" and (info.st_uid != os.getuid() or info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)):
        raise SignInRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The credential file {path} can be read by other users, so it is not used. "
                "Make it yours and readable only by you: chmod 600 {path}",
            ),
            path=str(path),
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise SignInRefused(
            QT_TRANSLATE_NOOP("errors", "The credential file {path} cannot be read: {detail}"),
            path=str(path),
            detail=getattr(err, "strerror", None) or str(err),
        ) from err
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        out[key.strip().lower()] = value.strip()
    return out


def _ask_password(name: str) -> str | None:
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"{name} — password: ")
    except (EOFError, KeyboardInterrupt):
        return None


def sign_in(
    user: str | None,
    now: datetime,
    ask_password: Callable[[str], str | None] = _ask_password,
) -> int:
    """The signed-in member of staff's id, or SignInRefused / ValidationError with a sentence."""
    from app.models import Staff
    from app.services import accounts

    env_user = os.environ.get(USER_ENV, "").strip()
    env_password = os.environ.get(PASSWORD_ENV)
    name = (user or "").strip() or env_user
    file: dict[str, str] = {}
    if not name or env_password is None:
        file = read_credentials(credentials_path())
        name = name or file.get("user", "").strip()
    if not name:
        raise SignInRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Sign in first: give your name with --user NAME (see the README for scheduled jobs).",
            ),
            field="user",
        )
    matches = list(
        Staff.select(Staff.id).where((Staff.name == name) & (Staff.active == True))  # noqa: E712
    )
    if not matches:
        raise SignInRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "No active member of staff is called {name}. Give your name as the sign-in list shows it.",
            ),
            field="user",
            name=name,
        )
    if len(matches) > 1:
        raise SignInRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Several members of staff are called {name}; the administrator must make the names "
                "different (Office ▸ Staff roster) before this name can sign in here.",
            ),
            field="user",
            name=name,
        )
    password = env_password
    if password is None and file.get("user", "").strip() in ("", name):
        password = file.get("password")
    if password is None:
        password = ask_password(name)
    if password is None:
        raise SignInRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "No password was given for {name}. Type it when asked, or for a scheduled job put it "
                "in the credential file {path} (see the README).",
            ),
            field="password",
            name=name,
            path=str(credentials_path()),
        )
    return accounts.sign_in(matches[0].id, password, now).id
