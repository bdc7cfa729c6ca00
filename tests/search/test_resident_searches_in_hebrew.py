"""A resident types Hebrew the way they say it: with a prefix letter or
two, with or without niqqud, sometimes with a typo."""

import re
from http import HTTPStatus

import pytest

from tests.articles.factories import ArticleFactory
from tests.core.factories import CommunityDepartmentFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import PartnershipFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db

DELEGATION = "משלחת עסקית יוצאת לשיקגו"


@pytest.fixture
def delegation_article():
    ArticleFactory(title_he="פסטיבל האביב בפארק", lede_he="מוזיקה ואוכל לכל המשפחה.")
    return ArticleFactory(
        title_he=DELEGATION,
        lede_he="עשרה אנשי עסקים ייפגשו עם עמיתיהם.",
        body_he="<p>המשלחת תבקר במפעלים ובבתי ספר.</p>",
    )


@pytest.mark.parametrize("typed", ["משלחת", "ובמשלחת", "והמשלחת", "שבמשלחת", "למשלחת"])
def test_a_word_with_prefix_letters_finds_the_bare_word(
    search_page, delegation_article, typed
):
    response = search_page(typed)

    assert response.status_code == HTTPStatus.OK
    assert titles(response) == [DELEGATION]


def test_a_bare_word_finds_the_word_written_with_prefixes(search_page):
    ArticleFactory(title_he="מפגש תושבים", body_he="<p>ובמשלחת הקודמת היו עשרה.</p>")

    assert titles(search_page("משלחת")) == ["מפגש תושבים"]


def test_every_word_must_be_found(search_page, delegation_article):
    assert titles(search_page("משלחת לשיקגו")) == [DELEGATION]
    assert titles(search_page("משלחת לפריז")) == []


@pytest.mark.parametrize("typed", ["מִשְׁלַחַת", "בַּמִּשְׁלַחַת", "מִשְׁלַ֖חַת"])
def test_niqqud_and_cantillation_in_the_query_are_ignored(
    search_page, delegation_article, typed
):
    assert titles(search_page(typed)) == [DELEGATION]


def test_words_written_with_niqqud_are_found_without_it(search_page):
    ArticleFactory(title_he="שִׁירַת הַמַּקְהֵלָה בְּבֵית הָעָם")

    assert titles(search_page("מקהלה")) == ["שִׁירַת הַמַּקְהֵלָה בְּבֵית הָעָם"]


@pytest.mark.parametrize("typed", ['צה"ל', "צה״ל", "צה''ל", "צהל"])
def test_gershayim_may_be_typed_any_way(search_page, typed):
    ArticleFactory(title_he="יום הוקרה ללוחמי צה״ל")

    assert titles(search_page(typed)) == ["יום הוקרה ללוחמי צה״ל"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("משללחת", "משלחת"),  # a letter typed twice
        ("במשלחט", "במשלחת"),  # a neighbouring key, after a prefix
    ],
)
def test_a_mistyped_word_finds_the_closest_word(
    search_page, delegation_article, typed, meant
):
    response = search_page(typed)

    assert titles(response) == [DELEGATION]
    assert response.context["results"].corrected_from.words == (typed,)
    assert 'class="search-correction"' in response.text


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("משלחות", "משלחת"),
        ("המשלחות", "ובמשלחת"),
        ("משלחת", "משלחות"),
        ("קהילות", "קהילה"),
        ("קהילה", "בקהילות"),
        ("שותפים", "שותף"),
        ("שותף", "לשותפים"),
        ("עיריות", "העירייה"),
    ],
)
def test_a_plural_finds_the_singular_and_the_other_way_round(
    search_page, typed, written
):
    ArticleFactory(title_he="מפגש תושבים", body_he=f"<p>דובר על {written} בישיבה.</p>")

    response = search_page(typed)

    assert titles(response) == ["מפגש תושבים"]
    assert response.context["results"].corrected_from is None
    assert f"<mark>{written}</mark>" in response.text


def test_spelling_with_or_without_vav_is_forgiven(search_page):
    ArticleFactory(title_he="שותפויות בין ערים")

    assert titles(search_page("שותפיות")) == ["שותפויות בין ערים"]


def test_a_word_nobody_wrote_finds_nothing_and_says_what_to_try(
    search_page, delegation_article
):
    response = search_page("קרנף")

    assert response.status_code == HTTPStatus.OK
    assert titles(response) == []
    assert re.search(r'role="status">[^<]*[“„]קרנף”', response.text)
    assert 'class="callout"' in response.text


def test_titles_rank_above_passing_mentions(search_page):
    ArticleFactory(title_he="חדשות השבוע", body_he="<p>גם משלחת הגיעה.</p>")
    ArticleFactory(title_he="משלחת מגיעה לעיר")

    assert titles(search_page("משלחת")) == ["משלחת מגיעה לעיר", "חדשות השבוע"]


def test_partners_partnerships_and_departments_are_found_too(search_page):
    PartnerOrganizationFactory(name_he="עמותת גשרים", summary_he="מלווה משלחות נוער.")
    PartnershipFactory(name_he="שותפות רחובות-שיקגו", description_he="משלחות הדדיות.")
    CommunityDepartmentFactory(name_he="אגף קהילה", mission_he="מארח משלחות מחו״ל.")

    assert sorted(titles(search_page("משלחות"))) == [
        "אגף קהילה",
        "עמותת גשרים",
        "שותפות רחובות-שיקגו",
    ]


def test_matched_words_are_marked_in_the_title_and_the_snippet(
    search_page, delegation_article
):
    response = search_page("ובמשלחת")

    assert "<mark>משלחת</mark> עסקית יוצאת לשיקגו" in response.text
    assert "<mark>המשלחת</mark> תבקר" in response.text


def test_marking_keeps_niqqud_and_escapes_everything_else(search_page):
    ArticleFactory(
        title_he="<b>מִשְׁלַחַת</b> & שירה",
        lede_he="<script>alert('משלחת')</script>",
    )

    response = search_page("משלחת")

    assert "&lt;b&gt;<mark>מִשְׁלַחַת</mark>&lt;/b&gt; &amp; שירה" in response.text
    assert "&lt;script&gt;alert(&#x27;<mark>משלחת</mark>&#x27;)" in response.text
    assert "<script>alert" not in response.text


def test_the_page_is_accessible(search_page, delegation_article):
    response = search_page("משלחת")
    html = response.text

    assert html.count("<h1") == 1
    assert 'role="search"' in html
    assert '<label for="id_q">' in html
    assert 'role="status"' in html
    assert re.search(r'role="status">[^<]*[“„]משלחת”', html)
    assert 'lang="he" dir="rtl"' in html
    assert '<meta name="robots" content="noindex">' in html
