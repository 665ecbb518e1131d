"""The interface is fully translated into Danish, Norwegian Bokmål and Swedish."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["da", "nb", "sv"])
def test_every_string_is_translated_and_compiled(language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))

    assert len(po) > 300
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    # The compiled catalogue Django reads holds exactly what the .po says.
    assert {(e.msgid, e.msgstr) for e in po if not e.msgid_plural} == {
        (e.msgid, e.msgstr) for e in mo if not e.msgid_plural
    }
