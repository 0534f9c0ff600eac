# Qantar 2022 — the two commands a newcomer needs are `make lab` and `make test`.
# Both create .venv from the pinned lock on first use (plain `python3 -m venv`, no conda).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-from-lock
PORT   ?= 8888
LAB_ARGS ?=
NB     ?= notebooks/*.ipynb $(wildcard notebooks/ru/*.ipynb notebooks/kk/*.ipynb)
VOILA_PORT ?= 8866
VOILA_ARGS ?=
# Jupyter refuses to start as root unless told; containers and CI machines often run as root.
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)
# The edition: `make lab LANG=ru` or `LANG=kk` (Russian, Kazakh); anything else is English. The
# shell's own LANG (en_US.UTF-8, C.UTF-8, ...) is not an edition, so plain `make lab` is English.
# An edition's servers get a valid locale back (C.UTF-8) and KZLIB_LANG for kzlib.
EDITION := $(filter ru kk,$(LANG))
EDITION_ENV := $(if $(EDITION),LANG=C.UTF-8 KZLIB_LANG=$(EDITION),)
NOTEBOOK_DIR := notebooks$(if $(EDITION),/$(EDITION),)

.PHONY: lab voila test data notebooks answer-key translations site bench validate info lock \
	clean-venv help edition-exists

help:
	@echo "make lab    - open JupyterLab on the start notebook (http://127.0.0.1:$(PORT), token on)"
	@echo "              LANG=ru or LANG=kk: the Russian or Kazakh edition"
	@echo "make voila  - the explorers as a no-code web page (http://127.0.0.1:8866, token on)"
	@echo "              LANG=ru or LANG=kk as for make lab"
	@echo "make test   - run the whole test suite (library, data, notebooks)"
	@echo "make data   - rebuild the clean tables from data/raw/ and validate them"
	@echo "make notebooks - re-run every notebook and store its outputs (nbval's reference);"
	@echo "                 NB=notebooks/03-*.ipynb for one"
	@echo "make answer-key - refresh the teacher guide's answer key, misconceptions and rubrics"
	@echo "make translations - refresh the catalogs from the English, compile them, build the"
	@echo "                 Russian and Kazakh editions (then make notebooks to run them)"
	@echo "make site   - build the static site of the lessons into _site/"
	@echo "make bench  - print speed and size ratios against the floor"
	@echo "make info   - print a summary of the data"
	@echo "make lock   - re-resolve requirements.lock from pyproject.toml (maintainers only)"

# The environment: exactly the versions in requirements.lock, then kzlib itself (editable).
# --no-deps: the lock is complete, and it deliberately leaves out rfc3987-syntax, an optional
# extra of jsonschema that nothing here uses and that costs ~0.9 s at every Jupyter start.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

# The project's own JupyterLab settings (tools/lab-overrides.json: no "Jupyter news?" pop-up over
# the lesson), installed into the environment's JupyterLab, never into your home folder.
LAB_SETTINGS := $(VENV)/.lab-settings-installed
$(LAB_SETTINGS): $(STAMP) tools/lab-overrides.json tools/lab_settings.py
	$(BIN)/python tools/lab_settings.py
	@touch $(LAB_SETTINGS)

# JupyterLab on the start notebook. Where no browser opens by itself (WSL, a remote machine), the
# student copies a link: tools/lab_link.py prints the one that opens START itself (the server's
# front page would restore whatever workspace was last saved) once the server answers. `exec`
# makes this shell ($$) the server, whose runtime file (address, token) the script reads.
# default_url sends the front page, and the links Jupyter itself prints, to START as well.
# An edition (LANG=ru|kk) opens its own start notebook, with JupyterLab's settings folder for that
# language (tools/lab_settings.py: the Russian interface from its language pack; none exists for
# Kazakh, so there JupyterLab's menus stay English).
START  := $(NOTEBOOK_DIR)/00-start-here.ipynb
LAB_EDITION := $(if $(EDITION),--LabApp.app_settings_dir="$$($(BIN)/python tools/lab_settings.py --dir $(EDITION))",)
lab: $(STAMP) $(LAB_SETTINGS) edition-exists
	($(BIN)/python tools/lab_link.py --server-pid $$$$ $(START) &); $(EDITION_ENV) exec \
		$(BIN)/jupyter lab $(START) \
		--ServerApp.ip=127.0.0.1 --ServerApp.port=$(PORT) --ServerApp.root_dir="$(CURDIR)" \
		--LabApp.default_url=/lab/tree/$(START) $(LAB_EDITION) $(AS_ROOT) $(LAB_ARGS)

# The explorers alone, no code showing, for a class or a projector.
voila: $(STAMP) edition-exists
	$(EDITION_ENV) $(BIN)/voila $(NOTEBOOK_DIR)/explorers.ipynb --Voila.ip=127.0.0.1 \
		--port=$(VOILA_PORT) --token $(VOILA_ARGS)

edition-exists:
	@test -f $(START) || { echo "$(START) does not exist: the $(EDITION) edition is built by" \
		"'make translations' once its catalogs are translated (see README, Languages)." >&2; exit 2; }

# Catalogs from the English (a changed English string turns fuzzy), compiled, and the editions
# built from them; `make notebooks` then runs the editions too.
translations: $(STAMP)
	$(BIN)/python tools/translations.py extract
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py compile
	$(BIN)/python tools/translations.py build
	$(BIN)/python tools/translations.py status

test: $(STAMP) $(LAB_SETTINGS)
	$(BIN)/python -m pytest

# Rebuild, validate, and check that every exercise still finds the records it relies on.
data: $(STAMP)
	$(BIN)/python -m kzlib build
	$(BIN)/python -m kzlib validate
	$(BIN)/python -m kzlib.teaching.questions
	$(BIN)/python -m kzlib info --datasheet data/README.md

# Stored outputs are what nbval compares against: re-run after changing data or notebooks.
notebooks: $(STAMP)
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
		--ExecutePreprocessor.store_widget_state=False $(NB)

# A static site of the executed notebooks, guide and codebook (offline, no kernel): _site/
site: $(STAMP)
	$(BIN)/python tools/build_site.py --out _site $(if $(TEACHER),--teacher,)

# Speed and size against the floor, as ratios (see README, Performance).
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The teacher guide's generated sections: the answer key (computed from the data), the
# misconceptions the exercises anticipate and the writing tasks' rubrics (a test checks them).
answer-key: $(STAMP)
	$(BIN)/python -c "from kzlib.teaching.exercises import write_answer_key as w; \
		print('updated' if w('teachers/guide.md') else 'already current')"

validate: $(STAMP)
	$(BIN)/python -m kzlib validate

info: $(STAMP)
	$(BIN)/python -m kzlib info

# Maintainers: re-resolve the lock (needs the `uv` tool), then commit requirements.lock.
lock:
	uv pip compile pyproject.toml --extra test --python-version 3.11 \
		--python-platform x86_64-unknown-linux-gnu --no-emit-package rfc3987-syntax \
		-o requirements.lock

clean-venv:
	rm -rf $(VENV)
