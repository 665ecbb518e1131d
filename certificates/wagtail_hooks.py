"""Wagtail admin registrations for certification: the "Certification" menu
(``certificates.viewsets``) and the "Webhooks" menu (``certificates.webhook_admin``)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from certificates.viewsets import CertificationViewSetGroup
from certificates.webhook_admin import WebhooksViewSetGroup

register_snippet(CertificationViewSetGroup)


# --- Webhooks ---
# Subscriptions per API client (secret shown once) and the delivery log with replay:
# certificates/webhook_admin.py. (Its two viewsets could join CertificationViewSetGroup's
# items instead of a menu of their own.)
@hooks.register("register_admin_viewset")
def register_webhook_viewsets() -> WebhooksViewSetGroup:
    return WebhooksViewSetGroup()


# --- end of webhooks ---
