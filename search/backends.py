"""How each database matches, ranks and corrects a search, behind one
interface: ``ranked_matches(scope, query)`` (``search.query.SearchScope``),
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
from contextlib import contextmanager
from datetime import UTC, timedelta
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.contrib.postgres.search import (
    SearchVector,
    SearchVectorField,
)
from django.db import connection, connections
from django.db.models import Case, F, FloatField, Func, Q, Value, When
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Length
from django.utils import timezone

from search.models import SearchTerm

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
# What the PostgreSQL search reads of each document it looks through.
SEARCHED_COLUMNS = ("pk", "published_at", "search_title", "search_vector")
# The periods (the first ones of NEWEST_WINDOWS) looked for through the
# month lexemes of the vectors (``MonthLexeme``) rather than through the
# date index alone.
MONTH_LEXEME_WINDOWS = 2


class MonthLexeme(Func):
    """A document's language and the month (UTC) it is visible from, as a
    lexeme of its vector: "pub_he_202611". No query word can be one (words
    have no "_"). With it the GIN index finds the matches of a recent
    period by itself: ANDed with one or a few rare month lexemes, the index
    skips through a common word's long list of documents instead of
    reading all of it (21,000 documents at 100,000 articles for משלחת: 9
    ms a period instead of 1.5)."""

    output_field = SearchVectorField()

    def __init__(self):
        super().__init__(F("language"), F("published_at"))

    def as_sql(self, compiler, connection, **extra_context):
        (language, language_params), (published, published_params) = (
            compiler.compile(expression) for expression in self.get_source_expressions()
        )
        return (
            f"array_to_tsvector(ARRAY['pub_' || {language} || '_' || "
            f"to_char({published} AT TIME ZONE 'UTC', 'YYYYMM')])",
            (*language_params, *published_params),
        )


def month_lexemes(language, older, newer):
    """The tsquery (as text) of the month lexemes of documents in
    ``language`` visible from a moment after ``older`` up to ``newer``."""
    older, newer = older.astimezone(UTC), newer.astimezone(UTC)
    year, month, lexemes = older.year, older.month, []
    while (year, month) <= (newer.year, newer.month):
        lexemes.append(f"'pub_{language}_{year:04d}{month:02d}'")
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return " | ".join(lexemes)


def title_first_rank(query):
    """The rank of a match, the same on every database: 1 when a word of
    ``query`` is in the title, 0.5 when only in the text; of equal ranks
    the newest comes first. PostgreSQL's ts_rank also weighs how often the
    words occur, but it reads each match's whole stored vector (5 KB,
    compressed, for a news article): ranking 1,000 matches with it took
    30 ms of a 55 ms search at 100,000 articles; the normalized title is a
    hundred bytes. PostgreSQL ranks by ``title_first_rank_sql``."""
    in_title = reduce(
        or_,
        (Q(search_title__contains=f" {form} ") for form in query.all_forms),
    )
    return Case(
        When(in_title, then=Value(1.0)),
        default=Value(0.5),
        output_field=FloatField(),
    )


def title_first_rank_sql(query, title):
    """``title_first_rank`` in SQL, for the ``title`` column of a query of
    one's own, with its parameters: the query's forms are the same for
    every document, so they are parameters, and the SQL around them can be
    compiled once."""
    forms = sorted(query.all_forms)
    in_title = " OR ".join([f"strpos({title}, %s) > 0"] * len(forms))
    return (
        f"CASE WHEN {in_title} THEN 1.0::float8 ELSE 0.5::float8 END",
        [f" {form} " for form in forms],
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
        words = SearchVector("search_title", config=config, weight="A") + SearchVector(
            F("search_body") if body is None else body, config=config, weight="B"
        )
        return CombinedExpression(
            words, "||", MonthLexeme(), output_field=SearchVectorField()
        )

    def fill_vectors(self, documents):
        documents.update(search_vector=self.vector())

    def ranked_matches(self, scope, query):
        """The newest ``SEARCH_MAX_RANKED_RESULTS`` of the documents of
        ``scope`` that match every word of ``query``, as (pk, rank) rows,
        newest first.

        Finding the newest of 20,000 matches, by the GIN index or by walking
        the (language, published_at) index, reads the row of each match, or
        of each document until enough match, and rows are wide: 150 to 600
        ms for a common word at 100,000 articles. So the newest are looked
        for in one period after another
        (``NEWEST_WINDOWS``): the GIN index and the date index together
        give the matches of a period, and the branches of the UNION ALL run
        in order and stop as soon as the LIMIT is reached. A common word is
        done after a month or two; a rare one reads all its few matches."""
        language = scope.language
        config = self.config(language)
        # The words as a tsquery: one plainto_tsquery per form, ORed, the
        # words ANDed.
        words_sql = " && ".join(
            "(" + " || ".join(["plainto_tsquery(%s::regconfig, %s)"] * len(forms)) + ")"
            for forms in query.forms
        )
        words_params = [
            value for forms in query.forms for form in forms for value in (config, form)
        ]
        # Django compiles the documents searched once per shape of search
        # (``SearchScope``); the periods are written around them here.
        # Compiling a UNION ALL of four querysets and a query reading their
        # ranks cost more than the database took to run them.
        documents_sql, documents_params = scope.sql_with_params()
        if documents_sql is None:
            return []
        rank_sql, rank_params = title_first_rank_sql(query, "title")
        limit = settings.SEARCH_MAX_RANKED_RESULTS
        now = timezone.now()
        periods, params, newer = [], [], None
        for number, window in enumerate((*NEWEST_WINDOWS, None)):
            older = now - window if window else None
            conditions = [f"vector @@ ({words_sql})"]
            params += words_params
            if number < MONTH_LEXEME_WINDOWS:
                conditions[0] = f"vector @@ (({words_sql}) && %s::tsquery)"
                params.append(month_lexemes(language, older, newer or now))
            if older is not None:
                conditions.append("published_at > %s")
                params.append(older)
            if newer is not None:
                conditions.append("published_at <= %s")
                params.append(newer)
            # Our own SQL around Django's; every value is a parameter.
            periods.append(
                f"(SELECT pk, published_at, title FROM documents "  # noqa: S608
                f"WHERE {' AND '.join(conditions)} "
                "ORDER BY published_at DESC, pk DESC LIMIT %s)"
            )
            params.append(limit)
            newer = older
        # NOT MATERIALIZED: each period is planned with its own conditions
        # on the indexes; the branches run in order and stop at the LIMIT.
        sql = (
            "WITH documents (pk, published_at, title, vector) AS NOT MATERIALIZED "  # noqa: S608
            f"({documents_sql}) "
            f"SELECT pk, {rank_sql} FROM ({' UNION ALL '.join(periods)} "
            "LIMIT %s) AS newest ORDER BY published_at DESC, pk DESC"
        )
        database = connections[scope.db]
        with database.cursor() as cursor, _planned_for_its_values(database):
            cursor.execute(sql, (*documents_params, *rank_params, *params, limit))
            return cursor.fetchall()

    def similar_terms(self, query):
        """For each word of ``query``, the vocabulary words closest to any
        of its forms by trigram similarity, as (similarity, term) pairs, in
        one SQL query: a UNION ALL with, for each word, a branch reading
        the forms the vocabulary holds and, only when it holds none, one
        branch per form found through the trigram index (pg_trgm's ``%``),
        each cut to its best ``TERMS_PER_WORD``, so that a word with many
        near neighbours cannot crowd out another word's candidates.

        A known word needs no neighbours (``correct`` keeps it): its
        trigram branches are skipped by PostgreSQL (a one-time filter).
        One branch per form rather than per word with its forms ORed: the
        planner scanned the whole vocabulary for the OR (20 ms instead of
        under 1). A word's best ``TERMS_PER_WORD`` over all its forms are
        among the best of each of its forms."""
        # Plain SQL: Django took longer to compile a dozen branches than
        # PostgreSQL to run them.
        table = connection.ops.quote_name(SearchTerm._meta.db_table)
        branches, params, owners = [], [], []
        for position, forms in enumerate(query.forms):
            forms = list(forms)
            owners.append(position)
            branches.append(
                f"(SELECT %s, 1.0::real, term FROM {table} WHERE term = ANY(%s))"  # noqa: S608
            )
            params += [len(owners) - 1, forms]
            for form in forms:
                owners.append(position)
                branches.append(
                    f"(SELECT %s, similarity(term, %s), term FROM {table} "  # noqa: S608
                    f"WHERE NOT EXISTS (SELECT FROM {table} WHERE term = ANY(%s)) "
                    "AND term %% %s ORDER BY 2 DESC, 3 LIMIT %s)"
                )
                params += [len(owners) - 1, form, forms, form, TERMS_PER_WORD]
        with connections[SearchTerm.objects.all().db].cursor() as cursor:
            cursor.execute(" UNION ALL ".join(branches), params)
            rows = cursor.fetchall()
        best = [{} for _forms in query.forms]
        for number, similarity, term in rows:
            found = best[owners[number]]
            found[term] = max(similarity, found.get(term, similarity))
        return [
            [
                (similarity, term)
                for term, similarity in sorted(
                    found.items(), key=lambda pair: (-pair[1], pair[0])
                )[:TERMS_PER_WORD]
            ]
            for found in best
        ]


@contextmanager
def _planned_for_its_values(database):
    """Runs the queries of the block unprepared, so that PostgreSQL plans
    each with the words it is given. A prepared search soon gets a generic
    plan, made for no word in particular: for a word that no document holds
    (a typo, before it is corrected) it walks the date index of every
    period looking for it, 4 to 6 ms at 100,000 articles, where a plan made
    for that word asks the GIN index and is done in about 1 ms. Planning
    each search anew costs less than that, and nothing for common words
    (``bench/README.md``)."""
    # psycopg's own switch: with no threshold it prepares nothing.
    psycopg_connection = database.connection
    threshold = psycopg_connection.prepare_threshold
    psycopg_connection.prepare_threshold = None
    try:
        yield
    finally:
        psycopg_connection.prepare_threshold = threshold


class SimpleBackend:
    def vector(self, body=None):
        """None: LIKE reads the normalized columns directly."""
        return None

    def fill_vectors(self, documents):
        """Nothing to do: LIKE reads the normalized columns directly."""

    def ranked_matches(self, scope, query):
        """The newest ``SEARCH_MAX_RANKED_RESULTS`` of the documents of
        ``scope`` that match every word of ``query``, as (pk, rank) rows,
        newest first; a match in the title ranks first."""

        def contains(form):
            return Q(search_title__contains=f" {form} ") | Q(
                search_body__contains=f" {form} "
            )

        every_word = reduce(
            and_, (reduce(or_, map(contains, forms)) for forms in query.forms)
        )
        return list(
            scope.documents.filter(every_word)
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
