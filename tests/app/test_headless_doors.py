"""R10.1a, R10.1, R10.2: every headless command signs in, the role table decides, the audit row
names the person; no command writes over the office's own files; a bad database or place ends in
one sentence and a non-zero exit code, never a traceback (issue 15, points 2, 3, 5, 9)."""

from __future__ import annotations

import errno
import gc
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from app import cli, headless_sign_in
from app import db as app_db
from app.models import Staff
from app.services import accounts
from tests.app.factories import register
from tests.conftest import CLI_PASSWORD, NOW

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ["export", "intake", "--period", "2026-10"]


@pytest.fixture
def office_file(db_url, office):
    """The office, closed: a command opens it with --db like a scheduled job (a file on disk, or
    in the PostgreSQL pass the server database)."""
    register(office, received_at=NOW - timedelta(days=30))
    accounts.set_password(office, CLI_PASSWORD, CLI_PASSWORD, office, NOW)
    receptionist = Staff.create(name="李强", role="receptionist", created_at=NOW)
    accounts.set_password(receptionist.id, "desk-2026-x", "desk-2026-x", receptionist.id, NOW)
    supervisor = Staff.create(name="赵敏", role="supervisor", created_at=NOW)
    accounts.set_password(supervisor.id, "board-2026-x", "board-2026-x", supervisor.id, NOW)
    app_db.close()
    return Path(db_url) if "://" not in db_url else db_url


def _audit(where: Path | str) -> list[tuple[str, str, str]]:
    database = app_db.connect(str(where), migrate=False)
    try:
        return list(
            database.execute_sql(
                'SELECT "action", "actor_name", "changes" FROM "audit_entry" ORDER BY "id"'
            ).fetchall()
        )
    finally:
        app_db.close()


def _as(monkeypatch, user: str | None, password: str | None) -> None:
    for var, value in (("SERVICE_OFFICE_USER", user), ("SERVICE_OFFICE_PASSWORD", password)):
        if value is None:
            monkeypatch.delenv(var, raising=False)
        else:
            monkeypatch.setenv(var, value)


def test_export_without_a_sign_in_is_refused_and_writes_nothing_R10_1a(
    office_file, tmp_path, monkeypatch, capsys
):
    _as(monkeypatch, None, None)
    out = tmp_path / "intake.xlsx"
    assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out), "--unmasked"], now=NOW) == 3
    assert "Sign in first" in capsys.readouterr().err
    assert not out.exists()
    assert [a for a, _, _ in _audit(office_file)].count("export") == 0


def test_a_wrong_password_is_refused_counted_and_audited_R10_1a(office_file, tmp_path, monkeypatch, capsys):
    _as(monkeypatch, "王丽", "not-the-password")
    out = tmp_path / "intake.xlsx"
    assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out)], now=NOW) == 3
    assert "Wrong password" in capsys.readouterr().err and not out.exists()
    assert _audit(office_file)[-1][0] == "sign_in_failed"


def test_the_role_table_decides_and_unmasked_stays_the_managers_R10_1(
    office_file, tmp_path, monkeypatch, capsys
):
    out = tmp_path / "intake.xlsx"
    _as(monkeypatch, "李强", "desk-2026-x")  # a receptionist exports nothing
    assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out)], now=NOW) == 3
    _as(monkeypatch, "赵敏", "board-2026-x")  # a supervisor exports masked, never unmasked
    assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out), "--unmasked"], now=NOW) == 3
    assert "does not allow" in capsys.readouterr().err and not out.exists()
    assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out)], now=NOW) == 0
    _as(monkeypatch, "王丽", CLI_PASSWORD)
    assert (
        cli.main(["--db", str(office_file), "--user", "王丽", *EXPORT, "-o", str(out), "--unmasked"], now=NOW)
        == 0
    )
    exports = [(who, changes) for action, who, changes in _audit(office_file) if action == "export"]
    assert [who for who, _ in exports] == ["赵敏", "王丽"]  # R10.2: the rows name the person
    assert '"masked": [null, false]' in exports[1][1]


