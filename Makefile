# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make run    creates .venv, installs ropa, opens the app on a demo register
#   make test   creates .venv if needed, installs test tools, runs every test
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := $(HOME)/ropa-demo.ropa
APT_TEST_PACKAGES := poppler-utils xvfb xauth fonts-dejavu-core
APT_QT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0

TS := $(wildcard resources/translations/ropa_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-slow venv system-packages lint typecheck screenshots bench clean translations ts

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed: sudo apt-get install python3.11 python3.11-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

venv: $(STAMP)

# The GUI translations: translators edit resources/translations/ropa_<lang>.ts (Qt Linguist:
# .venv/bin/pyside6-linguist); the app loads the compiled .qm files built here.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing GUI strings: bring the .ts files in step with the code (new strings to translate).
ts: venv
	$(BIN)/pyside6-lupdate $$(git ls-files 'ui/*.py') -no-obsolete -locations relative -ts $(filter-out %_en.ts,$(TS))
	$(BIN)/pyside6-lupdate $$(git ls-files 'ui/*.py') -pluralonly -no-obsolete -locations relative -ts resources/translations/ropa_en.ts

# Debian packages: Qt's runtime libraries (xcb platform plugin), poppler (pdftoppm/pdftotext) and
# Xvfb for tests and screenshots. Installed when we can (root or passwordless sudo), else explained.
system-packages:
	@bash packaging/linux/ensure-debian-packages.sh $(APT_QT_PACKAGES) $(APT_TEST_PACKAGES)

run: venv translations
	@bash packaging/linux/ensure-debian-packages.sh $(APT_QT_PACKAGES) || true
	@test -f "$(DEMO)" || $(BIN)/ropa demo "$(DEMO)"
	$(BIN)/ropa gui "$(DEMO)"

# Two workers (one per core of the CI machine); each test file stays on one worker, so its module
# fixtures are built once. Tests marked slow (long fuzz and soak runs) run in `make test-slow`.
PYTEST_WORKERS ?= 2
test: venv system-packages translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile -m "not slow"
	$(BIN)/ruff check ropa ui tests $(wildcard bench)
	$(BIN)/mypy

test-slow: venv system-packages translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile -m slow

lint: venv
	$(BIN)/ruff check ropa ui tests $(wildcard bench)
	$(BIN)/mypy

screenshots: venv system-packages translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

bench: venv
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
