"""Keep the published outline in step with the page tree."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from learning.events import consumer_register, event_record
from modules.models import LessonPage, ModulePage
from modules.page_cache import pages_changed
from modules.tasks import module_outline_refresh

OUTLINE_EVENT = "module.content_changed"


def _content_changed(module, occurrence: str) -> None:
    """Record through the seam that ``module``'s published content changed; the ``outline``
    consumer rebuilds (or withdraws) its outline from the relay. Written in the transaction
    of the publish, so the rebuild is never lost with the broker, and a broker error on
    enqueue never fails the publish (``learning.events.outbox_kick``)."""
    if module is None:
        return
    with transaction.atomic():  # Wagtail's actions are not all atomic themselves
        event_record(
            kind=OUTLINE_EVENT,
            object_key=f"module_page:{module.pk}",
            occurrence=occurrence,
            payload={"module_page": module.pk, "translation_key": str(module.translation_key)},
        )


def _now() -> str:
    return timezone.now().isoformat()


def handle_outline_delivery(event, target: str) -> None:
    """The ``outline`` consumer: rebuild the module's outline as the tree is now."""
    module_outline_refresh(
        module_page_id=event.payload["module_page"],
        translation_key=event.payload["translation_key"],
    )


consumer_register("outline", kinds=[OUTLINE_EVENT], handler=handle_outline_delivery)


def _module_of(page):
    specific = page.specific_class
    if specific is ModulePage:
        return page
    if specific is LessonPage:
        return page.get_parent()
    return None


@receiver(page_published)
def handle_page_published(sender, instance, revision=None, **kwargs) -> None:
    occurrence = f"published:{revision.pk}" if revision is not None else f"published:{_now()}"
    _content_changed(_module_of(instance), occurrence)


@receiver(page_unpublished)
def handle_page_unpublished(sender, instance, **kwargs) -> None:
    _content_changed(_module_of(instance), f"unpublished:{instance.pk}:{_now()}")


@receiver(post_page_move)
def handle_post_page_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if instance.specific_class is LessonPage:
        _content_changed(parent_page_before, f"moved:{instance.pk}:{_now()}")
        _content_changed(parent_page_after, f"moved:{instance.pk}:{_now()}")


@receiver(pre_delete, sender=LessonPage)
@receiver(pre_delete, sender=ModulePage)
def handle_page_deleted(sender, instance, **kwargs) -> None:
    # For a module, the consumer finds another language's copy by translation key, or
    # withdraws the outline when none is left.
    module = instance if sender is ModulePage else instance.get_parent()
    _content_changed(module, f"deleted:{instance.pk}:{_now()}")


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
