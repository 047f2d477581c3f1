"""Shared by the benchmarks: the machine line, and writing one marked block of RESULTS.md.

Each benchmark owns a block `<!-- NAME:start -->` … `<!-- NAME:end -->`; rewriting one block
leaves the others as they are.
"""

from __future__ import annotations

import os
import platform
import re
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


def write_block(name: str, text: str, path: Path = RESULTS) -> None:
    """Replace (or append) the block NAME in RESULTS.md with `text`."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{text.strip()}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    updated = pattern.sub(lambda _: block, current) if pattern.search(current) else current.rstrip() + "\n\n" + block + "\n"
    path.write_text(updated, encoding="utf-8")
