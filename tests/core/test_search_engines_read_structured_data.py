"""Search engines read what pages are about from their JSON-LD: a news
article, an organization (partners, departments and their municipality),
the events of a partnership's delegation visits."""

import datetime
import json
import re

import pytest
from django.utils import timezone

from partnerships.models import Delegation
from tests.articles.factories import ArticleFactory, TopicFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.images import image_upload
from tests.library.factories import ImageFactory
from tests.partners.factories import FieldOfActionFactory, PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory
from tests.sites.factories import SiteFactory

pytestmark = pytest.mark.django_db

SERVER = "http://testserver"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def photo(name="photo.jpg", size=(1600, 900)):
    return image_upload(name, size=size, image_format="JPEG", color=(30, 120, 160))


def structured_data(client, url):
    """Every JSON-LD object of the page, parsed; ``@graph``s flattened."""
    html = client.get(url).content.decode()
    found = []
    for script in JSON_LD.findall(html):
        data = json.loads(script)
        assert data["@context"] == "https://schema.org"
        found += data.get("@graph", [data])
    return found


def one_of_type(items, kind):
    matching = [item for item in items if item["@type"] == kind]
    assert len(matching) == 1, items
    return matching[0]


def test_article_is_a_news_article_with_author_dates_image_and_publisher(client):
    rehovot = MunicipalityFactory(name_en="Rehovot")
    emblem = ImageFactory(file=photo("logo.png", (400, 400)), municipality=rehovot)
    SiteFactory(municipality=rehovot, logo=emblem)
    published = timezone.now() - datetime.timedelta(days=2)
    article = ArticleFactory(
        municipality=rehovot,
        title_en="Delegation from Minneapolis",
        lede_en="Ten business people spent a week in the city.",
        byline_en="Rehovot Spokesperson's Office",
        published_at=published,
        image=ImageFactory(file=photo(), alt_text_en="Residents at the fair"),
        topics=[TopicFactory(name_en="Partnerships abroad")],
    )

    data = one_of_type(
        structured_data(client, f"/en/news/{article.slug_en}/"), "NewsArticle"
    )

    assert data["headline"] == "Delegation from Minneapolis"
    assert data["description"] == "Ten business people spent a week in the city."
    assert data["inLanguage"] == "en"
    assert data["url"] == f"{SERVER}/en/news/{article.slug_en}/"
    assert datetime.datetime.fromisoformat(data["datePublished"]) == published
    assert datetime.datetime.fromisoformat(
        data["dateModified"]
    ) >= datetime.datetime.fromisoformat(data["datePublished"])
    assert data["author"] == [
        {"@type": "Organization", "name": "Rehovot Spokesperson's Office"}
    ]
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["publisher"]["name"] == "Rehovot"
    assert data["publisher"]["logo"]["url"] == f"{SERVER}{emblem.file.url}"
    assert data["image"][0] == f"{SERVER}{article.image.file.url}"
    assert all(url.startswith(f"{SERVER}/media/") for url in data["image"])
    assert data["keywords"] == ["Partnerships abroad"]


def test_article_without_photo_or_byline_still_has_image_and_author(client):
    article = ArticleFactory(byline_he="", byline_en="")

    data = one_of_type(
        structured_data(client, f"/he/news/{article.slug_he}/"), "NewsArticle"
    )

    assert data["image"] == [f"{SERVER}/static/img/social-default.png"]
    assert data["author"][0]["@type"] == "GovernmentOrganization"
    assert data["author"][0]["name"] == article.municipality.name_he


def test_json_ld_cannot_be_broken_out_of(client):
    article = ArticleFactory(title_he="</script><script>alert(1)</script>")

    html = client.get(f"/he/news/{article.slug_he}/").content.decode()

    assert "<script>alert(1)" not in html
    data = one_of_type(
        structured_data(client, article.get_absolute_url()), "NewsArticle"
    )
    assert data["headline"] == "</script><script>alert(1)</script>"


