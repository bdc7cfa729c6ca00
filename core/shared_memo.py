"""Small tables every request reads (the sites, the alerts), read from the
database once per process and read again when their version in the shared
cache changes: one cache read per request instead of a query, and a change
in one process is seen by all of them.

Within a request every version is read once, all of them in the first
round trip (``get_many``), however many times a page asks (the alerts:
once for the banners, once for the emergency mode); outside one (a task, a
command) a version is read at every ``get()``. Other versions a page
depends on (the page cache's) join that round trip through
``read_with_every_request`` and ``version``."""

import secrets
import threading
import time
from functools import partial

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

# {key: version} read by the current request; None between requests. Local
# to the request's thread or, under ASGI, to its context.
_request = Local()
# The key of every version a request may read: it reads them all at once.
_keys = set()


def _request_began(**kwargs):
    _request.versions = {}


def _request_ended(**kwargs):
    _request.versions = None


request_started.connect(_request_began, dispatch_uid="shared_memo_request_began")
request_finished.connect(_request_ended, dispatch_uid="shared_memo_request_ended")


def new_version():
    return f"{time.time_ns():x}{secrets.token_hex(4)}"


def read_with_every_request(key):
    """Have ``version(key)`` answered from the request's one round trip."""
    _keys.add(key)
    return key


def version(key):
    """The token under ``key`` in the shared cache, made if missing: read
    once per request, with every other key, in the request's first read."""
    versions = getattr(_request, "versions", None)
    if versions == {}:
        versions.update(cache.get_many(_keys))
    found = versions.get(key) if versions is not None else None
    if found is None:
        found = cache.get(key) or made_version(key)
        if versions is not None:
            versions[key] = found
    return found


def made_version(key):
    """The token under ``key`` once one is made: found missing (first use,
    or evicted)."""
    # add(): concurrent processes agree on one token.
    cache.add(key, new_version(), timeout=None)
    return cache.get(key) or new_version()


def replace_version(key):
    """Give ``key`` a new token, seen by the rest of this request too."""
    found = new_version()
    cache.set(key, found, timeout=None)
    versions = getattr(_request, "versions", None)
    if versions is not None:
        versions[key] = found


class SharedMemo:
    """``get()`` returns ``load(version)``, made again when the version
    under ``key`` changes; ``changed()`` changes it."""

    def __init__(self, key, load):
        self.key = key
        self.load = load
        self._lock = threading.Lock()
        self._value = None
        self._version = None
        read_with_every_request(key)

    def get(self):
        current = version(self.key)
        if self._value is not None and self._version == current:
            return self._value
        with self._lock:
            try:
                value = self.load(current)
            except DatabaseError:
                # The database is away (a restart, a failover): what this
                # process read last is better than nothing, and the next
                # request tries again.
                if self._value is None:
                    raise
                return self._value
            self._value, self._version = value, current
        return self._value

    def changed(self):
        """Make every process read again: now (for this process and tests)
        and once the transaction commits (for the others, which could
        otherwise read the old rows under the new version)."""
        replace_version(self.key)
        transaction.on_commit(partial(replace_version, self.key))


class SharedRows:
    """Every row of a short table that public pages list in full (the
    municipalities, the topics: the filters of the news list and of search),
    read once per process and language, and again once any row is saved or
    deleted anywhere: a cache read instead of a query and fifty instances
    built. The rows are the model's default queryset, in its order; they are
    read per language because modeltranslation orders by the active
    language's column.

    Defined next to the model, so that the model's module connects the
    signals in every process that can save a row (web, worker, commands).
    A bulk ``update()`` sends no signal: the rows are read again when the
    process starts."""

    def __init__(self, model):
        self.model = model
        label = model._meta.label_lower
        self._memo = SharedMemo(f"rows:{label}:version", lambda version: {})
        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                self._row_changed,
                sender=model,
                weak=False,
                dispatch_uid=f"shared_rows_{label}_{name}",
            )

    def all(self):
        """The rows in the active language's order, as a tuple."""
        by_language = self._memo.get()
        language = get_language()
        rows = by_language.get(language)
        if rows is None:
            rows = by_language[language] = tuple(self.model._default_manager.all())
        return rows

    def _row_changed(self, **kwargs):
        self._memo.changed()
