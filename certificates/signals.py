"""Domain events of the ``certificates`` app, sent after commit by the event seam.

``certificate_changed``: sender=Certificate, certificate=Certificate, change=the event kind
("certificate.issued", "certificate.revoked", …)."""

from django.dispatch import Signal

certificate_changed = Signal()
