"""The demonstration content that ``load_demo`` writes: four municipalities,
their community departments, partner organizations, two city-to-city
partnerships and a couple of months of news.

Every translated value is a ``T`` with the Hebrew original first, then
Arabic and English. Prose may be wrapped freely in the source: the loader
joins wrapped lines and keeps blank lines as paragraph breaks. Fields that
hold one item per line (services, funders, other members) keep their lines.
People's names are invented; places and figures come from the field.
"""

from typing import NamedTuple


class T(NamedTuple):
    """One value in every language of the site."""

    he: str
    ar: str
    en: str


# ---------------------------------------------------------------- LABELS
TOPICS = [
    ("resilience", T("חוסן קהילתי", "المناعة المجتمعية", "Community resilience")),
    ("volunteering", T("התנדבות", "التطوّع", "Volunteering")),
    ("business", T("עסקים מקומיים", "المصالح التجارية المحلية", "Local business")),
    ("seniors", T("אזרחים ותיקים", "كبار السن", "Senior citizens")),
    ("youth", T("נוער", "الشبيبة", "Youth")),
    (
        "partnerships-abroad",
        T("שותפויות בעולם", "شراكات حول العالم", "Partnerships abroad"),
    ),
    ("neighbourhoods", T("שכונות", "الأحياء", "Neighbourhoods")),
]

FIELDS_OF_ACTION = [
    ("dialogue", T("שיח משותף", "حوار مشترك", "Shared dialogue")),
    ("joint-action", T("עשייה משותפת", "عمل مشترك", "Joint action")),
    (
        "working-with-authorities",
        T(
            "עבודה מול הרשות",
            "العمل مع السلطة المحلية",
            "Working with the local authority",
        ),
    ),
    (
        "emergency-resilience",
        T("חוסן וחירום", "المناعة والطوارئ", "Resilience and emergencies"),
    ),
    (
        "economic-development",
        T("פיתוח כלכלי", "التنمية الاقتصادية", "Economic development"),
    ),
]

POPULATIONS = [
    ("families", T("משפחות", "العائلات", "Families")),
    ("youth", T("בני נוער", "الشبيبة", "Teenagers")),
    ("seniors", T("אזרחים ותיקים", "كبار السن", "Senior citizens")),
    ("immigrants", T("עולים חדשים", "القادمون الجدد", "New immigrants")),
    (
        "business-owners",
        T("בעלי עסקים", "أصحاب المصالح التجارية", "Business owners"),
    ),
    ("arab-society", T("החברה הערבית", "المجتمع العربي", "Arab society")),
]

REGIONS = [
    ("north", T("צפון", "الشمال", "North")),
    ("south", T("דרום", "الجنوب", "South")),
    ("center", T("מרכז", "المركز", "Center")),
    ("jerusalem", T("ירושלים", "القدس", "Jerusalem")),
    ("sharon", T("שרון", "الشارون", "Sharon")),
]

DELEGATION_ACTIVITIES = [
    (
        "home-hosting",
        T("אירוח בבתי תושבים", "استضافة في بيوت السكان", "Home hosting"),
    ),
    (
        "business-visits",
        T(
            "ביקורים בעסקים מקומיים",
            "زيارات لمصالح تجارية محلية",
            "Visits to local businesses",
        ),
    ),
    (
        "mayor-meeting",
        T("פגישה עם ראש העיר", "لقاء مع رئيس البلدية", "Meeting with the mayor"),
    ),
    (
        "networking-breakfast",
        T("ארוחת בוקר ונטוורקינג", "فطور وتشبيك مهني", "Networking breakfast"),
    ),
    ("ngo-visits", T("ביקורים בעמותות", "زيارات لجمعيات", "Visits to non-profits")),
    ("study-day", T("יום עיון", "يوم دراسي", "Study day")),
]

# ---------------------------------------------------------------- MUNICIPALITIES
# ``palette`` picks the colours of the generated logo and article images.
MUNICIPALITIES = [
    {
        "slug": "rehovot",
        "name": T("רחובות", "رحوفوت", "Rehovot"),
        "website": "https://www.rehovot.example.org",
        "palette": "citrus",
    },
    {
        "slug": "modiin",
        "name": T(
            "מודיעין-מכבים-רעות",
            "موديعين-مكابيم-رعوت",
            "Modi'in-Maccabim-Re'ut",
        ),
        "website": "https://www.modiin.example.org",
        "palette": "sky",
    },
    {
        "slug": "lod",
        "name": T("לוד", "اللد", "Lod"),
        "website": "https://www.lod.example.org",
        "palette": "clay",
    },
    {
        "slug": "harish",
        "name": T("חריש", "حريش", "Harish"),
        "website": "https://www.harish.example.org",
        "palette": "heather",
    },
]

BYLINES = {
    "rehovot": T(
        "דוברות עיריית רחובות",
        "مكتب الناطق بلسان بلدية رحوفوت",
        "Rehovot Municipality Spokesperson's Office",
    ),
    "modiin": T(
        "דוברות עיריית מודיעין-מכבים-רעות",
        "مكتب الناطق بلسان بلدية موديعين-مكابيم-رعوت",
        "Modi'in-Maccabim-Re'ut Municipality Spokesperson's Office",
    ),
    "lod": T(
        "דוברות עיריית לוד",
        "مكتب الناطق بلسان بلدية اللد",
        "Lod Municipality Spokesperson's Office",
    ),
    "harish": T(
        "דוברות עיריית חריש",
        "مكتب الناطق بلسان بلدية حريش",
        "Harish Municipality Spokesperson's Office",
    ),
}

# ---------------------------------------------------------------- NETWORKS
# Networks have no slug; the Hebrew name is their key.
NETWORKS = [
    {
        "key": "managers",
        "name": T(
            "הקהילה המקצועית של מנהלי הקהילה ברשויות",
            "المجتمع المهني لمديري أقسام المجتمع في السلطات المحلية",
            "Professional Community of Community-Department Managers",
        ),
        "description": T(
            he="""
            מנהלות ומנהלים של יחידות קהילה מ-30 רשויות מקומיות נפגשים
            לאורך השנה כדי ללמוד זה מזה.
            בתוכנית: ימי עיון, סמינר בן יומיים על שותפות בין הרשות לתושבים,
            וקמפיין שמזמין רשויות נוספות להקים יחידת קהילה משלהן.
            """,
            ar="""
            يلتقي مديرو ومديرات أقسام المجتمع من 30 سلطة محلية على مدار
            السنة ليتعلّم بعضهم من بعض.
            يشمل البرنامج أيامًا دراسية، وندوة لمدة يومين حول الشراكة بين
            السلطة المحلية والسكان، وحملة تدعو سلطات أخرى إلى إنشاء وحدة
            مجتمع خاصة بها.
            """,
            en="""
            Heads of community departments from 30 local authorities meet
            throughout the year to learn from one another.
            The programme includes study days, a two-day seminar on
            partnership between an authority and its residents, and a
            campaign inviting more authorities to open a community unit of
            their own.
            """,
        ),
        "member_authorities_count": 30,
        "website": "https://www.community-managers.example.org",
    },
    {
        "key": "partner-cities",
        "name": T(
            "פורום הערים בשותפות עם קהילות בעולם",
            "منتدى المدن الشريكة مع جاليات في العالم",
            "Forum of Cities in Global Partnerships",
        ),
        "description": T(
            he="""
            ערים בישראל שמקיימות קשר קבוע עם קהילה יהודית בחו״ל חולקות
            בפורום כלים לניהול ועדות היגוי, לאירוח משלחות ולגיוס מתנדבים
            משני הצדדים.
            """,
            ar="""
            تتبادل في هذا المنتدى مدنٌ إسرائيلية تربطها علاقة دائمة بجالية
            يهودية في الخارج أدواتٍ لإدارة لجان التوجيه واستضافة الوفود
            وتجنيد المتطوعين من الجانبين.
            """,
            en="""
            Israeli cities with a standing tie to a Jewish community abroad
            use the forum to share tools for running steering committees,
            hosting delegations and recruiting volunteers on both sides.
            """,
        ),
        "member_authorities_count": 18,
        "website": "https://www.partner-cities.example.org",
    },
]

# ---------------------------------------------------------------- DEPARTMENTS
DEPARTMENTS = [
    {
        "slug": "rehovot-community",
        "municipality": "rehovot",
        "status": "published",
        "name": T(
            "מינהל קהילה ומעורבות תושבים",
            "إدارة المجتمع ومشاركة السكان",
            "Community and Resident Engagement Administration",
        ),
        "head_name": T("מיכל ברק", "ميخال باراك", "Michal Barak"),
        "head_title": T(
            "מנהלת מינהל הקהילה",
            "مديرة إدارة المجتمع",
            "Director of the Community Administration",
        ),
        "mission": T(
            he="""
            אנחנו מחברים בין תושבי רחובות לבין העירייה, ובין התושבים לבין עצמם.
            המינהל מלווה ועדי שכונות, מטפח יוזמות של תושבים ומוביל את
            השותפות של העיר עם הקהילה היהודית של מיניאפוליס,
            מתוך אמונה שעיר עם קהילות חזקות מתמודדת טוב יותר בשגרה ובחירום.
            """,
            ar="""
            نعمل على ربط سكان رحوفوت بالبلدية، وربط السكان بعضهم ببعض.
            ترافق الإدارة لجان الأحياء، وترعى مبادرات السكان، وتقود شراكة
            المدينة مع الجالية اليهودية في مينيابوليس،
            انطلاقًا من قناعتنا بأن المدينة ذات المجتمعات القوية أقدر على
            مواجهة الأيام العادية وحالات الطوارئ.
            """,
            en="""
            We connect Rehovot's residents with City Hall and with each other.
            The administration supports neighbourhood committees, nurtures
            residents' initiatives and leads the city's partnership with the
            Jewish community of Minneapolis,
            because a city with strong communities copes better in ordinary
            times and in emergencies.
            """,
        ),
        "services": T(
            he="""
            ליווי ועדי שכונות ונציגויות תושבים
            מרכז התנדבות עירוני ומאגר הזדמנויות להתנדב
            קרן קטנה ליוזמות של תושבים
            צוותי חוסן שכונתיים לשעת חירום
            השותפות עם מיניאפוליס ואירוח משלחות
            הכשרות למנהיגות קהילתית
            """,
            ar="""
            مرافقة لجان الأحياء وممثليات السكان
            مركز تطوع بلدي وقاعدة بيانات لفرص التطوع
            صندوق صغير لدعم مبادرات السكان
            فرق مناعة في الأحياء لحالات الطوارئ
            الشراكة مع مينيابوليس واستضافة الوفود
            دورات تأهيل للقيادة المجتمعية
            """,
            en="""
            Support for neighbourhood committees and resident councils
            City volunteering centre and a directory of opportunities
            Small grants for residents' initiatives
            Neighbourhood resilience teams for emergencies
            The Minneapolis partnership and hosting delegations
            Community leadership training
            """,
        ),
        "email": "community@rehovot.example.org",
        "phone": "08-9391234",
        "address": T(
            "כיכר העירייה 1, רחובות",
            "ساحة البلدية 1، رحوفوت",
            "1 Town Hall Square, Rehovot",
        ),
        "website": "https://www.rehovot.example.org/community",
        "year_founded": 2016,
        "networks": ["managers", "partner-cities"],
    },
    {
        "slug": "modiin-community",
        "municipality": "modiin",
        "status": "published",
        "name": T("אגף קהילה", "قسم المجتمع", "Community Division"),
        "head_name": T("רונית אלמוג", "رونيت ألموغ", "Ronit Almog"),
        "head_title": T(
            "מנהלת אגף הקהילה ויועצת ראש העיר לאזרחים ותיקים",
            "مديرة قسم المجتمع ومستشارة رئيس البلدية لشؤون كبار السن",
            "Head of the Community Division and the mayor's adviser on senior citizens",
        ),
        "mission": T(
            he="""
            האגף הוקם מתוך הבנה שהעירייה צריכה לעבוד עם התושבים ולא רק בשבילם.
            אנחנו מתאימים את השירותים לצורכי כל שכונה וכל אוכלוסייה, מעודדים
            תושבים להוביל יוזמות
            ומחזקים את הקשרים שמחזיקים את העיר בימים רגילים ובימי משבר.
            """,
            ar="""
            أُنشئ القسم انطلاقًا من إدراكنا أن على البلدية أن تعمل مع السكان
            لا من أجلهم فقط.
            نلائم الخدمات لاحتياجات كل حيّ وكل فئة سكانية، ونشجّع السكان على
            قيادة المبادرات،
            ونقوّي الروابط التي تسند المدينة في الأيام العادية وفي أوقات الأزمات.
            """,
            en="""
            The division was set up because a city should work with its
            residents, not only for them.
            We shape services around the needs of each neighbourhood and
            population, encourage residents to lead initiatives
            and strengthen the ties that hold the city together on ordinary
            days and in a crisis.
            """,
        ),
        "services": T(
            he="""
            מנהלת או מנהל קהילה בכל אחת משכונות העיר
            מענים לאזרחים ותיקים ולבני משפחותיהם
            ליווי משפחות בשעת משבר ואובדן
            בית ספר לפעילים ולמנהיגות שכונתית
            פורום ארגוני החברה האזרחית בעיר
            הקשר עם הקהילה השותפה במנצ'סטר
            """,
            ar="""
            مدير أو مديرة مجتمع في كل حيّ من أحياء المدينة
            خدمات لكبار السن ولعائلاتهم
            مرافقة العائلات في أوقات الأزمات والفقدان
            مدرسة للناشطين وللقيادة في الأحياء
            منتدى منظمات المجتمع المدني في المدينة
            التواصل مع الجالية الشريكة في مانشستر
            """,
            en="""
            A community manager for every neighbourhood
            Services for senior citizens and their families
            Support for families in crisis and bereavement
            A school for activists and neighbourhood leaders
            The city's forum of civil-society organizations
            Ties with our partner community in Manchester
            """,
        ),
        "email": "community@modiin.example.org",
        "phone": "08-9726123",
        "address": T(
            "רחוב העמק 10, מודיעין-מכבים-רעות",
            "شارع هعيمك 10، موديعين-مكابيم-رعوت",
            "10 HaEmek St., Modi'in-Maccabim-Re'ut",
        ),
        "website": "https://www.modiin.example.org/community",
        "year_founded": 2009,
        "networks": ["managers", "partner-cities"],
    },
    {
        "slug": "lod-community",
        "municipality": "lod",
        "status": "published",
        "name": T(
            "מחלקת קהילה ושכונות",
            "قسم المجتمع والأحياء",
            "Community and Neighbourhoods Department",
        ),
        "head_name": T("ראמי נסאר", "رامي نصّار", "Rami Nassar"),
        "head_title": T(
            "מנהל מחלקת קהילה ושכונות",
            "مدير قسم المجتمع والأحياء",
            "Head of the Community and Neighbourhoods Department",
        ),
        "mission": T(
            he="""
            לוד היא בית לתושבים יהודים וערבים, ותיקים ועולים, ואנחנו רואים
            בגיוון הזה כוח.
            המחלקה בונה מסגרות שבהן שכנים נפגשים, מכירים ופועלים יחד,
            ומעמידה לרשות ועדי השכונות את הכלים לקדם מול העירייה את מה שחשוב להם.
            """,
            ar="""
            اللد بيت لسكان يهود وعرب، قدامى وقادمين جدد، ونحن نرى في هذا
            التنوّع مصدر قوة.
            يبني القسم أطرًا يلتقي فيها الجيران ويتعارفون ويعملون معًا،
            ويضع في متناول لجان الأحياء الأدوات اللازمة لدفع ما يهمّها أمام البلدية.
            """,
            en="""
            Lod is home to Jewish and Arab residents, long-timers and
            newcomers, and we see that variety as a strength.
            The department builds settings where neighbours meet, get to
            know each other and act together,
            and gives neighbourhood committees the tools to move their
            priorities forward with City Hall.
            """,
        ),
        "services": T(
            he="""
            הקמה וליווי של ועדי שכונות
            מפגשי שכנים בעברית ובערבית
            תוכניות קיץ והתנדבות לבני נוער
            ליווי קהילות משימתיות שפועלות בעיר
            מוקד פניות קהילתי בשעת חירום
            """,
            ar="""
            تأسيس لجان الأحياء ومرافقتها
            لقاءات جيران بالعبرية والعربية
            برامج صيفية وتطوّع للشبيبة
            مرافقة المجتمعات ذات الرسالة العاملة في المدينة
            مركز اتصال مجتمعي في حالات الطوارئ
            """,
            en="""
            Setting up and supporting neighbourhood committees
            Neighbours' meetings in Hebrew and Arabic
            Summer and volunteering programmes for teenagers
            Support for mission-driven communities working in the city
            A community hotline in emergencies
            """,
        ),
        "email": "community@lod.example.org",
        "phone": "08-9279876",
        "address": T(
            "שדרות העצמאות 5, לוד",
            "جادة الاستقلال 5، اللد",
            "5 HaAtzmaut Blvd., Lod",
        ),
        "website": "https://www.lod.example.org/community",
        "year_founded": 2018,
        "networks": ["managers"],
    },
    {
        "slug": "harish-community",
        "municipality": "harish",
        "status": "published",
        "name": T(
            "אגף קהילה ומעורבות חברתית",
            "قسم المجتمع والمشاركة الاجتماعية",
            "Community and Social Engagement Division",
        ),
        "head_name": T("יעל דהן", "ياعيل دهان", "Yael Dahan"),
        "head_title": T("מנהלת האגף", "مديرة القسم", "Division Director"),
        "mission": T(
            he="""
            חריש היא עיר צעירה שגדלה מהר, ותושביה הגיעו אליה מכל קצות החברה הישראלית.
            האגף עוזר לתושבים החדשים למצוא את מקומם, מחבר בין הקהילות השונות
            ומוודא שקולם של התושבים נשמע כשהעיר מתכננת את עתידה.
            """,
            ar="""
            حريش مدينة فتيّة تنمو بسرعة، وقد جاءها سكانها من كل أطياف
            المجتمع الإسرائيلي.
            يساعد القسم السكان الجدد على إيجاد مكانهم، ويربط بين المجتمعات المختلفة،
            ويحرص على أن يُسمع صوت السكان حين تخطط المدينة لمستقبلها.
            """,
            en="""
            Harish is a young, fast-growing city whose residents have come
            from every part of Israeli society.
            The division helps newcomers find their place, links the city's
            different communities
            and makes sure residents are heard when the city plans its future.
            """,
        ),
        "services": T(
            he="""
            קבלת פנים ומלווים לתושבים חדשים
            ערבי תושבים לבחירת נושאים לקידום
            ליווי קהילות משימתיות
            צוות חוסן עירוני ומתנדבי חירום
            פעילות לאזרחים ותיקים
            תמיכה בעסקים עצמאיים מקומיים
            לוח אירועים קהילתי משותף
            """,
            ar="""
            استقبال السكان الجدد ومرافقتهم
            أمسيات للسكان لاختيار قضايا للعمل عليها
            مرافقة المجتمعات ذات الرسالة
            فريق المناعة البلدي ومتطوعو الطوارئ
            نشاطات لكبار السن
            دعم المصالح المستقلة المحلية
            رزنامة فعاليات مجتمعية مشتركة
            """,
            en="""
            A welcome and mentors for new residents
            Residents' evenings to choose issues to work on
            Support for mission-driven communities
            City resilience team and emergency volunteers
            Activities for senior citizens
            Support for local independent businesses
            A shared community events calendar
            """,
        ),
        "email": "community@harish.example.org",
        "phone": "04-6101234",
        "address": T(
            "שדרות הגפן 2, חריש",
            "جادة هجيفن 2، حريش",
            "2 HaGefen Blvd., Harish",
        ),
        "website": "https://www.harish.example.org/community",
        "year_founded": 2019,
        "networks": ["managers"],
    },
    {
        # Still being written by staff: must not appear on the public site.
        "slug": "lod-volunteering-centre",
        "municipality": "lod",
        "status": "draft",
        "name": T(
            "מרכז ההתנדבות העירוני",
            "مركز التطوع البلدي",
            "City Volunteering Centre",
        ),
        "head_name": T("", "", ""),
        "head_title": T("", "", ""),
        "mission": T(
            he="""
            המרכז יתאים לכל תושבת ותושב שרוצים לתת מזמנם מקום התנדבות שמתאים להם.
            """,
            ar="""
            سيجد المركز لكل ساكنة وساكن يرغبان في التطوّع مكانًا يناسبهما.
            """,
            en="""
            The centre will match every resident who wants to give some time
            with a volunteering placement that suits them.
            """,
        ),
        "services": T(
            he="""
            התאמת מקומות התנדבות
            הדרכה למתנדבים חדשים
            """,
            ar="""
            مواءمة أماكن التطوع
            تدريب المتطوعين الجدد
            """,
            en="""
            Matching volunteers with placements
            Training for new volunteers
            """,
        ),
        "email": "volunteer@lod.example.org",
        "phone": "08-9279800",
        "address": T("", "", ""),
        "website": "",
        "year_founded": None,
        "networks": [],
    },
]

