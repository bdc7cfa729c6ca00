"""How each database matches, ranks and corrects a search, behind one
interface: ``ranked_matches(documents, query, language)``,
``fill_vectors(documents)``, ``vector(body)`` and ``similar_terms(query)``.

A search ranks only the newest ``SEARCH_MAX_RANKED_RESULTS`` matches. A
common word can match most of the index; ranking and counting all of it
took seconds at 100,000 articles, while the newest matches are cheap to find
and are what a reader of news wants first anyway. ``ranked_matches`` reads
their ids and ranks in one query; the search page then reads the rows of
the one page it shows (``search.query.RankedDocuments``).

Both rank title matches above text matches, newest first among equals
(``title_first_rank``).

PostgreSQL: a stored tsvector (title weighted above the text) with a GIN
index, queried with one ``plainto_tsquery`` per word form (never the raw
input); the 'simple' configuration for Hebrew and
Arabic, whose word forms ``search.text`` has already produced, and 'english'
for English, which adds real stemming. Mistyped words are corrected against
the vocabulary with pg_trgm.

Other databases (SQLite, the embedded default): ``LIKE '% form %'`` over the
same normalized columns; corrections by difflib over
the vocabulary words that start with the same letter.
"""

import difflib
from datetime import timedelta
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchVector,
    TrigramSimilarity,
)
from django.db import connection
from django.db.models import Case, F, FloatField, Q, Value, When
from django.db.models.functions import Greatest, Length
from django.utils import timezone

from search.models import SearchDocument, SearchTerm

# Text search configurations by language; the others use 'simple'.
POSTGRES_CONFIGS = {"en": "english"}
# How many vocabulary words a correction looks at on SQLite, per query word.
MAX_CANDIDATE_TERMS = 5000
SIMILARITY_CUTOFF = 0.75
# The closest vocabulary words read for each query word: a known word's own
# forms come first (similarity 1), the best correction otherwise.
TERMS_PER_WORD = 5


# On PostgreSQL the newest matches are looked for in these periods before
# the publish date, newest first, and then in all older documents.
NEWEST_WINDOWS = (timedelta(days=30), timedelta(days=180), timedelta(days=730))
# What ``ranked_matches`` returns for each document, newest first.
RANKED_COLUMNS = ("pk", "rank")


def title_first_rank(query):
    """The rank of a match, the same on every database: 1 when a word of
    ``query`` is in the title, 0.5 when only in the text; of equal ranks
    the newest comes first. PostgreSQL's ts_rank also weighs how often the
    words occur, but it reads each match's whole stored vector (5 KB,
    compressed, for a news article): ranking 1,000 matches with it took
    30 ms of a 55 ms search at 100,000 articles; the normalized title is a
    hundred bytes."""
    in_title = reduce(
        or_,
        (Q(search_title__contains=f" {form} ") for form in query.all_forms),
    )
    return Case(
        When(in_title, then=Value(1.0)),
        default=Value(0.5),
        output_field=FloatField(),
    )


