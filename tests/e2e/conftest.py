"""Browser tests: Debian's Chromium driven by Playwright against a live server.

Run them with `make test PYTEST_ARGS="-m e2e"`. Without Chromium or the
playwright package they are skipped, except under CI=true, where a missing
browser is a failure: CI installs Chromium, so its absence is a broken build.
"""

import os
import re
import shutil
import warnings
from pathlib import Path

import pytest
from django.db import connections

try:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright
except ImportError:  # reported by pytest_runtest_setup: a skip, or under CI a failure
    PlaywrightError = sync_playwright = None

DEBIAN_CHROMIUM = "/usr/bin/chromium"
# Playwright must never download a browser; it launches the system's one.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).parent / "screenshots"
# Long enough for a slow CI machine, short enough to fail before pytest is killed.
TIMEOUT_MS = 15_000
# Each phase's report (setup, call, teardown) of the running test, by phase.
outcomes_key = pytest.StashKey[dict]()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "e2e: drives a real browser (Chromium via Playwright)"
    )


def chromium_executable():
    if os.access(DEBIAN_CHROMIUM, os.X_OK):
        return DEBIAN_CHROMIUM
    return shutil.which("chromium")


def missing_browser():
    """Why the browser tests cannot run here, or None when they can."""
    if sync_playwright is None:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if chromium_executable() is None:
        return f"no Chromium at {DEBIAN_CHROMIUM} or on PATH (apt-get install chromium)"
    return None


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("e2e") is None:
            continue
        # The live server reads committed rows, so each browser test runs in a
        # transactional database that is emptied afterwards, rows of data
        # migrations (the roles' groups) included. Serialized rollback puts those
        # back before each test; it must hold for every browser test, since one
        # flushed without it re-creates content types the next cannot restore.
        item.add_marker(
            pytest.mark.django_db(transaction=True, serialized_rollback=True),
            append=False,
        )
        # The session's live server loads whitenoise before the suite points
        # STATIC_ROOT at a temporary folder; its own handler serves static files.
        item.add_marker(
            pytest.mark.filterwarnings("ignore:No directory at:UserWarning")
        )


def pytest_runtest_setup(item):
    if item.get_closest_marker("e2e") is None:
        return
    reason = missing_browser()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true, yet {reason}", pytrace=False)
    pytest.skip(f"browser test skipped: {reason}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    # The page fixture reads this at teardown to know whether to take a screenshot.
    item.stash.setdefault(outcomes_key, {})[report.when] = report
    return report


@pytest.fixture(autouse=True)
def allow_db_under_playwright(monkeypatch):
    # Playwright's sync API keeps an asyncio loop running in this thread, and
    # Django refuses ORM calls while one runs; the test itself is synchronous.
    # https://docs.djangoproject.com/en/5.2/topics/async/#async-safety
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable(), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
        # While Playwright's loop runs, Django keeps this thread's connections in
        # a separate, context-local slot; close them before the loop stops, or
        # they stay open and PostgreSQL refuses to drop the test database.
        connections.close_all()


@pytest.fixture
def new_page(request, browser):
    """Open a page in a fresh browser context: a new visitor, no cookies.

    When the test fails, the page that navigated last is saved as
    tests/e2e/screenshots/<test name>.png.
    """
    pages = []

    def open_page(**context_options):
        context = browser.new_context(**context_options)
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        page.on("load", lambda loaded: pages.append(loaded))
        pages.append(page)
        return page

    yield open_page
    outcomes = request.node.stash.get(outcomes_key, {})
    failed = any(report.failed for report in outcomes.values())
    if failed and pages:
        SCREENSHOTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.name)
        try:
            pages[-1].screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
        except PlaywrightError as error:  # a crashed page: the failure still stands
            warnings.warn(f"No screenshot of {name}: {error}", stacklevel=1)
