"""Pagination for the public lists: forgiving about ``?page=``, and cheap
with 100,000 rows.

Two costs grow with the table. Counting every match for "page 3 of 7,314"
reads the whole index; the count is kept in the cache under the content
version (``page_cache``), so any change to public content, or a scheduled
article's time, gives a fresh count. And ``OFFSET 6000`` reads 6,000 full
rows to throw them away; a deep page first picks its ids from the index
alone, then reads only those rows ("deferred join").

A list whose query is compiled once (``CompiledRows``) is counted and read
a page at a time from that query, without Django compiling anything.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from core.page_cache import content_version, seconds_until_next_change

# From this many rows skipped, a page's ids are read first.
DEFERRED_JOIN_OFFSET = 240


def paginate(request, queryset, per_page):
    """The requested page of ``queryset``; a missing, non-numeric or
    out-of-range ``?page=`` gives the nearest real page instead of an error."""
    return ListPaginator(queryset, per_page, count_key=_count_key(request)).get_page(
        request.GET.get("page")
    )


class ListPaginator(Paginator):
    def __init__(self, object_list, per_page, *, count_key=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        seconds = settings.PAGINATOR_COUNT_CACHE_SECONDS
        if self.count_key is None or seconds <= 0:
            return super().count
        count = cache.get(self.count_key)
        if count is None:
            count = super().count
            timeout = min(seconds, seconds_until_next_change())
            if timeout > 0:
                cache.set(self.count_key, count, timeout)
        return count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if bottom < DEFERRED_JOIN_OFFSET or not _plain(self.object_list):
            return super().page(number)
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = self.object_list.values("pk")[bottom:top]
        return self._get_page(self.object_list.filter(pk__in=ids), number, self)


class CompiledRows:
    """The rows of a ``CompiledQuery`` with ``values``, as the paginator
    reads a list: ``count()`` and one slice, each from SQL compiled once
    per language. A deep page reads its ids first, then its rows by id."""

    def __init__(self, query, **values):
        self.query = query
        self.values = values

    def count(self):
        return self.query.count(**self.values)

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step is not None:
            raise TypeError("The rows are read a page (a slice) at a time.")
        start, stop = index.start or 0, index.stop
        if start < DEFERRED_JOIN_OFFSET:
            return self.query.run_slice(start, stop, **self.values)
        ids = self.query.ids_slice(start, stop, **self.values)
        return self.query.run_among_ids(ids, **self.values)


def _plain(queryset):
    """A queryset whose rows can be picked by id without changing them."""
    query = getattr(queryset, "query", None)
    return (
        isinstance(queryset, QuerySet)
        and query.combinator is None
        and not query.distinct
        and not query.annotations
        and not query.is_sliced
        and queryset.ordered
    )


def _count_key(request):
    query = request.GET.copy()
    query.pop("page", None)
    address = hashlib.md5(  # noqa: S324 - a cache key, not a secret
        f"{request.path}?{query.urlencode()}".encode()
    ).hexdigest()
    return f"pagecount:{content_version()}:{address}"
