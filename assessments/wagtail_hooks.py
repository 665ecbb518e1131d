"""Wagtail admin registrations for assessments: the "Assessments" menu with the content
snippets and the attempts (``assessments.viewsets``), and the item analysis
(``assessments.analysis.views``) under /cms/assessments/analysis/."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from assessments.analysis import views as analysis_views
from assessments.viewsets import SUBMENU_HOOK, AssessmentsViewSetGroup

# Through register_snippet, so the snippet models are known to Wagtail (choosers,
# wagtail-localize) as soon as the hooks are loaded, not only once the admin URLs are.
register_snippet(AssessmentsViewSetGroup)

hooks.register("register_admin_urls", analysis_views.admin_urls)
hooks.register(SUBMENU_HOOK, analysis_views.menu_item)


@hooks.register("insert_global_admin_css")
def wrap_long_text():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("assessments/admin.css"))
