"""Signal receivers of the ``learning`` app."""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver
from wagtail.models import Locale

from learning.locales import locales_changed
from learning.models import CourseLesson, CourseModule
from learning.outlines import outlines_changed
from learning.services import roles_sync_groups


@receiver(post_migrate)
def handle_post_migrate(sender, app_config=None, **kwargs) -> None:
    # post_migrate is sent once per app that has models, and each app's permissions are
    # created by its own send; sync after the last one, when every permission exists.
    last = [config for config in apps.get_app_configs() if config.models_module][-1]
    if app_config is not None and app_config.label == last.label:
        roles_sync_groups()


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def handle_locale_changed(sender, **kwargs) -> None:
    locales_changed()


@receiver(post_save, sender=CourseModule)
@receiver(post_delete, sender=CourseModule)
@receiver(post_save, sender=CourseLesson)
@receiver(post_delete, sender=CourseLesson)
def handle_outline_changed(sender, **kwargs) -> None:
    outlines_changed()
