"""Outlet metadata for heldout5 (feeds.yaml order)."""

# tz: utc | winnipeg (CDT, -05:00 all period) | yekaterinburg (+05:00 fixed)
#     | eu_west (WET->WEST) | eu_central (CET->CEST) | eu_east (EET->EEST)
# EU and Ukrainian clocks go forward on Sunday 30 March 2025 at 01:00 UTC.
# date: rss_gmt | rss_num | rss_short (no day padding, no seconds) | atom | atom_z | atom_ms
# order: newest | oldest | shuffled
# guid: permalink | permalink_num | tag | p | plain | wire | uuid | colon | num
OUTLETS = [
    dict(code="TH", name="The Tamar Herald", lang="en", fmt="rss", tz="utc", date="rss_gmt",
         order="newest", slug="tamar-herald", site="https://www.tamarherald.example",
         guid="permalink", place="Plymouth"),
    dict(code="PD", name="The Prairie Dispatch", lang="en", fmt="atom", tz="winnipeg", date="atom",
         order="newest", slug="prairie-dispatch", site="https://prairiedispatch.example",
         guid="tag", place="Winnipeg"),
    dict(code="SK", name="Saale-Kurier", lang="de", fmt="rss", tz="eu_central", date="rss_num",
         order="newest", slug="saale-kurier", site="https://saale-kurier.example",
         guid="p", place="Halle (Saale)"),
    dict(code="OE", name="Ostsee-Echo", lang="de", fmt="atom", tz="utc", date="atom_z",
         order="newest", slug="ostsee-echo", site="https://ostsee-echo.example",
         guid="uuid", place="Rostock"),
    dict(code="GG", name="La Gazette de la Garonne", lang="fr", fmt="rss", tz="eu_central", date="rss_num",
         order="newest", slug="gazette-garonne", site="https://www.gazette-garonne.example",
         guid="permalink", place="Toulouse"),
    dict(code="HT", name="El Heraldo del Turia", lang="es", fmt="rss", tz="eu_central", date="rss_num",
         order="newest", slug="heraldo-del-turia", site="https://heraldodelturia.example",
         guid="plain", prefix="heraldo", place="Valencia"),
    dict(code="EN", name="El Eco del Nalón", lang="es", fmt="atom", tz="eu_central", date="atom",
         order="newest", slug="eco-del-nalon", site="https://ecodelnalon.example",
         guid="num", place="Langreo (Asturias)"),
    dict(code="BW", name="Beacon Wire", lang="en", fmt="rss", tz="utc", date="rss_num",
         order="newest", slug="beacon-wire", site="https://wire.beacon.example",
         guid="wire", prefix="BCN", place="wire (English service)"),
    dict(code="GA", name="La Gazzetta Adriatica", lang="it", fmt="atom", tz="eu_central", date="atom_ms",
         order="shuffled", slug="gazzetta-adriatica", site="https://gazzettaadriatica.example",
         guid="tag", place="Ancona"),
    dict(code="DM", name="Diário do Mondego", lang="pt", fmt="rss", tz="eu_west", date="rss_num",
         order="newest", slug="diario-do-mondego", site="https://diariodomondego.example",
         guid="colon", prefix="dmondego", place="Coimbra"),
    dict(code="SB", name="Het Scheldeblad", lang="nl", fmt="atom", tz="eu_central", date="atom",
         order="oldest", slug="scheldeblad", site="https://scheldeblad.example",
         guid="permalink", place="Antwerp"),
    dict(code="KN", name="Kurier Nadodrzański", lang="pl", fmt="rss", tz="eu_central", date="rss_short",
         order="newest", slug="kurier-nadodrzanski", site="https://kuriernadodrzanski.example",
         guid="permalink_num", place="Wrocław"),
    dict(code="DK", name="Dziennik Karpacki", lang="pl", fmt="atom", tz="eu_central", date="atom",
         order="newest", slug="dziennik-karpacki", site="https://dziennikkarpacki.example",
         guid="permalink", place="Nowy Sącz"),
    dict(code="UO", name="Уральский обозреватель", lang="ru", fmt="rss", tz="yekaterinburg", date="rss_num",
         order="newest", slug="uralsky-obozrevatel", site="https://uralsky-obozrevatel.example",
         guid="num", place="Yekaterinburg"),
    dict(code="PK", name="Придніпровський кур'єр", lang="uk", fmt="atom", tz="eu_east", date="atom",
         order="newest", slug="prydniprovskyi-kurier", site="https://prydniprovskyi-kurier.example",
         guid="tag", place="Dnipro", charrefs=True),
]

BY_CODE = {o["code"]: o for o in OUTLETS}
WIRES = {"BW"}
