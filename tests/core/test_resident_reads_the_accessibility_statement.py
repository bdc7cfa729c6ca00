"""A resident finds the accessibility statement from any page: for each
municipality the standard followed, what is accessible, the known
exceptions, the coordinator's contact details and the date of the last
review, in their language. Publishers keep their municipality's statement up
to date in the admin."""

import datetime
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from demo.accessibility import load_accessibility_statements
from municipalities.models import AccessibilityStatement, StaffRole
from tests.core.factories import (
    AccessibilityStatementFactory,
    MunicipalityFactory,
    staff_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement():
    return AccessibilityStatementFactory(
        municipality=MunicipalityFactory(slug="rehovot", name_he="רחובות"),
        last_reviewed=datetime.date(2026, 1, 5),
    )


def test_statement_gives_what_the_law_asks_for_in_hebrew(client, statement):
    response = client.get("/he/accessibility/")

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert '<section class="statement__municipality card" id="rehovot"' in html
    assert "רחובות" in html
    assert "תקן ישראלי 5568 ברמה AA" in html
    assert "<li>ניווט במקלדת</li><li>התאמה לקוראי מסך</li>" in html
    assert "<li>קובצי PDF ישנים</li>" in html
    assert "מיכל אברהמי" in html
    assert '<a href="tel:08-9392000" dir="ltr">08-9392000</a>' in html
    assert 'href="mailto:negishut@example.org"' in html
    assert "5 בינואר 2026" in html
    assert "ט״ז בטבת תשפ״ו" in html


def test_english_statement_in_english_with_hebrew_fallback_marked(client, statement):
    html = client.get("/en/accessibility/").content.decode()

    assert "<li>Keyboard navigation</li>" in html
    assert "Michal Avrahami" in html
    # The English standard is still the field's default, which counts as
    # not written: the Hebrew one is shown, marked as Hebrew.
    assert '<p lang="he" dir="rtl">תקן ישראלי 5568 ברמה AA</p>' in html
    # No English exceptions were written: the Hebrew ones are shown, marked.
    assert '<ul lang="he" dir="rtl"><li>קובצי PDF ישנים</li></ul>' in html
    assert "Jan. 5, 2026" in html


@pytest.mark.parametrize("path", ["/he/", "/ar/news/", "/en/partners/", "/he/nope/"])
def test_every_page_links_to_the_statement_from_its_footer(client, path):
    html = client.get(path).content.decode()

    footer = html[html.index('<footer class="site-footer">') :]
    language = path.split("/")[1]
    assert f'href="/{language}/accessibility/"' in footer


def test_page_says_so_when_no_statement_is_published_yet(client):
    response = client.get("/ar/accessibility/")

    assert response.status_code == HTTPStatus.OK
    assert 'class="empty"' in response.content.decode()


def test_coordinator_must_be_reachable_by_phone_or_email():
    statement = AccessibilityStatementFactory.build(
        municipality=MunicipalityFactory(),
        coordinator_phone="",
        coordinator_email="",
    )

    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="phone number, email address or both"),
    ):
        statement.full_clean()


def test_one_statement_per_municipality(statement):
    duplicate = AccessibilityStatementFactory.build(municipality=statement.municipality)

    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_publisher_updates_their_own_municipalitys_statement_only(
    client, statement, login_with_second_factor
):
    other = AccessibilityStatementFactory()
    publisher = staff_member(statement.municipality, StaffRole.PUBLISHER)
    login_with_second_factor(publisher)

    listing = client.get(
        reverse("admin:community_cms_accessibilitystatement_changelist")
    )
    own = client.get(
        reverse(
            "admin:community_cms_accessibilitystatement_change", args=[statement.pk]
        )
    )
    foreign = client.get(
        reverse("admin:community_cms_accessibilitystatement_change", args=[other.pk])
    )

    assert list(listing.context["cl"].result_list) == [statement]
    assert own.status_code == HTTPStatus.OK
    assert 'name="coordinator_phone"' in own.content.decode()
    assert foreign.status_code == HTTPStatus.FORBIDDEN


def test_editor_may_read_but_not_change_the_statement(client, statement):
    client.force_login(staff_member(statement.municipality, StaffRole.EDITOR))
    url = reverse(
        "admin:community_cms_accessibilitystatement_change", args=[statement.pk]
    )

    response = client.get(url)
    client.post(url, {"coordinator_phone": "000"})

    assert response.status_code == HTTPStatus.OK
    assert 'name="coordinator_phone"' not in response.content.decode()
    statement.refresh_from_db()
    assert statement.coordinator_phone == "08-9392000"


def test_demo_has_a_statement_per_municipality_in_three_languages():
    for slug in ("rehovot", "modiin", "lod", "harish"):
        MunicipalityFactory(slug=slug)

    assert load_accessibility_statements() == 4
    assert load_accessibility_statements() == 4

    assert AccessibilityStatement.objects.count() == 4
    for statement in AccessibilityStatement.objects.all():
        for language in ("he", "ar", "en"):
            assert getattr(statement, f"accessible_features_{language}")
            assert getattr(statement, f"coordinator_name_{language}")
        assert statement.coordinator_phone and statement.coordinator_email
