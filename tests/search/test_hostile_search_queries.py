"""Whatever is typed or sent as ``q``, the search page answers with a page
that says what to do, never an error, and nothing typed reaches the
database as SQL or as tsquery syntax."""

from http import HTTPStatus

import pytest

from search.models import SearchDocument
from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "",
    "   ",
    "!!!",
    "...,,,;;;",
    "&|!:*()<->",
    "משלחת & | !",
    "משלחת:* <-> !קהילה",
    "'",
    '"',
    "\\",
    "%",
    "_",
    "%_%",
    "' OR 1=1; DROP TABLE search_searchdocument; --",
    "1; SELECT pg_sleep(10)",
    "<script>alert(1)</script>",
    "🔥🔥🔥",
    "ש",
    "א ב ג ד ה ו ז ח ט י כ ל מ נ ס ע פ צ ק ר ש ת",
    "x" * 200,
    "\u200f\u200e\u202e",
    "\u05b0\u05b1\u05b2",
]


@pytest.fixture(autouse=True)
def article():
    return ArticleFactory(title_he="משלחת עסקית", title_ar="", title_en="")


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_any_query_gives_a_page(search_page, query):
    response = search_page(query)

    assert response.status_code == HTTPStatus.OK
    assert SearchDocument.objects.count() == 3


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_operators_around_real_words_are_ignored(search_page, language):
    response = search_page("!משלחת:* & (עסקית | )", language=language)

    assert [document.title for document in response.context["page_obj"]] == [
        "משלחת עסקית"
    ]


def test_a_query_without_letters_asks_for_words(search_page):
    response = search_page("?!*&")

    assert response.status_code == HTTPStatus.OK
    assert response.context["page_obj"] is None
    assert "Type a word or two" in search_page("?!*&", language="en").text


def test_an_overlong_query_is_refused_with_a_message(search_page):
    response = search_page("משלחת " * 2000, language="en")

    assert response.status_code == HTTPStatus.OK
    assert response.context["page_obj"] is None
    assert "limited to 200 characters" in response.text
    assert 'aria-invalid="true"' in response.text


def test_a_null_character_is_refused_with_a_message(search_page):
    response = search_page("משלחת\x00", language="en")

    assert response.status_code == HTTPStatus.OK
    assert response.context["page_obj"] is None


def test_only_the_first_words_of_a_long_query_are_used(search_page):
    response = search_page("משלחת עסקית " + " ".join(["עסקית"] * 30))

    assert response.context["results"].query.words == ("משלחת", "עסקית")


def test_markup_in_the_query_is_shown_as_text(search_page):
    response = search_page("<script>alert(1)</script>")

    assert "<script>alert(1)" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999", "1e9", "' OR 1=1"])
def test_any_page_number_gives_a_page(search_page, page):
    response = search_page("משלחת", page=page)

    assert response.status_code == HTTPStatus.OK
    assert len(response.context["page_obj"]) == 1


def test_the_page_without_a_query_explains_what_search_does(search_page):
    response = search_page(language="en")

    assert response.status_code == HTTPStatus.OK
    assert "Search news, community departments" in response.text
