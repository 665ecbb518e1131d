"""Keep the published outline in step with the page tree."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from learning.outlines import outline_withdraw
from modules.models import LessonPage, ModulePage
from modules.page_cache import pages_changed
from modules.tasks import module_outline_rebuild


def _rebuild_on_commit(module_id: int | None) -> None:
    if module_id is not None:
        transaction.on_commit(partial(module_outline_rebuild.delay, module_id))


def _module_id_of(page) -> int | None:
    specific = page.specific_class
    if specific is ModulePage:
        return page.pk
    if specific is LessonPage:
        parent = page.get_parent()
        return parent.pk if parent is not None else None
    return None


@receiver(page_published)
@receiver(page_unpublished)
def handle_page_published(sender, instance, **kwargs) -> None:
    _rebuild_on_commit(_module_id_of(instance))


@receiver(post_page_move)
def handle_post_page_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if instance.specific_class is LessonPage:
        _rebuild_on_commit(parent_page_before.pk)
        _rebuild_on_commit(parent_page_after.pk)


@receiver(pre_delete, sender=LessonPage)
@receiver(pre_delete, sender=ModulePage)
def handle_page_deleted(sender, instance, **kwargs) -> None:
    parent = instance.get_parent()
    if sender is LessonPage and parent is not None:
        _rebuild_on_commit(parent.pk)
    elif sender is ModulePage:
        # Another language's copy may still be live; the task decides.
        other = (
            ModulePage.objects.filter(translation_key=instance.translation_key)
            .exclude(pk=instance.pk)
            .first()
        )
        if other is not None:
            _rebuild_on_commit(other.pk)
        else:
            transaction.on_commit(partial(outline_withdraw, key=instance.translation_key))


@receiver(post_save)
@receiver(post_delete)
def handle_tree_saved(sender, instance, **kwargs) -> None:
    """A page, site, locale or view restriction changed: the cached routes and links of
    ``modules.page_cache`` start a new generation."""
    if isinstance(instance, Page | Site | Locale | PageViewRestriction):
        pages_changed()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def handle_tree_changed(sender, **kwargs) -> None:
    pages_changed()
