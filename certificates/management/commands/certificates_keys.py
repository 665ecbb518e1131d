"""``manage.py certificates_keys list|create|unpublish KID``: the keys that sign status
answers and credentials (``certificates.keys``)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from certificates import keys
from certificates.models import SigningKey


class Command(BaseCommand):
    help = "List, create (rotate) or unpublish the keys that sign status answers and credentials."

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", choices=["list", "create", "ensure", "unpublish"])
        parser.add_argument("kid", nargs="?", help="the key to unpublish")

    def handle(self, *args, action: str, kid: str | None = None, **options) -> None:
        if action == "create":
            key = keys.signing_key_create()
            self.stdout.write(self.style.SUCCESS(f"Signing with {key.kid} from now on."))
        elif action == "ensure":
            self.stdout.write(f"Signing with {keys.signing_key_ensure().kid}.")
        elif action == "unpublish":
            if not kid or not SigningKey.objects.filter(kid=kid, retired_at__isnull=False).exists():
                raise CommandError("Name a retired key (see `list`); the signing key stays.")
            keys.signing_key_unpublish(kid=kid)
            self.stdout.write(f"{kid} is no longer published.")
        for row in SigningKey.objects.order_by("-created_at"):
            state = "signs" if row.retired_at is None else "retired"
            if row.published_until:
                state += f", unpublished {row.published_until:%Y-%m-%d}"
            self.stdout.write(f"  {row.kid}  {row.algorithm}  {row.created_at:%Y-%m-%d}  {state}")
