"""Publishers keep their municipality's site (branding, contact details,
menus); editors may look. Opening sites and their addresses is left to
network administrators (NETWORK_ADMIN_APPS)."""

from django.db import migrations

from core.group_permissions import grant_to_groups

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


class Migration(migrations.Migration):
    dependencies = [
        ("sites", "0001_initial"),
        ("community_cms", "0008_image_fields_drop_metadata"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(*grant_to_groups("sites", GROUP_PERMISSIONS))
    ]
