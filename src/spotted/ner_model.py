"""The shipped person recognizer: a small spaCy pipeline (one `ner` component) fine-tuned for news.

Its word encoder joins en_core_web_sm's NER encoder (weights copied in) with GloVe vectors (kept
in the pipeline's vocab). Trained on CoNLL-2003 (+ WNUT-17), it labels PERSON (and also ORG, LOC,
MISC in the CoNLL sense; use PERSON only). Built by `make model` (see training/README.md) into
`PERSON_NER_PATH`. Loading needs no network.

    >>> from spotted.ner_model import load_person_ner
    >>> nlp = load_person_ner()          # None (with a warning) if the pipeline is absent
    >>> [e.text for e in nlp("Darius Vale met Tessa Wren.").ents if e.label_ == "PERSON"]
"""

from __future__ import annotations

import functools
import logging
from collections import Counter
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from spotted.lexicon import CORPORATE_SUFFIXES, HONORIFICS, NAME_INITIAL_TITLES, NAME_SUFFIXES, ROLE_NOUNS

log = logging.getLogger(__name__)

PERSON_NER_PATH: Path = Path(__file__).resolve().parent / "models" / "person_ner"
PERSON_LABEL = "PERSON"


CONSISTENCY_PIPE = "spotted_person_consistency"
# "Lady", "Prince", ... begin stage names, so they stay.
LEADING_TITLES = (HONORIFICS - NAME_INITIAL_TITLES) | ROLE_NOUNS


def without_leading_title(doc: Doc, ent: Span) -> Span:
    """A PERSON span less its leading honorific or role noun: "Mr Kell", "Defender Omar Saleh"
    name "Kell" and "Omar Saleh" (news annotation, and spotted's own names, leave titles out;
    the small model learned to include them from OntoNotes)."""
    start = ent.start
    while start < ent.end - 1 and doc[start].lower_.rstrip(".") in LEADING_TITLES and doc[start + 1].is_title:
        start += 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _name_part(token) -> bool:
    return token.is_alpha and len(token.text) > 1 and token.text[0].isupper() and not token.is_stop


def surname(ent: Span) -> Token | None:
    """The family name of a multi-word name: its last name word, generational suffix skipped
    ("Mills" in "John Mills Jr")."""
    for token in reversed(ent[1:]):
        if token.text.lower().rstrip(".") not in NAME_SUFFIXES:
            return token if _name_part(token) else None
    return None


Key = tuple[str, ...]


def name_key(tokens) -> Key:
    """A name's words without case, so that a headline's "VARGA" is the body's "Varga"."""
    return tuple(token.text.lower() for token in tokens)


def is_corporate_suffix(token) -> bool:
    return token.text.lower().rstrip(".") in CORPORATE_SUFFIXES and token.text[0].isupper()


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


def short_names(ents) -> dict[Key, str]:
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


def names_of_non_people(doc: Doc) -> dict[Key, str]:
    """Names the document shows are not a person's, with the label they get."""
    return short_names(doc.ents) | dict.fromkeys(company_names(doc), "ORG")


def as_named_elsewhere(doc: Doc, ent: Span, non_people: dict[Key, str]) -> Span:
    """A PERSON span that the document's own words show is a company or place is relabelled."""
    if ent.label_ != PERSON_LABEL:
        return ent
    if any(is_corporate_suffix(t) for t in ent[1:]):
        return Span(doc, ent.start, ent.end, label="ORG")
    label = non_people.get(name_key(ent))
    return ent if label is None else Span(doc, ent.start, ent.end, label=label)


