from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"

    def ready(self) -> None:
        from certificates import handlers, xapi

        handlers.register()  # issuance and revocation from the outbox
        xapi.register()  # the statements of certificate events (docs/xapi.md)
