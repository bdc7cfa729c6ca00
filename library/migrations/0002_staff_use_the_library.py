"""Editors and publishers upload and describe images and documents for
their municipalities; publishers also delete what is no longer used."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_PERMISSIONS = {
    "publisher": [
        f"{action}_{model}"
        for model in ("image", "document", "imagetag")
        for action in ("add", "change", "delete", "view")
    ],
    "editor": [
        f"{action}_{model}"
        for model in ("image", "document", "imagetag")
        for action in ("add", "change", "view")
    ],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("library")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="library", codename__in=codenames
            )
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(
        name__in=GROUP_PERMISSIONS
    ):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="library")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0001_initial"),
        ("community_cms", "0008_image_fields_drop_metadata"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
