"""Reading the index: a visitor's words in, published documents out.

The query is bounded before anything reaches the database: at most
``MAX_QUERY_LENGTH`` characters (the form refuses longer), only letters and
digits survive normalization, and at most ``MAX_QUERY_WORDS`` words are
used. Each word becomes its forms (``search.text.variants``) and every word
must match one of its forms.
"""

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from functools import cached_property

from django.utils import timezone

from core.compiled_queries import CompiledQuery
from search import text
from search.backends import SEARCHED_COLUMNS, get_backend
from search.models import Kind, SearchDocument

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 8
# How many rows RankedDocuments reads at a time when iterated whole.
READ_BATCH_SIZE = 100


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple
    # What the visitor typed; empty for a query made by correcting one.
    typed: str = ""

    @classmethod
    def parse(cls, raw):
        raw = raw[:MAX_QUERY_LENGTH]
        found = dict.fromkeys(text.words(raw))
        return cls(tuple(found)[:MAX_QUERY_WORDS], typed=" ".join(raw.split()))

    def __bool__(self):
        return bool(self.words)

    @property
    def forms(self):
        return [text.variants(word) for word in self.words]

    @property
    def all_forms(self):
        return frozenset(form for forms in self.forms for form in forms)

    def display(self):
        """The query as the visitor typed it, or for a corrected one its
        words with their Hebrew final letters back."""
        return self.typed or " ".join(
            text.with_final_letters(word) for word in self.words
        )


class Result:
    """One result as the page shows it: the columns it needs, without a
    model instance (twenty of those, with their municipality's, took more
    time than reading the rows). ``municipality`` is filled in by whoever
    has the municipalities at hand (the search page's filter list)."""

    COLUMNS = ("pk", "kind", "url", "title", "text", "published_at", "municipality_id")
    __slots__ = (*COLUMNS, "rank", "municipality")

    def __init__(self, row, rank):
        for name, value in zip(self.COLUMNS, row, strict=True):
            setattr(self, name, value)
        self.rank = rank
        self.municipality = None

    def get_absolute_url(self):
        return self.url

    @property
    def kind_label(self):
        """What one result is, e.g. "Article", in the active language."""
        return SearchDocument.kind_label.fget(self)


def searched_documents(language, now, kind, municipality_id, topic_id, on_city_site):
    """The published documents a search looks through: in ``language``,
    public at ``now``, narrowed by the filters that are not None.
    ``on_city_site``: searched from a municipality's own site, whose pages
    are found too (elsewhere a city's own pages are at its own site's
    address only)."""
    documents = SearchDocument.objects.public(language, at=now)
    if not on_city_site:
        documents = documents.exclude(kind=Kind.PAGE, municipality__isnull=False)
    if kind:
        documents = documents.filter(kind=kind)
    if municipality_id:
        documents = documents.in_municipality(municipality_id)
    if topic_id:
        documents = documents.about_topic(topic_id)
    return documents


def _compiled_searched_documents(on_city_site):
    return CompiledQuery(
        lambda language, now, kind, municipality_id, topic_id: (
            searched_documents(
                language, now, kind, municipality_id, topic_id, on_city_site
            )
            .order_by()
            .values_list(*SEARCHED_COLUMNS)
        ),
        language=str,
        now=datetime,
        kind=str,
        municipality_id=int,
        topic_id=int,
    )


# Every search of the same shape (language, which filters) looks through
# the same SQL with other values: Django compiled it in 1.5 ms, more than
# the Python of the rest of the search.
_SEARCHED_DOCUMENTS = {
    flag: _compiled_searched_documents(flag) for flag in (False, True)
}


