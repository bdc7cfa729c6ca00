"""Production serves static files under names that hold a hash of their
content, cached by browsers for ten years; a change gives a new name.
(That production uses this storage: test_settings_for_several_servers.)"""

import re
from http import HTTPStatus

import pytest
from django.core.management import call_command
from django.test import Client

PRODUCTION_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.fixture
def collected(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": PRODUCTION_STORAGE},
    }
    # As in production: only what collectstatic wrote.
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    return settings.STATIC_ROOT


@pytest.mark.django_db
def test_collected_stylesheet_gets_a_hashed_name_and_a_long_lifetime(collected):
    hashed = list((collected / "css").glob("site.*.css"))
    assert hashed, "no hashed copy of css/site.css"
    name = hashed[0].name
    assert re.fullmatch(r"site\.[0-9a-f]{12}\.css", name)
    assert (collected / "css" / f"{name}.gz").exists()

    client = Client()
    page = client.get("/he/news/").content.decode()
    response = client.get(f"/static/css/{name}")

    assert f"/static/css/{name}" in page
    assert response.status_code == HTTPStatus.OK
    cache_control = response["Cache-Control"]
    assert "immutable" in cache_control
    assert "max-age=315360000" in cache_control
