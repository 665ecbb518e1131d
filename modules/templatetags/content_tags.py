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
        from modules.page_cache import translation_urls

        translations = translation_urls(request, page)
    options = []
    for code, _name in settings.LANGUAGES:
        target = request.get_full_path()
        if translations:
            target = translations.get(code) or catalogues.get(code) or page.get_url(request)
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


# Blocks whose output depends on who reads (their answers, their units' procedure): never
# cached. Everything else in a lesson body depends only on the published revision, the
# language and the reader's sector (audience sections).
PERSONAL_BLOCKS = ("knowledge_check", "calibration_exercise", "local_procedure")
BLOCK_SECONDS = 3600


def _personal(raw: dict) -> bool:
    import json

    if raw.get("type") in PERSONAL_BLOCKS:
        return True
    nested = json.dumps(raw.get("value"))
    return any(f'"type": "{kind}"' in nested for kind in PERSONAL_BLOCKS)


def _sectors_key(learner) -> str:
    from learning.selectors import sectors_granted

    granted = sorted(sectors_granted(person=learner) - {learner.sector})
    return "+".join([learner.sector or "-", *granted])


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """The lesson's blocks, each rendered once per published revision, language and
    sector and then served from the cache; blocks that depend on the reader are rendered
    every time. A preview (a draft under the live revision's id) is never cached."""
    from django.core.cache import cache
    from django.utils.html import format_html_join
    from django.utils.safestring import mark_safe

    request = context.get("request")
    learner = context.get("learner")
    cacheable = bool(page.live_revision_id) and not getattr(request, "is_preview", False)
    # Editors (no learner) see every audience section; a learner sees their sector's and
    # those a manager let them read, so those are part of the key (one learner's access
    # never reaches a colleague through the cache).
    sector = "editor" if learner is None else _sectors_key(learner)
    flat = context.flatten()
    prefix = ":".join(
        map(str, ("lesson-block", page.pk, page.live_revision_id, get_language(), sector))
    )
    blocks = list(zip(page.body, page.body.raw_data, strict=True))
    keys = {
        i: f"{prefix}:{block.id}"
        for i, (block, raw) in enumerate(blocks)
        if cacheable and not _personal(raw)
    }
    cached = cache.get_many(list(keys.values())) if keys else {}
    parts, rendered = [], {}
    for i, (block, _raw) in enumerate(blocks):
        if i not in keys:
            parts.append(block.render(context=flat))
            continue
        html = cached.get(keys[i])
        if html is None:
            html = rendered[keys[i]] = str(block.render(context=flat))
        parts.append(mark_safe(html))  # noqa: S308  (rendered by the block's own template)
    if rendered:
        cache.set_many(rendered, timeout=BLOCK_SECONDS)
    return format_html_join("", "{}", ((part,) for part in parts))