def test_a_scheduled_job_signs_in_from_a_credential_file_only_it_can_read_R10_1a(
    office_file, tmp_path, monkeypatch, capsys
):
    _as(monkeypatch, None, None)
    credentials = tmp_path / "config" / "ServiceOffice" / "credentials"  # XDG_CONFIG_HOME of the test
    credentials.parent.mkdir(parents=True, exist_ok=True)
    credentials.write_text(f"# nightly export\nuser = 王丽\npassword = {CLI_PASSWORD}\n", encoding="utf-8")
    os.chmod(credentials, 0o600)
    out = tmp_path / "intake.xlsx"
    assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out)], now=NOW) == 0
    assert out.exists() and _audit(office_file)[-1][:2] == ("export", "王丽")
    if sys.platform != "win32":
        os.chmod(credentials, 0o644)  # readable by others: no longer only that person's password
        out.unlink()
        assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out)], now=NOW) == 3
        assert "chmod 600" in capsys.readouterr().err and not out.exists()


def test_the_password_is_asked_at_the_terminal_when_not_given(office_file, monkeypatch):
    _as(monkeypatch, None, None)
    app_db.connect(str(office_file))
    try:
        asked: list[str] = []
        staff = headless_sign_in.sign_in(
            "王丽", NOW, ask_password=lambda name: asked.append(name) or CLI_PASSWORD
        )
        assert asked == ["王丽"] and Staff.get_by_id(staff).name == "王丽"
    finally:
        app_db.close()


@pytest.mark.sqlite_only  # about the office's own file and its neighbours
@pytest.mark.parametrize(
    "target",
    ["office.db", "office.db-wal", "backup.db", "userdata/report.xlsx", "x.csv", "folder", "missing/x.xlsx"],
)
def test_no_command_writes_over_the_office_or_a_wrong_kind_of_file(
    office_file, tmp_path, monkeypatch, capsys, target
):
    _as(monkeypatch, "王丽", CLI_PASSWORD)
    before = office_file.read_bytes()
    (tmp_path / "folder").mkdir()
    (tmp_path / "userdata").mkdir(exist_ok=True)
    backup_file = tmp_path / "backup.db"
    backup_file.write_bytes(before)
    path = tmp_path / target
    for argv in (
        [*EXPORT, "-o", str(path)],
        ["import", str(tmp_path / "none.xlsx"), "--report", str(path)],
    ):
        assert cli.main(["--db", str(office_file), *argv], now=NOW) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
    assert office_file.read_bytes()[:100] == before[:100] and backup_file.read_bytes() == before
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "missing").exists()
    assert (
        list((tmp_path / "folder").iterdir()) == [] and not (tmp_path / "userdata" / "report.xlsx").exists()
    )


