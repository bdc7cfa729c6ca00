"""Publishers keep their municipality's accessibility statement up to date;
editors may read it. Deleting one is left to network administrators: the law
asks every municipality to publish one."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_ACTIONS = {
    "publisher": ["add", "change", "view"],
    "editor": ["view"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("community_cms")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, actions in GROUP_ACTIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="community_cms",
                codename__in=[f"{action}_accessibilitystatement" for action in actions],
            )
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUP_ACTIONS):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="community_cms",
                codename__endswith="_accessibilitystatement",
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("community_cms", "0005_accessibility_statement"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
