"""Browser tests: Playwright's sync API driving the machine's Debian Chromium.

No browser is ever downloaded (``playwright install`` is not used): the tests launch
``/usr/bin/chromium``. Where it is missing they are skipped, except in CI, where that is a
failure, so a machine without Chromium cannot pass CI by skipping its browser tests.
"""

import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
TIMEOUT_MS = 10_000


@pytest.fixture(scope="package")
def browser():
    """One Chromium for all browser tests, closed when the last of them has run.

    Playwright's sync API marks an event loop as running in this thread from its first call
    until it stops, and Django refuses ORM calls in a thread with a running loop unless
    DJANGO_ALLOW_ASYNC_UNSAFE is set. Both are confined to this package: the variable is set
    here and removed again, so the rest of the suite keeps Django's async-safety checks and
    subprocesses (``manage.py check --deploy``) never inherit it.
    """
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium package to run browser tests"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, live_server):
    """A fresh browser context (no cookies) per test, with the live server as base URL."""
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo(transactional_db):
    """The demo municipality (people only), loaded the way ``make run`` loads it.

    Browser tests commit (the live server reads the database from another thread), so each
    is flushed afterwards; ``seed_demo`` recreates what a flush removes."""
    call_command("seed_demo", "--people-only", stdout=StringIO())


@pytest.fixture
def demo_courses(transactional_db):
    """The whole demo: people, units and the demo courses in English and Danish."""
    call_command("seed_demo", stdout=StringIO())
