"""The header and footer are the same on every page of a language and are
kept in Django's cache ({% cache %}); they must still say which section the
visitor is in, speak the page's language and follow the code they were
drawn with."""

import re
from unittest import mock

import pytest
from django.test import override_settings

from core.page_cache import content_changed, everything_changed

pytestmark = pytest.mark.django_db


def current_nav_links(html):
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)" aria-current="page">', nav)


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("/he/news/", ["/he/news/"]),
        ("/he/departments/", ["/he/departments/"]),
        ("/he/partners/", ["/he/partners/"]),
        ("/he/partners/submit/", ["/he/partners/"]),
        ("/he/partners/meet-the-partner/", ["/he/partners/meet-the-partner/"]),
        ("/he/", []),
    ],
)
def test_the_section_of_the_page_is_marked_current(client, path, current):
    # Visit the other sections first, so that their drawn headers are kept.
    for other in ("/he/news/", "/he/departments/", "/he/"):
        client.get(other)

    html = client.get(path).content.decode()

    assert current_nav_links(html) == current


def test_the_header_and_footer_follow_the_language_of_the_page(client):
    hebrew = client.get("/he/news/").content.decode()
    english = client.get("/en/news/").content.decode()
    arabic = client.get("/ar/news/").content.decode()

    assert current_nav_links(english) == ["/en/news/"]
    assert "Accessibility statement" in english
    assert "הצהרת נגישות" in hebrew
    assert "Accessibility statement" not in hebrew
    assert 'href="/ar/accessibility/"' in arabic


def test_a_changed_setting_draws_the_header_again(client):
    client.get("/he/news/")

    with override_settings(STATIC_URL="/elsewhere/"):
        html = client.get("/he/news/").content.decode()

    assert 'href="/elsewhere/css/site' in html


def _header_drawn_with(client, search_form):
    with mock.patch(
        "django.template.loader_tags.IncludeNode.render",
        return_value=f"<form>{search_form}</form>",
    ):
        html = client.get("/he/news/").content.decode()
    return re.search(r"<header.*?</header>", html, re.S).group(0)


def test_the_header_is_kept_until_the_site_version_changes(client):
    first = _header_drawn_with(client, "first drawing")
    kept = _header_drawn_with(client, "second drawing")
    # The header shows no content: saving some leaves it drawn.
    content_changed()
    kept_after_a_save = _header_drawn_with(client, "third drawing")
    everything_changed()
    redrawn = _header_drawn_with(client, "fourth drawing")

    assert "first drawing" in first
    assert "first drawing" in kept
    assert "first drawing" in kept_after_a_save
    assert "fourth drawing" in redrawn


@override_settings(DEBUG=True)
def test_development_keeps_the_header_as_production_does(client):
    everything_changed()
    _header_drawn_with(client, "first drawing")

    assert "first drawing" in _header_drawn_with(client, "second drawing")
