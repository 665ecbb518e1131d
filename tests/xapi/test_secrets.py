"""Targets' passwords at rest: encrypted, readable with any configured key (rotation), and
a clear error, not garbage, when the key is gone."""

import pytest
from cryptography.fernet import Fernet

from learning.xapi.secrets import SecretUnreadable, secret_decrypt, secret_encrypt


def test_a_password_is_encrypted_and_reads_back():
    token = secret_encrypt("s3cret-pw")
    assert "s3cret-pw" not in token
    assert secret_decrypt(token) == "s3cret-pw"
    assert secret_encrypt("") == "" and secret_decrypt("") == ""


def test_rotating_the_key_keeps_old_passwords_readable(settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.XAPI_TARGET_KEY = old
    token = secret_encrypt("pw")
    settings.XAPI_TARGET_KEY = f"{new},{old}"
    assert secret_decrypt(token) == "pw"


def test_a_password_under_a_lost_key_is_a_clear_error(settings):
    token = secret_encrypt("pw")  # the key derived from SECRET_KEY
    settings.SECRET_KEY = "another-secret-key"
    with pytest.raises(SecretUnreadable, match="enter it again"):
        secret_decrypt(token)
