"""What screen readers and keyboard users rely on, checked in the HTML of
every public page type (the browser tests add axe-core on top): landmarks, a
skip link, one h1 and headings in order, alt text, form errors tied to their
fields, and the language of text that is not in the page's language."""

import datetime
import itertools
import re

import pytest
from django.utils import timezone

from tests.articles.factories import ArticleFactory, QuoteFactory
from tests.core.factories import (
    AccessibilityStatementFactory,
    CommunityDepartmentFactory,
)
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db

PAGES = {
    "home": "",
    "news": "news/",
    "article": "news/story/",
    "departments": "departments/",
    "department": "departments/community-rehovot/",
    "partnerships": "partnerships/",
    "partnership": "partnerships/rehovot-minneapolis/",
    "directory": "partners/",
    "partner": "partners/makom/",
    "spotlight": "partners/meet-the-partner/",
    "accessibility": "accessibility/",
    "not found": "no-such-page/",
}


@pytest.fixture
def content():
    partnership = PartnershipFactory(slug="rehovot-minneapolis")
    DelegationFactory(partnership=partnership)
    article = ArticleFactory(slug_en="story", slug_he="story", partnership=partnership)
    QuoteFactory(article=article)
    CommunityDepartmentFactory(slug="community-rehovot")
    partner = PartnerOrganizationFactory(
        slug="makom",
        is_spotlight=True,
        spotlight_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    PartnerOrganizationFactory(
        is_spotlight=True,
        spotlight_date=timezone.localdate() - datetime.timedelta(days=30),
    ).member_organizations.set([partner])
    AccessibilityStatementFactory()


@pytest.mark.parametrize("language", ["he", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_page_has_landmarks_one_h1_and_headings_in_order(
    client, content, page, language
):
    html = client.get(f"/{language}/{PAGES[page]}").content.decode()

    assert re.search(r'<a class="skip-link" href="#main">', html)
    assert '<main id="main"' in html
    for landmark in ("<header", "<nav", "<footer"):
        assert landmark in html
    levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]
    assert levels.count(1) == 1 and levels[0] == 1, levels
    for previous, current in itertools.pairwise(levels):
        assert current <= previous + 1, f"h{previous} followed by h{current}"
    for image in re.findall(r"<img [^>]*>", html):
        assert re.search(r'\balt="', image), image
    assert f'href="/{language}/accessibility/"' in html


def test_filter_error_is_tied_to_its_field(client):
    html = client.get("/en/news/?municipality=nowhere").content.decode()

    select = re.search(r'<select name="municipality"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in select
    assert 'aria-describedby="id_municipality_error"' in select
    assert re.search(r'<p class="field-error" id="id_municipality_error">', html)
    assert "Error:" in html


def test_text_falling_back_to_hebrew_is_marked_as_hebrew(client):
    article = ArticleFactory(
        slug_he="only-hebrew",
        title_he="כותרת בעברית בלבד",
        title_ar="",
        lede_he="תקציר בעברית",
        lede_ar="",
        body_he="<p>גוף בעברית</p>",
        body_ar="",
    )

    html = client.get(f"/ar/news/{article.slug_he}/").content.decode()

    assert '<h1 lang="he" dir="rtl">כותרת בעברית בלבד</h1>' in html
    assert '<p class="article__lede" lang="he" dir="rtl">תקציר בעברית</p>' in html
    assert '<div class="article__text" lang="he" dir="rtl"><p>גוף בעברית</p>' in html


def test_translated_text_carries_the_pages_language(client):
    ArticleFactory(slug_en="translated", title_en="Translated", lede_en="Summary")

    html = client.get("/en/news/translated/").content.decode()

    assert "<h1>Translated</h1>" in html
    assert '<p class="article__lede">Summary</p>' in html


def test_hebrew_names_in_an_english_list_are_marked(client):
    PartnerOrganizationFactory(name_he="מקום", name_en="")
    PartnerOrganizationFactory(name_en="Golden Neighbours")

    html = client.get("/en/partners/").content.decode()

    assert re.search(
        r'<h2 class="card__title" lang="he" dir="rtl"><a [^>]*>מקום</a>', html
    )
    assert re.search(r'<h2 class="card__title"><a [^>]*>Golden Neighbours</a>', html)


def test_hebrew_pages_mark_no_hebrew_text(client, content):
    html = client.get("/he/news/story/").content.decode()

    # Only the language switcher names another language.
    assert re.findall(r"\slang=\"(\w+)\"", html).count("he") == 2  # <html>, switcher
