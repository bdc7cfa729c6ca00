"""Each municipality's publishers keep its site's name, logo, colours,
contact details and menus in the admin; only network administrators say
where a site answers. A colour white text would be hard to read on is
refused with its measured contrast."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from municipalities.tenancy import StaffRole
from sites.colours import contrast_ratio, validate_brand_colour
from sites.models import Site
from tests.admin_forms import form_data
from tests.core.factories import staff_member

pytestmark = pytest.mark.django_db


def _change_url(site):
    return reverse("admin:sites_site_change", args=[site.pk])


@pytest.fixture
def alpha_publisher(cities, login_with_second_factor):
    alpha, _beta = cities
    return login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.PUBLISHER)
    )


def _save(client, site, **changes):
    page = client.get(_change_url(site))
    data = form_data(page, "site_form")
    data.update(changes)
    return client.post(_change_url(site), data)


def test_a_publisher_changes_the_colours_of_their_site(alpha_publisher, cities):
    alpha, _beta = cities

    response = _save(alpha_publisher, alpha.site, primary_colour="#1d4f91")

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    alpha.site.refresh_from_db()
    assert alpha.site.primary_colour == "#1d4f91"


def test_a_colour_too_light_for_white_text_is_refused_with_its_ratio(
    alpha_publisher, cities
):
    alpha, _beta = cities

    response = _save(alpha_publisher, alpha.site, primary_colour="#f2c14e")

    assert response.status_code == HTTPStatus.OK
    errors = response.context["adminform"].form.errors["primary_colour"]
    # Staff read it in Hebrew, with the ratio measured.
    assert errors == [
        "הצבע #f2c14e בהיר מדי: לטקסט לבן על הצבע הזה יחס ניגודיות של "
        "\u200e1.67:1, ותקן WCAG AA דורש לפחות \u200e4.5:1. יש לבחור גוון כהה יותר."
    ]
    # What was typed is kept for correcting.
    assert 'value="#f2c14e"' in response.content.decode()
    alpha.site.refresh_from_db()
    assert alpha.site.primary_colour == ""


@pytest.mark.parametrize(
    ("colour", "passes"),
    [
        ("#000000", True),
        ("#0b5c7a", True),
        # 4.5:1 under white, but lighter than that against the page.
        ("#757575", False),
        ("#767676", False),
        ("#6f6f6f", True),
        ("#ffffff", False),
    ],
)
def test_the_contrast_rule_is_wcags(colour, passes):
    from django.core.exceptions import ValidationError

    if passes:
        validate_brand_colour(colour)
    else:
        with pytest.raises(ValidationError):
            validate_brand_colour(colour)


def test_contrast_is_measured_as_wcag_defines_it():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("typed", ["red", "#12345", "#12345g", "0b5c7a"])
def test_a_colour_not_written_as_hex_is_refused(alpha_publisher, cities, typed):
    alpha, _beta = cities

    response = _save(alpha_publisher, alpha.site, primary_colour=typed)

    assert "primary_colour" in response.context["adminform"].form.errors


def test_a_publisher_cannot_move_their_site_to_another_address(alpha_publisher, cities):
    alpha, _beta = cities

    _save(alpha_publisher, alpha.site, hostname="taken.example.org", is_default="on")

    alpha.site.refresh_from_db()
    assert alpha.site.hostname == "alpha.example.org"
    assert not alpha.site.is_default


def test_a_publisher_neither_sees_nor_opens_another_citys_site(alpha_publisher, cities):
    alpha, beta = cities

    listed = alpha_publisher.get(reverse("admin:sites_site_changelist"))
    assert list(listed.context["cl"].result_list) == [alpha.site]
    assert alpha_publisher.get(_change_url(beta.site)).status_code == 403


def test_a_publisher_cannot_open_a_new_site(alpha_publisher):
    response = alpha_publisher.get(reverse("admin:sites_site_add"))

    assert response.status_code == HTTPStatus.FORBIDDEN


def test_an_editor_may_look_but_not_change(cities, login_with_second_factor, client):
    alpha, _beta = cities
    editor = staff_member(alpha.municipality, StaffRole.EDITOR)
    client.force_login(editor)

    page = client.get(_change_url(alpha.site))
    assert page.status_code == HTTPStatus.OK
    client.post(_change_url(alpha.site), {"primary_colour": "#000000"})

    alpha.site.refresh_from_db()
    assert alpha.site.primary_colour == ""


def test_a_network_administrator_opens_a_site_for_a_city(staff_client, cities):
    page = staff_client.get(reverse("admin:sites_site_add"))
    data = form_data(page, "site_form")
    data.update(hostname="gamma.example.org", name_he="קהילה גמא")

    response = staff_client.post(reverse("admin:sites_site_add"), data)

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    assert Site.objects.filter(hostname="gamma.example.org").exists()


def test_two_sites_cannot_share_an_address(staff_client, cities):
    _alpha, beta = cities

    response = _save(staff_client, beta.site, hostname="ALPHA.example.org")

    form = response.context["adminform"].form
    assert form.errors["hostname"] == ["אתר אחר כבר עונה בכתובת הזאת."]


def test_an_address_is_a_host_name_only(staff_client, cities):
    _alpha, beta = cities

    response = _save(staff_client, beta.site, hostname="https://beta.example.org/x")

    assert "hostname" in response.context["adminform"].form.errors
