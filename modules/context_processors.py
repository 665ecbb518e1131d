"""Links every page's header and footer need, in the reader's language."""

from django.utils.translation import get_language


def content_links(request) -> dict:
    """The catalogue and accessibility statement in the reader's language (else any), and
    ``content_catalogues`` (language → catalogue URL) for the language switcher. From the
    cache (``modules.page_cache.shell_links``)."""
    from modules.page_cache import shell_links

    language = get_language()
    links = shell_links(request)
    catalogues, statements = links["catalogues"], links["statements"]
    return {
        "content_catalogues": catalogues,
        "catalogue_url": catalogues.get(language) or next(iter(catalogues.values()), None),
        "accessibility_url": statements.get(language) or next(iter(statements.values()), None),
    }
