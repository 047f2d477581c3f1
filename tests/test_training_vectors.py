"""training/vectors.py: GloVe from the wink npm package into a spaCy vectors table."""

import importlib.util
import json
from pathlib import Path

from spacy.attrs import LOWER

SCRIPT = Path(__file__).resolve().parent.parent / "training" / "vectors.py"


def load_script():
    spec = importlib.util.spec_from_file_location("training_vectors", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_wink_json(path: Path) -> Path:
    # The wink layout: each vector is followed by its L2 norm and its index.
    vectors = {
        "the": [1.0, 0.0, 0.0, 1.0, 0],
        "smith": [0.0, 1.0, 0.0, 1.0, 1],
        "paris": [0.0, 0.0, 1.0, 1.0, 2],
        "kowalczyk": [0.0, 0.9, 0.1, 0.9, 3],
    }
    path.write_text(json.dumps({"dimensions": 3, "words": list(vectors), "vectors": vectors}))
    return path


def test_a_rare_surname_borrows_the_row_of_its_nearest_frequent_word(tmp_path):
    vectors_script = load_script()
    words, table = vectors_script.read_glove(write_wink_json(tmp_path / "glove.json"), keep=4)
    nlp = vectors_script.build(words, table, rows=3)
    doc = nlp("Kowalczyk met Smith")
    find = nlp.vocab.vectors.find
    assert nlp.vocab.vectors.shape == (3, 3)
    assert find(key=doc[0].lower) == find(key=doc[2].lower)


def test_words_are_looked_up_by_their_lower_case_form(tmp_path):
    vectors_script = load_script()
    words, table = vectors_script.read_glove(write_wink_json(tmp_path / "glove.json"), keep=4)
    nlp = vectors_script.build(words, table, rows=4)
    assert nlp.vocab.vectors.attr == LOWER
    assert nlp.vocab.vectors.find(key=nlp("PARIS")[0].lower) == nlp.vocab.vectors.find(key="paris")


def test_only_the_most_frequent_words_are_kept(tmp_path):
    vectors_script = load_script()
    words, _ = vectors_script.read_glove(write_wink_json(tmp_path / "glove.json"), keep=2)
    assert words == ["the", "smith"]
