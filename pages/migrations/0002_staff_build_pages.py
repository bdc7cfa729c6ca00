"""Editors build pages and their blocks; publishers also delete pages.
(Who may publish is the workflow's: the publisher role in the page's
municipality.)"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

BLOCKS = [
    "richtext", "imageblock", "pullquote", "calltoaction", "question",
    "contactcard", "download", "video", "latestarticles", "partnercards",
]  # fmt: skip
ALL = ("add", "change", "delete", "view")
GROUP_PERMISSIONS = {
    "publisher": [f"{a}_{m}" for m in ["page", *BLOCKS] for a in ALL],
    "editor": [f"{a}_page" for a in ("add", "change", "view")]
    + [f"{a}_{m}" for m in BLOCKS for a in ALL],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("pages")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="pages", codename__in=codenames
            )
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(
        name__in=GROUP_PERMISSIONS
    ):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="pages")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("community_cms", "0008_image_fields_drop_metadata"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
