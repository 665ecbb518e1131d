"""Links every page's header and footer need, in the reader's language."""

from django.utils.translation import get_language

ACCESSIBILITY_SLUG = "accessibility"


def content_links(request) -> dict:
    """The catalogue and accessibility statement in the reader's language (else any), and
    ``content_catalogues`` (language → catalogue) for the language switcher. Two queries."""
    from modules.models import CataloguePage, ContentPage

    language = get_language()
    catalogues = {
        c.locale.language_code: c
        for c in CataloguePage.objects.live().select_related("locale").only("url_path", "locale")
    }
    catalogue = catalogues.get(language) or next(iter(catalogues.values()), None)
    statements = {
        p.locale.language_code: p
        for p in ContentPage.objects.live().filter(slug=ACCESSIBILITY_SLUG).select_related("locale")
    }
    statement = statements.get(language) or next(iter(statements.values()), None)
    return {
        "content_catalogues": catalogues,
        "catalogue_url": catalogue.url if catalogue else None,
        "accessibility_url": statement.url if statement else None,
    }
