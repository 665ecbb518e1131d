"""Ralph LRS (a real one, from PyPI) for the forwarding tests, a fault proxy in front of it,
and a forwarding target pointing through the proxy."""

import pytest

from learning.models import ForwardTarget
from learning.xapi.secrets import secret_encrypt
from tests import lrs


@pytest.fixture(scope="session")
def ralph(tmp_path_factory):
    """One Ralph for the session, on a free loopback port; its statements live in a
    temporary directory. Skipped only when PyPI cannot be reached to install it."""
    try:
        server = lrs.ralph_start(tmp_path_factory.mktemp("ralph"))
    except lrs.Unavailable as exc:
        pytest.skip(str(exc))
    yield server
    lrs.process_stop(server.process)


@pytest.fixture
def proxy(ralph):
    fault = lrs.FaultProxy(ralph.endpoint)
    yield fault
    fault.down()


@pytest.fixture
def forwarding(settings):
    """No linger (each drain sends what is due) and a short timeout, so faults are quick."""
    settings.XAPI_FORWARD_LINGER_SECONDS = 0
    settings.XAPI_FORWARD_TIMEOUT = 1


@pytest.fixture
def target(db, proxy, ralph, forwarding):
    return ForwardTarget.objects.create(
        name="Municipality LRS",
        endpoint=proxy.endpoint,
        username=ralph.username,
        secret_encrypted=secret_encrypt(ralph.password),
    )
