"""Headless commands for scheduled work (no Qt):

    main.py export REGISTER[,REGISTER…]|pack --period 2026-10 -o FILE.xlsx [--unmasked] [--lang zh_CN]
    main.py print service-sheet|dispatch-slip TICKET -o FILE.pdf [--lang zh_CN]
    main.py print warranty-card CONTRACT -o FILE.pdf
    main.py print blank-survey [TICKET] -o FILE.pdf
    main.py import FILE.xlsx [--dry-run] [--report REPORT.xlsx]
    main.py [--db SOURCE] move --to postgresql://user@host/dbname   (or --to FILE.db: back to a file)
    main.py consolidate PACK.xlsx|FOLDER … -o ALL.xlsx [--lang zh_CN]   (app/head_office/command.py)
    main.py demo PATH [--lang zh_CN] [--tickets N] [--years Y]
                                          a new demo office file (refuses a PATH that exists)

Every command but `demo` and `consolidate` (which open no office) signs in first:
`--user NAME` and the password (app/headless_sign_in.py), then the role table decides.

The language is the office's (setting office.language), else the system's (LANG); `--lang`
overrides. Headers, labels and messages in it come from resources/translations/app_<lang>.ts.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import logging
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path

import peewee

from app import (
    db,
    files,
    forms,
    headless_sign_in,
    health,
    importing,
    leftovers,
    logs,
    office_lock,
    permissions,
)
from app.errors import QT_TRANSLATE_NOOP, DatabaseLocationError, ValidationError
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
    p.add_argument(
        "--user",
        default=None,
        help="who signs in (default: $SERVICE_OFFICE_USER or the credential file); the password "
        "comes from $SERVICE_OFFICE_PASSWORD, the credential file, or is asked",
    )
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
    d = sub.add_parser("demo", help="make a new demo office file (every demo member of staff: demo1234)")
    d.add_argument("path")
    # The demo branch is a Shanghai office: its names are Chinese unless English is asked for.
    d.add_argument("--lang", default="zh_CN", help="zh_CN (default) or en: the branch's and admin's names")
    d.add_argument("--tickets", default=None, help="how many tickets (default 1500; up to 2,000,000)")
    d.add_argument("--years", default=None, help="over how many years (default about 18 months; up to 20)")
    head_office_command.add_parser(sub)
    return p


MAX_DEMO_TICKETS = 2_000_000
MAX_DEMO_YEARS = 20


def _demo_size(args: argparse.Namespace) -> tuple[int | None, float | None]:
    """--tickets and --years as numbers, or ValidationError saying what to give instead."""
    tickets = years = None
    if args.tickets is not None:
        try:
            tickets = int(str(args.tickets).replace(",", "").replace("_", ""))
        except ValueError:
            tickets = -1
        if not 0 <= tickets <= MAX_DEMO_TICKETS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "--tickets takes a whole number from 0 to {most}, e.g. --tickets 60000."
                ),
                field="tickets",
                most=f"{MAX_DEMO_TICKETS:,}",
            )
    if args.years is not None:
        try:
            years = float(args.years)
        except ValueError:
            years = -1.0
        if not 0.1 <= years <= MAX_DEMO_YEARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "--years takes a number of years from 0.1 to {most}, e.g. --years 5."
                ),
                field="years",
                most=MAX_DEMO_YEARS,
            )
    return tickets, years


def _demo(args: argparse.Namespace, now: datetime, tr: Callable[[str, str], str]) -> int:
    from app.demo import DEMO_PASSWORD, make_demo_file

    if "://" in args.path:  # a server database is never filled with a demo (R10.1a): a file only
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The demo office is made in a new file on this computer, not on a server: give a file "
                "name such as demo.db.",
            ),
            field="path",
        )
    tickets, years = _demo_size(args)
    progress = None
    if tickets is not None and tickets > 5000 and sys.stderr.isatty():
        # a big office takes minutes: say how far it is, on one line of the terminal

        def progress(done: int, total: int) -> None:
            line = _say(tr, QT_TRANSLATE_NOOP("cli", "{done} of {total} tickets…"), done=done, total=total)
            print("\r" + line, end="", file=sys.stderr, flush=True)

    summary = make_demo_file(Path(args.path), now, args.lang, progress=progress, tickets=tickets, years=years)
    if progress is not None:
        print(file=sys.stderr)
    text = QT_TRANSLATE_NOOP(
        "cli", "A demo office with {staff} staff, {customers} customers and {tickets} tickets is in {path}."
    )
    print(
        _say(
            tr,
            text,
            staff=summary.staff + 1,
            customers=summary.customers,
            tickets=summary.tickets,
            path=args.path,
        )
    )
    text = QT_TRANSLATE_NOOP("cli", "Every member of staff signs in with the password {password}.")
    print(_say(tr, text, password=DEMO_PASSWORD))
    return 0


def _say(lookup: Callable[[str, str], str], text: str, **params: object) -> str:
    """A message of the command line in the chosen language, its {placeholders} filled."""
    return lookup("cli", text).format(**params)


# Exit codes: 0 done; 2 bad input (a message says what and how to fix it); 3 sign-in refused or
# the role does not allow it; 4 the office is open in the program window; 5 the database cannot
# be used (missing, empty, damaged, read-only); 6 a file could not be written or read (disk full,
# read-only place); 1 anything else (still one sentence, never a traceback).
BAD_INPUT, REFUSED, OPEN_IN_WINDOW, BAD_DATABASE, FILE_ERROR, OTHER = 2, 3, 4, 5, 6, 1


class CommandError(Exception):
    def __init__(self, code: int, text: str) -> None:
        super().__init__(text)
        self.code = code
        self.text = text


def _database_error(tr: Callable[[str, str], str], problem: str, path: Path) -> CommandError:
    texts = {
        health.MISSING: QT_TRANSLATE_NOOP(
            "cli",
            "There is no office database at {path}. Check the path given with --db; a new office "
            "is only set up in the program window.",
        ),
        health.EMPTY: QT_TRANSLATE_NOOP(
            "cli",
            "The database file {path} is empty (0 bytes) and holds no office. Start the program "
            "window, which offers to restore the newest backup.",
        ),
        health.NOT_A_FILE: QT_TRANSLATE_NOOP(
            "cli", "{path} is not a database file. Check the path given with --db."
        ),
        health.UNREADABLE: QT_TRANSLATE_NOOP(
            "cli", "The database file {path} cannot be read with your permissions. Ask IT to check them."
        ),
        health.READ_ONLY: QT_TRANSLATE_NOOP(
            "cli",
            "The database file {path} (or its folder) is read-only, and signing in must write to "
            "it. Make the file and its folder writable for you, or copy the office to a writable "
            "folder.",
        ),
        "damaged": QT_TRANSLATE_NOOP(
            "cli",
            "The database file {path} is damaged; nothing was read from it. Start the program "
            "window, which offers to restore the newest backup.",
        ),
    }
    return CommandError(BAD_DATABASE, _say(tr, texts[problem], path=path))


def _open_office(
    args: argparse.Namespace, tr: Callable[[str, str], str], stack: contextlib.ExitStack
) -> None:
    """Check the database before anything touches it (R10.1a, issue 15 point 5), honour the
    window's lock (point 6), then connect."""
    if args.db is None and db.database.obj is not None:
        return  # already connected (the tests' office, or a caller that opened it)
    url = args.db or str(default_database_path())
    try:
        path = db.sqlite_path_from(url)
    except ValueError:
        path = None
    if path is not None:
        path = path.expanduser()
        problem = health.file_problem(path)
        if problem is not None:
            raise _database_error(tr, problem, path)
        # The window's lock first: even the health check below opens and closes the file, and
        # closing as the seemingly last connection would delete the window's write-ahead log.
        if not stack.enter_context(office_lock.command_lock(path)):
            raise CommandError(
                OPEN_IN_WINDOW,
                _say(
                    tr,
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "The office {path} is open in the program window on this computer, so the "
                        "command did nothing. Close the window (File ▸ Quit) and run it again; a "
                        "scheduled job should run while the window is closed.",
                    ),
                    path=path,
                ),
            )
        if not health.quick_check(path):
            raise _database_error(tr, "damaged", path)
    elif "://" in url and not url.startswith(("postgresql://", "postgres://")):
        raise CommandError(
            BAD_INPUT,
            _say(
                tr,
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{url} is not a database this program can use: give a file path, "
                    "sqlite:///PATH or postgresql://user@host/dbname.",
                ),
                url=url,
            ),
        )
    try:
        db.connect(url)
    except DatabaseLocationError as err:
        raise CommandError(
            BAD_DATABASE,
            _say(
                tr,
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The database {path} is on a network drive, where it could be damaged. Keep it "
                    "on this computer's own disk, or use a database server for several desks.",
                ),
                path=str(err),
            ),
        ) from err
    stack.callback(db.close)


