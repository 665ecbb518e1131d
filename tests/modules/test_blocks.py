"""Every content block describes itself (icon, template, description) and has a preview
an editor can see in the block picker, with or without media in the library."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from modules.blocks import LessonContentBlock

BLOCKS = LessonContentBlock().child_blocks


@pytest.mark.parametrize("name", list(BLOCKS))
def test_each_block_describes_itself(name):
    block = BLOCKS[name]

    assert block.meta.icon
    assert block.meta.template.startswith("modules/blocks/")
    assert block.meta.description
    assert block.is_previewable


@pytest.mark.parametrize("name", list(BLOCKS))
def test_each_preview_renders_on_an_empty_library(db, name):
    block = BLOCKS[name]

    html = block.render(block.get_preview_value(), context={"learner": None})

    assert html.strip()


def test_media_previews_use_media_from_the_library(db):
    image = Image.objects.create(title="Drawing", file=get_test_image_file())
    video = Document(title="Talk")
    video.file.save("talk.mp4", ContentFile(b"x"), save=True)

    image_html = BLOCKS["image"].render(BLOCKS["image"].get_preview_value())
    video_html = BLOCKS["video"].render(BLOCKS["video"].get_preview_value())

    assert image.title in image_html or "<img" in image_html
    assert video.url in video_html


def test_an_image_needs_alternative_text():
    from django.core.exceptions import ValidationError

    value = BLOCKS["image"].to_python({"image": None, "alt_text": "", "caption": ""})

    with pytest.raises(ValidationError):
        BLOCKS["image"].clean(value)
