"""Loopback-only networking for tests: a connect guard, a stub resolver and small scripted TCP servers.

* `ConnectGuard` replaces `socket.socket.connect`/`connect_ex` and `socket.create_connection` so that any attempt to
  reach an address outside 127.0.0.0/8 and ::1 raises `AssertionError` *and* is recorded (a fetcher that swallows
  the error still fails the test). tests/conftest.py installs it for the whole suite; `install()` does it in a
  child process.
* `StubResolver` answers `socket.getaddrinfo` for test host names (`news.test` → 127.0.0.1, `metadata.test` →
  169.254.169.254 …) without any DNS traffic; numeric hosts and `localhost` go to the real resolver (no network
  either), every other name fails as unknown.
* `scripted_server` runs a raw TCP server on 127.0.0.1 whose replies a test writes byte by byte (trickling, stalling).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

_REAL_GETADDRINFO = socket.getaddrinfo


def is_loopback(host: object) -> bool:
    """True for 127.0.0.0/8, ::1 (also IPv4-mapped) and the name `localhost`."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() == "localhost":
        return True
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


@dataclass
class ConnectGuard:
    """Refuses (and records) every outgoing connection that is not to loopback or a unix socket."""

    violations: list[str] = field(default_factory=list)

    def check(self, family: int, address: object, how: str) -> None:
        if family == getattr(socket, "AF_UNIX", object()):
            return
        host = address[0] if isinstance(address, tuple) and address else address
        if not is_loopback(host):
            message = f"test tried to reach a non-loopback address: {how}({address!r})"
            self.violations.append(message)
            raise AssertionError(message)

    def patches(self) -> list[tuple[object, str, object]]:
        """(target, attribute, replacement) triples, for `monkeypatch.setattr` or `install`."""
        guard = self
        real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
        real_create_connection = socket.create_connection

        def connect(sock: socket.socket, address: object) -> None:
            guard.check(sock.family, address, "connect")
            return real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: object) -> int:
            guard.check(sock.family, address, "connect_ex")
            return real_connect_ex(sock, address)

        def create_connection(address: tuple, *args, **kwargs) -> socket.socket:
            host = address[0]
            try:
                ipaddress.ip_address(str(host).split("%", 1)[0])
            except ValueError:
                pass  # a name: resolved by getaddrinfo, then each address goes through the guarded connect
            else:
                guard.check(socket.AF_INET, address, "create_connection")
            return real_create_connection(address, *args, **kwargs)

        return [
            (socket.socket, "connect", connect),
            (socket.socket, "connect_ex", connect_ex),
            (socket, "create_connection", create_connection),
        ]

    def install(self) -> None:
        """Apply the patches for good (a child process has no monkeypatch to undo them)."""
        for target, name, value in self.patches():
            setattr(target, name, value)


Answer = str | Sequence[str] | Callable[[], str | Sequence[str]]


class StubResolver:
    """A `socket.getaddrinfo` replacement: `answers` maps host names to addresses.

    An answer is an address, a list of addresses, or a callable giving the answer for each lookup (a rebinding
    resolver answers differently the second time). `lookups` records every name asked for.
    """

    def __init__(self, answers: Mapping[str, Answer]) -> None:
        self.answers = {name.lower(): answer for name, answer in answers.items()}
        self.lookups: list[str] = []

    def getaddrinfo(self, host, port, family=0, type=0, proto=0, flags=0):  # noqa: A002 (socket's signature)
        name = host.decode("ascii") if isinstance(host, bytes) else host
        key = (name or "").lower().strip("[]")
        if key not in self.answers:
            if name is None or key == "localhost":
                return _REAL_GETADDRINFO(host, port, family, type, proto, flags)
            try:
                ipaddress.ip_address(key.split("%", 1)[0])
            except ValueError:
                raise socket.gaierror(socket.EAI_NONAME, f"stub resolver: unknown test host {name!r}") from None
            return _REAL_GETADDRINFO(host, port, family, type, proto, flags | socket.AI_NUMERICHOST)
        self.lookups.append(key)
        answer = self.answers[key]
        if callable(answer):
            answer = answer()
        addresses = [answer] if isinstance(answer, str) else list(answer)
        number = int(port or 0)
        infos = []
        for address in addresses:
            if ipaddress.ip_address(address).version == 6:
                infos.append((socket.AF_INET6, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, number, 0, 0)))
            else:
                infos.append((socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, number)))
        return infos


def stub_resolver(monkeypatch, answers: Mapping[str, Answer]) -> StubResolver:
    """Install a `StubResolver` for the current test and return it."""
    resolver = StubResolver(answers)
    monkeypatch.setattr(socket, "getaddrinfo", resolver.getaddrinfo)
    return resolver


def rebinding(*answers: str | Sequence[str]) -> Callable[[], str | Sequence[str]]:
    """An answer that changes with each lookup: the first answer, then the next, staying on the last one."""
    remaining = list(answers)

    def answer() -> str | Sequence[str]:
        return remaining.pop(0) if len(remaining) > 1 else remaining[0]

    return answer


@dataclass
class ScriptedServer:
    """A raw TCP server on 127.0.0.1; `script(connection, server)` writes whatever the test wants."""

    port: int
    stopping: threading.Event
    received: list[bytes] = field(default_factory=list)
    connections: int = 0

    def url(self, path: str = "/", host: str = "127.0.0.1", scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}{path}"

    def pause(self, seconds: float) -> bool:
        """Sleep, but wake at once when the test ends; False once the server is stopping."""
        return not self.stopping.wait(seconds)


def read_request(connection: socket.socket, limit_s: float = 2.0) -> bytes:
    """What the client sent before going quiet: an HTTP request head, or a TLS ClientHello."""
    data, until = b"", time.monotonic() + limit_s
    connection.settimeout(0.2)
    while b"\r\n\r\n" not in data and time.monotonic() < until:
        try:
            chunk = connection.recv(65536)
        except TimeoutError:
            if data:
                break  # e.g. a ClientHello: no blank line, but the client is waiting for us now
            continue
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    return data


def trickle(connection: socket.socket, server: ScriptedServer, data: bytes, interval_s: float, limit_s: float) -> None:
    """Send `data` one byte per `interval_s` until done, the client hangs up, `limit_s` passes or the test ends.

    The limit keeps a test bounded even when the client under test has no deadline: the server hangs up, the
    fetch ends with some other error, and the test fails instead of hanging.
    """
    until = time.monotonic() + limit_s
    for index in range(len(data)):
        try:
            connection.sendall(data[index : index + 1])
        except OSError:
            return
        if time.monotonic() >= until or not server.pause(interval_s):
            return


@contextmanager
def scripted_server(script: Callable[[socket.socket, ScriptedServer], None]) -> Iterator[ScriptedServer]:
    """Serve `script` on 127.0.0.1 for the duration of the `with` block; every thread ends with it."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    server = ScriptedServer(port=listener.getsockname()[1], stopping=threading.Event())
    workers: list[threading.Thread] = []

    def handle(connection: socket.socket) -> None:
        with connection, suppress(OSError):
            script(connection, server)

    def accept_loop() -> None:
        while not server.stopping.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server.connections += 1
            worker = threading.Thread(target=handle, args=(connection,), daemon=True)
            workers.append(worker)
            worker.start()

    acceptor = threading.Thread(target=accept_loop, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        server.stopping.set()
        acceptor.join(timeout=2)
        listener.close()
        for worker in workers:
            worker.join(timeout=2)
