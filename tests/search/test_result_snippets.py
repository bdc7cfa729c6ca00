"""What a result shows of its text: a passage around the first matching
word, marked, and never any markup from the content itself."""

from search.highlight import highlight, snippet
from search.query import ParsedQuery


def _forms(typed):
    return ParsedQuery.parse(typed).all_forms


def test_the_snippet_starts_near_the_first_match_and_is_cut_at_spaces():
    source = " ".join(["מילה"] * 60) + " והמשלחת הגיעה " + " ".join(["סוף"] * 80)

    passage = snippet(source, _forms("משלחת"))

    assert passage.startswith("…מילה")
    assert passage.endswith("סוף…")
    assert "<mark>והמשלחת</mark> הגיעה" in passage
    assert len(passage) < 300


def test_a_short_text_is_shown_whole():
    assert snippet("המשלחת הגיעה.", _forms("משלחת")) == "<mark>המשלחת</mark> הגיעה."


def test_a_text_without_a_match_shows_its_beginning():
    passage = snippet("שלום " * 100, _forms("משלחת"))

    assert passage.startswith("שלום שלום")
    assert passage.endswith("…")
    assert "<mark>" not in passage


def test_words_keep_their_niqqud_gershayim_and_final_letters_when_marked():
    assert highlight("מִשְׁלַחַת צה״ל לשלום", _forms("משלחת צהל שלום")) == (
        "<mark>מִשְׁלַחַת</mark> <mark>צה״ל</mark> <mark>לשלום</mark>"
    )


def test_arabic_and_english_words_are_marked():
    assert highlight("وصل الوفدُ", _forms("وفد")) == "وصل <mark>الوفدُ</mark>"
    assert highlight("Delegations arrived", _forms("delegation")) == (
        "<mark>Delegations</mark> arrived"
    )
    # PostgreSQL stems "running" to "run": the longer word is marked too.
    assert highlight("Running club", _forms("run")) == "<mark>Running</mark> club"


def test_everything_but_the_marks_is_escaped():
    assert highlight('<img src=x onerror="משלחת">', _forms("משלחת")) == (
        "&lt;img src=x onerror=&quot;<mark>משלחת</mark>&quot;&gt;"
    )
