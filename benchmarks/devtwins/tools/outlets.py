"""Outlet metadata for devtwins (feeds.yaml order)."""

# tz: utc | eu_west (WEST->WET) | eu_central (CEST->CET) | eu_east (EEST->EET)
#     | samara (+04:00 fixed) | toronto (EDT, -04:00 all October)
# EU clocks go back on Sunday 25 October 2026 at 01:00 UTC.
# date: rss_gmt | rss_num | rss_short (no weekday-zero padding, no seconds)
#       | atom | atom_z | atom_ms
# order: newest | oldest | shuffled
OUTLETS = [
    dict(code="EN", name="The Severn Courier", lang="en", fmt="rss", tz="utc", date="rss_gmt",
         order="newest", slug="severn-courier", site="https://www.severncourier.example",
         guid="permalink", place="Bristol"),
    dict(code="CA", name="The Lakeshore Ledger", lang="en", fmt="atom", tz="toronto", date="atom",
         order="newest", slug="lakeshore-ledger", site="https://lakeshoreledger.example",
         guid="tag", place="Toronto"),
    dict(code="DE", name="Weserland Zeitung", lang="de", fmt="rss", tz="eu_central", date="rss_num",
         order="newest", slug="weserland-zeitung", site="https://weserland-zeitung.example",
         guid="p", place="Bremen"),
    dict(code="AT", name="Alpenland-Anzeiger", lang="de", fmt="atom", tz="eu_central", date="atom",
         order="newest", slug="alpenland-anzeiger", site="https://alpenland-anzeiger.example",
         guid="tag", place="Innsbruck"),
    dict(code="MN", name="Meridiano Noticias", lang="es", fmt="atom", tz="utc", date="atom_z",
         order="newest", slug="meridiano-noticias", site="https://meridiano.example",
         guid="urn", place="wire (Spanish service of Meridian Wire)"),
    dict(code="FR", name="Le Courrier du Rhône", lang="fr", fmt="rss", tz="eu_central", date="rss_num",
         order="newest", slug="courrier-du-rhone", site="https://www.courrier-du-rhone.example",
         guid="permalink", place="Lyon"),
    dict(code="ES", name="Diario del Cantábrico", lang="es", fmt="rss", tz="eu_central", date="rss_num",
         order="newest", slug="diario-del-cantabrico", site="https://diariodelcantabrico.example",
         guid="plain", place="Santander"),
    dict(code="OW", name="Meridian Wire", lang="en", fmt="rss", tz="utc", date="rss_num",
         order="newest", slug="meridian-wire", site="https://wire.meridian.example",
         guid="wire", place="wire (English service)"),
    dict(code="IT", name="Il Corriere Tirrenico", lang="it", fmt="atom", tz="eu_central", date="atom_ms",
         order="shuffled", slug="corriere-tirrenico", site="https://corrieretirrenico.example",
         guid="uuid", place="Livorno"),
    dict(code="PT", name="Jornal do Douro", lang="pt", fmt="rss", tz="eu_west", date="rss_num",
         order="newest", slug="jornal-do-douro", site="https://jornaldodouro.example",
         guid="colon", place="Porto"),
    dict(code="NL", name="De IJsselpost", lang="nl", fmt="atom", tz="eu_central", date="atom",
         order="oldest", slug="ijsselpost", site="https://ijsselpost.example",
         guid="permalink", place="Zwolle"),
    dict(code="PL", name="Kurier Śląski", lang="pl", fmt="rss", tz="eu_central", date="rss_short",
         order="newest", slug="kurier-slaski", site="https://kurierslaski.example",
         guid="permalink_num", place="Katowice"),
    dict(code="RU", name="Волжский вестник", lang="ru", fmt="rss", tz="samara", date="rss_num",
         order="newest", slug="volzhsky-vestnik", site="https://volzhsky-vestnik.example",
         guid="num", place="Samara"),
    dict(code="UK", name="Галицький вісник", lang="uk", fmt="atom", tz="eu_east", date="atom",
         order="newest", slug="halytskyi-visnyk", site="https://halytskyi-visnyk.example",
         guid="tag", place="Lviv", charrefs=True),
]

BY_CODE = {o["code"]: o for o in OUTLETS}
WIRES = {"OW", "MN"}
