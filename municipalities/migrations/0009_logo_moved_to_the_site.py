"""The municipality's logo is its site's logo, a library image (copied
there by the sites app's migration, which runs before this one)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("community_cms", "0008_image_fields_drop_metadata")]

    operations = [migrations.RemoveField(model_name="municipality", name="logo")]
