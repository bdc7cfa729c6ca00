"""A publisher switches their city's site into emergency mode: its home
page opens with the numbers to call (the national ones and the city's own),
the emergency information page and the updates staff pinned, and every page
of the site links to the light emergency page. Other sites stay in routine.
Editors cannot switch it; nothing of another site can be put on it."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from alerts.models import EmergencyMode
from municipalities.models import AuditEvent
from municipalities.tenancy import StaffRole
from municipalities.workflow import WorkflowStatus
from tests.articles.factories import ArticleFactory
from tests.core.factories import staff_member
from tests.pages.factories import PageFactory

pytestmark = pytest.mark.django_db

ADD = reverse("admin:alerts_emergencymode_add")
NATIONAL = ("106", "100", "101", "102", "104")


@pytest.fixture
def alpha_ready(cities):
    """Alpha's emergency page, a pinned update and a number, with the mode
    still off."""
    alpha, _beta = cities
    page = PageFactory(
        site=alpha.site, title_en="What to do in an emergency", slug_en="sos"
    )
    update = ArticleFactory(
        municipality=alpha.municipality, title_en="Shelters open in every school"
    )
    mode = EmergencyMode.objects.create(site=alpha.site, information_page=page)
    mode.pinned_updates.set([update])
    mode.numbers.create(label_en="Welfare on call", number="08-9000300")
    return mode


def _switch(mode, on):
    mode.is_on = on
    mode.save()


def test_in_routine_the_home_page_is_as_usual(client, alpha_ready, cities):
    alpha, _beta = cities

    html = client.get("/en/", HTTP_HOST=alpha.host).content.decode()

    assert "emergency-front" not in html
    assert "Welfare on call" not in html
    assert 'class="main-nav__emergency"' not in html


def test_in_emergency_the_home_page_opens_with_what_to_call_and_do(
    client, alpha_ready, cities
):
    alpha, _beta = cities
    client.get("/en/", HTTP_HOST=alpha.host)  # stored in routine
    _switch(alpha_ready, on=True)

    html = client.get("/en/", HTTP_HOST=alpha.host).content.decode()

    front = html.index('class="emergency-front"')
    assert front < html.index('id="latest-news"')
    numbers = html[front : html.index("</ul>", front)]
    for number in NATIONAL:
        assert f'href="tel:{number}"' in numbers
    assert "Welfare on call" in numbers and 'href="tel:089000300"' in numbers
    assert 'href="/en/sos/"' in html
    updates = html[
        html.index('id="emergency-updates"') : html.index('id="latest-news"')
    ]
    assert "Shelters open in every school" in updates


def test_every_page_of_the_site_links_to_the_emergency_page(
    client, alpha_ready, cities
):
    alpha, beta = cities
    news = client.get("/en/news/", HTTP_HOST=alpha.host).content.decode()
    assert "main-nav__emergency" not in news
    _switch(alpha_ready, on=True)

    for path in ("/en/news/", alpha.article.get_absolute_url(), "/en/partners/"):
        html = client.get(path, HTTP_HOST=alpha.host).content.decode()
        assert '<li class="main-nav__emergency"><a href="/en/emergency/">' in html
    theirs = client.get("/en/news/", HTTP_HOST=beta.host).content.decode()
    assert "main-nav__emergency" not in theirs


def test_another_citys_site_stays_in_routine(client, alpha_ready, cities):
    _alpha, beta = cities
    _switch(alpha_ready, on=True)

    html = client.get("/en/", HTTP_HOST=beta.host).content.decode()

    assert "emergency-front" not in html
    assert "Welfare on call" not in html


def test_the_light_page_puts_the_citys_numbers_and_pinned_updates_first(
    client, alpha_ready, cities
):
    alpha, _beta = cities
    for number in range(6):
        ArticleFactory(municipality=alpha.municipality, title_en=f"Later news {number}")
    _switch(alpha_ready, on=True)

    html = client.get("/en/emergency/", HTTP_HOST=alpha.host).content.decode()

    assert ">08-9000300</a>" in html
    assert html.index(">104</a>") < html.index(">08-9000300</a>")
    updates = html[html.index('id="updates-title"') :]
    assert updates.index("Shelters open in every school") < updates.index("Later news")
    assert 'href="/en/sos/"' in html


def test_the_pinned_updates_residents_cannot_read_are_left_out(
    client, alpha_ready, cities
):
    alpha, _beta = cities
    draft = ArticleFactory(
        municipality=alpha.municipality,
        title_en="Not ready yet",
        status=WorkflowStatus.DRAFT,
        published_at=None,
    )
    alpha_ready.pinned_updates.add(draft)
    _switch(alpha_ready, on=True)

    html = client.get("/en/", HTTP_HOST=alpha.host).content.decode()

    assert "Shelters open in every school" in html
    assert "Not ready yet" not in html


def test_the_emergency_home_page_costs_the_same_few_queries(
    client, alpha_ready, cities, page_cache_off
):
    alpha, _beta = cities
    _switch(alpha_ready, on=True)
    client.get("/en/", HTTP_HOST=alpha.host)  # the process reads the modes once
    with CaptureQueriesContext(connection) as one_update:
        client.get("/en/", HTTP_HOST=alpha.host)
    for _number in range(5):
        alpha_ready.pinned_updates.add(ArticleFactory(municipality=alpha.municipality))
    client.get("/en/", HTTP_HOST=alpha.host)

    with CaptureQueriesContext(connection) as six_updates:
        response = client.get("/en/", HTTP_HOST=alpha.host)

    assert response.status_code == HTTPStatus.OK
    assert len(six_updates) == len(one_update) <= 6


# The admin --------------------------------------------------------------


def _change_url(mode):
    return reverse("admin:alerts_emergencymode_change", args=[mode.pk])


def _form(mode, **extra):
    return {
        "is_on": "on",
        "information_page": str(mode.information_page_id or ""),
        "pinned_updates": [str(pk) for pk in mode.pinned_ids()],
        "numbers-TOTAL_FORMS": "0",
        "numbers-INITIAL_FORMS": "0",
        **extra,
    }


def test_a_publisher_switches_it_on_and_it_is_audited(
    alpha_ready, cities, login_with_second_factor
):
    alpha, _beta = cities
    client = login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.PUBLISHER)
    )
    alpha_ready.numbers.all().delete()

    response = client.post(
        _change_url(alpha_ready),
        _form(
            alpha_ready,
            **{
                "numbers-TOTAL_FORMS": "1",
                "numbers-0-sort_order": "1",
                "numbers-0-label_he": "מוקד המתנדבים",
                "numbers-0-number": "08-9000200",
            },
        ),
    )

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    alpha_ready.refresh_from_db()
    assert alpha_ready.is_on
    assert [number.number for number in alpha_ready.numbers.all()] == ["08-9000200"]
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.CHANGE, object_id=str(alpha_ready.pk)
    ).exists()
    html = client.get("/he/", HTTP_HOST=alpha.host).content.decode()
    assert "מוקד המתנדבים" in html


def test_a_number_that_cannot_be_dialled_is_refused_and_kept(
    alpha_ready, cities, login_with_second_factor
):
    alpha, _beta = cities
    client = login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.PUBLISHER)
    )

    response = client.post(
        _change_url(alpha_ready),
        _form(
            alpha_ready,
            **{
                "numbers-TOTAL_FORMS": "1",
                "numbers-0-label_he": "מוקד",
                "numbers-0-number": "call the mayor",
            },
        ),
    )

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "ספרות בלבד" in html  # "digits only", in the staff's language
    assert 'value="call the mayor"' in html
    alpha_ready.refresh_from_db()
    assert not alpha_ready.is_on


def test_only_a_published_page_of_the_site_can_be_the_emergency_page(
    alpha_ready, cities, staff_client
):
    alpha, beta = cities
    theirs = PageFactory(site=beta.site)
    unpublished = PageFactory(
        site=alpha.site, status=WorkflowStatus.DRAFT, published_at=None
    )

    for page in (theirs, unpublished):
        response = staff_client.post(
            _change_url(alpha_ready),
            _form(alpha_ready, information_page=str(page.pk)),
        )
        assert response.status_code == HTTPStatus.OK
        assert response.context["adminform"].form.errors["information_page"]
    alpha_ready.refresh_from_db()
    assert not alpha_ready.is_on


def test_an_update_of_another_city_cannot_be_pinned(alpha_ready, cities, staff_client):
    _alpha, beta = cities

    response = staff_client.post(
        _change_url(alpha_ready),
        _form(alpha_ready, pinned_updates=[str(beta.article.pk)]),
    )

    assert response.status_code == HTTPStatus.OK
    assert response.context["adminform"].form.errors["pinned_updates"]
    assert list(alpha_ready.pinned_updates.all()) != [beta.article]


def test_an_editor_may_look_but_not_switch(
    alpha_ready, cities, login_with_second_factor
):
    alpha, _beta = cities
    client = login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.EDITOR)
    )

    assert client.get(_change_url(alpha_ready)).status_code == HTTPStatus.OK
    response = client.post(_change_url(alpha_ready), _form(alpha_ready))

    assert response.status_code == HTTPStatus.FORBIDDEN
    alpha_ready.refresh_from_db()
    assert not alpha_ready.is_on


def test_a_publisher_cannot_open_or_create_another_citys(
    alpha_ready, cities, login_with_second_factor
):
    alpha, beta = cities
    client = login_with_second_factor(
        staff_member(beta.municipality, StaffRole.PUBLISHER)
    )

    assert client.get(_change_url(alpha_ready)).status_code in (
        HTTPStatus.FORBIDDEN,
        HTTPStatus.FOUND,  # the admin's "does not exist" redirect
    )
    fresh = {"is_on": "on", "numbers-TOTAL_FORMS": "0", "numbers-INITIAL_FORMS": "0"}
    client.post(ADD, {**fresh, "site": str(alpha.site.pk)})
    assert EmergencyMode.objects.count() == 1
    response = client.post(ADD, {**fresh, "site": str(beta.site.pk)})
    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    assert EmergencyMode.objects.get(site=beta.site).is_on
