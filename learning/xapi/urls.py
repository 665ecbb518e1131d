"""The xAPI resources, outside the language prefix (``config.urls`` includes them before
Wagtail's catch-all): ``/xapi/statements`` and ``/xapi/about``."""

from django.urls import path

from learning.xapi import views

app_name = "xapi"

urlpatterns = [
    path("statements", views.statements, name="statements"),
    path("about", views.about, name="about"),
]
