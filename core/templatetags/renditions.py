from django import template
from django.utils.html import format_html, format_html_join

from core.renditions import responsive_image as get_responsive_image

register = template.Library()


@register.simple_tag
def responsive_image(
    image, alt="", sizes="100vw", loading="lazy", fetchpriority="", **attributes
):
    """A ``<picture>`` with WebP and JPEG renditions of an image field:

        {% responsive_image image.file alt=image.alt_text
           sizes="(min-width: 50rem) 48rem, 100vw" loading="eager" %}

    ``loading="eager"`` (with ``fetchpriority="high"``) for the one image at
    the top of a page; the others load when scrolled near. Extra keyword
    arguments (``class``) become attributes of the ``<img>``. An image whose
    renditions cannot be made is shown as uploaded.
    """
    if not image:
        return ""
    extra = format_html_join("", ' {}="{}"', attributes.items())
    if fetchpriority:
        extra = format_html('{} fetchpriority="{}"', extra, fetchpriority)
    renditions = get_responsive_image(image)
    if renditions is None:
        return format_html(
            '<img src="{}" alt="{}" loading="{}"{}>', image.url, alt, loading, extra
        )
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" '
        'loading="{}" decoding="async"{}></picture>',
        renditions.srcsets["webp"],
        sizes,
        renditions.fallback_url,
        renditions.srcsets["jpg"],
        sizes,
        renditions.width,
        renditions.height,
        alt,
        loading,
        extra,
    )
