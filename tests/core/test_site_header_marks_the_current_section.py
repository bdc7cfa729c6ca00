"""The header and footer are the same on every page of a language and are
drawn once per process ({% memoize %}); they must still say which section
the visitor is in and speak the page's language."""

import re

import pytest
from django.test import override_settings

from core.templatetags import community_tags

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
    assert community_tags._fragments

    with override_settings(STATIC_URL="/elsewhere/"):
        assert not community_tags._fragments
        html = client.get("/he/news/").content.decode()

    assert 'href="/elsewhere/css/site' in html


@override_settings(DEBUG=True)
def test_nothing_is_kept_while_developing(client):
    community_tags.clear_memoized_fragments()

    client.get("/he/news/")

    assert not community_tags._fragments
