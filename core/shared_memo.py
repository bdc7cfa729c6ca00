"""Small tables every request reads (the sites, the alerts), read from the
database once per process and read again when their version in the shared
cache changes: one cache read per request instead of a query, and a change
in one process is seen by all of them."""

import secrets
import threading
import time
from functools import partial

from django.core.cache import cache
from django.db import DatabaseError, transaction


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
        version = cache.get(self.key)
        if version is None:
            cache.add(self.key, new_version(), timeout=None)
            version = cache.get(self.key)
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

    def changed(self):
        """Make every process read again: now (for this process and tests)
        and once the transaction commits (for the others, which could
        otherwise read the old rows under the new version)."""
        self._bump()
        transaction.on_commit(partial(self._bump))

    def _bump(self):
        cache.set(self.key, new_version(), timeout=None)
