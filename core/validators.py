"""Validators for text typed by the public."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# "<" followed by a letter, "/", "!" or "?" starts a tag, a comment or a
# processing instruction; "3<5" or "<3" do not.
_MARKUP = re.compile(r"<\s*[a-zA-Z/!?]")


def validate_plain_text(value):
    """Refuse HTML: public forms take plain text with line breaks only.

    Refusing (rather than silently stripping) lets the sender see and fix
    what will be published; templates escape everything anyway.
    """
    if value and _MARKUP.search(str(value)):
        raise ValidationError(
            _(
                "Please write plain text only: HTML tags such as <b> or "
                "<script> are not accepted."
            ),
            code="markup",
        )


validate_phone_number = RegexValidator(
    # Digits with the usual separators, at least three digits (*6050 works).
    regex=r"^(?=(?:\D*\d){3})[0-9+*()\-\s./]{3,40}$",
    message=_("Please enter a phone number: digits, spaces and + - ( ) only."),
    code="phone",
)
