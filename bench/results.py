"""Shared by the benchmarks: the machine line, a block's closing lines, and writing one marked
block of RESULTS.md.

Each benchmark owns a block `<!-- NAME:start -->` … `<!-- NAME:end -->`; rewriting one block
leaves the others as they are.
"""

from __future__ import annotations

import os
import platform
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_line(model: str | None = None) -> str:
    import spacy

    parts = [platform.platform(), f"{cpu_name()} ({os.cpu_count()} logical CPUs)", f"Python {platform.python_version()}", f"spaCy {spacy.__version__}"]
    if model:
        try:
            version = spacy.util.get_package_version(model)
        except Exception:  # a pipeline loaded from a path has no package version
            version = None
        parts.append(f"model {model} {version or ''}".strip())
    return "; ".join(parts)


def command_line(script: str, argv: list[str] | None = None) -> str:
    """How `script` (a file in bench/) was run, to be pasted again: its arguments as given."""
    return " ".join([".venv/bin/python", f"bench/{script}", *(sys.argv[1:] if argv is None else argv)])


def provenance(command: str, machine: str) -> list[str]:
    """The closing lines of a block, so a figure can be traced and re-run: command, machine, date."""
    return [f"- command: `{command}`", f"- machine: {machine}", f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M UTC}"]


def write_block(name: str, text: str, path: Path = RESULTS) -> None:
    """Replace (or append) the block NAME in RESULTS.md with `text`."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{text.strip()}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    updated = pattern.sub(lambda _: block, current) if pattern.search(current) else current.rstrip() + "\n\n" + block + "\n"
    path.write_text(updated, encoding="utf-8")


def save_block(name: str, text: str) -> None:
    """`write_block`, then say where on standard output (for the scripts run by hand)."""
    write_block(name, text)
    print(f"\nwrote {RESULTS.relative_to(RESULTS.parent.parent)}")