def propagate_persons(doc: Doc) -> Doc:
    """One name, one label within a document, by majority ("Kira Dashwood ... Dashwood").

    First, leading titles are cut off the PERSON spans (`without_leading_title`), and a PERSON
    span the document names as a company elsewhere ("Corvano ... Corvano SpA") becomes ORG, one
    that is the first word of an organisation or place named in full ("Rotor ... Rotor
    Volgograd") takes that entity's label.
    Then each name (compared without case: headlines are in capitals) gets the label most of
    its labelled occurrences got: a name that is PERSON more often than anything else is PERSON
    everywhere in the document, also where it went unlabelled; its stray PERSON occurrences
    otherwise take the majority label (a company the model once took for a person). Each
    capitalised word of a multi-word PERSON ("Selvani" from "Faro Selvani") votes PERSON for
    that word alone, and the family name is a person wherever it stands alone, whatever the
    model made of it there: news names a person in full once and by surname after, and a lone
    surname gives the model less to go on than the full name did. Longest match first; entities
    that only partly overlap a match are left alone.
    """
    non_people = names_of_non_people(doc)
    ents = [
        as_named_elsewhere(doc, without_leading_title(doc, e), non_people) if e.label_ == PERSON_LABEL else e
        for e in doc.ents
    ]
    votes: dict[Key, Counter] = {}
    for e in ents:
        votes.setdefault(name_key(e), Counter())[e.label_] += 1
    people = {key for key, count in votes.items() if 2 * count[PERSON_LABEL] > sum(count.values())}
    for e in ents:
        if e.label_ == PERSON_LABEL and len(e) > 1:
            family_name = surname(e)
            for token in e:
                count = votes.get(name_key([token]))
                if _name_part(token) and (
                    token == family_name or count is None or count[PERSON_LABEL] + 1 >= max(count.values())
                ):
                    people.add(name_key([token]))
    people -= non_people.keys()
    relabelled = [with_majority_label(doc, e, votes, people) for e in ents]
    if not people:
        doc.ents = relabelled
        return doc
    ent_at: list[Span | None] = [None] * len(doc)
    for e in relabelled:
        for i in range(e.start, e.end):
            ent_at[i] = e
    longest = max(len(key) for key in people)
    words = [t.text.lower() for t in doc]
    new: list[Span] = []
    i = 0
    while i < len(doc):
        for n in range(min(longest, len(doc) - i), 0, -1):
            if tuple(words[i : i + n]) in people and doc[i].text[0].isupper() and doc[i + n - 1].text[0].isupper():
                if all(e is None for e in ent_at[i : i + n]):
                    new.append(Span(doc, i, i + n, label=PERSON_LABEL))
                i += n
                break
        else:
            i += 1
    doc.ents = filter_spans(relabelled + new)
    return doc


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


@Language.component(CONSISTENCY_PIPE)
def person_consistency(doc: Doc) -> Doc:
    """Pipeline component wrapping `propagate_persons` (added by `load_person_ner`)."""
    return propagate_persons(doc)


@functools.lru_cache(maxsize=4)
def _load(path: str, consistency: bool) -> spacy.Language:
    nlp = spacy.load(path)
    if consistency and CONSISTENCY_PIPE not in nlp.pipe_names:
        nlp.add_pipe(CONSISTENCY_PIPE, last=True)
    return nlp


def load_person_ner(path: str | Path | None = None, consistency: bool = True) -> spacy.Language | None:
    """Load the trained person recognizer (cached), or return None with a logged warning.

    The pipeline on disk is plain spaCy (one `ner` with its own tok2vec); entities labelled `PERSON` are
    people. With `consistency` (default) the `spotted_person_consistency` component is
    appended, which labels repeated mentions of a found name within the same document.
    """
    target = Path(path) if path is not None else PERSON_NER_PATH
    if not (target / "meta.json").is_file() or not (target / "config.cfg").is_file():
        log.warning(
            "person recognizer not found at %s; run `make model` to build it "
            "(needs ../shared/data); falling back to the general model",
            target,
        )
        return None
    try:
        return _load(str(target), consistency)
    except Exception as exc:  # a damaged or incompatible pipeline must not break extraction
        log.warning("person recognizer at %s could not be loaded: %s", target, exc)
        return None
