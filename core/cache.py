"""Django's Redis cache backend, with its redis-py client made once.

Django's ``RedisCacheClient`` makes a new ``redis.Redis`` for every cache
operation (it keeps the connection pool, not the client). Making one costs
more than the round trip to Redis it serves (about 0.2 ms: redis-py fills
a table of some 170 response handlers each time), and an article page
reads the cache seven times. A client is safe to share between threads;
the pool under it is what holds the connections, so nothing else changes."""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
