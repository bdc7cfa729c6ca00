import factory
from django.utils import timezone

from municipalities.workflow import WorkflowStatus
from pages.models import Page, Question, RichText
from tests.sites.factories import SiteFactory


class PageFactory(factory.django.DjangoModelFactory):
    site = factory.SubFactory(SiteFactory)
    title_he = factory.Sequence(lambda n: f"דף {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    slug_he = factory.Sequence(lambda n: f"דף-{n}")
    slug_en = factory.Sequence(lambda n: f"page-{n}")
    intro_he = "כמה מילים על הדף."
    status = WorkflowStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Page


class RichTextFactory(factory.django.DjangoModelFactory):
    parent = factory.SubFactory(PageFactory)
    region = "main"
    ordering = factory.Sequence(lambda n: n * 10)
    text_he = "<p>פסקה על הקהילה.</p>"

    class Meta:
        model = RichText


class QuestionFactory(factory.django.DjangoModelFactory):
    parent = factory.SubFactory(PageFactory)
    region = "main"
    ordering = factory.Sequence(lambda n: n * 10)
    question_he = "איך מתנדבים?"
    answer_he = "ממלאים טופס קצר."

    class Meta:
        model = Question
