# community_cms: every setup step a developer or CI needs, in one place.
# `make run` and `make test` are the only two commands anyone has to know.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Debian packages the project needs outside Python: gettext compiles the
# translations, Chromium and Noto fonts run the browser tests, npm installs
# axe-core for the accessibility tests.
SYSTEM_PACKAGES := gettext chromium fonts-noto-core npm
# axe-core, pinned in tests/browser/package-lock.json and injected into pages
# by the browser tests.
AXE := tests/browser/node_modules/axe-core/axe.min.js

.DEFAULT_GOAL := help
.PHONY: help run worker test install system-deps browser-deps messages makemessages migrate demo lint format clean bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

# The task worker (email, renditions, search re-indexing) runs beside the
# web server and is stopped with it, however runserver ends.
run: install messages migrate demo ## Set everything up and serve the demo (the portal at http://127.0.0.1:8000, the cities at http://rehovot.localhost:8000 and http://modiin.localhost:8000), with the task worker
	$(MANAGE) db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

worker: install migrate ## Run the task worker alone (make run starts one)
	$(MANAGE) db_worker

test: install system-deps browser-deps messages ## Set up and run the whole test suite (DATABASE_URL picks the database), a process per core
	$(BIN)/pytest --numprocesses=auto

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet "uv==$(UV_VERSION)"

$(VENV)/.installed: $(BIN)/uv uv.lock pyproject.toml
	$(BIN)/uv sync --locked --inexact --quiet
	touch $@

install: $(VENV)/.installed ## Create .venv and install the locked dependencies

system-deps: ## Install the Debian packages the tests need (gettext, Chromium, fonts, npm)
	@missing=""; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	fc-list 2>/dev/null | grep -q NotoSansHebrew || missing="$$missing fonts-noto-core"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@command -v npm >/dev/null || $(MAKE) system-deps
	npm ci --prefix tests/browser --no-audit --no-fund --silent
	touch $@

browser-deps: $(AXE) ## Install axe-core (pinned, from npm) for the accessibility tests

messages: install ## Compile the Hebrew and Arabic translations
	@command -v msgfmt >/dev/null || $(MAKE) system-deps
	$(MANAGE) compilemessages --ignore=.venv -v0

makemessages: install ## Extract interface strings into locale/he and locale/ar
	$(MANAGE) makemessages -l he -l ar --no-location --ignore=.venv --ignore=staticfiles --ignore=tests

migrate: install ## Create or update the database schema
	$(MANAGE) migrate --no-input -v0

demo: install ## Load the demo content (safe to run again)
	$(MANAGE) load_demo

bench: install ## Benchmark on 100,000 articles against Wagtail, bare Django and nginx (bench/README.md)
	bench/run

lint: install ## ruff lint and format check, djLint and line length on the templates
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint
	@# Template lines stay under 200 characters; a line holding only one {% translate "…" %} cannot be broken.
	@awk 'length > 200 && !/^ *\{% translate "[^"]*" %\}$$/ { print FILENAME ":" FNR ": over 200 characters"; bad = 1 } END { exit bad }' \
		$$(find templates -name '*.html' -o -name '*.txt')

format: install ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean: ## Remove the virtualenv, the SQLite database, uploads and collected static files
	rm -rf $(VENV) db.sqlite3 media staticfiles test-artifacts tests/browser/node_modules
