"""Certificate pages outside the language prefix (see config/urls.py): the QR code on a
PDF carries no language, so the reader's own (``?lang=``, preference, browser) decides."""

from django.urls import path

from certificates import views

urlpatterns = [
    path("verify/", views.verify_form, name="certificate_verify_form"),
    path("verify/<str:code>/", views.verify, name="certificate_verify"),
    path("certificates/<int:pk>/certificate.pdf", views.certificate_pdf, name="certificate_pdf"),
    path(
        "certificates/<int:pk>/credential.jwt",
        views.certificate_credential_download,
        name="certificate_credential",
    ),
    path("credentials/status/<str:purpose>", views.status_list, name="credential_status_list"),
    path("credentials/issuer", views.issuer, name="credential_issuer"),
]
