# De Scheldebode — Flemish/Dutch-language daily from Antwerp (fictional), Atom, +02:00, newest first.
from _lib import C, N, item

OUTLET = dict(
    slug="scheldebode",
    name="De Scheldebode",
    language="nl",
    format="atom",
    order="newest",
    tz="offset",
    site="https://www.scheldebode.example",
    description="Nieuws uit Antwerpen, Vlaanderen, Nederland en de wereld",
)

S = "https://www.scheldebode.example/"


def sb(code, path, *a, **k):
    return item(f"urn:scheldebode:artikel:2025:{code}", S + path, *a, **k)


ITEMS = [
    sb(
        "10:01:00118",
        "regio/gent-fietsenstalling-4000-plaatsen",
        "2025-10-01T14:00:00+02:00",
        "single-ghent-bike-parking",
        "city",
        "Gent opent fietsenstalling met 4.000 plaatsen",
        "De stalling onder het Sint-Pietersstation is sinds 1 oktober 24 uur per dag open.",
        counts=[C("t", "4.000", 4000, "count", "", "bicycle spaces")],
        noncounts=[N("s", "1 oktober", "date"), N("s", "24 uur", "duration")],
    ),
    sb(
        "10:05:00231",
        "economie/hackers-stelen-gegevens-stroomhaven",
        "2025-10-05T16:20:00+02:00",
        "breach-rotterdam",
        "cyber",
        "Hackers stelen gegevens van 182.000 klanten Stroomhaven",
        "Energieleverancier Stroomhaven uit Rotterdam meldt een datalek.",
        counts=[C("t", "182.000", 182000, "count", "", "records", "breach-records")],
    ),
    sb(
        "10:06:00254",
        "buitenland/bosbrand-portugal-evacuatie",
        "2025-10-06T11:40:00+02:00",
        "wildfire-leiria",
        "wildfire",
        "Bosbrand in Portugal: 3000 mensen geëvacueerd",
        "Bij Pombal, in het district Leiria, is al 12.400 hectare verwoest.",
        counts=[
            C("t", "3000", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "12.400 hectare", 12400, "measure", "ha", "burned area", "leiria-area"),
        ],
    ),
    sb(
        "10:08:00302",
        "economie/toezichthouder-datalek-stroomhaven",
        "2025-10-08T17:00:00+02:00",
        "breach-rotterdam",
        "cyber",
        "Toezichthouder onderzoekt datalek bij Stroomhaven",
        "<p>De toezichthouder start een onderzoek naar het datalek bij de Rotterdamse energieleverancier.</p>"
        "<p>Alle <b>182.000 getroffen klanten</b> krijgen deze week een brief en worden gewaarschuwd voor "
        "phishingmails met hun naam, adres en IBAN-nummer.</p>",
        html=True,
        counts=[C("s", "182.000", 182000, "count", "", "records", "breach-records")],
    ),
    sb(
        "10:09:00317",
        "binnenland/peiling-huurbevriezing",
        "2025-10-09T09:10:00+02:00",
        "single-poll-nl-housing",
        "polls",
        "Peiling: 38 procent wil huurbevriezing",
        "Het onderzoek onder 1.450 respondenten liep van 2 tot en met 6 oktober; de foutmarge is ±2,5 procentpunt.",
        counts=[
            C("t", "38 procent", 38, "percent", "%", "support rent freeze"),
            C("s", "1.450", 1450, "count", "", "respondents"),
        ],
        noncounts=[N("s", "2 tot en met 6 oktober", "date"), N("s", "±2,5 procentpunt", "margin")],
    ),
    sb(
        "10:15:00388",
        "buitenland/salmonella-uitbraak-lyon",
        "2025-10-15T10:15:00+02:00",
        "poisoning-lyon",
        "health",
        "Salmonella-uitbraak in Lyon: 143 zieken",
        "Onder hen zijn 97 kinderen uit zes basisscholen.",
        counts=[
            C("t", "143", 143, "count", "", "sick", "lyon-sick"),
            C("s", "97", 97, "count", "", "sick children", "lyon-children"),
            C("s", "zes", 6, "count", "", "schools", "lyon-schools"),
        ],
    ),
    sb(
        "10:16:00412",
        "antwerpen/voetgangersbrug-schelde-ingestort",
        "2025-10-16T21:15:00+02:00",
        "footbridge-antwerp",
        "infrastructure",
        "Voetgangersbrug aan de Schelde ingestort: een tiental gewonden",
        "De loopbrug bij het Steen begaf het rond 20.30 uur tijdens een lichtfestival.",
        counts=[C("t", "een tiental", 10, "count", "", "injured", "antwerp-injured")],
        noncounts=[N("s", "20.30 uur", "time")],
    ),
    sb(
        "10:17:00426",
        "antwerpen/stad-controleert-loopbruggen",
        "2025-10-17T12:00:00+02:00",
        "footbridge-antwerp",
        "infrastructure",
        "Stad laat alle 14 loopbruggen controleren na instorting",
        "Bij de instorting van de loopbrug bij het Steen raakten donderdagavond een tiental mensen gewond, "
        "twee van hen ernstig. De brug was pas 3 jaar oud; nu worden alle loopbruggen van de stad "
        "gecontroleerd.",
        counts=[
            C("t", "14", 14, "count", "", "footbridges to inspect"),
            C("s", "een tiental", 10, "count", "", "injured", "antwerp-injured"),
            C("s", "twee", 2, "count", "", "seriously injured", "antwerp-serious"),
        ],
        noncounts=[N("s", "3 jaar", "age")],
    ),
    sb(
        "10:19:00470",
        "sport/kiprono-wint-marathon-amsterdam",
        "2025-10-19T13:30:00+02:00",
        "marathon-amsterdam",
        "sports",
        "Kiprono wint marathon van Amsterdam in 2:05:48",
        "De Keniaan bleef landgenoot Wanjiru 11 seconden voor. Ruim 16.000 lopers gingen van start.",
        counts=[C("s", "16.000", 16000, "count", "", "runners")],
        noncounts=[N("t", "2:05:48", "race_time"), N("s", "11 seconden", "duration")],
    ),
]
