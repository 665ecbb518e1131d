from django.urls import include, path

from learning import health

# Outside the language prefix (see config/urls.py).
urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("", include("learning.auth.urls")),
]
