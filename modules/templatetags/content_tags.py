"""Template helpers for the site shell and content pages."""

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info

register = template.Library()


@register.inclusion_tag("modules/_language_switcher.html", takes_context=True)
def language_switcher(context):
    """A form per language. On a content page each goes to that page's translation when one
    is live, else to that language's catalogue; elsewhere it stays on the same page."""
    request = context["request"]
    page = context.get("page")
    catalogues = context.get("content_catalogues", {})
    translations = {}
    if page is not None and getattr(page, "pk", None):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    options = []
    for code, _name in settings.LANGUAGES:
        target = request.get_full_path()
        if translations:
            target = (translations.get(code) or catalogues.get(code) or page).url
        # Each language in its own name, which is what a reader scans for.
        local_name = get_language_info(code)["name_local"]
        options.append(
            {"code": code, "name": local_name[:1].upper() + local_name[1:], "next": target}
        )
    return {"options": options, "current": get_language(), "request": request}


@register.simple_tag
def minutes(seconds: int) -> int:
    return round((seconds or 0) / 60)


@register.filter
def sector_labels(codes) -> str:
    """ "daycare,police" codes as their translated labels, comma-separated."""
    from learning.models import Sector

    labels = dict(Sector.choices)
    return ", ".join(str(labels.get(code, code)) for code in codes or ())
