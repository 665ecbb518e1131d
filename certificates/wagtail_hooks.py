"""Wagtail admin registrations for certification: the "Certification" menu
(``certificates.viewsets``)."""

from wagtail.snippets.models import register_snippet

from certificates.viewsets import CertificationViewSetGroup

register_snippet(CertificationViewSetGroup)
