from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"

    def ready(self) -> None:
        from certificates import api_auth, handlers, webhooks, xapi

        handlers.register()  # issuance and revocation from the outbox
        xapi.register()  # the statements of certificate events (docs/xapi.md)
        webhooks.register()  # certificate events to API clients' endpoints
        api_auth.register()  # API client changes invalidate every process's cache
