"""Load the demonstration site: the content in ``demo_content`` written
through the models' own save() paths, with generated images.

Running it again updates the same rows instead of adding new ones: every row
is found by a stable key (a slug, the English slug of an article, the Hebrew
name of a network, a parent and a position for child rows). Dates are
relative to the day it runs, so upcoming visits stay upcoming.
"""

import io
import math
import random
import re
import textwrap
from datetime import datetime, time, timedelta
from functools import cache, partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django_otp.plugins.otp_totp.models import TOTPDevice
from modeltranslation.utils import build_localized_fieldname
from PIL import Image, ImageDraw, ImageFilter

from alerts.models import Alert, EmergencyMode
from articles.models import Article, Quote, Topic
from demo import content
from demo.accessibility import load_accessibility_statements
from departments.models import CommunityDepartment, ProfessionalNetwork
from events.models import Event
from library.models import Document
from library.models import Image as LibraryImage
from municipalities.models import (
    AccessibilityStatement,
    Municipality,
    StaffMembership,
    StaffRole,
)
from municipalities.workflow import WorkflowStatus
from pages.models import (
    BLOCK_MODELS,
    CallToAction,
    ContactCard,
    Download,
    ImageBlock,
    LatestArticles,
    Page,
    PartnerCards,
    PullQuote,
    Question,
    RichText,
    Video,
)
from partners.models import FieldOfAction, PartnerOrganization, Population, Region
from partnerships.models import (
    Delegation,
    DelegationActivity,
    Partnership,
    SteeringCommitteeMember,
)
from sites.models import MenuItem, Site, SiteAlias

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@example.org"
ADMIN_PASSWORD = "community-demo-2026"  # noqa: S105 - documented demo login

# Demo staff: an editor and a publisher in each of two municipalities, all
# with the admin's password. Publishers and the admin need a second factor;
# their demo authenticator shares one published key (README), so that anyone
# trying the demo can add it to an app or run `manage.py demo_totp_code`.
DEMO_STAFF = [
    ("rehovot-editor", "rehovot", StaffRole.EDITOR),
    ("rehovot-publisher", "rehovot", StaffRole.PUBLISHER),
    ("modiin-editor", "modiin", StaffRole.EDITOR),
    ("modiin-publisher", "modiin", StaffRole.PUBLISHER),
]
# In base32, as authenticator apps take it: GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
DEMO_TOTP_KEY = "3132333435363738393031323334353637383930"

# Fields holding one item per line; every other text is prose whose source
# wrapping is undone.
LINE_FIELDS = {"services", "funders", "members_note"}

# The models whose counts are reported, in the order they are loaded.
REPORTED_MODELS = [
    Municipality,
    AccessibilityStatement,
    ProfessionalNetwork,
    CommunityDepartment,
    Topic,
    FieldOfAction,
    Population,
    Region,
    DelegationActivity,
    PartnerOrganization,
    Partnership,
    SteeringCommitteeMember,
    Delegation,
    Article,
    Quote,
]

# ---------------------------------------------------------------- IMAGES
HERO_SIZE = (1200, 675)
LOGO_SIZE = 400

# Each palette: deep, mid, accent, light.
PALETTES = {
    "citrus": ((222, 110, 38), (255, 183, 77), (118, 176, 96), (255, 243, 220)),
    "sky": ((32, 96, 170), (110, 170, 235), (46, 186, 170), (232, 244, 252)),
    "clay": ((150, 78, 52), (218, 140, 96), (226, 182, 86), (250, 237, 218)),
    "heather": ((104, 72, 168), (170, 146, 222), (104, 184, 134), (242, 237, 250)),
    "ocean": ((28, 76, 128), (104, 156, 204), (232, 190, 110), (232, 240, 248)),
    "rose": ((190, 62, 100), (242, 150, 170), (250, 186, 110), (253, 238, 242)),
}
PALETTE_NAMES = {
    "citrus": content.T("כתום וירוק", "البرتقالي والأخضر", "orange and green"),
    "sky": content.T("כחול וטורקיז", "الأزرق والفيروزي", "blue and turquoise"),
    "clay": content.T("טרקוטה וזהב", "الطيني والذهبي", "terracotta and gold"),
    "heather": content.T("סגול וירוק", "البنفسجي والأخضر", "purple and green"),
    "ocean": content.T("כחול עמוק וחול", "الأزرق الداكن والرملي", "deep blue and sand"),
    "rose": content.T("ורוד ואפרסק", "الوردي والخوخي", "pink and peach"),
}


