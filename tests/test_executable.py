"""The double-click program (issue: the executable): built from installer.spec, it starts,
finds its fonts, translations and plugins, writes a register and a PDF, and leaves out what we
decided to exclude."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NAME = "ServiceOffice.exe" if sys.platform == "win32" else "ServiceOffice"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            "installer.spec",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=900,
    )
    return out / "dist" / "ServiceOffice"


@pytest.mark.slow
def test_the_built_program_passes_its_smoke_test(built, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SERVICE_OFFICE_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [str(built / NAME), "--smoke-test", str(tmp_path / "smoke")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (
        result.stdout,
        result.stderr,
        (tmp_path / "smoke" / "smoke-error.txt").read_text()
        if (tmp_path / "smoke" / "smoke-error.txt").exists()
        else "",
    )
    assert (tmp_path / "smoke" / "intake-register.xlsx").stat().st_size > 0
    assert (tmp_path / "smoke" / "service-sheet.pdf").read_bytes().startswith(b"%PDF")
    assert "来电登记" in result.stdout  # the Chinese translation was bundled


@pytest.mark.slow
def test_the_bundle_leaves_out_what_we_excluded(built):
    names = [str(p.relative_to(built)).lower() for p in built.rglob("*")]
    for unwanted in (
        "qt6quick",
        "qt6qml",
        "qt6virtualkeyboard",
        "qt6webengine",
        "qwayland",
        "eglfs",
        "tkinter",
        "pytest",
        "hypothesis",
    ):
        assert not [n for n in names if unwanted in n], unwanted
    for wanted in ("wqy-microhei.ttc", "app_zh_cn.qm", "qtbase_zh_cn.qm", "app.png"):
        assert [n for n in names if n.endswith(wanted)], wanted
    # Links to libraries are counted once, as the files they point to.
    size_mb = sum(p.stat().st_size for p in built.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    assert size_mb < 260, f"the bundle grew to {size_mb:.0f} MB"
