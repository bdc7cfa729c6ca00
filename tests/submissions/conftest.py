"""Fixtures for the partner profile form: valid answers, images, staff."""

import struct
import time
import zlib

import pytest
from django.core.cache import cache

from municipalities.models import StaffMembership, StaffRole
from submissions.forms import form_started_token
from tests.core.factories import UserFactory

# A name, a sentence and a contact in each language, as partners type them.
ANSWERS = {
    "he": {
        "name": "עמותת גשר בין שכונות",
        "summary": "מחברת בין ותיקים לעולים חדשים.",
        "description": "אנחנו מלווים ועדי שכונות.\n\nופועלים בדרום.",
        "contact_name": "נועה ברק",
        "contact_role": "רכזת שותפויות",
    },
    "ar": {
        "name": "جمعية جسر الأحياء",
        "summary": "نربط بين سكان الأحياء القدامى والجدد.",
        "description": "نرافق لجان الأحياء.\n\nونعمل في الجنوب.",
        "contact_name": "سلمى خوري",
        "contact_role": "منسقة الشراكات",
    },
    "en": {
        "name": "Neighbourhood Bridges Association",
        "summary": "We connect long-time and new residents.",
        "description": "We accompany neighbourhood committees.\n\nWe work south.",
        "contact_name": "Dana Baker",
        "contact_role": "Partnerships coordinator",
    },
}


@pytest.fixture(autouse=True)
def empty_cache():
    """What one test cached (pages, counts) must not leak into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def answers():
    """Valid form answers in a language, with the time trap passed (the form
    was shown a minute ago); keyword arguments replace answers, None drops
    one."""

    def build(language="he", **changes):
        data = {
            **ANSWERS[language],
            "kind": "ngo",
            "website": "https://bridges.example.org",
            "contact_email": "contact@bridges.example.org",
            "contact_phone": "08-9000000",
            "contact_is_public": "no",
            "consent": "on",
            "started": form_started_token(time.time() - 60),
            "fax": "",
        }
        data.update(changes)
        return {key: value for key, value in data.items() if value is not None}

    return build


def png_header_only(width, height):
    """A tiny PNG whose header claims ``width`` × ``height`` pixels: what a
    decompression bomb looks like before it is decoded (a few hundred
    bytes, no memory)."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def publisher_of(login_with_second_factor, django_user_model):
    """A publisher of a municipality, logged in to the admin with 2FA."""

    def make(municipality, role=StaffRole.PUBLISHER, client=None):
        from django.test import Client

        user = UserFactory()
        StaffMembership.objects.create(user=user, municipality=municipality, role=role)
        return user, login_with_second_factor(user, client or Client())

    return make
