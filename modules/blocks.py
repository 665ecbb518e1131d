"""StreamField blocks for course content on violence in close relations.

Every block describes itself (icon, template, description, preview value). Blocks that
depend on who is reading — the local procedure, the audience-specific section — read the
``learner`` (a ``learning.models.Person`` or None) that lesson pages put in the context.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from learning.models import Sector
from learning.selectors import sectors_granted

RICH_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


def _first_image():
    """For previews in the block picker: any image the site has, or None."""
    from wagtail.images import get_image_model

    return get_image_model().objects.order_by("pk").first()


def _first_document(*extensions: str):
    """For previews in the block picker: a document with one of ``extensions``, or None."""
    from wagtail.documents import get_document_model

    for document in get_document_model().objects.order_by("pk"):
        if document.file.name.lower().endswith(extensions):
            return document
    return None


class RichTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "modules/blocks/rich_text.html"
        description = _("Running text with headings, lists and links.")
        preview_value = (
            "<p>Psychological violence is a pattern of behaviour that frightens, controls "
            "or isolates the other person.</p>"
        )


class KeyPointBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    text = blocks.RichTextBlock(features=["bold", "italic", "link"])

    class Meta:
        icon = "pick"
        template = "modules/blocks/key_point.html"
        description = _("One thing the learner must remember, set apart from the text.")
        preview_value = {
            "heading": "Remember",
            "text": "<p>You do not need proof to act. A reasoned suspicion is enough.</p>",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "modules/blocks/image.html"
        description = _("An image with required alternative text.")
        preview_value = staticmethod(
            lambda: {
                "image": _first_image(),
                "alt_text": "A child's drawing of a house",
                "caption": "Drawings can show what a child cannot say.",
            }
        )


def _check_extension(document, extensions: tuple[str, ...], message) -> list[str]:
    if document is not None and not document.file.name.lower().endswith(extensions):
        return [message]
    return []


class _MediaBlock(blocks.StructBlock):
    """Shared validation: captions must be WebVTT; a transcript is always required."""

    media_extensions: tuple[str, ...] = ()

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        problems = _check_extension(
            value.get("media"), self.media_extensions, _("This file type cannot be played.")
        )
        if problems:
            errors["media"] = ErrorList(problems)
        problems = _check_extension(
            value.get("captions"), (".vtt",), _("Captions must be a WebVTT (.vtt) file.")
        )
        if problems:
            errors["captions"] = ErrorList(problems)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class VideoBlock(_MediaBlock):
    media_extensions = (".mp4", ".webm")
    title = blocks.CharBlock(max_length=200)
    media = DocumentChooserBlock(label=_("Video file (MP4 or WebM)"))
    captions = DocumentChooserBlock(label=_("Captions (WebVTT)"))
    captions_language = blocks.ChoiceBlock(
        choices=[("da", "Dansk"), ("nb", "Norsk bokmål"), ("sv", "Svenska"), ("en", "English")],
        default="da",
    )
    transcript = blocks.RichTextBlock(features=["bold", "italic"])

    class Meta:
        icon = "media"
        template = "modules/blocks/video.html"
        description = _("A video with captions and a transcript.")
        preview_value = staticmethod(
            lambda: {
                "title": "Asking about violence",
                "media": _first_document(".mp4", ".webm"),
                "captions": _first_document(".vtt"),
                "captions_language": "en",
                "transcript": "<p>The transcript of everything said in the video.</p>",
            }
        )


class AudioBlock(_MediaBlock):
    media_extensions = (".mp3", ".m4a", ".ogg", ".oga", ".wav")
    title = blocks.CharBlock(max_length=200)
    media = DocumentChooserBlock(label=_("Audio file (MP3, M4A, OGG or WAV)"))
    captions = DocumentChooserBlock(label=_("Captions (WebVTT)"), required=False)
    transcript = blocks.RichTextBlock(features=["bold", "italic"])

    class Meta:
        icon = "media"
        template = "modules/blocks/audio.html"
        description = _("An audio recording with a transcript.")
        preview_value = staticmethod(
            lambda: {
                "title": "A survivor's account",
                "media": _first_document(".mp3", ".m4a", ".ogg"),
                "captions": None,
                "transcript": "<p>The transcript of the recording.</p>",
            }
        )


class DetectionCueBlock(blocks.StructBlock):
    cue = blocks.CharBlock(max_length=200, label=_("What you may notice"))
    may_indicate = blocks.TextBlock(label=_("What it may indicate"))
    what_to_do = blocks.TextBlock(label=_("What to do"))


class DetectionCueCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    cards = blocks.ListBlock(DetectionCueBlock(), min_num=1)

    class Meta:
        icon = "view"
        template = "modules/blocks/detection_cues.html"
        description = _("Cards: a cue, what it may indicate, and what to do.")
        preview_value = {
            "heading": "Signs in a child",
            "cards": [
                {
                    "cue": "The child becomes quiet and watchful at pick-up time",
                    "may_indicate": "Fear of the parent who collects them, or of going home.",
                    "what_to_do": "Note what you see, with dates. Talk to your manager today.",
                }
            ],
        }


class CaseVignetteBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    story = blocks.RichTextBlock(features=["bold", "italic", "ol", "ul"])
    reflection_question = blocks.TextBlock()
    discussion = blocks.RichTextBlock(
        required=False,
        features=["bold", "italic", "ol", "ul"],
        help_text=_("Shown after the learner chooses to see it."),
    )

    class Meta:
        icon = "user"
        template = "modules/blocks/case_vignette.html"
        description = _("A short case with a question to reflect on.")
        preview_value = {
            "title": "Sara at the job centre",
            "story": "<p>Sara cancels meetings at short notice and her partner always calls "
            "during them.</p>",
            "reflection_question": "What could the calls mean, and how would you raise it?",
        }


class ActionCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, default=_("What to do"))
    notice = blocks.TextBlock(label=_("Notice"))
    talk = blocks.TextBlock(label=_("Talk"))
    document = blocks.TextBlock(label=_("Document"))
    act = blocks.TextBlock(label=_("Act promptly"))
    contact = blocks.TextBlock(label=_("Whom to contact"))

    class Meta:
        icon = "list-ol"
        template = "modules/blocks/action_card.html"
        description = _("The steps: notice, talk, document, act promptly, contact.")
        preview_value = {
            "title": "What to do",
            "notice": "Take what you see and hear seriously.",
            "talk": "Ask in private, calmly and directly.",
            "document": "Write down facts, dates and words used.",
            "act": "Tell your manager the same day; send a report of concern without delay.",
            "contact": "Your local procedure lists who to call.",
        }


class DialogueLineBlock(blocks.StructBlock):
    speaker = blocks.ChoiceBlock(
        choices=[("staff", _("Staff")), ("person", _("The person"))], default="staff"
    )
    line = blocks.TextBlock()
    note = blocks.CharBlock(required=False, max_length=300, help_text=_("Why this works."))


class HowToAskBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default=_("How to ask"))
    situation = blocks.TextBlock(required=False)
    lines = blocks.ListBlock(DialogueLineBlock(), min_num=1)

    class Meta:
        icon = "openquote"
        template = "modules/blocks/how_to_ask.html"
        description = _("A worked example of asking about violence.")
        preview_value = {
            "heading": "How to ask",
            "lines": [
                {
                    "speaker": "staff",
                    "line": "Many people I meet have been hurt by someone close. Is that "
                    "something you have experienced?",
                    "note": "Normalises the question.",
                }
            ],
        }


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250)
    answer = blocks.RichTextBlock(features=["bold", "italic", "ol", "ul", "link"])


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "modules/blocks/accordion.html"
        description = _("Questions and answers that open one at a time.")
        preview_value = {
            "heading": "Questions",
            "items": [
                {
                    "question": "Do I need consent to report?",
                    "answer": "<p>No, not when a child is at risk.</p>",
                }
            ],
        }


class ResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    document = DocumentChooserBlock()
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "download"
        template = "modules/blocks/resource.html"
        description = _("A file to download, such as a checklist.")
        preview_value = staticmethod(
            lambda: {
                "title": "Checklist: acting on suspicion of violence",
                "document": _first_document(""),
                "description": "Print it and keep it by the phone.",
            }
        )


class LocalProcedureBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default=_("Your local procedure"))

    class Meta:
        icon = "site"
        template = "modules/blocks/local_procedure.html"
        description = _(
            "Shows each learner the procedure of their own organisation: whom to contact, "
            "the phone number and the escalation path."
        )
        preview_value = {"heading": "Your local procedure"}

    def get_context(self, value, parent_context=None):
        from modules.selectors import local_procedure_for

        context = super().get_context(value, parent_context)
        learner = (parent_context or {}).get("learner")
        context["procedure"] = local_procedure_for(person=learner)
        return context


class KnowledgeCheckBlock(blocks.StructBlock):
    """A knowledge check (answered in the lesson, with feedback at once) or a link to an
    exam. The questions live in ``assessments``; the page never holds the answer key."""

    title = blocks.CharBlock(max_length=200, default=_("Check your understanding"))
    instructions = blocks.TextBlock(required=False)
    assessment = SnippetChooserBlock("assessments.Assessment", required=False)

    class Meta:
        icon = "tick-inverse"
        template = "modules/blocks/knowledge_check.html"
        description = _("A short knowledge check inside the lesson.")
        preview_value = {"title": "Check your understanding"}

    def get_context(self, value, parent_context=None):
        from assessments.exams import knowledge_check_view

        context = super().get_context(value, parent_context)
        parent = parent_context or {}
        if value.get("assessment") is not None:
            context["check"] = knowledge_check_view(
                assessment=value["assessment"], person=parent.get("learner")
            )
        page = parent.get("page")
        context["lesson_url"] = getattr(page, "url", "")
        return context


class CalibrationExerciseBlock(blocks.StructBlock):
    """A link to a calibration exercise: rate practice cases, compare with the expert panel."""

    title = blocks.CharBlock(max_length=200, default=_("Practise rating cases"))
    introduction = blocks.TextBlock(required=False)
    exercise = SnippetChooserBlock("assessments.CalibrationExercise")

    class Meta:
        icon = "tasks"
        template = "modules/blocks/calibration_exercise.html"
        description = _("Rate practice cases with a risk instrument and compare with experts.")
        preview_value = {
            "title": "Practise rating cases",
            "introduction": "Rate three cases item by item.",
        }


class _BaseContentBlock(blocks.StreamBlock):
    rich_text = RichTextBlock(features=RICH_FEATURES)
    key_point = KeyPointBlock()
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    detection_cues = DetectionCueCardsBlock()
    case_vignette = CaseVignetteBlock()
    action_card = ActionCardBlock()
    how_to_ask = HowToAskBlock()
    accordion = AccordionBlock()
    resource = ResourceBlock()
    local_procedure = LocalProcedureBlock()


class AudienceSectionBlock(blocks.StructBlock):
    """Content shown only to learners in the sectors it names (editors and previews see all)."""

    sectors = blocks.MultipleChoiceBlock(choices=Sector.choices)
    heading = blocks.CharBlock(max_length=200, required=False)
    content = _BaseContentBlock()

    class Meta:
        icon = "group"
        template = "modules/blocks/audience_section.html"
        description = _("A section shown only to learners in the chosen sectors.")
        preview_value = {
            "sectors": ["job_centre"],
            "heading": "At the job centre",
            "content": [
                (
                    "rich_text",
                    "<p>Cancelled meetings and a partner who always "
                    "calls can be signs of control.</p>",
                )
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("sectors"):
            raise StructBlockValidationError(
                block_errors={"sectors": ErrorList([ValidationError(_("Choose a sector."))])}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        learner = (parent_context or {}).get("learner")
        context["show"] = learner is None or _reads_sector(learner, value["sectors"])
        return context


def _reads_sector(learner, sectors) -> bool:
    """The learner's own sector, or one a manager let them read (asked only when their own
    sector is not among ``sectors``; read once per request, ``sectors_granted``)."""
    if learner.sector in sectors:
        return True
    return bool(sectors_granted(person=learner) & set(sectors))


class LessonContentBlock(_BaseContentBlock):
    audience_section = AudienceSectionBlock()
    knowledge_check = KnowledgeCheckBlock()
    calibration_exercise = CalibrationExerciseBlock()
