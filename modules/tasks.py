"""Background tasks of the content app."""

from celery import shared_task

from learning.outlines import outline_publish, outline_withdraw


@shared_task(bind=True, ignore_result=True, acks_late=True, max_retries=3)
def module_outline_rebuild(self, module_page_id: int) -> None:
    """Freeze the module's published tree into its outline, or withdraw it when the module is
    no longer live. Idempotent, so a redelivered task is harmless. Publishing reaches this
    through the outbox (``modules.handlers``); the task stays for running it by hand."""
    module_outline_refresh(module_page_id=module_page_id)


def module_outline_refresh(*, module_page_id: int | None, translation_key=None) -> None:
    """Rebuild the outline of the module ``module_page_id`` (or, when that page is gone, of
    another translation with ``translation_key``), or withdraw it when no translation is
    live. Idempotent: it reads the page tree as it is now, whatever event asked."""
    from learning.locales import in_default_language
    from modules.models import ModulePage
    from modules.outline import module_outline_build

    module = ModulePage.objects.filter(pk=module_page_id).first()
    if module is None and translation_key is not None:
        module = ModulePage.objects.filter(translation_key=translation_key).first()
    if module is None:
        if translation_key is not None:
            outline_withdraw(key=translation_key)
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


from modules.compliance.tasks import assignments_sweep_task  # noqa: E402, F401  (found by beat)
