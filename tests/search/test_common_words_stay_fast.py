"""A word found in most of the index (think "community" on a news site of
100,000 articles) ranks and counts only the newest matches, and says so."""

import datetime

import pytest
from django.utils import timezone

from tests.articles.factories import ArticleFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


def test_a_common_word_shows_the_newest_matches_and_says_there_are_more(
    search_page, settings
):
    settings.SEARCH_MAX_RANKED_RESULTS = 3
    now = timezone.now()
    for days_ago in range(5):
        ArticleFactory(
            title_he=f"קהילה ותושבים {days_ago}",
            published_at=now - datetime.timedelta(days=days_ago + 1),
        )

    response = search_page("קהילה")

    assert sorted(titles(response)) == [
        "קהילה ותושבים 0",
        "קהילה ותושבים 1",
        "קהילה ותושבים 2",
    ]
    assert response.context["page_obj"].paginator.count == 3
    assert "יותר מ־3 תוצאות" in response.content.decode()


def test_a_rarer_word_is_counted_exactly(search_page, settings):
    settings.SEARCH_MAX_RANKED_RESULTS = 3
    ArticleFactory(title_he="גינה קהילתית")
    ArticleFactory(title_he="גינה ציבורית")

    response = search_page("גינה")

    assert response.context["page_obj"].paginator.count == 2
    assert "יותר מ־" not in response.content.decode()


@pytest.mark.parametrize("max_ranked", [1, 2, 3, 4, 10])
def test_the_newest_matches_are_ranked_however_old_they_are(
    search_page, settings, max_ranked
):
    # PostgreSQL looks for the newest matches one period at a time: one
    # article in each period, and one scheduled that must not count.
    settings.SEARCH_MAX_RANKED_RESULTS = max_ranked
    now = timezone.now()
    ages = [1, 45, 400, 1500]
    for days in [-3, *ages]:
        ArticleFactory(
            title_he=f"קהילה {days}",
            published_at=now - datetime.timedelta(days=days),
        )

    response = search_page("קהילה")

    # Equal ranks: the newest first.
    assert titles(response) == [f"קהילה {days}" for days in ages[:max_ranked]]
