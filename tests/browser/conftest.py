"""Browser tests drive Debian's Chromium through Playwright; no browser is
ever downloaded. Screenshots land in test-artifacts/screenshots/."""

import os
from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.content_security_policy import ViolationWatch

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's Chromium is missing: run `make system-deps`.")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests only
    # touch the database before and after driving the page, never during.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def csp_violations(page):
    """What the page reports breaking its Content Security Policy: a test
    asserts ``csp_violations.take() == []`` after the steps it cares about,
    and whatever it did not take fails the test at the end."""
    watch = ViolationWatch(page)
    yield watch
    left = watch.take()
    assert left == [], "Content Security Policy violations:\n" + "\n".join(left)


@pytest.fixture(autouse=True)
def pages_keep_to_the_content_security_policy(request):
    """Every browser test that drives ``page`` is watched for violations."""
    if "page" in request.fixturenames:
        request.getfixturevalue("csp_violations")


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name, *, full_page=True):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take


@pytest.fixture(scope="session", autouse=True)
def staff_group_permissions(django_db_setup, django_db_blocker):
    """The staff groups and their permissions as the migrations made them,
    read before any live-server test has run: each of those empties the
    database when it ends (``transaction=True``)."""
    from django.contrib.auth.models import Group

    with django_db_blocker.unblock():
        return {
            group.name: list(
                group.permissions.values_list("content_type__app_label", "codename")
            )
            for group in Group.objects.all()
        }


@pytest.fixture
def staff_groups(staff_group_permissions, transactional_db):
    """The staff groups, with their permissions, back in the database."""
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    for name, permissions in staff_group_permissions.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = Q(pk__in=[])
        for app_label, codename in permissions:
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.set(Permission.objects.filter(wanted))
