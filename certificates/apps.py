from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"

    def ready(self) -> None:
        from certificates import handlers, webhooks

        handlers.register()  # issuance and revocation from the outbox
        webhooks.register()  # certificate events to API clients' endpoints
