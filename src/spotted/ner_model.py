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
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from spotted.ner_rules import propagate_persons

log = logging.getLogger(__name__)

PERSON_NER_PATH: Path = Path(__file__).resolve().parent / "models" / "person_ner"


CONSISTENCY_PIPE = "spotted_person_consistency"


@Language.component(CONSISTENCY_PIPE)
def person_consistency(doc: Doc) -> Doc:
    """Pipeline component wrapping `ner_rules.propagate_persons` (added by `load_person_ner`)."""
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
    appended: the document rules of `ner_rules.propagate_persons` (one label per name).
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
