"""Writing the search index. Called by the receivers in ``search.signals``
inside the transaction that saves the content, so the index never shows a
state that was rolled back, and by ``rebuild_search_index``."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from search.backends import get_backend
from search.documents import SOURCES
from search.models import SearchDocument, SearchTerm

logger = logging.getLogger(__name__)

REBUILD_BATCH_SIZE = 500
UPDATED_FIELDS = [
    "kind",
    "municipality",
    "published_at",
    "url",
    "title",
    "text",
    "search_title",
    "search_body",
    "indexed_at",
]


def _terms(documents):
    return {
        term
        for document in documents
        for column in (document.search_title, document.search_body)
        for term in column.split()
    }


def _add_terms(terms):
    SearchTerm.objects.bulk_create(
        [SearchTerm(term=term) for term in sorted(terms)],
        batch_size=1000,
        ignore_conflicts=True,
    )


def _delete(queryset):
    """Delete with one DELETE statement. QuerySet.delete() would first load
    every row to send post_delete, since receivers elsewhere listen to all
    models; index rows have no receivers and nothing refers to them."""
    return queryset._raw_delete(queryset.db)


def document_index(obj):
    """Bring ``obj``'s search documents up to date: one per language while
    it is published (or, for an article, scheduled), none otherwise."""
    source = SOURCES[type(obj)]
    content_type = ContentType.objects.get_for_model(obj)
    existing = SearchDocument.objects.filter(
        content_type=content_type, object_id=obj.pk
    )
    with transaction.atomic():
        if not source.is_searchable(obj):
            _delete(existing)
            return
        documents = source.documents(obj, content_type)
        # An upsert rather than delete-and-insert, so that two saves of the
        # same item at once update its rows instead of colliding.
        SearchDocument.objects.bulk_create(
            documents,
            update_conflicts=True,
            unique_fields=["content_type", "object_id", "language"],
            update_fields=UPDATED_FIELDS,
        )
        get_backend().fill_vectors(existing)
        _add_terms(_terms(documents))


def document_remove(obj):
    """Take ``obj`` out of search, as when it is deleted."""
    _delete(
        SearchDocument.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        )
    )


def index_rebuild():
    """Write the whole index afresh from the published content, in one
    transaction: searches keep using the old index until it commits.
    Returns the number of documents written for each kind of content."""
    counts = {}
    with transaction.atomic():
        _delete(SearchDocument.objects.all())
        _delete(SearchTerm.objects.all())
        for model, source in SOURCES.items():
            content_type = ContentType.objects.get_for_model(model)
            counts[source.kind] = 0
            batch = []
            for obj in source.searchable().iterator(chunk_size=REBUILD_BATCH_SIZE):
                batch += source.documents(obj, content_type)
                if len(batch) >= REBUILD_BATCH_SIZE:
                    counts[source.kind] += _write_batch(batch)
                    batch = []
            counts[source.kind] += _write_batch(batch)
    logger.info("Search index rebuilt: %s", counts)
    return counts


def _write_batch(documents):
    SearchDocument.objects.bulk_create(documents, batch_size=REBUILD_BATCH_SIZE)
    get_backend().fill_vectors(
        SearchDocument.objects.filter(pk__in=[document.pk for document in documents])
    )
    _add_terms(_terms(documents))
    return len(documents)
