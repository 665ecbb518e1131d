from django.apps import AppConfig


class ModulesConfig(AppConfig):
    name = "modules"

    def ready(self) -> None:
        from modules import handlers, xapi  # noqa: F401  (handlers connects receivers)
        from modules.compliance import handlers as compliance

        compliance.register()  # assignments and summaries follow the outbox
        xapi.register()  # the statements of the learner journey (docs/xapi.md)
