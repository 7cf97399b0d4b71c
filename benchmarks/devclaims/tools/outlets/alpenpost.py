# Alpenpost — Austrian daily from Bregenz (fictional), German, Atom, +02:00, newest first.
from _lib import C, N, item

OUTLET = dict(
    slug="alpenpost",
    name="Alpenpost",
    language="de",
    format="atom",
    order="newest",
    tz="offset",
    site="https://www.alpenpost.example",
    description="Nachrichten aus Vorarlberg, Tirol und der Welt",
)

S = "https://www.alpenpost.example/artikel/"


def ap(n, slug, *a, **k):
    return item(f"urn:uuid:5f1c2a10-9b7e-4c1d-8a01-{n:012d}", S + slug, *a, **k)


ITEMS = [
    ap(
        101,
        "hallbach-streicht-jobs-sachsen",
        "2025-10-01T11:15:00+02:00",
        "factory-zwickau",
        "industry",
        "Autozulieferer Hallbach streicht 1.200 Jobs in Sachsen",
        "Das Werk in Zwickau soll Ende 2026 schließen. Auch der Standort Graz mit rund 300 Beschäftigten "
        "wird überprüft.",
        counts=[
            C("t", "1.200", 1200, "count", "", "jobs", "zwickau-jobs"),
            C("s", "300", 300, "count", "", "jobs at Graz site"),
        ],
        noncounts=[N("s", "2026", "year")],
    ),
    ap(
        102,
        "kaunertal-gletscher-saisonstart",
        "2025-10-03T08:00:00+02:00",
        "single-ski-opening",
        "tourism",
        "Gletscherskigebiet im Kaunertal startet am 4. Oktober in die Saison",
        "Dutzende Pistenarbeiter bereiten die Hänge vor; 14 Lifte sollen zum Start in Betrieb gehen.",
        counts=[C("s", "14", 14, "count", "", "ski lifts")],
        noncounts=[N("t", "4. Oktober", "date"), N("s", "Dutzende", "vague")],
    ),
    ap(
        103,
        "diesel-oesterreich-billiger",
        "2025-10-08T10:00:00+02:00",
        "fuel-germany",
        "energy",
        "Diesel in Österreich deutlich billiger als in Deutschland",
        "Während Diesel in Deutschland laut AMB 1,79 Euro je Liter kostet, zahlen Autofahrer in Österreich "
        "im Schnitt 1,62 Euro.",
        counts=[
            C("s", "1,79 Euro", "1.79", "money", "EUR/l", "diesel price", "de-diesel"),
            C("s", "1,62 Euro", "1.62", "money", "EUR/l", "diesel price in Austria"),
        ],
    ),
    ap(
        104,
        "italien-18-milliarden-budget",
        "2025-10-11T14:30:00+02:00",
        "budget-italy-2026",
        "economy",
        "Italiens Regierung bringt 18-Milliarden-Budget auf den Weg",
        "Rom will 2026 unter anderem 1,2 Milliarden Euro zusätzlich in das Gesundheitssystem stecken.",
        counts=[
            C("t", "18-Milliarden", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("s", "1,2 Milliarden Euro", 1200000000, "money", "EUR", "health spending", "italy-health"),
        ],
        noncounts=[N("s", "2026", "year")],
    ),
    ap(
        105,
        "krakau-lehrer-protest",
        "2025-10-12T13:00:00+02:00",
        "protest-krakow-teachers",
        "protest",
        "Bis zu 50.000 Lehrer protestieren in Krakau",
        "Die Polizei zählte 18.000 Teilnehmer. Die Lehrer fordern 20 Prozent mehr Gehalt.",
        counts=[
            C("t", "50.000", 50000, "count", "", "protesters", "krakow-upto"),
            C("s", "18.000", 18000, "count", "", "protesters", "krakow-police"),
            C("s", "20 Prozent", 20, "percent", "%", "pay rise demanded", "krakow-payrise"),
        ],
    ),
    ap(
        106,
        "graz-marathon-kiptoo",
        "2025-10-12T16:30:00+02:00",
        "single-graz-marathon",
        "sports",
        "Graz-Marathon: Kenianer Kiptoo siegt in 2:09:14",
        "Der Steirer Lukas Pernthaler lief als 3. ins Ziel, 48 Sekunden hinter dem Sieger. Insgesamt waren "
        "7.500 Läuferinnen und Läufer am Start.",
        counts=[C("s", "7.500", 7500, "count", "", "runners")],
        noncounts=[N("t", "2:09:14", "race_time"), N("s", "3.", "ordinal"), N("s", "48 Sekunden", "duration")],
    ),
    ap(
        107,
        "bodensee-faehrunglueck",
        "2025-10-12T20:45:00+02:00",
        "ferry-bodensee",
        "maritime",
        "Fährunglück auf dem Bodensee: vier Tote",
        "Die Autofähre „Seestern“ ist vor Konstanz mit einem Lastschiff kollidiert. An Bord waren 120 Passagiere.",
        counts=[
            C("t", "vier", 4, "count", "", "dead", "ferry-dead-4"),
            C("s", "120", 120, "count", "", "passengers", "ferry-passengers"),
        ],
    ),
    ap(
        108,
        "bodensee-faehre-fuenf-tote",
        "2025-10-13T09:10:00+02:00",
        "ferry-bodensee",
        "maritime",
        "Bodensee-Fähre: Zahl der Toten steigt auf fünf",
        "Eine 71-jährige Frau aus Bregenz ist im Spital ihren Verletzungen erlegen. Die Zahl der Toten "
        "stieg damit von vier auf fünf.",
        counts=[
            C("t", "fünf", 5, "count", "", "dead", "ferry-dead-5"),
            C("s", "vier", 4, "count", "", "dead", "ferry-dead-4"),
            C("s", "fünf", 5, "count", "", "dead", "ferry-dead-5"),
        ],
        noncounts=[N("s", "71-jährige", "age")],
        updated="2025-10-13T11:25:00+02:00",
    ),
    ap(
        109,
        "sardinien-waldbrand-evakuierung",
        "2025-10-14T19:00:00+02:00",
        "wildfire-sardinia",
        "wildfire",
        "Waldbrand auf Sardinien: 1.100 Menschen in Sicherheit gebracht",
        "Unter den Evakuierten in der Provinz Oristano sind auch Urlauber aus Österreich.",
        counts=[C("t", "1.100", 1100, "count", "", "evacuated", "sardinia-evacuated")],
    ),
    ap(
        110,
        "italien-streik-nahverkehr",
        "2025-10-16T20:00:00+02:00",
        "strike-italy-transport",
        "labour",
        "Italien: 24-stündiger Streik im Nahverkehr",
        "Betroffen sind am Freitag auch Busse nach Südtirol. Reisende sollten am 17. Oktober mehr Zeit einplanen.",
        noncounts=[N("t", "24-stündiger", "duration"), N("s", "17. Oktober", "date")],
    ),
]
