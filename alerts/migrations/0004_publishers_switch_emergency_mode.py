"""Publishers switch their site's emergency mode on and off and keep its
numbers; editors may look."""

from django.db import migrations

from core.group_permissions import grant_to_groups

GROUP_PERMISSIONS = {
    "publisher": [
        "add_emergencymode", "change_emergencymode", "delete_emergencymode",
        "view_emergencymode", "add_emergencynumber", "change_emergencynumber",
        "delete_emergencynumber", "view_emergencynumber",
    ],
    "editor": ["view_emergencymode", "view_emergencynumber"],
}  # fmt: skip


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0003_emergency_mode"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(*grant_to_groups("alerts", GROUP_PERMISSIONS))
    ]
