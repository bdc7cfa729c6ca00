import signal
from functools import partial

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models.sql.compiler import SQLCompiler
from django.urls import reverse
from django.utils import translation
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request made by an
    earlier test leaves its language active in the thread."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads made by a test go to a temporary folder, never the project."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_rate_limit_counters():
    """Rate limits counted by one test must not hold back the next."""
    from django.core.cache import caches

    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture(autouse=True)
def page_cache_as_in_production(request, monkeypatch):
    """Every test sees the anonymous page cache as production has it, empty
    at the start. A test's transaction is rolled back, never committed, so
    the content version that production replaces once a save commits is
    replaced at the save: a request later in the test sees the change. The
    page cache's own tests keep the commit (``pages_go_stale_on_commit``)."""
    from django.core.cache import cache, caches

    from core import page_cache

    if request.node.get_closest_marker("pages_go_stale_on_commit") is None:
        monkeypatch.setattr(
            page_cache,
            "content_changed_on_commit",
            lambda using=None, scopes=(): page_cache.content_changed(scopes),
        )
    cache.clear()
    caches["fragments"].clear()
    yield
    cache.clear()
    caches["fragments"].clear()


@pytest.fixture
def page_cache_off(settings, sites_read):
    """For tests of what drawing a page costs: every request draws it."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def sites_read(db):
    """The sites, read as a worker reads them once until one changes: a
    test counting a page's queries counts the page's own. (A test that
    saves a site afterwards reads them again: ``sites.directory``.)"""
    from sites.directory import directory

    directory()


@pytest.fixture
def login_with_second_factor(client):
    """Log a user in the way staff do: password, then a TOTP code."""

    def login(user, test_client=None):
        test_client = test_client or client
        test_client.force_login(user)
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        response = test_client.post(
            reverse("admin:two_factor_verify"), {"token": f"{totp(device.bin_key):06d}"}
        )
        assert response.status_code == 302, response.content
        return test_client

    return login


@pytest.fixture
def staff_client(admin_user, login_with_second_factor):
    return login_with_second_factor(admin_user)


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks):
    """``with after_commit(): ...`` runs, at the end of the block, what the
    code does once its transaction commits (queuing tasks, which the test
    settings run at once), which the test transaction otherwise holds back."""
    return partial(django_capture_on_commit_callbacks, execute=True)


@pytest.fixture
def database_tasks(settings):
    """Tasks stored in the database, as in production, instead of run as
    they are queued: for tests that look at what was queued, and when."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def run_worker():
    """Run ``manage.py db_worker`` until no task is ready, then give the
    test process back its signal handlers (the worker installs its own).
    The worker manages its own transactions: a test that uses it needs
    ``django_db(transaction=True)``."""
    names = [name for name in ("SIGINT", "SIGTERM", "SIGQUIT") if hasattr(signal, name)]
    handlers = {name: signal.getsignal(getattr(signal, name)) for name in names}

    def run():
        call_command(
            "db_worker", batch=True, startup_delay=False, reload=False, verbosity=0
        )

    yield run
    for name, handler in handlers.items():
        signal.signal(getattr(signal, name), handler)


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, loaded once for a module's tests and rolled back
    after them: each test runs inside it (in a savepoint) and sees it as it
    was loaded. Its pictures go to a temporary folder of their own."""
    from django.db import transaction
    from django.test import override_settings

    from demo.loader import load_demo

    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media")),
        transaction.atomic(),
    ):
        load_demo()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def compilations(monkeypatch):
    """The querysets Django compiles to SQL from now on (their models)."""
    compiled = []
    original = SQLCompiler.as_sql
    monkeypatch.setattr(
        SQLCompiler,
        "as_sql",
        lambda self, *args, **kwargs: (
            compiled.append(self.query.model) or original(self, *args, **kwargs)
        ),
    )
    return compiled
