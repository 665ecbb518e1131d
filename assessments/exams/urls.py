from django.urls import path

from assessments.exams import views

urlpatterns = [
    path("<slug:key>/", views.assessment_overview, name="assessment_overview"),
    path("<slug:key>/start/", views.attempt_start, name="attempt_start"),
    path("<slug:key>/check/", views.knowledge_check_submit, name="knowledge_check_submit"),
    path("attempts/<int:pk>/", views.attempt_take, name="attempt_take"),
    path("attempts/<int:pk>/answer/", views.attempt_answer, name="attempt_answer"),
    path("attempts/<int:pk>/submit/", views.attempt_submit, name="attempt_submit"),
    path("attempts/<int:pk>/result/", views.attempt_result, name="attempt_result"),
]
