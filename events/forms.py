import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import ALL_TOPICS, Topic
from core.form_fields import LoadedModelChoiceField
from events.models import Event
from partners.models import ALL_LABELS, Population

# How far ahead the list looks when no period is chosen.
UPCOMING_DAYS = 366


class EventFilterForm(forms.Form):
    """The upcoming events list's filters, read from the query string. An
    unknown value is reported on the form and that filter is left out."""

    period = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[
            ("", _("All coming events")),
            ("week", _("The next seven days")),
            ("month", _("The next thirty days")),
        ],
    )
    topic = LoadedModelChoiceField(
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Topic"),
        empty_label=_("All topics"),
    )
    audience = LoadedModelChoiceField(
        queryset=Population.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("For whom"),
        empty_label=_("Everyone"),
    )
    free = forms.BooleanField(label=_("Free of charge only"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The lists the news and the partner directory filter by too, kept by
        # the process until one of their rows changes (``SharedRows``).
        self.fields["topic"].set_objects(ALL_TOPICS.all())
        self.fields["audience"].set_objects(ALL_LABELS[Population].all())

    def window(self, now=None):
        """The [start, end) the list shows."""
        now = now or timezone.now()
        days = {"week": 7, "month": 30}.get(self._valid("period"), UPCOMING_DAYS)
        return now, now + datetime.timedelta(days=days)

    def filter(self, queryset):
        if topic := self._valid("topic"):
            queryset = queryset.filter(topics=topic)
        if audience := self._valid("audience"):
            queryset = queryset.filter(audiences=audience)
        if self._valid("free"):
            queryset = queryset.filter(is_free=True)
        return queryset

    def _valid(self, name):
        # Filters that are valid still apply when another one is not.
        self.is_valid()
        return getattr(self, "cleaned_data", {}).get(name)


class EventAdminForm(forms.ModelForm):
    """The admin's event form. An event of a delegation's visit may leave
    its title and times empty: they are taken from the visit."""

    FROM_THE_VISIT = ("title_he", "starts_at", "ends_at")

    class Meta:
        model = Event
        fields = "__all__"  # noqa: DJ007 - the admin's fieldsets choose

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.FROM_THE_VISIT:
            if name in self.fields:
                self.fields[name].required = False

    def clean(self):
        cleaned = super().clean()
        if visit := cleaned.get("delegation"):
            values = Event.values_from_delegation(visit)
            if not cleaned.get("starts_at"):
                # The visit's days, as a whole-day event.
                cleaned.update(
                    {name: values[name] for name in ("starts_at", "ends_at", "all_day")}
                )
            for name, value in values.items():
                if name in self.fields and not cleaned.get(name):
                    cleaned[name] = value
        for name in self.FROM_THE_VISIT:
            if (
                name in self.fields
                and not cleaned.get(name)
                and name not in self.errors
            ):
                self.add_error(name, forms.Field.default_error_messages["required"])
        return cleaned
