"""Staff (or the setup) can rebuild the whole index with one command, and
the index holds one row per published item per language."""

from io import StringIO

import pytest
from django.core.management import call_command

from municipalities.workflow import WorkflowStatus
from search.models import SearchDocument, SearchTerm
from tests.articles.factories import ArticleFactory, QuoteFactory
from tests.core.factories import CommunityDepartmentFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    article = ArticleFactory(title_he="משלחת לשיקגו")
    QuoteFactory(article=article, text_he="היה מרגש.")
    ArticleFactory(title_he="טיוטה על משלחת", status=WorkflowStatus.DRAFT)
    DelegationFactory(partnership=PartnershipFactory(name_he="שותפות משלחת"))
    PartnerOrganizationFactory(name_he="ארגון משלחת")
    CommunityDepartmentFactory(name_he="אגף משלחת")


def _snapshot():
    return sorted(
        SearchDocument.objects.values_list(
            "kind", "object_id", "language", "title", "text", "search_body"
        )
    )


def test_rebuilding_gives_the_index_the_saves_wrote(site):
    written = _snapshot()
    SearchDocument.objects.all().delete()
    SearchTerm.objects.all().delete()
    out = StringIO()

    call_command("rebuild_search_index", stdout=out)

    assert _snapshot() == written
    assert len(written) == 4 * 3
    assert "חדשות: 3" in out.getvalue()
    assert "Search index rebuilt." in out.getvalue()


def test_rebuilding_finds_content_changed_behind_the_signals_back(search_page, site):
    ArticleFactory._meta.model.objects.filter(status=WorkflowStatus.DRAFT).update(
        status=WorkflowStatus.PUBLISHED
    )
    assert len(titles(search_page("משלחת"))) == 4

    call_command("rebuild_search_index", stdout=StringIO())

    assert len(titles(search_page("משלחת"))) == 5


def test_the_vocabulary_holds_every_indexed_word_form(site):
    terms = set(SearchTerm.objects.values_list("term", flat=True))

    assert {"משלחת", "שלחת", "לשיקגו", "שיקגו", "מרגש"} <= terms
