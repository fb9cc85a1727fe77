"""Headless commands for scheduled work (no Qt):

    main.py export REGISTER[,REGISTER…]|pack --period 2026-10 -o FILE.xlsx [--unmasked] [--lang zh_CN]
    main.py print service-sheet|dispatch-slip TICKET -o FILE.pdf [--lang zh_CN]
    main.py print warranty-card CONTRACT -o FILE.pdf
    main.py print blank-survey [TICKET] -o FILE.pdf
    main.py import FILE.xlsx [--dry-run] [--report REPORT.xlsx]
    main.py [--db SOURCE] move --to postgresql://user@host/dbname   (or --to FILE.db: back to a file)
    main.py consolidate PACK.xlsx|FOLDER … -o ALL.xlsx [--lang zh_CN]   (app/head_office/command.py)

The language is the office's (setting office.language), else the system's (LANG); `--lang`
overrides. Headers, labels and messages in it come from resources/translations/app_<lang>.ts.
"""

from __future__ import annotations

import argparse
import logging
import os
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
from app.services import settings, warranty_records, work_orders

LANGUAGES = ("zh_CN", "en")
BLANK_SURVEY, WARRANTY_CARD = "blank-survey", "warranty-card"
PRINT_KINDS = (forms.SERVICE_SHEET, forms.DISPATCH_SLIP, WARRANTY_CARD, BLANK_SURVEY)

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


def system_language(environ: dict[str, str] | None = None) -> str:
    """zh_CN when the system's locale is Chinese (LC_ALL, LC_MESSAGES, LANG), else English."""
    env = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(key, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


def office_language(requested: str | None, environ: dict[str, str] | None = None) -> str:
    """`--lang` if given, else the office's setting, else the system's language."""
    if requested:
        return requested
    stored = settings.get(settings.OFFICE_LANGUAGE, "") if settings.is_initialised() else ""
    return stored if stored in LANGUAGES else system_language(environ)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="main.py")
    p.add_argument("--db", default=None, help="database path or URL")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("export", help="write registers to an Excel workbook")
    e.add_argument("register", help=f"{', '.join(REGISTERS)}, 'pack' for all, or a comma-separated list")
    e.add_argument("--period", required=True, help="2026-10, 2026-Q4 or 2026-10-01..2026-10-31")
    e.add_argument("-o", "--output", required=True)
    e.add_argument(
        "--unmasked", action="store_true", help="full phone numbers (needs the manager's permission)"
    )
    e.add_argument("--lang", choices=LANGUAGES, default=None)
    pr = sub.add_parser("print", help="write a printed form to a PDF")
    pr.add_argument("form", choices=PRINT_KINDS)
    pr.add_argument("subject", nargs="?", default="", help="ticket no. (contract no. for warranty-card)")
    pr.add_argument("-o", "--output", required=True)
    pr.add_argument("--lang", choices=LANGUAGES, default=None)
    i = sub.add_parser("import", help="import customers and sites from Excel")
    i.add_argument("file")
    i.add_argument("--dry-run", action="store_true", help="check and report only")
    i.add_argument("--report", default=None, help="save the check's report as xlsx")
    i.add_argument("--lang", choices=LANGUAGES, default=None)
    m = sub.add_parser("move", help="copy the office to an empty database (server or file), verified")
    m.add_argument("--to", required=True, help="postgresql://user@host:port/dbname or a new .db file")
    m.add_argument("--lang", choices=LANGUAGES, default=None)
    head_office_command.add_parser(sub)
    return p


def main(argv: list[str] | None = None, now: datetime | None = None) -> int:
    args = _parser().parse_args(argv)
    now = now or datetime.now().replace(microsecond=0)
    translate = ts_translate(args.lang or system_language())  # until the office's setting is read
    logs.setup()
    log.info("command %s", args.command)
    if args.command == "consolidate":  # reads packs only: the office database is not opened
        try:
            return head_office_command.run(
                args, translate, [ts_translate(lang) for lang in ("en", "zh_CN")], now
            )
        except ValidationError as err:
            print(err.text(translate("errors", err.message)), file=sys.stderr)
            return 2
    try:
        if args.command == "move":
            from app import transfer

            source = args.db or str(default_database_path())
            report = transfer.move_office(source, args.to, lambda table, n: log.info("%s: %d", table, n))
            for t in report.tables:
                print(f"{t.table}: {t.rows} rows, sha256 {t.checksum[:16]}… verified")
            print(f"moved {report.rows} rows to {db.display_name(args.to)}; {source} is unchanged")
            log.info("command move done")
            return 0
        if args.db is not None or db.database.obj is None:
            db.connect(args.db or str(default_database_path()))
        translate = ts_translate(office_language(args.lang))
        if args.command == "export":
            codes = MONTHLY_PACK if args.register == "pack" else args.register.split(",")
            result = export(
                codes,
                parse_period(args.period),
                Path(args.output),
                Options(translate=translate, mask_phones=not args.unmasked),
                now,
                None,
            )
            for s in result.sheets:
                print(translate("cli", "{sheet}: {rows} rows").format(sheet=s.title, rows=s.rows))
            print(translate("cli", "Written: {path}").format(path=result.path))
        elif args.command == "print":
            print(translate("cli", "Written: {path}").format(path=_print(args, translate, now)))
        else:
            report = importing.check(Path(args.file), translate, today=now.date())
            for r in report.bad:
                print(translate("cli", "Row {row}: {reason}").format(row=r.row, reason=r.text(translate)))
            if args.report:
                importing.save_report(report, Path(args.report), translate)
            if args.dry_run:
                text = translate("cli", "{good} rows would be imported, {bad} not (dry run).")
                print(text.format(good=len(report.valid), bad=len(report.bad)))
            else:
                done = importing.apply(report, now, None)
                print(
                    translate("cli", "{good} rows imported, {bad} not.").format(
                        good=done, bad=len(report.bad)
                    )
                )
    except ValidationError as err:
        log.warning("command %s refused: %s", args.command, err)
        print(err.text(translate("errors", err.message)), file=sys.stderr)
        return 2
    except Exception as err:  # one line for the person, the traceback for IT in the log file
        log.exception("command %s failed", args.command)
        kind = db.failure_kind(err)
        reason = f"the database is {kind}" if kind else f"{type(err).__name__}: {err}"
        text = translate("cli", "The command failed ({reason}); the details are in {path}.")
        print(text.format(reason=reason, path=logs.log_path()), file=sys.stderr)
        return 1
    log.info("command %s done", args.command)
    return 0


def _print(args: argparse.Namespace, translate: Callable[[str, str], str], now: datetime) -> Path:
    """One printed form: a work order's sheet or slip, a project's warranty card, a survey."""
    path, subject = Path(args.output), args.subject.strip()
    if args.form == WARRANTY_CARD:
        return forms.warranty_card(warranty_records.site_for_contract(subject), path, translate, now=now)
    if args.form == BLANK_SURVEY:
        ticket_id = work_orders.ticket_of_order(forms.order_for_ticket(subject)) if subject else None
        return forms.survey(path, translate, ticket_id=ticket_id, now=now)
    order = forms.order_for_ticket(subject)
    draw = forms.service_sheets if args.form == forms.SERVICE_SHEET else forms.dispatch_slips
    return draw([order], path, translate, now=now)
