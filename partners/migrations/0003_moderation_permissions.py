"""Publishers moderate partner profile submissions: they may see and decide
on them (the "change" permission). Editors do not see them: submissions
hold the submitter's personal details. The email outbox and deleting
submissions stay with network administrators, who hold every permission.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PUBLISHER_PERMISSIONS = ["view_profilesubmission", "change_profilesubmission"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("partners")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    publisher, _ = Group.objects.get_or_create(name="publisher")
    publisher.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="partners", codename__in=PUBLISHER_PERMISSIONS
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="publisher"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="partners",
                codename__in=PUBLISHER_PERMISSIONS,
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_profile_submissions"),
        ("community_cms", "0002_staff_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
