"""Headless commands for scheduled work (no Qt):

    main.py export REGISTER[,REGISTER…]|pack --period 2026-10 -o FILE.xlsx [--unmasked] [--lang zh_CN]
    main.py print service-sheet|dispatch-slip TICKET -o FILE.pdf [--lang zh_CN]
    main.py import FILE.xlsx [--dry-run] [--report REPORT.xlsx]
    main.py consolidate PACK.xlsx|FOLDER … -o ALL.xlsx [--lang zh_CN]   (app/head_office/command.py)

Headers and labels in another language come from resources/translations/app_<lang>.ts.
"""

from __future__ import annotations

import argparse
import logging
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path

from app import db, forms, importing, logs
from app.errors import ValidationError
from app.head_office import command as head_office_command
from app.paths import default_database_path, resources_dir
from app.registers import MONTHLY_PACK, REGISTERS, export
from app.registers.period import parse_period
from app.registers.writer import Options

log = logging.getLogger("service_office.cli")


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = resources_dir() / "translations" / f"app_{lang}.ts"
    if lang == "en" or not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                out[(name, m.findtext("source") or "")] = tr.text
    return out


def ts_translate(lang: str) -> Callable[[str, str], str]:
    """A `translate(context, text)` reading the .ts catalogue (falls back to the source text)."""
    table = _catalogue(lang)
    return lambda context, text: table.get((context, text), text)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="main.py")
    p.add_argument("--db", default=None, help="database path or URL")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("export", help="write registers to an Excel workbook")
    e.add_argument("register", help=f"{', '.join(REGISTERS)}, 'pack' for all, or a comma-separated list")
    e.add_argument("--period", required=True, help="2026-10, 2026-Q4 or 2026-10-01..2026-10-31")
    e.add_argument("-o", "--output", required=True)
    e.add_argument("--unmasked", action="store_true", help="full phone numbers (R10.1)")
    e.add_argument("--lang", default="en")
    pr = sub.add_parser("print", help="write a printed form to a PDF")
    pr.add_argument("form", choices=[forms.SERVICE_SHEET, forms.DISPATCH_SLIP])
    pr.add_argument("ticket")
    pr.add_argument("-o", "--output", required=True)
    pr.add_argument("--lang", default="en")
    i = sub.add_parser("import", help="import customers and sites from Excel")
    i.add_argument("file")
    i.add_argument("--dry-run", action="store_true", help="check and report only")
    i.add_argument("--report", default=None, help="save the check's report as xlsx")
    i.add_argument("--lang", default="en")
    head_office_command.add_parser(sub)
    return p


def main(argv: list[str] | None = None, now: datetime | None = None) -> int:
    args = _parser().parse_args(argv)
    now = now or datetime.now().replace(microsecond=0)
    tr = ts_translate(args.lang or "en")
    logs.setup()
    log.info("command %s", args.command)
    if args.command == "consolidate":  # reads packs only: the office database is not opened
        try:
            return head_office_command.run(args, tr, [ts_translate(lang) for lang in ("en", "zh_CN")], now)
        except ValidationError as err:
            print(err.text(tr("errors", err.message)), file=sys.stderr)
            return 2
    try:
        if args.db is not None or db.database.obj is None:
            db.connect(args.db or str(default_database_path()))
        if args.command == "export":
            codes = MONTHLY_PACK if args.register == "pack" else args.register.split(",")
            result = export(
                codes,
                parse_period(args.period),
                Path(args.output),
                Options(translate=tr, mask_phones=not args.unmasked),
                now,
                None,
            )
            for s in result.sheets:
                print(f"{s.title}: {s.rows} rows")
            print(f"written {result.path}")
        elif args.command == "print":
            order = forms.order_for_ticket(args.ticket)
            draw = forms.service_sheets if args.form == forms.SERVICE_SHEET else forms.dispatch_slips
            print(f"written {draw([order], Path(args.output), tr, now=now)}")
        else:
            report = importing.check(Path(args.file), tr)
            for r in report.bad:
                print(f"row {r.row}: {r.text(tr)}")
            if args.report:
                importing.save_report(report, Path(args.report), tr)
            if args.dry_run:
                print(f"{len(report.valid)} rows would be imported, {len(report.bad)} not (dry run)")
            else:
                print(f"{importing.apply(report, now, None)} rows imported, {len(report.bad)} not")
    except ValidationError as err:
        log.warning("command %s refused: %s", args.command, err)
        print(err.text(tr("errors", err.message)), file=sys.stderr)
        return 2
    except Exception as err:  # one line for the person, the traceback for IT in the log file
        log.exception("command %s failed", args.command)
        kind = db.failure_kind(err)
        reason = f"the database is {kind}" if kind else f"{type(err).__name__}: {err}"
        print(f"failed ({reason}); details in {logs.log_path()}", file=sys.stderr)
        return 1
    log.info("command %s done", args.command)
    return 0
