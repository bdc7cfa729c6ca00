"""City partnerships and partner submissions moved out of the partners app
into apps of their own. A database made before the move keeps its rows,
and everything that named the models by content type follows them: the
publishers' permissions, revisions (which can still be reverted to) and the
admin's log."""

import json

import pytest

from tests.migrations import migrate, migrate_to_the_latest

BEFORE_THE_MOVE = [
    ("community_cms", "0008_image_fields_drop_metadata"),
    ("partners", "0006_partner_profile_shared"),
    ("articles", "0004_image_fields_drop_metadata"),
    ("search", "0003_interim_documents"),
    ("partnerships", None),
    ("submissions", None),
]


@pytest.mark.django_db(transaction=True)
def test_rows_permissions_and_revisions_follow_the_moved_models(django_user_model):
    old = migrate(BEFORE_THE_MOVE)
    Municipality = old.get_model("community_cms", "Municipality")
    Partnership = old.get_model("partners", "Partnership")
    Delegation = old.get_model("partners", "Delegation")
    Submission = old.get_model("partners", "ProfileSubmission")
    Notification = old.get_model("partners", "EmailNotification")
    FieldOfAction = old.get_model("partners", "FieldOfAction")
    Article = old.get_model("articles", "Article")
    # Apps the move does not change are written with today's models.
    from django.contrib.admin.models import LogEntry
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType
    from reversion.models import Revision, Version

    city = Municipality.objects.create(name="רחובות", name_he="רחובות", slug="rehovot")
    partnership = Partnership.objects.create(
        name="רחובות–מיניאפוליס",
        name_he="רחובות–מיניאפוליס",
        slug="rehovot-minneapolis",
        municipality=city,
        partner_city="מיניאפוליס",
        partner_country="ארה״ב",
        status="published",
    )
    Delegation.objects.create(
        partnership=partnership,
        title="משלחת עסקית",
        title_he="משלחת עסקית",
        direction="inbound",
        starts_on="2026-03-01",
        ends_on="2026-03-05",
    )
    Article.objects.create(
        title="משלחת ממיניאפוליס",
        title_he="משלחת ממיניאפוליס",
        slug="delegation",
        slug_he="delegation",
        municipality=city,
        partnership=partnership,
        status="published",
    )
    label = FieldOfAction.objects.create(name="חינוך", name_he="חינוך", slug="edu")
    submission = Submission.objects.create(
        language="he",
        name="עמותת הגשר",
        kind="ngo",
        description="פסקה.",
        contact_name="דנה",
        contact_role="רכזת",
        contact_email="dana@example.org",
        consent_text="הסכמה",
        consented_at="2026-03-01T10:00:00+02:00",
    )
    submission.fields_of_action.add(label)
    Notification.objects.create(
        kind="submission_received",
        recipient="dana@example.org",
        language="he",
        subject="קיבלנו",
        body="תודה",
        submission=submission,
    )

    ContentType.objects.clear_cache()
    partnership_type = ContentType.objects.get(
        app_label="partners", model="partnership"
    )
    submission_type = ContentType.objects.get(
        app_label="partners", model="profilesubmission"
    )
    publisher, _ = Group.objects.get_or_create(name="publisher")
    decide = Permission.objects.get(
        content_type_id=submission_type.pk, codename="change_profilesubmission"
    )
    publisher.permissions.add(decide)
    revision = Revision.objects.create(date_created="2026-03-01T10:00:00+02:00")
    Version.objects.create(
        revision=revision,
        object_id=str(partnership.pk),
        content_type_id=partnership_type.pk,
        db="default",
        format="json",
        serialized_data=json.dumps(
            [
                {
                    "model": "partners.partnership",
                    "pk": partnership.pk,
                    "fields": {
                        "name_he": "שם קודם",
                        "slug": "rehovot-minneapolis",
                        "municipality": city.pk,
                    },
                }
            ]
        ),
        object_repr="שם קודם",
    )
    LogEntry.objects.create(
        user=django_user_model.objects.create_user("editor"),
        action_time="2026-03-01T10:00:00+02:00",
        content_type_id=partnership_type.pk,
        object_id=str(partnership.pk),
        object_repr="רחובות–מיניאפוליס",
        action_flag=2,
        change_message="[]",
    )

    migrate_to_the_latest()

    from articles.models import Article as CurrentArticle
    from partnerships.models import Partnership as CurrentPartnership
    from submissions.models import ProfileSubmission

    moved = CurrentPartnership.objects.get()
    assert moved.name_he == "רחובות–מיניאפוליס"
    assert moved.delegations.get().title_he == "משלחת עסקית"
    assert CurrentArticle.objects.get().partnership == moved
    sent = ProfileSubmission.objects.get()
    assert [str(item) for item in sent.fields_of_action.all()] == ["חינוך"]
    assert sent.notifications.get().recipient == "dana@example.org"

    # The content types were renamed, not replaced.
    ContentType.objects.clear_cache()
    assert ContentType.objects.get_for_model(moved).pk == partnership_type.pk
    assert not ContentType.objects.filter(
        app_label="partners", model__in=["partnership", "profilesubmission"]
    ).exists()
    publisher = Group.objects.get(name="publisher")
    assert publisher.permissions.filter(
        content_type__app_label="submissions", codename="change_profilesubmission"
    ).exists()

    version = Version.objects.get_for_object(moved).get()
    assert version.field_dict["name_he"] == "שם קודם"
    assert LogEntry.objects.get().get_edited_object() == moved
