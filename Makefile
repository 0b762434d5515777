# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' && { command -v $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run serve test lint clean

$(BIN)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Newsdesk needs Python 3.11 or newer on PATH."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

run: $(BIN)/.installed
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DJANGO_DEBUG=1 $(BIN)/python manage.py seed_demo
	@echo "Newsdesk: http://127.0.0.1:$(PORT)/  (the newsroom: http://127.0.0.1:$(PORT)/admin/)"
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The production path on this machine: debug off, gunicorn on 127.0.0.1:$(PORT).
# Needs DJANGO_SECRET_KEY (and DJANGO_ALLOWED_HOSTS for a real host name).
serve: $(BIN)/.installed
	DJANGO_DEBUG=0 $(BIN)/python manage.py collectstatic --no-input --verbosity 0
	DJANGO_DEBUG=0 $(BIN)/python manage.py migrate --no-input
	DJANGO_DEBUG=0 PORT=$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py newsdesk.wsgi

# Tests run with debug off, as production does; the key below signs nothing real,
# and the test client speaks plain HTTP, so no redirect to HTTPS.
test: $(BIN)/.installed
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-test-only-not-a-secret} \
	DJANGO_SECURE_SSL_REDIRECT=$${DJANGO_SECURE_SSL_REDIRECT:-0} $(BIN)/pytest $(PYTEST_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The benchmark (bench/__main__.py): seeds a database, serves it with gunicorn on
# 127.0.0.1 and loads each page with wrk (apt-get install wrk); a few minutes.
# Options go in BENCH_ARGS, e.g. make bench BENCH_ARGS="--articles 2000 --explain".
.PHONY: bench
bench: $(BIN)/.installed
	$(BIN)/python -m bench $(BENCH_ARGS)

# A backup of the database (dumpdata on SQLite, pg_dump on PostgreSQL) and,
# beside it, MEDIA_ROOT as <name>.media.tar.gz. BACKUP=path picks the file.
.PHONY: backup restore
backup: $(BIN)/.installed
	$(BIN)/python scripts/desk_backup.py backup $(if $(BACKUP),--file "$(BACKUP)")

# Replaces the database's contents with BACKUP's (required), and unpacks its media.
restore: $(BIN)/.installed
	@test -n "$(BACKUP)" || { echo "Which backup? make restore BACKUP=backups/newsdesk-....json.gz"; exit 1; }
	$(BIN)/python scripts/desk_backup.py restore "$(BACKUP)"

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles
