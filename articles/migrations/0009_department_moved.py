"""The article's department is now the departments app's model, in the
same table."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0008_photos_move_into_the_library'),
        ('departments', '0001_initial'),
    ]
    run_before = [('community_cms', '0010_departments_moved_out')]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay; only Django's picture of them changes.
            state_operations=[
                migrations.AlterField(
                    model_name='article',
                    name='department',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='articles', to='departments.communitydepartment', verbose_name='community department'),
                ),
            ],
        ),
    ]