def _run(args: argparse.Namespace, staff_id: int, now: datetime, tr: Callable[[str, str], str]) -> None:
    translate = tr  # the name lupdate reads messages from
    if args.command == "export":
        codes = MONTHLY_PACK if args.register == "pack" else args.register.split(",")
        result = export(
            codes,
            parse_period(args.period),
            Path(args.output),
            Options(translate=tr, mask_phones=not args.unmasked, language=office_language(args.lang)),
            now,
            staff_id,
        )
        for s in result.sheets:
            print(translate("cli", "{sheet}: {rows} rows").format(sheet=s.title, rows=s.rows))
        print(translate("cli", "Written: {path}").format(path=result.path))
    elif args.command == "print":
        permissions.require(staff_id, permissions.LOOK_UP)
        print(translate("cli", "Written: {path}").format(path=_print(args, tr, now, staff_id)))
    else:
        permissions.require(staff_id, permissions.EDIT_WARRANTY)
        if args.report:
            files.check_target(Path(args.report), ".xlsx", folder_must_exist=True)  # before the work
        report = importing.check(Path(args.file), tr, today=now.date())
        for r in report.bad:
            print(translate("cli", "Row {row}: {reason}").format(row=r.row, reason=r.text(tr)))
        if args.report:
            importing.save_report(report, Path(args.report), tr)
        if args.dry_run:
            text = translate("cli", "{good} rows would be imported, {bad} not (dry run).")
            print(text.format(good=len(report.valid), bad=len(report.bad)))
        else:
            done = importing.apply(report, now, staff_id)
            print(translate("cli", "{good} rows imported, {bad} not.").format(good=done, bad=len(report.bad)))


