"""Service office: `uv run main.py` opens the program (see README)."""

from ui.application import main

if __name__ == "__main__":
    main()
