"""Extract the event: title and text → the occasion the article reports.

In: the parsed `Doc`, the title and the publication date. Out: an `Event` — name, edition,
venue, city, the day as the text states it, and the date when it can be worked out from the
publication date ("Sunday night" in an article published on Monday 29 August 2011 → 2011-08-28).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from spacy.tokens import Doc

from spotted.types import Event

EVENT_HEADS = (
    r"Awards?|Gala|Festival|Ball|Party|After-?[Pp]arty|Oscars|Grammys|Golden Globes|Globes|VMAs|Emmys|Tonys|"
    r"BAFTAs?|Baftas?|Brits|Fashion Week|Premiere|Ceremony|Concert|Benefit|Fundraiser|Games|Bowl|Cup|Open|Finals|Show|Summit|Con"
)
EVENT_NAME = re.compile(
    r"\b((?:the\s+)?(?:(\d{1,3}(?:st|nd|rd|th))\s+(?:[Aa]nnual\s+)?)?(?:(?:19|20)\d\d\s+)?"
    r"(?:[A-Z][\w'’&.!-]*\s+){0,6}(?:" + EVENT_HEADS + r"))\b"
)
VENUE_WORDS = re.compile(
    r"\b(?:Theat(?:re|er)|Arena|Cent(?:er|re)|Hall|Hotel|Stadium|Garden|Club|Lounge|Restaurant|Bar|Palladium|"
    r"Auditorium|Forum|Dome|Park|House|Bowl|Studios?|Pavilion|Room|Ballroom|Museum|Gallery|Inn|Chateau|Château|Marmont|Playhouse|Coliseum)\b"
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAY_WORDS = re.compile(
    r"\b((?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|evening|afternoon|morning))?|"
    r"last night|tonight|yesterday|this weekend)\b",
    re.I,
)


def extract_event(doc: Doc, title: str | None, published: str | None) -> Event | None:
    text = doc.text
    name, edition = event_name(text, title)
    venue, city = venue_and_city(doc)
    day = day_words(text)
    date = resolve_date(day, published)
    if not any((name, venue, day)):
        return None
    return Event(name=name, edition=edition, venue=venue, city=city, day=day, date=date)


def event_name(text: str, title: str | None) -> tuple[str | None, str | None]:
    """The most named event (the title counts double); its longest form; its edition."""
    forms: Counter[str] = Counter()
    longest: dict[str, str] = {}
    editions: dict[str, str] = {}
    for source, weight in ((title or "", 2), (text, 1)):
        for match in EVENT_NAME.finditer(source):
            form = re.sub(r"^the\s+", "", match.group(1)).strip()
            form = re.sub(r"^\d{1,3}(?:st|nd|rd|th)\s+(?:[Aa]nnual\s+)?", "", form)
            if len(form.split()) < 2 and not re.match(r"^(?:Oscars|Grammys|VMAs|Emmys|Brits|Baftas?)$", form):
                continue
            key = form.split()[-1].lower()
            forms[key] += weight
            if len(form) > len(longest.get(key, "")):
                longest[key] = form
            if match.group(2):
                editions[key] = match.group(2)
    if not forms:
        return None, None
    key = forms.most_common(1)[0][0]
    return longest[key], editions.get(key)


def venue_and_city(doc: Doc) -> tuple[str | None, str | None]:
    for ent in doc.ents:
        if ent.label_ in {"FAC", "ORG", "GPE", "LOC"} and VENUE_WORDS.search(ent.text):
            venue = re.sub(r"^the\s+", "", ent.text, flags=re.I)
            city = None
            after = doc[ent.end : ent.end + 4]
            if len(after) >= 2 and after[0].lower_ in {"in", ","}:
                city_ent = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
                city = city_ent.text if city_ent is not None else None
            return venue, city
    return None, None


def day_words(text: str) -> str | None:
    match = DAY_WORDS.search(text)
    return match.group(1) if match else None


def resolve_date(day: str | None, published: str | None) -> str | None:
    """An ISO date for the day words, counted back from the publication date."""
    if not day or not published:
        return None
    base = parse_date(published)
    if base is None:
        return None
    lowered = day.lower()
    if lowered in {"tonight", "this weekend"}:
        return base.isoformat() if lowered == "tonight" else None
    if lowered in {"last night", "yesterday"}:
        return (base - dt.timedelta(days=1)).isoformat()
    weekday = next((index for index, name in enumerate(WEEKDAYS) if name in lowered), None)
    if weekday is None:
        return None
    back = (base.weekday() - weekday) % 7
    if lowered.startswith("last") and back == 0:
        back = 7
    return (base - dt.timedelta(days=back)).isoformat()


def parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        import dateparser

        parsed = dateparser.parse(value, settings={"PREFER_DATES_FROM": "past"})
        return parsed.date() if parsed else None
