from django.urls import include, path

# Inside the language prefix (see config/urls.py).
urlpatterns = [
    path("assess/", include("assessments.exams.urls")),
    path("calibrate/", include("assessments.calibration.urls")),
]
