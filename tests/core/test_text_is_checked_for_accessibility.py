# ruff: noqa: E501 - each example reads best on one line, the problem beside its fix.
"""What staff write is checked against what Israeli Standard 5568 asks of
content, in Hebrew and Arabic: each rule finds its problem and leaves the
right way of writing it alone."""

import pytest

from core.content_checks import check_html

# rule: (language, problematic HTML, accessible HTML)
EXAMPLES = {
    "image-alt": [
        ("he", '<p><img src="/m/a.jpg"></p>', '<p><img src="/m/a.jpg" alt="ראש העיר עם מתנדבים"></p>'),
        ("he", '<p><img src="/m/a.jpg" alt="תמונה"></p>', '<p><img src="/m/a.jpg" alt="שוק האיכרים"></p>'),
        ("ar", '<p><img src="/m/IMG_2041.jpg" alt="IMG_2041.jpg"></p>', '<p><img src="/m/a.jpg" alt="سوق المزارعين"></p>'),
        ("ar", '<p><img src="/m/a.jpg" alt="صورة"></p>', '<p><img src="/m/a.jpg" alt="متطوعون في الحي"></p>'),
    ],
    "heading-order": [
        ("he", "<h2>רקע</h2><h4>פרטים</h4>", "<h2>רקע</h2><h3>פרטים</h3>"),
        ("ar", "<h3>خلفية</h3>", "<h2>خلفية</h2><h3>تفاصيل</h3>"),
    ],
    "heading-empty": [
        ("he", "<h2> </h2><p>טקסט</p>", "<h2>כותרת</h2><p>טקסט</p>"),
        ("ar", "<h2></h2>", "<h2>عنوان</h2>"),
    ],
    "link-text": [
        ("he", '<p>להרשמה <a href="/r">לחצו כאן</a></p>', '<p><a href="/r">להרשמה לערב התושבים</a></p>'),
        ("he", '<p><a href="https://example.org/x">https://example.org/x</a></p>', '<p><a href="https://example.org/x">אתר העמותה</a></p>'),
        ("ar", '<p>للتسجيل <a href="/r">اضغط هنا</a></p>', '<p><a href="/r">التسجيل لأمسية السكان</a></p>'),
        ("ar", '<p><a href="/r"></a></p>', '<p><a href="/r">نموذج التسجيل</a></p>'),
    ],
    "table-headers": [
        ("he", "<table><tr><td>יום</td><td>שעה</td></tr></table>", "<table><tr><th>יום</th><th>שעה</th></tr><tr><td>א</td><td>9</td></tr></table>"),
        ("ar", "<table><tr><td>اليوم</td></tr></table>", "<table><tr><th>اليوم</th></tr></table>"),
    ],
    "all-bold": [
        ("he", "<p><strong>המרכז הקהילתי יהיה סגור ביום שלישי בגלל יום עיון לצוותים.</strong></p>", "<p>המרכז הקהילתי יהיה <strong>סגור ביום שלישי</strong> בגלל יום עיון לצוותים.</p>"),
        ("ar", "<p><b>سيكون المركز الجماهيري مغلقًا يوم الثلاثاء بسبب يوم دراسي للطواقم.</b></p>", "<p>سيكون المركز <b>مغلقًا يوم الثلاثاء</b> بسبب يوم دراسي للطواقم.</p>"),
    ],
    "all-capitals": [
        ("he", "<p>THE MINNEAPOLIS DELEGATION ARRIVES ON SUNDAY MORNING</p>", '<p lang="en">The Minneapolis delegation arrives on Sunday morning</p>'),
        ("ar", "<p>REGISTRATION CLOSES ON THURSDAY AT NOON SHARP</p>", '<p lang="en">Registration closes on Thursday at noon</p>'),
    ],
    "language": [
        ("he", "<p>נפגשנו עם Jewish Community Relations Council במיניאפוליס.</p>", '<p>נפגשנו עם <span lang="en">Jewish Community Relations Council</span> במיניאפוליס.</p>'),
        ("ar", "<p>التقينا بممثلي הפדרציה היהודית של מיניאפוליס أمس.</p>", '<p>التقينا بممثلي <span lang="he">הפדרציה היהודית של מיניאפוליס</span> أمس.</p>'),
    ],
}  # fmt: skip

CASES = [
    pytest.param(rule, language, bad, good, id=f"{rule}-{language}-{number}")
    for rule, examples in EXAMPLES.items()
    for number, (language, bad, good) in enumerate(examples)
]


@pytest.mark.parametrize(("rule", "language", "bad", "good"), CASES)
def test_each_rule_finds_its_problem_and_passes_the_right_way(
    rule, language, bad, good
):
    found = [problem.rule for problem in check_html(bad, language)]
    passed = [problem.rule for problem in check_html(good, language)]

    assert rule in found
    assert rule not in passed


def test_a_problem_says_where_it_is():
    (problem,) = check_html("<h2>רקע</h2><h4>לוח הזמנים של הביקור</h4>", "he")

    assert "<h4>" in problem.where and "לוח הזמנים" in problem.where


def test_a_short_brand_name_in_another_script_is_not_a_change_of_language():
    assert check_html("<p>הסדנה תתקיים ב-Zoom ביום חמישי.</p>", "he") == []


def test_an_empty_text_has_no_problems():
    assert check_html("", "he") == []
    assert check_html("   ", "ar") == []
