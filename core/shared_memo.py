"""Small tables every request reads (the sites, the alerts), read from the
database once per process and read again when their version in the shared
cache changes: one cache read per request instead of a query, and a change
in one process is seen by all of them.

Within a request the version is read once, however many times a page asks
(the alerts: once for the banners, once for the emergency mode); outside
one (a task, a command) it is read at every ``get()``."""

import secrets
import threading
import time
from functools import partial

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DatabaseError, transaction

# {key: version} read by the current request; None between requests. Local
# to the request's thread or, under ASGI, to its context.
_request = Local()


def _request_began(**kwargs):
    _request.versions = {}


def _request_ended(**kwargs):
    _request.versions = None


request_started.connect(_request_began, dispatch_uid="shared_memo_request_began")
request_finished.connect(_request_ended, dispatch_uid="shared_memo_request_ended")


def new_version():
    return f"{time.time_ns():x}{secrets.token_hex(4)}"


class SharedMemo:
    """``get()`` returns ``load(version)``, made again when the version
    under ``key`` changes; ``changed()`` changes it."""

    def __init__(self, key, load):
        self.key = key
        self.load = load
        self._lock = threading.Lock()
        self._value = None
        self._version = None

    def get(self):
        versions = getattr(_request, "versions", None)
        version = versions.get(self.key) if versions is not None else None
        if version is None:
            version = self._read_version()
            if versions is not None:
                versions[self.key] = version
        if self._value is not None and self._version == version:
            return self._value
        with self._lock:
            try:
                value = self.load(version)
            except DatabaseError:
                # The database is away (a restart, a failover): what this
                # process read last is better than nothing, and the next
                # request tries again.
                if self._value is None:
                    raise
                return self._value
            self._value, self._version = value, version
        return self._value

    def _read_version(self):
        version = cache.get(self.key)
        if version is None:
            cache.add(self.key, new_version(), timeout=None)
            version = cache.get(self.key)
        return version

    def changed(self):
        """Make every process read again: now (for this process and tests)
        and once the transaction commits (for the others, which could
        otherwise read the old rows under the new version)."""
        self._bump()
        transaction.on_commit(partial(self._bump))

    def _bump(self):
        version = new_version()
        cache.set(self.key, version, timeout=None)
        versions = getattr(_request, "versions", None)
        if versions is not None:
            versions[self.key] = version
