"""Document rules over the news recognizer's entities: one label per name within an article.

In: a Doc with the recognizer's entities (PERSON, ORG, LOC, MISC). Out: the same Doc, its
entities tidied and made consistent by `propagate_persons`. Every rule reads evidence the
article itself gives (a name in full, a legal form, a dateline, a table's columns); none
knows any particular name. Decided on CoNLL-2003 testa with a model that never saw testa, then
measured on test (training/README.md lists each rule's effect).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from spotted.lexicon import (
    CORPORATE_SUFFIXES,
    HONORIFICS,
    CALENDAR_MONTHS,
    MONTH_NAMES,
    NAME_INITIAL_TITLES,
    NAME_SUFFIXES,
    NON_PERSON_WORDS,
    ROLE_NOUNS,
    ROMAN_NUMERALS,
)

PERSON_LABEL = "PERSON"
# "Lady", "Prince", ... begin stage names, so they stay.
LEADING_TITLES = (HONORIFICS - NAME_INITIAL_TITLES) | ROLE_NOUNS

Key = tuple[str, ...]


def name_key(tokens: Iterable[Token]) -> Key:
    """A name's words without case, so that a headline's "VARGA" is the body's "Varga"."""
    return tuple(token.text.lower() for token in tokens)


def _name_part(token: Token) -> bool:
    return token.is_alpha and len(token.text) > 1 and token.text[0].isupper() and not token.is_stop


def _bare(token: Token) -> str:
    return token.lower_.rstrip(".")


# ---- one PERSON span at a time -------------------------------------------------------------


def without_leading_title(doc: Doc, ent: Span) -> Span:
    """A PERSON span less its leading honorific or role noun: "Mr Kell", "Defender Omar Saleh"
    name "Kell" and "Omar Saleh" (news annotation, and spotted's own names, leave titles out;
    the small model learned to include them from OntoNotes)."""
    start = ent.start
    while start < ent.end - 1 and _bare(doc[start]) in LEADING_TITLES and doc[start + 1].is_title:
        start += 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def is_never_a_name(ent: Span) -> bool:
    """A span of titles and month names only ("Pope", "Oct.") names nobody."""
    return all(_bare(token) in LEADING_TITLES or _bare(token) in MONTH_NAMES for token in ent)


def without_words_written_lower_case(doc: Doc, ent: Span, lower_words: set[str]) -> Span | None:
    """A capitals span ("TANVIR FAREWELL" in a headline) cut to its longest run of words the
    text never writes in lower case ("farewell" is a word, "Tanvir" a name); None if none is
    left."""
    runs: list[list[Token]] = [[]]
    for token in ent:
        if token.text.lower() in lower_words:
            runs.append([])
        else:
            runs[-1].append(token)
    best = max(runs, key=len)
    if not best:
        return None
    return Span(doc, best[0].i, best[-1].i + 1, label=ent.label_)


def _starts_a_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or bool(doc[i].is_sent_start) or doc[i - 1].text == "." or doc[i - 1].is_space


def _could_end_a_name(doc: Doc, i: int) -> bool:
    """An unlabelled word that may be the rest of the name before it: capitalised mid-sentence
    ("Park Ji-woon", "Ivo Krem") or a regnal number ("Aldric II"); not a title, month or
    word of a venue or company."""
    token = doc[i]
    if token.text in ROMAN_NUMERALS:
        return True
    capitalised = token.is_title or (token.text[0].isupper() and "-" in token.text)
    return (
        capitalised
        and not _starts_a_sentence(doc, i)
        and not token.is_stop
        and any(c.isalpha() for c in token.text)
        and _bare(token) not in LEADING_TITLES
        and _bare(token) not in MONTH_NAMES
        and token.lower_ not in NON_PERSON_WORDS
    )


def with_following_name_word(doc: Doc, ent: Span, taken: list[bool]) -> Span:
    """A PERSON span stretched over the next word when the model left that word unlabelled
    but it reads as the rest of the name (`_could_end_a_name`)."""
    if ent.end < len(doc) and not taken[ent.end] and _could_end_a_name(doc, ent.end):
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    return ent


def _taken(doc: Doc, ents: Iterable[Span]) -> list[bool]:
    taken = [False] * len(doc)
    for e in ents:
        for i in range(e.start, e.end):
            taken[i] = True
    return taken


