"""A save makes stale the stored pages that can show what was saved: its
municipality's pages, the lists and the home page. The pages of other
municipalities' articles stay stored, so one save does not send the long
tail of old news back to the database."""

import pytest
from django.core.management import call_command

from tests.articles.factories import ArticleFactory, QuoteFactory
from tests.core.factories import MunicipalityFactory
from tests.partners.factories import PartnerOrganizationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.pages_go_stale_on_commit]


@pytest.fixture
def two_cities():
    return MunicipalityFactory(slug="rehovot"), MunicipalityFactory(slug="lod")


def _page(client, article):
    return client.get(article.get_absolute_url())


def _is_stored(client, article, django_assert_num_queries):
    """Whether the article's page comes from the page cache (no SQL)."""
    try:
        with django_assert_num_queries(0):
            _page(client, article)
    except AssertionError:
        return False
    return True


def test_an_article_saved_in_one_city_leaves_the_other_citys_articles_stored(
    client, two_cities, django_assert_num_queries, django_capture_on_commit_callbacks
):
    rehovot, lod = two_cities
    in_rehovot = ArticleFactory(municipality=rehovot)
    in_lod = ArticleFactory(municipality=lod)
    _page(client, in_rehovot)
    _page(client, in_lod)
    client.get("/he/news/")

    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(municipality=rehovot, title_he="ידיעה חדשה ברחובות")

    assert _is_stored(client, in_lod, django_assert_num_queries)
    # Its own city's article lists the new one among the related articles.
    assert "ידיעה חדשה ברחובות" in _page(client, in_rehovot).content.decode()
    assert "ידיעה חדשה ברחובות" in client.get("/he/news/").content.decode()
    assert "ידיעה חדשה ברחובות" in client.get("/he/").content.decode()


def test_an_article_moved_to_another_city_leaves_the_pages_of_both(
    client, two_cities, django_capture_on_commit_callbacks
):
    rehovot, lod = two_cities
    staying = ArticleFactory(municipality=rehovot)
    moving = ArticleFactory(municipality=rehovot, title_he="ידיעה שעוברת ללוד")
    assert "ידיעה שעוברת ללוד" in _page(client, staying).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        moving.municipality = lod
        moving.save()

    assert "ידיעה שעוברת ללוד" not in _page(client, staying).content.decode()


def test_a_quote_changes_only_its_own_citys_pages(
    client, two_cities, django_assert_num_queries, django_capture_on_commit_callbacks
):
    rehovot, lod = two_cities
    quoted = ArticleFactory(municipality=rehovot)
    elsewhere = ArticleFactory(municipality=lod)
    _page(client, quoted)
    _page(client, elsewhere)

    with django_capture_on_commit_callbacks(execute=True):
        QuoteFactory(article=quoted, text_he="משפט שנאמר בערב התושבים")

    assert "משפט שנאמר בערב התושבים" in _page(client, quoted).content.decode()
    assert _is_stored(client, elsewhere, django_assert_num_queries)


def test_a_partner_shown_beside_every_city_clears_every_article_page(
    client, two_cities, django_capture_on_commit_callbacks
):
    rehovot, _lod = two_cities
    partner = PartnerOrganizationFactory(name_he="עמותת הגשר")
    article = ArticleFactory(municipality=rehovot)
    article.partner_organizations.add(partner)
    assert "עמותת הגשר" in _page(client, article).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        partner.name_he = "עמותת הגשר החדשה"
        partner.save()

    assert "עמותת הגשר החדשה" in _page(client, article).content.decode()


def test_rebuilding_the_search_index_clears_the_stored_search_pages(
    client, django_capture_on_commit_callbacks
):
    article = ArticleFactory(title_he="משלחת עסקית")
    client.get("/he/search/", {"q": "משלחת"})
    type(article).objects.filter(pk=article.pk).update(title_he="משלחת מסחרית")

    with django_capture_on_commit_callbacks(execute=True):
        call_command("rebuild_search_index", verbosity=0)

    assert "מסחרית" in client.get("/he/search/", {"q": "משלחת"}).content.decode()
