import datetime

import factory
from django.utils import timezone

from articles.models import Article, Quote, Topic
from core.models import PublicationStatus
from tests.core.factories import MunicipalityFactory


class TopicFactory(factory.django.DjangoModelFactory):
    name_he = factory.Sequence(lambda n: f"נושא {n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic


class ArticleFactory(factory.django.DjangoModelFactory):
    title_he = factory.Sequence(lambda n: f"כתבה על הקהילה מספר {n}")
    title_ar = factory.Sequence(lambda n: f"مقال عن المجتمع رقم {n}")
    title_en = factory.Sequence(lambda n: f"Community story number {n}")
    lede_he = "תקציר הכתבה."
    body_he = "<p>גוף הכתבה.</p>"
    body_en = "<p>The story itself.</p>"
    municipality = factory.SubFactory(MunicipalityFactory)
    status = PublicationStatus.PUBLISHED
    published_at = factory.LazyFunction(
        lambda: timezone.now() - datetime.timedelta(hours=1)
    )

    class Meta:
        model = Article
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class QuoteFactory(factory.django.DjangoModelFactory):
    article = factory.SubFactory(ArticleFactory)
    text_he = "אין תחליף למפגש פנים אל פנים בין אנשים."
    text_en = "Nothing replaces meeting people face to face."
    speaker_he = "יעל מזרחי"
    speaker_en = "Yael Mizrahi"
    speaker_role_he = "חברת ועדת ההיגוי"

    class Meta:
        model = Quote
