"""Create the editor and publisher groups staff are placed in.

Permissions are normally created after all migrations have run; they are
created here first so that the groups can be given them on a fresh database.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT_MODELS = {
    "articles": ["article", "quote", "topic"],
    "partners": [
        "partnerorganization",
        "partnership",
        "delegation",
        "steeringcommitteemember",
        "fieldofaction",
        "population",
        "region",
        "delegationactivity",
    ],
    "community_cms": ["communitydepartment", "professionalnetwork"],
}
REFERENCE_MODELS = {"community_cms": ["municipality"]}

GROUPS = {
    # Editors write and change content; they cannot publish or delete.
    "editor": {"actions": ["add", "change", "view"], "extra": []},
    # Publishers also decide what goes public and may delete.
    "publisher": {
        "actions": ["add", "change", "view", "delete"],
        "extra": [("articles", "publish_article")],
    },
}


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, spec in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        codenames = [
            (app, f"{action}_{model}")
            for app, models in CONTENT_MODELS.items()
            for model in models
            for action in spec["actions"]
        ]
        codenames += [
            (app, f"view_{model}")
            for app, models in REFERENCE_MODELS.items()
            for model in models
        ]
        codenames += spec["extra"]
        for app_label, codename in codenames:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("community_cms", "0001_initial"),
        ("articles", "0001_initial"),
        ("partners", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
