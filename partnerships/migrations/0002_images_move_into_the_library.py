"""Partnerships' images move into the image library, in three steps (a
column, the copy, the old columns' removal), each its own transaction:
PostgreSQL refuses to change a table in the transaction that filled it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("partnerships", "0001_initial"),
        ("library", "0002_staff_use_the_library"),
    ]

    operations = [
        migrations.AddField(
            model_name="partnership",
            name="library_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Chosen from the library, with its description, caption and credit.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="library.image",
                verbose_name="image",
            ),
        ),
    ]
