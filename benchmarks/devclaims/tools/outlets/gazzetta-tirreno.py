# Gazzetta del Tirreno — Italian daily (fictional), Atom, +02:00, OLDEST first.
from _lib import C, N, item, repost

OUTLET = dict(
    slug="gazzetta-tirreno",
    name="Gazzetta del Tirreno",
    language="it",
    format="atom",
    order="oldest",
    tz="offset",
    site="https://www.gazzetta-tirreno.example",
    description="Notizie dall'Italia e dal mondo",
)

S = "https://www.gazzetta-tirreno.example/"


def gt(code, path, *a, **k):
    return item(f"https://www.gazzetta-tirreno.example/id/GT-2025-{code}", S + path + f"/GT-2025-{code}", *a, **k)


G13 = gt(
    "10-19-0507",
    "cronaca/genova-conta-i-danni",
    "2025-10-19T10:00:00+02:00",
    "flood-genoa",
    "weather",
    "Genova conta i danni dopo i 312 millimetri di pioggia",
    "Rientrano a casa 250 dei 400 sfollati. Chiuse le scuole fino a martedì.",
    counts=[
        C("t", "312 millimetri", 312, "measure", "mm", "rainfall", "genoa-rain"),
        C("s", "250", 250, "count", "", "evacuees returning home", "genoa-returning"),
        C("s", "400", 400, "count", "", "evacuated", "genoa-evacuated"),
    ],
)

