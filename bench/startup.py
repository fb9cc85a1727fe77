"""Start-up time (issue: the executable): from process start to the first window on screen,
for `python main.py` (what `uv run main.py` runs) and for the built executable, median of
several runs, on a database holding the demo office; plus opening the main window after
sign-in, measured in-process.

    uv run python bench/startup.py [--runs 7] [--exe dist/ServiceOffice/ServiceOffice]
                                   [--db OFFICE.db] [--cold]

`--db` takes a long-lived office from bench/big_office.py (60,000 or 1,000,000 tickets);
`--cold` drops the page cache before each start (needs root), as after a reboot. The start-up
health check (`quick_check`, every page read) is timed on its own too: on a large office it runs
in a thread behind a "checking" window, so the first window stays under 1 s.

Build the executable first with `uv run pyinstaller installer.spec`. Target: the built
executable's window under 1.5 s on this machine class.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import health  # noqa: E402

NOW = datetime(2026, 11, 23, 10, 0)


def demo_database(folder: Path) -> Path:
    from app import db
    from app.demo import fill_demo_office
    from app.services import setup

    path = folder / "office.db"
    db.connect(str(path))
    setup.set_up_branch("上海浦东售后服务部", "SH", "王丽", NOW, role="manager")
    fill_demo_office(NOW)
    db.close()
    return path


COLD = False


def _drop_caches() -> None:
    """A cold start: the office file (and Python, Qt) read from disk again, as after a reboot."""
    if COLD:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")


def time_to_window(command: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        _drop_caches()
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
        )
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith("window-shown"):
                times.append((time.perf_counter() - t0) * 1000)
                break
        proc.wait(timeout=30)
    return statistics.median(times)


def main_window_open_ms(db_path: Path, runs: int) -> float:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app import db
    from app.models import Staff
    from ui.application import create_application
    from ui.main_window import MainWindow

    app, languages = create_application([sys.argv[0]])
    languages.apply("zh_CN")
    db.connect(str(db_path))
    manager = Staff.get(Staff.role == "manager").id
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        window = MainWindow(languages, lambda: NOW, manager, str(db_path))
        window.show()
        QApplication.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    _ = app
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--exe", default=str(ROOT / "dist" / "ServiceOffice" / "ServiceOffice"))
    parser.add_argument("--db", help="an office made by bench/big_office.py (default: a fresh demo office)")
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each start (root)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    db_path = Path(args.db) if args.db else demo_database(folder)
    print(f"office_file_mb: {db_path.stat().st_size / 1e6:.0f} MB")
    global COLD
    COLD = args.cold
    health_ms = []
    for _ in range(args.runs):
        _drop_caches()
        t0 = time.perf_counter()
        assert health.quick_check(db_path)
        health_ms.append((time.perf_counter() - t0) * 1000)
    print(f"startup_health_check_{'cold' if COLD else 'warm'}_ms: {statistics.median(health_ms):.0f} ms")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SERVICE_OFFICE_DATA_DIR": str(folder / "data")}
    probe = ["--db", str(db_path), "--probe-startup", "--lang", "zh_CN"]
    source = time_to_window([sys.executable, str(ROOT / "main.py"), *probe], env, args.runs)
    print(f"startup_source_to_first_window_{'cold' if COLD else 'warm'}_ms: {source:.0f} ms")
    exe = Path(args.exe)
    if exe.exists():
        built = time_to_window([str(exe), *probe], env, args.runs)
        print(f"startup_built_exe_to_first_window_ms: {built:.0f} ms")
    else:
        print(
            f"startup_built_exe_to_first_window_ms: not measured (no {exe}; run uv run pyinstaller installer.spec)"
        )
    print(f"main_window_open_after_sign_in_ms: {main_window_open_ms(db_path, args.runs):.0f} ms")


if __name__ == "__main__":
    main()
