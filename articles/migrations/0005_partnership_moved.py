"""An article's partnership is now the partnerships app's model, in the
same table."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0004_image_fields_drop_metadata'),
        ('partnerships', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay; only Django's picture of them changes.
            state_operations=[
                migrations.AlterField(
                    model_name='article',
                    name='partnership',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='articles', to='partnerships.partnership', verbose_name='related partnership'),
                ),
            ],
        ),
    ]