def _check_outputs(args: argparse.Namespace) -> None:
    """Refuse a wrong output before signing in and working (nothing is written then)."""
    if args.command == "export":
        files.check_target(Path(args.output), ".xlsx", folder_must_exist=True)
    elif args.command == "print":
        files.check_target(Path(args.output), ".pdf", folder_must_exist=True)


def _os_error_text(tr: Callable[[str, str], str], err: OSError) -> str:
    name = err.filename or ""
    if err.errno == errno.ENOSPC:
        text = QT_TRANSLATE_NOOP("cli", "The disk is full; nothing was saved. Free some space and try again.")
    elif err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = QT_TRANSLATE_NOOP(
            "cli", "{name} cannot be written or read with your permissions; choose another place."
        )
    elif err.errno == errno.ENOENT:
        text = QT_TRANSLATE_NOOP("cli", "{name} does not exist; check the path.")
    elif err.errno == errno.EISDIR:
        text = QT_TRANSLATE_NOOP("cli", "{name} is a folder; give a file name.")
    else:
        text = QT_TRANSLATE_NOOP("cli", "{name} could not be used: {detail}.")
    return _say(tr, text, name=name, detail=err.strerror or err.__class__.__name__)


def _move(args: argparse.Namespace, staff_id: int, tr: Callable[[str, str], str]) -> None:
    """The whole office copied elsewhere: the administrator's job (who may back it up)."""
    from app import transfer

    permissions.require(staff_id, permissions.BACKUP)
    source = args.db or str(default_database_path())
    report = transfer.move_office(source, args.to, lambda table, n: log.info("%s: %d", table, n))
    for t in report.tables:
        line = QT_TRANSLATE_NOOP("cli", "{table}: {rows} rows, sha256 {checksum}… verified")
        print(_say(tr, line, table=t.table, rows=t.rows, checksum=t.checksum[:16]))
    done = QT_TRANSLATE_NOOP("cli", "Moved {rows} rows to {target}; {source} is unchanged.")
    print(_say(tr, done, rows=report.rows, target=db.display_name(args.to), source=source))


