"""Community departments and professional networks moved to the departments
app; they leave this app's migration state, their tables stay."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('community_cms', '0009_logo_moved_to_the_site'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay; only Django's picture of them changes.
            state_operations=[
                migrations.RemoveField(
                    model_name='communitydepartment',
                    name='municipality',
                ),
                migrations.RemoveField(
                    model_name='communitydepartment',
                    name='networks',
                ),
                migrations.DeleteModel(
                    name='CommunityDepartment',
                ),
                migrations.DeleteModel(
                    name='ProfessionalNetwork',
                ),
            ],
        ),
    ]
