"""Update the .ts sources from the code, or build the .qm files from them.

    uv run python scripts/translations.py update   # pyside6-lupdate over app/ and ui/
    uv run python scripts/translations.py build    # pyside6-lrelease → resources/translations/*.qm

Translate with `uv run pyside6-linguist resources/translations/app_zh_CN.ts`. The program
also builds missing or stale .qm files at start, so a fresh checkout needs no extra step.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGUAGES = ["zh_CN"]  # English is the source language


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for d in ("app", "ui") for p in (ROOT / d).rglob("*.py"))
    return [*files, "main.py"]


def update(ts_dir: Path = ROOT / "resources" / "translations") -> list[Path]:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    out = []
    for lang in LANGUAGES:
        ts = ts_dir / f"app_{lang}.ts"
        subprocess.run(
            [str(tool), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        out.append(ts)
    return out


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "update":
        for path in update():
            print("updated", path)
    else:
        from ui.i18n import compile_translations

        for path in compile_translations(force=True):
            print("built", path)
