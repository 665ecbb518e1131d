from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"

    def ready(self) -> None:
        from certificates import credentials, handlers, signals
        from certificates.documents import handlers as document_handlers

        handlers.register()  # issuance and revocation from the outbox
        document_handlers.register()  # the PDF and the credential after every change
        signals.certificate_changed.connect(
            credentials.status_lists_forget, dispatch_uid="certificates.status_lists_forget"
        )
