"""Each kind of block checks what staff typed before it is saved: a button
goes to this site or a secure address, a video is YouTube's, a contact card
can be reached, rich text keeps only what the editor offers."""

import pytest
from django.core.exceptions import ValidationError

from pages.models import CallToAction, ContactCard, Video, youtube_video_id
from tests.pages.factories import PageFactory, RichTextFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "target",
    ["javascript:alert(1)", "http://example.org/", "//evil.example.org/", "ftp://x"],
)
def test_a_button_to_an_unsafe_address_is_refused(cities, target):
    alpha, _beta = cities
    block = CallToAction(
        parent=PageFactory(site=alpha.site),
        region="main",
        label_he="כאן",
        target_he=target,
    )

    with pytest.raises(ValidationError) as refused:
        block.full_clean()
    assert "target_he" in refused.value.message_dict


@pytest.mark.parametrize("target", ["/he/partners/submit/", "https://gov.il/x"])
def test_a_button_to_this_site_or_a_secure_address_is_accepted(cities, target):
    alpha, _beta = cities
    CallToAction(
        parent=PageFactory(site=alpha.site),
        region="main",
        label_he="כאן",
        target_he=target,
    ).full_clean()


@pytest.mark.parametrize(
    ("url", "video_id"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://vimeo.com/12345", None),
        ("https://www.youtube.com.evil.org/watch?v=dQw4w9WgXcQ", None),
        ("https://www.youtube.com/watch?v=<script>", None),
    ],
)
def test_only_youtube_videos_are_embedded(url, video_id):
    assert youtube_video_id(url) == video_id


def test_a_video_needs_a_title(cities):
    alpha, _beta = cities
    block = Video(
        parent=PageFactory(site=alpha.site),
        region="main",
        url="https://youtu.be/dQw4w9WgXcQ",
    )

    with pytest.raises(ValidationError) as refused:
        block.full_clean()
    assert set(refused.value.message_dict) & {"title", "title_he"}


def test_a_contact_card_needs_a_way_to_reach_someone(cities):
    alpha, _beta = cities
    block = ContactCard(
        parent=PageFactory(site=alpha.site), region="main", name_he="דנה"
    )

    with pytest.raises(ValidationError):
        block.full_clean()


def test_rich_text_keeps_only_what_the_editor_offers(cities):
    alpha, _beta = cities
    block = RichTextFactory(
        parent=PageFactory(site=alpha.site),
        text_he='<p onclick="x()">שלום<script>alert(1)</script>'
        '<iframe src="x"></iframe></p>',
    )

    block.refresh_from_db()
    assert block.text_he == "<p>שלום</p>"
