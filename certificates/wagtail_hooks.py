"""Wagtail admin registrations for certification: the "Certification" menu with tracks and
certificates (``certificates.certificate_admin``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from certificates.certificate_admin import CertificateViewSet, TrackViewSet


class CertificationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Certification")
    menu_icon = "award"
    menu_order = 260
    items = (TrackViewSet, CertificateViewSet)


# Through register_snippet, so Track is known to Wagtail (choosers, wagtail-localize) as soon
# as the hooks are loaded.
register_snippet(CertificationViewSetGroup)
