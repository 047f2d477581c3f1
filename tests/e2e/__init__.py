"""End-to-end tests in a real browser (a package, so its conftest does not shadow tests/conftest.py)."""
