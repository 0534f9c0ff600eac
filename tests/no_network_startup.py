"""Kernel start-up file used by the test suite: refuse every connection that leaves this machine.

Copied into a private IPYTHONDIR by tests/conftest.py, so it runs in each notebook kernel before
the first cell. Loopback and Unix sockets stay allowed (the kernel talks to pytest over loopback).
"""

import socket as _socket

_real_connect = _socket.socket.connect
_LOOPBACK = ("127.", "::1", "localhost")


class NetworkBlockedError(OSError):
    """Raised when code under test tries to reach the network."""


def _guarded_connect(self, address):
    if self.family == getattr(_socket, "AF_UNIX", object()):
        return _real_connect(self, address)
    host = address[0] if isinstance(address, tuple) else str(address)
    if not str(host).startswith(_LOOPBACK):
        raise NetworkBlockedError(f"network access to {host!r} is blocked during the tests")
    return _real_connect(self, address)


_socket.socket.connect = _guarded_connect
