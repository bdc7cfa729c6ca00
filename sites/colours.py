"""Colour contrast as WCAG 2.1 measures it (success criterion 1.4.3)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Text at normal size, level AA.
MINIMUM_CONTRAST = 4.5
WHITE = "#ffffff"
# The page background of site.css: a brand colour is also text on it.
PAGE_BACKGROUND = "#f4f6f8"


def _channel(value):
    value /= 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour):
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first, second):
    lighter, darker = sorted(
        (relative_luminance(first), relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def darken(colour, amount):
    """``colour`` mixed with ``amount`` (0 to 1) of black: the hover and
    header shade of a brand colour, never of less contrast under white."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(value * (1 - amount)):02x}" for value in channels)


def validate_brand_colour(value):
    """A colour that white text is written on (the header, buttons, badges)
    and that is itself text on the page (links): refused below AA contrast
    either way, with the ratio measured."""
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Enter a colour as # and six hexadecimal digits, e.g. #0b5c7a."),
            code="colour_format",
        )
    for background, label in (
        (WHITE, _("white text on this colour")),
        (PAGE_BACKGROUND, _("this colour as text on the page background")),
    ):
        ratio = contrast_ratio(value, background)
        if ratio < MINIMUM_CONTRAST:
            raise ValidationError(
                _(
                    "%(colour)s is too light: %(use)s has a contrast ratio of "
                    "%(ratio).2f:1, and WCAG AA asks for at least %(minimum).1f:1. "
                    "Choose a darker shade."
                ),
                code="colour_contrast",
                params={
                    "colour": value,
                    "use": label,
                    "ratio": int(ratio * 100) / 100,
                    "minimum": MINIMUM_CONTRAST,
                },
            )
