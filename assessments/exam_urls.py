from django.urls import path

from assessments import exam_views

urlpatterns = [
    path("<slug:key>/", exam_views.assessment_overview, name="assessment_overview"),
    path("<slug:key>/start/", exam_views.attempt_start, name="attempt_start"),
    path("<slug:key>/check/", exam_views.knowledge_check_submit, name="knowledge_check_submit"),
    path("attempts/<int:pk>/", exam_views.attempt_take, name="attempt_take"),
    path("attempts/<int:pk>/answer/", exam_views.attempt_answer, name="attempt_answer"),
    path("attempts/<int:pk>/submit/", exam_views.attempt_submit, name="attempt_submit"),
    path("attempts/<int:pk>/result/", exam_views.attempt_result, name="attempt_result"),
]
