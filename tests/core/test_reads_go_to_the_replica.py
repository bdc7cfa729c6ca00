import pytest
from django.conf import settings
from django.db import transaction
from django.test import RequestFactory

from articles.models import Article
from core.db_routers import (
    PrimaryDatabaseMiddleware,
    PrimaryReplicaRouter,
    use_primary,
)

router = PrimaryReplicaRouter()


@pytest.fixture
def replica(monkeypatch):
    """A replica alias in the settings, as DATABASE_REPLICA_URL would add;
    the router only looks it up, so no connection is opened."""
    monkeypatch.setitem(settings.DATABASES, "replica", settings.DATABASES["default"])


def test_without_a_replica_the_router_leaves_reads_alone():
    assert router.db_for_read(Article) is None
    assert router.db_for_write(Article) == "default"


def test_reads_go_to_the_replica_and_writes_to_the_primary(replica):
    assert router.db_for_read(Article) == "replica"
    assert router.db_for_write(Article) == "default"
    assert router.allow_relation(Article(), Article())


@pytest.mark.django_db
def test_reads_inside_a_transaction_stay_on_the_primary(replica):
    # A select_for_update, or a read of what the transaction just wrote,
    # must not go to a replica that has not seen it yet.
    with transaction.atomic():
        assert router.db_for_read(Article) == "default"


def test_use_primary_pins_reads_to_the_primary(replica):
    with use_primary():
        assert router.db_for_read(Article) == "default"
    assert router.db_for_read(Article) == "replica"


def test_migrations_run_on_the_primary_only(replica):
    assert router.allow_migrate("default", "articles")
    assert not router.allow_migrate("replica", "articles")


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", "/he/news/", "replica"),
        ("head", "/he/news/", "replica"),
        ("post", "/he/partners/submit/", "default"),
        ("get", "/admin/articles/article/", "default"),
        ("post", "/admin/login/", "default"),
    ],
)
def test_writes_and_the_admin_read_from_the_primary(replica, method, path, expected):
    seen = []

    def view(request):
        seen.append(router.db_for_read(Article))
        return None

    request = getattr(RequestFactory(), method)(path)
    PrimaryDatabaseMiddleware(view)(request)

    assert seen == [expected]
    assert router.db_for_read(Article) == "replica"  # the pin ends with the request
