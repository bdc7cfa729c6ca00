"""Form fields for the public filter forms, which must cost few queries."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe


class QuickSelect(forms.Select):
    """The same single ``<select>`` as Django's, written in Python: Django
    draws each ``<option>`` with a template of its own, which made the two
    filter lists a third of the news page's time. No option groups."""

    def render(self, name, value, attrs=None, renderer=None):
        selected = set(self.format_value(value))
        # One f-string per option: format_html for each of fifty options
        # cost twice as much, for the same escaping.
        options = "".join(
            f'\n  <option value="{conditional_escape(choice)}"'
            f"{' selected' if str(choice) in selected else ''}>"
            f"{conditional_escape(label)}</option>"
            for choice, label in self.choices
        )
        return format_html(
            '<select name="{}"{}>{}\n</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            mark_safe(options),  # noqa: S308 - every part escaped above
        )


class _LoadedChoiceIterator(ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.field.objects:
            yield self.choice(obj)

    def __len__(self):
        return len(self.field.objects) + (self.field.empty_label is not None)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.field.objects)


class LoadedModelChoiceField(forms.ModelChoiceField):
    """A ``ModelChoiceField`` that reads its choices once per form.

    Django's own runs one query to check the submitted value and another
    to draw the ``<select>``. This one loads the (short) list once, checks
    the value against it and draws the options from it; or it is handed
    the list with ``set_objects()`` when one query fetched several lists.
    """

    iterator = _LoadedChoiceIterator
    widget = QuickSelect

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._objects = None

    def __deepcopy__(self, memo):
        # Every form gets its own copy of the field: a fresh list per form.
        result = super().__deepcopy__(memo)
        result._objects = None
        return result

    @property
    def objects(self):
        if self._objects is None:
            self._objects = list(self.queryset)
        return self._objects

    def set_objects(self, objects):
        self._objects = list(objects)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        key = self.to_field_name or "pk"
        for obj in self.objects:
            if str(getattr(obj, key)) == str(value):
                return obj
        raise ValidationError(
            self.error_messages["invalid_choice"],
            code="invalid_choice",
            params={"value": value},
        )
