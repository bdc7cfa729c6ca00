"""Publishers put up and take down their municipality's alerts; editors
may look."""

from django.db import migrations

from core.group_permissions import grant_to_groups

GROUP_PERMISSIONS = {
    "publisher": ["add_alert", "change_alert", "delete_alert", "view_alert"],
    "editor": ["view_alert"],
}


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_initial"),
        ("community_cms", "0008_image_fields_drop_metadata"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(*grant_to_groups("alerts", GROUP_PERMISSIONS))
    ]
