from django import forms
from django.utils.translation import gettext_lazy as _

from articles.models import ALL_TOPICS, Topic
from core.form_fields import LoadedModelChoiceField
from municipalities.models import ALL_MUNICIPALITIES, Municipality


class MunicipalityAndTopicFilters(forms.Form):
    """The two lists that narrow news down, shared by the news list and the
    search page. Each list is read once, for checking the value and for the
    ``<select>`` (``LoadedModelChoiceField``); both lists are kept by the
    process until a row of theirs changes (``SharedRows``)."""

    municipality = LoadedModelChoiceField(
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Municipality"),
        empty_label=_("All municipalities"),
    )
    topic = LoadedModelChoiceField(
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Topic"),
        empty_label=_("All topics"),
    )

    def __init__(self, *args, site=None, **kwargs):
        super().__init__(*args, **kwargs)
        # A municipality's own site shows that municipality only: no list.
        self.site_municipality = None
        if getattr(site, "municipality_id", None) is not None:
            self.site_municipality = site.municipality
            del self.fields["municipality"]
        else:
            self.fields["municipality"].set_objects(ALL_MUNICIPALITIES.all())
        self.fields["topic"].set_objects(ALL_TOPICS.all())

    def municipalities(self):
        """``{id: municipality}`` of those the page can show, read once."""
        if self.site_municipality is not None:
            return {self.site_municipality.pk: self.site_municipality}
        return {item.pk: item for item in self.fields["municipality"].objects}


class ArticleFilterForm(MunicipalityAndTopicFilters):
    """The news list's filters, read from the query string. Unknown values
    are reported on the form and that filter is not applied, as in the
    partner directory."""

    def chosen_ids(self):
        """``{"municipality_id": …, "topic_id": …}``, None where no valid
        value was chosen: filters that are valid still apply when another
        one is not."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            f"{name}_id": chosen.pk if (chosen := data.get(name)) else None
            for name in ("municipality", "topic")
        }
