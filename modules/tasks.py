"""Background tasks of the content app."""

from celery import shared_task

from learning.outlines import outline_publish, outline_withdraw


@shared_task(bind=True, ignore_result=True, acks_late=True, max_retries=3)
def module_outline_rebuild(self, module_page_id: int) -> None:
    """Freeze the module's published tree into its outline, or withdraw it when the module is
    no longer live. Idempotent, so a redelivered task is harmless."""
    from learning.locales import in_default_language
    from modules.models import ModulePage
    from modules.outline import module_outline_build

    module = ModulePage.objects.filter(pk=module_page_id).first()
    if module is None:
        return
    # Every translation shares the outline; it is live while any translation is live.
    source = in_default_language(module)
    live = (
        source
        if source.live
        else ModulePage.objects.live().filter(translation_key=module.translation_key).first()
    )
    if live is None:
        outline_withdraw(key=module.translation_key)
        return
    outline_publish(outline=module_outline_build(live))
