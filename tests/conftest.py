"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import spotted
from spotted.types import Extraction

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"


@pytest.fixture(scope="session")
def extract():
    """`spotted.extract` with the default model (loaded once, cached by the library)."""
    return spotted.extract


@pytest.fixture(scope="session")
def founding() -> tuple[Extraction, dict]:
    text = (EXAMPLES / "vmas-2011-backstage.txt").read_text(encoding="utf-8")
    gold = json.loads((EXAMPLES / "vmas-2011-backstage.gold.json").read_text(encoding="utf-8"))
    return spotted.extract(text), gold


def names(result: Extraction) -> set[str]:
    return {person.name for person in result.people}


def pairs(result: Extraction) -> set[frozenset[str]]:
    return {frozenset({i.a, i.b}) for i in result.interactions}
