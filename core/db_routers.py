"""Reads from a PostgreSQL replica, writes to the primary.

Active only when ``DATABASE_REPLICA_URL`` is set (the settings then add the
``replica`` alias and this router). A replica lags behind the primary by a
moment, so some reads must still go to the primary:

* everything inside a transaction on the primary (a ``select_for_update``,
  or a read that checks what the same transaction just wrote);
* every request that is not a plain read (POST and the like), and every
  admin request: staff expect to see what they just saved, and their
  session, just written at login, must be found. ``PrimaryDatabaseMiddleware``
  pins those requests to the primary.

Anonymous visitors reading public pages, the traffic that grows, go to the
replica.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA_ALIAS = "replica"

_pinned_to_primary = ContextVar("pinned_to_primary", default=False)


@contextmanager
def use_primary():
    """Send every read in the block to the primary database."""
    token = _pinned_to_primary.set(True)
    try:
        yield
    finally:
        _pinned_to_primary.reset(token)


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        if REPLICA_ALIAS not in settings.DATABASES:
            return None
        if _pinned_to_primary.get() or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return REPLICA_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as the primary.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS


class PrimaryDatabaseMiddleware:
    """Pins writes and the admin to the primary database (see above)."""

    SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in self.SAFE_METHODS and not request.path_info.startswith(
            "/admin/"
        ):
            return self.get_response(request)
        with use_primary():
            return self.get_response(request)
