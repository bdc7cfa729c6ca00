"""Community departments and professional networks moved out of the
municipalities app (below the image library) into an app of their own, so
that a department can show a library photo. A database made before the
move keeps its rows, and what named the models by content type follows
them: the editors' permissions and revisions."""

import json

import pytest

from tests.migrations import migrate, migrate_to_the_latest

BEFORE_THE_MOVE = [
    ("community_cms", "0009_logo_moved_to_the_site"),
    ("articles", "0008_photos_move_into_the_library"),
    ("events", "0002_staff_publish_events"),
    ("departments", None),
]


@pytest.mark.django_db(transaction=True)
def test_departments_keep_their_rows_permissions_and_revisions():
    old = migrate(BEFORE_THE_MOVE)
    Municipality = old.get_model("community_cms", "Municipality")
    Department = old.get_model("community_cms", "CommunityDepartment")
    Network = old.get_model("community_cms", "ProfessionalNetwork")
    Article = old.get_model("articles", "Article")
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType
    from reversion.models import Revision, Version

    city = Municipality.objects.create(name="רחובות", name_he="רחובות", slug="rehovot")
    network = Network.objects.create(name="הרשת הארצית", name_he="הרשת הארצית")
    department = Department.objects.create(
        municipality=city,
        name="מינהל קהילה",
        name_he="מינהל קהילה",
        slug="community",
        status="published",
    )
    department.networks.add(network)
    Article.objects.create(
        title_he="כתבה",
        slug="article",
        slug_he="article",
        municipality=city,
        department=department,
    )
    ContentType.objects.clear_cache()
    department_type = ContentType.objects.get(
        app_label="community_cms", model="communitydepartment"
    )
    editor, _ = Group.objects.get_or_create(name="editor")
    editor.permissions.add(
        Permission.objects.get(
            content_type_id=department_type.pk, codename="change_communitydepartment"
        )
    )
    Version.objects.create(
        revision=Revision.objects.create(date_created="2026-03-01T10:00:00+02:00"),
        object_id=str(department.pk),
        content_type_id=department_type.pk,
        db="default",
        format="json",
        serialized_data=json.dumps(
            [
                {
                    "model": "community_cms.communitydepartment",
                    "pk": department.pk,
                    "fields": {"name_he": "שם קודם", "slug": "community"},
                }
            ]
        ),
        object_repr="שם קודם",
    )

    migrate_to_the_latest()

    from articles.models import Article as CurrentArticle
    from departments.models import CommunityDepartment

    moved = CommunityDepartment.objects.get()
    assert moved.name_he == "מינהל קהילה"
    assert [str(item) for item in moved.networks.all()] == ["הרשת הארצית"]
    assert moved.image is None
    assert CurrentArticle.objects.get().department == moved
    ContentType.objects.clear_cache()
    assert ContentType.objects.get_for_model(moved).pk == department_type.pk
    assert (
        Group.objects.get(name="editor")
        .permissions.filter(
            content_type__app_label="departments", codename="change_communitydepartment"
        )
        .exists()
    )
    version = Version.objects.get_for_object(moved).get()
    assert version.field_dict["name_he"] == "שם קודם"