def _mix(first, second, share):
    return tuple(round(a + (b - a) * share) for a, b in zip(first, second, strict=True))


def _gradient(size, top_left, top_right, bottom_left, bottom_right):
    """A smooth four-corner gradient, built from Pillow's 256-step ramp."""
    ramp = Image.linear_gradient("L")
    across = ramp.rotate(90).resize(size)  # dark on the left, light on the right
    down = ramp.resize(size)  # dark at the top, light at the bottom

    def plain(color):
        return Image.new("RGB", size, color)

    # composite() takes the first image where the mask is light.
    top = Image.composite(plain(top_right), plain(top_left), across)
    bottom = Image.composite(plain(bottom_right), plain(bottom_left), across)
    return Image.composite(bottom, top, down)


# The same seed always draws the same picture (photos and logos alike):
# drawn once per process, for the tests and benchmark that load the demo
# again and again.
@cache
def hero_image_bytes(seed, palette):
    """A 1200x675 JPEG: a soft gradient under translucent circles and rounded
    rectangles, always the same for the same seed."""
    rng = random.Random(seed)
    deep, mid, accent, light = PALETTES[palette]
    width, height = HERO_SIZE
    corners = [light, mid, _mix(light, accent, 0.5), _mix(mid, deep, 0.4)]
    if rng.random() < 0.5:
        corners = [corners[1], corners[0], corners[3], corners[2]]
    image = _gradient(HERO_SIZE, *corners)

    # Drawing in RGBA mode blends each shape with what is under it.
    draw = ImageDraw.Draw(image, "RGBA")
    for _ in range(rng.randint(5, 8)):
        color = rng.choice([deep, accent, mid, (255, 255, 255)])
        fill = (*color, rng.randint(45, 115))
        x, y = rng.randint(-80, width + 80), rng.randint(-80, height + 80)
        radius = rng.randint(70, 300)
        if rng.random() < 0.65:
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
        else:
            half_height = int(radius * rng.uniform(0.45, 0.8))
            draw.rounded_rectangle(
                (x - radius, y - half_height, x + radius, y + half_height),
                radius=int(half_height * 0.5),
                fill=fill,
            )
    image = image.filter(ImageFilter.GaussianBlur(2))

    # A few crisp rings and dots on top keep it from looking out of focus.
    draw = ImageDraw.Draw(image, "RGBA")
    for _ in range(rng.randint(2, 4)):
        x, y = rng.randint(0, width), rng.randint(0, height)
        radius = rng.randint(24, 90)
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            outline=(255, 255, 255, 170),
            width=rng.randint(4, 9),
        )
    for _ in range(rng.randint(6, 12)):
        x, y = rng.randint(0, width), rng.randint(0, height)
        radius = rng.randint(5, 14)
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=(*deep, 150)
        )

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    return buffer.getvalue()