ITEMS = [
    gt(
        "10-05-0119",
        "sport/ruffini-vince-coppa-tre-laghi",
        "2025-10-05T18:30:00+02:00",
        "single-cycling-tre-laghi",
        "sports",
        "Ruffini vince la Coppa dei Tre Laghi",
        "Il corridore toscano ha chiuso i 198 chilometri in 4:51:07, conquistando il terzo successo stagionale.",
        counts=[C("s", "198 chilometri", 198, "measure", "km", "race distance")],
        noncounts=[N("s", "4:51:07", "race_time"), N("s", "terzo", "ordinal")],
    ),
    gt(
        "10-06-0133",
        "esteri/portogallo-incendio-pombal",
        "2025-10-06T09:00:00+02:00",
        "wildfire-leiria",
        "wildfire",
        "Portogallo, incendio a Pombal: tremila evacuati",
        "Le fiamme hanno distrutto 12.400 ettari nel distretto di Leiria. In campo oltre 600 vigili del fuoco.",
        counts=[
            C("t", "tremila", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "12.400 ettari", 12400, "measure", "ha", "burned area", "leiria-area"),
            C("s", "600", 600, "count", "", "firefighters", "leiria-firefighters"),
        ],
    ),
    gt(
        "10-07-0142",
        "cronaca/lampedusa-sbarchi",
        "2025-10-07T19:30:00+02:00",
        "migrants-lampedusa",
        "migration",
        "Lampedusa, 1.240 migranti sbarcati in 24 ore",
        "Sono 31 le imbarcazioni arrivate sull'isola da ieri sera. L'hotspot di contrada Imbriacola "
        "ospita ora circa 1.900 persone.",
        counts=[
            C("t", "1.240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "31", 31, "count", "", "boats", "lampedusa-boats"),
            C("s", "1.900", 1900, "count", "", "people in hotspot"),
        ],
        noncounts=[N("t", "24 ore", "duration")],
    ),
    gt(
        "10-08-0171",
        "cronaca/lampedusa-trasferimenti",
        "2025-10-08T18:00:00+02:00",
        "migrants-lampedusa",
        "migration",
        "Lampedusa, trasferiti 700 migranti a Porto Empedocle",
        "Dopo i 1.240 arrivi di martedì, 700 persone hanno lasciato l'hotspot a bordo di un traghetto.",
        counts=[
            C("t", "700", 700, "count", "", "migrants transferred"),
            C("s", "1.240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "700", 700, "count", "", "migrants transferred"),
        ],
    ),
    gt(
        "10-09-0190",
        "esteri/spagna-crolla-ponte-galizia",
        "2025-10-09T13:00:00+02:00",
        "bridge-ourense",
        "infrastructure",
        "Spagna, crolla un ponte in Galizia: cinque morti e undici feriti",
        "Il viadotto sul fiume Miño, vicino a Ourense, è crollato all'alba con un camion e alcune auto sopra.",
        counts=[
            C("t", "cinque", 5, "count", "", "dead", "ourense-dead"),
            C("t", "undici", 11, "count", "", "injured", "ourense-injured"),
        ],
    ),
    gt(
        "10-10-0228",
        "economia/via-libera-manovra",
        "2025-10-10T23:55:00+02:00",
        "budget-italy-2026",
        "economy",
        "Via libera alla manovra: vale 18 miliardi",
        "Il Consiglio dei ministri ha approvato in nottata la legge di bilancio 2026.",
        counts=[C("t", "18 miliardi", 18000000000, "money", "EUR", "budget", "italy-budget")],
        noncounts=[N("s", "2026", "year")],
    ),
    gt(
        "10-11-0236",
        "economia/manovra-sanita",
        "2025-10-11T09:30:00+02:00",
        "budget-italy-2026",
        "economy",
        "Manovra da 18 miliardi di euro, alla sanità 1,2 miliardi",
        "<p>La legge di bilancio 2026 vale <b>18 miliardi di euro</b>. Alla sanità vanno "
        "<b>1,2 miliardi di euro</b>, al taglio del cuneo fiscale 4,5 miliardi.</p>",
        html=True,
        counts=[
            C("t", "18 miliardi di euro", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("t", "1,2 miliardi", 1200000000, "money", "EUR", "health spending", "italy-health"),
            C("s", "18 miliardi di euro", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("s", "1,2 miliardi di euro", 1200000000, "money", "EUR", "health spending", "italy-health"),
            C("s", "4,5 miliardi", 4500000000, "money", "EUR", "tax wedge cut"),
        ],
        noncounts=[N("s", "2026", "year")],
        updated="2025-10-11T12:10:00+02:00",
    ),
    gt(
        "10-13-0288",
        "esteri/lago-di-costanza-traghetto",
        "2025-10-13T11:00:00+02:00",
        "ferry-bodensee",
        "maritime",
        "Lago di Costanza, sale a cinque il bilancio delle vittime del traghetto",
        "Nello scontro tra il traghetto e una chiatta erano rimaste ferite 23 persone.",
        counts=[
            C("t", "cinque", 5, "count", "", "dead", "ferry-dead-5"),
            C("s", "23", 23, "count", "", "injured", "ferry-injured"),
        ],
    ),
    gt(
        "10-14-0310",
        "cronaca/incendio-oristanese",
        "2025-10-14T14:20:00+02:00",
        "wildfire-sardinia",
        "wildfire",
        "Incendio nell'Oristanese, evacuate 1.100 persone",
        "Le fiamme minacciano due villaggi turistici sulla costa.",
        counts=[
            C("t", "1.100", 1100, "count", "", "evacuated", "sardinia-evacuated"),
            C("s", "due", 2, "count", "", "tourist villages threatened"),
        ],
    ),
    gt(
        "10-14-0327",
        "esteri/lione-intossicazione-mense",
        "2025-10-14T17:00:00+02:00",
        "poisoning-lyon",
        "health",
        "Lione, intossicazione nelle mense scolastiche: 143 malati",
        "Tra loro 97 bambini. Chiusa la cucina centrale di Villeurbanne.",
        counts=[
            C("t", "143", 143, "count", "", "sick", "lyon-sick"),
            C("s", "97", 97, "count", "", "sick children", "lyon-children"),
        ],
    ),
    gt(
        "10-15-0341",
        "cronaca/oristanese-ettari-in-fumo",
        "2025-10-15T08:30:00+02:00",
        "wildfire-sardinia",
        "wildfire",
        "Oristanese, 2.300 ettari in fumo. Rientrano i 1.100 evacuati",
        "Il fronte del fuoco è stato spento nella notte dopo 30 ore di lavoro.",
        counts=[
            C("t", "2.300 ettari", 2300, "measure", "ha", "burned area", "sardinia-area"),
            C("t", "1.100", 1100, "count", "", "evacuated", "sardinia-evacuated"),
        ],
        noncounts=[N("s", "30 ore", "duration")],
    ),
    gt(
        "10-16-0398",
        "economia/sciopero-trasporti-venerdi",
        "2025-10-16T18:00:00+02:00",
        "strike-italy-transport",
        "labour",
        "Trasporti, venerdì sciopero di 24 ore",
        "Bus, tram e metro a rischio in tutta Italia. Garantite le fasce dalle 6 alle 9 e dalle 18 alle 21.",
        noncounts=[
            N("t", "24 ore", "duration"),
            N("s", "6", "time"),
            N("s", "9", "time"),
            N("s", "18", "time"),
            N("s", "21", "time"),
        ],
    ),
    gt(
        "10-18-0466",
        "cronaca/allerta-rossa-genova",
        "2025-10-18T16:00:00+02:00",
        "flood-genoa",
        "weather",
        "Allerta rossa a Genova: caduti 312 millimetri di pioggia in 12 ore",
        "Una ventina di persone soccorse dai vigili del fuoco in Val Bisagno.",
        counts=[
            C("t", "312 millimetri", 312, "measure", "mm", "rainfall", "genoa-rain"),
            C("s", "Una ventina", 20, "count", "", "people rescued"),
        ],
        noncounts=[N("t", "12 ore", "duration")],
    ),
    G13,
    repost(
        G13,
        "https://www.gazzetta-tirreno.example/id/GT-2025-10-20-0533",
        S + "cronaca/genova-conta-i-danni/GT-2025-10-20-0533",
        "2025-10-20T10:30:00+02:00",
    ),
]
