"""Turning Hebrew, Arabic and English text into the word forms search
compares.

PostgreSQL has no Hebrew or Arabic stemmer, so both the indexed text and the
visitor's query go through the same steps here, on every database:

- marks are dropped: Hebrew niqqud and cantillation, Arabic tashkeel, Latin
  accents (they are all nonspacing marks once the text is decomposed);
- letters that are written several ways become one: Hebrew final letters
  (ך ם ן ף ץ), Arabic alef forms, alef maqsura, taa marbuta; tatweel goes;
- geresh, gershayim and every quote mark typed for them disappear, so that
  צה״ל, צה"ל and צהל are one word;
- each word also yields its *variants*: the Hebrew word without a prefix
  letter or a common run of them (ו ה ב ל מ ש כ, וה, וב, שב, לכש, ...), the
  Arabic word without its article (ال, وال, بال, ...), the English word
  without a plural or verb ending. A query word matches a document word when
  they share a variant, so "ובמשלחת" finds "משלחת" and the other way round;
- a Hebrew word of ``MIN_SUFFIXED_LENGTH`` letters or more (before or after
  its prefix goes) also yields its stem without a plural ending (ים, ות) or
  a feminine singular one (ה, ת), so that משלחות and משלחת meet on משלח,
  קהילות and קהילה on קהיל, שותפים and שותף on שותפ.

Variants are only produced when at least ``MIN_STEM_LENGTH`` letters remain:
stripping the ב from בית would leave a two-letter word that matches too much.
The stemmer knows no vocabulary, so it also joins some unrelated words
(אחריות and אחרי); the length limits keep such pairs rare.
"""

import html
import re
import unicodedata
from functools import lru_cache
from itertools import product

MIN_STEM_LENGTH = 3
# Shorter Hebrew words keep their last letters: in רשות, תורה or ילדה they
# are more often part of the word than an ending.
MIN_SUFFIXED_LENGTH = 5
# Longer "words" are noise (base64, long URLs): they are not indexed.
MAX_WORD_LENGTH = 40

HEBREW_FINAL_LETTERS = str.maketrans("ךםןףץ", "כמנפצ")
HEBREW_FINAL_FORMS = str.maketrans("כמנפצ", "ךםןףץ")

# Geresh, gershayim and what people type instead of them; also ordinary
# quotation marks, which are removed the same way (they never join words).
QUOTE_MARKS = (
    "\u05f3\u05f4'\"`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2032\u2033"
)

# Hebrew punctuation inside the block of niqqud: maqaf (the Hebrew hyphen),
# paseq, sof pasuq and nun hafukha separate words instead of vanishing.
HEBREW_SEPARATORS = "\u05be\u05c0\u05c3\u05c6"

ARABIC_LETTERS = str.maketrans(
    {
        "\u0671": "\u0627",  # alef wasla → alef (أ إ آ decompose to alef)
        "\u0649": "\u064a",  # alef maqsura → yeh
        "\u0629": "\u0647",  # taa marbuta → heh
        "\u0640": None,  # tatweel
    }
)

# Removed before decomposing: NFKD would turn some (´ ″) into spaces.
_QUOTES = str.maketrans(dict.fromkeys(QUOTE_MARKS))
# The other one-letter replacements in one table, applied in a single pass
# after decomposing (which brings out final letters of presentation forms).
_LETTERS = (
    str.maketrans(dict.fromkeys(HEBREW_SEPARATORS, " "))
    | ARABIC_LETTERS
    | HEBREW_FINAL_LETTERS
)


def _replacements(table):
    """``table`` (a ``str.maketrans`` table) as (character, replacement)
    pairs for ``str.replace``: ``str.translate`` looks every character up
    in a dict, ten times slower on a page of Hebrew than one ``replace``
    per listed character. Replacing one character after another gives the
    same result as long as no replacement is itself replaced."""
    pairs = tuple(
        (chr(key), chr(value) if isinstance(value, int) else value or "")
        for key, value in table.items()
    )
    assert not any(new and new in dict(pairs) for _old, new in pairs)  # noqa: S101
    return pairs


def _translated(text, pairs):
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


_QUOTE_REPLACEMENTS = _replacements(_QUOTES)
_LETTER_REPLACEMENTS = _replacements(_LETTERS)

# Every nonspacing mark (Unicode category Mn) in the Basic Multilingual
# Plane: niqqud, cantillation, tashkeel, accents.
NONSPACING_MARKS = "".join(
    chr(code) for code in range(0x10000) if unicodedata.category(chr(code)) == "Mn"
)
_MARKS = re.compile(f"[{re.escape(NONSPACING_MARKS)}]+")

# A word: letters and digits of any script. The underscore is not a letter.
WORD = re.compile(r"[^\W_]+")


