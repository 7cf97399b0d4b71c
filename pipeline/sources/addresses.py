"""Which IP addresses a feed fetch may contact: the SSRF policy, and the one DNS lookup it is applied to.

Only globally routable unicast addresses are fetched from, judged by the IPv4 address an IPv6 one carries where
there is one (mapped, 6to4, Teredo, NAT64). A feed with `allow_private` may also reach private, loopback and
shared (100.64/10) addresses, but never link-local or cloud-metadata ones.
"""

from __future__ import annotations

import ipaddress
import socket

from pipeline.sources.base import FetchError, clip

ALWAYS_REFUSED_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "169.254.0.0/16",  # IPv4 link-local: AWS/GCP/Azure/OpenStack metadata at 169.254.169.254
        "fe80::/10",  # IPv6 link-local
        "fd00:ec2::254/128",  # AWS metadata over IPv6
        "100.100.100.200/32",  # Alibaba Cloud metadata
    )
)
"""Refused even for a feed with `allow_private: true`."""
_SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")  # CGNAT / Tailscale: a trusted mirror may live here
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_ipv4(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, Teredo, NAT64), which is where packets really go."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(address: str) -> bool:
    """Globally routable unicast, including any IPv4 address embedded in an IPv6 one."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    embedded = _embedded_ipv4(ip)
    if embedded is not None and not is_public_address(str(embedded)):
        return False
    return ip.is_global and not ip.is_multicast


def address_refusal(address: str, allow_private: bool) -> str | None:
    """Why `address` must not be contacted (None: it may).

    Link-local, metadata, multicast and unspecified addresses are always refused; private and loopback addresses
    (and the shared 100.64/10 space) only when `allow_private` (the outlet's own, configured host).
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return "unparseable"
    candidates = [ip, *filter(None, [_embedded_ipv4(ip)])]
    for candidate in candidates:
        if (
            candidate.is_link_local
            or candidate.is_multicast
            or candidate.is_unspecified
            or any(candidate in network for network in ALWAYS_REFUSED_NETWORKS)
        ):
            return "link-local/metadata"
    if is_public_address(address):
        return None
    if allow_private and all(c.is_private or c.is_loopback or c in _SHARED_ADDRESS_SPACE for c in candidates):
        return None
    return "non-public"


def resolve_host(host: str, port: int) -> list[str]:
    """Every address `host` resolves to for TCP on `port`; a failed lookup is `unreachable`."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError("unreachable", f"cannot resolve {clip(host)}: {exc.strerror}") from exc
    return [info[4][0] for info in infos]
