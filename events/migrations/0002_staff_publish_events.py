"""Editors write events and cancel their dates; publishers also delete
events. (Who may publish is the workflow's: the publisher role in the
event's municipality.)"""

from django.db import migrations

from core.group_permissions import grant_to_groups

ALL = ("add", "change", "delete", "view")
GROUP_PERMISSIONS = {
    "publisher": [f"{a}_{m}" for m in ("event", "cancellation") for a in ALL],
    "editor": [f"{a}_event" for a in ("add", "change", "view")]
    + [f"{a}_cancellation" for a in ALL],
}


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("community_cms", "0008_image_fields_drop_metadata"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(*grant_to_groups("events", GROUP_PERMISSIONS))
    ]
