"""An editor builds a module in Wagtail's admin with every block type, publishes it, and
learners see it; editing it afterwards keeps everyone's progress."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from learning.enrolments import enrolment_create
from learning.selectors import module_progress_get
from modules.models import LessonPage, ModulePage
from tests import factories
from tests.modules import pages


def listblock(items):
    return {
        "count": len(items),
        **{
            str(i): {"value": item, "deleted": "", "order": i, "id": ""}
            for i, item in enumerate(items)
        },
    }


def document(name: str, content: bytes = b"data") -> Document:
    doc = Document(title=name)
    doc.file.save(name, ContentFile(content), save=True)
    return doc


@pytest.fixture
def media(db):
    image = Image.objects.create(title="Drawing", file=get_test_image_file())
    return {
        "image": image,
        "video": document("talk.mp4"),
        "audio": document("talk.mp3"),
        "vtt": document("talk.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n"),
        "pdf": document("checklist.pdf"),
    }


def every_block(media):
    return streamfield(
        [
            ("rich_text", rich_text("<p>Running text about coercive control.</p>")),
            (
                "key_point",
                {"heading": "Remember", "text": rich_text("<p>A suspicion is enough.</p>")},
            ),
            (
                "image",
                {
                    "image": media["image"].pk,
                    "alt_text": "A child drawing a house",
                    "caption": "Drawing",
                },
            ),
            (
                "video",
                {
                    "title": "Asking about violence",
                    "media": media["video"].pk,
                    "captions": media["vtt"].pk,
                    "captions_language": "en",
                    "transcript": rich_text("<p>Video transcript text.</p>"),
                },
            ),
            (
                "audio",
                {
                    "title": "A survivor's account",
                    "media": media["audio"].pk,
                    "captions": "",
                    "transcript": rich_text("<p>Audio transcript text.</p>"),
                },
            ),
            (
                "detection_cues",
                {
                    "heading": "Signs",
                    "cards": listblock(
                        [
                            {
                                "cue": "Quiet at pick-up",
                                "may_indicate": "Fear",
                                "what_to_do": "Note it",
                            }
                        ]
                    ),
                },
            ),
            (
                "case_vignette",
                {
                    "title": "Sara",
                    "story": rich_text("<p>Sara cancels meetings.</p>"),
                    "reflection_question": "What do you notice?",
                    "discussion": rich_text("<p>Discussion text.</p>"),
                },
            ),
            (
                "action_card",
                {
                    "title": "What to do",
                    "notice": "Notice it",
                    "talk": "Talk",
                    "document": "Write it down",
                    "act": "Report in 48 hours",
                    "contact": "Your manager",
                },
            ),
            (
                "how_to_ask",
                {
                    "heading": "How to ask",
                    "situation": "Alone",
                    "lines": listblock(
                        [
                            {
                                "speaker": "staff",
                                "line": "How are things at home?",
                                "note": "Open question",
                            }
                        ]
                    ),
                },
            ),
            (
                "accordion",
                {
                    "heading": "FAQ",
                    "items": listblock(
                        [
                            {
                                "question": "Do I need proof?",
                                "answer": rich_text("<p>No proof needed.</p>"),
                            }
                        ]
                    ),
                },
            ),
            (
                "resource",
                {"title": "Checklist", "document": media["pdf"].pk, "description": "Print it"},
            ),
            ("local_procedure", {"heading": "Your local procedure"}),
            (
                "audience_section",
                {
                    "sectors": ("daycare",),
                    "heading": "In daycare",
                    "content": streamfield([("rich_text", rich_text("<p>Only for daycare.</p>"))]),
                },
            ),
            (
                "audience_section",
                {
                    "sectors": ("police",),
                    "heading": "In the police",
                    "content": streamfield([("rich_text", rich_text("<p>Only for police.</p>"))]),
                },
            ),
            ("knowledge_check", {"title": "Check your understanding", "instructions": "Answer"}),
        ]
    )


@pytest.fixture
def editor(client, db):
    person = factories.person(roles=["content_editor"], sector="other")
    client.force_login(person.user)
    return person


def admin_create(client, parent, model, data):
    url = f"/cms/pages/add/modules/{model._meta.model_name}/{parent.pk}/"
    response = client.post(url, {**data, "action-publish": "action-publish"})
    if response.status_code != 302:
        body = response.context["form"].fields["body"] if "body" in data else None
        errors = response.context["form"].errors
        raise AssertionError(
            f"{errors} {getattr(errors.get('body'), 'as_data', lambda: '')()} {body}"
        )
    return model.objects.child_of(parent).get(title=data["title"])


def test_editor_publishes_every_block_and_learners_keep_progress_after_edits(
    client, editor, media, tree
):
    catalogue = pages.catalogue()
    module = admin_create(
        client,
        catalogue,
        ModulePage,
        nested_form_data(
            {
                "title": "Seeing what cannot be seen",
                "slug": "seeing",
                "summary": "Cues.",
                "learning_objectives": "Spot cues\nAsk",
                "estimated_minutes": "30",
                "audience_sectors": ("daycare",),  # a tuple: nested_form_data splits lists
            }
        ),
    )
    with pages.committed():
        lesson = admin_create(
            client,
            module,
            LessonPage,
            nested_form_data(
                {
                    "title": "All the blocks",
                    "slug": "all",
                    "estimated_minutes": "10",
                    "required": "on",
                    "completion_rule": "viewed",
                    "body": every_block(media),
                }
            ),
        )
    assert [b.block_type for b in lesson.body][:3] == ["rich_text", "key_point", "image"]
    assert len(lesson.body) == 15

    learner = factories.person(units=[tree["daycare"]], sector="daycare")
    client.force_login(learner.user)
    client.post(f"/en/learn/modules/{module.translation_key}/enrol/")
    html = client.get(lesson.url).content.decode()
    for text in (
        "Running text about coercive control.",
        "A suspicion is enough.",
        'alt="A child drawing a house"',
        "<track",
        "Video transcript text.",
        "Audio transcript text.",
        "Quiet at pick-up",
        "Sara cancels meetings.",
        "Report in 48 hours",
        "How are things at home?",
        "No proof needed.",
        "checklist",
        "Your local procedure",
        "Only for daycare.",
        "Check your understanding",
    ):
        assert text in html, text
    assert "Only for police." not in html
    enrolment = enrolment_create(person=learner, module_key=module.translation_key)
    pages.lesson_done(enrolment, lesson, lesson.live_revision_id)

    client.force_login(editor.user)
    with pages.committed():
        response = client.post(
            f"/cms/pages/{lesson.pk}/edit/",
            nested_form_data(
                {
                    "title": "All the blocks, revised",
                    "slug": "all",
                    "estimated_minutes": "12",
                    "required": "on",
                    "completion_rule": "viewed",
                    "body": every_block(media),
                    "action-publish": "action-publish",
                }
            ),
        )
    assert response.status_code == 302

    progress = module_progress_get(person=learner, module_key=module.translation_key)
    assert progress.lessons[0].title == "All the blocks, revised"
    assert progress.is_complete


def test_captions_must_be_webvtt(client, editor, media):
    catalogue = pages.catalogue()
    module = pages.module(catalogue, "Media", lessons=0)
    url = f"/cms/pages/add/modules/lessonpage/{module.pk}/"
    body = streamfield(
        [
            (
                "video",
                {
                    "title": "Talk",
                    "media": media["video"].pk,
                    "captions": media["pdf"].pk,
                    "captions_language": "en",
                    "transcript": rich_text("<p>T</p>"),
                },
            )
        ]
    )

    response = client.post(
        url,
        nested_form_data(
            {
                "title": "Bad captions",
                "slug": "bad",
                "estimated_minutes": "5",
                "required": "on",
                "completion_rule": "viewed",
                "body": body,
                "action-publish": "action-publish",
            }
        ),
    )

    assert response.status_code == 200
    assert "Captions must be a WebVTT (.vtt) file." in response.content.decode()
    assert not LessonPage.objects.filter(title="Bad captions").exists()


def test_a_learner_cannot_reach_the_page_editor(client, tree):
    learner = factories.person(units=[tree["daycare"]])
    client.force_login(learner.user)

    assert client.get("/cms/pages/").status_code == 302