def tidy_people(doc: Doc) -> list[Span]:
    """The document's entities with each PERSON span tidied: capitals spans cut to their name
    words, stretched over an unlabelled last name word, title cut off; spans that name
    nobody dropped."""
    lower_words = {t.text for t in doc if t.is_lower}
    taken = _taken(doc, doc.ents)
    tidied: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == PERSON_LABEL:
            if all(t.is_upper for t in ent):
                ent = without_words_written_lower_case(doc, ent, lower_words)
                if ent is None:
                    continue
            ent = without_leading_title(doc, with_following_name_word(doc, ent, taken))
            if is_never_a_name(ent):
                continue
        tidied.append(ent)
    return tidied


# ---- names the document shows are not people ------------------------------------------------


def is_corporate_suffix(token: Token) -> bool:
    return _bare(token) in CORPORATE_SUFFIXES and token.text[0].isupper()


def company_names(doc: Doc) -> set[Key]:
    """Names the document itself gives a legal form: "Corvano" and "Corvano Cables" from
    "Corvano Cables SpA" (any capitalised words right before Inc, SpA, Ltd, ...)."""
    found: set[Key] = set()
    for token in doc:
        if token.i == 0 or not is_corporate_suffix(token):
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_end:
            start -= 1
        if start < token.i:
            found.add(name_key(doc[start : token.i]))
            found.add(name_key(doc[start : start + 1]))
    return found


def short_names(ents: list[Span]) -> dict[Key, str]:
    """First words of organisations and places named in full, with their label: "Rotor" from
    "Rotor Volgograd" (ORG); news names an organisation in full once and by its first word
    after. A word that is also part of a multi-word PERSON is left out ("Ford" of "Anna Ford")."""
    multi = [e for e in ents if len(e) > 1]
    person_words = {name_key([t]) for e in multi if e.label_ == PERSON_LABEL for t in e}
    return {
        name_key(e[:1]): e.label_
        for e in multi
        if e.label_ in ("ORG", "LOC") and _name_part(e[0]) and name_key(e[:1]) not in person_words
    }


def acronyms(doc: Doc, ents: list[Span]) -> dict[Key, str]:
    """Acronyms the text defines for an organisation or place, with its label: "AN" from
    "National Alliance ( AN )"."""
    found: dict[Key, str] = {}
    for e in ents:
        if e.label_ == PERSON_LABEL or e.end + 2 >= len(doc):
            continue
        opening, acronym, closing = doc[e.end], doc[e.end + 1], doc[e.end + 2]
        if opening.text == "(" and closing.text == ")" and acronym.is_upper and len(acronym) > 1:
            found[name_key([acronym])] = e.label_
    return found


DATE = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}(/\d{2,4})?")


def _is_date(token: Token) -> bool:
    return bool(DATE.fullmatch(token.text)) or _bare(token) in CALENDAR_MONTHS


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """The places of news datelines: "KANPUR , India 1996-12-07", "OAKLAND , N.J. Dec 6" (a line
    that opens with words in capitals, then optionally a comma and a region, then a date)."""
    found: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if not _starts_a_sentence(doc, i):
            continue
        end = i
        while end < len(doc) and doc[end].is_upper and any(c.isalpha() for c in doc[end].text):
            end += 1
        if end == i or end >= len(doc):
            continue
        k = end
        if doc[k].text == ",":
            k += 1
            while k < min(len(doc), end + 4) and not _is_date(doc[k]) and doc[k].text[0].isupper():
                k += 1
        if k < len(doc) and _is_date(doc[k]):
            found.append((i, end))
    return found


def dateline_places(doc: Doc, datelines: list[tuple[int, int]]) -> dict[Key, str]:
    """Each dateline place (`dateline_spans`), and each of its words, as LOC."""
    found: dict[Key, str] = {}
    for start, end in datelines:
        found[name_key(doc[start:end])] = "LOC"
        found.update((name_key([t]), "LOC") for t in doc[start:end])
    return found


def with_datelines(doc: Doc, ents: list[Span], datelines: list[tuple[int, int]]) -> list[Span]:
    """The entities plus each unlabelled dateline place as LOC, so that no name is filled in
    there ("SANTA CRUZ" beside "Maria Cruz")."""
    taken = _taken(doc, ents)
    return ents + [Span(doc, start, end, label="LOC") for start, end in datelines if not any(taken[start:end])]


