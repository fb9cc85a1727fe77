"""Domain, data and rules of the service office. Never imports Qt."""

__version__ = "0.1.0"  # keep equal to pyproject.toml (tests/app/test_layering.py checks)
