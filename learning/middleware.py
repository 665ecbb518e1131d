"""Request checks at the edge, before any view or query sees the data."""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext as _

logger = logging.getLogger("django.security.nul")

NUL = "\x00"


def _holds_nul(data) -> bool:
    return any(NUL in key or any(NUL in value for value in data.getlist(key)) for key in data)


class RejectNulMiddleware:
    """Answer 400 to a request whose query string or form fields hold a NUL character.

    No text a person types holds one, and PostgreSQL refuses it in any string ("A string
    literal cannot contain NUL"), so without this check ``/team/?q=%00`` or a login form with
    a NUL in it ends in a 500 wherever the value reaches a query. One check here covers every
    view. Uploaded files are not inspected: their readers (the people import) say what is
    wrong with the file.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _holds_nul(request.GET) or (request.method == "POST" and _holds_nul(request.POST)):
            logger.warning("Refused a request with a NUL character: %s", request.path)
            return HttpResponseBadRequest(
                _("The request holds a NUL character, which no form field accepts."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
