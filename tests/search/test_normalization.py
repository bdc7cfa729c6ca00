"""How Hebrew, Arabic and English words are reduced to the forms search
compares; the same steps run on indexed text and on queries."""

import pytest

from search import text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Niqqud and cantillation go.
        ("שָׁלוֹם", ["שלומ"]),
        ("בְּרֵאשִׁ֖ית", ["בראשית"]),
        ("מִשְׁלַחַת", ["משלחת"]),
        # Final letters are written as ordinary ones.
        ("ארץ", ["ארצ"]),
        ("מלך ספרן כף", ["מלכ", "ספרנ", "כפ"]),
        # Geresh, gershayim and every quote mark typed for them disappear.
        ("צה״ל", ["צהל"]),
        ('צה"ל', ["צהל"]),
        ("צה''ל", ["צהל"]),
        ("צה”ל", ["צהל"]),
        ("ג׳ירפה", ["גירפה"]),
        ("ג'ירפה", ["גירפה"]),
        ("ג`ירפה", ["גירפה"]),
        ("ג’ירפה", ["גירפה"]),
        ("ג´ירפה", ["גירפה"]),
        ("צה″ל", ["צהל"]),
        # Maqaf (the Hebrew hyphen) separates words.
        ("בית־ספר", ["בית", "ספר"]),
        # Quotation marks around a word do not join it to the next.
        ('אמר:"שלום"', ["אמר", "שלומ"]),
        # Precomposed presentation forms are taken apart.
        ("שׁלום", ["שלומ"]),
        ("מל\ufb3a", ["מלכ"]),  # final kaf with dagesh, one code point
    ],
)
def test_hebrew_words_lose_marks_and_final_letters(typed, expected):
    assert text.words(typed) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # One prefix letter, and the common runs of them.
        ("המשלחת", ("המשלחת", "משלחת")),
        ("ובמשלחת", ("ובמשלחת", "במשלחת", "משלחת")),
        ("והמשלחת", ("והמשלחת", "המשלחת", "משלחת")),
        ("שבעיר", ("שבעיר", "בעיר", "עיר")),
        ("כשהגענו", ("כשהגענו", "שהגענו", "הגענו", "גענו")),
        ("לכשיגיעו", ("לכשיגיעו", "כשיגיעו", "יגיעו")),
        ("מהקהילה", ("מהקהילה", "הקהילה", "קהילה")),
        # Never down to fewer than three letters: בית stays בית.
        ("בית", ("בית",)),
        ("הים", ("הים",)),
        ("לבית", ("לבית", "בית")),
        # ה after ב, כ or ל is not a prefix run: להבינ keeps its ה.
        ("להבינ", ("להבינ", "הבינ")),
    ],
)
def test_hebrew_words_match_with_or_without_prefixes(word, expected):
    assert text.variants(word, suffixes=False) == expected


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        # Plural endings, and the feminine singular ones they replace.
        ("משלחות", "משלח"),
        ("משלחת", "משלח"),
        ("קהילות", "קהיל"),
        ("קהילה", "קהיל"),
        ("שותפימ", "שותפ"),
        ("תלמידות", "תלמיד"),
        ("ילדימ", "ילד"),
        ("עברית", "עברי"),
        # A doubled yod before the ending is written once.
        ("עירייה", "עירי"),
        ("עיריות", "עירי"),
        # Words of fewer than five letters keep their ending.
        ("תורה", None),
        ("רשות", None),
        ("שנימ", None),
        ("בית", None),
        # No ending to take off.
        ("שותפ", None),
        ("תלמיד", None),
        ("פסטיבל", None),
    ],
)
def test_hebrew_plurals_and_feminine_endings_are_taken_off(word, stem):
    assert text.hebrew_stem(word) == stem


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Plural and singular meet on the stem: משלחות and משלחת on משלח.
        ("משלחות", ("משלחות", "שלחות", "משלח", "שלח")),
        ("משלחת", ("משלחת", "שלחת", "משלח")),
        ("קהילות", ("קהילות", "קהיל")),
        ("קהילה", ("קהילה", "קהיל")),
        ("שותפימ", ("שותפימ", "ותפימ", "שותפ", "ותפ")),
        ("שותפ", ("שותפ", "ותפ")),
        # The stem of each form without its prefix, too.
        (
            "ובמשלחת",
            ("ובמשלחת", "במשלחת", "משלחת", "ובמשלח", "במשלח", "משלח"),
        ),
        ("והילדימ", ("והילדימ", "הילדימ", "ילדימ", "והילד", "הילד", "ילד")),
        # Short words stay whole.
        ("תורה", ("תורה",)),
        ("בית", ("בית",)),
    ],
)
def test_hebrew_plurals_and_singulars_share_a_variant(word, expected):
    assert text.variants(word) == expected


