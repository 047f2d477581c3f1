"""End-to-end fixtures: a real `spotted serve` in its own process, on a free loopback port, over a
store built by ingesting the founding example; Debian's Chromium driven by Playwright.

pytest-playwright supplies `page` and `output_path` (screenshots go there, under test-results/);
these fixtures point it at /usr/bin/chromium (`playwright install` cannot download its own
build here) and at the server. Without Chromium every test here is skipped, saying why.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from spotted.store import Store

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "examples" / "vmas-2011-backstage.txt"
TOKEN = "e2e-token-0b7d"
START_TIMEOUT = 60.0  # seconds for the server to answer


def chromium() -> str | None:
    found = shutil.which("chromium") or "/usr/bin/chromium"
    return found if os.access(found, os.X_OK) else None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    executable = chromium()
    if executable is None:
        pytest.skip("no Chromium at /usr/bin/chromium: run scripts/install-browser.sh (Debian's chromium package)")
    return {**browser_type_launch_args, "executable_path": executable}


@pytest.fixture(scope="session")
def founding_store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("e2e") / "spotted.db"
    with Store(db) as store:
        report = store.ingest([FOUNDING])
    assert report.stored == 1, report.to_dict()
    return db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"spotted serve exited with {server.returncode}: {server.stderr.read()}")
        try:
            with urllib.request.urlopen(url + "/api/stats", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"spotted serve did not answer at {url} within {START_TIMEOUT:.0f}s")


@pytest.fixture(scope="session")
def base_url(founding_store) -> Iterator[str]:
    """`spotted serve --allow-writes` over the founding store (token in SPOTTED_TOKEN), stopped at the end."""
    port = free_port()
    command = [sys.executable, "-c", "from spotted.cli import main; main()",
               "serve", "--db", str(founding_store), "--port", str(port), "--allow-writes"]
    server = subprocess.Popen(command, env={**os.environ, "SPOTTED_TOKEN": TOKEN}, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, server)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture
def write_token() -> str:
    """The token the server was started with."""
    return TOKEN


@pytest.fixture
def shots(output_path) -> Path:
    """This test's output folder, for its screenshots."""
    folder = Path(output_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
