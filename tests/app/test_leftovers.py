"""Issue 15 point 10: temporary files live beside their target, never in the system's temp
folder, and what a killed export or backup left is removed at the next start (SIGKILL tests)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import db as app_db
from app import leftovers
from app.demo import fill_demo_office
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]
KILLS = 8


def _kill_repeatedly(db_path: Path, out_dir: Path, mode: str, temp: Path) -> int:
    """Start the worker, let it get into a save, SIGKILL it; KILLS times. Returns saves seen."""
    rng = random.Random(15)
    saves = 0
    for _ in range(KILLS):
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.app.crash_export", str(db_path), str(out_dir), mode],
            cwd=ROOT,
            env={**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout is not None
        ready = worker.stdout.readline().strip()
        assert ready == "ready", worker.stderr.read() if worker.stderr else ""
        time.sleep(rng.uniform(0.05, 0.6))  # somewhere inside a save
        os.kill(worker.pid, signal.SIGKILL)
        out, _err = worker.communicate(timeout=30)
        saves += out.count("saved")
    return saves


@pytest.fixture
def demo_file(tmp_path, office):
    fill_demo_office(NOW, seed=5, customers=60, tickets=400)
    app_db.close()
    return tmp_path / "office.db"


@pytest.mark.slow
@pytest.mark.sqlite_only  # the worker opens the office file (tests/app/leftover_worker.py)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
@pytest.mark.parametrize("mode", ["export", "backup"])
def test_a_killed_export_or_backup_leaves_no_fragment_anywhere_after_the_next_start(
    demo_file, tmp_path, mode
):
    out_dir, temp = tmp_path / "out", tmp_path / "systemp"
    out_dir.mkdir()
    temp.mkdir()
    _kill_repeatedly(demo_file, out_dir, mode, temp)
    assert list(temp.iterdir()) == []  # nothing ever went to the system's temp folder
    left = [p for p in out_dir.iterdir() if leftovers.ours(p)]
    leftovers.clean()  # what every start (window or command) does first
    remaining = sorted(p.name for p in out_dir.iterdir())
    if mode == "export":
        assert left, "no kill landed inside an export: the test proved nothing"
        assert remaining in ([], ["pack.xlsx"]), remaining
    else:
        assert all(
            name.startswith("office-20261123-1000-manual") and name.endswith(".db") for name in remaining
        )
    assert left == [] or not any(p.exists() for p in left)


def test_a_save_in_progress_is_not_cleaned_away_by_another_start(tmp_path):
    """A temporary file of a running process stays: only dead processes' leftovers go."""
    mine = tmp_path / ".~pack-live"
    mine.mkdir()
    leftovers.track(mine)
    dead = tmp_path / ".office-dead.part"
    dead.write_bytes(b"half a backup")
    with open(leftovers.registry(), "a", encoding="utf-8") as f:
        f.write(f"999999999\t{dead}\n")  # a pid no process has
    not_ours = tmp_path / "pack.xlsx"
    not_ours.write_bytes(b"a finished export")
    with open(leftovers.registry(), "a", encoding="utf-8") as f:
        f.write(f"999999999\t{not_ours}\n")
    assert leftovers.clean() == [dead]
    assert mine.exists() and not dead.exists() and not_ours.exists()


def test_print_previews_live_in_the_users_data_folder_not_the_system_temp_folder(office, tmp_path):
    import tempfile

    from app import files

    folder = leftovers.private_folder("preview")
    assert folder.parent == leftovers.previews_dir()
    assert not str(folder).startswith(tempfile.gettempdir() + "/service-office-")
    target = files.save_atomically(
        folder / "service-sheet.pdf", lambda tmp: tmp.write_bytes(b"%PDF-1.4"), ".pdf"
    )
    assert target.read_bytes() == b"%PDF-1.4"
    assert str(folder) in leftovers.registry().read_text(encoding="utf-8")  # cleaned after this process