def names_of_non_people(doc: Doc, ents: list[Span], datelines: list[tuple[int, int]]) -> dict[Key, str]:
    """Names the document shows are not a person's, with the label they get; a word of a
    multi-word PERSON is never one ("Cruz" of "Ana Cruz" beside a "SANTA CRUZ" dateline)."""
    person_words = {name_key([t]) for e in ents if e.label_ == PERSON_LABEL and len(e) > 1 for t in e}
    places = {key: label for key, label in dateline_places(doc, datelines).items() if key not in person_words}
    return short_names(ents) | acronyms(doc, ents) | places | dict.fromkeys(company_names(doc), "ORG")


def as_named_elsewhere(doc: Doc, ent: Span, non_people: dict[Key, str]) -> Span:
    """A PERSON span that the document's own words show is a company or place is relabelled."""
    if ent.label_ != PERSON_LABEL:
        return ent
    if any(is_corporate_suffix(t) for t in ent[1:]):
        return Span(doc, ent.start, ent.end, label="ORG")
    label = non_people.get(name_key(ent))
    return ent if label is None else Span(doc, ent.start, ent.end, label=label)


# ---- tables and lists -----------------------------------------------------------------------

# Shapes of the words around a list item ("8 - Cy Lund ;", "3. Ana Varga ( France ) 1:18.11"):
# a number "#", punctuation as itself, "^" at the document's edge, "A"/"a" for a word.
LIST_ITEM_AFTER = frozenset({"#", "(", ",", ";", ")"})
LIST_ITEM_BEFORE = frozenset({"#", ",", ";", "-", ":", "("})
MIN_LIST_ITEMS = 4
LIST_MAJORITY = 0.75


def _shape(doc: Doc, i: int) -> str:
    if i < 0 or i >= len(doc):
        return "^"
    text = doc[i].text
    if any(c.isdigit() for c in text) and not any(c.isalpha() for c in text):
        return "#"
    if not any(c.isalnum() for c in text):
        return text
    return "A" if text[0].isupper() else "a"


Slot = tuple[str, str, str | None]


def list_slot(doc: Doc, start: int, end: int) -> Slot:
    """The shapes before and after a span (and inside a following bracket): items of one
    table column share it."""
    after = _shape(doc, end)
    return (_shape(doc, start - 1), after, _shape(doc, end + 1) if after == "(" else None)


def _is_list_slot(slot: Slot) -> bool:
    return slot[0] in LIST_ITEM_BEFORE and slot[1] in LIST_ITEM_AFTER


def _unlabelled_name_runs(doc: Doc, taken: list[bool]) -> Iterator[tuple[int, int]]:
    i = 0
    while i < len(doc):
        if taken[i] or not _name_part(doc[i]):
            i += 1
            continue
        end = i
        while end < len(doc) and not taken[end] and _name_part(doc[end]):
            end += 1
        yield i, end
        i = end


def by_list_slot(doc: Doc, ents: list[Span]) -> list[Span]:
    """Items of one table column or list get one label: where at least `MIN_LIST_ITEMS`
    entities share a list slot and three in four carry one label, the rest take it, and if
    that label is PERSON, unlabelled capitalised words in the same slot become PERSON too
    ("6 - Ana Tell ; 7 - Bo Kerr ; 8 - Cy Lund ;"). Items opening a sentence are left out:
    prose shares that slot ("Yesterday ,")."""
    columns: dict[Slot, list[Span]] = {}
    for e in ents:
        columns.setdefault(list_slot(doc, e.start, e.end), []).append(e)
    unlabelled: dict[Slot, list[tuple[int, int]]] = {}
    for start, end in _unlabelled_name_runs(doc, _taken(doc, ents)):
        unlabelled.setdefault(list_slot(doc, start, end), []).append((start, end))
    relabel: dict[tuple[int, int], str] = {}
    added: list[Span] = []
    for slot, items in columns.items():
        if not _is_list_slot(slot) or len(items) < MIN_LIST_ITEMS:
            continue
        label, count = Counter(e.label_ for e in items).most_common(1)[0]
        if count < LIST_MAJORITY * len(items):
            continue
        relabel.update(((e.start, e.end), label) for e in items if e.label_ != label)
        if label == PERSON_LABEL:
            added += [Span(doc, start, end, label=label) for start, end in unlabelled.get(slot, [])]
    kept = [
        Span(doc, e.start, e.end, label=relabel[(e.start, e.end)]) if (e.start, e.end) in relabel else e
        for e in ents
    ]
    return kept + added


