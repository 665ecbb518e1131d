"""Every view of the platform states who may use it (see learning/auth/permissions.py).

Wagtail's admin, Django's admin and Wagtail's page serving have permission systems of their
own and are checked by their own tests; every other URL must carry a declared rule.
"""

from django.urls import URLPattern, URLResolver, get_resolver

DELEGATED_PREFIXES = ("cms/", "django-admin/", "documents/")


def walk(patterns, prefix=""):
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            name = getattr(entry.urlconf_name, "__name__", "")
            if route.startswith(DELEGATED_PREFIXES) or name == "wagtail.urls":
                continue
            yield from walk(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route, entry.callback


def test_every_platform_view_declares_its_permission():
    views = list(walk(get_resolver().url_patterns))
    undeclared = [route for route, view in views if not getattr(view, "permission", None)]

    assert len(views) > 10
    assert undeclared == []