class PostgresBackend:
    def config(self, language):
        return POSTGRES_CONFIGS.get(language, "simple")

    def vector(self, body=None):
        """The search vector of a document, from its stored columns or,
        when given, from the expression ``body`` instead of its
        ``search_body`` (to write both in one UPDATE)."""
        config = Case(
            *[
                When(language=language, then=Value(name))
                for language, name in POSTGRES_CONFIGS.items()
            ],
            default=Value("simple"),
        )
        return SearchVector("search_title", config=config, weight="A") + SearchVector(
            F("search_body") if body is None else body, config=config, weight="B"
        )

    def fill_vectors(self, documents):
        documents.update(search_vector=self.vector())

    def ranked_matches(self, documents, query, language):
        """The newest ``SEARCH_MAX_RANKED_RESULTS`` of ``documents`` that
        match every word of ``query``, as (pk, rank) rows, newest first.

        Finding the newest of 20,000 matches, by the GIN index or by walking
        the (language, published_at) index, reads the row of each match, or
        of each document until enough match, and rows are wide: 150 to 600
        ms for a common word at 100,000 articles. So the newest are looked
        for in one period after another
        (``NEWEST_WINDOWS``): the GIN index and the date index together
        give the matches of a period, and the branches of the UNION ALL run
        in order and stop as soon as the LIMIT is reached. A common word is
        done after a month or two; a rare one reads all its few matches."""
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
        matching = (
            documents.filter(search_vector=tsquery)
            .order_by("-published_at", "-pk")
            .values("pk")
        )
        limit = settings.SEARCH_MAX_RANKED_RESULTS
        now = timezone.now()
        periods, newer = [], None
        for window in (*NEWEST_WINDOWS, None):
            older = now - window if window else None
            period = matching
            if older is not None:
                period = period.filter(published_at__gt=older)
            if newer is not None:
                period = period.filter(published_at__lte=newer)
            periods.append(period[:limit])
            newer = older
        newest = periods[0].union(*periods[1:], all=True)[:limit]
        return list(
            SearchDocument.objects.filter(pk__in=newest)
            .annotate(rank=title_first_rank(query))
            .order_by("-published_at", "-pk")
            .values_list(*RANKED_COLUMNS)
        )

    def similar_terms(self, query):
        """For each word of ``query``, the vocabulary words closest to any
        of its forms by trigram similarity, as (similarity, term) pairs, in
        one SQL query: a UNION ALL with a branch per word, each found
        through the trigram index (pg_trgm's ``%``) and cut to its best
        ``TERMS_PER_WORD``, so that a word with many near neighbours cannot
        crowd out another word's candidates."""
        branches = []
        for position, forms in enumerate(query.forms):
            similarities = [TrigramSimilarity("term", form) for form in forms]
            branches.append(
                SearchTerm.objects.filter(
                    reduce(or_, (Q(term__trigram_similar=form) for form in forms))
                )
                .annotate(
                    word=Value(position),
                    similarity=(
                        Greatest(*similarities)
                        if len(similarities) > 1
                        else similarities[0]
                    ),
                )
                .order_by("-similarity", "term")
                .values_list("word", "similarity", "term")[:TERMS_PER_WORD]
            )
        found = [[] for _forms in query.forms]
        for position, similarity, term in branches[0].union(*branches[1:], all=True):
            found[position].append((similarity, term))
        return found


class SimpleBackend:
    def vector(self, body=None):
        """None: LIKE reads the normalized columns directly."""
        return None

    def fill_vectors(self, documents):
        """Nothing to do: LIKE reads the normalized columns directly."""

    def ranked_matches(self, documents, query, language):
        """The newest ``SEARCH_MAX_RANKED_RESULTS`` of ``documents`` that
        match every word of ``query``, as (pk, rank) rows, newest first;
        a match in the title ranks first."""

        def contains(form):
            return Q(search_title__contains=f" {form} ") | Q(
                search_body__contains=f" {form} "
            )

        every_word = reduce(
            and_, (reduce(or_, map(contains, forms)) for forms in query.forms)
        )
        return list(
            documents.filter(every_word)
            .annotate(rank=title_first_rank(query))
            .order_by("-published_at", "-pk")
            .values_list(*RANKED_COLUMNS)[: settings.SEARCH_MAX_RANKED_RESULTS]
        )

    def similar_terms(self, query):
        """For each word of ``query``, (similarity, term) pairs: its forms
        the vocabulary holds, and the words closest to them by difflib's
        ratio among those of about the same length that start with the
        same letter. The candidates of every word are read in one query,
        through the unique index on ``term``."""
        all_forms = query.all_forms
        lengths = {}
        for form in all_forms:
            lengths.setdefault(form[0], set()).add(len(form))
        nearby = reduce(
            or_,
            (
                Q(
                    term__gte=first,
                    term__lt=chr(ord(first) + 1),
                    length__range=(min(sizes) - 2, max(sizes) + 2),
                )
                for first, sizes in lengths.items()
            ),
        )
        candidates = list(
            SearchTerm.objects.annotate(
                length=Length("term"),
                # The query's own forms first, so that the limit never
                # leaves them out.
                own=Case(When(term__in=all_forms, then=Value(0)), default=Value(1)),
            )
            .filter(Q(term__in=all_forms) | nearby)
            .order_by("own", "term")
            .values_list("term", flat=True)[: MAX_CANDIDATE_TERMS * len(query.words)]
        )
        return [self._closest(forms, candidates) for forms in query.forms]

    def _closest(self, forms, candidates):
        scored = []
        for form in forms:
            nearby = [
                term
                for term in candidates
                if term[0] == form[0] and abs(len(term) - len(form)) <= 2
            ]
            scored += [
                (difflib.SequenceMatcher(None, form, term).ratio(), term)
                for term in difflib.get_close_matches(
                    form, nearby, n=TERMS_PER_WORD, cutoff=SIMILARITY_CUTOFF
                )
            ]
        return scored


def get_backend():
    if connection.vendor == "postgresql":
        return PostgresBackend()
    return SimpleBackend()
