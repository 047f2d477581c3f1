"""Builders for the web tests: a small store written without spaCy, and clients over it.

The archive is hand-made extractions over real sentences (invented names), built with the
store tests' `made`, plus one article whose text and names carry markup, to prove that pages
show it as text. This module holds no tests.
"""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from test_store_support import made

from spotted.store import Store
from spotted.types import Extraction, Mention, Person, SourceArticle
from spotted.web import WebConfig, create_app

TOKEN = "test-token-5f1c"
HOSTILE_NAME = "Mallory</script><img src=x onerror=alert(1)>"
HOSTILE_TITLE = "<script>alert('title')</script> night out"

CORAL = ("Coral Screen Awards", "2024-05-12")
TIDE = ("Tide Music Awards", "2024-06-02")


def archive() -> list[tuple[SourceArticle, Extraction]]:
    """Three articles from two award shows, and one whose text and names carry markup."""
    backstage = made(
        "Vera Quill hugged Otto Brandt backstage at the Coral Screen Awards. "
        '"Best night of the year," Quill told reporters. '
        "Ines Morrow's dressing room was next to Quill's.",
        title="Backstage at the Coral Screen Awards",
        url="https://example.com/coral/backstage",
        published="2024-05-13",
        event=CORAL,
        people={"Vera Quill": ["Vera Quill", "Quill"], "Otto Brandt": ["Otto Brandt"], "Ines Morrow": ["Ines Morrow"]},
        sightings=(("Vera Quill", "backstage", "hugged Otto Brandt", "Vera Quill hugged Otto Brandt backstage"),),
        interactions=(("Vera Quill", "Otto Brandt", "hugged", "Vera Quill hugged Otto Brandt"),),
        colocated=(("Ines Morrow", "Vera Quill", "dressing rooms", "Ines Morrow's dressing room was next to Quill's"),),
        quotes=(("Best night of the year,", "Vera Quill", None),),
    )
    afterparty = made(
        "At the Coral Screen Awards after-party, Otto Brandt danced with Vera Quill.",
        title="The Coral after-party",
        url="https://example.com/coral/afterparty",
        published="2024-05-13",
        event=CORAL,
        people={"Otto Brandt": ["Otto Brandt"], "Vera Quill": ["Vera Quill"]},
        interactions=(("Otto Brandt", "Vera Quill", "danced with", "Otto Brandt danced with Vera Quill"),),
    )
    tide = made(
        'Vera Quill sang at the Tide Music Awards. "I missed this stage," she said.',
        title="Tide Music Awards",
        url="https://example.com/tide/show",
        published="2024-06-03",
        event=TIDE,
        people={"Vera Quill": ["Vera Quill"]},
        sightings=(("Vera Quill", "stage", "sang", "Vera Quill sang"),),
        quotes=(("I missed this stage,", "Vera Quill", None),),
    )
    return [backstage, afterparty, tide, hostile()]


def hostile() -> tuple[SourceArticle, Extraction]:
    """An article whose title, text and one person's name are HTML and script."""
    text = f"{HOSTILE_NAME} waved at Vera Quill. <script>alert('text')</script>"
    title = HOSTILE_TITLE
    start = text.index("Vera Quill")
    extraction = Extraction(
        text=text,
        title=title,
        url="javascript:alert('url')",
        people=[
            Person(HOSTILE_NAME, [Mention(HOSTILE_NAME, 0, len(HOSTILE_NAME))], True, ["test"]),
            Person("Vera Quill", [Mention("Vera Quill", start, start + len("Vera Quill"))], True, ["test"]),
        ],
    )
    return SourceArticle(raw=text, title=title, url=extraction.url, source="hostile"), extraction


def build_store(path: Path) -> Path:
    with Store(path) as store:
        store.add(archive())
    return path


def client(db: Path, **options) -> TestClient:
    """A test client over the app for `db`; `options` go to `WebConfig`."""
    return TestClient(create_app(WebConfig(db, **options)))


def person_id(db: Path, name: str) -> int:
    with Store(db, create=False) as store:
        return store.find_person(name).id
