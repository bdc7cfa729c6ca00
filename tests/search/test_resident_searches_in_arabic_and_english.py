"""Residents reading in Arabic or English search in their language, and
see each result in it (or in Hebrew where it has no translation yet)."""

import pytest
from django.utils import translation

from tests.articles.factories import ArticleFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return ArticleFactory(
        title_he="מתנדבים בשכונה",
        title_ar="مُتَطَوِّعُونَ في الحيّ",
        lede_ar="انطلقت المبادرة بالمدرسة الثانوية.",
        title_en="Neighbourhood volunteers",
        lede_en="Volunteering started at the high school.",
    )


@pytest.mark.parametrize("typed", ["متطوعون", "مُتَطَوِّعُونَ", "متـطـوعون"])
def test_arabic_search_ignores_tashkeel_and_tatweel(search_page, article, typed):
    assert titles(search_page(typed, language="ar")) == ["مُتَطَوِّعُونَ في الحيّ"]


@pytest.mark.parametrize("typed", ["مدرسة", "المدرسة", "والمدرسة"])
def test_arabic_search_matches_with_or_without_the_article(search_page, article, typed):
    assert titles(search_page(typed, language="ar")) == ["مُتَطَوِّعُونَ في الحيّ"]


def test_arabic_alef_forms_are_one_letter(search_page):
    ArticleFactory(title_ar="أمسية إبداع")

    assert titles(search_page("امسيه ابداع", language="ar")) == ["أمسية إبداع"]


@pytest.mark.parametrize("typed", ["volunteers", "Volunteer", "VOLUNTEERING"])
def test_english_search_is_stemmed(search_page, article, typed):
    assert titles(search_page(typed, language="en")) == ["Neighbourhood volunteers"]


def test_results_come_in_the_visitors_language(search_page, article):
    assert titles(search_page("מתנדבים")) == ["מתנדבים בשכונה"]
    assert titles(search_page("مدرسة", language="ar")) == ["مُتَطَوِّعُونَ في الحيّ"]
    assert titles(search_page("volunteers", language="en")) == [
        "Neighbourhood volunteers"
    ]
    # Words of another language's text are not in this language's results.
    assert titles(search_page("volunteers", language="he")) == []


def test_untranslated_content_is_found_in_hebrew_on_every_language(search_page):
    article = ArticleFactory(title_he="ערב שירה בציבור", title_ar="", title_en="")

    for language in ("he", "ar", "en"):
        response = search_page("שירה", language=language)
        assert titles(response) == ["ערב שירה בציבור"]
        with translation.override(language):
            assert f'href="{article.get_absolute_url()}"' in response.text


def test_result_links_lead_to_the_page_in_the_visitors_language(search_page, article):
    response = search_page("volunteers", language="en")

    assert f'href="/en/news/{article.slug_en}/"' in response.text
    assert article.slug_en != article.slug_he
    assert 'lang="en" dir="ltr"' in response.text
