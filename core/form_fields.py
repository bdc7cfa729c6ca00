"""Form fields for the public filter forms, which must cost few queries."""

import html

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language


def _escape(text):
    # Django's conditional_escape without its lazy-text wrapper, which costs
    # more than the escaping itself when called for every option.
    if hasattr(text, "__html__"):
        return text.__html__()
    return html.escape(str(text))


class QuickSelect(forms.Select):
    """The same single ``<select>`` as Django's, written in Python: Django
    draws each ``<option>`` with a template of its own, which made the two
    filter lists a third of the news page's time. No option groups."""

    def render(self, name, value, attrs=None, renderer=None):
        selected = set(self.format_value(value))
        # One f-string per option: format_html for each of fifty options
        # cost twice as much, for the same escaping.
        options = "".join(
            f'\n  <option value="{_escape(choice)}"'
            f"{' selected' if str(choice) in selected else ''}>"
            f"{_escape(label)}</option>"
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
        yield from self.field.options()

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
    # {(model, to_field_name, language): (objects, options)}: the options of
    # a list shared by every request (``core.shared_memo.SharedRows``),
    # drawn once for as long as the list is the same object.
    _kept_options = {}

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
        """Hand the field its list; a tuple is kept as it is (a list shared
        by every request), so that its options are drawn once."""
        self._objects = objects if isinstance(objects, tuple) else list(objects)

    def options(self):
        """``(value, label)`` of every object, as plain text."""
        objects = self.objects
        key = (self.queryset.model, self.to_field_name, get_language())
        kept = self._kept_options.get(key)
        if kept is not None and kept[0] is objects:
            return kept[1]
        options = [
            (str(self.prepare_value(obj)), self.label_from_instance(obj))
            for obj in objects
        ]
        if isinstance(objects, tuple):
            self._kept_options[key] = (objects, options)
        return options

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
