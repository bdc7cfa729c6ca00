"""An editor of municipality A cannot list, open, change, delete or pick as a
relation anything of municipality B, for every content model."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from articles.models import Article
from departments.models import CommunityDepartment
from municipalities.models import StaffRole
from partnerships.models import Delegation, Partnership
from tests.admin_forms import NO_QUOTES
from tests.articles.factories import ArticleFactory
from tests.core.factories import (
    CommunityDepartmentFactory,
    staff_member,
)
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, cities):
    client.force_login(staff_member(cities[0], StaffRole.EDITOR))
    return client


def _make(model, municipality):
    if model is Article:
        return ArticleFactory(municipality=municipality)
    if model is CommunityDepartment:
        return CommunityDepartmentFactory(municipality=municipality)
    if model is Partnership:
        return PartnershipFactory(municipality=municipality)
    return DelegationFactory(partnership=PartnershipFactory(municipality=municipality))


CONTENT_MODELS = [Article, CommunityDepartment, Partnership, Delegation]


def _admin_url(model, view, *args):
    return reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args
    )


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m.__name__)
def test_list_shows_only_the_editors_municipality(editor_client, cities, model):
    own, foreign = _make(model, cities[0]), _make(model, cities[1])

    response = editor_client.get(_admin_url(model, "changelist"))

    assert response.status_code == HTTPStatus.OK
    listed = list(response.context["cl"].result_list)
    assert own in listed
    assert foreign not in listed
    assert response.context["cl"].result_count == 1


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_opening_another_municipalitys_object_by_url_is_forbidden(
    editor_client, cities, model, view
):
    foreign = _make(model, cities[1])

    response = editor_client.get(_admin_url(model, view, foreign.pk))

    assert response.status_code == HTTPStatus.FORBIDDEN


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m.__name__)
def test_posting_a_change_to_another_municipalitys_object_is_forbidden(
    editor_client, cities, model
):
    foreign = _make(model, cities[1])

    response = editor_client.post(_admin_url(model, "change", foreign.pk), {})

    assert response.status_code == HTTPStatus.FORBIDDEN


def test_bulk_delete_cannot_reach_another_municipality(
    cities, login_with_second_factor
):
    client = login_with_second_factor(staff_member(cities[0], StaffRole.PUBLISHER))
    own = ArticleFactory(municipality=cities[0])
    foreign = ArticleFactory(municipality=cities[1])

    client.post(
        _admin_url(Article, "changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [own.pk, foreign.pk],
            "post": "yes",
        },
    )

    assert not Article.objects.filter(pk=own.pk).exists()
    assert Article.objects.filter(pk=foreign.pk).exists()


@pytest.mark.parametrize(
    ("field_name", "model", "term"),
    [
        ("municipality", CommunityDepartment, ""),
        ("department", Article, ""),
        ("partnership", Article, ""),
        ("partnership", Delegation, ""),
    ],
)
def test_autocomplete_offers_only_the_editors_municipality(
    editor_client, cities, field_name, model, term
):
    for city in cities:
        CommunityDepartmentFactory(municipality=city)
        PartnershipFactory(municipality=city)

    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": model._meta.app_label,
            "model_name": model._meta.model_name,
            "field_name": field_name,
            "term": term,
        },
    )

    assert response.status_code == HTTPStatus.OK
    results = response.json()["results"]
    assert len(results) == 1


def test_an_editor_cannot_move_content_or_pick_relations_of_another_city(
    editor_client, cities
):
    own_city, other_city = cities
    article = ArticleFactory(municipality=own_city)
    foreign_department = CommunityDepartmentFactory(municipality=other_city)
    base = {
        "title_he": article.title_he,
        **NO_QUOTES,
    }

    moved = editor_client.post(
        _admin_url(Article, "change", article.pk),
        {**base, "municipality": other_city.pk},
    )
    related = editor_client.post(
        _admin_url(Article, "change", article.pk),
        {**base, "municipality": own_city.pk, "department": foreign_department.pk},
    )

    assert moved.status_code == HTTPStatus.OK  # the form comes back with an error
    assert "municipality" in moved.context["adminform"].form.errors
    assert "department" in related.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.municipality == own_city


def test_editor_can_add_content_only_in_their_own_municipality(editor_client, cities):
    response = editor_client.post(
        _admin_url(Article, "add"),
        {
            "title_he": "כתבה חדשה",
            "municipality": cities[1].pk,
            **NO_QUOTES,
        },
    )

    assert "municipality" in response.context["adminform"].form.errors
    assert not Article.objects.exists()


def test_partner_organizations_are_shared_but_changed_only_by_their_cities(
    client, cities
):
    served = PartnerOrganizationFactory()
    served.municipalities.add(cities[0])
    elsewhere = PartnerOrganizationFactory()
    elsewhere.municipalities.add(cities[1])
    client.force_login(staff_member(cities[0], StaffRole.EDITOR))

    listing = client.get(reverse("admin:partners_partnerorganization_changelist"))
    change_served = client.get(
        reverse("admin:partners_partnerorganization_change", args=[served.pk])
    )
    change_elsewhere = client.get(
        reverse("admin:partners_partnerorganization_change", args=[elsewhere.pk])
    )

    assert listing.context["cl"].result_count == 2
    assert change_served.context["has_change_permission"] is True
    assert change_elsewhere.context["has_change_permission"] is False


def test_network_administrator_sees_every_municipality(
    client, cities, admin_user, login_with_second_factor
):
    for city in cities:
        ArticleFactory(municipality=city)
    client = login_with_second_factor(admin_user)

    response = client.get(_admin_url(Article, "changelist"))

    assert response.context["cl"].result_count == 2
