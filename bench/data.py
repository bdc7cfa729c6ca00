"""A large, realistic data set for benchmarks: years of news from dozens of
municipalities, thousands of partner organizations, in three languages.

Unlike the demo (``demo.py``), which goes through every model's ``save()``,
this writes rows in bulk: 100,000 articles take minutes, not hours. What
``save()`` would have done is done here instead: the HTML is built from
fragments that went through ``sanitize_html``, and every language gets its
own slug, unique because it ends with the row's number. Signals do not fire
for bulk writes, so the page cache is cleared at the end and the search
index rebuilt (``rebuild_search_index``) by the command.

The same arguments and seed give the same content. Everything generated is
recognisable: municipality slugs start with ``bench-``.
"""

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from itertools import islice

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname

from articles.models import Article, Quote, Topic
from core.html import sanitize_html
from core.models import PublicationStatus
from demo.loader import PALETTES, hero_image_bytes
from departments.models import CommunityDepartment, ProfessionalNetwork
from events import recurrence
from events.models import Event
from library.models import Image as LibraryImage
from municipalities.models import Municipality
from municipalities.workflow import WorkflowStatus
from partners.models import FieldOfAction, PartnerOrganization, Population, Region
from partnerships.models import Delegation, Partnership

SLUG_PREFIX = "bench-"
BATCH_SIZE = 1000
LANGUAGES = ("he", "ar", "en")

