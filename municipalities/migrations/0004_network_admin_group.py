"""The network administrator group. Its permissions are not stored on the
group: municipalities.tenancy.MunicipalityRoleBackend grants its members every
permission of the content apps and of user management, so models added later
are covered without another data migration."""

from django.db import migrations


def create_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name="network_admin")


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="network_admin").delete()


class Migration(migrations.Migration):
    dependencies = [("community_cms", "0003_auditevent_staffmembership")]

    operations = [migrations.RunPython(create_group, remove_group)]
