"""Restoring, recovering and comparing revisions obey the same rules as
editing: the user's municipalities, their role there, and the object's own
history."""

from http import HTTPStatus

import pytest
import reversion
from django.urls import reverse
from reversion.models import Version

from articles.models import Article
from departments.models import CommunityDepartment
from municipalities.models import AuditEvent, StaffRole
from municipalities.workflow import WorkflowStatus
from tests.admin_forms import NO_QUOTES, form_data
from tests.articles.factories import ArticleFactory
from tests.core.factories import (
    CommunityDepartmentFactory,
    UserFactory,
    staff_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(cities):
    return staff_member(cities[0], StaffRole.EDITOR)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def _save_revision(obj, **changes):
    for name, value in changes.items():
        setattr(obj, name, value)
    with reversion.create_revision():
        obj.save()
    return Version.objects.get_for_object(obj).first()


def _revision_url(obj, version):
    opts = obj._meta
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_revision", args=[obj.pk, version.pk]
    )


def test_an_editor_cannot_restore_another_municipalitys_article(editor_client, cities):
    foreign = ArticleFactory(municipality=cities[1], title_he="גרסה ראשונה")
    old = _save_revision(foreign)
    _save_revision(foreign, title_he="גרסה שנייה", status=WorkflowStatus.DRAFT)

    shown = editor_client.get(_revision_url(foreign, old))
    restored = editor_client.post(
        _revision_url(foreign, old),
        {"title_he": "גרסה ראשונה", "municipality": cities[1].pk},
    )
    # "Save as new" made the page an add form, which never checked the
    # restored object, and the restore was kept.
    copied = editor_client.post(
        _revision_url(foreign, old),
        {
            "title_he": "העתק",
            "municipality": cities[0].pk,
            **NO_QUOTES,
            "_saveasnew": "1",
        },
    )

    assert shown.status_code == HTTPStatus.FORBIDDEN
    assert restored.status_code == HTTPStatus.FORBIDDEN
    assert copied.status_code == HTTPStatus.FORBIDDEN
    foreign.refresh_from_db()
    assert (foreign.title_he, foreign.status) == ("גרסה שנייה", WorkflowStatus.DRAFT)


def test_an_editor_cannot_publish_by_restoring_a_published_version(
    editor_client, cities
):
    article = ArticleFactory(municipality=cities[0], title_he="כשפורסמה")
    published = _save_revision(article)
    _save_revision(article, title_he="טיוטה", status=WorkflowStatus.DRAFT)
    page = editor_client.get(_revision_url(article, published))

    response = editor_client.post(
        _revision_url(article, published), form_data(page, "article_form")
    )

    assert response.status_code == HTTPStatus.FOUND
    article.refresh_from_db()
    # The text comes back; the status stays what a publisher last set.
    assert article.title_he == "כשפורסמה"
    assert article.status == WorkflowStatus.DRAFT
    assert not Article.objects.published().filter(pk=article.pk).exists()


def test_a_publisher_restores_the_status_too_and_the_log_says_so(
    cities, login_with_second_factor
):
    publisher = staff_member(cities[0], StaffRole.PUBLISHER)
    client = login_with_second_factor(publisher)
    article = ArticleFactory(municipality=cities[0], title_he="כשפורסמה")
    published = _save_revision(article)
    _save_revision(article, title_he="טיוטה", status=WorkflowStatus.DRAFT)
    page = client.get(_revision_url(article, published))

    client.post(_revision_url(article, published), form_data(page, "article_form"))

    article.refresh_from_db()
    assert (article.title_he, article.status) == ("כשפורסמה", WorkflowStatus.PUBLISHED)
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.RESTORE, object_id=str(article.pk), actor=publisher
    ).exists()


def test_a_version_of_another_object_is_not_found(editor_client, cities):
    article = ArticleFactory(municipality=cities[0])
    department = CommunityDepartmentFactory(municipality=cities[1])
    other_article = ArticleFactory(municipality=cities[1])
    department_version = _save_revision(department)
    other_version = _save_revision(other_article)
    # reversion looked a version up by its id and the object id alone, so a
    # department version with the same object id passed for the article's.
    Version.objects.filter(pk=department_version.pk).update(object_id=str(article.pk))

    wrong_model = editor_client.get(_revision_url(article, department_version))
    wrong_object = editor_client.get(_revision_url(article, other_version))

    assert wrong_model.status_code == HTTPStatus.NOT_FOUND
    assert wrong_object.status_code == HTTPStatus.NOT_FOUND


def test_save_as_new_is_refused_on_the_restore_page(editor_client, cities):
    foreign = ArticleFactory(municipality=cities[1])
    own = ArticleFactory(municipality=cities[0])
    version = _save_revision(own)
    page = editor_client.get(_revision_url(own, version))

    response = editor_client.post(
        _revision_url(own, version),
        {**form_data(page, "article_form"), "_saveasnew": "1"},
    )
    change = editor_client.post(
        reverse("admin:articles_article_change", args=[foreign.pk]),
        {"_saveasnew": "1", "municipality": cities[0].pk},
    )

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert change.status_code == HTTPStatus.FORBIDDEN
    assert Article.objects.count() == 2


