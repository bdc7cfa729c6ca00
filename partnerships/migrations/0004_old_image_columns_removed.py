"""The partnerships' old image columns go; the library image takes the
name "image"."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0003_images_copied_into_the_library")]

    operations = [
        migrations.RemoveField(model_name="partnership", name="image"),
        migrations.RemoveField(model_name="partnership", name="image_alt"),
        migrations.RemoveField(model_name="partnership", name="image_alt_ar"),
        migrations.RemoveField(model_name="partnership", name="image_alt_en"),
        migrations.RemoveField(model_name="partnership", name="image_alt_he"),
        migrations.RenameField(
            model_name="partnership", old_name="library_image", new_name="image"
        ),
    ]