# ---- one label per name ---------------------------------------------------------------------


def surname(ent: Span) -> Token | None:
    """The family name of a multi-word name: its last name word, generational suffix skipped
    ("Hallam" in "Carl Hallam Jr")."""
    for token in reversed(ent[1:]):
        if _bare(token) not in NAME_SUFFIXES:
            return token if _name_part(token) else None
    return None


def names_of_people(ents: list[Span], votes: dict[Key, Counter]) -> set[Key]:
    """Names that are people throughout the document: those labelled PERSON in most of their
    labelled mentions, each name word of a multi-word PERSON that is not more often something
    else, and the family name of a person named in full, whatever the model made of it alone
    (news names a person in full once and by surname after; a lone surname gives the model
    less to go on). A span whose other words include someone's family name ("Voss Kardania",
    a person and a place in a headline) does not speak for its last word."""
    people = {key for key, count in votes.items() if 2 * count[PERSON_LABEL] > sum(count.values())}
    full_names = [e for e in ents if e.label_ == PERSON_LABEL and len(e) > 1]
    family_names = {name_key([t]) for t in map(surname, full_names) if t is not None}
    for ent in full_names:
        family_name = surname(ent)
        if any(name_key([t]) in family_names for t in ent if t != family_name):
            family_name = None
        for token in ent:
            count = votes.get(name_key([token]))
            if _name_part(token) and (
                token == family_name or count is None or count[PERSON_LABEL] + 1 >= max(count.values())
            ):
                people.add(name_key([token]))
    return people


def with_majority_label(doc: Doc, ent: Span, votes: dict[Key, Counter], people: set[Key]) -> Span:
    key = name_key(ent)
    if key in people:
        label = PERSON_LABEL
    elif ent.label_ == PERSON_LABEL:
        others = votes[key].copy()
        del others[PERSON_LABEL]
        label = others.most_common(1)[0][0] if others else PERSON_LABEL
    else:
        return ent
    return ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label)


def unlabelled_mentions(doc: Doc, ents: list[Span], people: set[Key]) -> list[Span]:
    """New PERSON spans where a person's name occurs unlabelled (longest match first; a
    match that overlaps an entity is left alone; a lower-case word is never labelled)."""
    if not people:
        return []
    taken = _taken(doc, ents)
    longest = max(len(key) for key in people)
    words = [t.text.lower() for t in doc]
    found: list[Span] = []
    i = 0
    while i < len(doc):
        for n in range(min(longest, len(doc) - i), 0, -1):
            if tuple(words[i : i + n]) in people and doc[i].text[0].isupper() and doc[i + n - 1].text[0].isupper():
                if not any(taken[i : i + n]):
                    found.append(Span(doc, i, i + n, label=PERSON_LABEL))
                i += n
                break
        else:
            i += 1
    return found


def propagate_persons(doc: Doc) -> Doc:
    """One name, one label within a document ("Kira Dashwood ... Dashwood").

    1. PERSON spans are tidied (`tidy_people`).
    2. A PERSON span the document shows is a company or place takes that label: a legal form
       ("Corvano ... Corvano SpA"), the first word of an organisation or place named in full
       ("Rotor ... Rotor Volgograd"), an acronym the text defines, the dateline's place.
    3. Items of one table column or list take the column's label (`by_list_slot`).
    4. Each name (compared without case: headlines are in capitals) gets the label most of its
       labelled mentions got, and a person's names are labelled where they went unlabelled
       (`names_of_people`, `unlabelled_mentions`); a stray PERSON mention of a name that is
       mostly something else takes that label (a company the model once took for a person).
    """
    datelines = dateline_spans(doc)
    ents = with_datelines(doc, tidy_people(doc), datelines)
    non_people = names_of_non_people(doc, ents, datelines)
    ents = by_list_slot(doc, [as_named_elsewhere(doc, e, non_people) for e in ents])
    votes: dict[Key, Counter] = {}
    for e in ents:
        votes.setdefault(name_key(e), Counter())[e.label_] += 1
    people = names_of_people(ents, votes) - non_people.keys()
    relabelled = [with_majority_label(doc, e, votes, people) for e in ents]
    doc.ents = filter_spans(relabelled + unlabelled_mentions(doc, relabelled, people))
    return doc
