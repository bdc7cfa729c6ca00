import datetime
from http import HTTPStatus

import pytest
from django.utils import timezone

from core.models import PublicationStatus
from tests.partners.factories import (
    FieldOfActionFactory,
    PartnerOrganizationFactory,
    PopulationFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db


def test_directory_filters_by_field_population_and_region(client):
    field = FieldOfActionFactory(slug="dialogue")
    population = PopulationFactory(slug="young-families")
    region = RegionFactory(slug="south")
    match = PartnerOrganizationFactory(
        name_he="הארגון המתאים",
        fields_of_action=[field],
        populations=[population],
        regions=[region],
    )
    PartnerOrganizationFactory(name_he="רק תחום", fields_of_action=[field])
    PartnerOrganizationFactory(name_he="רק אזור", regions=[region])

    response = client.get(
        "/he/partners/?field=dialogue&population=young-families&region=south"
    )

    assert list(response.context["page_obj"]) == [match]


def test_an_unknown_filter_value_is_reported_and_the_others_still_apply(client):
    region = RegionFactory(slug="north")
    northern = PartnerOrganizationFactory(regions=[region])
    PartnerOrganizationFactory()

    response = client.get("/en/partners/?region=north&field=no-such-field")

    assert response.status_code == HTTPStatus.OK
    assert list(response.context["page_obj"]) == [northern]
    assert "field" in response.context["form"].errors


def test_directory_is_paginated(client):
    PartnerOrganizationFactory.create_batch(13)

    response = client.get("/he/partners/?page=2")

    assert len(response.context["page_obj"].object_list) == 1
    assert response.context["page_obj"].number == 2


def test_draft_partner_is_neither_listed_nor_reachable(client):
    draft = PartnerOrganizationFactory(
        status=PublicationStatus.DRAFT, name_he="עדיין לא"
    )

    assert "עדיין לא" not in client.get("/he/partners/").content.decode()
    response = client.get(f"/he/partners/{draft.slug}/")
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_contact_details_are_shown_only_when_the_partner_agreed(client):
    private = PartnerOrganizationFactory(contact_email="private@example.org")
    public = PartnerOrganizationFactory(
        contact_email="public@example.org", contact_is_public=True
    )

    assert (
        "private@example.org"
        not in client.get(private.get_absolute_url()).content.decode()
    )
    assert (
        "public@example.org" in client.get(public.get_absolute_url()).content.decode()
    )


def test_meet_the_partner_shows_the_latest_spotlight_that_has_started(client):
    today = timezone.localdate()
    PartnerOrganizationFactory(
        name_he="זרקור קודם",
        is_spotlight=True,
        spotlight_date=today - datetime.timedelta(days=60),
    )
    current = PartnerOrganizationFactory(
        name_he="זרקור נוכחי",
        is_spotlight=True,
        spotlight_date=today - datetime.timedelta(days=2),
        spotlight_story_he="סיפור על ערב תושבים.",
    )
    PartnerOrganizationFactory(
        name_he="זרקור עתידי",
        is_spotlight=True,
        spotlight_date=today + datetime.timedelta(days=5),
    )

    response = client.get("/he/partners/meet-the-partner/")

    html = response.content.decode()
    assert response.context["partner"] == current
    assert "סיפור על ערב תושבים." in html
    assert "זרקור קודם" in html
    assert "זרקור עתידי" not in html


def test_a_profile_shows_its_labels_and_its_latest_news_on_the_site(client):
    from tests.articles.factories import ArticleFactory
    from tests.core.factories import MunicipalityFactory
    from tests.sites.factories import SiteFactory

    rehovot, lod = MunicipalityFactory(), MunicipalityFactory()
    SiteFactory(hostname="rehovot.localhost", municipality=rehovot)
    partner = PartnerOrganizationFactory(
        slug="makom",
        fields_of_action=[FieldOfActionFactory(name_he="חינוך")],
        regions=[RegionFactory(name_he="השפלה")],
    )
    partner.municipalities.set([rehovot, lod])
    now = timezone.now()
    older, newer = (
        ArticleFactory(
            municipality=rehovot,
            title_he=title,
            published_at=now - datetime.timedelta(days=days),
        )
        for title, days in (("ידיעה ישנה", 9), ("ידיעה חדשה", 1))
    )
    elsewhere = ArticleFactory(municipality=lod, title_he="ידיעה מלוד")
    scheduled = ArticleFactory(
        municipality=rehovot,
        title_he="ידיעה מתוזמנת",
        published_at=now + datetime.timedelta(days=1),
    )
    for article in (older, newer, elsewhere, scheduled):
        article.partner_organizations.add(partner)

    html = client.get(
        "/he/partners/makom/", HTTP_HOST="rehovot.localhost"
    ).content.decode()

    assert "חינוך" in html
    assert "השפלה" in html
    assert html.index("ידיעה חדשה") < html.index("ידיעה ישנה")
    assert "ידיעה מלוד" not in html
    assert "ידיעה מתוזמנת" not in html