def test_partner_page_describes_the_organization(client):
    city = MunicipalityFactory(name_en="Lod")
    member = PartnerOrganizationFactory(name_en="Member")
    partner = PartnerOrganizationFactory(
        slug="makom",
        name_en="Makom",
        summary_en="Communities in mixed cities.",
        website="https://makom.example.org",
        logo=ImageFactory(file=photo("logo.png", (400, 400))),
        contact_is_public=False,
    )
    partner.municipalities.set([city])
    partner.member_organizations.set([member])
    partner.fields_of_action.set([FieldOfActionFactory(name_en="Education")])

    data = one_of_type(structured_data(client, "/en/partners/makom/"), "NGO")

    assert data["name"] == "Makom"
    assert data["url"] == f"{SERVER}/en/partners/makom/"
    assert data["description"] == "Communities in mixed cities."
    assert data["sameAs"] == ["https://makom.example.org"]
    assert data["logo"].startswith(f"{SERVER}/media/")
    assert data["areaServed"] == [{"@type": "City", "name": "Lod"}]
    assert data["member"][0]["name"] == "Member"
    assert data["knowsAbout"] == ["Education"]
    # The partner did not agree to show its contact details.
    assert "email" not in data
    assert "telephone" not in data


def test_partner_contact_details_appear_only_when_public(client):
    PartnerOrganizationFactory(
        slug="open", contact_is_public=True, contact_phone="08-1"
    )

    data = one_of_type(structured_data(client, "/he/partners/open/"), "NGO")

    assert data["telephone"] == "08-1"
    assert data["email"].endswith("@example.org")


def test_department_page_describes_it_within_its_municipality(client):
    rehovot = MunicipalityFactory(
        name_en="Rehovot", website="https://rehovot.example.org"
    )
    emblem = ImageFactory(file=photo("emblem.png", (300, 300)), municipality=rehovot)
    SiteFactory(municipality=rehovot, logo=emblem)
    CommunityDepartmentFactory(
        slug="community-rehovot",
        name_en="Community Administration",
        municipality=rehovot,
        email="community@rehovot.example.org",
        address_he="ביל״ו 2",
    )

    data = one_of_type(
        structured_data(client, "/en/departments/community-rehovot/"),
        "GovernmentOrganization",
    )

    assert data["name"] == "Community Administration"
    assert data["url"] == f"{SERVER}/en/departments/community-rehovot/"
    assert data["email"] == "community@rehovot.example.org"
    assert data["foundingDate"] == "2012"
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "IL",
        "streetAddress": "ביל״ו 2",
    }
    assert data["parentOrganization"]["name"] == "Rehovot"
    assert data["parentOrganization"]["url"] == "https://rehovot.example.org"
    assert data["parentOrganization"]["logo"]["url"] == f"{SERVER}{emblem.file.url}"


def test_delegation_visits_are_events(client):
    partnership = PartnershipFactory(
        slug="rehovot-minneapolis",
        municipality=MunicipalityFactory(name_en="Rehovot"),
    )
    coming = DelegationFactory(partnership=partnership, title_en="Youth delegation")
    DelegationFactory(
        partnership=partnership,
        title_en="Teachers' visit",
        direction=Delegation.Direction.OUTBOUND,
        starts_on=timezone.localdate() - datetime.timedelta(days=60),
        ends_on=timezone.localdate() - datetime.timedelta(days=55),
    )

    events = {
        event["name"]: event
        for event in structured_data(client, "/en/partnerships/rehovot-minneapolis/")
        if event["@type"] == "Event"
    }

    assert set(events) == {"Youth delegation", "Teachers' visit"}
    youth = events["Youth delegation"]
    assert youth["startDate"] == coming.starts_on.isoformat()
    assert youth["endDate"] == coming.ends_on.isoformat()
    assert youth["eventStatus"] == "https://schema.org/EventScheduled"
    assert youth["eventAttendanceMode"] == (
        "https://schema.org/OfflineEventAttendanceMode"
    )
    assert youth["location"]["address"]["addressLocality"] == "Rehovot"
    assert youth["location"]["address"]["addressCountry"] == "IL"
    assert youth["url"].endswith(
        f"/en/partnerships/rehovot-minneapolis/#delegation-{coming.pk}"
    )
    assert youth["organizer"][0]["name"] == "Rehovot"
    assert youth["image"][0].startswith(SERVER)
    abroad = events["Teachers' visit"]["location"]["address"]
    assert abroad == {
        "@type": "PostalAddress",
        "addressLocality": "Minneapolis",
        "addressCountry": "United States",
    }


def test_home_page_describes_the_website(client):
    data = one_of_type(structured_data(client, "/ar/"), "WebSite")

    assert data["url"] == f"{SERVER}/"
    assert data["inLanguage"] == "ar"
