"""Calibration exercises, under /<lang>/calibrate/."""

from django.urls import path

from assessments.calibration import views

urlpatterns = [
    path("<slug:key>/", views.calibration_overview, name="calibration_overview"),
    path("<slug:key>/start/", views.calibration_start, name="calibration_start"),
    path("<slug:key>/cases/<int:number>/", views.calibration_case, name="calibration_case"),
    path("<slug:key>/submit/", views.calibration_submit, name="calibration_submit"),
    path("<slug:key>/result/", views.calibration_result, name="calibration_result"),
]
