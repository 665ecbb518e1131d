"""docs/xapi.md cannot drift: every JSON example on it is a valid xAPI 1.0.3 statement, and
every event kind that has a statement builder is documented there."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings

from learning.xapi.builders import statement_builders
from learning.xapi.schema import statement_validate

DOC = Path(settings.BASE_DIR) / "docs" / "xapi.md"


def _json_blocks() -> list[str]:
    return re.findall(r"```json\n(.*?)\n```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_the_page_has_an_example_for_every_statement():
    assert len(_json_blocks()) >= 13


@pytest.mark.parametrize("block", _json_blocks(), ids=lambda b: json.loads(b)["verb"]["id"])
def test_every_json_example_is_a_valid_statement(block):
    statement = json.loads(block)
    assert statement_validate(statement)["id"] == statement["id"]
    assert "correctResponsesPattern" not in block


def test_every_event_kind_with_statements_is_documented():
    text = DOC.read_text(encoding="utf-8")
    missing = [kind for kind in statement_builders() if f"`{kind}`" not in text]
    assert not missing
