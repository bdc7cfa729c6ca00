"""Writing the search index. Called by the receivers in ``search.signals``
inside the transaction that saves the content, so the index never shows a
state that was rolled back; after a rename by a task (``search.tasks``);
and by ``rebuild_search_index``."""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F, TextField, Value
from django.db.models.functions import Concat, Replace

from articles.models import Article
from core import page_cache
from search import text
from search.backends import get_backend
from search.documents import (
    SOURCES,
    indexed_municipality_name,
    indexed_topic_name,
)
from search.models import Kind, SearchDocument, SearchTerm

logger = logging.getLogger(__name__)

REBUILD_BATCH_SIZE = 500
TEXT = TextField()
UPDATED_FIELDS = [
    "kind",
    "municipality",
    "published_at",
    "visible_until",
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
        for term in text.indexed_words(column)
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
            unique_fields=["content_type", "object_id", "language", "is_interim"],
            update_fields=UPDATED_FIELDS,
        )
        if not any(document.is_interim for document in documents):
            # Whatever was waiting (a spotlight story) is public now, or no
            # longer coming.
            _delete(existing.filter(is_interim=True))
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
        # Stored search pages show what the old index found.
        page_cache.content_changed_on_commit()
    logger.info("Search index rebuilt: %s", counts)
    return counts


def _write_batch(documents):
    SearchDocument.objects.bulk_create(documents, batch_size=REBUILD_BATCH_SIZE)
    get_backend().fill_vectors(
        SearchDocument.objects.filter(pk__in=[document.pk for document in documents])
    )
    _add_terms(_terms(documents))
    return len(documents)


# Renaming a municipality or a topic changes the text of thousands of
# documents at 100,000 articles. Indexing each again would take minutes, so
# the stored name is replaced in place instead: one UPDATE per language and
# one for the vectors, in a task queued when the rename commits
# (``search.tasks``), so that the admin's save returns at once. (Each stored
# name stands between its own marks: see search.documents.) The task
# replaces the names the documents were indexed with by the names the row
# has when it runs, so renames that follow each other quickly end right
# whatever order their tasks run in.


def municipality_indexed_names(municipality):
    """``municipality``'s names as stored in ``search_body``, by language."""
    return {
        language: indexed_municipality_name(municipality, language)
        for language, _name in settings.LANGUAGES
    }


def topic_indexed_names(topic):
    """``topic``'s names as stored in its articles' ``search_body``."""
    return {
        language: indexed_topic_name(topic, language)
        for language, _name in settings.LANGUAGES
    }


def municipality_name_reindex(previous_names, municipality):
    """Make ``municipality``'s documents searchable by its current name;
    ``previous_names`` are the names they were indexed with
    (``municipality_indexed_names`` of the row before the rename)."""
    current = municipality_indexed_names(municipality)
    _names_replace_public(
        SearchDocument.objects.filter(municipality=municipality),
        {
            language: [(previous_names[language], current[language])]
            for language in previous_names
        },
    )


def topic_name_reindex(previous_names, topic):
    """Make the articles about ``topic`` searchable by its current name."""
    current = topic_indexed_names(topic)
    _names_replace_public(
        _article_documents(tagged_with(topic)),
        {
            language: [(previous_names[language], current[language])]
            for language in previous_names
        },
    )


def _names_replace_public(documents, changes):
    """``_names_replace`` done after the rename's own save: the search pages
    stored since then still show the old names."""
    with transaction.atomic():
        _names_replace(documents, changes)
        page_cache.content_changed_on_commit()


def article_topics_reindex(article_ids, *, added=(), removed=()):
    """Add the names of the topics ``added`` to the documents of the
    articles ``article_ids`` (ids or a subquery) and take out those of the
    topics ``removed``, as when they are tagged or untagged."""
    added = sorted(added, key=lambda topic: topic.pk)
    _names_replace(
        _article_documents(article_ids),
        {
            language: [("", indexed_topic_name(topic, language)) for topic in added]
            + [(indexed_topic_name(topic, language), "") for topic in removed]
            for language, _name in settings.LANGUAGES
        },
    )


def tagged_with(topic):
    """The ids of the articles about ``topic``, as a subquery of the tags
    alone (the articles table is not needed)."""
    return Article.topics.through.objects.filter(topic=topic).values("article_id")


def _article_documents(article_ids):
    return SearchDocument.objects.filter(kind=Kind.ARTICLE, object_id__in=article_ids)


def _names_replace(documents, changes):
    """Apply ``changes`` to the ``search_body`` of ``documents``: for each
    language, pairs of a stored name and what replaces it (an empty one to
    take it out; an empty stored name adds the new one at the end). The
    vector is written by the same UPDATE: each row written twice would also
    be added to the GIN index twice."""
    backend, terms = get_backend(), set()
    with transaction.atomic():
        for language, pairs in changes.items():
            pairs = [(old, new) for old, new in pairs if old != new]
            if not pairs:
                continue
            body = F("search_body")
            for old, new in pairs:
                if old:
                    body = Replace(body, Value(old), Value(new), output_field=TEXT)
                else:
                    body = Concat(body, Value(new), output_field=TEXT)
                terms.update(text.indexed_words(new))
            columns = {"search_body": body}
            if (vector := backend.vector(body)) is not None:
                columns["search_vector"] = vector
            documents.filter(language=language).update(**columns)
        _add_terms(terms)
