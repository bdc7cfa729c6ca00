from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _


class OneTimeCodeForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        min_length=6,
        max_length=8,
        validators=[RegexValidator(r"^\d+$", _("The code is made of digits only."))],
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "dir": "ltr",
            }
        ),
    )