@cache
def logo_bytes(seed, palette):
    """A 400x400 PNG emblem: a coloured disc with a contrasting shape inside,
    drawn at double size and scaled down for smooth edges."""
    rng = random.Random(seed)
    deep, mid, accent, light = PALETTES[palette]
    size = LOGO_SIZE * 2
    centre = size / 2
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image, "RGBA")
    disc, inner = rng.choice([(deep, light), (mid, (255, 255, 255)), (deep, accent)])
    draw.ellipse((16, 16, size - 16, size - 16), fill=(*disc, 255))

    shape = rng.choice(["ring", "petals", "diamond", "triangle", "square"])
    turn = rng.uniform(0, math.tau)
    if shape == "ring":
        inset = rng.randint(170, 230)
        draw.ellipse(
            (inset, inset, size - inset, size - inset),
            outline=(*inner, 255),
            width=rng.randint(56, 84),
        )
    elif shape == "petals":
        count = rng.randint(4, 6)
        for index in range(count):
            angle = turn + math.tau * index / count
            x = centre + 120 * math.cos(angle)
            y = centre + 120 * math.sin(angle)
            draw.ellipse((x - 105, y - 105, x + 105, y + 105), fill=(*inner, 170))
    elif shape == "square":
        inset = rng.randint(220, 260)
        draw.rounded_rectangle(
            (inset, inset, size - inset, size - inset), radius=60, fill=(*inner, 255)
        )
    else:
        sides = 4 if shape == "diamond" else 3
        draw.regular_polygon(
            (centre, centre, 230),
            sides,
            rotation=math.degrees(turn),
            fill=(*inner, 255),
        )
    draw.ellipse(
        (centre - 44, centre - 44, centre + 44, centre + 44), fill=(*accent, 255)
    )

    image = image.resize((LOGO_SIZE, LOGO_SIZE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def illustration_alt(palette):
    """What a generated illustration shows, for readers who cannot see it."""
    colours = PALETTE_NAMES[palette]
    return content.T(
        f"איור מופשט: צורות שקופות על רקע מדורג בגווני {colours.he}",
        f"رسم تجريدي: أشكال شفافة على خلفية متدرّجة بألوان {colours.ar}",
        f"Abstract illustration: translucent shapes over a gradient in {colours.en}",
    )


def municipality_data(slug):
    """The demo content's row of a municipality (its names, its palette)."""
    return next(row for row in content.MUNICIPALITIES if row["slug"] == slug)


def logo_alt(name):
    return content.T(f"הסמל של {name.he}", f"شعار {name.ar}", f"{name.en} logo")


# ---------------------------------------------------------------- TEXT
def _prose(text):
    """Undo source wrapping: lines join with spaces, blank lines stay."""
    paragraphs = re.split(r"\n\s*\n", textwrap.dedent(text).strip())
    return "\n\n".join(
        " ".join(line.strip() for line in paragraph.splitlines())
        for paragraph in paragraphs
    )


def _lines(text):
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _localized(data, fields, names=None):
    """``{"name_he": ..., "name_ar": ..., "name_en": ...}`` for each field of
    ``fields`` in ``data``, whose values are ``T``; ``names`` renames a key
    of ``data`` to the model's field name."""
    values = {}
    for field in fields:
        clean = _lines if field in LINE_FIELDS else _prose
        target = (names or {}).get(field, field)
        for language, _name in settings.LANGUAGES:
            text = getattr(data[field], language)
            values[build_localized_fieldname(target, language)] = clean(text)
    return values


def pdf_bytes(title):
    """A one-page PDF that says ``title`` (ASCII), valid enough for any
    reader: the demo's downloadable documents."""
    text = title.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 18 Tf 72 720 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length "
        + str(len(stream)).encode()
        + b" >>\nstream\n"
        + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


# The demo's kinds of page block: the model and its translated texts.
DEMO_BLOCKS = {
    "richtext": (RichText, ["text"]),
    "image": (ImageBlock, []),
    "quote": (PullQuote, ["text", "speaker"]),
    "question": (Question, ["question", "answer"]),
    "contact": (ContactCard, ["name", "role", "address", "hours"]),
    "download": (Download, []),
    "cta": (CallToAction, ["label", "target"]),
    "video": (Video, ["title"]),
    "latest": (LatestArticles, []),
    "partners": (PartnerCards, ["heading"]),
}


# ---------------------------------------------------------------- LOADER
class _Loader:
    def __init__(self):
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.saved_files = []  # written this run; deleted if the run fails
        self.municipalities = {}
        self.departments = {}
        self.networks = {}
        self.partners = {}
        self.partnerships = {}
        self.labels = {}
        self.sites = {}
        self.images = {}
        self.documents = {}
        self.pages = {}

    def run(self):
        self.admin = self.load_admin()
        self.labels = {
            Topic: self.load_labels(Topic, content.TOPICS),
            FieldOfAction: self.load_labels(FieldOfAction, content.FIELDS_OF_ACTION),
            Population: self.load_labels(Population, content.POPULATIONS),
            Region: self.load_labels(Region, content.REGIONS),
            DelegationActivity: self.load_labels(
                DelegationActivity, content.DELEGATION_ACTIVITIES
            ),
        }
        self.load_municipalities()
        load_accessibility_statements()
        self.load_staff()
        self.load_networks()
        self.load_departments()
        self.load_partners()
        self.load_partnerships()
        self.load_articles()
        self.load_sites()
        self.load_library()
        self.load_pages()
        self.load_menus()
        self.load_alerts()
        self.load_emergency_modes()
        self.load_events()

    def discard_files(self):
        for field_file in self.saved_files:
            field_file.storage.delete(field_file.name)

    # Building blocks ----------------------------------------------------

    def upsert(self, model, lookup, values, images=()):
        """Find the row matching ``lookup`` or start a new one, apply
        ``values``, add any missing image and save it through the model's
        own validation and save()."""
        obj = model._default_manager.filter(**lookup).first() or model(**lookup)
        for name, value in values.items():
            setattr(obj, name, value)
        for field_name, filename, render in images:
            field_file = getattr(obj, field_name)
            # An image is drawn once: later runs keep the file already there.
            if field_file and field_file.storage.exists(field_file.name):
                continue
            field_file.save(filename, ContentFile(render()), save=False)
            self.saved_files.append(field_file)
        obj.full_clean()
        obj.save()
        return obj

    def keep_children(self, manager, kept):
        """Delete the rows of a child relation that this run did not write."""
        manager.exclude(pk__in=[child.pk for child in kept]).delete()

    # Loaders ------------------------------------------------------------

    def load_admin(self):
        User = get_user_model()
        user = User.objects.filter(username=ADMIN_USERNAME).first()
        if user is None:
            # Only a new account gets the demo password; an existing one
            # keeps whatever password its owner set.
            user = User.objects.create_superuser(
                username=ADMIN_USERNAME, email=ADMIN_EMAIL, password=ADMIN_PASSWORD
            )
            self.created_admin = True
        else:
            self.created_admin = False
        return user

    def load_staff(self):
        User = get_user_model()
        for username, municipality_slug, role in DEMO_STAFF:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(
                    username=username,
                    email=f"{username}@example.org",
                    password=ADMIN_PASSWORD,
                    is_staff=True,
                )
            StaffMembership.objects.update_or_create(
                user=user,
                municipality=self.municipalities[municipality_slug],
                defaults={"role": role},
            )
            if role == StaffRole.PUBLISHER:
                self.give_demo_authenticator(user)
        self.give_demo_authenticator(self.admin)

    def give_demo_authenticator(self, user):
        TOTPDevice.objects.get_or_create(
            user=user,
            name="demo authenticator",
            defaults={"key": DEMO_TOTP_KEY, "confirmed": True},
        )

    def load_labels(self, model, rows):
        return {
            slug: self.upsert(
                model, {"slug": slug}, _localized({"name": name}, ["name"])
            )
            for slug, name in rows
        }

    def load_municipalities(self):
        for data in content.MUNICIPALITIES:
            slug = data["slug"]
            self.municipalities[slug] = self.upsert(
                Municipality,
                {"slug": slug},
                {**_localized(data, ["name"]), "website": data["website"]},
            )

    def load_sites(self):
        """The portal at 127.0.0.1 and two municipalities' own sites at
        <name>.localhost, which browsers resolve to this machine."""
        for data in content.SITES:
            slug = data["municipality"]
            municipality = self.municipalities[slug] if slug else None
            values = {
                **_localized(data, ["name", "tagline", "footer_text"]),
                "municipality": municipality,
                "is_default": data["is_default"],
                "primary_colour": data["primary_colour"],
                "accent_colour": data["accent_colour"],
                **data["social"],
            }
            contact = data["contact"] or {}
            if contact:
                values.update(_localized(contact, ["address", "opening_hours"]))
                values.update(phone=contact["phone"], email=contact["email"])
            images = []
            if municipality is not None:
                row = municipality_data(slug)
                draw = partial(logo_bytes, slug, row["palette"])
                used = Site.objects.filter(hostname=data["hostname"]).values("logo")
                values["logo"] = self.upsert(
                    LibraryImage,
                    {"pk": used[0]["logo"] if used else None},
                    {
                        **_localized({"alt_text": logo_alt(row["name"])}, ["alt_text"]),
                        "municipality": municipality,
                    },
                    images=[("file", f"{slug}-site.png", draw)],
                )
                images = [("favicon", f"{slug}-icon.png", draw)]
            site = self.upsert(Site, {"hostname": data["hostname"]}, values, images)
            self.keep_children(
                site.aliases,
                [
                    self.upsert(SiteAlias, {"hostname": hostname}, {"site": site})
                    for hostname in data["aliases"]
                ],
            )
            self.sites[data["hostname"]] = site

    def load_menus(self):
        """The menus the demo sites set for themselves (Modi'in keeps the
        usual sections): sections, the city's own pages, an outside link."""
        for data in content.SITES:
            site = self.sites[data["hostname"]]
            items = []
            for menu, links in (data["menu"] or {}).items():
                for order, link in enumerate(links):
                    section = link.get("section", "")
                    if "page" in link:
                        section = f"page:{self.pages[link['page']].pk}"
                    items.append(
                        self.upsert(
                            MenuItem,
                            {"site": site, "menu": menu, "sort_order": order},
                            {
                                **_localized(link, ["label"]),
                                "section": section,
                                "url": link.get("url", ""),
                            },
                        )
                    )
            self.keep_children(site.menu_items, items)

    def load_alerts(self):
        """An emergency banner on Rehovot's site, an information banner on
        Modi'in's: replaced on every run."""
        Alert.objects.filter(municipality__slug__in=["rehovot", "modiin"]).delete()
        for data in content.ALERTS:
            fields = ["message"] + (
                ["link_label", "link_url"] if data["link_url"] else []
            )
            Alert.objects.create(
                municipality=self.municipalities[data["municipality"]],
                level=data["level"],
                starts_at=self.now - timedelta(hours=1),
                **_localized(data, fields),
            )

    def load_emergency_modes(self):
        """Rehovot's site in emergency mode, with its own numbers, its
        emergency page and a pinned update."""
        for data in content.EMERGENCY_MODES:
            mode, _created = EmergencyMode.objects.update_or_create(
                site=self.sites[data["site"]],
                defaults={
                    "is_on": True,
                    "information_page": self.pages[data["information_page"]],
                },
            )
            mode.pinned_updates.set(
                Article.objects.filter(slug_en__in=data["pinned_updates"])
            )
            mode.numbers.all().delete()
            for order, number in enumerate(data["numbers"], start=1):
                mode.numbers.create(
                    sort_order=order,
                    number=number["number"],
                    **_localized(number, ["label"]),
                )

    def load_events(self):
        """A few weeks of past and coming events per city, dated from today:
        a weekly one with a cancelled date, a monthly one, whole-day ones and
        a cancelled one."""
        zone = timezone.get_current_timezone()
        today = timezone.localdate()
        for data in content.EVENTS:
            first = today + timedelta(days=data["days"])
            if data.get("all_day"):
                starts_at = datetime.combine(first, time(0), zone)
                ends_at = starts_at + timedelta(days=data["length_days"])
            else:
                starts_at = datetime.combine(
                    first, time.fromisoformat(data["start"]), zone
                )
                ends_at = datetime.combine(first, time.fromisoformat(data["end"]), zone)
            translated = ["title", "summary", "description"]
            values = {
                **_localized(data, translated),
                **_localized(
                    data,
                    ["venue", "address"],
                    names={"venue": "venue_name", "address": "venue_address"},
                ),
                **(_localized(data, ["price"]) if "price" in data else {}),
                "municipality": self.municipalities[data["municipality"]],
                "department": self.departments[data["department"]],
                "starts_at": starts_at,
                "ends_at": ends_at,
                "all_day": data.get("all_day", False),
                "repeats": data.get("repeats", ""),
                "repeat_until": today + timedelta(days=data["until_days"])
                if data.get("repeats")
                else None,
                "is_free": "price" not in data,
                "is_cancelled": data.get("cancelled", False),
                "registration_url": data.get("registration_url", ""),
                "step_free": data.get("step_free", False),
                "accessible_toilet": data.get("accessible_toilet", False),
                "hearing_loop": data.get("hearing_loop", False),
                "status": WorkflowStatus.PUBLISHED,
                "published_at": self.now - timedelta(days=40),
            }
            event = self.upsert(Event, {"slug_en": data["slug_en"]}, values)
            event.topics.set([self.labels[Topic][slug] for slug in data["topics"]])
            event.audiences.set(
                [self.labels[Population][slug] for slug in data["audiences"]]
            )
            event.cancellations.all().delete()
            if "cancel_week" in data:
                event.cancellations.create(
                    date=(
                        event.occurrences(start=self.now)[data["cancel_week"] - 1]
                    ).start_date
                )

    def load_library(self):
        for key, data in content.LIBRARY_IMAGES.items():
            self.images[key] = self.upsert(
                LibraryImage,
                {"alt_text_en": data["alt"].en},
                {
                    **_localized(data, ["alt", "caption"], names={"alt": "alt_text"}),
                    "credit_he": content.HERO_CREDIT.he,
                    "credit_ar": content.HERO_CREDIT.ar,
                    "credit_en": content.HERO_CREDIT.en,
                    "municipality": self.municipalities[data["municipality"]],
                },
                images=[
                    (
                        "file",
                        f"{key}.jpg",
                        partial(hero_image_bytes, f"library-{key}", data["palette"]),
                    )
                ],
            )
        for key, data in content.LIBRARY_DOCUMENTS.items():
            self.documents[key] = self.upsert(
                Document,
                {"title_en": data["title"].en},
                {
                    **_localized(data, ["title"]),
                    "language": data["language"],
                    "municipality": self.municipalities[data["municipality"]],
                },
                images=[("file", f"{key}.pdf", partial(pdf_bytes, data["title"].en))],
            )

    def load_pages(self):
        """A few pages per city, built from blocks and using the library."""
        for data in content.PAGES:
            site = self.sites[data["site"]]
            page = self.upsert(
                Page,
                {"site": site, "slug_en": data["slug"].en},
                {
                    **_localized(data, ["title", "slug", "intro"]),
                    "status": WorkflowStatus.PUBLISHED,
                    "published_at": self.now - timedelta(days=20),
                },
            )
            self.pages[data["key"]] = page
            for model in BLOCK_MODELS:
                model.objects.filter(parent=page).delete()
            for order, block in enumerate(data["blocks"], start=1):
                self.add_block(page, order * 10, block)

    def add_block(self, page, ordering, block):
        kind = block["type"]
        model, texts = DEMO_BLOCKS[kind]
        values = _localized(block, [name for name in texts if name in block])
        if kind == "image":
            values["image"] = self.images[block["image"]]
        elif kind == "download":
            values["document"] = self.documents[block["document"]]
        elif kind == "contact":
            values.update(phone=block.get("phone", ""), email=block.get("email", ""))
        elif kind == "video":
            values["url"] = block["url"]
        elif kind == "latest":
            values.update(
                topic=self.labels[Topic][block["topic"]], count=block["count"]
            )
        created = model.objects.create(
            parent=page, region="main", ordering=ordering, **values
        )
        if kind == "partners":
            created.partners.set(
                PartnerOrganization.objects.published()
                .filter(municipalities=page.site.municipality)
                .order_by("pk")[: block["partners"]]
            )

    def load_networks(self):
        for data in content.NETWORKS:
            self.networks[data["key"]] = self.upsert(
                ProfessionalNetwork,
                {"name_he": data["name"].he},
                {
                    **_localized(data, ["name", "description"]),
                    "member_authorities_count": data["member_authorities_count"],
                    "website": data["website"],
                },
            )

    def load_departments(self):
        translated = [
            "name",
            "head_name",
            "head_title",
            "mission",
            "services",
            "address",
        ]
        for data in content.DEPARTMENTS:
            municipality = self.municipalities[data["municipality"]]
            palette = municipality_data(data["municipality"])["palette"]
            department = self.upsert(
                CommunityDepartment,
                {"slug": data["slug"]},
                {
                    **_localized(data, translated),
                    "municipality": municipality,
                    "image": self.library_photo(
                        CommunityDepartment.objects.filter(slug=data["slug"]),
                        f"department-{data['slug']}",
                        palette,
                        municipality,
                    ),
                    "status": data["status"],
                    "email": data["email"],
                    "phone": data["phone"],
                    "website": data["website"],
                    "year_founded": data["year_founded"],
                },
            )
            department.networks.set([self.networks[key] for key in data["networks"]])
            self.departments[data["slug"]] = department

    def load_partners(self):
        for data in content.PARTNERS:
            slug, palette = data["slug"], data["palette"]
            spotlight_days_ago = data.get("spotlight_days_ago")
            empty = content.T("", "", "")
            texts = {
                "members_note": data.get("members_note", empty),
                "funders": data.get("funders", empty),
                "spotlight_story": data.get("spotlight_story", empty),
            }
            used = PartnerOrganization.objects.filter(slug=slug).values("logo")
            logo = self.upsert(
                LibraryImage,
                {"pk": used[0]["logo"] if used else None},
                {**_localized({"alt_text": logo_alt(data["name"])}, ["alt_text"])},
                images=[
                    ("file", f"{slug}.png", lambda s=slug, p=palette: logo_bytes(s, p))
                ],
            )
            partner = self.upsert(
                PartnerOrganization,
                {"slug": slug},
                {
                    **_localized(
                        data,
                        [
                            "name",
                            "summary",
                            "description",
                            "contact_name",
                            "contact_role",
                        ],
                    ),
                    **_localized(texts, list(texts)),
                    "status": data["status"],
                    "kind": data["kind"],
                    "communities_count": data.get("communities_count"),
                    "contact_email": data["email"],
                    "contact_phone": data["phone"],
                    "contact_is_public": data["contact_is_public"],
                    "website": data["website"],
                    "logo": logo,
                    "is_spotlight": spotlight_days_ago is not None,
                    "spotlight_date": (
                        self.today - timedelta(days=spotlight_days_ago)
                        if spotlight_days_ago is not None
                        else None
                    ),
                },
            )
            partner.fields_of_action.set(self._labels(FieldOfAction, data["fields"]))
            partner.populations.set(self._labels(Population, data["populations"]))
            partner.regions.set(self._labels(Region, data["regions"]))
            partner.municipalities.set(
                [self.municipalities[slug] for slug in data["municipalities"]]
            )
            self.partners[slug] = partner
        # Members are set once every partner exists.
        for data in content.PARTNERS:
            self.partners[data["slug"]].member_organizations.set(
                [self.partners[slug] for slug in data.get("members", [])]
            )

    def load_partnerships(self):
        for data in content.PARTNERSHIPS:
            slug = data["slug"]
            partnership = self.upsert(
                Partnership,
                {"slug": slug},
                {
                    **_localized(
                        data,
                        [
                            "name",
                            "partner_city",
                            "partner_country",
                            "summary",
                            "description",
                        ],
                    ),
                    "image": self.library_photo(
                        Partnership.objects.filter(slug=slug),
                        slug,
                        "ocean",
                        self.municipalities[data["municipality"]],
                    ),
                    "status": data["status"],
                    "municipality": self.municipalities[data["municipality"]],
                    "year_started": data["year_started"],
                },
            )
            partnership.convening_organizations.set(
                [self.partners[key] for key in data["conveners"]]
            )
            members = [
                self.upsert(
                    SteeringCommitteeMember,
                    {"partnership": partnership, "sort_order": position},
                    {**_localized(member, ["name", "role"]), "side": member["side"]},
                )
                for position, member in enumerate(data["steering_committee"])
            ]
            self.keep_children(partnership.steering_committee, members)
            for visit in data["delegations"]:
                starts_on = self.today + timedelta(days=visit["starts_in"])
                delegation = self.upsert(
                    Delegation,
                    {"partnership": partnership, "title_en": visit["title"].en},
                    {
                        **_localized(visit, ["title", "summary"]),
                        "direction": visit["direction"],
                        "starts_on": starts_on,
                        "ends_on": starts_on + timedelta(days=visit["length"]),
                        "participants_count": visit["participants_count"],
                    },
                )
                delegation.activities.set(
                    self._labels(DelegationActivity, visit["activities"])
                )
            self.partnerships[slug] = partnership

    def library_photo(self, existing, slug, palette, municipality, caption=None):
        """A generated photo in the library (``existing``: the queryset of
        the row that uses it): made once, described again on every run."""
        row = existing.values("image").first()
        texts = {"alt_text": illustration_alt(palette), "credit": content.HERO_CREDIT}
        if caption is not None:
            texts["caption"] = caption
        return self.upsert(
            LibraryImage,
            {"pk": row["image"] if row else None},
            {**_localized(texts, list(texts)), "municipality": municipality},
            images=[("file", f"{slug}.jpg", partial(hero_image_bytes, slug, palette))],
        )

    def load_articles(self):
        translated = ["title", "lede", "body"]
        for data in content.ARTICLES:
            municipality = data["municipality"]
            palette = municipality_data(municipality)["palette"]
            days_ago = data["days_ago"]
            extra = {"byline": content.BYLINES[municipality]}
            slug = data["slug_en"]
            article = self.upsert(
                Article,
                {"slug_en": slug},
                {
                    **_localized(data, translated),
                    **_localized(extra, list(extra)),
                    "status": data["status"],
                    "published_at": (
                        self.now - timedelta(days=days_ago)
                        if days_ago is not None
                        else None
                    ),
                    "author": self.admin,
                    "municipality": self.municipalities[municipality],
                    "department": self.departments[data["department"]],
                    "partnership": self.partnerships.get(data["partnership"]),
                    "image": self.library_photo(
                        Article.objects.filter(slug_en=slug),
                        slug,
                        palette,
                        self.municipalities[municipality],
                        caption=data["hero_caption"],
                    ),
                },
            )
            article.topics.set(self._labels(Topic, data["topics"]))
            article.partner_organizations.set(
                [self.partners[key] for key in data["partners"]]
            )
            quotes = [
                self.upsert(
                    Quote,
                    {"article": article, "sort_order": position},
                    _localized(quote, ["text", "speaker", "speaker_role"]),
                )
                for position, quote in enumerate(data["quotes"])
            ]
            self.keep_children(article.quotes, quotes)

    def _labels(self, model, slugs):
        return [self.labels[model][slug] for slug in slugs]


def load_demo(stdout=None):
    """Create or update the demonstration content and return the number of
    rows of each model afterwards. ``stdout``, when given, receives a line
    per model."""
    loader = _Loader()
    try:
        # Hebrew active, so the untranslated columns hold the Hebrew text.
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            loader.run()
    except BaseException:
        # The database rolled back; the image files it pointed to go too.
        loader.discard_files()
        raise

    counts = {model: model._default_manager.count() for model in REPORTED_MODELS}
    if stdout is not None:
        with translation.override("en"):
            for model, count in counts.items():
                label = str(model._meta.verbose_name_plural).capitalize()
                stdout.write(f"{label}: {count}\n")
        if loader.created_admin:
            stdout.write(
                f"Created the superuser {ADMIN_USERNAME!r} "
                f"(password {ADMIN_PASSWORD!r}).\n"
            )
    return counts
