from django.urls import path

from modules import views

# Outside the language prefix (the start and team pages: modules/workplace/urls.py).
urlpatterns = [
    path("language/", views.language_set, name="language_set"),
]

# Inside the language prefix (/da/…, /en/…), so redirects keep the reader's language.
journey_urlpatterns = [
    path("learn/modules/<uuid:key>/enrol/", views.module_enrol, name="module_enrol"),
    path("learn/modules/<uuid:key>/restart/", views.module_restart, name="module_restart"),
    path("learn/lessons/<uuid:key>/complete/", views.lesson_complete_view, name="lesson_complete"),
    path("learn/lessons/<uuid:key>/time/", views.lesson_time, name="lesson_time"),
]
