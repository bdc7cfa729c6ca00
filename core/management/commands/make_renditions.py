from django.apps import apps
from django.core.management.base import BaseCommand

from core.renditions import responsive_image


class Command(BaseCommand):
    help = (
        "Make the responsive renditions (WebP and JPEG in several widths) of "
        "every article and partnership photo that has none yet. Pages make "
        "missing ones on first view; this does it ahead, after a restore or "
        "a bulk import."
    )

    def handle(self, *args, **options):
        made = failed = 0
        for model in apps.get_models():
            for field_name in getattr(model, "responsive_image_fields", ()):
                field = model._meta.get_field(field_name)
                names = (
                    model._default_manager.exclude(**{field_name: ""})
                    .order_by()
                    .values_list(field_name, flat=True)
                    .distinct()
                )
                for name in names.iterator():
                    if responsive_image(field.attr_class(None, field, name)):
                        made += 1
                    else:
                        failed += 1
        self.stdout.write(f"Renditions ready for {made} images; {failed} failed.")