# (Hebrew, Arabic, English)
CITIES = [
    ("ירושלים", "القدس", "Jerusalem"),
    ("תל אביב-יפו", "تل أبيب-يافا", "Tel Aviv-Yafo"),
    ("חיפה", "حيفا", "Haifa"),
    ("ראשון לציון", "ريشون لتسيون", "Rishon LeZion"),
    ("פתח תקווה", "بيتح تكفا", "Petah Tikva"),
    ("אשדוד", "أسدود", "Ashdod"),
    ("נתניה", "نتانيا", "Netanya"),
    ("באר שבע", "بئر السبع", "Beersheba"),
    ("חולון", "حولون", "Holon"),
    ("בני ברק", "بني براك", "Bnei Brak"),
    ("רמת גן", "رمات غان", "Ramat Gan"),
    ("רחובות", "رحوفوت", "Rehovot"),
    ("אשקלון", "عسقلان", "Ashkelon"),
    ("בת ים", "بات يام", "Bat Yam"),
    ("בית שמש", "بيت شيمش", "Beit Shemesh"),
    ("כפר סבא", "كفار سابا", "Kfar Saba"),
    ("הרצליה", "هرتسليا", "Herzliya"),
    ("חדרה", "الخضيرة", "Hadera"),
    ("מודיעין", "موديعين", "Modiin"),
    ("נצרת", "الناصرة", "Nazareth"),
    ("לוד", "اللد", "Lod"),
    ("רמלה", "الرملة", "Ramla"),
    ("רעננה", "رعنانا", "Raanana"),
    ("רהט", "رهط", "Rahat"),
    ("אום אל-פחם", "أم الفحم", "Umm al-Fahm"),
    ("עפולה", "العفولة", "Afula"),
    ("טבריה", "طبريا", "Tiberias"),
    ("אילת", "إيلات", "Eilat"),
    ("כרמיאל", "كرميئيل", "Karmiel"),
    ("סח'נין", "سخنين", "Sakhnin"),
]
PARTNER_CITIES = [
    (
        "מיניאפוליס",
        "مينيابوليس",
        "Minneapolis",
        "ארצות הברית",
        "الولايات المتحدة",
        "United States",
    ),
    ("טורונטו", "تورنتو", "Toronto", "קנדה", "كندا", "Canada"),
    ("ליון", "ليون", "Lyon", "צרפת", "فرنسا", "France"),
    (
        "בואנוס איירס",
        "بوينس آيرس",
        "Buenos Aires",
        "ארגנטינה",
        "الأرجنتين",
        "Argentina",
    ),
    ("מנצ'סטר", "مانشستر", "Manchester", "בריטניה", "بريطانيا", "United Kingdom"),
    ("מלבורן", "ملبورن", "Melbourne", "אוסטרליה", "أستراليا", "Australia"),
    (
        "קליבלנד",
        "كليفلاند",
        "Cleveland",
        "ארצות הברית",
        "الولايات المتحدة",
        "United States",
    ),
    ("פרנקפורט", "فرانكفورت", "Frankfurt", "גרמניה", "ألمانيا", "Germany"),
]
TOPICS = [
    ("התנדבות", "التطوع", "Volunteering"),
    ("נוער", "الشباب", "Youth"),
    ("אזרחים ותיקים", "كبار السن", "Older residents"),
    ("עלייה וקליטה", "الهجرة والاستيعاب", "Immigration and integration"),
    ("חוסן קהילתי", "المناعة المجتمعية", "Community resilience"),
    ("תרבות", "الثقافة", "Culture"),
    ("חינוך", "التعليم", "Education"),
    ("סביבה וקיימות", "البيئة والاستدامة", "Environment"),
    ("ספורט", "الرياضة", "Sport"),
    ("בריאות", "الصحة", "Health"),
    ("שכונות", "الأحياء", "Neighbourhoods"),
    ("משלחות", "الوفود", "Delegations"),
    ("עסקים קטנים", "المصالح الصغيرة", "Small business"),
    ("נגישות", "إتاحة الوصول", "Accessibility"),
    ("מגדר", "النوع الاجتماعي", "Gender equality"),
    ("משפחות", "العائلات", "Families"),
    ("מנהיגות מקומית", "القيادة المحلية", "Local leadership"),
    ("דיור", "السكن", "Housing"),
    ("תעסוקה", "التشغيل", "Employment"),
    ("שיתופי פעולה", "الشراكات", "Partnerships"),
]
TAXONOMIES = {
    FieldOfAction: [
        ("חינוך", "التعليم", "Education"),
        ("רווחה", "الرفاه", "Welfare"),
        ("תרבות", "الثقافة", "Culture"),
        ("בריאות", "الصحة", "Health"),
        ("תעסוקה", "التشغيل", "Employment"),
        ("סביבה", "البيئة", "Environment"),
        ("ספורט", "الرياضة", "Sport"),
        ("מנהיגות", "القيادة", "Leadership"),
        ("דיור", "السكن", "Housing"),
        ("זכויות", "الحقوق", "Rights"),
        ("התנדבות", "التطوع", "Volunteering"),
        ("חוסן", "المناعة", "Resilience"),
    ],
    Population: [
        ("ילדים", "الأطفال", "Children"),
        ("נוער", "الشباب", "Youth"),
        ("צעירים", "الشباب البالغون", "Young adults"),
        ("משפחות", "العائلات", "Families"),
        ("אזרחים ותיקים", "كبار السن", "Older people"),
        ("עולים", "القادمون الجدد", "Immigrants"),
        ("אנשים עם מוגבלות", "ذوو الإعاقة", "People with disabilities"),
        ("נשים", "النساء", "Women"),
    ],
    Region: [
        ("צפון", "الشمال", "North"),
        ("חיפה", "حيفا", "Haifa"),
        ("מרכז", "المركز", "Centre"),
        ("תל אביב", "تل أبيب", "Tel Aviv"),
        ("ירושלים", "القدس", "Jerusalem"),
        ("דרום", "الجنوب", "South"),
        ("ארצי", "قطري", "Nationwide"),
    ],
}
SUBJECTS = [
    ("אגף הקהילה", "قسم المجتمع", "The community department"),
    ("המרכז הקהילתי", "المركز الجماهيري", "The community centre"),
    ("ועד השכונה", "لجنة الحي", "The neighbourhood committee"),
    ("מתנדבי העיר", "متطوعو المدينة", "City volunteers"),
    ("משלחת מהעיר התאומה", "وفد من المدينة التوأم", "A delegation from the twin city"),
    ("בני הנוער", "الشباب", "Young people"),
    ("מועדון הגמלאים", "نادي المتقاعدين", "The seniors' club"),
    ("צוות החוסן הקהילתי", "فريق المناعة المجتمعية", "The resilience team"),
    ("מרכז הצעירים", "مركز الشباب", "The young adults' centre"),
    ("קהילת העולים", "مجتمع القادمين الجدد", "The immigrant community"),
]
EVENTS = [
    (
        "תוכנית התנדבות חדשה לקיץ",
        "برنامج تطوع جديد للصيف",
        "a new summer volunteering programme",
    ),
    (
        "פסטיבל שכונתי רב-תרבותי",
        "مهرجان حي متعدد الثقافات",
        "a multicultural neighbourhood festival",
    ),
    (
        "מפגש תושבים על עתיד הפארק",
        "لقاء سكان حول مستقبل الحديقة",
        "a residents' meeting on the park's future",
    ),
    (
        "סדנת מנהיגות לבני נוער",
        "ورشة قيادة للشباب",
        "a leadership workshop for teenagers",
    ),
    ("ערב הוקרה למתנדבים", "أمسية تكريم للمتطوعين", "an evening honouring volunteers"),
    ("ביקור משלחת עסקית", "زيارة وفد اقتصادي", "a business delegation's visit"),
    (
        "יום קהילה בגינה הקהילתית",
        "يوم مجتمعي في الحديقة المجتمعية",
        "a community day in the shared garden",
    ),
    (
        "קורס עזרה ראשונה לתושבים",
        "دورة إسعاف أولي للسكان",
        "a first-aid course for residents",
    ),
    (
        "הרצאה על זכויות אזרחים ותיקים",
        "محاضرة عن حقوق كبار السن",
        "a talk on older residents' rights",
    ),
    ("שוק איכרים ביום שישי", "سوق مزارعين يوم الجمعة", "a Friday farmers' market"),
    (
        "מיזם שכנים עוזרים לשכנים",
        "مبادرة جيران يساعدون جيرانهم",
        "a neighbours-helping-neighbours project",
    ),
    ("חונכות לימודית לילדים", "إرشاد دراسي للأطفال", "homework mentoring for children"),
    (
        "ערב סיפורים בין-דורי",
        "أمسية حكايات بين الأجيال",
        "an intergenerational storytelling night",
    ),
    (
        "הכשרת רכזי חירום שכונתיים",
        "تأهيل منسقي طوارئ في الأحياء",
        "training for neighbourhood emergency leads",
    ),
    (
        "תערוכת צילום של תושבים",
        "معرض صور للسكان",
        "a residents' photography exhibition",
    ),
]
PARAGRAPHS = {
    "he": [
        "ביום שלישי האחרון התכנסו עשרות תושבים ב{city} כדי להכיר את התוכנית החדשה. "
        "נציגי אגף הקהילה הציגו את לוח הזמנים, את דרכי ההצטרפות ואת השותפים "
        "שילוו את הפעילות לאורך השנה, וענו על שאלות שעלו מהקהל.",
        "לדברי מנהלת האגף, היוזמה נולדה מתוך שיחות עם ועדי השכונות ועם ארגונים "
        'שפועלים בעיר שנים רבות. "רצינו ליצור מקום שבו כל תושב ותושבת יכולים '
        'לתרום מהזמן ומהכישורים שלהם, ולפגוש שכנים שלא הכירו קודם", אמרה.',
        "הפעילות תתקיים במרכזים הקהילתיים בשכונות ובמבני ציבור נוספים, והיא "
        "פתוחה לכל הגילים. ההשתתפות ללא תשלום, ויש להירשם מראש באתר העירייה או "
        "במוקד הטלפוני. מספר המקומות בכל מפגש מוגבל.",
        "בשנה שעברה השתתפו בתוכנית דומה יותר משלוש מאות מתנדבים, שליוו משפחות "
        "ותיקות, סייעו לתלמידים בהכנת שיעורי הבית ותרמו לשיפוץ גינות משותפות. "
        "בעקבות ההצלחה החליטה העירייה להרחיב את המיזם לשכונות נוספות.",
        "בין השותפים לתוכנית: ארגוני חברה אזרחית, קרנות פילנתרופיות ובתי ספר "
        "בעיר. נציגי השותפים הדגישו את חשיבות העבודה המשותפת עם הרשות המקומית, "
        "ואת הצורך להקשיב לתושבים לפני שמתכננים פעילות חדשה.",
        "תושבים שהשתתפו במפגש סיפרו שהם מחפשים דרכים להיות מעורבים יותר בחיי "
        "השכונה. אחת המשתתפות, אם לשלושה, אמרה שהיא מקווה שהתוכנית תעזור "
        "לחבר בין משפחות ותיקות למשפחות שעברו לגור בעיר רק לאחרונה.",
        "באגף הקהילה מזכירים כי ניתן להציע רעיונות ליוזמות חדשות בכל עת, "
        "באמצעות הטופס המקוון או בפגישה עם רכזת השכונה. כל הצעה נבחנת "
        "בוועדה משותפת לנציגי התושבים ולצוות המקצועי של העירייה.",
        "האירוע המרכזי ייערך בסוף החודש ויכלול דוכני מידע, הופעות של להקות "
        "מקומיות ופעילות לילדים. הכניסה חופשית, ויינתנו הסעות מהשכונות "
        "המרוחקות. פרטים נוספים יפורסמו בימים הקרובים.",
    ],
    "ar": [
        "اجتمع عشرات السكان في {city} يوم الثلاثاء الماضي للتعرف على البرنامج "
        "الجديد. عرض ممثلو قسم المجتمع الجدول الزمني وطرق الانضمام والشركاء "
        "الذين سيرافقون النشاط على مدار السنة، وأجابوا عن أسئلة الحضور.",
        "وبحسب مديرة القسم، وُلدت المبادرة من حوارات مع لجان الأحياء ومع "
        'منظمات تعمل في المدينة منذ سنوات طويلة. وقالت: "أردنا أن نخلق مكانًا '
        'يستطيع فيه كل ساكن وساكنة أن يساهموا بوقتهم ومهاراتهم".',
        "ستُقام الفعاليات في المراكز الجماهيرية في الأحياء وفي مبانٍ عامة "
        "أخرى، وهي مفتوحة لجميع الأعمار. المشاركة مجانية، ويجب التسجيل مسبقًا "
        "عبر موقع البلدية أو مركز الاتصال. عدد الأماكن في كل لقاء محدود.",
        "في العام الماضي شارك في برنامج مشابه أكثر من ثلاثمئة متطوع، رافقوا "
        "عائلات قديمة وساعدوا الطلاب في واجباتهم المدرسية وساهموا في ترميم "
        "حدائق مشتركة. وبعد هذا النجاح قررت البلدية توسيع المبادرة.",
        "من بين شركاء البرنامج: منظمات مجتمع مدني وصناديق خيرية ومدارس في "
        "المدينة. وشدد ممثلو الشركاء على أهمية العمل المشترك مع السلطة "
        "المحلية، وعلى ضرورة الإصغاء للسكان قبل التخطيط لأي نشاط جديد.",
        "قال سكان شاركوا في اللقاء إنهم يبحثون عن طرق للمشاركة أكثر في حياة "
        "الحي. وقالت إحدى المشاركات، وهي أم لثلاثة أطفال، إنها تأمل أن يساعد "
        "البرنامج في التقريب بين العائلات القديمة والعائلات الجديدة.",
        "يذكّر قسم المجتمع بأنه يمكن اقتراح أفكار لمبادرات جديدة في أي وقت، "
        "من خلال النموذج الإلكتروني أو في لقاء مع منسقة الحي. تُدرس كل فكرة "
        "في لجنة مشتركة لممثلي السكان والطاقم المهني في البلدية.",
        "سيُقام الحدث المركزي في نهاية الشهر ويشمل أكشاك معلومات وعروضًا "
        "لفرق محلية ونشاطات للأطفال. الدخول مجاني، وستتوفر مواصلات من "
        "الأحياء البعيدة. ستُنشر تفاصيل إضافية في الأيام القريبة.",
    ],
    "en": [
        "Dozens of residents of {city} gathered last Tuesday to learn about the "
        "new programme. Staff of the community department presented the "
        "timetable, how to join and the partners who will accompany the "
        "activity throughout the year, and answered questions from the floor.",
        "According to the department's director, the initiative grew out of "
        "conversations with neighbourhood committees and with organisations "
        'that have worked in the city for years. "We wanted a place where '
        'every resident can give some time and skills," she said.',
        "Activities will take place in the neighbourhood community centres "
        "and other public buildings, and are open to all ages. Taking part is "
        "free of charge; please register in advance on the municipal website "
        "or through the call centre. Places at each meeting are limited.",
        "Last year more than three hundred volunteers took part in a similar "
        "programme, accompanying older families, helping pupils with their "
        "homework and restoring shared gardens. Following that success, the "
        "municipality decided to extend the project to more neighbourhoods.",
        "The programme's partners include civil-society organisations, "
        "philanthropic foundations and local schools. Their representatives "
        "stressed the value of working together with the local authority, "
        "and of listening to residents before planning anything new.",
        "Residents at the meeting said they were looking for ways to become "
        "more involved in neighbourhood life. One participant, a mother of "
        "three, hoped the programme would bring long-standing families "
        "together with families who have only recently moved to the city.",
        "The community department reminds residents that ideas for new "
        "initiatives are welcome at any time, through the online form or in "
        "a meeting with the neighbourhood coordinator. Every proposal is "
        "reviewed by a joint committee of residents and municipal staff.",
        "The main event will be held at the end of the month, with "
        "information stands, performances by local bands and activities for "
        "children. Entry is free, and shuttles will run from outlying "
        "neighbourhoods. More details will be published in the coming days.",
    ],
}
HEADINGS = {
    "he": ["איך מצטרפים", "מה בתוכנית", "מה אומרים התושבים", "השלב הבא"],
    "ar": ["كيف تنضمون", "ماذا في البرنامج", "ماذا يقول السكان", "المرحلة القادمة"],
    "en": ["How to join", "What is planned", "What residents say", "What comes next"],
}
LIST_ITEMS = {
    "he": [
        "מפגשי היכרות בשכונות",
        "ליווי אישי למשפחות",
        "סדנאות לבני נוער",
        "פעילות משותפת לכל הגילים",
    ],
    "ar": [
        "لقاءات تعارف في الأحياء",
        "مرافقة شخصية للعائلات",
        "ورشات للشباب",
        "نشاط مشترك لجميع الأعمار",
    ],
    "en": [
        "Get-to-know-you meetings in each neighbourhood",
        "Personal support for families",
        "Workshops for teenagers",
        "Activities for all ages together",
    ],
}
LEDES = {
    "he": "התוכנית תפעל בכל שכונות {city} ותציע לתושבים דרכים חדשות להתנדב, "
    "להיפגש ולקחת חלק בעיצוב החיים המשותפים.",
    "ar": "سيعمل البرنامج في جميع أحياء {city} وسيقدم للسكان طرقًا جديدة للتطوع "
    "واللقاء والمشاركة في تشكيل الحياة المشتركة.",
    "en": "The programme will run in every neighbourhood of {city}, offering "
    "residents new ways to volunteer, meet and shape life together.",
}
QUOTES = [
    (
        "אין תחליף למפגש פנים אל פנים בין שכנים.",
        "لا بديل عن اللقاء وجهًا لوجه بين الجيران.",
        "Nothing replaces neighbours meeting face to face.",
        "נועה לוי",
        "نوعا ليفي",
        "Noa Levi",
    ),
    (
        "כל תושב יכול לתרום משהו, גם שעה בשבוע.",
        "كل ساكن يستطيع أن يساهم، ولو بساعة أسبوعيًا.",
        "Every resident can give something, even an hour a week.",
        "סמיר חורי",
        "سمير خوري",
        "Samir Khoury",
    ),
]
BYLINES = [
    ("דוברות העירייה", "الناطق بلسان البلدية", "Municipal spokesperson's office"),
    ("אגף הקהילה", "قسم المجتمع", "Community department"),
    ("מערכת האתר", "هيئة تحرير الموقع", "Site editors"),
]
# What is on: none of these words is one the benchmark searches for, so the
# searches find what they found before the events were added.
ACTIVITIES = [
    ("חוג ציור לילדים", "حلقة رسم للأطفال", "Painting club for children"),
    ("הרצאה על תולדות העיר", "محاضرة عن تاريخ المدينة", "A talk on the city's history"),
    ("ערב שירה בציבור", "أمسية غناء جماعي", "A sing-along evening"),
    ("ניקיון חוף ופארק", "تنظيف الشاطئ والحديقة", "Beach and park clean-up"),
    ("יריד מתנדבים", "معرض المتطوعين", "Volunteering fair"),
    ("מפגש הורים וצוות", "لقاء الأهالي والطاقم", "Parents and staff meeting"),
    ("טורניר כדורגל שכונתי", "دوري كرة قدم في الحي", "Neighbourhood football"),
    ("סיור בשכונה הוותיקה", "جولة في الحي القديم", "A walk through the old quarter"),
]
VENUES = (
    ("המרכז הקהילתי", "المركز الجماهيري", "The community centre"),
    ("ספריית העיר", "مكتبة المدينة", "The city library"),
    ("הפארק העירוני", "الحديقة البلدية", "The city park"),
)
PARTNER_PREFIXES = [
    ("עמותת", "جمعية", "Association", PartnerOrganization.Kind.NGO),
    ("קואליציית", "ائتلاف", "Coalition", PartnerOrganization.Kind.COALITION),
    ("קרן", "صندوق", "Foundation", PartnerOrganization.Kind.FOUNDATION),
    ("מרכז", "مركز", "Centre", PartnerOrganization.Kind.NGO),
    ("רשת", "شبكة", "Network", PartnerOrganization.Kind.NGO),
    ("חברת", "شركة", "Company", PartnerOrganization.Kind.BUSINESS),
]
PARTNER_ROOTS = [
    ("שכנים טובים", "الجيران الطيبين", "Good Neighbours"),
    ("גשר לקהילה", "جسر للمجتمع", "Bridge to Community"),
    ("יד לנוער", "يد للشباب", "Hand for Youth"),
    ("בית פתוח", "البيت المفتوح", "Open House"),
    ("עתיד משותף", "مستقبل مشترك", "Shared Future"),
    ("אור לשכונה", "نور للحي", "Light for the Neighbourhood"),
    ("צעדים ראשונים", "خطوات أولى", "First Steps"),
    ("מעגלי חוסן", "دوائر المناعة", "Resilience Circles"),
    ("ירוק בעיר", "أخضر في المدينة", "Green in the City"),
    ("קול התושבים", "صوت السكان", "Residents' Voice"),
]
PARTNER_SUMMARIES = (
    "מלווה קהילות ותושבים בשכונות ובונה יחד איתם פעילות משותפת.",
    "ترافق المجتمعات والسكان في الأحياء وتبني معهم نشاطًا مشتركًا.",
    "Works with residents and communities in their neighbourhoods.",
)