# ---------------------------------------------------------------- PARTNERS
# ``members`` lists the slugs of a coalition's members in the directory.
# ``spotlight_days_ago`` turns the "meet the partner" feature on, dated that
# many days before the day the demo is loaded.
PARTNERS = [
    {
        "slug": "jewish-agency",
        "status": "published",
        "kind": "government",
        "palette": "ocean",
        "name": T("הסוכנות היהודית", "الوكالة اليهودية", "The Jewish Agency"),
        "summary": T(
            he="""
            הגוף הלאומי שמכנס את תוכנית השותפויות בין ערים בישראל לקהילות יהודיות בעולם.
            """,
            ar="""
            الهيئة الوطنية التي تجمع برنامج الشراكات بين مدن في إسرائيل
            وجاليات يهودية في العالم.
            """,
            en="""
            The national body that convenes the partnership programme
            between Israeli cities and Jewish communities worldwide.
            """,
        ),
        "description": T(
            he="""
            במסגרת תוכנית השותפויות, הסוכנות מצמידה עיר או אזור בישראל
            לקהילה יהודית בחו״ל ומלווה את שני הצדדים בבניית קשר ארוך טווח.
            הצוות המקצועי עוזר להקים ועדת היגוי משותפת, לתכנן משלחות ולגייס מתנדבים.

            בשותפות רחובות-מיניאפוליס הסוכנות פועלת יחד עם העירייה ועם הפדרציה המקומית,
            ומממנת חלק מהפעילות של קבוצות המקצוע המשותפות.
            """,
            ar="""
            ضمن برنامج الشراكات، تربط الوكالة مدينة أو منطقة في إسرائيل
            بجالية يهودية في الخارج، وترافق الطرفين في بناء علاقة طويلة
            الأمد.
            يساعد الطاقم المهني على تشكيل لجنة توجيه مشتركة، وتخطيط الوفود،
            وتجنيد المتطوعين.

            في شراكة رحوفوت ومينيابوليس تعمل الوكالة جنبًا إلى جنب مع
            البلدية والفيدرالية المحلية،
            وتموّل جزءًا من نشاط المجموعات المهنية المشتركة.
            """,
            en="""
            Through its partnership programme, the agency pairs a city or
            region in Israel with a Jewish community abroad and accompanies
            both sides as they build a lasting relationship.
            Its staff help set up a joint steering committee, plan
            delegations and recruit volunteers.

            In the Rehovot-Minneapolis partnership the agency works
            alongside the municipality and the local federation,
            and funds part of the joint professional groups' activity.
            """,
        ),
        "fields": ["joint-action", "working-with-authorities"],
        "populations": ["families", "business-owners"],
        "regions": ["center", "north", "south"],
        "municipalities": ["rehovot", "modiin"],
        "contact_name": T("אורנה לוין", "أورنا ليفين", "Orna Levin"),
        "contact_role": T(
            "רכזת השותפויות", "منسّقة الشراكات", "Partnerships Coordinator"
        ),
        "email": "partnerships@jewish-agency.example.org",
        "phone": "02-6201234",
        "contact_is_public": False,
        "website": "https://www.jewish-agency.example.org",
    },
    {
        "slug": "minneapolis-federation",
        "status": "published",
        "kind": "ngo",
        "palette": "ocean",
        "name": T(
            "הפדרציה היהודית של מיניאפוליס",
            "الفيدرالية اليهودية في مينيابوليس",
            "Minneapolis Jewish Federation",
        ),
        "summary": T(
            he="""
            הארגון המרכזי של הקהילה היהודית במיניאפוליס, ושותף מלא בקשר עם רחובות.
            """,
            ar="""
            المنظمة المركزية للجالية اليهودية في مينيابوليس، وشريك كامل في
            العلاقة مع رحوفوت.
            """,
            en="""
            The central organization of Minneapolis's Jewish community and a
            full partner in the tie with Rehovot.
            """,
        ),
        "description": T(
            he="""
            הפדרציה מגייסת כספים ומתנדבים בקהילה היהודית של מיניאפוליס ומפנה
            חלק מהם לעמותות ברחובות.
            חברי הקהילה יושבים בוועדת ההיגוי של השותפות ומשתתפים בקבוצות
            מקצועיות משותפות עם עמיתיהם בעיר.

            בשנים האחרונות תמכה הפדרציה בעמותות רחובותיות שמסייעות למשפחות
            ולעסקים קטנים,
            ושלחה לעיר משלחות של אנשי עסקים, מחנכים ובני נוער.
            """,
            ar="""
            تجمع الفيدرالية التبرعات والمتطوعين في الجالية اليهودية في
            مينيابوليس، وتوجّه جزءًا منها إلى جمعيات في رحوفوت.
            يجلس أعضاء من الجالية في لجنة توجيه الشراكة ويشاركون في مجموعات
            مهنية مشتركة مع نظرائهم في المدينة.

            في السنوات الأخيرة دعمت الفيدرالية جمعيات في رحوفوت تساعد
            العائلات والمصالح الصغيرة،
            وأرسلت إلى المدينة وفودًا من رجال الأعمال والمربّين والشبيبة.
            """,
            en="""
            The federation raises funds and volunteers in Minneapolis's
            Jewish community and directs part of them to non-profits in
            Rehovot.
            Community members sit on the partnership's steering committee
            and join professional groups with their peers in the city.

            In recent years the federation has backed Rehovot non-profits
            that help families and small businesses,
            and has sent delegations of business people, educators and teenagers.
            """,
        ),
        "fields": ["joint-action", "economic-development"],
        "populations": ["families", "business-owners", "youth"],
        "regions": ["center"],
        "municipalities": ["rehovot"],
        "contact_name": T("לורה פלדמן", "لورا فيلدمان", "Laura Feldman"),
        "contact_role": T(
            "מנהלת הקשר עם ישראל",
            "مديرة العلاقات مع إسرائيل",
            "Israel Relations Director",
        ),
        "email": "israel@minneapolis-federation.example.org",
        "phone": "+1-612-555-0142",
        "contact_is_public": True,
        "website": "https://www.minneapolis-federation.example.org",
    },
    {
        "slug": "communities-on-a-mission",
        "status": "published",
        "kind": "coalition",
        "palette": "rose",
        "name": T(
            "פורום קהילות בשליחות",
            "منتدى المجتمعات ذات الرسالة",
            "Communities on a Mission Forum",
        ),
        "summary": T(
            he="""
            15 ארגונים חברים בפורום, ויחד הם מלווים כ-300 קהילות משימתיות
            בערים ובשכונות רחוקות מהמרכז.
            """,
            ar="""
            يضمّ المنتدى 15 منظمة تعمل معًا على مرافقة نحو 300 مجتمع ذي
            رسالة في مدن وأحياء بعيدة عن المركز.
            """,
            en="""
            Fifteen member organizations that together support about 300
            mission-driven communities in towns and neighbourhoods far from
            the centre.
            """,
        ),
        "description": T(
            he="""
            קהילה משימתית היא קבוצת משפחות שבוחרת לגור בעיר או בשכונה מסוימת
            כדי לפעול בה לטובת כלל התושבים.
            בפורום חברים ארגונים מרקעים שונים מאוד: גרעינים דתיים וחילוניים,
            קהילות של יוצאי אתיופיה ושל יוצאי קווקז,
            קבוצות דרוזיות ובוגרי תנועות נוער.

            הפורום עובד עם הארגונים החברים בשלושה מישורים: שיחה פתוחה על
            שאלות שנויות במחלוקת, פרויקטים שנעשים יחד,
            ושיפור העבודה עם הרשויות המקומיות. בשטח זה נראה כמו ועד שכונה
            חדש, קבוצת תושבים שנפגשת דרך קבע עם אנשי העירייה,
            או רשת של שכנים שדואגים זה לזה.

            הקהילות פועלות בעשרות רשויות, מצפון הארץ ועד דרומה,
            ובשנים האחרונות התהדק הקשר שלהן עם אגפי הקהילה בעיריות.
            """,
            ar="""
            المجتمع ذو الرسالة هو مجموعة من العائلات تختار السكن في مدينة أو
            حيّ بعينه لتعمل فيه لصالح جميع السكان.
            تنتمي إلى المنتدى منظمات من خلفيات متنوّعة جدًا: نوى دينية
            وعلمانية، ومجتمعات من أصول إثيوبية وقوقازية،
            ومجموعات درزية، وخرّيجو حركات شبابية.

            يعمل المنتدى مع المنظمات الأعضاء على ثلاثة محاور: حوار مفتوح حول
            القضايا الخلافية، ومشاريع تُنفَّذ معًا،
            وتحسين العمل مع السلطات المحلية. على أرض الواقع يبدو ذلك لجنة
            حيّ جديدة، أو مجموعة سكان تلتقي بانتظام بموظفي البلدية،
            أو شبكة جيران يهتمّ بعضهم ببعض.

            تنشط هذه المجتمعات في عشرات السلطات المحلية من شمال البلاد إلى جنوبها،
            وقد توثّقت علاقتها في السنوات الأخيرة بأقسام المجتمع في البلديات.
            """,
            en="""
            A mission-driven community is a group of families who choose to
            live in a particular town or neighbourhood in order to work for
            the good of everyone there.
            The forum's members come from very different backgrounds:
            religious and secular groups, communities of Ethiopian and
            Caucasus origin,
            Druze groups and graduates of youth movements.

            The forum works with its members on three fronts: open
            conversation about contested questions, projects carried out
            together,
            and better work with local authorities. On the ground that looks
            like a new neighbourhood committee, a group of residents who
            meet City Hall staff regularly,
            or a network of neighbours looking out for each other.

            The communities are active in dozens of local authorities from
            the north of the country to the south,
            and in recent years their ties with municipal community
            departments have grown closer.
            """,
        ),
        "fields": ["dialogue", "joint-action", "working-with-authorities"],
        "populations": ["families", "immigrants", "youth"],
        "regions": ["north", "south", "center", "jerusalem", "sharon"],
        "municipalities": ["lod", "harish"],
        "members": ["neighbours-heart-of-lod", "springs-harish", "bridges-network"],
        "members_note": T(
            he="""
            קהילת "שורשים" בבית שאן
            גרעין "מעגלים" בירוחם
            קהילת "אור בשכונה" בעכו
            רשת "בית פתוח" בקריית שמונה
            """,
            ar="""
            مجتمع «جذور» في بيت شآن
            نواة «دوائر» في يروحام
            مجتمع «نور في الحيّ» في عكا
            شبكة «بيت مفتوح» في كريات شمونة
            """,
            en="""
            The Roots community, Beit She'an
            The Circles group, Yeruham
            Light in the Neighbourhood, Acre
            The Open House network, Kiryat Shmona
            """,
        ),
        "communities_count": 300,
        "funders": T(
            he="""
            קרן אופק לקהילה
            המטה הארצי לחוסן קהילתי
            תורמים פרטיים מישראל ומחו״ל
            """,
            ar="""
            صندوق أفق للمجتمع
            الطاقم القطري للمناعة المجتمعية
            متبرعون أفراد من إسرائيل والخارج
            """,
            en="""
            Horizon Community Fund
            National Community Resilience Unit
            Private donors in Israel and abroad
            """,
        ),
        "contact_name": T("עידו רבינוביץ", "عيدو رابينوفيتش", "Ido Rabinovitch"),
        "contact_role": T("ראש המטה", "رئيس الطاقم", "Chief of Staff"),
        "email": "info@mission-forum.example.org",
        "phone": "08-6512340",
        "contact_is_public": True,
        "website": "https://www.mission-forum.example.org",
        "spotlight_days_ago": 3,
        "spotlight_story": T(
            he="""
            עידו רבינוביץ גר כבר שתים-עשרה שנה בשכונה ותיקה בלוד, ושם גם למד
            מה קהילה מסוגלת לעשות.
            "כשהילדים שלנו יושבים באותה כיתה עם ילדים מבתים שונים לגמרי,
            כולם יוצאים נשכרים," הוא אומר.
            "הם לומדים שאפשר להיות שונים ועדיין לבנות משהו משותף."

            היום הוא ראש המטה של פורום קהילות בשליחות, ותפקידו לעזור ל-15
            הארגונים החברים ללמוד זה מזה.
            לדבריו, שינוי חברתי מחזיק מעמד כשהוא צומח מתוך השכונה עצמה:
            "כשהתושבים מובילים, התהליך עמוק יותר, והוא נשאר גם אחרי שהפרויקט נגמר."

            דוגמה טובה לכך הגיעה מחריש. הקהילה המשימתית בעיר רצתה לשמוע את
            כל הקבוצות שגרות בה:
            משפחות ותיקות וחדשות, חילונים וחרדים, יהודים וערבים. היא הזמינה
            את התושבים לערב פתוח,
            וכמאה איש הגיעו, ישבו בשולחנות מעורבים ובחרו יחד שלושה נושאים
            לקדם מול העירייה:
            עומסי התנועה בכניסה לעיר, עזרה לעסקים עצמאיים, ולוח אירועים שכל
            הקהילות ירגישו בו בבית.

            "אנשים באים לחריש כדי לבנות בה חיים, לא רק כדי לקנות דירה," אומר רבינוביץ.
            "באותו ערב ראינו כמה הרצון הזה חזק. התפקיד שלנו הוא לתת לו כלים
            ודרך להגיע אל מי שמקבל את ההחלטות."

            אגף הקהילה בחריש כבר קבע עם נציגי התושבים פגישות מעקב על כל אחד מהנושאים,
            והפורום מתכנן להביא את המודל לערים נוספות בשנה הקרובה.
            """,
            ar="""
            يسكن عيدو رابينوفيتش منذ اثني عشر عامًا في حيّ قديم في اللد،
            وهناك تعلّم ما الذي يستطيع المجتمع أن يفعله.
            يقول: «حين يجلس أولادنا في الصف نفسه مع أولاد من بيوت مختلفة
            تمامًا، يربح الجميع.
            يتعلّمون أن بإمكانهم أن يكونوا مختلفين وأن يبنوا مع ذلك شيئًا مشتركًا».

            وهو اليوم رئيس طاقم منتدى المجتمعات ذات الرسالة، ومهمّته مساعدة
            المنظمات الخمس عشرة الأعضاء على التعلّم بعضها من بعض.
            ويرى أن التغيير الاجتماعي يصمد حين ينبت من داخل الحيّ نفسه:
            «عندما يقود السكان العملية تكون أعمق، وتبقى قائمة حتى بعد انتهاء المشروع».

            جاء مثال جيد على ذلك من حريش. أراد المجتمع ذو الرسالة في المدينة
            أن يستمع إلى جميع الفئات التي تسكنها:
            عائلات قديمة وجديدة، علمانيون وحريديم، يهود وعرب. فدعا السكان
            إلى أمسية مفتوحة،
            حضرها نحو مئة شخص جلسوا إلى طاولات مختلطة واختاروا معًا ثلاث
            قضايا يدفعونها أمام البلدية:
            الازدحام المروري عند مدخل المدينة، ومساعدة المصالح المستقلة،
            ورزنامة فعاليات يشعر فيها كل مجتمع بأنه في بيته.

            يقول رابينوفيتش: «يأتي الناس إلى حريش ليبنوا فيها حياة، لا ليشتروا شقة فحسب.
            في تلك الأمسية رأينا كم هي قوية هذه الرغبة. دورنا أن نمنحها
            أدوات وطريقًا يوصلها إلى أصحاب القرار».

            وقد حدّد قسم المجتمع في حريش مع ممثلي السكان لقاءات متابعة لكل
            قضية من القضايا الثلاث،
            ويخطط المنتدى لنقل هذا النموذج إلى مدن أخرى خلال السنة القادمة.
            """,
            en="""
            Ido Rabinovitch has lived in an old neighbourhood of Lod for
            twelve years, and that is where he learned what a community can
            do.
            "When our children share a classroom with kids from completely
            different homes, everyone gains," he says.
            "They learn that you can be different and still build something together."

            Today he is chief of staff of the Communities on a Mission
            Forum, and his job is to help its 15 member organizations learn
            from one another.
            In his view, social change lasts when it grows from inside the
            neighbourhood:
            "When residents lead, the process goes deeper, and it stays
            after the project ends."

            A good example came from Harish. The city's mission-driven
            community wanted to hear from every group living there:
            long-time and new families, secular and ultra-Orthodox
            residents, Jews and Arabs. It invited residents to an open
            evening,
            and about a hundred people came, sat at mixed tables and
            together chose three issues to take forward with the
            municipality:
            traffic jams at the entrance to the city, help for independent
            businesses, and an events calendar in which every community
            feels at home.

            "People come to Harish to build a life, not just to buy a flat,"
            Rabinovitch says.
            "That evening we saw how strong that wish is. Our job is to give
            it tools and a path to the people who make the decisions."

            Harish's community division has already set follow-up meetings
            with the residents' representatives on each of the issues,
            and the forum plans to bring the model to more cities in the coming year.
            """,
        ),
    },
    {
        "slug": "neighbours-heart-of-lod",
        "status": "published",
        "kind": "ngo",
        "palette": "clay",
        "name": T(
            "שכנים בלב לוד", "جيران في قلب اللد", "Neighbours at the Heart of Lod"
        ),
        "summary": T(
            he="""
            קהילה משימתית של משפחות יהודיות וערביות שמקיימת פעילות משותפת
            בשכונות הוותיקות של לוד.
            """,
            ar="""
            مجتمع ذو رسالة يضمّ عائلات يهودية وعربية وينظّم نشاطات مشتركة في
            أحياء اللد القديمة.
            """,
            en="""
            A mission-driven community of Jewish and Arab families running
            shared activities in Lod's older neighbourhoods.
            """,
        ),
        "description": T(
            he="""
            הקהילה התחילה לפני כעשור כקבוצה קטנה של משפחות שרצו להכיר את
            השכנים שלהן, ומאז גדלה לעשרות משפחות.
            היא מפעילה חוגי שפה בעברית ובערבית, גינה קהילתית ומועדון שיעורי
            בית לילדי השכונה.

            בשנה האחרונה עזרו חברי הקהילה להקים את ועד השכונה הראשון בשכונה,
            והם מלווים את נציגיו בפגישות עם מחלקת הקהילה בעירייה.
            """,
            ar="""
            بدأ هذا المجتمع قبل نحو عقد كمجموعة صغيرة من العائلات أرادت
            التعرّف إلى جيرانها، ثم كبر ليضمّ عشرات العائلات.
            ينظّم دورات لغة بالعبرية والعربية، وحديقة مجتمعية، ونادي دروس
            بيتية لأولاد الحيّ.

            في السنة الأخيرة ساعد أعضاء المجتمع على تأسيس أول لجنة للحيّ،
            ويرافقون ممثليها في اللقاءات مع قسم المجتمع في البلدية.
            """,
            en="""
            The community began about ten years ago as a handful of families
            who wanted to know their neighbours, and has since grown to
            dozens of families.
            It runs Hebrew and Arabic language circles, a community garden
            and a homework club for local children.

            Over the past year its members helped found the neighbourhood's
            first residents' committee,
            and they accompany its representatives to meetings with the
            municipal community department.
            """,
        ),
        "fields": ["dialogue", "joint-action"],
        "populations": ["families", "arab-society", "youth"],
        "regions": ["center"],
        "municipalities": ["lod"],
        "contact_name": T("סלמה חורי", "سلمى خوري", "Salma Khoury"),
        "contact_role": T("רכזת הקהילה", "منسّقة المجتمع", "Community Coordinator"),
        "email": "hello@lod-neighbours.example.org",
        "phone": "08-9221456",
        "contact_is_public": True,
        "website": "https://www.lod-neighbours.example.org",
    },
    {
        "slug": "springs-harish",
        "status": "published",
        "kind": "ngo",
        "palette": "heather",
        "name": T(
            "קהילת מעיינות בחריש",
            "مجتمع «ينابيع» في حريش",
            "Springs Community of Harish",
        ),
        "summary": T(
            he="""
            משפחות צעירות שהגיעו לחריש כדי לבנות בה קהילה, ומארגנות את ערבי
            התושבים בעיר.
            """,
            ar="""
            عائلات شابة جاءت إلى حريش لتبني فيها مجتمعًا، وتنظّم أمسيات
            السكان في المدينة.
            """,
            en="""
            Young families who moved to Harish to build a community there,
            and who organize the city's residents' evenings.
            """,
        ),
        "description": T(
            he="""
            המשפחות הראשונות הגיעו לחריש כשרוב השכונות עוד היו אתרי בנייה.
            מאז הקבוצה גדלה, והיא מפעילה מועדון נוער, ארוחות שישי פתוחות
            ותוכנית חונכות לתושבים חדשים.

            הקהילה היא שיזמה את ערב התושבים הגדול,
            שבו בחרו כמאה תושבים את הנושאים שהעיר תקדם בשנה הקרובה.
            """,
            ar="""
            وصلت العائلات الأولى إلى حريش حين كانت معظم الأحياء لا تزال ورش بناء.
            ومنذ ذلك الحين كبرت المجموعة، وهي تدير ناديًا للشبيبة، ووجبات
            جمعة مفتوحة، وبرنامج إرشاد للسكان الجدد.

            وهذا المجتمع هو الذي بادر إلى أمسية السكان الكبيرة،
            التي اختار فيها نحو مئة ساكن القضايا التي ستعمل عليها المدينة في
            السنة القادمة.
            """,
            en="""
            The first families reached Harish when most of its
            neighbourhoods were still building sites.
            The group has grown since, and runs a youth club, open
            Friday-night dinners and a mentoring programme for new
            residents.

            It was this community that started the large residents' evening
            at which about a hundred residents chose the issues the city
            will pursue in the coming year.
            """,
        ),
        "fields": ["dialogue", "working-with-authorities"],
        "populations": ["families", "youth"],
        "regions": ["sharon", "north"],
        "municipalities": ["harish"],
        "contact_name": T("אביטל כהן", "أفيتال كوهين", "Avital Cohen"),
        "contact_role": T("רכזת הקהילה", "منسّقة المجتمع", "Community Coordinator"),
        "email": "team@springs-harish.example.org",
        "phone": "04-6109876",
        "contact_is_public": False,
        "website": "https://www.springs-harish.example.org",
    },
    {
        "slug": "bridges-network",
        "status": "published",
        "kind": "ngo",
        "palette": "sky",
        "name": T(
            "רשת גשרים לקהילות עולים",
            "شبكة جسور لمجتمعات القادمين الجدد",
            "Bridges Network for Immigrant Communities",
        ),
        "summary": T(
            he="""
            רשת של קהילות עולים מאתיופיה, מקווקז וממדינות חבר העמים, שפועלות
            לחיזוק השכונות שבהן הן גרות.
            """,
            ar="""
            شبكة من مجتمعات القادمين الجدد من إثيوبيا والقوقاز ودول الاتحاد
            السوفييتي سابقًا، تعمل على تقوية الأحياء التي تسكنها.
            """,
            en="""
            A network of immigrant communities from Ethiopia, the Caucasus
            and the former Soviet Union working to strengthen the
            neighbourhoods they live in.
            """,
        ),
        "description": T(
            he="""
            הרשת מחברת בין קהילות עולים בכמה ערים ומלמדת אותן לעבוד עם הרשות המקומית:
            איך פונים, למי פונים, ואיך הופכים בקשה לתוכנית עבודה.
            לצד זה היא מפעילה תוכניות לבני נוער שמשלבות שורשים, שפה ומנהיגות.

            בלוד ובמודיעין-מכבים-רעות מלווה הרשת קבוצות של הורים שמתנדבים בבתי הספר,
            ובשעת חירום היא מתרגמת הודעות חיוניות לאמהרית ולרוסית.
            """,
            ar="""
            تربط الشبكة بين مجتمعات القادمين الجدد في عدة مدن، وتعلّمها كيف
            تعمل مع السلطة المحلية:
            كيف تتوجّه، وإلى من، وكيف تحوّل الطلب إلى خطة عمل.
            وإلى جانب ذلك تدير برامج للشبيبة تجمع بين الجذور واللغة والقيادة.

            في اللد وموديعين-مكابيم-رعوت ترافق الشبكة مجموعات من الأهالي
            المتطوعين في المدارس،
            وفي حالات الطوارئ تترجم الرسائل الضرورية إلى الأمهرية والروسية.
            """,
            en="""
            The network links immigrant communities in several cities and
            teaches them to work with their local authority:
            how to make a request, to whom, and how to turn it into a work plan.
            Alongside this it runs programmes for teenagers that combine
            heritage, language and leadership.

            In Lod and Modi'in-Maccabim-Re'ut the network supports groups of
            parents who volunteer in schools,
            and in emergencies it translates essential notices into Amharic and Russian.
            """,
        ),
        "fields": ["working-with-authorities", "emergency-resilience"],
        "populations": ["immigrants", "youth", "families"],
        "regions": ["center", "south"],
        "municipalities": ["lod", "modiin"],
        "contact_name": T("טספאי מקונן", "تسفاي ميكونين", "Tesfaye Mekonen"),
        "contact_role": T("מנהל תוכניות", "مدير البرامج", "Programme Manager"),
        "email": "office@bridges-network.example.org",
        "phone": "08-9234567",
        "contact_is_public": False,
        "website": "https://www.bridges-network.example.org",
    },
    {
        "slug": "horizon-fund",
        "status": "published",
        "kind": "foundation",
        "palette": "citrus",
        "name": T("קרן אופק לקהילה", "صندوق أفق للمجتمع", "Horizon Community Fund"),
        "summary": T(
            he="""
            קרן פילנתרופית שתומכת ביוזמות של תושבים ובהכשרת מנהיגות קהילתית בפריפריה.
            """,
            ar="""
            صندوق خيري يدعم مبادرات السكان وتأهيل القيادات المجتمعية في مناطق الأطراف.
            """,
            en="""
            A philanthropic fund supporting residents' initiatives and
            community leadership training outside the centre of the country.
            """,
        ),
        "description": T(
            he="""
            הקרן מעניקה מענקים קטנים ליוזמות שתושבים מובילים בעצמם, לצד
            ליווי מקצועי בכתיבת תוכנית ובמדידת התוצאות.
            היא מעדיפה יוזמות שנעשות בשיתוף עם העירייה, כדי שימשיכו גם אחרי שהמענק נגמר.

            בשנה האחרונה תמכה הקרן בכשלושים יוזמות, ובהן גינות קהילתיות, מועדוני נוער
            ותוכניות שעוזרות לעסקים קטנים להתאושש אחרי תקופת המלחמה.
            """,
            ar="""
            يقدّم الصندوق منحًا صغيرة لمبادرات يقودها السكان بأنفسهم، إلى
            جانب مرافقة مهنية في كتابة الخطة وقياس النتائج.
            ويفضّل المبادرات التي تُنفَّذ بالتعاون مع البلدية، كي تستمر بعد
            انتهاء المنحة.

            في السنة الأخيرة دعم الصندوق نحو ثلاثين مبادرة، منها حدائق
            مجتمعية ونوادٍ للشبيبة
            وبرامج تساعد المصالح الصغيرة على التعافي بعد فترة الحرب.
            """,
            en="""
            The fund gives small grants to initiatives that residents lead
            themselves, along with professional help in writing a plan and
            measuring results.
            It prefers initiatives run together with the municipality, so
            that they last after the grant ends.

            Last year the fund backed about thirty initiatives, among them
            community gardens, youth clubs
            and programmes that help small businesses recover after the war.
            """,
        ),
        "fields": ["joint-action", "economic-development"],
        "populations": ["families", "youth", "business-owners"],
        "regions": ["north", "south", "center", "jerusalem"],
        "municipalities": ["rehovot", "lod", "harish"],
        "funders": T(
            he="""
            משפחת ברנר
            תורמים מקהילות בצפון אמריקה
            """,
            ar="""
            عائلة برينر
            متبرعون من جاليات في أمريكا الشمالية
            """,
            en="""
            The Brenner family
            Donors from North American communities
            """,
        ),
        "contact_name": T("גליה שרון", "غاليا شارون", "Galia Sharon"),
        "contact_role": T("מנהלת מענקים", "مديرة المنح", "Grants Manager"),
        "email": "grants@horizon-fund.example.org",
        "phone": "03-5271234",
        "contact_is_public": True,
        "website": "https://www.horizon-fund.example.org",
    },
    {
        "slug": "resilience-unit",
        "status": "published",
        "kind": "government",
        "palette": "sky",
        "name": T(
            "המטה הארצי לחוסן קהילתי",
            "الطاقم القطري للمناعة المجتمعية",
            "National Community Resilience Unit",
        ),
        "summary": T(
            he="""
            יחידה ממשלתית שמכשירה צוותי חוסן ברשויות המקומיות ומלווה אותם בשגרה ובחירום.
            """,
            ar="""
            وحدة حكومية تؤهّل فرق المناعة في السلطات المحلية وترافقها في
            الأوقات العادية وفي الطوارئ.
            """,
            en="""
            A government unit that trains resilience teams in local
            authorities and supports them in routine times and in
            emergencies.
            """,
        ),
        "description": T(
            he="""
            המטה עובד עם אגפי הקהילה ברשויות כדי להקים צוותי חוסן שכונתיים:
            תושבים מתנדבים שמכירים את השכנים, יודעים מי זקוק לעזרה ומתורגלים
            לפעול כשהשגרה נקטעת.

            היחידה מספקת הדרכות, ערכות ציוד ותרגילים משותפים,
            ועוזרת לרשויות לשלב את הצוותים בתוכנית החירום העירונית.
            """,
            ar="""
            يعمل الطاقم مع أقسام المجتمع في السلطات المحلية على إقامة فرق
            مناعة في الأحياء:
            سكان متطوعون يعرفون جيرانهم، ويعرفون من يحتاج إلى المساعدة،
            ومتدرّبون على التحرّك حين ينقطع الروتين.

            توفّر الوحدة التدريبات وحقائب المعدّات والتمارين المشتركة،
            وتساعد السلطات على دمج الفرق في خطة الطوارئ البلدية.
            """,
            en="""
            The unit works with municipal community departments to set up
            neighbourhood resilience teams:
            volunteer residents who know their neighbours, know who needs
            help and have practised acting when normal life is interrupted.

            It provides training, equipment kits and joint drills,
            and helps authorities build the teams into the city's emergency plan.
            """,
        ),
        "fields": ["emergency-resilience", "working-with-authorities"],
        "populations": ["families", "seniors"],
        "regions": ["north", "south", "center", "jerusalem", "sharon"],
        "municipalities": ["rehovot", "modiin", "lod", "harish"],
        "contact_name": T("עמרי גולן", "عومري غولان", "Omri Golan"),
        "contact_role": T(
            "ממונה על הקשר עם הרשויות",
            "مسؤول الاتصال مع السلطات المحلية",
            "Local Authorities Liaison",
        ),
        "email": "resilience@gov.example.org",
        "phone": "02-6709876",
        "contact_is_public": False,
        "website": "https://www.resilience.gov.example.org",
    },
    {
        "slug": "rehovot-market-bakery",
        "status": "published",
        "kind": "business",
        "palette": "citrus",
        "name": T(
            "מאפיית השוק של רחובות",
            "مخبز السوق في رحوفوت",
            "Rehovot Market Bakery",
        ),
        "summary": T(
            he="""
            מאפייה משפחתית בשוק העירוני, שאירחה את משלחת אנשי העסקים ממיניאפוליס.
            """,
            ar="""
            مخبز عائلي في السوق البلدي استضاف وفد رجال الأعمال من مينيابوليس.
            """,
            en="""
            A family bakery in the city market that hosted the business
            delegation from Minneapolis.
            """,
        ),
        "description": T(
            he="""
            המאפייה פועלת בשוק של רחובות כבר שלושה דורות.
            בתקופת המלחמה נסגרה לכמה שבועות, ועם הפתיחה מחדש הצטרפה לתוכנית
            העירונית לחיזוק עסקים מקומיים.

            היום המאפייה מעסיקה בני נוער מהשכונה בחופשות, תורמת לחם לארוחות קהילתיות
            ומשמשת נקודת מפגש קבועה לקבוצת העסקים המשותפת עם מיניאפוליס.
            """,
            ar="""
            يعمل المخبز في سوق رحوفوت منذ ثلاثة أجيال.
            خلال الحرب أُغلق لعدة أسابيع، ومع إعادة افتتاحه انضمّ إلى
            البرنامج البلدي لتقوية المصالح المحلية.

            اليوم يشغّل المخبز فتيانًا وفتيات من الحيّ في العطل، ويتبرّع
            بالخبز للوجبات المجتمعية،
            ويُعدّ نقطة لقاء ثابتة لمجموعة الأعمال المشتركة مع مينيابوليس.
            """,
            en="""
            The bakery has been in Rehovot's market for three generations.
            It closed for several weeks during the war and, on reopening,
            joined the city's programme for local businesses.

            Today it employs local teenagers in the holidays, donates bread
            to community meals
            and is a regular meeting point for the joint business group with
            Minneapolis.
            """,
        ),
        "fields": ["economic-development"],
        "populations": ["business-owners", "youth"],
        "regions": ["center"],
        "municipalities": ["rehovot"],
        "contact_name": T("אלי מזרחי", "إيلي مزراحي", "Eli Mizrahi"),
        "contact_role": T("בעל המאפייה", "صاحب المخبز", "Owner"),
        "email": "shalom@market-bakery.example.org",
        "phone": "08-9465321",
        "contact_is_public": True,
        "website": "https://www.market-bakery.example.org",
    },
    {
        "slug": "greenroot",
        "status": "published",
        "kind": "business",
        "palette": "heather",
        "name": T(
            "שורש ירוק - חקלאות חכמה",
            "جذر أخضر - زراعة ذكية",
            "GreenRoot Smart Farming",
        ),
        "summary": T(
            he="""
            חברת טכנולוגיה חקלאית מרחובות, שעובדיה מתנדבים עם בני נוער
            ומעבירים סדנאות לעסקים קטנים.
            """,
            ar="""
            شركة تكنولوجيا زراعية من رحوفوت، يتطوّع موظفوها مع الشبيبة
            ويقدّمون ورشات للمصالح الصغيرة.
            """,
            en="""
            An agricultural technology company from Rehovot whose staff
            volunteer with teenagers and run workshops for small businesses.
            """,
        ),
        "description": T(
            he="""
            החברה צמחה מתוך מעבדה אקדמית בעיר ומפתחת חיישנים להשקיה חסכונית.
            עובדיה מקדישים כמה שעות בחודש להתנדבות, ורובם בוחרים ללוות
            תלמידים במגמות מדעיות.

            בשיתוף עם מינהל הקהילה החברה מקיימת סדנאות דיגיטל לבעלי עסקים קטנים,
            ושניים ממנהליה חברים בקבוצת העסקים המשותפת עם מיניאפוליס.
            """,
            ar="""
            نشأت الشركة من مختبر أكاديمي في المدينة، وهي تطوّر مجسّات لريّ موفّر للمياه.
            يخصّص موظفوها بضع ساعات شهريًا للتطوع، ويختار معظمهم مرافقة طلاب
            في مسارات علمية.

            بالتعاون مع إدارة المجتمع تعقد الشركة ورشات رقمية لأصحاب المصالح الصغيرة،
            واثنان من مديريها عضوان في مجموعة الأعمال المشتركة مع مينيابوليس.
            """,
            en="""
            Grown out of an academic lab in the city, the company develops
            sensors for water-saving irrigation.
            Its employees give a few hours a month to volunteering, and most
            choose to mentor pupils in science tracks.

            Together with the community administration it runs digital
            workshops for small business owners,
            and two of its managers belong to the joint business group with Minneapolis.
            """,
        ),
        "fields": ["economic-development", "joint-action"],
        "populations": ["youth", "business-owners"],
        "regions": ["center"],
        "municipalities": ["rehovot"],
        "contact_name": T("נטע רוזן", "نيتع روزين", "Neta Rosen"),
        "contact_role": T(
            "אחראית מעורבות קהילתית",
            "مسؤولة المشاركة المجتمعية",
            "Community Engagement Lead",
        ),
        "email": "community@greenroot.example.org",
        "phone": "08-9312468",
        "contact_is_public": False,
        "website": "https://www.greenroot.example.org",
    },
    {
        "slug": "golden-neighbours",
        "status": "published",
        "kind": "ngo",
        "palette": "rose",
        "name": T("שכנים של זהב", "جيران من ذهب", "Golden Neighbours"),
        "summary": T(
            he="""
            עמותה שמחברת בין מתנדבים לבין אזרחים ותיקים שגרים לבד, בשיחות
            טלפון קבועות ובביקורי בית.
            """,
            ar="""
            جمعية تربط بين متطوعين وبين كبار سن يعيشون وحدهم، عبر مكالمات
            هاتفية منتظمة وزيارات منزلية.
            """,
            en="""
            A non-profit pairing volunteers with senior citizens who live
            alone, through regular phone calls and home visits.
            """,
        ),
        "description": T(
            he="""
            כל מתנדב בעמותה מתחייב לשיחה שבועית ולביקור אחד בחודש אצל אותו
            אדם, כך שנוצר קשר אישי ולא עוד שירות.
            המתנדבים הם בני נוער, סטודנטים ופנסיונרים צעירים.

            במודיעין-מכבים-רעות העמותה עובדת יד ביד עם אגף הקהילה, שמפנה
            אליה תושבים ותיקים שמרגישים בודדים.

            בשעת חירום רשת המתנדבים הופכת למערך בדיקה: בתוך שעות ספורות כל
            אחד מהוותיקים מקבל שיחה.
            """,
            ar="""
            يلتزم كل متطوّع في الجمعية بمكالمة أسبوعية وبزيارة واحدة في
            الشهر للشخص نفسه، فتنشأ علاقة شخصية لا مجرّد خدمة.
            والمتطوعون من الشبيبة والطلاب الجامعيين والمتقاعدين الشباب.

            في موديعين-مكابيم-رعوت تعمل الجمعية يدًا بيد مع قسم المجتمع،
            الذي يحوّل إليها كبار السن الذين يشعرون بالوحدة.

            في حالات الطوارئ تتحوّل شبكة المتطوعين إلى منظومة اطمئنان: خلال
            ساعات قليلة يتلقّى كل واحد من كبار السن مكالمة.
            """,
            en="""
            Each volunteer commits to a weekly call and one monthly visit to
            the same person, so that a personal bond forms rather than just
            another service.
            Volunteers are teenagers, students and recently retired people.

            In Modi'in-Maccabim-Re'ut the organization works hand in hand
            with the community division, which refers lonely older residents
            to it.

            In an emergency the volunteer network becomes a check-in system:
            within a few hours every one of the older residents gets a call.
            """,
        ),
        "fields": ["joint-action", "emergency-resilience"],
        "populations": ["seniors", "youth"],
        "regions": ["center", "jerusalem"],
        "municipalities": ["modiin", "rehovot"],
        "contact_name": T("חנה ליבוביץ", "حنا ليبوفيتش", "Hannah Leibovitz"),
        "contact_role": T("מנכ״לית", "المديرة العامة", "Executive Director"),
        "email": "hello@golden-neighbours.example.org",
        "phone": "08-9701357",
        "contact_is_public": True,
        "website": "https://www.golden-neighbours.example.org",
        # An earlier spotlight, so the "earlier spotlights" list has an entry.
        "spotlight_days_ago": 45,
        "spotlight_story": T(
            he="""
            חנה ליבוביץ הקימה את העמותה אחרי שגילתה שהשכנה שלה, אישה בת
            תשעים, לא דיברה עם אף אחד במשך שבוע שלם.
            "הבנתי שאת הבדידות לא רואים מבחוץ," היא אומרת. "צריך שמישהו ידפוק על הדלת."

            היום פועלים בעמותה מאות מתנדבים, והצעירים שבהם מספרים שהם מקבלים
            לפחות כמו שהם נותנים:
            סיפורים, עצות, ולפעמים גם מתכון משפחתי.
            """,
            ar="""
            أسّست حنا ليبوفيتش الجمعية بعدما اكتشفت أن جارتها، وهي امرأة في
            التسعين، لم تتحدّث مع أحد طوال أسبوع كامل.
            تقول: «أدركت أن الوحدة لا تُرى من الخارج. لا بدّ من شخص يطرق الباب».

            يعمل في الجمعية اليوم مئات المتطوعين، ويقول الشباب منهم إنهم
            يأخذون على الأقل بقدر ما يعطون:
            حكايات ونصائح، وأحيانًا وصفة عائلية أيضًا.
            """,
            en="""
            Hannah Leibovitz founded the organization after discovering that
            her neighbour, a woman of ninety, had not spoken to anyone for a
            whole week.
            "I realised that loneliness can't be seen from outside," she
            says. "Someone has to knock on the door."

            Today hundreds of volunteers are active, and the young ones say
            they get at least as much as they give:
            stories, advice and sometimes a family recipe.
            """,
        ),
    },
    {
        "slug": "youth-leading-change",
        "status": "published",
        "kind": "ngo",
        "palette": "clay",
        "name": T("נוער מוביל שינוי", "شبيبة تقود التغيير", "Youth Leading Change"),
        "summary": T(
            he="""
            תוכנית מנהיגות שבה בני נוער מתכננים ומובילים פרויקטים של התנדבות בעיר שלהם.
            """,
            ar="""
            برنامج قيادة يخطّط فيه الشبان والشابات مشاريع تطوعية في مدينتهم ويقودونها.
            """,
            en="""
            A leadership programme in which teenagers plan and lead
            volunteering projects in their own city.
            """,
        ),
        "description": T(
            he="""
            בני הנוער נפגשים פעם בשבוע בקבוצות קטנות, מזהים צורך בשכונה
            ובונים פרויקט שעונה עליו:
            ממסיבת רחוב לשכנים ועד שיפוץ של גינת משחקים. מדריכים צעירים
            מלווים כל קבוצה לאורך השנה.

            בלוד הקבוצות מעורבות, ובני נוער יהודים וערבים עובדים בהן יחד.
            בחריש נפתחה התוכנית השנה בשיתוף עם הקהילות המשימתיות בעיר.
            """,
            ar="""
            يلتقي الشبان والشابات مرة في الأسبوع ضمن مجموعات صغيرة، يحدّدون
            حاجة في الحيّ ويبنون مشروعًا يلبّيها:
            من حفلة شارع للجيران إلى ترميم حديقة ألعاب. ويرافق مرشدون شباب
            كل مجموعة على مدار السنة.

            في اللد المجموعات مختلطة، ويعمل فيها شبان يهود وعرب معًا.
            وفي حريش انطلق البرنامج هذا العام بالتعاون مع المجتمعات ذات
            الرسالة في المدينة.
            """,
            en="""
            Teenagers meet weekly in small groups, spot a need in their
            neighbourhood and build a project that meets it:
            from a street party for neighbours to refurbishing a playground.
            Young counsellors guide each group through the year.

            In Lod the groups are mixed, with Jewish and Arab teenagers
            working side by side.
            In Harish the programme opened this year together with the
            city's mission-driven communities.
            """,
        ),
        "fields": ["joint-action", "dialogue"],
        "populations": ["youth", "arab-society"],
        "regions": ["center", "sharon"],
        "municipalities": ["lod", "harish"],
        "funders": T(
            he="""
            קרן אופק לקהילה
            המטה הארצי לחוסן קהילתי
            """,
            ar="""
            صندوق أفق للمجتمع
            الطاقم القطري للمناعة المجتمعية
            """,
            en="""
            Horizon Community Fund
            National Community Resilience Unit
            """,
        ),
        "contact_name": T("מאיה חדד", "مايا حداد", "Maya Haddad"),
        "contact_role": T("מנהלת התוכנית", "مديرة البرنامج", "Programme Director"),
        "email": "youth@youth-leading.example.org",
        "phone": "08-9255777",
        "contact_is_public": False,
        "website": "https://www.youth-leading.example.org",
    },
    {
        # A profile staff have not finished: must not appear publicly.
        "slug": "full-table",
        "status": "draft",
        "kind": "ngo",
        "palette": "citrus",
        "name": T("שולחן מלא", "مائدة عامرة", "Full Table"),
        "summary": T(
            he="""
            עמותה שאוספת מזון עודף מאולמות ומסעדות ומחלקת אותו למשפחות.
            """,
            ar="""
            جمعية تجمع فائض الطعام من القاعات والمطاعم وتوزّعه على العائلات.
            """,
            en="""
            A non-profit that collects surplus food from event halls and
            restaurants and shares it with families.
            """,
        ),
        "description": T(
            he="""
            מתנדבי העמותה אוספים בכל ערב את האוכל שנשאר מאירועים ומביאים
            אותו למרכזי חלוקה בשכונות.

            הפרטים המלאים יעודכנו בקרוב.
            """,
            ar="""
            يجمع متطوعو الجمعية كل مساء الطعام المتبقّي من المناسبات
            وينقلونه إلى مراكز توزيع في الأحياء.

            سيتم تحديث التفاصيل الكاملة قريبًا.
            """,
            en="""
            Every evening the organization's volunteers collect food left
            over from events and bring it to distribution points in the
            neighbourhoods.

            Full details will be added soon.
            """,
        ),
        "fields": ["joint-action"],
        "populations": ["families"],
        "regions": ["center"],
        "municipalities": ["rehovot"],
        "contact_name": T("", "", ""),
        "contact_role": T("", "", ""),
        "email": "",
        "phone": "",
        "contact_is_public": False,
        "website": "",
    },
]