def main(argv: list[str] | None = None, now: datetime | None = None) -> int:
    args = _parser().parse_args(argv)
    now = now or datetime.now().replace(microsecond=0)
    tr = ts_translate(args.lang or system_language())  # until the office's setting is read
    if argv is None:
        # A failed save (full disk) leaves openpyxl's row generators half-closed; their clean-up
        # noise at exit ("Exception ignored in …") is not for the person at the terminal.
        sys.unraisablehook = lambda unraisable: None
    logs.setup()
    log.info("command %s", args.command)
    try:
        if args.command == "consolidate":  # reads packs only: the office database is not opened
            return head_office_command.run(args, tr, [ts_translate(lang) for lang in ("en", "zh_CN")], now)
        if args.command == "demo":
            return _demo(args, now, tr)
        with contextlib.ExitStack() as stack:
            _open_office(args, tr, stack)
            tr = ts_translate(office_language(args.lang))
            _check_outputs(args)  # in the office's language (it followed LANG), before signing in
            leftovers.clean()
            staff_id = headless_sign_in.sign_in(args.user, now)
            if args.command == "move":
                _move(args, staff_id, tr)
            else:
                _run(args, staff_id, now, tr)
    except CommandError as err:
        print(err.text, file=sys.stderr)
        return err.code
    except (headless_sign_in.SignInRefused, permissions.PermissionDenied) as err:
        print(err.text_in(tr), file=sys.stderr)
        return REFUSED
    except ValidationError as err:
        log.warning("command %s refused: %s", args.command, err)
        code = REFUSED if err.field == "password" else BAD_INPUT
        print(err.text_in(tr), file=sys.stderr)
        return code
    except OSError as err:
        log.warning("command %s: %s", args.command, err)
        print(_os_error_text(tr, err), file=sys.stderr)
        return FILE_ERROR
    except (peewee.PeeweeException, sqlite3.Error) as err:
        log.exception("command %s: database error", args.command)
        text = QT_TRANSLATE_NOOP(
            "cli",
            "The office database could not be used ({detail}); nothing was changed. If it is "
            "read-only or damaged, start the program window to have it explained.",
        )
        print(
            _say(tr, text, detail=str(err).splitlines()[0] if str(err) else type(err).__name__),
            file=sys.stderr,
        )
        return BAD_DATABASE
    except Exception as err:  # one line for the person, the traceback for IT in the log file
        log.exception("command %s failed", args.command)
        kind = db.failure_kind(err)
        text = QT_TRANSLATE_NOOP("cli", "The command failed ({reason}); the details are in {log}.")
        print(_say(tr, text, reason=kind or type(err).__name__, log=logs.log_path()), file=sys.stderr)
        return OTHER
    log.info("command %s done", args.command)
    return 0


def _print(
    args: argparse.Namespace, translate: Callable[[str, str], str], now: datetime, staff_id: int
) -> Path:
    """One printed form: a work order's sheet or slip, a project's warranty card, a survey; the
    audit row names who printed it."""
    path, subject = Path(args.output), args.subject.strip()
    if args.form == WARRANTY_CARD:
        site = warranty_records.site_for_contract(subject)
        return forms.warranty_card(site, path, translate, now=now, staff_id=staff_id)
    if args.form == BLANK_SURVEY:
        ticket_id = work_orders.ticket_of_order(forms.order_for_ticket(subject)) if subject else None
        return forms.survey(path, translate, ticket_id=ticket_id, now=now, staff_id=staff_id)
    order = forms.order_for_ticket(subject)
    if permissions.role_of(staff_id) == "technician":
        permissions.require_order_access(staff_id, order)  # a technician prints their own orders
    draw = forms.service_sheets if args.form == forms.SERVICE_SHEET else forms.dispatch_slips
    return draw([order], path, translate, now=now, staff_id=staff_id)
