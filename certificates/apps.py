from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"

    def ready(self) -> None:
        from certificates import handlers

        handlers.register()  # issuance and revocation from the outbox
        from certificates import api_auth

        api_auth.register()  # API client changes invalidate every process's cache
