from django import template

from desk.panels import desk_for

register = template.Library()


@register.inclusion_tag("desk/desk.html", takes_context=True)
def editors_desk(context):
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return {"panels": None}
    return {"panels": desk_for(request.user), "request": request}
