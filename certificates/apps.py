from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"

    def ready(self) -> None:
        from certificates import api_auth, credentials, handlers, signals, webhooks, xapi
        from certificates.documents import handlers as document_handlers

        handlers.register()  # issuance and revocation from the outbox
        xapi.register()  # the statements of certificate events (docs/xapi.md)
        document_handlers.register()  # the PDF and the credential after every change
        webhooks.register()  # certificate events to API clients' endpoints
        api_auth.register()  # API client changes invalidate every process's cache
        signals.certificate_changed.connect(
            credentials.status_lists_forget, dispatch_uid="certificates.status_lists_forget"
        )
