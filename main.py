"""Service office: `uv run main.py` opens the program; `export`, `print`, `import` and `demo`
run headless (see README)."""

import sys

HEADLESS_COMMANDS = ("export", "print", "import", "demo", "consolidate", "move")


def headless_args(argv: list[str]) -> list[str] | None:
    """The CLI's arguments when a headless command is asked for (`--db X` and `--user NAME` may
    stand anywhere)."""
    args = list(argv)
    front: list[str] = []
    for option in ("--db", "--user"):
        if option in args:
            i = args.index(option)
            front, args = front + args[i : i + 2], args[:i] + args[i + 2 :]
    if args and args[0] in HEADLESS_COMMANDS:
        return front + args
    return None


if __name__ == "__main__":
    import multiprocessing

    # head office's consolidation reads packs in worker processes (spawned): in the packaged
    # program a worker starts as this executable, and must not open a window
    multiprocessing.freeze_support()
    cli_args = headless_args(sys.argv[1:])
    if cli_args is not None:
        from app.cli import main as cli_main

        # A failed save (full disk) leaves openpyxl's row generators half-closed; their clean-up
        # noise at exit ("Exception ignored in …") is not for the person at the terminal.
        sys.unraisablehook = lambda unraisable: None
        sys.exit(cli_main(cli_args))
    from ui.application import main

    main()