# ---------------------------------------------------------------- PARTNERSHIPS
# Delegation dates are offsets in days from the day the demo is loaded, so
# the upcoming visits stay upcoming whenever the demo is (re)loaded.
PARTNERSHIPS = [
    {
        "slug": "rehovot-minneapolis",
        "status": "published",
        "municipality": "rehovot",
        "name": T(
            "שותפות רחובות-מיניאפוליס",
            "شراكة رحوفوت ومينيابوليس",
            "Rehovot-Minneapolis Partnership",
        ),
        "partner_city": T("מיניאפוליס", "مينيابوليس", "Minneapolis"),
        "partner_country": T("ארצות הברית", "الولايات المتحدة", "USA"),
        "conveners": ["jewish-agency", "minneapolis-federation"],
        "year_started": 2001,
        "summary": T(
            he="""
            קשר ארוך שנים בין תושבי רחובות לקהילה היהודית של מיניאפוליס, דרך
            עסקים, חינוך ומשלחות הדדיות.
            """,
            ar="""
            علاقة ممتدة منذ سنوات بين سكان رحوفوت والجالية اليهودية في
            مينيابوليس، عبر الأعمال والتعليم والوفود المتبادلة.
            """,
            en="""
            A long-standing bond between Rehovot's residents and the Jewish
            community of Minneapolis, built through business, education and
            visits in both directions.
            """,
        ),
        "description": T(
            he="""
            השותפות מחברת בין אנשים משני צידי האוקיינוס שעוסקים באותם תחומים:
            אנשי עסקים, מחנכים, בני נוער ואנשי מקצוע מעולם הרווחה.
            ועדת היגוי משותפת, שחבריה מגיעים משתי הערים, קובעת את סדרי
            העדיפויות לכל שנה.

            בשנתיים האחרונות נפגשה קבוצת עסקים משותפת בזום באופן קבוע.
            השיחות עסקו בשאלות מעשיות של ניהול עסק קטן, ומאז פרוץ המלחמה גם
            בהשפעתה על הכלכלה המקומית
            ובתחושות של יהודי אמריקה לנוכח העלייה באנטישמיות.

            המפגשים המקוונים הבשילו למשלחות: אנשי עסקים ממיניאפוליס התארחו ברחובות,
            ומחנכים מרחובות יצאו ללמוד בבתי הספר של הקהילה.
            """,
            ar="""
            تربط الشراكة بين أشخاص على ضفّتي المحيط يعملون في المجالات نفسها:
            رجال أعمال ومربّون وشبيبة ومهنيون في مجال الرفاه الاجتماعي.
            وتحدّد لجنة توجيه مشتركة، يأتي أعضاؤها من المدينتين، أولويات كل سنة.

            خلال السنتين الأخيرتين التقت مجموعة أعمال مشتركة بانتظام عبر زووم.
            تناولت اللقاءات أسئلة عملية في إدارة مصلحة صغيرة، ومنذ اندلاع
            الحرب تناولت أيضًا أثرها على الاقتصاد المحلي
            ومشاعر يهود أمريكا إزاء تصاعد معاداة السامية.

            ثم نضجت اللقاءات الافتراضية لتصبح وفودًا: حلّ رجال أعمال من
            مينيابوليس ضيوفًا على رحوفوت،
            وسافر مربّون من رحوفوت ليتعلّموا في مدارس الجالية.
            """,
            en="""
            The partnership links people on both sides of the ocean who work
            in the same fields:
            business owners, educators, teenagers and social-services professionals.
            A joint steering committee with members from both cities sets
            the priorities for each year.

            For the past two years a joint business group has met regularly on Zoom.
            The conversations dealt with the practical side of running a
            small business and, since the war broke out,
            also with its effect on the local economy and with how American
            Jews feel as antisemitism rises.

            The online meetings have grown into visits: business people from
            Minneapolis stayed in Rehovot,
            and educators from Rehovot travelled to learn in the community's schools.
            """,
        ),
        "steering_committee": [
            {
                "side": "local",
                "name": T("רות בן-דוד", "روت بن دافيد", "Ruth Ben-David"),
                "role": T(
                    "יושבת ראש משותפת מטעם רחובות",
                    "رئيسة مشاركة عن رحوفوت",
                    "Co-chair for Rehovot",
                ),
            },
            {
                "side": "abroad",
                "name": T("דניאל קפלן", "دانيال كابلان", "Daniel Kaplan"),
                "role": T(
                    "יושב ראש משותף מטעם מיניאפוליס",
                    "رئيس مشارك عن مينيابوليس",
                    "Co-chair for Minneapolis",
                ),
            },
            {
                "side": "local",
                "name": T("מיכל ברק", "ميخال باراك", "Michal Barak"),
                "role": T(
                    "מנהלת מינהל הקהילה, עיריית רחובות",
                    "مديرة إدارة المجتمع، بلدية رحوفوت",
                    "Director of Community, Rehovot Municipality",
                ),
            },
            {
                "side": "local",
                "name": T("אבנר טל", "أفنير طال", "Avner Tal"),
                "role": T(
                    "מוביל קבוצת העסקים המשותפת",
                    "منسّق مجموعة الأعمال المشتركة",
                    "Lead of the joint business group",
                ),
            },
            {
                "side": "abroad",
                "name": T("רבקה אדלר", "ريبيكا أدلر", "Rebecca Adler"),
                "role": T(
                    "חברת הנהלת הפדרציה ויוזמת קבוצת העסקים",
                    "عضوة إدارة الفيدرالية ومبادِرة مجموعة الأعمال",
                    "Federation board member and founder of the business group",
                ),
            },
        ],
        "delegations": [
            {
                "direction": "inbound",
                "starts_in": -26,
                "length": 6,
                "participants_count": 10,
                "activities": [
                    "home-hosting",
                    "business-visits",
                    "mayor-meeting",
                    "networking-breakfast",
                ],
                "title": T(
                    "משלחת אנשי עסקים ממיניאפוליס",
                    "وفد رجال أعمال من مينيابوليس",
                    "Business delegation from Minneapolis",
                ),
                "summary": T(
                    he="""
                    עשרה אנשי עסקים התארחו אצל משפחות בעיר, ביקרו בעסקים שנפגעו במלחמה,
                    נפגשו עם ראש העיר ועם ראש מינהלת ההתחדשות
                    העירונית, וסיימו בארוחת בוקר עם עמיתים מרחובות.
                    """,
                    ar="""
                    حلّ عشرة رجال أعمال ضيوفًا على عائلات في
                    المدينة، وزاروا مصالح تضرّرت في الحرب،
                    والتقوا رئيس البلدية ورئيس إدارة التجديد الحضري،
                    واختتموا زيارتهم بفطور مع زملاء من رحوفوت.
                    """,
                    en="""
                    Ten business people stayed with local families,
                    visited businesses hurt by the war,
                    met the mayor and the head of the urban renewal
                    authority, and wrapped up with a breakfast
                    alongside Rehovot colleagues.
                    """,
                ),
            },
            {
                "direction": "outbound",
                "starts_in": -75,
                "length": 7,
                "participants_count": 8,
                "activities": ["study-day", "home-hosting", "ngo-visits"],
                "title": T(
                    "משלחת מחנכים מרחובות למיניאפוליס",
                    "وفد مربّين من رحوفوت إلى مينيابوليس",
                    "Rehovot educators' delegation to Minneapolis",
                ),
                "summary": T(
                    he="""
                    שמונה מורות ומורים מבתי הספר בעיר ביקרו בבתי הספר של הקהילה,
                    השתתפו ביום עיון משותף והתארחו בבתים של משפחות מקומיות.
                    """,
                    ar="""
                    زار ثمانية معلّمين ومعلّمات من مدارس المدينة مدارس الجالية،
                    وشاركوا في يوم دراسي مشترك، وحلّوا ضيوفًا على عائلات محلية.
                    """,
                    en="""
                    Eight teachers from the city's schools visited
                    the community's schools,
                    took part in a joint study day and stayed with local families.
                    """,
                ),
            },
            {
                "direction": "inbound",
                "starts_in": 21,
                "length": 5,
                "participants_count": 16,
                "activities": ["home-hosting", "ngo-visits", "mayor-meeting"],
                "title": T(
                    "משלחת נוער ממיניאפוליס",
                    "وفد شبيبة من مينيابوليس",
                    "Youth delegation from Minneapolis",
                ),
                "summary": T(
                    he="""
                    שישה-עשר בני נוער ממיניאפוליס יגיעו לשבוע של
                    התנדבות משותפת עם בני נוער מרחובות,
                    ילונו בבתי משפחות ויפגשו את ראש העיר.
                    """,
                    ar="""
                    سيصل ستة عشر شابًا وشابة من مينيابوليس لأسبوع من
                    التطوع المشترك مع شبيبة رحوفوت،
                    يقيمون خلاله في بيوت العائلات ويلتقون رئيس البلدية.
                    """,
                    en="""
                    Sixteen teenagers from Minneapolis will spend a
                    week volunteering alongside Rehovot teens,
                    staying with host families and meeting the mayor.
                    """,
                ),
            },
        ],
    },
    {
        "slug": "modiin-manchester",
        "status": "published",
        "municipality": "modiin",
        "name": T(
            "שותפות מודיעין-מכבים-רעות ומנצ'סטר",
            "شراكة موديعين-مكابيم-رعوت ومانشستر",
            "Modi'in-Maccabim-Re'ut and Manchester Partnership",
        ),
        "partner_city": T("מנצ'סטר", "مانشستر", "Manchester"),
        "partner_country": T("בריטניה", "بريطانيا", "United Kingdom"),
        "conveners": ["jewish-agency"],
        "year_started": 2012,
        "summary": T(
            he="""
            קשר בין משפחות, בתי ספר ומתנדבים במודיעין-מכבים-רעות לבין הקהילה
            היהודית של מנצ'סטר.
            """,
            ar="""
            علاقة بين عائلات ومدارس ومتطوعين في موديعين-مكابيم-رعوت وبين
            الجالية اليهودية في مانشستر.
            """,
            en="""
            A link between families, schools and volunteers in
            Modi'in-Maccabim-Re'ut and the Jewish community of Manchester.
            """,
        ),
        "description": T(
            he="""
            השותפות נולדה מקשר בין שני בתי ספר, והתרחבה עם השנים לתוכניות של
            אזרחים ותיקים, מתנדבים ובני נוער.
            בכל שנה משפחות משני הצדדים מתארחות זו אצל זו.

            אגף הקהילה בעירייה מרכז את הפעילות בצד הישראלי,
            ומקפיד שכל משלחת תכלול מפגש עם ארגונים מקומיים ועם מתנדבי העיר.
            """,
            ar="""
            وُلدت الشراكة من علاقة بين مدرستين، واتّسعت مع السنين لتشمل
            برامج لكبار السن والمتطوعين والشبيبة.
            وفي كل عام تستضيف عائلات من الجانبين بعضها بعضًا.

            يتولّى قسم المجتمع في البلدية تنسيق النشاط على الجانب الإسرائيلي،
            ويحرص على أن يشمل كل وفد لقاءً مع منظمات محلية ومع متطوعي المدينة.
            """,
            en="""
            The partnership grew out of a link between two schools and over
            the years has widened to programmes for senior citizens,
            volunteers and teenagers.
            Every year families on each side host one another.

            The municipal community division coordinates the work on the Israeli side
            and makes sure every delegation meets local organizations and
            the city's volunteers.
            """,
        ),
        "steering_committee": [
            {
                "side": "local",
                "name": T("אורלי נחום", "أورلي نحوم", "Orly Nahum"),
                "role": T(
                    "רכזת השותפות באגף הקהילה",
                    "منسّقة الشراكة في قسم المجتمع",
                    "Partnership coordinator, Community Division",
                ),
            },
            {
                "side": "abroad",
                "name": T("ג'ונתן מרקס", "جوناثان ماركس", "Jonathan Marks"),
                "role": T(
                    "יושב ראש הוועדה מטעם מנצ'סטר",
                    "رئيس اللجنة عن مانشستر",
                    "Committee chair for Manchester",
                ),
            },
        ],
        "delegations": [
            {
                "direction": "inbound",
                "starts_in": 35,
                "length": 4,
                "participants_count": 12,
                "activities": ["ngo-visits", "study-day", "home-hosting"],
                "title": T(
                    "משלחת מתנדבים ממנצ'סטר",
                    "وفد متطوعين من مانشستر",
                    "Volunteers' delegation from Manchester",
                ),
                "summary": T(
                    he="""
                    שנים-עשר מתנדבים מהקהילה במנצ'סטר יצטרפו ליום
                    עיון על התנדבות עם אזרחים ותיקים
                    ויבקרו בארגונים שעובדים עם אגף הקהילה.
                    """,
                    ar="""
                    سينضمّ اثنا عشر متطوعًا من جالية مانشستر إلى يوم
                    دراسي حول التطوع مع كبار السن،
                    ويزورون منظمات تعمل مع قسم المجتمع.
                    """,
                    en="""
                    Twelve volunteers from Manchester's community
                    will join a study day on volunteering with
                    senior citizens
                    and visit organizations that work with the community division.
                    """,
                ),
            },
        ],
    },
]

