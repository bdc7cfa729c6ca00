"""The demonstration content that ``load_demo`` writes: four municipalities,
their community departments, partner organizations, two city-to-city
partnerships and a couple of months of news.

The content is data, in ``content.json`` beside this module; this module
reads it once. Every translated value there is an object with ``he`` (the
original), ``ar`` and ``en``, read as a ``T``. Prose may be wrapped: the
loader joins wrapped lines and keeps blank lines as paragraph breaks; fields
that hold one item per line (services, funders, other members) keep their
lines. People's names are invented; places and figures come from the field.
"""

import json
from pathlib import Path
from typing import NamedTuple


class T(NamedTuple):
    """One value in every language of the site."""

    he: str
    ar: str
    en: str


def _read(value):
    if isinstance(value, dict):
        if set(value) == set(T._fields):
            return T(**value)
        return {key: _read(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_read(item) for item in value]
    return value


_DATA = _read(
    json.loads(Path(__file__).with_name("content.json").read_text(encoding="utf-8"))
)

TOPICS = _DATA["TOPICS"]
FIELDS_OF_ACTION = _DATA["FIELDS_OF_ACTION"]
POPULATIONS = _DATA["POPULATIONS"]
REGIONS = _DATA["REGIONS"]
DELEGATION_ACTIVITIES = _DATA["DELEGATION_ACTIVITIES"]
MUNICIPALITIES = _DATA["MUNICIPALITIES"]
BYLINES = _DATA["BYLINES"]
NETWORKS = _DATA["NETWORKS"]
DEPARTMENTS = _DATA["DEPARTMENTS"]
PARTNERS = _DATA["PARTNERS"]
PARTNERSHIPS = _DATA["PARTNERSHIPS"]
HERO_CREDIT = _DATA["HERO_CREDIT"]
ARTICLES = _DATA["ARTICLES"]
SITES = _DATA["SITES"]
PAGES = _DATA["PAGES"]
LIBRARY_IMAGES = _DATA["LIBRARY_IMAGES"]
LIBRARY_DOCUMENTS = _DATA["LIBRARY_DOCUMENTS"]
ALERTS = _DATA["ALERTS"]
EMERGENCY_MODES = _DATA["EMERGENCY_MODES"]
EVENTS = _DATA["EVENTS"]
