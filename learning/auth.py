"""Authentication backends."""

from django.contrib.auth.backends import ModelBackend
from django.db.models import Q

from learning.models import User


class UsernameOrEmailBackend(ModelBackend):
    """Log in with a username (the employee number for imported staff) or an email address,
    either ignoring case."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        login = username.strip()
        user = (
            User.objects.filter(Q(username__iexact=login) | Q(email__iexact=login))
            .order_by("pk")
            .first()
        )
        if user is None:
            # Spend the same time as a real check, so timing does not reveal accounts.
            User().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
