"""The 16 fictional outlets of devphase, in feeds.yaml order.

Each outlet has a code (used in the source files), a display name, a feed slug, an ISO 639-1 language, a feed
format (rss / atom), a UTC offset in minutes with the way its feed spells it, the order its feed lists items in,
and a guid style (see `guid_and_link`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Outlet:
    code: str
    name: str
    slug: str
    lang: str
    city: str
    fmt: str  # rss | atom
    offset_min: int
    offset_style: str  # how the offset is written: "GMT", "+0100", "+03:00", "Z"
    order: str  # newest | oldest | shuffled
    base: str
    note: str = ""


OUTLETS = [
    Outlet("PC", "The Pennine Courier", "pennine-courier", "en", "Leeds", "rss", 60, "+0100", "newest",
           "https://www.penninecourier.example", "regional daily; prints Lodestar Wire copy with small edits"),
    Outlet("RV", "Rift Valley Standard", "rift-valley-standard", "en", "Nairobi", "atom", 180, "+03:00", "newest",
           "https://riftvalleystandard.example", "Kenyan daily"),
    Outlet("DR", "Donau-Rundschau", "donau-rundschau", "de", "Regensburg", "rss", 120, "+0200", "oldest",
           "https://donau-rundschau.example", "Bavarian regional daily; feed lists oldest item first"),
    Outlet("LK", "Limmat-Kurier", "limmat-kurier", "de", "Zürich", "atom", 120, "+02:00", "newest",
           "https://limmat-kurier.example", "Swiss daily; thousands with an apostrophe (1'800), no ß"),
    Outlet("OL", "L'Observateur de la Loire", "observateur-loire", "fr", "Nantes", "rss", 120, "+0200", "newest",
           "https://observateur-loire.example", "writes numbers with raw U+00A0 (40 000, 31 %)"),
    Outlet("CP", "El Centinela del Plata", "centinela-del-plata", "es", "Montevideo", "rss", -180, "-0300",
           "newest", "https://centineladelplata.example", "Uruguayan daily"),
    Outlet("LN", "Lodestar Noticias", "lodestar-noticias", "es", "Ciudad de México", "atom", -360, "-06:00",
           "newest", "https://lodestarwire.example/es", "the wire's Spanish service, Mexico City desk"),
    Outlet("LG", "La Lanterna", "la-lanterna", "it", "Genova", "atom", 120, "+02:00", "shuffled",
           "https://lalanterna.example", "Ligurian daily; feed order shuffled"),
    Outlet("LW", "Lodestar Wire", "lodestar-wire", "en", "London", "rss", 0, "GMT", "newest",
           "https://lodestarwire.example/en", "English wire service"),
    Outlet("KW", "Kurier Warciański", "kurier-warcianski", "pl", "Poznań", "rss", 120, "+0200", "newest",
           "https://kurierwarcianski.example", "writes big numbers with raw U+00A0 (2 400)"),
    Outlet("VZ", "Волжская заря", "volzhskaya-zarya", "ru", "Самара", "rss", 240, "+0400", "newest",
           "https://volzhskaya-zarya.example", "Russian regional daily (Samara, UTC+4); writes U+00A0 as &#160;"),
    Outlet("SV", "Слобожанський вісник", "slobozhanskyi-visnyk", "uk", "Харків", "atom", 180, "+03:00", "newest",
           "https://slobozhanskyi-visnyk.example", "Kharkiv news site"),
    Outlet("OH", "Одеська хвиля", "odeska-khvylia", "uk", "Одеса", "rss", 180, "+0300", "newest",
           "https://odeska-khvylia.example", "Odesa news site"),
    Outlet("FC", "Folha do Capibaribe", "folha-do-capibaribe", "pt", "Recife", "rss", -180, "-0300", "newest",
           "https://folhadocapibaribe.example", "Brazilian Portuguese (bilhões, R$)"),
    Outlet("CM", "Correio do Mondego", "correio-do-mondego", "pt", "Coimbra", "atom", 60, "+01:00", "newest",
           "https://correiodomondego.example", "European Portuguese (mil milhões)"),
    Outlet("ZK", "Het Zuiderkwartier", "zuiderkwartier", "nl", "Maastricht", "rss", 120, "+0200", "newest",
           "https://zuiderkwartier.example", "Limburg daily"),
]
BY_CODE = {o.code: o for o in OUTLETS}

SEQ_BASE = {"LW": 40310, "LN": 88120, "DR": 21750, "LK": 6610, "CP": 51200, "KW": 73400, "VZ": 118900,
            "OH": 9050, "ZK": 3300, "LG": 0, "PC": 0, "RV": 0, "OL": 0, "SV": 0, "FC": 0, "CM": 0}


def guid_and_link(outlet: Outlet, key: str, utc: datetime, seq: int) -> tuple[str, bool, str]:
    """(guid, guid is a permalink, link) for an item; `seq` counts the outlet's items in time order from 1."""
    d = utc.strftime("%Y/%m/%d")
    n = SEQ_BASE[outlet.code] + seq
    c = outlet.code
    if c == "PC":
        link = f"{outlet.base}/news/{d}/{key}"
        return link, True, link
    if c == "RV":
        return f"tag:riftvalleystandard.example,2026:{key}", False, f"{outlet.base}/news/{key}"
    if c == "DR":
        return f"{outlet.base}/?p={n}", True, f"{outlet.base}/{utc:%Y/%m}/{key}/"
    if c == "LK":
        link = f"{outlet.base}/artikel/{n}-{key}"
        return link, True, link
    if c == "OL":
        link = f"{outlet.base}/actu/{key}.html"
        return link, True, link
    if c == "CP":
        return f"centinela:{n}", False, f"{outlet.base}/nota/{n}/{key}"
    if c == "LN":
        return f"urn:lodestar:es:{n}", False, f"{outlet.base}/{key}"
    if c == "LG":
        u = uuid.uuid5(uuid.NAMESPACE_URL, f"lalanterna/{key}")
        return f"urn:uuid:{u}", False, f"{outlet.base}/notizie/{key}"
    if c == "LW":
        return f"LSW-{utc:%Y%m%d}-{n}", False, f"{outlet.base}/story/{key}"
    if c == "KW":
        link = f"{outlet.base}/wiadomosci/{n},{key}.html"
        return link, True, link
    if c == "VZ":
        link = f"{outlet.base}/news/{n}"
        return link, True, link
    if c == "SV":
        link = f"{outlet.base}/novyny/{key}"
        return link, True, link
    if c == "OH":
        return f"oh-{n}", False, f"{outlet.base}/news/{key}"
    if c == "FC":
        link = f"{outlet.base}/noticias/{key}"
        return link, True, link
    if c == "CM":
        return f"tag:correiodomondego.example,{utc:%Y-%m-%d}:{key}", False, f"{outlet.base}/{key}"
    if c == "ZK":
        link = f"{outlet.base}/nieuws/{n}/{key}"
        return link, True, link
    raise KeyError(c)
