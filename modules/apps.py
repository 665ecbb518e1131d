from django.apps import AppConfig


class ModulesConfig(AppConfig):
    name = "modules"

    def ready(self) -> None:
        from modules import handlers  # noqa: F401  (connects receivers)
