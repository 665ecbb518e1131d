"""Wagtail admin registrations for certification: one "Certification" menu with tracks and
certificates (``certificates.certificate_admin``), API clients and the status-check audit
(``certificates.viewsets``), webhook subscriptions and the delivery log
(``certificates.webhook_admin``)."""

from wagtail.snippets.models import register_snippet

from certificates.viewsets import CertificationViewSetGroup

# Through register_snippet, so Track is known to Wagtail (choosers, wagtail-localize) as soon
# as the hooks are loaded.
register_snippet(CertificationViewSetGroup)
