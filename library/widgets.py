from django.contrib.admin.widgets import ForeignKeyRawIdWidget


class ImageChooserWidget(ForeignKeyRawIdWidget):
    """The admin's lookup for a library image: the magnifier opens the
    image list (with its thumbnails, search and filters, scoped to what the
    user may use) in a popup, and the chosen image is shown beside the
    field."""

    template_name = "admin/library/image_chooser.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["chosen_image"] = None
        if value:
            model = self.rel.model
            context["chosen_image"] = (
                model._default_manager.using(self.db).filter(pk=value).first()
                if str(value).isdigit()
                else None
            )
        return context
