"""A network administrator logs in with a second factor, builds a Hebrew
page of a city's site in the admin from one block of each kind (through
the content editor's "add new item" control), publishes it and links it
from the site's main menu; residents then read it in Hebrew, Arabic and
English: every block shown, the menu link marked as the current page, no
WCAG 2.1 A or AA violation found by axe-core, no sideways scrolling on a
320 px phone. Screenshots are kept in test-artifacts/screenshots/
page-blocks-<language>-<width>.png and admin-page-blocks-he.png.

Each check that can fail on its own (the Content Security Policy of each
screen, the rich-text editor, the publish button, the current menu link,
axe and the layout in each language) is a subtest, so that one run names
every failure; the test fails with them. Where the scenario cannot go on
without the missing piece, it goes on the plainest other way (the text
area under the editor, the page list's publish action), still failing."""

import re
from urllib.parse import quote, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from municipalities.workflow import WorkflowStatus
from pages.models import (
    BLOCK_MODELS,
    CallToAction,
    ContactCard,
    Download,
    ImageBlock,
    LatestArticles,
    Page,
    PartnerCards,
    PullQuote,
    Question,
    RichText,
    Video,
)
from sites.models import MenuItem
from tests.articles.factories import ArticleFactory, TopicFactory
from tests.browser.public_pages import LANGUAGES
from tests.browser.test_article_goes_from_draft_to_published import (
    PASSWORD,
    _log_in,
    _pick_autocomplete,
)
from tests.browser.test_pages_fit_phones_and_desktops import DESKTOP, OVERFLOW, PHONE
from tests.browser.test_public_pages_pass_axe import AXE, axe_violations, describe
from tests.core.factories import MunicipalityFactory
from tests.library.factories import DocumentFactory, ImageFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.sites.factories import SiteFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "התנדבות בקהילה"
SLUG = "התנדבות"
MENU_LABEL = "מתנדבים"
TEXT = "מתנדבים הם הלב של הקהילה שלנו."
VIDEO_TITLE = "סרטון: יום התנדבות בשכונה"


class City:
    """What the page is built from, made beforehand: a municipality whose
    site answers at "localhost" (the live server's host), a library image
    and document, a topic with a published article, a partner serving the
    municipality, and a network administrator with a second factor."""

    def __init__(self):
        self.municipality = MunicipalityFactory(
            name_he="רחובות", name_ar="رحوفوت", name_en="Rehovot", slug="rehovot"
        )
        self.site = SiteFactory(
            municipality=self.municipality,
            hostname="localhost",
            name_he="קהילה ברחובות",
            name_ar="المجتمع في رحوفوت",
            name_en="Community in Rehovot",
        )
        self.image = ImageFactory(
            municipality=self.municipality,
            alt_text_he="מתנדבים אורזים חבילות מזון במרכז הקהילתי",
            alt_text_ar="متطوعون يحزمون طرود الغذاء في المركز الجماهيري",
            alt_text_en="Volunteers packing food parcels at the community centre",
        )
        self.document = DocumentFactory(
            municipality=self.municipality,
            title_he="טופס הרשמה למתנדבים",
            title_en="Volunteer registration form",
        )
        self.topic = TopicFactory(name_he="התנדבות", name_en="Volunteering")
        self.article = ArticleFactory(
            municipality=self.municipality,
            topics=[self.topic],
            title_he="מאה מתנדבים חדשים בשכונות",
            title_en="A hundred new volunteers in the neighbourhoods",
        )
        self.partner = PartnerOrganizationFactory(
            name_he="עמותת יד ביד", name_en="Hand in Hand"
        )
        self.partner.municipalities.set([self.municipality])
        self.admin = get_user_model().objects.create_superuser(
            "root", "root@example.org", PASSWORD
        )
        self.device = TOTPDevice.objects.create(
            user=self.admin, name="phone", confirmed=True
        )


class Steps:
    """Checks that fail on their own, as subtests, and are counted for the
    test itself."""

    def __init__(self, subtests, csp_violations):
        self.subtests = subtests
        self.csp_violations = csp_violations
        self.failed = []

    def check(self, name, assertion, *args):
        with self.subtests.test(msg=name):
            try:
                assertion(*args)
            except AssertionError:
                self.failed.append(name)
                raise

    def kept_to_the_policy(self, screen):
        def no_violation():
            violations = self.csp_violations.take()
            assert not violations, "\n".join([f"{screen}:", *violations])

        self.check(f"{screen}: Content Security Policy", no_violation)


def _is_shown(locator, what):
    try:
        locator.wait_for(state="visible", timeout=5_000)
    except PlaywrightTimeoutError:
        raise AssertionError(f"{what} is not shown: {locator}") from None


def _is_the_current_page(link):
    expect(link).to_have_attribute("aria-current", "page")


def _assert_no_violation(page, violations):
    assert not violations, f"{page.url}\n{describe(violations)}"


def _assert_fits(page, overflow):
    assert overflow["excess"] == 0, f"{page.url} scrolls sideways: {overflow}"


