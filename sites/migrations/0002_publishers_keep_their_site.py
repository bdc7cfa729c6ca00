"""Publishers keep their municipality's site (branding, contact details,
menus); editors may look. Opening sites and their addresses is left to
network administrators (NETWORK_ADMIN_APPS)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_PERMISSIONS = {
    "publisher": [
        "change_site",
        "view_site",
        "view_sitealias",
        "add_menuitem",
        "change_menuitem",
        "delete_menuitem",
        "view_menuitem",
    ],
    "editor": ["view_site", "view_sitealias", "view_menuitem"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("sites")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="sites", codename__in=codenames
            )
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(
        name__in=GROUP_PERMISSIONS
    ):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="sites")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("sites", "0001_initial"),
        ("community_cms", "0008_image_fields_drop_metadata"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
