from django.shortcuts import get_object_or_404, render

from articles.models import Article
from community_cms.models import CommunityDepartment
from community_cms.pagination import paginate
from partners.models import Delegation, PartnerOrganization

HOME_ARTICLE_COUNT = 6
HOME_DELEGATION_COUNT = 3


def home(request):
    return render(
        request,
        "home.html",
        {
            "articles": Article.objects.published().for_listing()[:HOME_ARTICLE_COUNT],
            "spotlight": PartnerOrganization.objects.current_spotlight(),
            "delegations": Delegation.objects.upcoming()[:HOME_DELEGATION_COUNT],
        },
    )


def department_list(request):
    departments = CommunityDepartment.objects.published()
    return render(
        request,
        "community_cms/department_list.html",
        {"page_obj": paginate(request, departments, 24)},
    )


def department_detail(request, slug):
    department = get_object_or_404(
        CommunityDepartment.objects.published().prefetch_related("networks"), slug=slug
    )
    articles = (
        Article.objects.published().for_listing().filter(department=department)[:6]
    )
    return render(
        request,
        "community_cms/department_detail.html",
        {"department": department, "articles": articles},
    )
