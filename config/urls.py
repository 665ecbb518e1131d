from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates.rest_api.v1.urls import well_known_urlpatterns
from modules.urls import journey_urlpatterns


def _superusers_only(request) -> bool:
    return request.user.is_active and request.user.is_superuser


# Django's admin is for superusers only; everyone else works in Wagtail's admin at /cms/.
admin.site.has_permission = _superusers_only

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    # The xAPI Statements and About resources (HTTP Basic clients, no session, no CSRF).
    path("xapi/", include("learning.xapi.urls")),
    # The certification status API (Bearer API clients) and its signing keys (public).
    path("api/v1/", include("certificates.rest_api.v1.urls")),
    path(
        ".well-known/",
        include((well_known_urlpatterns, "certificates_keys"), namespace="certificates_keys"),
    ),
    # Certificate verification (the QR target), downloads, credential status lists.
    path("", include("certificates.urls")),
    path("", include("modules.workplace.urls")),
    path("", include("modules.urls")),
    path("", include("learning.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Content and the journey's actions live under a language prefix (/da/…, /en/…), so the
# language of the page always matches the language of its content. Wagtail's page serving
# comes last: it matches every path the others did not.
urlpatterns += i18n_patterns(
    path("", include(journey_urlpatterns)),
    path("", include("assessments.urls")),
    path("", include(wagtail_urls)),
)