@dataclass
class Sizes:
    articles: int = 100_000
    municipalities: int = 30
    partners: int = 5_000
    images: int = 24
    events: int = 3_000


def _t(field, values):
    """Keyword arguments for a translated field: ``{field_he: ..., ...}``."""
    return {
        build_localized_fieldname(field, code): value
        for code, value in zip(LANGUAGES, values, strict=True)
    }


def _slugs(field, values, number):
    return _t(
        field,
        [f"{slugify(value, allow_unicode=True)[:200]}-{number}" for value in values],
    )


def _batches(iterable, size=BATCH_SIZE):
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


class BenchData:
    def __init__(self, sizes, *, seed=2026, stdout=None):
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.stdout = stdout
        self.now = timezone.now()
        # HTML fragments, sanitized once: an article's body is a choice of them.
        self.paragraphs = {
            code: [sanitize_html(f"<p>{text}</p>") for text in texts]
            for code, texts in PARAGRAPHS.items()
        }
        self.headings = {
            code: [sanitize_html(f"<h2>{text}</h2>") for text in texts]
            for code, texts in HEADINGS.items()
        }
        self.lists = {
            code: sanitize_html(
                "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
            )
            for code, items in LIST_ITEMS.items()
        }

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def run(self):
        # modeltranslation fills each original column (title, slug...) from
        # the Hebrew one, as save() does.
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            self.images = self.make_images()
            self.make_labels()
            self.make_municipalities()
            self.make_partners()
            self.make_partnerships()
            self.make_articles()
            self.make_events()

    # ------------------------------------------------------------ helpers

    def make_images(self):
        names = make_images(self.sizes.images)
        # The articles' photos come from the library, each described once.
        self.photos = LibraryImage.objects.bulk_create(
            LibraryImage(
                file=name,
                width=1200,
                height=675,
                **_t(
                    "alt_text",
                    (
                        "תושבים במפגש קהילתי",
                        "سكان في لقاء مجتمعي",
                        "Residents at a community meeting",
                    ),
                ),
            )
            for name in names
        )
        self.log(f"{len(names)} images")
        return names

    def make_labels(self):
        self.topics = Topic.objects.bulk_create(
            Topic(**_t("name", names), slug=f"{SLUG_PREFIX}topic-{number}")
            for number, names in enumerate(TOPICS)
        )
        self.labels = {}
        for model, rows in TAXONOMIES.items():
            self.labels[model] = model.objects.bulk_create(
                model(
                    **_t("name", names),
                    slug=f"{SLUG_PREFIX}{model._meta.model_name}-{number}",
                )
                for number, names in enumerate(rows)
            )
        self.networks = ProfessionalNetwork.objects.bulk_create(
            [
                ProfessionalNetwork(
                    **_t(
                        "name",
                        (
                            "רשת מנהלי הקהילה",
                            "شبكة مديري المجتمع",
                            "Community managers' network",
                        ),
                    ),
                    member_authorities_count=self.sizes.municipalities,
                )
            ]
        )

    def make_municipalities(self):
        cities = [
            CITIES[n]
            if n < len(CITIES)
            else (f"עיר {n + 1}", f"مدينة {n + 1}", f"City {n + 1}")
            for n in range(self.sizes.municipalities)
        ]
        self.municipalities = Municipality.objects.bulk_create(
            Municipality(
                **_t("name", names),
                slug=f"{SLUG_PREFIX}{slugify(names[2]) or number}",
                website="https://www.example.org/",
            )
            for number, names in enumerate(cities)
        )
        departments = CommunityDepartment.objects.bulk_create(
            CommunityDepartment(
                municipality=municipality,
                **_t(
                    "name",
                    (
                        f"אגף הקהילה {municipality.name_he}",
                        f"قسم المجتمع {municipality.name_ar}",
                        f"{municipality.name_en} community department",
                    ),
                ),
                slug=f"{municipality.slug}-community",
                **_t(
                    "mission",
                    (
                        "לחבר בין התושבים לבין העירייה.",
                        "ربط السكان بالبلدية.",
                        "Connecting residents and the city.",
                    ),
                ),
                status=PublicationStatus.PUBLISHED,
                year_founded=self.rng.randint(1990, 2020),
            )
            for municipality in self.municipalities
        )
        through = CommunityDepartment.networks.through
        through.objects.bulk_create(
            through(communitydepartment=department, professionalnetwork=network)
            for department in departments
            for network in self.networks
        )
        self.departments = {d.municipality_id: d for d in departments}
        self.log(f"{len(self.municipalities)} municipalities")

    def make_partners(self):
        rng = self.rng
        created = []
        for batch in _batches(range(self.sizes.partners)):
            partners = []
            for number in batch:
                prefix = PARTNER_PREFIXES[number % len(PARTNER_PREFIXES)]
                root = PARTNER_ROOTS[(number // len(PARTNER_PREFIXES)) % 10]
                city = self.municipalities[number % len(self.municipalities)]
                names = (
                    f"{prefix[0]} {root[0]} {city.name_he} {number}",
                    f"{prefix[1]} {root[1]} {city.name_ar} {number}",
                    f"{root[2]} {prefix[2]} of {city.name_en} {number}",
                )
                spotlight = number < 24
                partners.append(
                    PartnerOrganization(
                        **_t("name", names),
                        slug=f"{SLUG_PREFIX}partner-{number}",
                        kind=prefix[3],
                        **_t("summary", PARTNER_SUMMARIES),
                        **_t("description", self._plain_text(city, number)),
                        contact_email=f"partner{number}@example.org",
                        website="https://www.example.org/",
                        communities_count=rng.randint(1, 40),
                        status=PublicationStatus.PUBLISHED
                        if rng.random() < 0.95
                        else PublicationStatus.DRAFT,
                        is_spotlight=spotlight,
                        spotlight_date=self.now.date() - timedelta(days=30 * number)
                        if spotlight
                        else None,
                    )
                )
            created += PartnerOrganization.objects.bulk_create(partners)
        self.partners = created
        for relation, model, most in (
            ("fields_of_action", FieldOfAction, 3),
            ("populations", Population, 2),
            ("regions", Region, 2),
        ):
            self._link(PartnerOrganization, relation, created, self.labels[model], most)
        self._link(
            PartnerOrganization, "municipalities", created, self.municipalities, 3
        )
        self.log(f"{len(created)} partner organizations")

    def make_partnerships(self):
        rng = self.rng
        partnerships = []
        for number, municipality in enumerate(self.municipalities):
            for twin in rng.sample(PARTNER_CITIES, 2):
                partnerships.append(
                    Partnership(
                        **_t(
                            "name",
                            (
                                f"{municipality.name_he} – {twin[0]}",
                                f"{municipality.name_ar} – {twin[1]}",
                                f"{municipality.name_en} – {twin[2]}",
                            ),
                        ),
                        slug=f"{municipality.slug}-{slugify(twin[2])}",
                        municipality=municipality,
                        **_t("partner_city", twin[:3]),
                        **_t("partner_country", twin[3:]),
                        year_started=rng.randint(1995, 2024),
                        **_t("description", self._plain_text(municipality, number)),
                        image=rng.choice(self.photos) if self.photos else None,
                        status=PublicationStatus.PUBLISHED,
                    )
                )
        self.partnerships = Partnership.objects.bulk_create(partnerships)
        delegations = []
        for partnership in self.partnerships:
            for offset in (-400, -30, 45):
                starts = self.now.date() + timedelta(days=offset)
                delegations.append(
                    Delegation(
                        partnership=partnership,
                        **_t("title", ("משלחת נוער", "وفد شبابي", "Youth delegation")),
                        direction=rng.choice(Delegation.Direction.values),
                        starts_on=starts,
                        ends_on=starts + timedelta(days=6),
                        participants_count=rng.randint(8, 40),
                    )
                )
        Delegation.objects.bulk_create(delegations)
        self.partnerships_by_city = {}
        for partnership in self.partnerships:
            self.partnerships_by_city.setdefault(
                partnership.municipality_id, []
            ).append(partnership)
        self.log(f"{len(self.partnerships)} partnerships")

    def _plain_text(self, municipality, number):
        """Two paragraphs of plain text in each language."""
        cities = (municipality.name_he, municipality.name_ar, municipality.name_en)
        return [
            "\n\n".join(
                PARAGRAPHS[code][(number + i) % len(PARAGRAPHS[code])] for i in range(2)
            ).replace("{city}", city)
            for code, city in zip(LANGUAGES, cities, strict=True)
        ]

    def make_articles(self):
        total = self.sizes.articles
        made = 0
        for batch in _batches(range(total)):
            articles = [self._article(number) for number in batch]
            articles = Article.objects.bulk_create(articles)
            self._link(Article, "topics", articles, self.topics, 3, least=1)
            # One article in five names a partner organization or two, one
            # in three carries a pull quote.
            self._link(
                Article,
                "partner_organizations",
                [article for article in articles if article.pk % 5 == 0],
                self.partners,
                2,
                least=1,
            )
            Quote.objects.bulk_create(
                self._quote(article) for article in articles if article.pk % 3 == 0
            )
            made += len(articles)
            if made % 10_000 < BATCH_SIZE:
                self.log(f"{made} articles")
        self.log(f"{made} articles")

    def _article(self, number):
        rng = self.rng
        municipality = self.municipalities[number % len(self.municipalities)]
        cities = (municipality.name_he, municipality.name_ar, municipality.name_en)
        subject = SUBJECTS[rng.randrange(len(SUBJECTS))]
        event = EVENTS[rng.randrange(len(EVENTS))]
        titles = (
            f"{subject[0]}: {event[0]} ב{cities[0]}",
            f"{subject[1]}: {event[1]} في {cities[1]}",
            f"{subject[2]}: {event[2]} in {cities[2]}",
        )
        status, published_at = self._workflow_state(rng)
        paragraph_count = len(PARAGRAPHS["he"])
        order = rng.sample(range(paragraph_count), 5)
        heading = rng.randrange(len(HEADINGS["he"]))
        with_list = rng.random() < 0.4
        bodies = []
        for code, city in zip(LANGUAGES, cities, strict=True):
            parts = [self.paragraphs[code][i] for i in order]
            parts.insert(2, self.headings[code][heading])
            if with_list:
                parts.insert(4, self.lists[code])
            bodies.append("".join(parts).replace("{city}", city))
        has_image = self.images and rng.random() < 0.6
        partnerships = self.partnerships_by_city.get(municipality.pk, [])
        return Article(
            status=status,
            published_at=published_at,
            **_t("title", titles),
            **_slugs("slug", titles, number),
            **_t(
                "lede",
                [
                    LEDES[c].format(city=city)
                    for c, city in zip(LANGUAGES, cities, strict=True)
                ],
            ),
            **_t("body", bodies),
            image=rng.choice(self.photos) if has_image else None,
            **_t("byline", BYLINES[number % len(BYLINES)]),
            municipality=municipality,
            department=self.departments[municipality.pk]
            if rng.random() < 0.5
            else None,
            partnership=rng.choice(partnerships)
            if partnerships and rng.random() < 0.1
            else None,
        )

    def make_events(self):
        """Three years of events and half a year ahead in every city; one
        in eight repeats weekly for two months, one in five has a price."""
        events = [self._event(number) for number in range(self.sizes.events)]
        for batch in _batches(events):
            created = Event.objects.bulk_create(batch)
            self._link(Event, "topics", created, self.topics, 2, least=1)
        self.log(f"{len(events)} events")

    def _event(self, number):
        rng = self.rng
        municipality = self.municipalities[number % len(self.municipalities)]
        activity = ACTIVITIES[rng.randrange(len(ACTIVITIES))]
        day = self.now.date() + timedelta(days=rng.randint(-3 * 365, 183))
        starts_at = timezone.make_aware(
            datetime.combine(day, time(rng.choice((10, 17, 18, 19)))),
            recurrence.local_zone(),
        )
        repeats = number % 8 == 0
        is_free = number % 5 != 0
        event = Event(
            **_t("title", activity),
            **_slugs("slug", activity, number),
            **_t("summary", activity),
            **_t("venue_name", VENUES[number % len(VENUES)]),
            **(
                {}
                if is_free
                else _t("price", ("20 ₪ לאדם", "20 شيكل للشخص", "NIS 20 each"))
            ),
            municipality=municipality,
            department=self.departments[municipality.pk],
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=2),
            repeats=Event.Repeats.WEEKLY if repeats else "",
            repeat_until=day + timedelta(days=60) if repeats else None,
            is_free=is_free,
            step_free=number % 3 == 0,
            status=WorkflowStatus.PUBLISHED,
            published_at=min(starts_at - timedelta(days=30), self.now),
        )
        event.last_ends_at = recurrence.last_end(event)
        return event

    def _workflow_state(self, rng):
        """Mostly published, over ten years; some drafts, some in review,
        some archived, a few scheduled for the coming weeks."""
        roll = rng.random()
        past = self.now - timedelta(seconds=rng.randint(60, 10 * 365 * 24 * 3600))
        if roll < 0.88:
            return WorkflowStatus.PUBLISHED, past
        if roll < 0.89:
            future = self.now + timedelta(seconds=rng.randint(3600, 30 * 24 * 3600))
            return WorkflowStatus.PUBLISHED, future
        if roll < 0.94:
            return WorkflowStatus.DRAFT, None
        if roll < 0.97:
            return WorkflowStatus.IN_REVIEW, None
        return WorkflowStatus.ARCHIVED, past

    def _quote(self, article):
        quote = QUOTES[article.pk % len(QUOTES)]
        return Quote(
            article=article,
            **_t("text", quote[:3]),
            **_t("speaker", quote[3:]),
            sort_order=0,
        )

    def _link(self, model, relation, objects, targets, most, least=0):
        """Bulk-insert ``relation`` rows: each object gets ``least`` to
        ``most`` distinct targets."""
        field = model._meta.get_field(relation)
        through = field.remote_field.through
        source_column = field.m2m_field_name()
        target_column = field.m2m_reverse_field_name()
        rows = []
        for obj in objects:
            count = self.rng.randint(least, most)
            for target in self.rng.sample(targets, min(count, len(targets))):
                rows.append(through(**{source_column: obj, target_column: target}))
        for batch in _batches(rows, 5000):
            through.objects.bulk_create(batch)


def make_images(count):
    """The photos the articles share, written once to the default storage
    under fixed names; those already there are kept."""
    names = []
    palettes = sorted(PALETTES)
    for number in range(count):
        name = f"articles/{SLUG_PREFIX}{number:03d}.jpg"
        if not default_storage.exists(name):
            palette = palettes[number % len(palettes)]
            data = hero_image_bytes(f"bench-{number}", palette)
            name = default_storage.save(name, ContentFile(data))
        names.append(name)
    return names


def bench_data_present():
    return Municipality.objects.filter(slug__startswith=SLUG_PREFIX).exists()


def analyze_tables():
    """Fresh planner statistics (and, on PostgreSQL, a visibility map that
    lets counts use index-only scans) after a bulk load."""
    with connection.cursor() as cursor:
        # VACUUM cannot run in a transaction (a test, a caller's atomic()).
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")


def generate(sizes, *, seed=2026, stdout=None):
    BenchData(sizes, seed=seed, stdout=stdout).run()
