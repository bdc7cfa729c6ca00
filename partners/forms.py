from django import forms
from django.utils.translation import gettext_lazy as _

from core.form_fields import LoadedModelChoiceField
from partners.models import FieldOfAction, PartnerOrganization, Population, Region
from partners.taxonomy import all_taxonomies


class PartnerDirectoryFilterForm(forms.Form):
    """The partner directory's filters, read from the query string. Unknown
    values are reported on the form and that filter is not applied."""

    field = LoadedModelChoiceField(
        queryset=FieldOfAction.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Field of action"),
        empty_label=_("All fields"),
    )
    population = LoadedModelChoiceField(
        queryset=Population.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Population"),
        empty_label=_("All populations"),
    )
    region = LoadedModelChoiceField(
        queryset=Region.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Region"),
        empty_label=_("All regions"),
    )
    kind = forms.ChoiceField(
        choices=[("", _("All kinds")), *PartnerOrganization.Kind.choices],
        required=False,
        label=_("Kind of organization"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The three lists of labels in one query.
        labels = all_taxonomies()
        self.fields["field"].set_objects(labels["fields_of_action"])
        self.fields["population"].set_objects(labels["populations"])
        self.fields["region"].set_objects(labels["regions"])

    def filter(self, queryset):
        # Filters that are valid still apply when another one is not.
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("field"):
            queryset = queryset.filter(fields_of_action=data["field"])
        if data.get("population"):
            queryset = queryset.filter(populations=data["population"])
        if data.get("region"):
            queryset = queryset.filter(regions=data["region"])
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        return queryset

    @property
    def is_filtering(self):
        return any(self.data.get(name) for name in self.fields)
