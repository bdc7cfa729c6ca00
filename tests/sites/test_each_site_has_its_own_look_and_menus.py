"""A site's header, menus and footer are its own: name, logo, colours
through a stylesheet the site serves (the content security policy allows
no inline style), contact details, social links and the menus its
publishers set, or the usual sections until they do."""

import re
from http import HTTPStatus

import pytest
from django.utils import translation

from sites.models import MenuItem
from tests.images import image_upload
from tests.library.factories import ImageFactory
from tests.sites.conftest import PORTAL
from tests.sites.factories import MenuItemFactory

pytestmark = pytest.mark.django_db


def _main_menu(html):
    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)"( aria-current="page")?>([^<]+)</a>', nav)


def test_a_new_site_shows_the_usual_sections(client, cities):
    alpha, _beta = cities

    links = _main_menu(client.get("/en/", HTTP_HOST=alpha.host).content.decode())

    assert [label for _href, _current, label in links] == [
        "News",
        "What&#x27;s on",
        "Community departments",
        "City partnerships",
        "Partner directory",
        "Meet the partner",
    ]


def test_a_sites_own_menu_replaces_the_usual_one(client, cities):
    alpha, beta = cities
    MenuItemFactory(site=alpha.site, label_en="Our news", section="articles:list")
    MenuItemFactory(
        site=alpha.site,
        label_en="City hall",
        section="",
        url="https://city.example.org/",
    )

    on_alpha = _main_menu(
        client.get("/en/news/", HTTP_HOST=alpha.host).content.decode()
    )
    on_beta = _main_menu(client.get("/en/news/", HTTP_HOST=beta.host).content.decode())

    assert on_alpha == [
        ("/en/news/", ' aria-current="page"', "Our news"),
        ("https://city.example.org/", "", "City hall"),
    ]
    assert next(label for *_rest, label in on_beta) == "News"


def test_menu_labels_follow_the_visitors_language(client, cities):
    alpha, _beta = cities
    MenuItemFactory(site=alpha.site, label_he="חדשות העיר", label_en="City news")

    hebrew = _main_menu(client.get("/he/", HTTP_HOST=alpha.host).content.decode())
    arabic = _main_menu(client.get("/ar/", HTTP_HOST=alpha.host).content.decode())

    assert hebrew == [("/he/news/", "", "חדשות העיר")]
    # No Arabic label yet: the Hebrew one, as everywhere.
    assert arabic == [("/ar/news/", "", "חדשות העיר")]


def test_a_page_within_a_section_marks_that_sections_link(client, cities):
    alpha, _beta = cities
    with translation.override("en"):
        path = alpha.article.get_absolute_url()

    links = _main_menu(client.get(path, HTTP_HOST=alpha.host).content.decode())

    assert [label for _href, current, label in links if current] == ["News"]


def test_a_menu_link_must_point_somewhere_and_only_somewhere(cities):
    from django.core.exceptions import ValidationError

    alpha, _beta = cities
    for section, url in (("", ""), ("articles:list", "https://x.example.org/")):
        item = MenuItem(site=alpha.site, label_he="קישור", section=section, url=url)
        with pytest.raises(ValidationError):
            item.full_clean()


def test_the_footer_shows_the_sites_contact_details_and_social_links(client, cities):
    alpha, _beta = cities
    site = alpha.site
    site.address_en = "1 Main Street"
    site.phone = "08-123 4567"
    site.email = "community@alpha.example.org"
    site.opening_hours_en = "Sunday to Thursday"
    site.facebook_url = "https://www.facebook.com/alpha"
    site.footer_text_en = "Run by the community department."
    site.save()
    MenuItemFactory(
        site=site,
        menu=MenuItem.Menu.FOOTER,
        label_en="Accessibility",
        section="accessibility",
    )

    html = client.get("/en/", HTTP_HOST=alpha.host).content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]

    assert "1 Main Street" in footer
    assert 'href="tel:08-1234567"' in footer
    assert 'href="mailto:community@alpha.example.org"' in footer
    assert "Sunday to Thursday" in footer
    assert 'href="https://www.facebook.com/alpha"' in footer
    assert "Run by the community department." in footer
    assert '<a href="/en/accessibility/">Accessibility</a>' in footer


def test_colours_come_from_the_sites_own_stylesheet(client, cities):
    alpha, beta = cities
    alpha.site.primary_colour = "#1d4f91"
    alpha.site.accent_colour = "#0f6e6e"
    alpha.site.save()

    html = client.get("/en/", HTTP_HOST=alpha.host).content.decode()
    link = re.search(
        r'<link rel="stylesheet" href="(/site-branding\.css\?v=[^"]+)">', html
    )
    assert link is not None
    assert "style=" not in html and "<style" not in html
    sheet = client.get(link.group(1), HTTP_HOST=alpha.host)

    assert sheet.status_code == HTTPStatus.OK
    assert sheet["Content-Type"] == "text/css; charset=utf-8"
    assert "--color-brand: #1d4f91;" in sheet.content.decode()
    assert "--color-accent: #0f6e6e;" in sheet.content.decode()
    assert "immutable" in sheet["Cache-Control"]
    # A site that keeps the network's colours links no such sheet.
    assert (
        "site-branding.css"
        not in client.get("/en/", HTTP_HOST=beta.host).content.decode()
    )
    assert client.get("/site-branding.css", HTTP_HOST=beta.host).status_code == 404


def test_a_new_colour_is_a_new_stylesheet_address(client, cities):
    alpha, _beta = cities
    alpha.site.primary_colour = "#1d4f91"
    alpha.site.save()
    before = client.get("/en/", HTTP_HOST=alpha.host).content.decode()

    alpha.site.primary_colour = "#0f6e6e"
    alpha.site.save()
    after = client.get("/en/", HTTP_HOST=alpha.host).content.decode()

    pattern = r'href="(/site-branding\.css\?v=[^"]+)"'
    assert re.search(pattern, before).group(1) != re.search(pattern, after).group(1)


def test_the_logo_and_name_are_the_sites(client, cities):
    alpha, _beta = cities
    alpha.site.logo = ImageFactory(
        file=image_upload("logo.png"), alt_text_en="Alpha municipality emblem"
    )
    alpha.site.save()

    html = client.get("/en/", HTTP_HOST=alpha.host).content.decode()
    portal = client.get("/en/", HTTP_HOST=PORTAL).content.decode()

    header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
    assert re.search(
        r'<img class="site-brand__logo" src="[^"]+" alt="Alpha municipality emblem"',
        header,
    )
    assert '<span class="site-brand__name">Community alpha</span>' in header
    assert '<span class="site-brand__name">Community in the city</span>' in portal
