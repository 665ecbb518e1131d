"""Wagtail admin registrations of the ``certificates`` app."""

from wagtail import hooks

# --- Webhooks ---
# Subscriptions per API client (secret shown once) and the delivery log with replay, in a
# "Webhooks" menu: certificates/webhook_admin.py.
from certificates.webhook_admin import WebhooksViewSetGroup


@hooks.register("register_admin_viewset")
def register_webhook_viewsets() -> WebhooksViewSetGroup:
    return WebhooksViewSetGroup()


# --- end of webhooks ---
