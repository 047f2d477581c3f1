"""Look-ups the pages need that `spotted.store` does not offer yet.

`people_named_like` is the one query written here, over the store's own connection, because
the search box must find "Gaga" in "Lady Gaga" and the store only matches whole names. It is
parameterised SQL, read-only, and belongs in `spotted.store.queries`: move it there when the
store grows a name search, and call that instead.
"""

from __future__ import annotations

from spotted.store import Store
from spotted.store.identity import name_key
from spotted.store.queries import summaries
from spotted.store.records import EventSummary, PersonSummary

STATED = ("user", "table", "article")  # alias sources that name a person outright


def people_named_like(store: Store, text: str, *, limit: int = 10) -> list[PersonSummary]:
    """People whose name, or an alias stated for them, holds every word of `text` (any case or
    accent; "gaga" finds Lady Gaga), most named first."""
    words = name_key(text).split()
    if not words:
        return []
    # name_key leaves letters, digits and spaces only, so a word holds no LIKE wildcard.
    clause = (
        "(p.key LIKE ? OR EXISTS (SELECT 1 FROM aliases al WHERE al.person_id = p.id "
        f"AND al.key LIKE ? AND al.source IN ({','.join('?' * len(STATED))})))"
    )
    params: list[object] = []
    for word in words:
        params += [f"%{word}%", f"%{word}%", *STATED]
    rows = store.conn.execute(
        f"SELECT p.id FROM people p WHERE {' AND '.join([clause] * len(words))} "
        "ORDER BY (SELECT count(*) FROM appearances ap WHERE ap.person_id = p.id) DESC, p.id LIMIT ?",
        (*params, limit),
    ).fetchall()
    found = summaries(store.conn, [row[0] for row in rows])
    return [found[row[0]] for row in rows]


def recent_events(store: Store, *, limit: int = 10) -> list[EventSummary]:
    """Events, latest date first (undated ones last, newest id first)."""
    events = store.events("")
    events.sort(key=lambda e: (e.date is not None, e.date or "", e.id), reverse=True)
    return events[:limit]
