from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"

    def ready(self) -> None:
        from learning import access, handlers  # noqa: F401  (connects receivers)
        from learning.xapi import forward  # noqa: F401  (registers the forwarding consumer)

        access.connect()
