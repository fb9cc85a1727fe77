"""`--smoke-test`: prove a built program has everything it needs (issue: the executable).

Starts Qt, opens a temporary database with a small demo office, builds the main window with
every tab, writes one register (xlsx) and one printed form (PDF) into `out_dir`, and returns 0.
Any missing font, plugin, translation or module fails it with a message and exit code 1.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path


def run_smoke_test(out_dir: str | None = None) -> int:
    out = Path(out_dir or tempfile.mkdtemp(prefix="service-office-smoke-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        return _run(out)
    except Exception:
        (out / "smoke-error.txt").write_text(traceback.format_exc(), encoding="utf-8")
        if sys.stderr is not None:  # console=False builds have no stderr
            traceback.print_exc()
        return 1


def _run(out: Path) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontDatabase

    from app import db, forms, registers
    from app.demo import fill_demo_office
    from app.registers.period import month
    from app.registers.writer import Options
    from app.services import settings, setup, work_orders
    from ui.application import create_application
    from ui.main_window import MainWindow

    now = datetime(2026, 11, 23, 10, 0)
    app, languages = create_application([sys.argv[0]])
    languages.apply("zh_CN")
    if not QFontDatabase.hasFamily("WenQuanYi Micro Hei"):
        raise RuntimeError("the bundled CJK font was not found")
    if QCoreApplication.translate("MainWindow", "&Intake") == "&Intake":
        raise RuntimeError("the Chinese translation was not loaded")
    from app.cli import ts_translate

    # the headless commands read the catalogue itself (app/ never imports Qt): it must be bundled
    if ts_translate("zh_CN")("forms", "Dispatch slip") == "Dispatch slip":
        raise RuntimeError("the headless commands' Chinese catalogue was not found")
    db.connect(str(out / "smoke.db"))
    manager = setup.set_up_branch("冒烟测试分公司", "SM", "经理", now, role="manager")
    fill_demo_office(now, customers=12, tickets=60)
    window = MainWindow(languages, lambda: now, manager, "smoke.db")
    window.show()
    app.processEvents()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    translate = QCoreApplication.translate
    options = Options(translate=translate, branch=settings.branch().name, now=now)
    register = registers.export(
        ["intake"], month(now.date()), out / "intake-register.xlsx", options, now, manager
    )
    order_id = work_orders.first_order_id()
    sheet = forms.service_sheets([order_id], out / "service-sheet.pdf", translate, now=now, staff_id=manager)
    window.close()
    db.close()
    if sys.stdout is not None:
        print(f"tabs: {', '.join(tabs)}")
        print(f"register: {register.path} ({register.rows} rows)")
        print(f"form: {sheet}")
    return 0
