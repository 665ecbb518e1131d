"""The sign-in side's own view: "forgot password", limited per network address."""

from __future__ import annotations

from axes.helpers import get_client_ip_address
from django.contrib.auth import views as auth_views
from django.utils.translation import gettext as _

from learning.auth.forms import PasswordLinkForm, password_link_address_allowed


class PasswordResetView(auth_views.PasswordResetView):
    """ "Forgot password": a link for any active account with the address, including one
    with no password yet, limited per address here and per account in the form. The
    answer is the same whether an account exists or not."""

    form_class = PasswordLinkForm

    def form_valid(self, form):
        if not password_link_address_allowed(address=get_client_ip_address(self.request)):
            form.add_error(
                None,
                _("Too many password links were asked for from your network. Try again later."),
            )
            return self.form_invalid(form)
        return super().form_valid(form)
