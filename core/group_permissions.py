"""For migrations that give the staff roles (the editor and publisher
groups) their permissions on an app's models."""

from django.contrib.auth.management import create_permissions


def grant_to_groups(app_label, group_permissions):
    """``RunPython`` forward and backward functions: ``group_permissions``
    maps a group name to permission codenames of ``app_label``; forward
    adds them (creating the app's permissions first, which Django otherwise
    does only after every migration has run), backward removes all of the
    app's permissions from those groups."""

    def grant(apps, schema_editor):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        for group_name, codenames in group_permissions.items():
            group, _ = Group.objects.get_or_create(name=group_name)
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )

    def revoke(apps, schema_editor):
        Permission = apps.get_model("auth", "Permission")
        Group = apps.get_model("auth", "Group")
        for group in Group.objects.filter(name__in=group_permissions):
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app_label)
            )

    return grant, revoke
