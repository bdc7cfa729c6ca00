"""Every search with the same language and filters looks through the same
documents with other words, and reads its page of results by id: Django
compiles both once, and a later search compiles nothing."""

import pytest

from tests.articles.factories import ArticleFactory, TopicFactory
from tests.core.factories import MunicipalityFactory
from tests.search.conftest import postgres_only, titles

pytestmark = [pytest.mark.django_db, postgres_only]


def test_a_second_search_compiles_nothing(search_page, compilations, page_cache_off):
    municipality = MunicipalityFactory()
    topic = TopicFactory()
    ArticleFactory(title_he="משלחת עסקים", municipality=municipality, topics=[topic])
    ArticleFactory(title_he="פסטיבל האביב", municipality=municipality, topics=[topic])
    ArticleFactory(title_he="משלחת אחרת")
    filters = {"municipality": municipality.slug, "topic": topic.slug}
    search_page("משלחת", **filters)
    compilations.clear()

    response = search_page("פסטיבל", **filters)

    assert titles(response) == ["פסטיבל האביב"]
    assert compilations == []


def test_each_filter_keeps_its_own_sql(search_page, page_cache_off):
    municipality = MunicipalityFactory()
    ArticleFactory(title_he="משלחת עסקים", municipality=municipality)
    ArticleFactory(title_he="משלחת אחרת")

    everywhere = search_page("משלחת")
    in_municipality = search_page("משלחת", municipality=municipality.slug)
    everywhere_again = search_page("משלחת")

    assert sorted(titles(everywhere)) == ["משלחת אחרת", "משלחת עסקים"]
    assert titles(in_municipality) == ["משלחת עסקים"]
    assert titles(everywhere_again) == titles(everywhere)
