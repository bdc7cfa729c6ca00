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
        # The three lists of labels, kept by the process.
        labels = all_taxonomies()
        self.fields["field"].set_objects(labels["fields_of_action"])
        self.fields["population"].set_objects(labels["populations"])
        self.fields["region"].set_objects(labels["regions"])

    def chosen(self):
        """The valid filters as ``PartnerOrganizationQuerySet.chosen`` takes
        them, None where none was chosen: filters that are valid still apply
        when another one is not."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "field_id": data["field"].pk if data.get("field") else None,
            "population_id": data["population"].pk if data.get("population") else None,
            "region_id": data["region"].pk if data.get("region") else None,
            "kind": data.get("kind") or None,
        }

    @property
    def is_filtering(self):
        return any(self.data.get(name) for name in self.fields)
