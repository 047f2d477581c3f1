"""Training-time callback: start the recognizer's word encoder from en_core_web_sm's NER.

The recognizer's tok2vec (training/config.cfg) concatenates two encoders: a copy of the
architecture of en_core_web_sm's NER tok2vec, and the GloVe vectors. spaCy can source a whole
component but not a sub-layer, so after initialisation this callback copies the small
pipeline's trained NER tok2vec weights into the first encoder (OntoNotes knowledge of names);
the GloVe projection and the layers above start fresh.

Used as `[initialize.after_init]` with `--code training/sourced_tok2vec.py`; the packaged
pipeline keeps the copied weights and needs neither this file nor the small pipeline to load.
"""
from __future__ import annotations

from typing import Callable

import spacy
from spacy.language import Language
from spacy.util import registry
from thinc.api import Model


def parser_tok2vec(model: Model) -> Model:
    """The tok2vec a NER model was built with (spaCy wraps it as chain(it, list2array, Linear))."""
    return model.get_ref("tok2vec").layers[0]


def sourced_encoder(model: Model) -> Model:
    """The first encoder inside our tok2vec: chain(concatenate(sourced, glove), mix, encode)."""
    return parser_tok2vec(model).layers[0].layers[0]


@registry.callbacks("spotted.copy_sourced_tok2vec.v1")
def make_copy_sourced_tok2vec(source: str, component: str = "ner") -> Callable[[Language], Language]:
    def copy_sourced_tok2vec(nlp: Language) -> Language:
        donor = parser_tok2vec(spacy.load(source).get_pipe(component).model)
        target = sourced_encoder(nlp.get_pipe(component).model)
        target.from_bytes(donor.to_bytes())
        return nlp

    return copy_sourced_tok2vec
