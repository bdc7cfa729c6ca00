"""What a page says about itself to search engines, feed readers and
social networks carries the host of the site it was read on: canonical,
hreflang, Open Graph, JSON-LD, feeds, the sitemap and robots.txt."""

import json
import re

import pytest
from django.utils import translation
from lxml import etree

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _json_ld(html):
    return [
        json.loads(script)
        for script in re.findall(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        )
    ]


def _addresses(html):
    """Every absolute address in the page's head."""
    head = html.split("</head>", 1)[0]
    return re.findall(r'(?:href|content)="(https?://[^"]+)"', head)


def test_an_articles_page_names_only_its_sites_host(client, cities):
    alpha, _beta = cities
    with translation.override("en"):
        path = alpha.article.get_absolute_url()

    response = client.get(path, HTTP_HOST=alpha.host, secure=True)
    html = response.content.decode()

    assert f'<link rel="canonical" href="https://alpha.example.org{path}">' in html
    assert 'hreflang="he" href="https://alpha.example.org/he/' in html
    assert f'<meta property="og:url" content="https://alpha.example.org{path}">' in html
    assert '<meta property="og:site_name" content="Community alpha">' in html
    addresses = _addresses(html)
    assert addresses
    assert all(a.startswith("https://alpha.example.org/") for a in addresses)
    (article,) = [d for d in _json_ld(html) if d["@type"] == "NewsArticle"]
    assert article["url"] == f"https://alpha.example.org{path}"
    assert article["mainEntityOfPage"]["@id"] == f"https://alpha.example.org{path}"


def test_the_home_page_describes_the_site_by_its_name(client, cities):
    alpha, _beta = cities

    html = client.get("/en/", HTTP_HOST=alpha.host).content.decode()

    (website,) = _json_ld(html)
    assert website["name"] == "Community alpha"
    assert website["url"] == "http://alpha.example.org/"
    assert "<title>Community alpha</title>" in html


def test_feeds_link_to_the_site_they_were_read_on(client, cities):
    alpha, _beta = cities

    feed = etree.fromstring(
        client.get("/en/news/feeds/rss/", HTTP_HOST=alpha.host).content
    )

    channel = feed.find("channel")
    assert channel.findtext("title") == "Community alpha: news"
    assert channel.findtext("link") == "http://alpha.example.org/en/news/"
    links = [item.findtext("link") for item in channel.findall("item")]
    assert links
    assert all(link.startswith("http://alpha.example.org/en/news/") for link in links)


def test_the_sitemap_lists_addresses_of_this_site_only(client, cities):
    alpha, _beta = cities

    sitemap = etree.fromstring(client.get("/sitemap.xml", HTTP_HOST=alpha.host).content)

    locations = [url.findtext(f"{SITEMAP}loc") for url in sitemap.iter(f"{SITEMAP}url")]
    assert locations
    assert all(loc.startswith("http://alpha.example.org/") for loc in locations)
    with translation.override("he"):
        assert (
            f"http://alpha.example.org{alpha.article.get_absolute_url()}" in locations
        )


def test_robots_txt_points_at_this_sites_sitemap(client, cities):
    alpha, _beta = cities

    robots = client.get("/robots.txt", HTTP_HOST=alpha.host).content.decode()

    assert "Sitemap: http://alpha.example.org/sitemap.xml" in robots
