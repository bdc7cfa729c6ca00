from django import forms
from django.utils.translation import gettext_lazy as _

from articles.forms import MunicipalityAndTopicFilters
from core.form_fields import QuickSelect
from search.models import Kind
from search.query import MAX_QUERY_LENGTH, ParsedQuery


class SearchForm(MunicipalityAndTopicFilters):
    """The search page's words and filters, read from the query string.
    Words over the length limit are refused; an unknown filter value is
    reported and the search runs without that filter."""

    q = forms.CharField(
        label=_("Search for"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "enterkeyhint": "search"}),
        error_messages={
            "max_length": _(
                "Search words are limited to %(limit_value)d characters; "
                "please shorten them."
            ),
        },
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("Everything")), *Kind.choices],
        required=False,
        # Django draws each <option> with a template of its own.
        widget=QuickSelect,
    )
    field_order = ["q", "kind", "municipality", "topic"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].help_text = _("Choosing a topic shows news only.")

    def query(self):
        """The visitor's words as a ``ParsedQuery`` (empty when there are
        none to search for), or None when the form refused them."""
        if not self.is_bound:
            return ParsedQuery(())
        self.is_valid()
        if "q" in self.errors:
            return None
        return ParsedQuery.parse(self.cleaned_data.get("q", ""))

    def filters(self):
        """The filters that are valid, for ``search.query.search``."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        filters = {
            name: data[name]
            for name in ("kind", "municipality", "topic")
            if data.get(name)
        }
        if self.site_municipality is not None:
            filters["municipality"] = self.site_municipality
            filters["on_city_site"] = True
        return filters

    def filter_errors(self):
        return [
            self[name]
            for name in ("kind", "municipality", "topic")
            if name in self.fields and self[name].errors
        ]
