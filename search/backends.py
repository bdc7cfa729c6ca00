"""How each database matches, ranks and corrects a search, behind one
interface: ``match(documents, query, language)``, ``fill_vectors(documents)``
and ``similar_term(forms)``.

PostgreSQL: a stored tsvector (title weighted above the text) with a GIN
index, queried with one ``plainto_tsquery`` per word form (never the raw
input), ranked by ``ts_rank``; the 'simple' configuration for Hebrew and
Arabic, whose word forms ``search.text`` has already produced, and 'english'
for English, which adds real stemming. Mistyped words are corrected against
the vocabulary with pg_trgm.

Other databases (SQLite, the embedded default): ``LIKE '% form %'`` over the
same normalized columns, title matches first; corrections by difflib over
the vocabulary words that start with the same letter.
"""

import difflib
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramSimilarity,
)
from django.db import connection
from django.db.models import Case, F, FloatField, Q, Value, When
from django.db.models.functions import Greatest, Length

from search.models import SearchTerm

# Text search configurations by language; the others use 'simple'.
POSTGRES_CONFIGS = {"en": "english"}
# How many vocabulary words a correction looks at on SQLite.
MAX_CANDIDATE_TERMS = 5000
SIMILARITY_CUTOFF = 0.75


def newest_matches(documents, matching):
    """The newest ``SEARCH_MAX_RANKED_RESULTS`` of ``matching``, to be
    ranked. A common word can match most of the index; ranking and counting
    all of it took seconds at 100,000 articles, while the newest matches are
    found through the (language, published_at) index and are what a reader
    of news wants first anyway."""
    newest = matching.order_by("-published_at", "-pk").values("pk")
    return documents.filter(pk__in=newest[: settings.SEARCH_MAX_RANKED_RESULTS])


class PostgresBackend:
    def config(self, language):
        return POSTGRES_CONFIGS.get(language, "simple")

    def fill_vectors(self, documents):
        config = Case(
            *[
                When(language=language, then=Value(name))
                for language, name in POSTGRES_CONFIGS.items()
            ],
            default=Value("simple"),
        )
        documents.update(
            search_vector=SearchVector("search_title", config=config, weight="A")
            + SearchVector("search_body", config=config, weight="B")
        )

    def match(self, documents, query, language):
        config = self.config(language)
        tsquery = reduce(
            and_,
            (
                reduce(
                    or_,
                    (
                        SearchQuery(form, config=config, search_type="plain")
                        for form in forms
                    ),
                )
                for forms in query.forms
            ),
        )
        return (
            newest_matches(documents, documents.filter(search_vector=tsquery))
            .annotate(rank=SearchRank(F("search_vector"), tsquery))
            .order_by("-rank", "-published_at", "-pk")
        )

    def similar_term(self, forms):
        """The vocabulary word closest to any of ``forms`` by trigram
        similarity, found through the trigram index (pg_trgm's ``%``)."""
        similarities = [TrigramSimilarity("term", form) for form in forms]
        similarity = Greatest(*similarities) if len(forms) > 1 else similarities[0]
        return (
            SearchTerm.objects.filter(
                reduce(or_, (Q(term__trigram_similar=form) for form in forms))
            )
            .annotate(similarity=similarity)
            .order_by("-similarity", "term")
            .values_list("term", flat=True)
            .first()
        )


class SimpleBackend:
    def fill_vectors(self, documents):
        """Nothing to do: LIKE reads the normalized columns directly."""

    def match(self, documents, query, language):
        def contains(form):
            return Q(search_title__contains=f" {form} ") | Q(
                search_body__contains=f" {form} "
            )

        every_word = reduce(
            and_, (reduce(or_, map(contains, forms)) for forms in query.forms)
        )
        in_title = reduce(
            or_,
            (
                Q(search_title__contains=f" {form} ")
                for forms in query.forms
                for form in forms
            ),
        )
        return (
            newest_matches(documents, documents.filter(every_word))
            .annotate(
                rank=Case(
                    When(in_title, then=Value(1.0)),
                    default=Value(0.5),
                    output_field=FloatField(),
                )
            )
            .order_by("-rank", "-published_at", "-pk")
        )

    def similar_term(self, forms):
        """The vocabulary word closest to any of ``forms`` by difflib's
        ratio, among the words of about the same length that start with the
        same letter (found through the unique index on ``term``)."""
        scored = []
        for form in forms:
            candidates = (
                SearchTerm.objects.filter(
                    term__gte=form[0], term__lt=chr(ord(form[0]) + 1)
                )
                .annotate(length=Length("term"))
                .filter(length__range=(len(form) - 2, len(form) + 2))
                .values_list("term", flat=True)[:MAX_CANDIDATE_TERMS]
            )
            for candidate in difflib.get_close_matches(
                form, candidates, n=1, cutoff=SIMILARITY_CUTOFF
            ):
                ratio = difflib.SequenceMatcher(None, form, candidate).ratio()
                scored.append((-ratio, candidate))
        return min(scored)[1] if scored else None


def get_backend():
    if connection.vendor == "postgresql":
        return PostgresBackend()
    return SimpleBackend()