def _log_in_with_second_factor(page, base_url, city):
    _log_in(page, base_url, city.admin.username)
    expect(page).to_have_url(re.compile(r"/admin/2fa/verify/"))
    page.fill("#id_token", f"{totp(city.device.bin_key):06d}")
    page.click("input[type=submit]")
    expect(page).not_to_have_url(re.compile(r"/admin/(login|2fa)/"))


def _add_block(page, model):
    """Add a block of ``model`` at the end of the page's content, through
    the content editor's insert target and its list of block types; the
    id prefix of its fields, e.g. ``id_pages_question_set-0``."""
    prefix = f"{model._meta.app_label}_{model._meta.model_name}_set"
    index = page.locator(f".order-machine .dynamic-{prefix}").count()
    page.locator(".order-machine-insert-target.last").click()
    button = page.locator(
        f".plugin-buttons .plugin-button[data-plugin-prefix='{prefix}']"
    )
    expect(button).to_be_visible()
    button.click()
    expect(page.locator(f"#{prefix}-{index}")).to_be_visible()
    return f"id_{prefix}-{index}"


def _fill_blocks(page, city, steps):
    """One block of each kind, its Hebrew fields filled."""
    block = _add_block(page, RichText)
    editor = page.locator(
        f".prose-editor:has(#{block}-text_he) .ProseMirror[contenteditable=true]"
    )
    steps.check(
        "the rich-text block has the rich-text editor",
        _is_shown,
        editor,
        "The rich-text editor (django-prose-editor) of the block's Hebrew text",
    )
    if editor.count():
        editor.click()
        page.keyboard.type(TEXT)
    else:
        # Failed above; the plain text area still lets the page be saved.
        page.fill(f"#{block}-text_he", f"<p>{TEXT}</p>")

    block = _add_block(page, ImageBlock)
    page.fill(f"#{block}-image", str(city.image.pk))

    block = _add_block(page, PullQuote)
    page.fill(f"#{block}-text_he", "ההתנדבות שינתה לי את החיים.")
    page.fill(f"#{block}-speaker_he", "רותי כהן")

    block = _add_block(page, CallToAction)
    page.fill(f"#{block}-label_he", "לכל החדשות")
    page.fill(f"#{block}-target_he", "/he/news/")

    block = _add_block(page, Question)
    page.fill(f"#{block}-question_he", "איך מצטרפים למתנדבים?")
    page.fill(f"#{block}-answer_he", "ממלאים את טופס ההרשמה ושולחים אותו אלינו.")

    block = _add_block(page, ContactCard)
    page.fill(f"#{block}-name_he", "דנה לוי")
    page.fill(f"#{block}-role_he", "רכזת המתנדבים")
    page.fill(f"#{block}-phone", "08-9392000")
    page.fill(f"#{block}-email", "volunteers@example.org")

    block = _add_block(page, Download)
    page.fill(f"#{block}-document", str(city.document.pk))

    block = _add_block(page, Video)
    page.fill(f"#{block}-url", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    page.fill(f"#{block}-title_he", VIDEO_TITLE)

    block = _add_block(page, LatestArticles)
    page.select_option(f"#{block}-topic", str(city.topic.pk))
    page.fill(f"#{block}-count", "3")

    block = _add_block(page, PartnerCards)
    page.fill(f"#{block}-heading_he", "הארגונים השותפים")
    _pick_autocomplete(page, f"{block}-partners", city.partner.name_he)


def _blocks_of(built):
    blocks = [
        block for model in BLOCK_MODELS for block in model.objects.filter(parent=built)
    ]
    return sorted(blocks, key=lambda block: block.ordering)


def _check_blocks(page, city):
    """Each block, as residents see it in Hebrew."""
    body = page.locator(".page__body")
    expect(body.locator(".block--text")).to_contain_text(TEXT)
    image = body.locator(".block--image img")
    expect(image).to_have_attribute("alt", city.image.alt_text_he)
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "(img) => img.complete && img.naturalWidth > 0",
        arg=image.element_handle(),
        timeout=5_000,
    )
    expect(body.locator(".pull-quote")).to_contain_text("רותי כהן")
    expect(body.locator(".block--action a")).to_have_attribute("href", "/he/news/")
    faq = body.locator("details.faq")
    expect(faq.locator(".faq__answer")).not_to_be_visible()
    faq.locator("summary").click()
    expect(faq).to_have_attribute("open", "")
    expect(faq.locator(".faq__answer")).to_be_visible()
    expect(faq.locator(".faq__answer")).to_contain_text("טופס ההרשמה")
    expect(body.locator(".contact-card")).to_contain_text("דנה לוי")
    download = body.locator("a.document-link")
    expect(download).to_contain_text(city.document.title_he)
    # Its type and size, before it is opened.
    expect(download.locator(".document-link__details")).to_have_text(
        re.compile(r"^\(PDF, \d[^)]*\)$")
    )
    video = body.locator(".block--video iframe")
    expect(video).to_have_attribute(
        "src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    )
    expect(video).to_have_attribute("title", VIDEO_TITLE)
    expect(body.locator(".block--articles .article-card")).to_contain_text(
        city.article.title_he
    )
    expect(body.locator(".block--partners .partner-card")).to_contain_text(
        city.partner.name_he
    )


def test_staff_build_a_page_from_blocks_and_residents_read_it(
    live_server, page, csp_violations, screenshot, subtests
):
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make browser-deps`.")
    city = City()
    base = live_server.url
    assert urlsplit(base).hostname == "localhost"
    steps = Steps(subtests, csp_violations)

    # The administrator builds the page, block by block…
    _log_in_with_second_factor(page, base, city)
    page.goto(base + reverse("admin:pages_page_add"))
    page.fill("#id_title_he", TITLE)
    page.fill("#id_slug_he", SLUG)
    page.select_option("#id_site", str(city.site.pk))
    _fill_blocks(page, city, steps)
    # Each block added shows one language at a time, Hebrew first.
    quoted_block = page.locator(
        ".inline-related:not(.empty-form):has([id$='-speaker_he'])"
    )
    expect(quoted_block.locator(".block-languages button")).to_have_count(3)
    expect(quoted_block.locator("[id$='-speaker_ar']")).to_be_hidden()
    quoted_block.locator(".block-languages button[lang=ar]").click()
    expect(quoted_block.locator("[id$='-speaker_ar']")).to_be_visible()
    expect(quoted_block.locator("[id$='-speaker_he']")).to_be_hidden()
    quoted_block.locator(".block-languages button[lang=he]").click()
    screenshot(page, "admin-page-blocks-he")
    steps.kept_to_the_policy("the page form, with a block of each kind")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    built = Page.objects.get()
    assert [type(block) for block in _blocks_of(built)] == BLOCK_MODELS

    # …publishes it…
    # (Both submit rows, above and below the form, have the buttons.)
    publish = page.locator("input[name=_workflow_publish]").first
    steps.check(
        "the page form has the workflow's publish button",
        _is_shown,
        publish,
        "The saved draft's publish button (_workflow_publish)",
    )
    if publish.count():
        publish.click()
        expect(page.locator(".workflow-state").first).to_contain_text("פורסם")
    else:
        # Failed above; the page list's workflow action publishes it instead.
        page.goto(base + reverse("admin:pages_page_changelist"))
        page.check(f"input[name=_selected_action][value='{built.pk}']")
        page.select_option("select[name=action]", "workflow_publish")
        page.click("button[name=index]")
        expect(page.locator(".messagelist .success")).to_be_visible()
    built.refresh_from_db()
    assert built.status == WorkflowStatus.PUBLISHED and built.is_published
    steps.kept_to_the_policy("the page saved and published")

    # …and links it from the site's main menu.
    page.goto(base + reverse("admin:sites_site_change", args=[city.site.pk]))
    page.locator("#menu_items-group .add-row a").click()
    page.select_option("#id_menu_items-0-menu", MenuItem.Menu.MAIN)
    page.fill("#id_menu_items-0-label_he", MENU_LABEL)
    page.select_option("#id_menu_items-0-section", f"page:{built.pk}")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert city.site.menu_items.get().section == f"page:{built.pk}"
    steps.kept_to_the_policy("the site's menu links")

    # A resident reads it: the menu says which page this is; every block.
    page.context.clear_cookies()
    page.goto(f"{base}/he/{quote(SLUG)}/")
    expect(page.locator("h1")).to_have_text(TITLE)
    menu_link = page.locator(".main-nav a", has_text=MENU_LABEL)
    expect(menu_link).to_have_count(1)
    steps.check(
        "the menu link to the page is marked as the current page",
        _is_the_current_page,
        menu_link,
    )
    _check_blocks(page, city)

    # In every language (Arabic and English at the Hebrew address, the
    # page having no slug of theirs): axe, a phone and a desktop.
    for language in LANGUAGES:
        page.set_viewport_size(DESKTOP)
        page.goto(f"{base}/{language}/{quote(SLUG)}/")
        assert page.evaluate("document.documentElement.lang") == language
        expect(page.locator("h1")).to_have_text(TITLE)
        violations = axe_violations(page)
        screenshot(page, f"page-blocks-{language}-{DESKTOP['width']}")
        page.set_viewport_size(PHONE)
        overflow = page.evaluate(OVERFLOW)
        screenshot(page, f"page-blocks-{language}-{PHONE['width']}")

        steps.check(
            f"{language}: no WCAG 2.1 A/AA violation",
            _assert_no_violation,
            page,
            violations,
        )
        steps.check(
            f"{language}: fits a {PHONE['width']} px phone",
            _assert_fits,
            page,
            overflow,
        )
        steps.kept_to_the_policy(f"the page in {language}")

    # Also fail the test itself, naming every failed step.
    assert not steps.failed, steps.failed
