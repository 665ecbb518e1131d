"""Forms for signing in and for password links, with their rate limits."""

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from learning.models import User


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label=_("Email or employee number"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    # Django's message names the model's "username"; the field here says what people type.
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "That email or employee number and password do not match an account. Check both "
            "and try again; the password is case-sensitive."
        ),
    }


class PasswordLinkForm(PasswordResetForm):
    """Django's reset form, for every active account with the address, including those with
    no usable password yet (imported people): Django's own skips them, so they could
    never set one. Each mail goes out in the person's language (``Person.preferred_language``)
    and counts against the account's limit (``password_link_allowed``); over it, the mail is
    silently not sent, so the page never tells whether an account exists."""

    #: False when the caller has checked the account's limit itself.
    count_against_limit = True

    def get_users(self, email):
        users = User.objects.filter(email__iexact=email.strip(), is_active=True)
        return (
            user
            for user in users.select_related("person")
            if not self.count_against_limit or password_link_allowed(user=user)
        )

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        user = context["user"]
        language = getattr(getattr(user, "person", None), "preferred_language", "") or None
        with translation.override(language or settings.LANGUAGE_CODE):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


def _limited(key: str, limit: int) -> bool:
    """Count one more use of ``key`` in the window; True when that goes over ``limit``."""
    window = settings.PASSWORD_LINK_WINDOW_SECONDS
    key = f"{settings.PASSWORD_LINK_CACHE_PREFIX}{key}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def password_link_allowed(*, user: User) -> bool:
    """Whether another password link may be mailed to ``user`` now; counts this one."""
    return not _limited(f"password-link:user:{user.pk}", settings.PASSWORD_LINK_LIMIT_PER_ACCOUNT)


def password_link_address_allowed(*, address: str) -> bool:
    """Whether ``address`` (the client) may ask for another link now; counts this ask."""
    return not _limited(f"password-link:ip:{address}", settings.PASSWORD_LINK_LIMIT_PER_ADDRESS)