# ---------------------------------------------------------------- ARTICLES
# The English slug is each article's key. ``days_ago`` dates the article
# before the moment the demo is loaded; a negative value schedules it.
# ``days_ago`` None leaves a draft without a publish date.
HERO_CREDIT = T(
    "איור הדגמה שנוצר אוטומטית",
    "رسم توضيحي تجريبي مُولَّد تلقائيًا",
    "Generated demo illustration",
)

ARTICLES = [
    {
        "slug_en": "minneapolis-business-delegation-visits-rehovot",
        "status": "published",
        "days_ago": 18,
        "municipality": "rehovot",
        "department": "rehovot-community",
        "partnership": "rehovot-minneapolis",
        "topics": ["partnerships-abroad", "business"],
        "partners": [
            "jewish-agency",
            "minneapolis-federation",
            "rehovot-market-bakery",
        ],
        "title": T(
            "אחרי שנתיים בזום: אנשי העסקים ממיניאפוליס הגיעו לרחובות",
            "بعد عامين عبر زووم: رجال الأعمال من مينيابوليس يصلون إلى رحوفوت",
            "After two years on Zoom, Minneapolis business people come to Rehovot",
        ),
        "lede": T(
            he="""
            עשרה חברי משלחת עסקית ממיניאפוליס בילו שבוע בעיר, התארחו בבתי
            תושבים ופגשו בעלי עסקים שנפגעו במלחמה.
            """,
            ar="""
            أمضى عشرة أعضاء في وفد أعمال من مينيابوليس أسبوعًا في المدينة،
            حلّوا خلاله ضيوفًا في بيوت السكان والتقوا أصحاب مصالح تضرّروا من
            الحرب.
            """,
            en="""
            Ten members of a business delegation from Minneapolis spent a
            week in the city, staying in residents' homes and meeting
            business owners hit by the war.
            """,
        ),
        "body": T(
            he="""
            <p>במשך שנתיים נפגשו אנשי עסקים מרחובות וממיניאפוליס רק על המסך.
            בשבוע שעבר הם ישבו לראשונה סביב אותו שולחן, כשעשרה חברי משלחת
            מהקהילה היהודית של מיניאפוליס
            הגיעו לביקור בעיר במסגרת השותפות בין שתי הערים.</p>

            <p>האורחים לא ישנו במלון: משפחות מרחובות פתחו בפניהם את הבתים,
            והערבים המשותפים בסלון הפכו לחלק חשוב לא פחות מהתוכנית הרשמית.</p>

            <h2>מה היה בתוכנית</h2>

            <ul>
            <li>ביקורים בעסקים קטנים שנפגעו בתקופת המלחמה, ובהם מאפיית השוק</li>
            <li>מפגש עם עמותות שנהנות מתמיכת הפדרציה היהודית של מיניאפוליס</li>
            <li>פגישה עם ראש העיר ועם ראש מינהלת ההתחדשות העירונית</li>
            <li>ארוחת בוקר ונטוורקינג עם בעלי עסקים מהעיר</li>
            </ul>

            <p>קבוצת העסקים הוקמה כדי ללמוד יחד, לפתוח דלתות מקצועיות ולהכיר
            את החיים בשתי הקהילות.
            מאז פרוץ המלחמה השיחות עוסקות יותר ויותר במצב בישראל ובדאגה של
            יהודי ארצות הברית מהאנטישמיות הגוברת.</p>

            <p>בסיום הביקור כבר דיברו חברי הקבוצה על המשלחת הבאה, והפעם
            בכיוון ההפוך.</p>
            """,
            ar="""
            <p>على مدى عامين التقى رجال أعمال من رحوفوت ومن مينيابوليس عبر الشاشة فقط.
            وفي الأسبوع الماضي جلسوا لأول مرة حول طاولة واحدة، حين وصل عشرة
            أعضاء من الجالية اليهودية في مينيابوليس
            في زيارة إلى المدينة ضمن الشراكة بين المدينتين.</p>

            <p>لم ينزل الضيوف في فندق: فتحت لهم عائلات من رحوفوت بيوتها،
            وصارت الأمسيات المشتركة في غرف الجلوس جزءًا لا يقلّ أهمية عن
            البرنامج الرسمي.</p>

            <h2>ماذا تضمّن البرنامج</h2>

            <ul>
            <li>زيارات لمصالح صغيرة تضرّرت خلال الحرب، ومنها مخبز السوق</li>
            <li>لقاء مع جمعيات تدعمها الفيدرالية اليهودية في مينيابوليس</li>
            <li>اجتماع مع رئيس البلدية ومع رئيس إدارة التجديد الحضري</li>
            <li>فطور وتشبيك مهني مع أصحاب مصالح من المدينة</li>
            </ul>

            <p>أُنشئت مجموعة الأعمال كي يتعلّم أعضاؤها معًا، ويفتحوا أبوابًا
            مهنية، ويتعرّفوا إلى الحياة في المجتمعين.
            ومنذ اندلاع الحرب باتت اللقاءات تتناول أكثر فأكثر الوضع في
            إسرائيل وقلق يهود الولايات المتحدة من تصاعد معاداة السامية.</p>

            <p>وفي ختام الزيارة كان أعضاء المجموعة يتحدّثون بالفعل عن الوفد
            القادم، وهذه المرة في الاتجاه المعاكس.</p>
            """,
            en="""
            <p>For two years, business people from Rehovot and Minneapolis
            only ever met on a screen.
            Last week they finally sat at the same table, when ten members
            of Minneapolis's Jewish community
            arrived for a visit under the partnership between the two cities.</p>

            <p>The guests did not stay in a hotel. Rehovot families opened
            their homes to them,
            and the evenings spent together in living rooms became as
            important as the official programme.</p>

            <h2>What was on the programme</h2>

            <ul>
            <li>Visits to small businesses hurt during the war, among them
            the market bakery</li>
            <li>A meeting with non-profits supported by the Minneapolis
            Jewish Federation</li>
            <li>Talks with the mayor and the head of the urban renewal authority</li>
            <li>A networking breakfast with local business owners</li>
            </ul>

            <p>The business group was set up to learn together, open
            professional doors and understand daily life in both
            communities.
            Since the war began, its conversations have turned more and more
            to the situation in Israel
            and to American Jews' worries about growing antisemitism.</p>

            <p>By the end of the visit, members were already talking about
            the next delegation, this time heading the other way.</p>
            """,
        ),
        "hero_caption": T(
            "ארוחת הבוקר המשותפת של אנשי העסקים משתי הערים",
            "الفطور المشترك لرجال الأعمال من المدينتين",
            "The joint breakfast for business people from both cities",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    הביקור הזה הוא נקודת ציון בשותפות. ראינו שהקשר
                    בין שתי הקהילות הוא לא רק עסקי אלא אישי,
                    ואנחנו מתכוונים להמשיך לטפח אותו לטובת התושבים בשתי הערים.
                    """,
                    ar="""
                    هذه الزيارة محطة فارقة في الشراكة. رأينا أن
                    العلاقة بين المجتمعين ليست تجارية فحسب بل شخصية
                    أيضًا،
                    ونحن عازمون على مواصلة رعايتها لما فيه خير السكان في المدينتين.
                    """,
                    en="""
                    This visit is a milestone for the partnership.
                    We saw that the tie between our two communities
                    is personal, not just commercial,
                    and we intend to keep nurturing it for the good
                    of residents in both cities.
                    """,
                ),
                "speaker": T("עמית שגיא", "عميت شاغي", "Amit Sagi"),
                "speaker_role": T(
                    "ראש עיריית רחובות", "رئيس بلدية رحوفوت", "Mayor of Rehovot"
                ),
            },
            {
                "text": T(
                    he="""
                    שנתיים דיברנו דרך מצלמה, ורק כשהם נכנסו אליי
                    למאפייה הרגשתי שאני באמת מכיר אותם.
                    עכשיו אני סופר את הימים עד שניסע אליהם.
                    """,
                    ar="""
                    تحدّثنا عامين عبر الكاميرا، ولم أشعر أنني أعرفهم
                    حقًا إلا حين دخلوا إلى مخبزي.
                    والآن أعدّ الأيام حتى نسافر إليهم.
                    """,
                    en="""
                    We talked through a camera for two years, and
                    only when they walked into my bakery did I feel
                    I really knew them.
                    Now I'm counting the days until we go to them.
                    """,
                ),
                "speaker": T("אלי מזרחי", "إيلي مزراحي", "Eli Mizrahi"),
                "speaker_role": T(
                    "בעל מאפיית השוק ברחובות",
                    "صاحب مخبز السوق في رحوفوت",
                    "Owner of the Rehovot Market Bakery",
                ),
            },
        ],
    },
    {
        "slug_en": "modiin-puts-community-at-the-heart-of-city-work",
        "status": "published",
        "days_ago": 52,
        "municipality": "modiin",
        "department": "modiin-community",
        "partnership": None,
        "topics": ["resilience", "neighbourhoods"],
        "partners": ["golden-neighbours"],
        "title": T(
            "מודיעין-מכבים-רעות: הקהילה במרכז העשייה העירונית",
            "موديعين-مكابيم-رعوت: المجتمع في قلب العمل البلدي",
            "Modi'in-Maccabim-Re'ut puts community at the heart of city work",
        ),
        "lede": T(
            he="""
            העירייה הייתה מהראשונות בארץ שהקימו אגף קהילה, והניסיון שצברה
            מאז עוזר היום גם לרשויות אחרות.
            """,
            ar="""
            كانت البلدية من أوائل السلطات في البلاد التي أنشأت قسمًا
            للمجتمع، والخبرة التي راكمتها منذ ذلك الحين تفيد اليوم سلطات
            أخرى أيضًا.
            """,
            en="""
            The city was among the first in Israel to open a community
            division, and the experience it has gained since is now helping
            other authorities too.
            """,
        ),
        "body": T(
            he="""
            <p>כשהוקם אגף הקהילה במודיעין-מכבים-רעות, רק רשויות מעטות בישראל
            החזיקו יחידה כזאת.
            הרעיון היה פשוט: העירייה לא רק נותנת שירותים לתושבים, אלא בונה
            איתם את העיר.</p>

            <p>התקופה האחרונה הוכיחה עד כמה הרעיון נכון. בזמן המלחמה ידעו
            מנהלי הקהילה בשכונות מי זקוק לעזרה,
            והמתנדבים הגיעו במהירות למשפחות מפונים, לאזרחים ותיקים ולמשפחות שכולות.</p>

            <h2>קהילה חזקה, עיר חסינה</h2>

            <p>המחקר בתחום מלמד שקהילה מגובשת מפחיתה בדידות ומחזקת את היכולת
            לעמוד במשברים.
            לכן האגף משקיע דווקא בשגרה: בבית ספר לפעילים, בפורום של ארגוני החברה האזרחית
            ובליווי יוזמות של תושבים בכל שכונה.</p>

            <p>בשנה האחרונה העירייה היא גם חלק מהקהילה המקצועית הארצית של מנהלי הקהילה,
            וחולקת את מה שלמדה עם עמיתים מ-30 רשויות.</p>
            """,
            ar="""
            <p>حين أُنشئ قسم المجتمع في موديعين-مكابيم-رعوت، كانت السلطات
            المحلية في إسرائيل التي تملك وحدة كهذه قليلة.
            وكانت الفكرة بسيطة: البلدية لا تقدّم الخدمات للسكان فحسب، بل
            تبني المدينة معهم.</p>

            <p>وقد أثبتت الفترة الأخيرة صحة هذه الفكرة. ففي أثناء الحرب عرف
            مديرو المجتمع في الأحياء من يحتاج إلى المساعدة،
            ووصل المتطوعون بسرعة إلى العائلات التي أُجليت عن بيوتها وإلى
            كبار السن وإلى العائلات الثكلى.</p>

            <h2>مجتمع قوي، مدينة منيعة</h2>

            <p>تُظهر الأبحاث في هذا المجال أن المجتمع المتماسك يخفّف الوحدة
            ويقوّي القدرة على مواجهة الأزمات.
            لذلك يستثمر القسم في الأيام العادية تحديدًا: في مدرسة للناشطين،
            وفي منتدى منظمات المجتمع المدني،
            وفي مرافقة مبادرات السكان في كل حيّ.</p>

            <p>وفي السنة الأخيرة أصبحت البلدية أيضًا جزءًا من المجتمع المهني
            القطري لمديري المجتمع،
            وهي تشارك ما تعلّمته مع زملاء من 30 سلطة محلية.</p>
            """,
            en="""
            <p>When Modi'in-Maccabim-Re'ut set up its community division,
            very few Israeli local authorities had such a unit.
            The idea was simple: the municipality does not just deliver
            services to residents, it builds the city with them.</p>

            <p>Recent times have shown how right that idea was. During the
            war, neighbourhood community managers knew who needed help,
            and volunteers quickly reached evacuated families, senior
            citizens and bereaved families.</p>

            <h2>Strong community, resilient city</h2>

            <p>Research in the field shows that a close-knit community eases
            loneliness and strengthens people's ability to get through a
            crisis.
            That is why the division invests in ordinary times: in a school
            for activists, a forum of civil-society organizations
            and support for residents' initiatives in every neighbourhood.</p>

            <p>Over the past year the city has also joined the national
            professional community of community managers,
            sharing what it has learned with colleagues from 30 authorities.</p>
            """,
        ),
        "hero_caption": T(
            "מנהלי הקהילה של השכונות בפגישת צוות שבועית",
            "مديرو المجتمع في الأحياء خلال اجتماع الطاقم الأسبوعي",
            "Neighbourhood community managers at their weekly team meeting",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    אגף הקהילה הוא הדרך שלנו לוודא שאף תושב לא נשאר
                    לבד. כשכל אחד יודע שיש לו מקום ושקולו נשמע,
                    העיר כולה חזקה יותר, ביום רגיל וביום קשה.
                    """,
                    ar="""
                    قسم المجتمع هو طريقتنا للتأكّد من ألّا يبقى أي
                    ساكن وحيدًا. حين يعرف كل واحد أن له مكانًا وأن
                    صوته مسموع،
                    تصبح المدينة كلها أقوى، في اليوم العادي وفي اليوم الصعب.
                    """,
                    en="""
                    The community division is how we make sure no
                    resident is left alone. When everyone knows they
                    have a place and a voice,
                    the whole city is stronger, on an ordinary day and on a hard one.
                    """,
                ),
                "speaker": T("יורם אדלר", "يورام أدلر", "Yoram Adler"),
                "speaker_role": T(
                    "ראש עיריית מודיעין-מכבים-רעות",
                    "رئيس بلدية موديعين-مكابيم-رعوت",
                    "Mayor of Modi'in-Maccabim-Re'ut",
                ),
            },
            {
                "text": T(
                    he="""
                    ניהול קהילה הוא מקצוע חדש יחסית. אנחנו רוצים
                    לקרב את העירייה אל התושבים,
                    כי קשר קרוב בשגרה הוא מה שמחזיק אותנו בחירום.
                    """,
                    ar="""
                    إدارة المجتمع مهنة جديدة نسبيًا. نريد أن نقرّب البلدية من السكان،
                    لأن العلاقة الوثيقة في الأيام العادية هي ما يسندنا في الطوارئ.
                    """,
                    en="""
                    Community management is a fairly new profession.
                    We want to bring the municipality closer to
                    residents,
                    because a close relationship in ordinary times
                    is what holds us up in an emergency.
                    """,
                ),
                "speaker": T("רונית אלמוג", "رونيت ألموغ", "Ronit Almog"),
                "speaker_role": T(
                    "מנהלת אגף הקהילה",
                    "مديرة قسم المجتمع",
                    "Head of the Community Division",
                ),
            },
        ],
    },
    {
        "slug_en": "community-managers-from-30-authorities-meet",
        "status": "published",
        "days_ago": 40,
        "municipality": "modiin",
        "department": "modiin-community",
        "partnership": None,
        "topics": ["resilience", "neighbourhoods"],
        "partners": ["communities-on-a-mission"],
        "title": T(
            "מנהלי קהילה מ-30 רשויות נפגשו לסמינר על שותפות עם תושבים",
            "مديرو مجتمع من 30 سلطة محلية يلتقون في ندوة حول الشراكة مع السكان",
            "Community managers from 30 authorities meet on partnering with residents",
        ),
        "lede": T(
            he="""
            הקהילה המקצועית הארצית קיימה סמינר בן יומיים, ובסופו יצא לדרך
            קמפיין שקורא לרשויות נוספות להקים אגף קהילה.
            """,
            ar="""
            عقد المجتمع المهني القطري ندوة استمرت يومين، وفي ختامها انطلقت
            حملة تدعو سلطات أخرى إلى إنشاء قسم للمجتمع.
            """,
            en="""
            The national professional community held a two-day seminar, and
            at its close launched a campaign urging more authorities to set
            up a community department.
            """,
        ),
        "body": T(
            he="""
            <p>כשישים מנהלות ומנהלים של אגפי ומחלקות קהילה הגיעו השבוע
            לסמינר בן יומיים שאירחה הקהילה המקצועית הארצית.
            השאלה שעמדה במרכז: איך בונים שותפות אמיתית בין הרשות לתושבים,
            כזאת שלא נגמרת בסקר אחד או בכנס אחד.</p>

            <p>המשתתפים הגיעו מ-30 רשויות, מערים גדולות ועד מועצות קטנות.
            הם הציגו זה לזה מקרים מהשטח, מה הצליח ומה פחות, ובנו יחד כלים
            שאפשר לקחת הביתה.</p>

            <h2>מה לוקחים הלאה</h2>

            <ul>
            <li>מדריך קצר להקמת ועד שכונה בליווי העירייה</li>
            <li>ערכה לתכנון ערב שבו התושבים בוחרים נושאים לקידום</li>
            <li>קמפיין שמזמין רשויות שעדיין אין בהן אגף קהילה להקים אחד</li>
            </ul>

            <p>הקהילה המקצועית נפגשת לאורך השנה בימי עיון.
            מודיעין-מכבים-רעות, מהרשויות הוותיקות בתחום, משמשת בה מארחת
            ומלווה רשויות שרק מתחילות.</p>
            """,
            ar="""
            <p>وصل هذا الأسبوع نحو ستين مديرًا ومديرة لأقسام المجتمع إلى
            ندوة استمرت يومين، استضافها المجتمع المهني القطري.
            وكان السؤال المركزي: كيف تُبنى شراكة حقيقية بين السلطة المحلية
            والسكان، شراكة لا تنتهي باستطلاع واحد أو بمؤتمر واحد.</p>

            <p>جاء المشاركون من 30 سلطة محلية، من مدن كبيرة إلى مجالس صغيرة.
            وعرض بعضهم على بعض حالات من الميدان، ما نجح منها وما لم ينجح،
            وبنوا معًا أدوات يمكن أخذها إلى البيت.</p>

            <h2>ماذا نأخذ معنا</h2>

            <ul>
            <li>دليل قصير لتأسيس لجنة حيّ بمرافقة البلدية</li>
            <li>حقيبة أدوات لتخطيط أمسية يختار فيها السكان القضايا التي
            يريدون دفعها</li>
            <li>حملة تدعو السلطات التي لا يوجد فيها قسم للمجتمع إلى إنشاء قسم كهذا</li>
            </ul>

            <p>يلتقي المجتمع المهني على مدار السنة في أيام دراسية.
            وتؤدّي موديعين-مكابيم-رعوت، وهي من أقدم السلطات في هذا المجال،
            دور المضيف والمرافق للسلطات التي بدأت طريقها للتوّ.</p>
            """,
            en="""
            <p>Some sixty heads of community departments and divisions came
            this week to a two-day seminar hosted by the national
            professional community.
            The central question: how to build a real partnership between a
            local authority and its residents,
            one that doesn't end with a single survey or conference.</p>

            <p>Participants came from 30 authorities, from large cities to
            small regional councils.
            They presented cases from the field to one another, what worked
            and what didn't, and built tools together that they could take
            home.</p>

            <h2>What comes next</h2>

            <ul>
            <li>A short guide to setting up a neighbourhood committee with
            the municipality's support</li>
            <li>A kit for planning an evening where residents choose the
            issues to pursue</li>
            <li>A campaign inviting authorities that still lack a community
            department to open one</li>
            </ul>

            <p>The professional community meets through the year for study days.
            Modi'in-Maccabim-Re'ut, one of the veteran authorities in the
            field, acts as a host and a mentor for authorities that are just
            starting out.</p>
            """,
        ),
        "hero_caption": T(
            "דיון בקבוצות קטנות ביום הראשון של הסמינר",
            "نقاش في مجموعات صغيرة في اليوم الأول من الندوة",
            "Small-group discussion on the seminar's first day",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    הכי חשוב לי שאנשים ייצאו מכאן עם מספר טלפון של עמית מעיר אחרת.
                    הבעיות דומות, ואין סיבה שכל רשות תמציא את הפתרונות לבד.
                    """,
                    ar="""
                    أهمّ ما يعنيني أن يخرج الناس من هنا ومعهم رقم
                    هاتف زميل من مدينة أخرى.
                    المشكلات متشابهة، ولا داعي لأن تخترع كل سلطة الحلول وحدها.
                    """,
                    en="""
                    What matters most to me is that people leave
                    with the phone number of a colleague from
                    another city.
                    The problems are similar, and there's no reason
                    for every authority to invent the solutions
                    alone.
                    """,
                ),
                "speaker": T("רונית אלמוג", "رونيت ألموغ", "Ronit Almog"),
                "speaker_role": T(
                    "מנהלת אגף הקהילה, מודיעין-מכבים-רעות",
                    "مديرة قسم المجتمع، موديعين-مكابيم-رعوت",
                    "Head of the Community Division, Modi'in-Maccabim-Re'ut",
                ),
            },
        ],
    },
    {
        "slug_en": "a-hundred-harish-residents-choose-city-priorities",
        "status": "published",
        "days_ago": 10,
        "municipality": "harish",
        "department": "harish-community",
        "partnership": None,
        "topics": ["neighbourhoods", "business"],
        "partners": ["communities-on-a-mission", "springs-harish"],
        "title": T(
            "מאה תושבים, שלושה נושאים: ערב התושבים של חריש",
            "مئة ساكن وثلاث قضايا: أمسية سكان حريش",
            "A hundred residents, three priorities: Harish's residents' evening",
        ),
        "lede": T(
            he="""
            יהודים וערבים, חילונים וחרדים, ותיקים וחדשים ישבו יחד ובחרו את
            מה שהעיר צריכה לקדם בשנה הקרובה.
            """,
            ar="""
            جلس قدامى وجدد، علمانيون وحريديم، يهود وعرب معًا، واختاروا ما
            ينبغي للمدينة أن تعمل عليه في السنة القادمة.
            """,
            en="""
            Long-timers and newcomers, secular and ultra-Orthodox, Jewish
            and Arab residents sat together and chose what the city should
            work on next year.
            """,
        ),
        "body": T(
            he="""
            <p>כמאה תושבים הגיעו ביום שלישי למרכז הקהילתי בחריש, לערב שיזמה
            קהילת מעיינות יחד עם אגף הקהילה בעירייה.
            כל שולחן הורכב בכוונה מתושבים מקבוצות שונות, כדי שכל נושא יישמע
            מכמה כיוונים.</p>

            <p>אחרי שעתיים של שיחה והצבעה נבחרו שלושה נושאים שהעירייה
            והתושבים יקדמו יחד:</p>

            <ul>
            <li>הקלה בעומסי התנועה בכניסה לעיר בשעות הבוקר</li>
            <li>תמיכה בעסקים עצמאיים ובעסקים שפועלים מהבית</li>
            <li>לוח אירועים עירוני משותף שמתחשב בחגים ובמנהגים של כל הקהילות</li>
            </ul>

            <h2>מה קורה עכשיו</h2>

            <p>לכל נושא הוקם צוות של תושבים ואנשי עירייה, והוא יציג תוכנית
            עבודה בתוך שלושה חודשים.
            פורום קהילות בשליחות ילווה את הצוותים ויאסוף את הלקחים לקראת
            ערבים דומים בערים אחרות.</p>
            """,
            ar="""
            <p>وصل نحو مئة ساكن يوم الثلاثاء إلى المركز الجماهيري في حريش،
            لحضور أمسية بادر إليها مجتمع «ينابيع» بالتعاون مع قسم المجتمع في
            البلدية.
            وقد رُتّبت كل طاولة عن قصد بحيث تضمّ سكانًا من فئات مختلفة، كي
            تُسمع كل قضية من أكثر من زاوية.</p>

            <p>وبعد ساعتين من النقاش والتصويت، اختيرت ثلاث قضايا ستعمل عليها
            البلدية والسكان معًا:</p>

            <ul>
            <li>تخفيف الازدحام المروري عند مدخل المدينة في ساعات الصباح</li>
            <li>دعم المصالح المستقلة والمصالح التي تعمل من البيت</li>
            <li>رزنامة فعاليات بلدية مشتركة تراعي أعياد جميع المجتمعات وعاداتها</li>
            </ul>

            <h2>ماذا بعد</h2>

            <p>تشكّل لكل قضية فريق من السكان وموظفي البلدية، سيعرض خطة عمل
            خلال ثلاثة أشهر.
            وسيرافق منتدى المجتمعات ذات الرسالة الفرق ويجمع العبر استعدادًا
            لأمسيات مشابهة في مدن أخرى.</p>
            """,
            en="""
            <p>About a hundred residents came to the Harish community centre
            on Tuesday for an evening organized by the Springs community
            together with the municipality's community division.
            Every table was deliberately made up of residents from different
            groups, so that each issue would be heard from several
            angles.</p>

            <p>After two hours of discussion and voting, three issues were
            chosen for the municipality and residents to tackle
            together:</p>

            <ul>
            <li>Easing morning traffic jams at the entrance to the city</li>
            <li>Support for independent and home-based businesses</li>
            <li>A shared city events calendar that respects the holidays and
            customs of every community</li>
            </ul>

            <h2>What happens now</h2>

            <p>Each issue now has a team of residents and municipal staff,
            which will present a work plan within three months.
            The Communities on a Mission Forum will support the teams and
            gather lessons for similar evenings in other cities.</p>
            """,
        ),
        "hero_caption": T(
            "תושבים סביב השולחנות המעורבים בערב התושבים",
            "سكان حول الطاولات المختلطة في أمسية السكان",
            "Residents around the mixed tables at the residents' evening",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    באנו לחריש כדי לבנות קהילה, וזה בדיוק מה שראינו הערב:
                    אנשים שאולי לא היו נפגשים אחרת מחליטים יחד מה חשוב לעיר שלהם.
                    """,
                    ar="""
                    جئنا إلى حريش لنبني مجتمعًا، وهذا بالضبط ما رأيناه الليلة:
                    أناس ربما ما كانوا ليلتقوا لولا ذلك، يقرّرون
                    معًا ما هو مهمّ لمدينتهم.
                    """,
                    en="""
                    We came to Harish to build a community, and that
                    is exactly what we saw tonight:
                    people who might never have met otherwise
                    deciding together what matters for their city.
                    """,
                ),
                "speaker": T("אביטל כהן", "أفيتال كوهين", "Avital Cohen"),
                "speaker_role": T(
                    "רכזת קהילת מעיינות",
                    "منسّقة مجتمع «ينابيع»",
                    "Coordinator of the Springs community",
                ),
            },
            {
                "text": T(
                    he="""
                    אנחנו לא רוצים לנחש מה התושבים צריכים. ערב כזה
                    נותן לנו רשימה ברורה, וגם שותפים לעבודה.
                    """,
                    ar="""
                    لا نريد أن نخمّن ما يحتاجه السكان. أمسية كهذه
                    تعطينا قائمة واضحة، وشركاء في العمل أيضًا.
                    """,
                    en="""
                    We don't want to guess what residents need. An
                    evening like this gives us a clear list, and
                    partners for the work as well.
                    """,
                ),
                "speaker": T("יעל דהן", "ياعيل دهان", "Yael Dahan"),
                "speaker_role": T(
                    "מנהלת אגף קהילה ומעורבות חברתית, עיריית חריש",
                    "مديرة قسم المجتمع والمشاركة الاجتماعية، بلدية حريش",
                    "Director of Community and Social Engagement, Harish Municipality",
                ),
            },
        ],
    },
    {
        "slug_en": "lod-teenagers-take-volunteering-into-the-neighbourhoods",
        "status": "published",
        "days_ago": 30,
        "municipality": "lod",
        "department": "lod-community",
        "partnership": None,
        "topics": ["youth", "volunteering"],
        "partners": ["youth-leading-change", "neighbours-heart-of-lod"],
        "title": T(
            "בני הנוער של לוד יוצאים להתנדב בשכונות",
            "شبيبة اللد ينطلقون للتطوع في الأحياء",
            "Lod's teenagers take volunteering into the neighbourhoods",
        ),
        "lede": T(
            he="""
            ארבעים בני נוער, יהודים וערבים, תכננו שישה פרויקטים לשכונות העיר
            ויובילו אותם בחודשים הקרובים.
            """,
            ar="""
            خطّط أربعون شابًا وشابة، يهودًا وعربًا، ستة مشاريع لأحياء
            المدينة وسيقودونها في الأشهر المقبلة.
            """,
            en="""
            Forty Jewish and Arab teenagers have planned six projects for
            the city's neighbourhoods and will lead them over the coming
            months.
            """,
        ),
        "body": T(
            he="""
            <p>במשך חודשיים נפגשו המשתתפים בתוכנית נוער מוביל שינוי בלוד פעם
            בשבוע, הסתובבו בשכונות ושאלו את השכנים מה חסר להם.
            מתוך השיחות האלה נולדו שישה פרויקטים שיתחילו לפעול עוד החודש.</p>

            <h2>חלק מהפרויקטים</h2>

            <ul>
            <li>שיפוץ גינת המשחקים בשכונה הוותיקה, יחד עם ההורים</li>
            <li>מועדון שיעורי בית לתלמידי בית הספר היסודי</li>
            <li>ביקורים קבועים אצל אזרחים ותיקים שגרים לבד</li>
            <li>מסיבת רחוב לשכנים בסוף הקיץ</li>
            </ul>

            <p>הקבוצות מעורבות, והשיחות בהן מתנהלות בעברית ובערבית.
            המדריכים מספרים שהעבודה המשותפת השיגה את מה שהרצאות על דו-קיום
            לא הצליחו: בני הנוער פשוט נעשו חברים.</p>

            <p>מחלקת קהילה ושכונות בעירייה מממנת את החומרים ומלווה את הקבוצות,
            וקהילת שכנים בלב לוד פותחת בפניהן את המרחבים שלה.</p>
            """,
            ar="""
            <p>على مدى شهرين التقى المشاركون في برنامج «شبيبة تقود التغيير»
            في اللد مرة في الأسبوع، وتجوّلوا في الأحياء وسألوا الجيران عمّا
            ينقصهم.
            ومن هذه الأحاديث وُلدت ستة مشاريع ستنطلق هذا الشهر.</p>

            <h2>بعض المشاريع</h2>

            <ul>
            <li>ترميم حديقة الألعاب في الحيّ القديم بمشاركة الأهالي</li>
            <li>نادٍ للدروس البيتية لتلاميذ المدرسة الابتدائية</li>
            <li>زيارات منتظمة لكبار السن الذين يعيشون وحدهم</li>
            <li>حفلة شارع للجيران في نهاية الصيف</li>
            </ul>

            <p>المجموعات مختلطة، والحديث فيها يدور بالعبرية والعربية.
            ويقول المرشدون إن العمل المشترك حقّق ما لم تحقّقه المحاضرات عن
            التعايش: لقد صار الشبان والشابات أصدقاء ببساطة.</p>

            <p>يموّل قسم المجتمع والأحياء في البلدية المواد ويرافق المجموعات،
            فيما يفتح مجتمع «جيران في قلب اللد» أمامها أماكنه.</p>
            """,
            en="""
            <p>For two months, teenagers in Lod's Youth Leading Change
            programme met once a week, walked around their neighbourhoods
            and asked neighbours what was missing. Those conversations
            produced six projects that will get under way this month.</p>

            <h2>Some of the projects</h2>

            <ul>
            <li>Refurbishing the playground in the old neighbourhood,
            together with parents</li>
            <li>A homework club for primary school pupils</li>
            <li>Regular visits to senior citizens who live alone</li>
            <li>An end-of-summer street party for neighbours</li>
            </ul>

            <p>The groups are mixed and conversations run in Hebrew and Arabic.
            The counsellors say that working side by side achieved what
            lectures on coexistence never did: the teenagers simply became
            friends.</p>

            <p>The municipal Community and Neighbourhoods Department pays
            for materials and supports the groups,
            and Neighbours at the Heart of Lod opens its spaces to them.</p>
            """,
        ),
        "hero_caption": T(
            "משתתפי התוכנית בסיור בשכונה",
            "مشاركون في البرنامج خلال جولة في الحيّ",
            "Programme participants on a walk around the neighbourhood",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    בהתחלה כל אחד ישב עם החברים שלו. אחרי חודש כבר
                    לא היה אכפת לאף אחד מי מדבר באיזו שפה,
                    רק איך מסיימים את הגינה בזמן.
                    """,
                    ar="""
                    في البداية جلس كل واحد مع أصدقائه. وبعد شهر لم
                    يعد أحد يهتمّ بمن يتكلّم أي لغة،
                    بل فقط بكيف ننهي الحديقة في الوقت المحدّد.
                    """,
                    en="""
                    At first everyone sat with their own friends. A
                    month later nobody cared who spoke which
                    language,
                    only how we'd finish the playground on time.
                    """,
                ),
                "speaker": T("לין עבאס", "لين عباس", "Lin Abbas"),
                "speaker_role": T(
                    "משתתפת בתוכנית, תלמידת כיתה י״א",
                    "مشاركة في البرنامج، طالبة في الصف الحادي عشر",
                    "Programme participant, 11th grade",
                ),
            },
            {
                "text": T(
                    he="""
                    אנחנו רוצים שבני הנוער ירגישו שהשכונה שייכת להם,
                    ושיש להם כוח לשנות בה דברים.
                    """,
                    ar="""
                    نريد أن يشعر الشبان والشابات أن الحيّ ملك لهم،
                    وأن بأيديهم القدرة على تغيير أمور فيه.
                    """,
                    en="""
                    We want teenagers to feel the neighbourhood
                    belongs to them and that they have the power to
                    change things in it.
                    """,
                ),
                "speaker": T("ראמי נסאר", "رامي نصّار", "Rami Nassar"),
                "speaker_role": T(
                    "מנהל מחלקת קהילה ושכונות, עיריית לוד",
                    "مدير قسم المجتمع والأحياء، بلدية اللد",
                    "Head of Community and Neighbourhoods, Lod Municipality",
                ),
            },
        ],
    },
    {
        "slug_en": "one-call-a-week-young-volunteers-take-on-loneliness",
        "status": "published",
        "days_ago": 24,
        "municipality": "modiin",
        "department": "modiin-community",
        "partnership": None,
        "topics": ["seniors", "volunteering"],
        "partners": ["golden-neighbours"],
        "title": T(
            "שיחה אחת בשבוע: מתנדבים צעירים נגד בדידות",
            "مكالمة واحدة في الأسبوع: متطوعون شباب في مواجهة الوحدة",
            "One call a week: young volunteers take on loneliness",
        ),
        "lede": T(
            he="""
            אגף הקהילה ועמותת שכנים של זהב מרחיבים את תוכנית השיחות הקבועות
            לאזרחים ותיקים שגרים לבד.
            """,
            ar="""
            يوسّع قسم المجتمع وجمعية «جيران من ذهب» برنامج المكالمات
            المنتظمة لكبار السن الذين يعيشون وحدهم.
            """,
            en="""
            The community division and Golden Neighbours are expanding their
            programme of regular calls to senior citizens who live alone.
            """,
        ),
        "body": T(
            he="""
            <p>בכל יום ראשון בערב נועה, תלמידת תיכון, מתקשרת לשמואל בן ה-88.
            הם מדברים על הנכדים, על החדשות ולפעמים על מתכון לעוגת שמרים.
            השיחה הזאת היא חלק מתוכנית שבה מאות מתנדבים מתקשרים מדי שבוע
            לאזרחים ותיקים בעיר.</p>

            <p>התוכנית התחילה כמענה לחירום, כשהיה צריך לוודא במהירות שכל אחד
            מהוותיקים בסדר.
            עם הזמן התברר שהקשר הקבוע חשוב לא פחות גם בימים רגילים, ועכשיו
            היא מתרחבת לכל שכונות העיר.</p>

            <h2>איך מצטרפים</h2>

            <p>כל מתנדב עובר הדרכה קצרה ומתחייב לשיחה שבועית ולביקור אחד בחודש.
            תושבים ותיקים שרוצים להצטרף, או בני משפחה שרוצים לרשום הורה,
            מוזמנים לפנות לאגף הקהילה.</p>
            """,
            ar="""
            <p>مساء كل يوم أحد تتصل نوعا، وهي طالبة ثانوية، بشموئيل ابن
            الثامنة والثمانين.
            يتحدّثان عن الأحفاد وعن الأخبار، وأحيانًا عن وصفة لكعكة الخميرة.
            هذه المكالمة جزء من برنامج يتّصل فيه مئات المتطوعين أسبوعيًا
            بكبار السن في المدينة.</p>

            <p>بدأ البرنامج استجابةً لحالة طوارئ، حين كان لا بدّ من التأكّد
            بسرعة من أن كل واحد من كبار السن بخير.
            ومع الوقت تبيّن أن التواصل المنتظم لا يقلّ أهمية في الأيام
            العادية، والآن يتّسع البرنامج ليشمل جميع أحياء المدينة.</p>

            <h2>كيف تنضمّون</h2>

            <p>يخضع كل متطوّع لتدريب قصير، ويلتزم بمكالمة أسبوعية وبزيارة
            واحدة في الشهر.
            كبار السن الراغبون في الانضمام، أو الأبناء الذين يرغبون في تسجيل
            أحد الوالدين، مدعوّون للتوجّه إلى قسم المجتمع.</p>
            """,
            en="""
            <p>Every Sunday evening Noa, a high school student, phones
            Shmuel, who is 88.
            They talk about his grandchildren, the news and sometimes a
            recipe for yeast cake.
            Their call is part of a programme in which hundreds of
            volunteers ring older residents across the city each week.</p>

            <p>The programme began as an emergency measure, when every older
            resident had to be checked on quickly.
            Over time it became clear that the regular contact matters just
            as much on ordinary days, and it is now expanding to every
            neighbourhood.</p>

            <h2>How to join</h2>

            <p>Each volunteer takes a short training session and commits to
            a weekly call and one visit a month.
            Older residents who would like to take part, or relatives who
            want to sign up a parent, are welcome to contact the community
            division.</p>
            """,
        ),
        "hero_caption": T(
            "מתנדבת בשיחה עם תושב ותיק",
            "متطوعة تتحدّث مع ساكن مسنّ",
            "A volunteer on a call with an older resident",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    הרבה ותיקים לא יבקשו עזרה בעצמם. שיחה קבועה עם
                    אותו קול מוכר פותחת דלת שאחרת הייתה נשארת סגורה.
                    """,
                    ar="""
                    كثير من كبار السن لن يطلبوا المساعدة بأنفسهم.
                    مكالمة منتظمة مع الصوت المألوف نفسه تفتح بابًا
                    كان سيبقى مغلقًا لولاها.
                    """,
                    en="""
                    Many older people won't ask for help themselves.
                    A regular call from the same familiar voice
                    opens a door that would otherwise stay shut.
                    """,
                ),
                "speaker": T("חנה ליבוביץ", "حنا ليبوفيتش", "Hannah Leibovitz"),
                "speaker_role": T(
                    "מנכ״לית שכנים של זהב",
                    "المديرة العامة لجمعية «جيران من ذهب»",
                    "Executive Director, Golden Neighbours",
                ),
            },
            {
                "text": T(
                    he="""
                    אני מחכה לשיחה של יום ראשון כל השבוע. היא שואלת,
                    אני מספר, ולפעמים היא מספרת לי על המבחנים שלה.
                    """,
                    ar="""
                    أنتظر مكالمة يوم الأحد طوال الأسبوع. هي تسأل
                    وأنا أحكي، وأحيانًا تحكي لي عن امتحاناتها.
                    """,
                    en="""
                    I wait all week for the Sunday call. She asks, I
                    tell stories, and sometimes she tells me about
                    her exams.
                    """,
                ),
                "speaker": T("שמואל", "شموئيل", "Shmuel"),
                "speaker_role": T(
                    "תושב ותיק במודיעין-מכבים-רעות",
                    "ساكن مسنّ في موديعين-مكابيم-رعوت",
                    "Resident of Modi'in-Maccabim-Re'ut",
                ),
            },
        ],
    },
    {
        "slug_en": "workshops-help-rehovot-small-businesses-recover",
        "status": "published",
        "days_ago": 35,
        "municipality": "rehovot",
        "department": "rehovot-community",
        "partnership": None,
        "topics": ["business", "resilience"],
        "partners": ["greenroot", "horizon-fund", "rehovot-market-bakery"],
        "title": T(
            "סדנאות לעסקים קטנים: רחובות מחזקת את העסקים המקומיים",
            "ورشات للمصالح الصغيرة: رحوفوت تدعم مصالحها المحلية",
            "Workshops help Rehovot's small businesses recover",
        ),
        "lede": T(
            he="""
            סדרת מפגשים בשיתוף חברת שורש ירוק וקרן אופק לקהילה עוזרת לבעלי
            עסקים להתאושש מתקופת המלחמה.
            """,
            ar="""
            سلسلة لقاءات بالتعاون مع شركة «جذر أخضر» وصندوق «أفق للمجتمع»
            تساعد أصحاب المصالح على التعافي من فترة الحرب.
            """,
            en="""
            A series of sessions run with GreenRoot and the Horizon
            Community Fund is helping business owners recover from the war
            period.
            """,
        ),
        "body": T(
            he="""
            <p>שלושים בעלי עסקים קטנים מרחובות, מדוכנים בשוק ועד סטודיו
            לעיצוב, משתתפים בסדרת סדנאות שמארגן מינהל הקהילה.
            המטרה היא לעזור לעסקים שנפגעו בתקופת המלחמה לחזור לפעילות מלאה.</p>

            <h2>על מה עובדים</h2>

            <ul>
            <li>נוכחות ברשת ומכירה באינטרנט</li>
            <li>תזרים מזומנים ותכנון לשנה הקרובה</li>
            <li>שיתופי פעולה בין עסקים שכנים</li>
            </ul>

            <p>את הסדנאות הדיגיטליות מעבירים מתנדבים מחברת שורש ירוק,
            וקרן אופק לקהילה מעניקה לכל עסק שמסיים את הסדרה מענק קטן ליישום
            התוכנית שבנה.</p>

            <p>חלק מהמשתתפים כבר הצטרפו לקבוצת העסקים המשותפת עם מיניאפוליס,
            ומצאו בה גם לקוחות חדשים וגם עמיתים למקצוע.</p>
            """,
            ar="""
            <p>يشارك ثلاثون صاحب مصلحة صغيرة من رحوفوت، من بسطات السوق إلى
            استوديو للتصميم، في سلسلة ورشات تنظّمها إدارة المجتمع.
            والهدف مساعدة المصالح التي تضرّرت خلال الحرب على العودة إلى
            نشاطها الكامل.</p>

            <h2>على ماذا نعمل</h2>

            <ul>
            <li>الحضور على الإنترنت والبيع عبره</li>
            <li>التدفّق النقدي والتخطيط للسنة القادمة</li>
            <li>التعاون بين المصالح المتجاورة</li>
            </ul>

            <p>يقدّم الورشات الرقمية متطوعون من شركة «جذر أخضر»،
            ويمنح صندوق «أفق للمجتمع» كل مصلحة تُنهي السلسلة منحة صغيرة
            لتنفيذ الخطة التي بنتها.</p>

            <p>وقد انضمّ بعض المشاركين إلى مجموعة الأعمال المشتركة مع مينيابوليس،
            ووجدوا فيها زبائن جددًا وزملاء في المهنة أيضًا.</p>
            """,
            en="""
            <p>Thirty small business owners from Rehovot, from market stalls
            to a design studio, are taking part in a workshop series run by
            the community administration.
            The aim is to help businesses hurt during the war get back to
            full activity.</p>

            <h2>What they work on</h2>

            <ul>
            <li>An online presence and selling on the web</li>
            <li>Cash flow and planning for the year ahead</li>
            <li>Cooperation between neighbouring businesses</li>
            </ul>

            <p>The digital workshops are taught by volunteers from GreenRoot,
            and the Horizon Community Fund gives every business that
            completes the series a small grant to carry out the plan it has
            built.</p>

            <p>Some participants have already joined the joint business
            group with Minneapolis,
            finding both new customers and professional peers there.</p>
            """,
        ),
        "hero_caption": T(
            "סדנת דיגיטל לבעלי עסקים במרכז הקהילתי",
            "ورشة رقمية لأصحاب المصالح في المركز الجماهيري",
            "A digital workshop for business owners at the community centre",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    אחרי חודשים שבהם בקושי פתחנו, הסדנה עשתה לי סדר
                    בראש ונתנה לי תוכנית. וגם הבנתי שאני לא לבד בזה.
                    """,
                    ar="""
                    بعد أشهر بالكاد فتحنا فيها أبوابنا، رتّبت الورشة
                    أفكاري وأعطتني خطة. وفهمت أيضًا أنني لست وحدي في
                    هذا.
                    """,
                    en="""
                    After months when we barely opened, the workshop
                    put my thoughts in order and gave me a plan. I
                    also realised I'm not alone in this.
                    """,
                ),
                "speaker": T("שירן לוי", "شيرين ليفي", "Shiran Levi"),
                "speaker_role": T(
                    "בעלת סטודיו לעיצוב ברחובות",
                    "صاحبة استوديو تصميم في رحوفوت",
                    "Owner of a design studio in Rehovot",
                ),
            },
        ],
    },
    {
        "slug_en": "lod-old-neighbourhood-elects-first-residents-committee",
        "status": "published",
        "days_ago": 14,
        "municipality": "lod",
        "department": "lod-community",
        "partnership": None,
        "topics": ["neighbourhoods"],
        "partners": ["neighbours-heart-of-lod", "communities-on-a-mission"],
        "title": T(
            "בשכונה הוותיקה בלוד נבחר ועד תושבים ראשון",
            "انتخاب أول لجنة سكان في الحيّ القديم في اللد",
            "Lod's old neighbourhood elects its first residents' committee",
        ),
        "lede": T(
            he="""
            תשעה נציגים, יהודים וערבים, ייצגו את השכונה מול העירייה אחרי
            חודשים של מפגשי שכנים.
            """,
            ar="""
            تسعة ممثلين، يهود وعرب، سيمثّلون الحيّ أمام البلدية بعد أشهر من
            لقاءات الجيران.
            """,
            en="""
            Nine representatives, Jewish and Arab, will speak for the
            neighbourhood to City Hall after months of neighbours' meetings.
            """,
        ),
        "body": T(
            he="""
            <p>יותר משלוש מאות תושבים הצביעו בסוף השבוע בבחירות לוועד
            השכונה, הראשון שקם בשכונה הוותיקה של לוד.
            תשעת הנבחרים משקפים את השכונה עצמה: משפחות ותיקות ועולים, יהודים
            וערבים, צעירים ופנסיונרים.</p>

            <p>הדרך לבחירות התחילה במפגשי שכנים שקיימה קהילת שכנים בלב לוד.
            באותם מפגשים עלו שוב ושוב אותם נושאים: תאורה ברחובות, ניקיון
            ומקום בטוח שבו ילדים יכולים לשחק.</p>

            <h2>מה הוועד יעשה</h2>

            <p>הוועד ייפגש פעם בחודש עם נציגי מחלקת קהילה ושכונות, יעביר את
            פניות התושבים ויעקוב אחרי הטיפול בהן.
            פורום קהילות בשליחות יעביר לחברי הוועד הכשרה קצרה בחודשים הראשונים.</p>
            """,
            ar="""
            <p>أدلى أكثر من ثلاثمئة ساكن بأصواتهم في نهاية الأسبوع في
            انتخابات لجنة الحيّ، وهي الأولى من نوعها في الحيّ القديم في
            اللد.
            ويعكس الأعضاء التسعة المنتخبون الحيّ نفسه: عائلات قديمة وقادمون
            جدد، يهود وعرب، شباب ومتقاعدون.</p>

            <p>بدأ الطريق إلى الانتخابات في لقاءات جيران نظّمها مجتمع «جيران
            في قلب اللد».
            وفي تلك اللقاءات طُرحت القضايا نفسها مرة بعد مرة: إنارة الشوارع،
            والنظافة، ومكان آمن يلعب فيه الأطفال.</p>

            <h2>ماذا ستفعل اللجنة</h2>

            <p>ستلتقي اللجنة مرة في الشهر مع ممثلي قسم المجتمع والأحياء،
            وتنقل توجّهات السكان وتتابع معالجتها.
            وسيقدّم منتدى المجتمعات ذات الرسالة لأعضاء اللجنة دورة تأهيل
            قصيرة في الأشهر الأولى.</p>
            """,
            en="""
            <p>More than three hundred residents voted at the weekend for
            the neighbourhood committee, the first ever formed in Lod's old
            neighbourhood.
            The nine people elected mirror the neighbourhood itself:
            long-standing families and immigrants, Jews and Arabs, young
            people and pensioners.</p>

            <p>The road to the election began with neighbours' meetings held
            by Neighbours at the Heart of Lod.
            The same subjects came up again and again: street lighting,
            cleanliness and a safe place for children to play.</p>

            <h2>What the committee will do</h2>

            <p>The committee will meet the Community and Neighbourhoods
            Department once a month, pass on residents' requests and follow
            up on how they are handled.
            The Communities on a Mission Forum will give its members a short
            training course in the first months.</p>
            """,
        ),
        "hero_caption": T(
            "ספירת הקולות בבחירות לוועד השכונה",
            "فرز الأصوات في انتخابات لجنة الحيّ",
            "Counting the votes in the neighbourhood committee election",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    שנים אמרו לנו שאין עם מי לדבר בשכונה הזאת. היום
                    יש תשעה אנשים שכל השכונה מכירה, והם יושבים מול
                    העירייה.
                    """,
                    ar="""
                    قيل لنا سنوات إنه لا يوجد من نتحدّث معه في هذا
                    الحيّ. اليوم هناك تسعة أشخاص يعرفهم الحيّ كله،
                    ويجلسون قبالة البلدية.
                    """,
                    en="""
                    For years we were told there was no one to talk
                    to in this neighbourhood. Today there are nine
                    people the whole neighbourhood knows, sitting
                    across the table from City Hall.
                    """,
                ),
                "speaker": T("סלמה חורי", "سلمى خوري", "Salma Khoury"),
                "speaker_role": T(
                    "רכזת שכנים בלב לוד",
                    "منسّقة «جيران في قلب اللد»",
                    "Coordinator, Neighbours at the Heart of Lod",
                ),
            },
        ],
    },
    {
        "slug_en": "harish-trains-a-resilience-team-for-every-neighbourhood",
        "status": "published",
        "days_ago": 45,
        "municipality": "harish",
        "department": "harish-community",
        "partnership": None,
        "topics": ["resilience", "volunteering"],
        "partners": ["resilience-unit"],
        "title": T(
            "חריש מכשירה צוותי חוסן בכל שכונה",
            "حريش تؤهّل فرق مناعة في كل حيّ",
            "Harish trains a resilience team for every neighbourhood",
        ),
        "lede": T(
            he="""
            שמונים מתנדבים השלימו הכשרה ראשונה, ומעכשיו הם הכתובת של השכנים בשעת חירום.
            """,
            ar="""
            أنهى ثمانون متطوعًا دورة تأهيل أولى، وأصبحوا من الآن العنوان
            الذي يتوجّه إليه الجيران في حالات الطوارئ.
            """,
            en="""
            Eighty volunteers have completed their first training and are
            now their neighbours' first point of contact in an emergency.
            """,
        ),
        "body": T(
            he="""
            <p>מעכשיו יש בכל שכונה בחריש צוות של תושבים שיודע מי גר לבד, למי
            יש תינוק בבית ומי זקוק לתרופות באופן קבוע.
            הצוותים הוקמו בליווי המטה הארצי לחוסן קהילתי ואגף הקהילה בעירייה.</p>

            <h2>מה למדו המתנדבים</h2>

            <ul>
            <li>מיפוי משקי בית שזקוקים לסיוע מיוחד</li>
            <li>עזרה ראשונה נפשית ושיחה בזמן לחץ</li>
            <li>עבודה מול המוקד העירוני והעברת מידע מהשטח</li>
            </ul>

            <p>ההכשרה הסתיימה בתרגיל משותף, שבו כל צוות קיבל תרחיש ונדרש
            ליצור קשר עם כל התושבים שברשימה שלו בתוך שעה.</p>

            <p>באגף הקהילה מדגישים שהצוותים לא נועדו רק לשעת חירום: הם כבר
            מארגנים מפגשי היכרות בשכונות החדשות.</p>
            """,
            ar="""
            <p>من الآن، في كل حيّ من أحياء حريش فريق من السكان يعرف من يعيش
            وحده، ومن لديه رضيع في البيت، ومن يحتاج إلى أدوية بشكل دائم.
            وقد أُقيمت الفرق بمرافقة الطاقم القطري للمناعة المجتمعية وقسم
            المجتمع في البلدية.</p>

            <h2>ماذا تعلّم المتطوعون</h2>

            <ul>
            <li>رصد الأسر التي تحتاج إلى مساعدة خاصة</li>
            <li>الإسعاف النفسي الأولي والحديث في أوقات الضغط</li>
            <li>العمل مع مركز الخدمات البلدي ونقل المعلومات من الميدان</li>
            </ul>

            <p>اختُتمت الدورة بتمرين مشترك، تسلّم فيه كل فريق سيناريو وطُلب
            منه التواصل مع جميع السكان المدرجين في قائمته خلال ساعة.</p>

            <p>ويؤكّد قسم المجتمع أن الفرق ليست للطوارئ فقط: فهي تنظّم منذ
            الآن لقاءات تعارف في الأحياء الجديدة.</p>
            """,
            en="""
            <p>Every neighbourhood in Harish now has a team of residents who
            know who lives alone, who has a baby at home and who relies on
            regular medication.
            The teams were set up with the National Community Resilience
            Unit and the municipality's community division.</p>

            <h2>What the volunteers learned</h2>

            <ul>
            <li>Mapping households that need special help</li>
            <li>Psychological first aid and talking to people under stress</li>
            <li>Working with the municipal hotline and passing on
            information from the field</li>
            </ul>

            <p>The course ended with a joint drill in which each team was
            handed a scenario and had to reach every resident on its list
            within an hour.</p>

            <p>The community division stresses that the teams are not only
            for emergencies:
            they are already organizing get-to-know-you gatherings in the
            new neighbourhoods.</p>
            """,
        ),
        "hero_caption": T(
            "מתנדבי צוות החוסן בתרגיל הסיום",
            "متطوعو فريق المناعة في التمرين الختامي",
            "Resilience team volunteers at the closing drill",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    בחירום אין זמן להכיר. את הקשרים צריך לבנות עכשיו, כשהכול רגוע.
                    """,
                    ar="""
                    في الطوارئ لا وقت للتعارف. العلاقات يجب أن تُبنى
                    الآن، حين يكون كل شيء هادئًا.
                    """,
                    en="""
                    In an emergency there's no time to get
                    acquainted. The connections have to be built
                    now, while things are calm.
                    """,
                ),
                "speaker": T("עמרי גולן", "عومري غولان", "Omri Golan"),
                "speaker_role": T(
                    "הממונה על הקשר עם הרשויות, המטה הארצי לחוסן קהילתי",
                    "مسؤول الاتصال مع السلطات المحلية، الطاقم القطري للمناعة المجتمعية",
                    "Local Authorities Liaison, National Community Resilience Unit",
                ),
            },
        ],
    },
    {
        "slug_en": "rehovot-teachers-head-to-minneapolis-to-learn",
        "status": "published",
        "days_ago": 62,
        "municipality": "rehovot",
        "department": "rehovot-community",
        "partnership": "rehovot-minneapolis",
        "topics": ["partnerships-abroad", "youth"],
        "partners": ["minneapolis-federation", "jewish-agency"],
        "title": T(
            "מורים מרחובות יצאו ללמוד במיניאפוליס",
            "معلّمون من رحوفوت يتعلّمون في مينيابوليس",
            "Rehovot teachers head to Minneapolis to learn",
        ),
        "lede": T(
            he="""
            שמונה מחנכים מבתי הספר בעיר ביקרו בבתי הספר של הקהילה היהודית,
            וחזרו עם רעיונות לשיתוף פעולה בין כיתות.
            """,
            ar="""
            زار ثمانية مربّين من مدارس المدينة مدارس الجالية اليهودية،
            وعادوا بأفكار للتعاون بين الصفوف.
            """,
            en="""
            Eight educators from the city's schools visited Jewish community
            schools and came back with ideas for linking classrooms.
            """,
        ),
        "body": T(
            he="""
            <p>בשבוע שעבר חזרה לרחובות משלחת של שמונה מורות ומורים, אחרי
            שבוע במיניאפוליס במסגרת השותפות בין הערים.
            המחנכים התארחו אצל משפחות מהקהילה, צפו בשיעורים והשתתפו ביום
            עיון משותף על חינוך לזהות ולקהילה.</p>

            <h2>מכיתה לכיתה</h2>

            <p>הרעיון המרכזי שחזר איתם הוא קשר ישיר בין כיתות:
            תלמידים משתי הערים יעבדו יחד על פרויקט, ייפגשו בשיחות וידאו
            ויכירו זה את זה לאורך שנת הלימודים.</p>

            <p>המורים ביקרו גם בעמותות שהפדרציה המקומית תומכת בהן, ולמדו איך
            הקהילה מגייסת מתנדבים בכל הגילים.</p>
            """,
            ar="""
            <p>عاد إلى رحوفوت الأسبوع الماضي وفد من ثمانية معلّمين ومعلّمات،
            بعد أسبوع في مينيابوليس ضمن الشراكة بين المدينتين.
            حلّ المربّون ضيوفًا على عائلات من الجالية، وحضروا دروسًا،
            وشاركوا في يوم دراسي مشترك حول التربية على الهوية والانتماء
            للمجتمع.</p>

            <h2>من صفّ إلى صفّ</h2>

            <p>الفكرة المركزية التي عادوا بها هي علاقة مباشرة بين الصفوف:
            سيعمل طلاب من المدينتين معًا على مشروع، ويلتقون في مكالمات
            فيديو، ويتعرّف بعضهم إلى بعض على مدار السنة الدراسية.</p>

            <p>وزار المعلّمون أيضًا جمعيات تدعمها الفيدرالية المحلية،
            وتعلّموا كيف تجنّد الجالية متطوعين من جميع الأعمار.</p>
            """,
            en="""
            <p>A delegation of eight teachers returned to Rehovot last week
            after a week in Minneapolis under the partnership between the
            cities.
            The educators stayed with families from the community, sat in on
            lessons and joined a shared study day on teaching identity and
            community.</p>

            <h2>Classroom to classroom</h2>

            <p>The main idea they brought home is a direct link between classes:
            pupils from both cities will work on a joint project, meet over
            video calls and get to know each other through the school
            year.</p>

            <p>The teachers also visited non-profits supported by the local
            federation and learned how the community recruits volunteers of
            every age.</p>
            """,
        ),
        "hero_caption": T(
            "מחנכים מרחובות ביום העיון המשותף",
            "مربّون من رحوفوت في اليوم الدراسي المشترك",
            "Rehovot educators at the joint study day",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    ראיתי כמה ישראל חשובה להם, ועד כמה הם רוצים
                    להכיר את הילדים שלנו באמת, לא רק מתמונות.
                    """,
                    ar="""
                    رأيت كم تعني لهم إسرائيل، وكم يرغبون في أن
                    يعرفوا أولادنا حقًا، لا من الصور فقط.
                    """,
                    en="""
                    I saw how much Israel means to them, and how
                    much they want to really know our children, not
                    just from photos.
                    """,
                ),
                "speaker": T("דנה אורן", "دانا أورن", "Dana Oren"),
                "speaker_role": T(
                    "מורה לאנגלית ברחובות",
                    "معلّمة لغة إنجليزية في رحوفوت",
                    "English teacher in Rehovot",
                ),
            },
            {
                "text": T(
                    he="""
                    הקשר בין המורים הוא הבסיס לקשר בין המשפחות.
                    כשהכיתות מדברות, גם ההורים מצטרפים.
                    """,
                    ar="""
                    العلاقة بين المعلّمين هي الأساس للعلاقة بين
                    العائلات. حين تتحدّث الصفوف، ينضمّ الأهالي
                    أيضًا.
                    """,
                    en="""
                    The bond between teachers is the foundation for
                    the bond between families. When classrooms talk,
                    parents join in too.
                    """,
                ),
                "speaker": T("דניאל קפלן", "دانيال كابلان", "Daniel Kaplan"),
                "speaker_role": T(
                    "יושב ראש משותף של ועדת ההיגוי, מיניאפוליס",
                    "رئيس مشارك للجنة التوجيه، مينيابوليس",
                    "Steering committee co-chair, Minneapolis",
                ),
            },
        ],
    },
    {
        "slug_en": "volunteers-from-manchester-are-coming-to-modiin",
        "status": "published",
        "days_ago": 7,
        "municipality": "modiin",
        "department": "modiin-community",
        "partnership": "modiin-manchester",
        "topics": ["partnerships-abroad", "seniors", "volunteering"],
        "partners": ["golden-neighbours", "jewish-agency"],
        "title": T(
            "מתנדבים ממנצ'סטר יגיעו למודיעין-מכבים-רעות",
            "متطوعون من مانشستر سيزورون موديعين-مكابيم-رعوت",
            "Volunteers from Manchester are coming to Modi'in-Maccabim-Re'ut",
        ),
        "lede": T(
            he="""
            המשלחת תשתתף ביום עיון על התנדבות עם אזרחים ותיקים, ומשפחות בעיר
            מוזמנות לארח.
            """,
            ar="""
            سيشارك الوفد في يوم دراسي حول التطوّع مع كبار السن، والعائلات في
            المدينة مدعوّة للاستضافة.
            """,
            en="""
            The delegation will join a study day on volunteering with senior
            citizens, and local families are invited to host.
            """,
        ),
        "body": T(
            he="""
            <p>בעוד כשישה שבועות יגיעו לעיר שנים-עשר מתנדבים מהקהילה היהודית
            במנצ'סטר, במסגרת השותפות הוותיקה בין הקהילות.
            רובם פעילים בהתנדבות עם אזרחים ותיקים, והם רוצים ללמוד מהניסיון
            שנצבר כאן.</p>

            <h2>מחפשים משפחות מארחות</h2>

            <p>אגף הקהילה מזמין משפחות לארח אורח אחד או שניים למשך ארבעה לילות.
            האירוח כולל לפחות ארוחת ערב משותפת אחת, והמשפחות מקבלות הכנה
            וליווי מראש.</p>

            <p>בתוכנית גם יום עיון עם מתנדבי שכנים של זהב וביקורים בארגונים
            שעובדים עם האגף.</p>
            """,
            ar="""
            <p>بعد نحو ستة أسابيع سيصل إلى المدينة اثنا عشر متطوعًا من
            الجالية اليهودية في مانشستر، ضمن الشراكة القديمة بين المجتمعين.
            ينشط معظمهم في التطوع مع كبار السن، ويرغبون في التعلّم من الخبرة
            المتراكمة هنا.</p>

            <h2>نبحث عن عائلات مضيفة</h2>

            <p>يدعو قسم المجتمع العائلات إلى استضافة ضيف أو ضيفين لمدة أربع ليالٍ.
            تشمل الاستضافة عشاءً مشتركًا واحدًا على الأقل، وتحصل العائلات
            على تحضير ومرافقة مسبقة.</p>

            <p>ويتضمّن البرنامج أيضًا يومًا دراسيًا مع متطوعي «جيران من ذهب»
            وزيارات لمنظمات تعمل مع القسم.</p>
            """,
            en="""
            <p>In about six weeks, twelve volunteers from Manchester's
            Jewish community will arrive in the city
            as part of the long-standing partnership between the two communities.
            Most of them volunteer with senior citizens and want to learn
            from the experience built up here.</p>

            <h2>Host families wanted</h2>

            <p>The community division is inviting families to host one or
            two guests for four nights.
            Hosting includes at least one shared dinner, and families are
            prepared and supported in advance.</p>

            <p>The programme also includes a study day with Golden
            Neighbours volunteers and visits to organizations that work with
            the division.</p>
            """,
        ),
        "hero_caption": T(
            "משפחות מארחות בביקור הקודם של הקהילה ממנצ'סטר",
            "عائلات مضيفة خلال الزيارة السابقة لجالية مانشستر",
            "Host families during the previous visit from Manchester",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    כל ביקור מוסיף עוד חוט לקשר בין הקהילות. מי
                    שאירח פעם אחת בדרך כלל מבקש לארח שוב.
                    """,
                    ar="""
                    كل زيارة تضيف خيطًا آخر إلى الرابط بين
                    المجتمعين. ومن استضاف مرة واحدة يطلب في العادة
                    أن يستضيف مجددًا.
                    """,
                    en="""
                    Every visit adds another thread to the tie
                    between our communities. Families who host once
                    usually ask to host again.
                    """,
                ),
                "speaker": T("אורלי נחום", "أورلي نحوم", "Orly Nahum"),
                "speaker_role": T(
                    "רכזת השותפות באגף הקהילה",
                    "منسّقة الشراكة في قسم المجتمع",
                    "Partnership coordinator, Community Division",
                ),
            },
        ],
    },
    {
        "slug_en": "rehovot-city-volunteering-fair-is-back",
        "status": "published",
        "days_ago": 3,
        "municipality": "rehovot",
        "department": "rehovot-community",
        "partnership": None,
        "topics": ["volunteering"],
        "partners": ["horizon-fund", "golden-neighbours"],
        "title": T(
            "יריד ההתנדבות העירוני חזר לרחובות",
            "معرض التطوّع البلدي يعود إلى رحوفوت",
            "Rehovot's city volunteering fair is back",
        ),
        "lede": T(
            he="""
            ארבעים ארגונים הציגו הזדמנויות להתנדבות, ויותר מ-600 תושבים נרשמו במקום.
            """,
            ar="""
            عرضت أربعون منظمة فرص تطوّع، وسجّل أكثر من 600 ساكن أسماءهم في المكان.
            """,
            en="""
            Forty organizations showed their volunteering opportunities, and
            more than 600 residents signed up on the spot.
            """,
        ),
        "body": T(
            he="""
            <p>הכיכר שליד העירייה התמלאה ביום שישי בדוכנים של ארבעים
            ארגונים, מעמותות לסיוע במזון ועד קבוצות שמלוות עולים חדשים.
            התושבים עברו בין הדוכנים, שאלו שאלות, ורבים מהם יצאו עם התחייבות
            ראשונה להתנדב.</p>

            <p>צוות מרכז ההתנדבות העירוני עזר למבקרים למצוא מקום שמתאים לזמן
            הפנוי שלהם ולתחומים שמעניינים אותם.</p>

            <h2>ההתנדבויות המבוקשות ביותר</h2>

            <ul>
            <li>שיחות וביקורים אצל אזרחים ותיקים</li>
            <li>חונכות לבני נוער</li>
            <li>צוותי החוסן השכונתיים</li>
            </ul>

            <p>מי שלא הספיק להגיע ליריד יכול עדיין להירשם במרכז ההתנדבות של
            מינהל הקהילה.</p>
            """,
            ar="""
            <p>امتلأت الساحة المجاورة للبلدية يوم الجمعة بأكشاك أربعين
            منظمة، من جمعيات المساعدة الغذائية إلى مجموعات ترافق القادمين
            الجدد.
            تنقّل السكان بين الأكشاك وطرحوا الأسئلة، وخرج كثيرون منهم
            بالتزام أول بالتطوع.</p>

            <p>وساعد طاقم مركز التطوع البلدي الزوار على إيجاد مكان يناسب وقت
            فراغهم والمجالات التي تهمّهم.</p>

            <h2>فرص التطوع الأكثر طلبًا</h2>

            <ul>
            <li>مكالمات وزيارات لكبار السن</li>
            <li>إرشاد الشبيبة</li>
            <li>فرق المناعة في الأحياء</li>
            </ul>

            <p>ومن لم يتمكّن من حضور المعرض يستطيع التسجيل في مركز التطوع
            التابع لإدارة المجتمع.</p>
            """,
            en="""
            <p>The square next to City Hall filled on Friday with the stands
            of forty organizations, from food aid charities to groups that
            accompany new immigrants.
            Residents moved from stand to stand asking questions, and many
            left with their first volunteering commitment.</p>

            <p>Staff from the city volunteering centre helped visitors find
            a placement that fits their free time and interests.</p>

            <h2>The most sought-after roles</h2>

            <ul>
            <li>Calls and visits to senior citizens</li>
            <li>Mentoring teenagers</li>
            <li>Neighbourhood resilience teams</li>
            </ul>

            <p>Anyone who missed the fair can still sign up at the community
            administration's volunteering centre.</p>
            """,
        ),
        "hero_caption": T(
            "תושבים ליד דוכני הארגונים ביריד",
            "سكان عند أكشاك المنظمات في المعرض",
            "Residents at the organizations' stands during the fair",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    ראינו משפחות שלמות שבאו יחד לבחור התנדבות. זה
                    הסימן הכי טוב לעיר שבה אנשים דואגים זה לזה.
                    """,
                    ar="""
                    رأينا عائلات بأكملها جاءت معًا لتختار تطوعًا.
                    هذه أفضل علامة على مدينة يهتمّ فيها الناس بعضهم
                    ببعض.
                    """,
                    en="""
                    We saw whole families come together to choose a
                    way to volunteer. That's the best sign of a city
                    where people look out for each other.
                    """,
                ),
                "speaker": T("מיכל ברק", "ميخال باراك", "Michal Barak"),
                "speaker_role": T(
                    "מנהלת מינהל הקהילה, עיריית רחובות",
                    "مديرة إدارة المجتمع، بلدية رحوفوت",
                    "Director of Community, Rehovot Municipality",
                ),
            },
        ],
    },
    {
        # A draft: staff are still writing it.
        "slug_en": "a-community-garden-for-lods-old-neighbourhood",
        "status": "draft",
        "days_ago": None,
        "municipality": "lod",
        "department": "lod-community",
        "partnership": None,
        "topics": ["neighbourhoods", "volunteering"],
        "partners": ["neighbours-heart-of-lod"],
        "title": T(
            "גינה קהילתית חדשה תקום בשכונה הוותיקה בלוד",
            "حديقة مجتمعية جديدة ستُقام في الحيّ القديم في اللد",
            "A community garden is coming to Lod's old neighbourhood",
        ),
        "lede": T(
            he="""
            השכנים כבר בחרו את המגרש, ועכשיו הם מחפשים מתנדבים לשתילה הראשונה.
            """,
            ar="""
            اختار الجيران قطعة الأرض، ويبحثون الآن عن متطوعين للزراعة الأولى.
            """,
            en="""
            Neighbours have already chosen the plot and are now looking for
            volunteers for the first planting.
            """,
        ),
        "body": T(
            he="""
            <p>מגרש ריק בין שני בניינים בשכונה הוותיקה יהפוך בחודשים הקרובים
            לגינה קהילתית.
            את הרעיון העלו תושבים בפגישה הראשונה של ועד השכונה החדש.</p>

            <h2>מה יהיה בגינה</h2>

            <p>ערוגות ירקות למשפחות, פינת צל לאזרחים ותיקים ושולחן ארוך לארוחות שכנים.
            מחלקת קהילה ושכונות תממן את הכשרת השטח, והשכנים ידאגו לשתילה ולתחזוקה.</p>

            <p>הפרטים על יום השתילה יפורסמו בקרוב.</p>
            """,
            ar="""
            <p>ستتحوّل قطعة أرض فارغة بين بنايتين في الحيّ القديم خلال
            الأشهر القادمة إلى حديقة مجتمعية.
            وقد طرح السكان الفكرة في الاجتماع الأول للجنة الحيّ الجديدة.</p>

            <h2>ماذا سيكون في الحديقة</h2>

            <p>أحواض خضار للعائلات، وركن ظليل لكبار السن، وطاولة طويلة لوجبات الجيران.
            سيموّل قسم المجتمع والأحياء تجهيز الأرض، وسيتولّى الجيران
            الزراعة والصيانة.</p>

            <p>ستُنشر تفاصيل يوم الزراعة قريبًا.</p>
            """,
            en="""
            <p>An empty lot between two buildings in the old neighbourhood
            will become a community garden in the coming months.
            Residents raised the idea at the first meeting of the new
            neighbourhood committee.</p>

            <h2>What the garden will hold</h2>

            <p>Vegetable beds for families, a shaded corner for senior
            citizens and a long table for neighbours' meals.
            The Community and Neighbourhoods Department will pay to prepare
            the ground, and neighbours will handle planting and upkeep.</p>

            <p>Details of the planting day will be published soon.</p>
            """,
        ),
        "hero_caption": T(
            "המגרש שבו תקום הגינה",
            "قطعة الأرض التي ستُقام عليها الحديقة",
            "The plot where the garden will be planted",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    גינה היא המקום הכי פשוט לפגוש בו שכנים: כולם צריכים להשקות.
                    """,
                    ar="""
                    الحديقة أبسط مكان للقاء الجيران: الجميع يحتاجون إلى الريّ.
                    """,
                    en="""
                    A garden is the simplest place to meet your
                    neighbours: everyone has to water.
                    """,
                ),
                "speaker": T("סלמה חורי", "سلمى خوري", "Salma Khoury"),
                "speaker_role": T(
                    "רכזת שכנים בלב לוד",
                    "منسّقة «جيران في قلب اللد»",
                    "Coordinator, Neighbours at the Heart of Lod",
                ),
            },
        ],
    },
    {
        # Published, but dated in the future: it appears on its own when its
        # publish date comes.
        "slug_en": "harish-traffic-team-to-present-its-proposals",
        "status": "published",
        "days_ago": -5,
        "municipality": "harish",
        "department": "harish-community",
        "partnership": None,
        "topics": ["neighbourhoods", "business"],
        "partners": ["springs-harish"],
        "title": T(
            "צוות התנועה של חריש יציג את הצעותיו לתושבים",
            "فريق المرور في حريش يعرض مقترحاته على السكان",
            "Harish traffic team to present its proposals to residents",
        ),
        "lede": T(
            he="""
            הצוות שהוקם בערב התושבים הכין הצעות ראשונות לקיצור הפקקים בכניסה לעיר.
            """,
            ar="""
            أعدّ الفريق الذي تشكّل في أمسية السكان مقترحات أولى لتقليص
            الازدحام عند مدخل المدينة.
            """,
            en="""
            The team formed at the residents' evening has drawn up first
            proposals for shortening the queues at the city entrance.
            """,
        ),
        "body": T(
            he="""
            <p>כמה שבועות אחרי ערב התושבים, הצוות שעסק בעומסי התנועה מוכן
            להציג הצעות ראשונות.
            בצוות חברים תושבים מכל חלקי העיר לצד מהנדסת התנועה של העירייה.</p>

            <h2>ההצעות העיקריות</h2>

            <ul>
            <li>הסעות מאורגנות לתחנת הרכבת בשעות הבוקר</li>
            <li>תזמון חדש לרמזורים בכניסה לעיר</li>
            <li>קבוצות נסיעה משותפת לעובדים באזורי התעסוקה הסמוכים</li>
            </ul>

            <p>הערב הציבורי יתקיים במרכז הקהילתי, וכל התושבים מוזמנים להגיב
            להצעות לפני שיועברו להחלטת העירייה.</p>
            """,
            ar="""
            <p>بعد بضعة أسابيع من أمسية السكان، أصبح الفريق الذي عمل على
            الازدحام المروري جاهزًا لعرض مقترحاته الأولى.
            يضمّ الفريق سكانًا من جميع أنحاء المدينة إلى جانب مهندسة المرور
            في البلدية.</p>

            <h2>أبرز المقترحات</h2>

            <ul>
            <li>رحلات منظّمة إلى محطة القطار في ساعات الصباح</li>
            <li>توقيت جديد للإشارات الضوئية عند مدخل المدينة</li>
            <li>مجموعات سفر مشترك للعاملين في مناطق التشغيل القريبة</li>
            </ul>

            <p>ستُعقد الأمسية العامة في المركز الجماهيري، وجميع السكان
            مدعوّون للتعليق على المقترحات قبل أن تُرفع إلى البلدية لاتخاذ
            القرار.</p>
            """,
            en="""
            <p>A few weeks after the residents' evening, the team working on
            traffic congestion is ready to present its first proposals.
            Its members are residents from all parts of the city, alongside
            the municipality's traffic engineer.</p>

            <h2>The main proposals</h2>

            <ul>
            <li>Organized shuttles to the railway station in the morning</li>
            <li>New traffic-light timing at the city entrance</li>
            <li>Car-sharing groups for people working in nearby employment zones</li>
            </ul>

            <p>The public evening will take place at the community centre,
            and all residents are invited to comment on the proposals before
            they go to the municipality for a decision.</p>
            """,
        ),
        "hero_caption": T(
            "הכניסה לעיר בשעות הבוקר",
            "مدخل المدينة في ساعات الصباح",
            "The city entrance during the morning rush",
        ),
        "quotes": [
            {
                "text": T(
                    he="""
                    התושבים לא רק העלו את הבעיה, הם גם עבדו שבועות
                    על הפתרונות. עכשיו תורנו להקשיב.
                    """,
                    ar="""
                    لم يطرح السكان المشكلة فحسب، بل عملوا أسابيع على
                    الحلول أيضًا. الآن جاء دورنا لنصغي.
                    """,
                    en="""
                    Residents didn't just raise the problem, they
                    spent weeks working on solutions. Now it's our
                    turn to listen.
                    """,
                ),
                "speaker": T("יעל דהן", "ياعيل دهان", "Yael Dahan"),
                "speaker_role": T(
                    "מנהלת אגף קהילה ומעורבות חברתית, עיריית חריש",
                    "مديرة قسم المجتمع والمشاركة الاجتماعية، بلدية حريش",
                    "Director of Community and Social Engagement, Harish Municipality",
                ),
            },
        ],
    },
]