def _hebrew_prefixes():
    """Runs of prefix letters a Hebrew word can start with, built from the
    order they come in: ו, then ש / כש / לכש, then one of ב כ ל מ, then ה.
    ה after ב, כ or ל is left out: standard spelling drops it (בבית, not
    בהבית), and keeping it would strip real words such as להבין."""
    prefixes = set()
    for vav, that, preposition, article in product(
        ("", "ו"), ("", "ש", "כש", "לכש"), ("", "ב", "כ", "ל", "מ"), ("", "ה")
    ):
        if article and preposition in {"ב", "כ", "ל"}:
            continue
        prefix = vav + that + preposition + article
        if prefix:
            prefixes.add(prefix)
    return tuple(sorted(prefixes, key=len))


HEBREW_PREFIXES = _hebrew_prefixes()
# Plural endings before the feminine singular ones, so that ות goes whole;
# final mem is written מ once normalized.
HEBREW_SUFFIXES = ("ימ", "ות", "ה", "ת")
# The Arabic article and the letters that attach before it, and "and".
ARABIC_PREFIXES = ("و", "ال", "لل", "وال", "بال", "كال", "فال", "ولل")


def normalize(text):
    """``text`` lowercased, without marks, quote marks or tatweel, with one
    form for each letter that has several. Word boundaries are kept."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", _translated(str(text), _QUOTE_REPLACEMENTS))
    return _translated(_MARKS.sub("", text), _LETTER_REPLACEMENTS).casefold()


def with_final_letters(word):
    """A normalized Hebrew ``word`` as it is written, its last letter in
    final form, for showing a corrected query to the visitor."""
    if len(word) > 1 and _is_hebrew(word[-1]):
        return word[:-1] + word[-1].translate(HEBREW_FINAL_FORMS)
    return word


def words(text):
    """The normalized words of ``text``, in order, overlong ones left out."""
    return [
        word for word in WORD.findall(normalize(text)) if len(word) <= MAX_WORD_LENGTH
    ]


def _is_hebrew(char):
    return "\u05d0" <= char <= "\u05ea"


def _is_arabic(char):
    return "\u0620" <= char <= "\u064a"


def _strip_prefixes(word, prefixes):
    return [
        word[len(prefix) :]
        for prefix in prefixes
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM_LENGTH
    ]


def english_stem(word):
    """A light English stemmer: plural, possessive, -ing, -ed and a final e.
    PostgreSQL's 'english' configuration stems properly; this gives SQLite
    (and the highlighting) the common cases, the same way for the document
    and the query."""
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and not word.endswith(("ss", "us", "is")):
            candidate = word[: -len(suffix)] + replacement
            if len(candidate) >= MIN_STEM_LENGTH:
                word = candidate
                break
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM_LENGTH + 1:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > MIN_STEM_LENGTH + 1:
        word = word[:-1]
    return word


def hebrew_stem(word):
    """A normalized Hebrew ``word`` without its plural or feminine singular
    ending, or None when it is too short to tell. A doubled yod left at the
    end is written once, so that עירייה and עיריות meet on עירי."""
    if len(word) < MIN_SUFFIXED_LENGTH:
        return None
    for suffix in HEBREW_SUFFIXES:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if stem.endswith("יי"):
                stem = stem[:-1]
            return stem if len(stem) >= MIN_STEM_LENGTH else None
    return None


@lru_cache(maxsize=50_000)
def variants(word, suffixes=True):
    """The forms a normalized ``word`` may match by, itself first. Without
    ``suffixes`` only prefixes are taken off: for proper names, whose
    endings are not plurals (רחובות is a city, not "streets")."""
    found = [word]
    first = word[:1]
    if _is_hebrew(first):
        found += _strip_prefixes(word, HEBREW_PREFIXES)
        if suffixes:
            found += [stem for form in found if (stem := hebrew_stem(form))]
    elif _is_arabic(first):
        found += _strip_prefixes(word, ARABIC_PREFIXES)
    elif first.isascii() and first.isalpha() and suffixes:
        found.append(english_stem(word))
    return tuple(dict.fromkeys(found))


def index_text(text, suffixes=True):
    """What is stored for ``text`` to be searched: each word followed by its
    variants, separated by single spaces and with a space at each end, so
    that SQLite can find a whole word with ``LIKE '% word %'``."""
    forms = [form for word in words(text) for form in variants(word, suffixes)]
    return f" {' '.join(forms)} " if forms else ""


def indexed_words(column):
    """The word forms of a stored search column, without the marks around
    the names of municipalities and topics (``search.documents``)."""
    return [term for term in column.split() if WORD.fullmatch(term)]


TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")


def plain_text(markup):
    """The text of sanitized article HTML: tags become spaces, entities
    characters, runs of white space one space."""
    return SPACE.sub(" ", html.unescape(TAG.sub(" ", markup or ""))).strip()