def test_names_keep_their_endings():
    # רחובות is a city, not "streets"; prefixes still go.
    assert text.variants("רחובות", suffixes=False) == ("רחובות",)
    assert text.variants("ברחובות", suffixes=False) == ("ברחובות", "רחובות")
    assert text.index_text("Rehovot Streets", suffixes=False) == " rehovot streets "


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Tashkeel (harakat, shadda, sukun, dagger alef) goes.
        ("الْكِتَابُ", ["الكتاب"]),
        ("مُحَمَّدٌ", ["محمد"]),
        ("رَحْمٰن", ["رحمن"]),
        # Tatweel goes.
        ("كـــتاب", ["كتاب"]),
        # Alef forms become plain alef.
        ("أحمد", ["احمد"]),
        ("إسلام", ["اسلام"]),
        ("آمنة", ["امنه"]),
        ("ٱلله", ["الله"]),
        # Alef maqsura becomes yeh, taa marbuta heh.
        ("مستشفى", ["مستشفي"]),
        ("مدرسة", ["مدرسه"]),
        # Presentation forms (lam-alef) are taken apart.
        ("ﻻ", ["لا"]),
    ],
)
def test_arabic_words_lose_diacritics_and_letter_variants(typed, expected):
    assert text.words(typed) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("الكتاب", ("الكتاب", "كتاب")),
        ("والمدرسه", ("والمدرسه", "المدرسه", "مدرسه")),
        ("بالمدينه", ("بالمدينه", "مدينه")),
        ("للشباب", ("للشباب", "شباب")),
        ("وفد", ("وفد",)),
    ],
)
def test_arabic_words_match_with_or_without_the_article(word, expected):
    assert text.variants(word) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Delegation", ["delegation"]),
        ("CAFÉ", ["cafe"]),
        ("Modi'in", ["modiin"]),
        ("snake_case", ["snake", "case"]),
        ("2024", ["2024"]),
    ],
)
def test_english_words_are_lowercased_without_accents(typed, expected):
    assert text.words(typed) == expected


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("delegations", "delegation"),
        ("communities", "community"),
        ("meetings", "meet"),
        ("meeting", "meet"),
        ("classes", "class"),
        ("houses", "hous"),
        ("house", "hous"),
        ("business", "business"),
        ("this", "this"),
        ("the", "the"),
    ],
)
def test_english_words_are_stemmed_lightly(word, stem):
    assert text.english_stem(word) == stem


def test_indexed_text_holds_each_word_and_its_variants_between_spaces():
    assert text.index_text("ובמשלחת הגיעה!") == (
        " ובמשלחת במשלחת משלחת ובמשלח במשלח משלח הגיעה גיעה הגיע "
    )
    assert text.index_text("  ...  ") == ""


def test_overlong_words_are_not_indexed():
    assert text.words("א" * 41 + " קהילה") == ["קהילה"]


def test_article_html_becomes_plain_text():
    markup = "<h2>כותרת</h2><p>שלום&nbsp;<strong>לכם</strong> &amp; להם</p>"

    assert text.plain_text(markup) == "כותרת שלום לכם & להם"


@pytest.mark.parametrize(
    ("word", "written"),
    [
        ("שלומ", "שלום"),
        ("משלחת", "משלחת"),
        ("ארצ", "ארץ"),
        ("delegation", "delegation"),
    ],
)
def test_a_corrected_word_is_shown_with_its_final_letter(word, written):
    assert text.with_final_letters(word) == written