def test_restoring_cannot_move_live_content_to_a_city_where_the_editor_cannot_publish(
    client, cities, login_with_second_factor
):
    user = staff_member(cities[0], StaffRole.PUBLISHER)
    user.memberships.create(municipality=cities[1], role=StaffRole.EDITOR)
    client = login_with_second_factor(user)
    article = ArticleFactory(municipality=cities[1])
    in_b = _save_revision(article)
    _save_revision(article, municipality=cities[0])
    page = client.get(_revision_url(article, in_b))

    response = client.post(
        _revision_url(article, in_b), form_data(page, "article_form")
    )

    assert response.status_code == HTTPStatus.FORBIDDEN
    article.refresh_from_db()
    assert article.municipality == cities[0]


def test_compare_needs_the_object_in_the_users_scope(client, editor_client, cities):
    own = ArticleFactory(municipality=cities[0], title_en="Own before")
    foreign = ArticleFactory(municipality=cities[1], title_en="Secret before")
    own_versions = [_save_revision(own), _save_revision(own, title_en="Own after")]
    foreign_versions = [
        _save_revision(foreign),
        _save_revision(foreign, title_en="Secret after"),
    ]

    def compare(test_client, obj, versions):
        return test_client.get(
            reverse("admin:articles_article_compare", args=[obj.pk]),
            {"version_id1": versions[0].pk, "version_id2": versions[1].pk},
        )

    nobody = UserFactory()
    client.force_login(nobody)
    no_role = compare(client, own, own_versions)
    editor_client.force_login(staff_member(cities[0], StaffRole.EDITOR))
    foreign_response = compare(editor_client, foreign, foreign_versions)
    own_response = compare(editor_client, own, own_versions)

    assert no_role.status_code == HTTPStatus.FORBIDDEN
    assert foreign_response.status_code == HTTPStatus.FORBIDDEN
    assert "Secret" not in foreign_response.content.decode()
    assert own_response.status_code == HTTPStatus.OK
    assert "Own after" in own_response.content.decode()


def _delete_with_revision(obj):
    _save_revision(obj)
    object_id = str(obj.pk)
    obj.delete()
    return Version.objects.get_deleted(type(obj)).get(object_id=object_id)


def test_recover_list_shows_only_the_users_municipalities(editor_client, cities):
    own = _delete_with_revision(
        CommunityDepartmentFactory(municipality=cities[0], name_he="אגף שנמחק כאן")
    )
    foreign = _delete_with_revision(
        CommunityDepartmentFactory(municipality=cities[1], name_he="אגף של עיר אחרת")
    )

    response = editor_client.get(
        reverse("admin:departments_communitydepartment_recoverlist")
    )

    assert response.status_code == HTTPStatus.OK
    assert list(response.context["deleted"]) == [own]
    assert "אגף של עיר אחרת" not in response.content.decode()
    assert foreign.pk != own.pk


def test_recovering_another_municipalitys_item_is_forbidden(editor_client, cities):
    foreign = _delete_with_revision(
        CommunityDepartmentFactory(municipality=cities[1], status="draft")
    )
    url = reverse("admin:departments_communitydepartment_recover", args=[foreign.pk])

    shown = editor_client.get(url)
    posted = editor_client.post(url, {"name_he": "x", "municipality": cities[1].pk})
    copied = editor_client.post(
        url,
        {
            "name_he": "העתק",
            "slug": "copy",
            "municipality": cities[0].pk,
            "_saveasnew": "1",
        },
    )

    assert shown.status_code == HTTPStatus.FORBIDDEN
    assert posted.status_code == HTTPStatus.FORBIDDEN
    assert copied.status_code == HTTPStatus.FORBIDDEN
    assert not CommunityDepartment.objects.exists()


def test_an_editor_cannot_recover_a_published_item_but_may_recover_a_draft(
    editor_client, cities
):
    published = _delete_with_revision(
        CommunityDepartmentFactory(municipality=cities[0], status="published")
    )
    draft = _delete_with_revision(
        CommunityDepartmentFactory(municipality=cities[0], status="draft")
    )

    def recover_url(version):
        return reverse(
            "admin:departments_communitydepartment_recover", args=[version.pk]
        )

    refused = editor_client.get(recover_url(published))
    page = editor_client.get(recover_url(draft))
    recovered = editor_client.post(
        recover_url(draft), form_data(page, "communitydepartment_form")
    )

    assert refused.status_code == HTTPStatus.FORBIDDEN
    assert page.status_code == HTTPStatus.OK
    assert recovered.status_code == HTTPStatus.FOUND
    assert CommunityDepartment.objects.get().status == "draft"
    assert AuditEvent.objects.filter(action=AuditEvent.Action.RESTORE).exists()
