"""Result titles and snippets with the matched words marked.

The marking is done on the original text (with its niqqud, final letters
and punctuation), by normalizing each of its words the way the index does:
a word is marked when it shares a form with a query word. Everything is
HTML-escaped; the only markup added is ``<mark>``.
"""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import text

# A word as it stands in the text: letters and digits with the marks that
# follow them (niqqud, tashkeel, accents) and tatweel, and quote marks inside
# it (צה״ל); maqaf and other punctuation end it.
_LETTERS = rf"[^\W_][\w{re.escape(text.NONSPACING_MARKS)}\u0640]*"
WORD_IN_TEXT = re.compile(rf"{_LETTERS}(?:[{re.escape(text.QUOTE_MARKS)}]+{_LETTERS})*")

SNIPPET_LENGTH = 240
# How much text comes before the first marked word in a snippet.
SNIPPET_LEAD = 60
# Latin words also match by prefix, so that PostgreSQL's English stemming
# (run → running) is marked too.
MIN_PREFIX_LENGTH = 3


# Every word of every snippet is checked, twenty results a page: the
# answers are kept, as texts repeat their words and visitors their queries.
@lru_cache(maxsize=100_000)
def _matches(word, forms):
    for normalized in text.words(word):
        if forms.intersection(text.variants(normalized)):
            return True
        if normalized.isascii() and any(
            len(form) >= MIN_PREFIX_LENGTH
            and form.isascii()
            and normalized.startswith(form)
            for form in forms
        ):
            return True
    return False


@lru_cache(maxsize=1000)
def _keys(forms):
    """What the normalized text holds wherever a word of it matches
    ``forms``: every form a word can share with a query word is part of
    the word (a prefix or an ending taken off), but for the English
    plural "ies", whose form ends in "y" instead; Latin words marked by
    prefix hold the form too."""
    keys = set(forms)
    keys.update(form[:-1] for form in forms if len(form) > 1 and form.endswith("y"))
    return tuple(keys)


def _may_match(source, forms):
    """False when no word of ``source`` can match ``forms``, as is the case
    for most snippets (the words are in the title): one pass in C over
    the normalized text instead of checking it word by word."""
    normalized = text.normalize(source)
    return any(key in normalized for key in _keys(forms))


def _marked(source, forms, start=0, end=None):
    end = len(source) if end is None else end
    pieces, position = [], start
    for match in WORD_IN_TEXT.finditer(source, start, end):
        if _matches(match.group(), forms):
            pieces.append(escape(source[position : match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    pieces.append(escape(source[position:end]))
    return "".join(pieces)


def highlight(source, forms):
    """All of ``source`` (a title) with the words matching ``forms``
    marked."""
    return mark_safe(_marked(source or "", forms))  # noqa: S308 - escaped above


def snippet(source, forms, length=SNIPPET_LENGTH):
    """About ``length`` characters of ``source`` around its first word that
    matches ``forms``, cut at spaces, with an ellipsis where cut."""
    source = source or ""
    may_match = _may_match(source, forms)
    first = may_match and next(
        (
            match
            for match in WORD_IN_TEXT.finditer(source)
            if _matches(match.group(), forms)
        ),
        None,
    )
    start = 0
    if first and first.start() > SNIPPET_LEAD:
        start = source.rfind(" ", 0, first.start() - SNIPPET_LEAD) + 1
    end = len(source)
    if end - start > length:
        cut = source.rfind(" ", start, start + length)
        end = cut if cut > start else start + length
    marked = (
        _marked(source, forms, start, end) if may_match else escape(source[start:end])
    )
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(source) else ""
    return mark_safe(f"{prefix}{marked.strip()}{suffix}")  # noqa: S308 - escaped
