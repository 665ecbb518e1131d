"""The public verification page in a real browser, as a person scanning a certificate's QR
code meets it: the result in each interface language, the form, the unknown-code page;
axe-core finds no serious or critical WCAG 2.1 AA violation on any of them."""

import pytest
from playwright.sync_api import expect

from tests.certificates import builders, doc_builders
from tests.e2e.test_accessibility import LANGUAGES, switch_language, violations

pytestmark = [pytest.mark.e2e]


@pytest.fixture
def certificate(transactional_db, tree, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    builders.locales_ensure()
    builders.signing_key()
    return doc_builders.issued(
        tree, doc_builders.track_with_instrument(), first_name="Anders", last_name="Juhl"
    )


def test_the_verification_page_reads_well_in_every_language(page, certificate, tmp_path):
    found: list[str] = []
    response = page.goto(f"/verify/{certificate.verification_code.lower().replace('-', '')}/")
    assert response.status == 200
    assert response.headers["cache-control"] == "no-store"
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Valid")
    expect(page.locator("dl.facts")).to_contain_text("Anders Juhl")
    found += violations(page)
    for code in LANGUAGES:
        switch_language(page, code)
        expect(page.locator("dl.facts")).to_contain_text("Anders Juhl")
        found += violations(page)
    page.screenshot(path=str(tmp_path / "verify.png"), full_page=True)

    switch_language(page, "en")
    page.get_by_label("Verification code").fill("abcd efgh jklm npqr")
    page.get_by_label("Verification code").press("Enter")
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert "/verify/ABCD-EFGH-JKLM-NPQR/" in page.url
    found += violations(page)
    assert found == []
