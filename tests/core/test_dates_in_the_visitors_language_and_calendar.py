"""Dates are written in the visitor's language and its locale's format; on
Hebrew pages the Jewish calendar date stands beside the Gregorian one."""

import datetime

import pytest
from django.utils import translation

from core.templatetags.public_tags import display_date, hebrew_date
from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db

JERUSALEM = datetime.timezone(datetime.timedelta(hours=2))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2024, 10, 3), "א׳ בתשרי תשפ״ה"),
        (datetime.date(2025, 4, 13), "ט״ו בניסן תשפ״ה"),
        (datetime.date(2026, 1, 5), "ט״ז בטבת תשפ״ו"),
    ],
)
def test_hebrew_date_is_written_in_hebrew_letters(day, expected):
    assert hebrew_date(day) == expected


def test_a_time_is_dated_by_the_day_in_israel():
    # 23:30 UTC on 4 January is already 5 January in Jerusalem.
    late = datetime.datetime(2026, 1, 4, 23, 30, tzinfo=datetime.UTC)

    assert hebrew_date(late) == "ט״ז בטבת תשפ״ו"
    with translation.override("en"):
        assert ">Jan. 5, 2026</time>" in display_date(late)


def test_hebrew_article_shows_both_calendars(client):
    article = ArticleFactory(
        published_at=datetime.datetime(2026, 1, 5, 10, 0, tzinfo=JERUSALEM)
    )

    html = client.get(f"/he/news/{article.slug_he}/").content.decode()

    assert (
        '<time datetime="2026-01-05T10:00:00+02:00">5 בינואר 2026</time> '
        '<span class="hebrew-date">(ט״ז בטבת תשפ״ו)</span>'
    ) in html


def test_a_search_result_is_dated_as_its_article(client):
    ArticleFactory(
        title_he="משלחת עסקית",
        published_at=datetime.datetime(2026, 1, 5, 10, 0, tzinfo=JERUSALEM),
    )

    html = client.get("/he/search/", {"q": "משלחת"}).content.decode()

    result = html.split('class="search-result__meta"', 1)[1].split("</p>", 1)[0]
    assert (
        '<time datetime="2026-01-05T10:00:00+02:00">5 בינואר 2026</time> '
        '<span class="hebrew-date">(ט״ז בטבת תשפ״ו)</span>'
    ) in result


@pytest.mark.parametrize(
    ("language", "shown"),
    [("ar", "5 يناير، 2026"), ("en", "Jan. 5, 2026")],
)
def test_other_languages_show_their_own_date_only(client, language, shown):
    article = ArticleFactory(
        published_at=datetime.datetime(2026, 1, 5, 10, 0, tzinfo=JERUSALEM)
    )
    with translation.override(language):
        url = article.get_absolute_url()

    html = client.get(url).content.decode()

    assert f">{shown}</time>" in html
    assert "hebrew-date" not in html
