"""Search shows what the public site shows: drafts, articles in review,
archived ones and scheduled ones before their time never appear, and
content leaves the results as soon as it is unpublished or deleted."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from core.models import PublicationStatus
from municipalities.models import StaffRole
from municipalities.services import workflow_transition
from municipalities.workflow import WorkflowStatus
from search.models import SearchDocument
from tests.articles.factories import ArticleFactory, QuoteFactory
from tests.core.factories import CommunityDepartmentFactory, staff_member
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "status", [WorkflowStatus.DRAFT, WorkflowStatus.IN_REVIEW, WorkflowStatus.ARCHIVED]
)
def test_articles_that_are_not_published_never_appear(search_page, status):
    ArticleFactory(title_he="משלחת סודית", status=status)

    assert titles(search_page("משלחת")) == []
    assert not SearchDocument.objects.exists()


def test_a_scheduled_article_appears_at_its_time_with_no_job(search_page):
    publish_at = timezone.now() + datetime.timedelta(days=2)
    ArticleFactory(title_he="משלחת בעוד יומיים", published_at=publish_at)

    assert titles(search_page("משלחת")) == []

    with time_machine.travel(publish_at + datetime.timedelta(minutes=1)):
        assert titles(search_page("משלחת")) == ["משלחת בעוד יומיים"]


@pytest.mark.parametrize(
    "factory",
    [PartnerOrganizationFactory, PartnershipFactory, CommunityDepartmentFactory],
)
def test_unpublished_partners_partnerships_and_departments_never_appear(
    search_page, factory
):
    factory(name_he="משלחת טיוטה", status=PublicationStatus.DRAFT)

    assert titles(search_page("משלחת")) == []


def test_unpublishing_an_article_takes_it_out_of_search(search_page):
    article = ArticleFactory(title_he="משלחת לחו״ל")
    publisher = staff_member(article.municipality, role=StaffRole.PUBLISHER)
    assert titles(search_page("משלחת")) == ["משלחת לחו״ל"]

    workflow_transition(article, "unpublish", by=publisher)

    assert titles(search_page("משלחת")) == []


def test_archiving_then_publishing_again_brings_it_back(search_page):
    article = ArticleFactory(title_he="משלחת לחו״ל")
    publisher = staff_member(article.municipality, role=StaffRole.PUBLISHER)

    workflow_transition(article, "archive", by=publisher)
    assert titles(search_page("משלחת")) == []

    workflow_transition(article, "publish", by=publisher)
    assert titles(search_page("משלחת")) == ["משלחת לחו״ל"]


def test_unpublishing_a_partner_takes_it_out_of_search(search_page):
    partner = PartnerOrganizationFactory(name_he="עמותת משלחות")

    partner.status = PublicationStatus.DRAFT
    partner.save()

    assert titles(search_page("משלחות")) == []


@pytest.mark.parametrize(
    "factory",
    [
        ArticleFactory,
        PartnerOrganizationFactory,
        PartnershipFactory,
        CommunityDepartmentFactory,
    ],
)
def test_deleted_content_disappears_from_search(search_page, factory):
    field = "title_he" if factory is ArticleFactory else "name_he"
    obj = factory(**{field: "משלחת שנמחקה"})
    assert titles(search_page("משלחת")) == ["משלחת שנמחקה"]

    obj.delete()

    assert titles(search_page("משלחת")) == []
    assert not SearchDocument.objects.exists()


def test_an_edited_title_is_found_by_its_new_words_only(search_page):
    article = ArticleFactory(title_he="משלחת לשיקגו")

    article.title_he = "ביקור בשיקגו"
    article.save()

    assert titles(search_page("משלחת")) == []
    assert titles(search_page("ביקור")) == ["ביקור בשיקגו"]


def test_quotes_are_searched_with_their_article(search_page):
    article = ArticleFactory(title_he="ערב קהילה")
    quote = QuoteFactory(article=article, text_he="המשלחת שינתה את חיי.")

    assert titles(search_page("משלחת")) == ["ערב קהילה"]

    quote.delete()

    assert titles(search_page("משלחת")) == []


def test_deleting_an_article_with_quotes_leaves_nothing_behind():
    article = ArticleFactory(title_he="ערב קהילה")
    QuoteFactory.create_batch(3, article=article)

    article.delete()

    assert not SearchDocument.objects.exists()


def test_delegation_visits_are_searched_with_their_partnership(search_page):
    partnership = PartnershipFactory(name_he="שותפות רחובות-מיניאפוליס")
    visit = DelegationFactory(partnership=partnership, title_he="משלחת נוער")

    assert titles(search_page("נוער")) == ["שותפות רחובות-מיניאפוליס"]

    visit.delete()

    assert titles(search_page("נוער")) == []


def test_an_index_write_that_is_rolled_back_leaves_the_old_index(search_page):
    from django.db import transaction

    article = ArticleFactory(title_he="משלחת לשיקגו")

    with pytest.raises(RuntimeError), transaction.atomic():
        article.title_he = "ביקור בשיקגו"
        article.save()
        raise RuntimeError

    assert titles(search_page("משלחת")) == ["משלחת לשיקגו"]
