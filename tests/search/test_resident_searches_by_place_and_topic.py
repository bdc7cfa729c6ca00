"""A resident searches for a town or a topic by name and finds the news
filed under it, even when the text never says the name; renaming the town
or the topic is reflected as soon as its task has run (at once in the
tests), without rebuilding the index."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.models import SearchDocument
from tests.articles.factories import ArticleFactory, TopicFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.partnerships.factories import PartnershipFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def rehovot():
    return MunicipalityFactory(name_he="רחובות", name_en="Rehovot", name_ar="")


@pytest.fixture
def culture():
    return TopicFactory(name_he="תרבות ופנאי", name_en="Culture", name_ar="")


def _words(document):
    return sorted(document.search_body.split())


def _index():
    """Each document's indexed words, whatever their order."""
    return {
        (document.kind, document.object_id, document.language): _words(document)
        for document in SearchDocument.objects.all()
    }


def _same_as_rebuilt():
    written = _index()
    call_command("rebuild_search_index", stdout=StringIO())
    return _index() == written


def test_a_town_name_finds_its_news_departments_and_partnerships(search_page, rehovot):
    ArticleFactory(title_he="מרוץ הלילה", municipality=rehovot)
    CommunityDepartmentFactory(name_he="אגף הקליטה", municipality=rehovot)
    PartnershipFactory(name_he="שותפות עם שיקגו", municipality=rehovot)
    ArticleFactory(title_he="מרוץ בעיר אחרת")

    assert sorted(titles(search_page("רחובות"))) == [
        "אגף הקליטה",
        "מרוץ הלילה",
        "שותפות עם שיקגו",
    ]
    assert titles(search_page("מרוץ ברחובות")) == ["מרוץ הלילה"]
    assert "Rehovot" in search_page("Rehovot", language="en").text
    # No Arabic name: the Hebrew one, as the Arabic pages show it.
    assert len(titles(search_page("רחובות", language="ar"))) == 3


def test_a_town_name_is_not_taken_for_a_plural(search_page, rehovot):
    ArticleFactory(title_he="מרוץ הלילה", municipality=rehovot)
    ArticleFactory(title_he="שיפוץ הרחוב הראשי")

    assert titles(search_page("רחוב")) == ["שיפוץ הרחוב הראשי"]


def test_a_topic_name_finds_its_news(search_page, culture):
    ArticleFactory(title_he="הופעה בפארק", title_en="Concert", topics=[culture])
    ArticleFactory(title_he="הופעה בלי נושא")

    assert titles(search_page("תרבות")) == ["הופעה בפארק"]
    assert titles(search_page("ופנאי")) == ["הופעה בפארק"]
    assert titles(search_page("Culture", language="en")) == ["Concert"]


def test_the_snippet_is_not_made_of_the_names(search_page, rehovot, culture):
    ArticleFactory(
        title_he="הופעה בפארק",
        lede_he="ערב מוזיקה.",
        body_he="",
        municipality=rehovot,
        topics=[culture],
    )

    document = SearchDocument.objects.get(language="he")

    assert document.text == "ערב מוזיקה."
    assert "[ רחובות ]" in document.search_body
    assert "{ תרבות תרב ופנאי פנאי }" in document.search_body
    assert "ערב מוזיקה" in search_page("רחובות").text


def test_renaming_a_town_renames_it_in_search(search_page, rehovot, after_commit):
    ArticleFactory(title_he="מרוץ הלילה", title_en="Night run", municipality=rehovot)
    CommunityDepartmentFactory(name_he="אגף הקליטה", municipality=rehovot)

    with after_commit():
        rehovot.name_he = "נס ציונה"
        rehovot.name_en = "Ness Ziona"
        rehovot.save()

    assert len(titles(search_page("ציונה"))) == 2
    assert len(titles(search_page("Ziona", language="en"))) == 2
    assert titles(search_page("Rehovot", language="en")) == []
    assert len(titles(search_page("ציונה", language="ar"))) == 2
    assert titles(search_page("רחובות")) == []
    assert _same_as_rebuilt()


def test_renaming_a_topic_renames_it_in_search(search_page, culture, after_commit):
    ArticleFactory(
        title_he="הופעה בפארק", title_en="Concert", topics=[culture, TopicFactory()]
    )

    with after_commit():
        culture.name_he = "מוזיקה"
        culture.save()

    assert titles(search_page("מוזיקה")) == ["הופעה בפארק"]
    assert titles(search_page("תרבות")) == []
    # Renamed in Hebrew only: the English name stays.
    assert titles(search_page("Culture", language="en")) == ["Concert"]
    assert _same_as_rebuilt()


def test_tagging_and_untagging_from_either_side_is_searchable(search_page, culture):
    sport = TopicFactory(name_he="ספורט")
    concert = ArticleFactory(title_he="הופעה בפארק")
    race = ArticleFactory(title_he="מרוץ הלילה")

    concert.topics.add(culture, sport)
    culture.articles.add(race)
    assert sorted(titles(search_page("תרבות"))) == ["הופעה בפארק", "מרוץ הלילה"]
    assert _same_as_rebuilt()

    concert.topics.remove(culture)
    assert titles(search_page("תרבות")) == ["מרוץ הלילה"]
    culture.articles.clear()
    assert titles(search_page("תרבות")) == []
    assert titles(search_page("ספורט")) == ["הופעה בפארק"]
    concert.topics.clear()
    assert titles(search_page("ספורט")) == []
    assert _same_as_rebuilt()

    concert.topics.set([sport])
    sport.delete()
    assert titles(search_page("ספורט")) == []
    assert _same_as_rebuilt()


def _rename_queries(municipality, after_commit):
    with CaptureQueriesContext(connection) as queries, after_commit():
        municipality.name_he = f"{municipality.name_he} החדשה"
        municipality.save()
    return [query["sql"] for query in queries]


def test_a_rename_costs_the_same_for_two_articles_or_twenty(after_commit):
    small, large = MunicipalityFactory(), MunicipalityFactory()
    ArticleFactory.create_batch(2, municipality=small)
    ArticleFactory.create_batch(20, municipality=large)

    queries = _rename_queries(small, after_commit)

    assert len(_rename_queries(large, after_commit)) == len(queries)
    # The municipality itself, and one UPDATE of the documents (text and
    # vector) in the one language whose name changed.
    updates = [sql for sql in queries if sql.startswith("UPDATE")]
    assert len(updates) == 2
