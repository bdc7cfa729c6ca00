import datetime
from http import HTTPStatus

import pytest
from django.utils import timezone

from core.models import PublicationStatus
from partnerships.models import Delegation
from tests.articles.factories import ArticleFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db


def test_partnership_page_shows_its_delegations_and_articles(client):
    partnership = PartnershipFactory(name_he="רחובות–מיניאפוליס")
    past = DelegationFactory(
        partnership=partnership,
        title_he="משלחת עסקית",
        starts_on=timezone.localdate() - datetime.timedelta(days=40),
        ends_on=timezone.localdate() - datetime.timedelta(days=33),
    )
    ArticleFactory(partnership=partnership, title_he="סיכום הביקור")

    response = client.get(partnership.get_absolute_url())

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert past.title_he in html
    assert "סיכום הביקור" in html


def test_upcoming_visits_appear_on_the_home_page_past_ones_do_not(client):
    upcoming = DelegationFactory(title_he="ביקור קרוב")
    DelegationFactory(
        partnership=upcoming.partnership,
        title_he="ביקור שהסתיים",
        starts_on=timezone.localdate() - datetime.timedelta(days=10),
        ends_on=timezone.localdate() - datetime.timedelta(days=8),
    )

    html = client.get("/he/").content.decode()

    assert "ביקור קרוב" in html
    assert "ביקור שהסתיים" not in html


def test_visits_of_a_draft_partnership_stay_private():
    DelegationFactory(partnership=PartnershipFactory(status=PublicationStatus.DRAFT))

    assert not Delegation.objects.upcoming().exists()


def test_draft_partnership_is_not_found(client):
    draft = PartnershipFactory(status=PublicationStatus.DRAFT)

    assert client.get(draft.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND


def test_a_visit_cannot_end_before_it_starts():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        DelegationFactory(
            starts_on=timezone.localdate(),
            ends_on=timezone.localdate() - datetime.timedelta(days=1),
        )
