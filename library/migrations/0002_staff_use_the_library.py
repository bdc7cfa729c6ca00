"""Editors and publishers upload and describe images and documents for
their municipalities; publishers also delete what is no longer used."""

from django.db import migrations

from core.group_permissions import grant_to_groups

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


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0001_initial"),
        ("community_cms", "0008_image_fields_drop_metadata"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(*grant_to_groups("library", GROUP_PERMISSIONS))
    ]
