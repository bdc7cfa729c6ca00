"""Demo accessibility statements, one per demo municipality, in Hebrew,
Arabic and English. Called by the demo loader after the municipalities
exist; running it again updates the same rows. People are invented."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname

from demo.content import T
from municipalities.models import AccessibilityStatement, Municipality

STANDARD = T(
    "תקן ישראלי 5568 ברמה AA, המבוסס על הנחיות WCAG 2.1",
    "المعيار الإسرائيلي 5568 بمستوى AA، المبني على إرشادات WCAG 2.1",
    "Israeli Standard 5568 at level AA, based on WCAG 2.1",
)

# What is accessible, one arrangement per item (a line in the statement).
FEATURES = [
    T(
        (
            "האתר מותאם לקוראי מסך ולניווט במקלדת בלבד, ובראש כל דף יש קישור לדילוג"
            " לתוכן הראשי."
        ),
        (
            "الموقع ملائم لقارئات الشاشة وللتصفح باستخدام لوحة المفاتيح فقط، وفي "
            "أعلى كل صفحة رابط للانتقال إلى المحتوى الرئيسي."
        ),
        (
            "The site works with screen readers and with the keyboard alone, and "
            "every page starts with a link that skips to the main content."
        ),
    ),
    T(
        (
            "לכל דף כותרת ראשית אחת ומבנה כותרות עקבי, ואזורי הדף (כותרת, תפריטים, "
            "תוכן, כותרת תחתונה) מסומנים."
        ),
        (
            "لكل صفحة عنوان رئيسي واحد وبنية عناوين متسقة، وأقسام الصفحة (الترويسة،"
            " القوائم، المحتوى، التذييل) معلّمة."
        ),
        (
            "Every page has one main heading and a consistent heading structure, "
            "and the regions of the page (header, menus, content, footer) are "
            "marked."
        ),
    ),
    T(
        "ניגודיות הצבעים עומדת ברמה AA, ומידע אינו מועבר באמצעות צבע בלבד.",
        "تباين الألوان يستوفي المستوى AA، ولا تُنقل المعلومات بواسطة اللون وحده.",
        (
            "Colour contrast meets level AA, and no information is given by colour "
            "alone."
        ),
    ),
    T(
        "האתר כתוב בעברית, בערבית ובאנגלית, ושפת הטקסט וכיוון הכתיבה מסומנים בכל דף.",
        (
            "الموقع مكتوب بالعبرية والعربية والإنجليزية، ولغة النص واتجاه الكتابة "
            "معلّمان في كل صفحة."
        ),
        (
            "The site is written in Hebrew, Arabic and English, and the language "
            "and direction of the text are marked on every page."
        ),
    ),
    T(
        (
            "אפשר להגדיל את התצוגה עד 200% ולקרוא את האתר בטלפון ברוחב 320 פיקסלים "
            "בלי גלילה לרוחב."
        ),
        (
            "يمكن تكبير العرض حتى 200% وقراءة الموقع على هاتف بعرض 320 بكسل دون "
            "تمرير أفقي."
        ),
        (
            "Pages can be zoomed to 200% and read on a phone 320 pixels wide "
            "without scrolling sideways."
        ),
    ),
    T(
        "לתמונות יש תיאור חלופי, ותמונות שנועדו לקישוט בלבד מוסתרות מקוראי מסך.",
        "للصور وصف بديل، والصور المخصّصة للزينة فقط مخفية عن قارئات الشاشة.",
        (
            "Images have a text alternative, and images that are only decoration "
            "are hidden from screen readers."
        ),
    ),
    T(
        "האתר מכבד את הגדרת הפחתת התנועה של מערכת ההפעלה.",
        "يحترم الموقع إعداد تقليل الحركة في نظام التشغيل.",
        "The site respects the operating system's reduced-motion setting.",
    ),
]

# Known exceptions, one per item.
EXCEPTIONS = [
    T(
        (
            "חלק מהכתבות הישנות פורסמו בעברית בלבד; בדפי הערבית והאנגלית הן מוצגות "
            "בעברית ומסומנות כטקסט בעברית לקוראי מסך."
        ),
        (
            "بعض المقالات القديمة نُشرت بالعبرية فقط؛ في الصفحات العربية "
            "والإنجليزية تظهر بالعبرية وتُعلَّم كنص عبري لقارئات الشاشة."
        ),
        (
            "Some older articles were published in Hebrew only; on the Arabic and "
            "English pages they are shown in Hebrew and marked as Hebrew text for "
            "screen readers."
        ),
    ),
    T(
        (
            "תיאורי ארגונים שותפים נכתבים בידי הארגונים עצמם, וייתכן שלחלק מהסמלים "
            "שלהם חסר תיאור מפורט."
        ),
        (
            "أوصاف المنظمات الشريكة تكتبها المنظمات نفسها، وقد ينقص بعض شعاراتها "
            "وصف مفصّل."
        ),
        (
            "Descriptions of partner organizations are written by the organizations"
            " themselves, and some of their logos may lack a detailed description."
        ),
    ),
]

COORDINATORS = {
    "rehovot": (
        T("מיכל אברהמי", "ميخال أبراهامي", "Michal Avrahami"),
        "08-9392000",
        "negishut@rehovot.example.org",
    ),
    "modiin": (
        T("יוסי בן-דוד", "يوسي بن دافيد", "Yossi Ben-David"),
        "08-9726000",
        "negishut@modiin.example.org",
    ),
    "lod": (
        T("סמיר חסן", "سمير حسن", "Samir Hassan"),
        "08-9279999",
        "negishut@lod.example.org",
    ),
    "harish": (
        T("רונית לוי", "رونيت ليفي", "Ronit Levi"),
        "04-6202020",
        "negishut@harish.example.org",
    ),
}

# Reviewed a few weeks before the demo is loaded, as a real one would be.
REVIEWED_DAYS_AGO = 45


def _joined(items):
    """One ``T`` of the items, one per line in each language."""
    return T(*("\n".join(texts) for texts in zip(*items, strict=True)))


def _localized(field, value):
    return {
        build_localized_fieldname(field, language): getattr(value, language)
        for language, _name in settings.LANGUAGES
    }


@transaction.atomic
def load_accessibility_statements():
    """Create or update the statement of every demo municipality that
    exists; returns how many there are."""
    reviewed = timezone.localdate() - timedelta(days=REVIEWED_DAYS_AGO)
    municipalities = Municipality.objects.filter(slug__in=COORDINATORS)
    # Hebrew active, so the untranslated columns hold the Hebrew text.
    with translation.override(settings.LANGUAGE_CODE):
        for municipality in municipalities:
            _save_statement(municipality, reviewed)
    return AccessibilityStatement.objects.filter(
        municipality__slug__in=COORDINATORS
    ).count()


def _save_statement(municipality, reviewed):
    name, phone, email = COORDINATORS[municipality.slug]
    statement = AccessibilityStatement.objects.filter(
        municipality=municipality
    ).first() or AccessibilityStatement(municipality=municipality)
    values = {
        **_localized("standard", STANDARD),
        **_localized("accessible_features", _joined(FEATURES)),
        **_localized("known_exceptions", _joined(EXCEPTIONS)),
        **_localized("coordinator_name", name),
        "coordinator_phone": phone,
        "coordinator_email": email,
        "last_reviewed": reviewed,
    }
    for field, value in values.items():
        setattr(statement, field, value)
    statement.full_clean()
    statement.save()
