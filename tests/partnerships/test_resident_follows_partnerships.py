import datetime
from http import HTTPStatus

import pytest
from django.utils import timezone

from core.models import PublicationStatus
from partnerships.models import Delegation, DelegationActivity, SteeringCommitteeMember
from tests.articles.factories import ArticleFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db
DRAFT = PublicationStatus.DRAFT


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


def test_partnership_page_shows_who_leads_it_and_what_each_visit_did(client):
    partnership = PartnershipFactory()
    other_visit = DelegationFactory(title_he="ביקור של שותפות אחרת")
    leading = PartnerOrganizationFactory(name_he="פדרציה מובילה")
    hidden = PartnerOrganizationFactory(name_he="ארגון בטיוטה", status=DRAFT)
    partnership.convening_organizations.set([leading, hidden])
    SteeringCommitteeMember.objects.create(
        partnership=partnership, name_he="דנה כהן", role_he="יושבת ראש", side="local"
    )
    today = timezone.localdate()
    earlier, later = (
        DelegationFactory(
            partnership=partnership,
            title_he=title,
            starts_on=today + datetime.timedelta(days=days),
            ends_on=today + datetime.timedelta(days=days + 3),
        )
        for title, days in (("ביקור ראשון", -90), ("ביקור שני", 30))
    )
    hosting, business, unused = (
        DelegationActivity.objects.create(name_he=name, slug=slug)
        for name, slug in (
            ("אירוח בבתים", "hosting"),
            ("סיור עסקי", "business"),
            ("פעילות שלא נעשתה", "unused"),
        )
    )
    earlier.activities.set([hosting, business])
    later.activities.set([hosting])
    other_visit.activities.set([unused])

    html = client.get(partnership.get_absolute_url()).content.decode()

    assert "פדרציה מובילה" in html
    assert "ארגון בטיוטה" not in html
    assert "דנה כהן" in html
    assert "ביקור של שותפות אחרת" not in html
    assert "פעילות שלא נעשתה" not in html
    # Newest visit first, each with its own activities.
    timeline = html.split('<ol class="timeline">')[1].split("</ol>")[0]
    second, first = timeline.split('id="delegation-')[1:]
    assert "ביקור שני" in second
    assert "אירוח בבתים" in second
    assert "סיור עסקי" not in second
    assert "ביקור ראשון" in first
    assert "אירוח בבתים" in first
    assert "סיור עסקי" in first


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
