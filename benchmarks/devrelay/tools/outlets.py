"""Outlet metadata for devrelay (all outlets are invented)."""
# code: name, slug, language, format, offset minutes, offset spelling, order, base url, guid style, charref
OUTLETS = [
    # feeds.yaml order
    dict(code="KP", name="Kestrel Evening Post", city="Chicago", slug="kestrel-evening-post", lang="en", fmt="rss",
         off=-300, tzs="-0500", order="newest", base="https://www.kestrelpost.example", guid="permalink"),
    dict(code="BH", name="Bombay Harbour Times", city="Mumbai", slug="bombay-harbour-times", lang="en", fmt="rss",
         off=330, tzs="+0530", order="newest", base="https://bombayharbourtimes.example", guid="bht"),
    dict(code="HA", name="Havelländer Anzeiger", city="Potsdam", slug="havellaender-anzeiger", lang="de", fmt="rss",
         off=120, tzs="+0200", order="oldest", base="https://www.havellaender-anzeiger.example", guid="p"),
    dict(code="MR", name="Le Messager du Rhône", city="Lyon", slug="messager-du-rhone", lang="fr", fmt="rss",
         off=120, tzs="+0200", order="newest", base="https://www.messager-rhone.example", guid="permalink"),
    dict(code="MD", name="Meridian Dienst", city="(wire, German service)", slug="meridian-dienst", lang="de", fmt="atom",
         off=0, tzs="Z", order="newest", base="https://de.meridianwire.example", guid="urn-md"),
    dict(code="CC", name="El Correo del Cantábrico", city="Santander", slug="correo-cantabrico", lang="es", fmt="atom",
         off=120, tzs="+02:00", order="newest", base="https://www.correocantabrico.example", guid="tag"),
    dict(code="GA", name="Gazzetta dell'Adige", city="Verona", slug="gazzetta-adige", lang="it", fmt="atom",
         off=120, tzs="+02:00", order="shuffled", base="https://www.gazzettadelladige.example", guid="uuid"),
    dict(code="MW", name="Meridian Wire", city="(wire, English service)", slug="meridian-wire", lang="en", fmt="rss",
         off=0, tzs="GMT", order="newest", base="https://www.meridianwire.example", guid="mrd"),
    dict(code="KW", name="Kurier Wiślany", city="Kraków", slug="kurier-wislany", lang="pl", fmt="rss",
         off=120, tzs="+0200", order="newest", base="https://kurierwislany.example", guid="permalink"),
    dict(code="LV", name="Ленский вестник", city="Yakutsk", slug="lenskiy-vestnik", lang="ru", fmt="rss",
         off=540, tzs="+0900", order="newest", base="https://lenvestnik.example", guid="news-id", charref=True),
    dict(code="OM", name="Одеський маяк", city="Odesa", slug="odeskyi-mayak", lang="uk", fmt="atom",
         off=180, tzs="+03:00", order="newest", base="https://odesa-mayak.example", guid="permalink"),
    dict(code="JR", name="Jornal da Ribeira", city="Porto", slug="jornal-da-ribeira", lang="pt", fmt="rss",
         off=60, tzs="+0100", order="newest", base="https://www.jornaldaribeira.example", guid="jr"),
    dict(code="NG", name="Noordhollands Getij", city="Haarlem", slug="noordhollands-getij", lang="nl", fmt="atom",
         off=120, tzs="+02:00", order="newest", base="https://www.nhgetij.example", guid="permalink"),
]
BY_CODE = {o["code"]: o for o in OUTLETS}
