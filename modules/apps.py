from django.apps import AppConfig


class ModulesConfig(AppConfig):
    name = "modules"

    def ready(self) -> None:
        from modules import handlers, xapi  # noqa: F401  (handlers connects receivers)

        xapi.register()  # the statements of the learner journey (docs/xapi.md)
