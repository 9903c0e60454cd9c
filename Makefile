# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make run    creates .venv, installs ropa, opens the app on a demo register
#   make test   creates .venv if needed, installs test tools, runs every test
# and for the installable packages (see docs/install.md):
#   make package        dist/ropa_<version>_amd64.deb and dist/ropa-<version>-linux-x86_64.tar.gz
#   make package-test   builds them, installs the .deb, tests the installed program, removes it
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# What running needs (`make run`), plus the development tools (`make test`), plus PyInstaller.
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed
PACKAGING_STAMP := $(VENV)/.installed-packaging
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' ropa/__init__.py)
DEMO := $(HOME)/ropa-demo.ropa
APT_TEST_PACKAGES := poppler-utils xvfb xauth fonts-dejavu-core
APT_QT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0
# Building the packages (dpkg-deb; PyInstaller needs binutils) and testing the installed program
# (desktop entry, MIME type, gio/xdg-open, Xvfb, strace to see which files it loads).
APT_PACKAGING_PACKAGES := binutils dpkg-dev desktop-file-utils shared-mime-info xdg-utils libglib2.0-bin
APT_PACKAGE_TEST_PACKAGES := xvfb xauth strace poppler-utils

TS := $(wildcard resources/translations/ropa_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test package package-test icons test-slow venv system-packages lint typecheck screenshots bench clean translations ts

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed: sudo apt-get install python3.11 python3.11-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

$(PACKAGING_STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e ".[packaging]"
	@touch $@

venv: $(STAMP)

# The GUI translations: translators edit resources/translations/ropa_<lang>.ts (Qt Linguist:
# .venv/bin/pyside6-linguist); the app loads the compiled .qm files built here.
resources/translations/%.qm: resources/translations/%.ts $(RUN_STAMP)
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

run: $(RUN_STAMP) translations
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

# --- installable packages (docs/install.md) ------------------------------------------------------
# The PyInstaller one-folder build (dist/ropa/) is remade only when something it contains changed.
BUNDLE := dist/ropa/ropa
DEB := dist/ropa_$(VERSION)_amd64.deb
TARBALL := dist/ropa-$(VERSION)-linux-x86_64.tar.gz
BUNDLED_SOURCES := $(shell find ropa ui resources -type f -not -path '*/__pycache__/*' -not -name '*.ts') \
	packaging/ropa.spec packaging/ropa_launcher.py pyproject.toml

$(BUNDLE): $(PACKAGING_STAMP) $(QM) $(BUNDLED_SOURCES)
	@bash packaging/linux/ensure-debian-packages.sh $(APT_QT_PACKAGES) $(APT_PACKAGING_PACKAGES)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/ropa.spec
	@touch $@

$(DEB) $(TARBALL) &: $(BUNDLE) $(wildcard packaging/linux/*)
	@bash packaging/linux/ensure-debian-packages.sh $(APT_PACKAGING_PACKAGES)
	bash packaging/linux/build-packages.sh $(VERSION) "$(APT_QT_PACKAGES)"

package: $(DEB) $(TARBALL)

# Installs the .deb with dpkg (as root; else into a temporary root), runs the installed program
# (CLI, encrypted register, migration, GUI under Xvfb with a screenshot, a double-click through
# the desktop entry), checks with strace that nothing comes from this tree, then removes it.
package-test: package
	@bash packaging/linux/ensure-debian-packages.sh $(APT_PACKAGE_TEST_PACKAGES) $(APT_QT_PACKAGES)
	$(BIN)/python packaging/linux/package_test.py --deb $(DEB) --tarball $(TARBALL) --version $(VERSION) \
		--out build/package-test

# After changing resources/icons/ropa.svg: redraw the PNG, ICO and ICNS files from it.
icons: $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
