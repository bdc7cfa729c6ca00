"""What Israeli Standard 5568 (WCAG 2.0 AA) asks of the content staff write,
checked in the HTML of a text before it goes to review or to the site:
images without a meaningful description, skipped or empty headings, links
that do not say where they lead, tables without header cells, text that is
all bold or all capitals, and a change of language that is not marked.

Each problem says where it is (the element, the start of its text), so
staff can find it in the editor; none of them stops publishing."""

import re
from dataclasses import dataclass

import lxml.html
from django.utils.translation import gettext_lazy as _

# Link texts that say nothing about where the link leads, in the three
# languages (compared without case, spaces or final punctuation).
VAGUE_LINK_TEXTS = {
    "click here", "here", "read more", "more", "link", "this link",
    "לחצו כאן", "לחץ כאן", "לחצי כאן", "כאן", "קראו עוד", "לקריאה נוספת", "עוד",
    "קישור", "اضغط هنا", "اضغطوا هنا", "انقر هنا", "هنا", "اقرأ المزيد", "المزيد",
    "رابط",
}  # fmt: skip
# Descriptions that describe nothing.
VAGUE_ALT_TEXTS = {
    "image", "photo", "picture", "logo", "תמונה", "צילום", "לוגו", "صورة", "شعار",
}  # fmt: skip
FILE_NAME = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|bmp|tiff?)$|^(img|dsc|image)[-_ ]?\d+", re.I
)
BARE_ADDRESS = re.compile(r"^(https?://|www\.)\S+$", re.I)
HEBREW = re.compile(r"[\u0590-\u05FF]")
ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
# A few words of another script make a change of language a screen reader
# must be told of (a single brand name does not).
FOREIGN_WORDS = 3
# Shorter text in capitals or bold is a heading-like label, not a problem.
LONG_TEXT = 40
SNIPPET = 40


@dataclass(frozen=True)
class Problem:
    rule: str
    message: str
    where: str

    def __str__(self):
        return f"{self.message} ({self.where})"


def _text(element):
    return " ".join(element.text_content().split())


def _snippet(text):
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


def _place(element, text=None):
    text = _text(element) if text is None else text
    return f"<{element.tag}> “{_snippet(text)}”" if text else f"<{element.tag}>"


def check_html(html, language):
    """The problems of the HTML ``html``, written in ``language``."""
    if not html or not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    problems = []
    for check in (
        _images,
        _headings,
        _links,
        _tables,
        _all_bold,
        _all_capitals,
    ):
        problems += check(root)
    problems += _unmarked_language(root, language)
    return problems


def _images(root):
    problems = []
    for image in root.iter("img"):
        alt = (image.get("alt") or "").strip()
        source = image.get("src") or ""
        name = source.rsplit("/", 1)[-1]
        if not alt:
            problems.append(
                Problem("image-alt", _("An image has no description."), name or "<img>")
            )
        elif alt.lower() in VAGUE_ALT_TEXTS or FILE_NAME.search(alt) or alt == name:
            problems.append(
                Problem(
                    "image-alt",
                    _("An image's description is not a description: “%(alt)s”.")
                    % {"alt": alt},
                    name or "<img>",
                )
            )
    return problems


def _headings(root):
    problems = []
    # The page's title is its <h1>: the text's headings start at <h2>.
    previous = 1
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        level = int(heading.tag[1])
        text = _text(heading)
        if not text:
            problems.append(
                Problem("heading-empty", _("A heading is empty."), _place(heading))
            )
            continue
        if level > previous + 1:
            problems.append(
                Problem(
                    "heading-order",
                    _("A heading skips a level: <h%(level)s> after <h%(previous)s>.")
                    % {"level": level, "previous": previous},
                    _place(heading, text),
                )
            )
        previous = level
    return problems


def _links(root):
    problems = []
    for link in root.iter("a"):
        text = _text(link)
        plain = text.lower().strip(" .:!?…-–")
        if not text and not link.xpath(".//img[@alt!='']"):
            problems.append(
                Problem(
                    "link-text", _("A link has no text."), link.get("href") or "<a>"
                )
            )
        elif plain in VAGUE_LINK_TEXTS:
            problems.append(
                Problem(
                    "link-text",
                    _("A link's text does not say where it leads: “%(text)s”.")
                    % {"text": text},
                    link.get("href") or "<a>",
                )
            )
        elif BARE_ADDRESS.match(text):
            problems.append(
                Problem(
                    "link-text",
                    _("A link's text is a bare web address."),
                    _snippet(text),
                )
            )
    return problems


def _tables(root):
    return [
        Problem("table-headers", _("A table has no header cells."), _place(table))
        for table in root.iter("table")
        if not table.xpath(".//th")
    ]


def _blocks(root):
    """The paragraphs and list items, with their text."""
    for block in root.iter("p", "li"):
        text = _text(block)
        if text:
            yield block, text


def _all_bold(root):
    problems = []
    for block, text in _blocks(root):
        bold = "".join(
            " ".join(element.text_content().split())
            for element in block.iter("strong", "b")
            if not any(
                parent.tag in ("strong", "b") for parent in element.iterancestors()
            )
        )
        if len(text) >= LONG_TEXT and len(bold.replace(" ", "")) >= len(
            text.replace(" ", "")
        ):
            problems.append(
                Problem(
                    "all-bold",
                    _("A whole paragraph is bold: keep bold for a few words."),
                    _place(block, text),
                )
            )
    return problems


def _all_capitals(root):
    problems = []
    for block, text in _blocks(root):
        letters = [
            character
            for character in text
            if character.isalpha() and character.isascii()
        ]
        if len(letters) >= LONG_TEXT // 2 and all(
            letter.isupper() for letter in letters
        ):
            problems.append(
                Problem(
                    "all-capitals",
                    _("A paragraph is all in capitals, which is hard to read."),
                    _place(block, text),
                )
            )
    return problems


def _unmarked_language(root, language):
    """Runs of another language's words not marked with ``lang``."""
    problems = []
    for block, text in _blocks(root):
        if any(element.get("lang") for element in block.iter()) or any(
            element.get("lang") for element in block.iterancestors()
        ):
            continue
        foreign = _foreign_words(text, language)
        if foreign >= FOREIGN_WORDS:
            problems.append(
                Problem(
                    "language",
                    _(
                        "Text in another language is not marked as such, so "
                        "screen readers pronounce it wrongly."
                    ),
                    _place(block, text),
                )
            )
    return problems


def _foreign_words(text, language):
    words = text.split()
    if language == "he":
        return sum(
            1
            for word in words
            if ARABIC.search(word) or LATIN_WORD.fullmatch(word.strip(".,;:!?()\"'"))
        )
    if language == "ar":
        return sum(
            1
            for word in words
            if HEBREW.search(word) or LATIN_WORD.fullmatch(word.strip(".,;:!?()\"'"))
        )
    return sum(1 for word in words if HEBREW.search(word) or ARABIC.search(word))
