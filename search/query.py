"""Reading the index: a visitor's words in, published documents out.

The query is bounded before anything reaches the database: at most
``MAX_QUERY_LENGTH`` characters (the form refuses longer), only letters and
digits survive normalization, and at most ``MAX_QUERY_WORDS`` words are
used. Each word becomes its forms (``search.text.variants``) and every word
must match one of its forms.
"""

from dataclasses import dataclass

from search import text
from search.backends import get_backend
from search.models import SearchDocument, SearchTerm

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 8


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


@dataclass(frozen=True)
class SearchResults:
    documents: object
    query: ParsedQuery
    # The query as typed, when some of its words were replaced by the
    # nearest words the index knows because it found nothing.
    corrected_from: ParsedQuery | None = None


def search(query, *, language, kind=None, municipality=None, topic=None, backend=None):
    """Published documents in ``language`` matching every word of ``query``
    (a ``ParsedQuery``), best first. When nothing matches, mistyped words
    are replaced by the closest known words and the search runs once more;
    the correction is only used if it finds something, so the vocabulary
    (which also holds words of scheduled articles) is never shown for its
    own sake."""
    backend = backend or get_backend()
    documents = SearchDocument.objects.public(language).for_results()
    if kind:
        documents = documents.filter(kind=kind)
    if municipality:
        documents = documents.in_municipality(municipality)
    if topic:
        documents = documents.about_topic(topic)

    matches = backend.match(documents, query, language)
    if matches.exists():
        return SearchResults(matches, query)
    corrected = correct(query, backend)
    if corrected is not None:
        corrected_matches = backend.match(documents, corrected, language)
        if corrected_matches.exists():
            return SearchResults(corrected_matches, corrected, corrected_from=query)
    return SearchResults(matches.none(), query)


def correct(query, backend):
    """``query`` with each word the vocabulary does not know (in any of its
    forms) replaced by the most similar known word, or None if every word
    is known or none could be replaced."""
    known = set(
        SearchTerm.objects.filter(term__in=query.all_forms).values_list(
            "term", flat=True
        )
    )
    words, changed = [], False
    for word, forms in zip(query.words, query.forms, strict=True):
        if known.intersection(forms):
            words.append(word)
            continue
        replacement = backend.similar_term(forms)
        if replacement:
            changed = True
        words.append(replacement or word)
    return ParsedQuery(tuple(dict.fromkeys(words))) if changed else None
