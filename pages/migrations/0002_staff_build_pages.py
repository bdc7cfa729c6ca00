"""Editors build pages and their blocks; publishers also delete pages.
(Who may publish is the workflow's: the publisher role in the page's
municipality.)"""

from django.db import migrations

from core.group_permissions import grant_to_groups

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


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("community_cms", "0008_image_fields_drop_metadata"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(*grant_to_groups("pages", GROUP_PERMISSIONS))
    ]