@dataclass(frozen=True)
class SearchScope:
    """What one search looks through, for a backend: as a queryset, or as
    the SQL of its ``SEARCHED_COLUMNS`` compiled once per shape."""

    language: str
    now: datetime
    kind: str | None = None
    municipality_id: int | None = None
    topic_id: int | None = None
    on_city_site: bool = False

    @cached_property
    def documents(self):
        return searched_documents(
            **{field.name: getattr(self, field.name) for field in fields(self)}
        )

    @property
    def db(self):
        """The database the search reads: the router's pick."""
        return SearchDocument.objects.db

    def sql_with_params(self):
        """The SQL and parameters of the scope's ``SEARCHED_COLUMNS``, or
        ``(None, ())`` when it holds nothing."""
        return _SEARCHED_DOCUMENTS[self.on_city_site].sql_with_params(
            language=self.language,
            now=self.now,
            kind=self.kind,
            municipality_id=self.municipality_id,
            topic_id=self.topic_id,
        )


# The rows of a page of results, by id: compiled once per language and
# number of ids (Django built and compiled the query in 0.9 ms a search).
RESULT_ROWS = CompiledQuery(
    lambda: SearchDocument.objects.order_by("pk").values_list(*Result.COLUMNS)
)


class RankedDocuments(Sequence):
    """The documents a search found, best first, read a page at a time: the
    ranks of all of them come from one query (``ranked_matches``), the rows
    of a page from another, by id (``RESULT_ROWS``: the ids are the index's
    own, read moments ago)."""

    def __init__(self, ranked):
        # Best rank first; of equal ranks the newest, as they came (the
        # sort is stable).
        self.ranked = sorted(ranked, key=lambda row: -row[1])

    def __len__(self):
        return len(self.ranked)

    def __iter__(self):
        # Sequence would read one row per query.
        for start in range(0, len(self), READ_BATCH_SIZE):
            yield from self[start : start + READ_BATCH_SIZE]

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1 or None][0]
        ranked = self.ranked[index]
        if not ranked:
            return []
        rows = RESULT_ROWS.run_among_ids([pk for pk, _rank in ranked])
        found = {row[0]: row for row in rows}
        # A document taken out of the index since the ranks were read is
        # left out.
        return [Result(found[pk], rank) for pk, rank in ranked if pk in found]


@dataclass(frozen=True)
class SearchResults:
    documents: RankedDocuments
    query: ParsedQuery
    # The query as typed, when some of its words were replaced by the
    # nearest words the index knows because it found nothing.
    corrected_from: ParsedQuery | None = None

    @property
    def count(self):
        return len(self.documents)


def search(
    query,
    *,
    language,
    kind=None,
    municipality=None,
    topic=None,
    on_city_site=False,
    backend=None,
):
    """Published documents in ``language`` matching every word of ``query``
    (a ``ParsedQuery``), best first. When nothing matches, mistyped words
    are replaced by the closest known words and the search runs once more;
    the correction is only used if it finds something, so the vocabulary
    (which also holds words of scheduled articles) is never shown for its
    own sake. ``on_city_site``: searched from a municipality's own site
    (``municipality`` is then that city), whose pages are found too."""
    backend = backend or get_backend()
    scope = SearchScope(
        language=language,
        now=timezone.now(),
        kind=kind or None,
        municipality_id=municipality.pk if municipality else None,
        topic_id=topic.pk if topic else None,
        on_city_site=on_city_site,
    )
    ranked = backend.ranked_matches(scope, query)
    if ranked:
        return SearchResults(RankedDocuments(ranked), query)
    corrected = correct(query, backend)
    if corrected is not None:
        ranked = backend.ranked_matches(scope, corrected)
        if ranked:
            return SearchResults(
                RankedDocuments(ranked), corrected, corrected_from=query
            )
    return SearchResults(RankedDocuments([]), query)


def correct(query, backend):
    """``query`` with each word the vocabulary does not know (in any of its
    forms) replaced by the most similar known word, or None if every word
    is known or none could be replaced. One query reads the vocabulary for
    all the words (``similar_terms``)."""
    words, changed = [], False
    for word, forms, scored in zip(
        query.words, query.forms, backend.similar_terms(query), strict=True
    ):
        if not scored or any(term in forms for _similarity, term in scored):
            words.append(word)
            continue
        # The most similar word; of equally similar ones, the first.
        _similarity, replacement = min(scored, key=lambda pair: (-pair[0], pair[1]))
        words.append(replacement)
        changed = True
    return ParsedQuery(tuple(dict.fromkeys(words))) if changed else None
