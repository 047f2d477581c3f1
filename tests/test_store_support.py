"""Builders for the store tests: an `Extraction` written by hand over a real sentence.

The store's logic (identity, curation, queries) is specified on extractions whose every span is
found in the text by the builder, so the tests do not move when the extractor improves. This
module holds no tests.
"""

from __future__ import annotations

import re

from spotted.aliases import AliasTable
from spotted.types import Colocation, Event, Extraction, Interaction, Mention, Person, Quote, Sighting, SourceArticle


def span(text: str, snippet: str) -> tuple[int, int]:
    start = text.index(snippet)
    return start, start + len(snippet)


def made(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    event: tuple[str, str | None] | None = None,
    people: dict[str, list[str]] | None = None,
    absent: tuple[str, ...] = (),
    sightings: tuple[tuple[str, str | None, str, str], ...] = (),
    interactions: tuple[tuple[str, str, str, str], ...] = (),
    colocated: tuple[tuple[str, str, str | None, str], ...] = (),
    quotes: tuple[tuple[str, str | None, str | None], ...] = (),
    aliases: tuple[tuple[str, str], ...] = (),
) -> tuple[SourceArticle, Extraction]:
    """An (article, extraction) pair over `text`.

    `people` maps each name to the surface forms that mention it (every occurrence is found);
    names in `absent` are not placed at the event. `event` is (name, ISO date). Sightings are
    (person, where, doing, evidence), interactions (a, b, kind, evidence), co-locations
    (a, b, where, evidence), quotes (quoted words, speaker, addressee).
    """
    found = []
    for name, forms in (people or {}).items():
        mentions = [
            Mention(m.group(), m.start(), m.end())
            for form in forms
            for m in re.finditer(rf"\b{re.escape(form)}\b", text)
        ]
        found.append(Person(name, sorted(mentions, key=lambda m: m.start), name not in absent, ["test"]))
    extraction = Extraction(
        text=text,
        title=title,
        url=url,
        published=published,
        event=Event(name=event[0], date=event[1]) if event else None,
        people=found,
        sightings=[Sighting(p, where, doing, *span(text, ev)) for p, where, doing, ev in sightings],
        interactions=[Interaction(a, b, kind, *span(text, ev)) for a, b, kind, ev in interactions],
        colocated=[Colocation(a, b, where, *span(text, ev)) for a, b, where, ev in colocated],
        quotes=[Quote(words, speaker, to, *span(text, words)) for words, speaker, to in quotes],
        aliases=list(aliases),
    )
    return SourceArticle(raw=text, title=title, url=url, published=published, source=title), extraction


def alias_table(*rows: tuple[str, str]) -> AliasTable:
    """An alias table holding only these (alias, name) rows."""
    table = AliasTable()
    for alias, name in rows:
        table.add(alias, name, "test table")
    return table


HARBOR = ("Harbor Music Awards", "2024-02-04")
LANTERN = ("Lantern Film Awards", "2024-04-20")


def small_archive() -> list[tuple[SourceArticle, Extraction]]:
    """Four articles: two from the Harbor Music Awards, one from the Lantern Film Awards, one with no event."""
    backstage = made(
        "Nadia Fairweather hugged Yung Sorrel backstage at the Harbor Music Awards. "
        '"We\'re friends again," Fairweather told reporters. '
        "Theo Marchetti chatted with Lulu Abernathy by the photo booth. "
        "Gideon Pryce's dressing room was next to Fairweather's.",
        title="Backstage at the Harbor Music Awards",
        url="https://example.com/harbor/backstage",
        published="2024-02-05",
        event=HARBOR,
        people={
            "Nadia Fairweather": ["Nadia Fairweather", "Fairweather"],
            "Yung Sorrel": ["Yung Sorrel"],
            "Theo Marchetti": ["Theo Marchetti"],
            "Lulu Abernathy": ["Lulu Abernathy"],
            "Gideon Pryce": ["Gideon Pryce"],
        },
        sightings=(("Nadia Fairweather", "backstage", "hugged Yung Sorrel", "Nadia Fairweather hugged Yung Sorrel backstage"),),
        interactions=(
            ("Nadia Fairweather", "Yung Sorrel", "hugged", "Nadia Fairweather hugged Yung Sorrel"),
            ("Theo Marchetti", "Lulu Abernathy", "chatted", "Theo Marchetti chatted with Lulu Abernathy"),
        ),
        colocated=(("Gideon Pryce", "Nadia Fairweather", "dressing rooms", "Gideon Pryce's dressing room was next to Fairweather's"),),
        quotes=(("We're friends again,", "Nadia Fairweather", None),),
    )
    afterparty = made(
        "At the Harbor Music Awards after-party, Yung Sorrel danced with Nadia Fairweather. Monty Hale skipped the party.",
        title="The Harbor after-party",
        url="https://example.com/harbor/afterparty",
        published="2024-02-05",
        event=HARBOR,
        people={"Yung Sorrel": ["Yung Sorrel"], "Nadia Fairweather": ["Nadia Fairweather"], "Monty Hale": ["Monty Hale"]},
        absent=("Monty Hale",),
        sightings=(("Yung Sorrel", "after-party", "danced with Nadia Fairweather", "Yung Sorrel danced with Nadia Fairweather"),),
        interactions=(("Yung Sorrel", "Nadia Fairweather", "danced with", "Yung Sorrel danced with Nadia Fairweather"),),
    )
    lantern = made(
        'Nadia Fairweather presented best score at the Lantern Film Awards. "Music is my first love," she said. '
        "Priya Castellanos cheered from the front row.",
        title="Lantern Film Awards winners",
        url="https://example.com/lantern/winners",
        published="2024-04-21",
        event=LANTERN,
        people={"Nadia Fairweather": ["Nadia Fairweather"], "Priya Castellanos": ["Priya Castellanos"]},
        sightings=(("Nadia Fairweather", "stage", "presented best score", "Nadia Fairweather presented best score"),),
        quotes=(("Music is my first love,", "Nadia Fairweather", None),),
    )
    coffee = made(
        "Yung Sorrel was seen buying coffee in Malibu with Theo Marchetti.",
        title="Coffee run",
        url="https://example.com/malibu/coffee",
        published="2023-11-01",
        people={"Yung Sorrel": ["Yung Sorrel"], "Theo Marchetti": ["Theo Marchetti"]},
        interactions=(("Yung Sorrel", "Theo Marchetti", "bought coffee with", "buying coffee in Malibu with Theo Marchetti"),),
    )
    return [backstage, afterparty, lantern, coffee]