@pytest.mark.parametrize("kind", ["missing", "empty", "damaged", "read_only", "scheme"])
def test_a_bad_database_is_explained_and_left_as_it_was_R10_1a(tmp_path, monkeypatch, capsys, request, kind):
    _as(monkeypatch, "王丽", CLI_PASSWORD)
    path = tmp_path / "office.db"
    url = str(path)
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "damaged":
        path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    elif kind == "read_only":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.close()
        os.chmod(path, 0o444)
        if os.access(path, os.W_OK):  # root may write to 0444 files: make it immutable instead
            if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
                pytest.skip("running as a user who may write to read-only files")
            request.addfinalizer(lambda: subprocess.run(["chattr", "-i", str(path)], capture_output=True))
    elif kind == "scheme":
        url = "mysql://office"
    before = path.read_bytes() if path.exists() else None
    code = cli.main(["--db", url, *EXPORT, "-o", str(tmp_path / "x.xlsx")], now=NOW)
    err = capsys.readouterr().err
    assert code == (2 if kind == "scheme" else 5)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert {
        "missing": "no office database",
        "empty": "empty (0 bytes)",
        "damaged": "damaged",
        "read_only": "read-only",
        "scheme": "not a database",
    }[kind] in err
    assert (path.read_bytes() if path.exists() else None) == before  # nothing written, nothing created
    listed = (p.name for p in tmp_path.iterdir() if p.name.startswith("office") and p.suffix != ".lock")
    assert sorted(listed) == ([] if before is None else ["office.db"])


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # openpyxl's half-closed rows
def test_a_full_disk_is_one_sentence_and_leaves_nothing_beside_the_target(
    office_file, tmp_path, monkeypatch, capsys
):
    _as(monkeypatch, "王丽", CLI_PASSWORD)
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def full(self, filename):
        raise OSError(errno.ENOSPC, "No space left on device", str(filename))

    monkeypatch.setattr(openpyxl.Workbook, "save", full)
    assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out_dir / "x.xlsx")], now=NOW) == 6
    assert "disk is full" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []
    gc.collect()  # openpyxl's half-written rows are freed here, under this test's warning filter


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_really_full_disk_is_one_sentence_and_exit_code_6(office_file, tmp_path, monkeypatch, capsys):
    """A real full file system (a tiny tmpfs), where one can be mounted (root on Linux)."""
    _as(monkeypatch, "王丽", CLI_PASSWORD)
    disk = tmp_path / "usb"
    disk.mkdir()
    if (
        sys.platform != "linux"
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)], capture_output=True
        ).returncode
    ):
        pytest.skip("cannot mount a small file system here")
    try:
        # fill it: no export fits any more
        with open(disk / ".filler", "wb", buffering=0) as f, pytest.raises(OSError):
            while True:
                f.write(b"x" * 512)
        done = subprocess.run(  # as a person runs it: its own process, nothing left in this one
            [sys.executable, "main.py", "--db", str(office_file), *EXPORT, "-o", str(disk / "x.xlsx")],
            cwd=ROOT,
            env={**os.environ, "SERVICE_OFFICE_USER": "王丽", "SERVICE_OFFICE_PASSWORD": CLI_PASSWORD},
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 6 and "disk is full" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
        assert sorted(p.name for p in disk.iterdir()) == [".filler"]
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_main_py_runs_the_commands_without_a_traceback(office_file, tmp_path):
    env = {**os.environ, "SERVICE_OFFICE_USER": "", "SERVICE_OFFICE_PASSWORD": CLI_PASSWORD}
    out = tmp_path / "intake.xlsx"
    done = subprocess.run(
        [sys.executable, "main.py", *EXPORT, "-o", str(out), "--db", str(office_file), "--user", "王丽"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    missing = subprocess.run(
        [sys.executable, "main.py", *EXPORT, "-o", str(out), "--db", str(tmp_path / "typo.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
    )
    assert missing.returncode == 5 and "Traceback" not in missing.stderr
    assert not (tmp_path / "typo.db").exists()
    assert stat.S_ISREG(out.stat().st_mode)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_disk_filling_up_while_the_rows_stream_is_the_same_one_sentence(
    office_file, tmp_path, monkeypatch, capsys
):
    """openpyxl's write-only rows go through lxml, which reports a full disk as
    SerialisationError('IO_ENOSPC') (seen in the window, exporting to a full USB stick): it is
    the full disk, said as such, exit code 6, nothing left beside the target."""
    from lxml import etree

    from app.registers.writer import SheetWriter

    _as(monkeypatch, "王丽", CLI_PASSWORD)
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def full(*_args, **_kwargs):
        raise etree.SerialisationError("IO_ENOSPC")

    monkeypatch.setattr(SheetWriter, "write", full)
    assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out_dir / "x.xlsx")], now=NOW) == 6
    assert "disk is full" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []


def test_a_refusal_in_chinese_names_the_action_in_chinese_R10_1(office_file, tmp_path, monkeypatch, capsys):
    """The command line said "您的岗位不能export registers。": the action is translated too."""
    out = tmp_path / "intake.xlsx"
    _as(monkeypatch, "李强", "desk-2026-x")  # a receptionist exports nothing
    assert cli.main(["--db", str(office_file), *EXPORT, "-o", str(out), "--lang", "zh_CN"], now=NOW) == 3
    err = capsys.readouterr().err.strip()
    assert err == "您的岗位不能导出登记表。请由有权限的同事办理。"
