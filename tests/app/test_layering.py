"""app/ must run without Qt (ARCHITECTURE)."""

import subprocess
import sys


def test_app_package_imports_no_qt():
    code = (
        "import importlib, pkgutil, sys, app, app.services, app.migrations\n"
        "for pkg in (app, app.services):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_version_is_the_same_in_app_and_pyproject():
    import tomllib
    from pathlib import Path

    import app

    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    assert app.__version__ == pyproject["project"]["version"]


def test_ui_never_imports_the_models():
    """Screens get ready rows and allowed actions from services (ARCHITECTURE: one way for all);
    `ui/` never reaches the database by itself."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    offenders = []
    for path in sorted((root / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(n == "app.models" or n.startswith("app.models.") for n in names):
                offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []
