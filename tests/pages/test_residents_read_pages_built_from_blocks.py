"""A page staff built shows its blocks in order, in the visitor's
language: rich text, an image from the library with its caption and
credit, a pull quote, a button, questions that open without JavaScript, a
contact card, a download that says its type and size, a video from
YouTube's privacy-enhanced domain, the latest news of a topic and partner
cards, only what the site shows."""

import re
from datetime import timedelta
from http import HTTPStatus

import pytest
from django.utils import timezone, translation

from pages.models import (
    CallToAction,
    ContactCard,
    Download,
    ImageBlock,
    LatestArticles,
    PartnerCards,
    PullQuote,
    Video,
    page_blocks_in_order,
)
from pages.rendering import page_blocks
from tests.articles.factories import ArticleFactory, TopicFactory
from tests.library.factories import DocumentFactory, ImageFactory
from tests.pages.factories import PageFactory, QuestionFactory, RichTextFactory
from tests.sites.conftest import PORTAL

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_page(cities):
    alpha, beta = cities
    page = PageFactory(site=alpha.site, title_he="איך מתנדבים", slug_he="התנדבות")
    RichTextFactory(
        parent=page, ordering=10, text_he="<h2>למה</h2><p>כי <script>x</script>טוב.</p>"
    )
    image = ImageFactory(
        municipality=alpha.municipality, caption_he="מתנדבים במרכז", credit_he="דוברות"
    )
    ImageBlock.objects.create(parent=page, region="main", ordering=20, image=image)
    PullQuote.objects.create(
        parent=page,
        region="main",
        ordering=30,
        text_he="זה משנה חיים",
        speaker_he="רותי",
    )
    CallToAction.objects.create(
        parent=page,
        region="main",
        ordering=40,
        label_he="להרשמה",
        target_he="/he/partners/submit/",
    )
    QuestionFactory(parent=page, ordering=50)
    ContactCard.objects.create(
        parent=page, region="main", ordering=60, name_he="דנה", phone="08-9000000"
    )
    document = DocumentFactory(municipality=alpha.municipality, title_he="טופס התנדבות")
    Download.objects.create(parent=page, region="main", ordering=70, document=document)
    Video.objects.create(
        parent=page,
        region="main",
        ordering=80,
        url="https://youtu.be/dQw4w9WgXcQ",
        title_he="סרטון על התנדבות",
    )
    topic = TopicFactory(name_he="התנדבות")
    ours = ArticleFactory(
        municipality=alpha.municipality,
        topics=[topic],
        title_he="כתבה שלנו",
    )
    ArticleFactory(
        municipality=beta.municipality,
        topics=[topic],
        title_he="כתבה שלהם",
    )
    LatestArticles.objects.create(
        parent=page, region="main", ordering=90, topic=topic, count=3
    )
    cards = PartnerCards.objects.create(
        parent=page, region="main", ordering=100, heading_he="שותפים"
    )
    cards.partners.set([alpha.partner, beta.partner])
    return page, ours


def test_the_blocks_are_shown_in_order(client, cities, full_page):
    alpha, _beta = cities
    _page, _ours = full_page

    response = client.get("/he/התנדבות/", HTTP_HOST=alpha.host)
    html = response.content.decode()

    assert response.status_code == HTTPStatus.OK
    body = html.split('<div class="page__body">', 1)[1]
    order = [
        "<h2>למה</h2>",
        "מתנדבים במרכז",
        "זה משנה חיים",
        "להרשמה",
        "<summary>איך מתנדבים?</summary>",
        "דנה",
        "טופס התנדבות",
        "youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "כתבה שלנו",
        "שותפים",
    ]
    positions = [body.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert "<script>" not in body
    assert 'title="סרטון על התנדבות"' in body
    assert "כתבה שלהם" not in body
    assert alpha.partner.name in body
    assert cities[1].partner.name not in body
    assert re.search(r"\(PDF, [^)]+\)", body)


def test_questions_open_without_javascript(client, cities, full_page):
    alpha, _beta = cities

    html = client.get("/he/התנדבות/", HTTP_HOST=alpha.host).content.decode()

    assert re.search(
        r'<details class="block faq">\s*<summary>איך מתנדבים\?</summary>', html
    )


def test_only_youtubes_privacy_enhanced_player_may_be_framed(client, cities, full_page):
    alpha, _beta = cities

    response = client.get("/he/התנדבות/", HTTP_HOST=alpha.host)

    policy = response["Content-Security-Policy"]
    assert "frame-src https://www.youtube-nocookie.com" in policy
    assert "frame-ancestors 'none'" in policy


def test_a_page_is_at_its_own_sites_address_only(client, cities, full_page):
    _alpha, beta = cities

    assert client.get("/he/התנדבות/", HTTP_HOST=beta.host).status_code == 404
    assert client.get("/he/התנדבות/", HTTP_HOST=PORTAL).status_code == 404


def test_a_page_speaks_the_visitors_language_and_falls_back_to_hebrew(client, cities):
    alpha, _beta = cities
    page = PageFactory(
        site=alpha.site,
        title_he="מרכזים קהילתיים",
        title_en="Community centres",
        slug_he="מרכזים",
        slug_en="centres",
        title_ar="",
    )
    RichTextFactory(parent=page, text_he="<p>שלום</p>", text_en="<p>Hello</p>")

    english = client.get("/en/centres/", HTTP_HOST=alpha.host).content.decode()
    arabic = client.get("/ar/מרכזים/", HTTP_HOST=alpha.host)

    assert "<h1>Community centres</h1>" in english and "<p>Hello</p>" in english
    assert arabic.status_code == HTTPStatus.OK
    assert '<h1 lang="he" dir="rtl">מרכזים קהילתיים</h1>' in arabic.content.decode()


def test_the_page_has_breadcrumbs_and_structured_data(client, cities):
    alpha, _beta = cities
    parent = PageFactory(
        site=alpha.site, title_en="Volunteering", slug_en="volunteering"
    )
    child = PageFactory(
        site=alpha.site, parent=parent, title_en="Seniors", slug_en="seniors"
    )

    with translation.override("en"):
        path = child.get_absolute_url()
    html = client.get(path, HTTP_HOST=alpha.host).content.decode()

    assert path == "/en/volunteering/seniors/"
    crumbs = html.split('<nav class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/en/volunteering/"' in crumbs and 'aria-current="page"' in crumbs
    assert '"@type": "BreadcrumbList"' in html
    assert '"item": "http://alpha.example.org/en/volunteering/"' in html


def test_drawing_a_page_costs_the_same_queries_for_more_blocks(
    client, cities, page_cache_off, django_assert_num_queries
):
    alpha, _beta = cities
    page = PageFactory(site=alpha.site, slug_he="שאלות")
    QuestionFactory(parent=page)
    RichTextFactory(parent=page)
    client.get("/he/שאלות/", HTTP_HOST=alpha.host)
    # The page, and its blocks of every kind.
    with django_assert_num_queries(2):
        client.get("/he/שאלות/", HTTP_HOST=alpha.host)
    for _index in range(10):
        QuestionFactory(parent=page)
        RichTextFactory(parent=page)
    client.get("/he/שאלות/", HTTP_HOST=alpha.host)

    with django_assert_num_queries(2):
        client.get("/he/שאלות/", HTTP_HOST=alpha.host)


def test_a_page_of_every_kind_of_block_is_drawn_in_a_few_queries(
    client, cities, full_page, page_cache_off, django_assert_num_queries
):
    alpha, _beta = cities
    page, _ours = full_page
    page.parent = PageFactory(site=alpha.site, slug_he="קהילה")
    page.save()
    path = "/he/קהילה/התנדבות/"
    assert client.get(path, HTTP_HOST=alpha.host).status_code == HTTPStatus.OK

    # The page, its ancestors, its blocks of ten kinds with the photo, the
    # file and the topic they show, the latest news of the topic, the
    # partners and their fields of action.
    with django_assert_num_queries(6):
        html = client.get(path, HTTP_HOST=alpha.host).content.decode()

    assert "מתנדבים במרכז" in html and "טופס התנדבות" in html
    assert "כתבה שלנו" in html and alpha.partner.name in html


def test_a_block_reads_as_the_model_reads_it(cities, full_page):
    page, _ours = full_page
    blocks = page_blocks_in_order(page)

    for block in blocks:
        stored = type(block).objects.get(pk=block.pk)
        for field in block._meta.concrete_fields:
            assert getattr(block, field.attname) == getattr(stored, field.attname)
    image_block = next(block for block in blocks if isinstance(block, ImageBlock))
    assert image_block.image == image_block.image.__class__.objects.get(
        pk=image_block.image_id
    )
    assert image_block.image.caption == "מתנדבים במרכז"
    assert image_block.image.file.url.startswith("/media/")


def test_lists_of_several_topics_cost_one_query_together(
    cities, page_cache_off, django_assert_num_queries
):
    alpha, beta = cities
    culture, sport = TopicFactory(name_he="תרבות"), TopicFactory(name_he="ספורט")
    now = timezone.now()
    both = ArticleFactory(
        municipality=alpha.municipality,
        topics=[culture, sport],
        title_he="מרוץ הלילה עם להקה",
        published_at=now - timedelta(days=1),
    )
    for days, title in ((2, "הופעה בפארק"), (3, "ערב שירה"), (4, "תערוכה ישנה")):
        ArticleFactory(
            municipality=alpha.municipality,
            topics=[culture],
            title_he=title,
            published_at=now - timedelta(days=days),
        )
    ArticleFactory(municipality=beta.municipality, topics=[sport], title_he="של אחרים")
    page = PageFactory(site=alpha.site)
    for ordering, topic, count in ((10, culture, 3), (20, sport, 2), (30, culture, 1)):
        LatestArticles.objects.create(
            parent=page, region="main", ordering=ordering, topic=topic, count=count
        )

    # The blocks, and the articles of all three lists.
    with django_assert_num_queries(2):
        blocks = page_blocks(page, alpha.site)

    assert [[article.title for article in block.articles] for block in blocks] == [
        [both.title, "הופעה בפארק", "ערב שירה"],
        [both.title],
        [both.title],
    ]
