"""training/sourced_tok2vec.py: the recognizer starts from en_core_web_sm's NER encoder."""

import importlib.util
from pathlib import Path

import numpy
import spacy
from spacy.training import Example
from spacy.util import load_config, load_model_from_config
from spacy.vectors import Vectors

TRAINING = Path(__file__).resolve().parent.parent / "training"


def load_callback_module():
    spec = importlib.util.spec_from_file_location("training_sourced_tok2vec", TRAINING / "sourced_tok2vec.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_after_initialisation_the_first_encoder_holds_the_small_models_ner_weights():
    module = load_callback_module()
    config = load_config(TRAINING / "config.cfg")
    config["paths"]["vectors"] = None  # a tiny table stands in for the GloVe build output
    nlp = load_model_from_config(config, auto_fill=True)
    words = ["ana", "varga", "won"]
    keys = [nlp.vocab.strings.add(word) for word in words]
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=numpy.ones((3, 100), dtype="float32"), keys=keys, attr="LOWER")
    doc = nlp.make_doc("Ana Varga won .")
    nlp.initialize(lambda: [Example.from_dict(doc, {"entities": ["B-PERSON", "L-PERSON", "O", "O"]})])

    small = spacy.load(config["initialize"]["after_init"]["source"]).get_pipe("ner").model
    ours = nlp.get_pipe("ner").model
    assert module.sourced_encoder(ours).to_bytes() == module.parser_tok2vec(small).to_bytes()
