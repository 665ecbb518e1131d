"""The PDF certificate: drawn with fpdf2, the QR code (segno) pointing at the public
verification page. Pure drawing: the caller passes the certificate (with its person, user,
track and instrument loaded), the language and the moment; nothing here writes.

fpdf2's core fonts (Helvetica) encode text as Latin-1, which holds every letter of Danish,
Norwegian and Swedish; a name with a letter outside it (Łukasz, Ștefan) is printed with
the letter's base form ("Lukasz"), and anything with no base form as "?", never a crash.
A bundled Unicode font would print them as written, but is not on every machine.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime

import segno
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from certificates import status as st

#: Typography outside Latin-1 that titles and names use, in its plain form.
_PLAIN = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2026": "...",
        "\u2022": "\xb7",
        "\u20ac": "EUR",
        "\u00a0": " ",
        "\u202f": " ",
        # Letters without a Unicode decomposition to their base form.
        "\u0141": "L",
        "\u0142": "l",
        "\u0110": "D",
        "\u0111": "d",
        "\u0126": "H",
        "\u0127": "h",
        "\u0131": "i",
        "\u0152": "OE",
        "\u0153": "oe",
        "\u0166": "T",
        "\u0167": "t",
    }
)


def latin1(text: str) -> str:
    """``text`` printable in a core font: Latin-1 kept, other letters by their base form."""
    text = (text or "").translate(_PLAIN)
    out = []
    for ch in text:
        if ord(ch) < 256:
            out.append(ch)
            continue
        base = "".join(
            c
            for c in unicodedata.normalize("NFKD", ch)
            if ord(c) < 256 and not unicodedata.combining(c)
        )
        out.append(base or "?")
    return "".join(out)


def date_text(moment: datetime | None) -> str:
    """A date in the active language's format, in the site's time zone."""
    if moment is None:
        return _("No expiry")
    return formats.date_format(timezone.localtime(moment), "DATE_FORMAT")


def qr_png(url: str) -> io.BytesIO:
    """The QR code of ``url`` as PNG bytes (medium error correction: survives a crease)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=10, border=2)
    buffer.seek(0)
    return buffer


class _Certificate(FPDF):
    def __init__(self):
        super().__init__(orientation="landscape", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(20, 18, 20)

    def line_of(self, text: str, *, size: float, style: str = "", gap: float = 2, align="C"):
        self.set_font("helvetica", style, size)
        self.multi_cell(0, size * 0.5, latin1(text), align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


def _mark(pdf: _Certificate, status: str) -> None:
    """A revoked or suspended certificate says so across the page, in words."""
    word = {st.REVOKED: _("REVOKED"), st.SUSPENDED: _("SUSPENDED")}.get(status)
    if not word:
        return
    pdf.set_text_color(170, 0, 0)
    pdf.set_draw_color(170, 0, 0)
    pdf.set_line_width(1.2)
    pdf.set_font("helvetica", "B", 40)
    pdf.set_xy(20, 8)
    pdf.cell(0, 18, latin1(word), border=1, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)


def render_pdf(
    certificate,
    *,
    language: str,
    name: str,
    title: str,
    issuer: str,
    url: str,
    at: datetime,
    compress: bool = True,
) -> bytes:
    """The certificate as PDF bytes in ``language``: holder ``name``, ``title`` (the track in that
    language), instrument and version, dates, number, cycle and a QR code to ``url``.
    ``at`` decides the revoked/suspended mark (the verification page is the source of
    truth for the status after that)."""
    with translation.override(language):
        pdf = _Certificate()
        pdf.set_compression(compress)
        pdf.set_lang(language)
        pdf.set_title(latin1(_("Certificate %(number)s") % {"number": certificate.number}))
        pdf.set_author(latin1(issuer))
        pdf.set_creator(latin1(issuer))
        pdf.add_page()
        _mark(pdf, st.status_of(certificate, at))
        pdf.set_y(34)
        pdf.line_of(issuer, size=12, gap=4)
        pdf.line_of(_("Certificate"), size=34, style="B", gap=6)
        pdf.line_of(_("This certifies that"), size=13)
        pdf.line_of(name, size=26, style="B")
        pdf.line_of(_("holds the certification"), size=13)
        pdf.line_of(title, size=18, style="B", gap=4)
        if certificate.instrument_name:
            instrument = certificate.instrument_name
            if certificate.instrument_version:
                instrument = _("%(name)s, version %(version)s") % {
                    "name": instrument,
                    "version": certificate.instrument_version,
                }
            pdf.line_of(
                _("Authorises use of: %(instrument)s") % {"instrument": instrument}, size=13
            )
        _details(pdf, certificate)
        pdf.image(qr_png(url), x=232, y=142, w=45)
        pdf.set_xy(150, 188)
        pdf.set_font("helvetica", "", 8)
        pdf.cell(127, 4, latin1(_("Verify: %(url)s") % {"url": url}), align="R")
        return bytes(pdf.output())


def _details(pdf: _Certificate, certificate) -> None:
    rows = [
        (_("Certificate number"), certificate.number),
        (_("Cycle"), str(certificate.cycle)),
        (_("Valid from"), date_text(certificate.valid_from)),
        (_("Valid until"), date_text(certificate.valid_until)),
        (_("Verification code"), certificate.verification_code),
    ]
    y = 142
    for label, value in rows:
        pdf.set_xy(40, y)
        pdf.set_font("helvetica", "", 11)
        pdf.cell(55, 7, latin1(label))
        pdf.set_font("helvetica", "B", 11)
        pdf.cell(110, 7, latin1(value))
        y += 8
