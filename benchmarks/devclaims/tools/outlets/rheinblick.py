# Rheinblick Zeitung — German regional daily (fictional), RSS 2.0, +0200 (CEST), OLDEST first.
from _lib import C, N, item

OUTLET = dict(
    slug="rheinblick",
    name="Rheinblick Zeitung",
    language="de",
    format="rss",
    order="oldest",
    tz="offset",
    site="https://www.rheinblick.example",
    description="Nachrichten aus dem Rheinland, Deutschland und der Welt",
)

S = "https://www.rheinblick.example/"


def rb(num, path, *a, **k):
    return item("rheinblick:" + str(num), S + path + "-" + str(num), *a, **k)


ITEMS = [
    rb(
        88213,
        "wirtschaft/hallbach-zwickau-schliessung",
        "2025-10-01T09:30:00+02:00",
        "factory-zwickau",
        "industry",
        "Hallbach schließt Werk in Zwickau – 1.200 Stellen betroffen",
        "Der Autozulieferer Hallbach Automotive will sein Werk in Zwickau bis Ende 2026 schließen. "
        "Betroffen sind 1.200 Beschäftigte.",
        counts=[
            C("t", "1.200", 1200, "count", "", "jobs", "zwickau-jobs"),
            C("s", "1.200", 1200, "count", "", "jobs", "zwickau-jobs"),
        ],
        noncounts=[N("s", "2026", "year")],
    ),
    rb(
        88297,
        "wirtschaft/zwickau-proteste-werksschliessung",
        "2025-10-02T18:00:00+02:00",
        "factory-zwickau",
        "industry",
        "Gewerkschaft kündigt Proteste gegen Werksschließung in Zwickau an",
        "Vor dem Werkstor versammelten sich am Donnerstag rund 800 Beschäftigte. Die Gewerkschaft will "
        "um jede der 1.200 Stellen kämpfen.",
        counts=[
            C("s", "800", 800, "count", "", "protesting workers"),
            C("s", "1.200", 1200, "count", "", "jobs", "zwickau-jobs"),
        ],
    ),
    rb(
        88341,
        "welt/sibirien-bergleute-eingeschlossen",
        "2025-10-03T11:30:00+02:00",
        "mine-kuzbass",
        "mining",
        "Sieben Bergleute in sibirischer Kohlegrube eingeschlossen",
        "In der Grube Sewernaja Glubokaja im Gebiet Kemerowo sind nach einem Methanausbruch sieben "
        "Bergleute eingeschlossen. 46 Kumpel konnten sich an die Oberfläche retten.",
        counts=[
            C("t", "Sieben", 7, "count", "", "trapped miners", "kuzbass-trapped"),
            C("s", "sieben", 7, "count", "", "trapped miners", "kuzbass-trapped"),
            C("s", "46", 46, "count", "", "miners brought to surface", "kuzbass-surfaced"),
        ],
    ),
    rb(
        88402,
        "region/koeln-strassenbahnunfall-deutz",
        "2025-10-04T22:00:00+02:00",
        "single-cologne-tram",
        "local-accidents",
        "Straßenbahnunfall in Köln: vier Verletzte",
        "Am Samstag gegen 20.15 Uhr stieß in Köln-Deutz eine Straßenbahn mit einem Lieferwagen zusammen. "
        "Der 58-jährige Fahrer des Lieferwagens wurde schwer verletzt.",
        counts=[C("t", "vier", 4, "count", "", "injured")],
        noncounts=[N("s", "20.15 Uhr", "time"), N("s", "58-jährige", "age")],
    ),
    rb(
        88455,
        "digital/datenleck-stroomhaven",
        "2025-10-06T07:45:00+02:00",
        "breach-rotterdam",
        "cyber",
        "Datenleck bei niederländischem Versorger: 182.000 Kundendaten gestohlen",
        "Betroffen sind Namen, Adressen und Kontonummern von Kunden des Rotterdamer Energieanbieters Stroomhaven.",
        counts=[C("t", "182.000", 182000, "count", "", "records", "breach-records")],
    ),
    rb(
        88490,
        "wirtschaft/dieselpreis-hoechststand",
        "2025-10-07T08:00:00+02:00",
        "fuel-germany",
        "energy",
        "Diesel so teuer wie seit März nicht mehr: 1,79 Euro je Liter",
        "Laut Autoclub AMB kostete Diesel am Montag im Bundesschnitt 1,79 Euro, Superbenzin 1,74 Euro. "
        "Vor einem Jahr lag der Dieselpreis 9 Cent niedriger.",
        counts=[
            C("t", "1,79 Euro", "1.79", "money", "EUR/l", "diesel price", "de-diesel"),
            C("s", "1,79 Euro", "1.79", "money", "EUR/l", "diesel price", "de-diesel"),
            C("s", "1,74 Euro", "1.74", "money", "EUR/l", "petrol price", "de-petrol"),
            C("s", "9 Cent", "0.09", "money", "EUR/l", "diesel price change"),
        ],
    ),
    rb(
        88533,
        "welt/lampedusa-migranten",
        "2025-10-08T12:15:00+02:00",
        "migrants-lampedusa",
        "migration",
        "1240 Migranten binnen eines Tages auf Lampedusa",
        "Die Menschen kamen nach Angaben der italienischen Behörden auf 31 Booten.",
        counts=[
            C("t", "1240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "31", 31, "count", "", "boats", "lampedusa-boats"),
        ],
    ),
    rb(
        88571,
        "welt/spanien-brueckeneinsturz-ourense",
        "2025-10-09T17:00:00+02:00",
        "bridge-ourense",
        "infrastructure",
        "Brückeneinsturz in Spanien: fünf Tote",
        "In Galicien ist bei Ourense eine Straßenbrücke über den Miño eingestürzt. Elf Menschen wurden verletzt.",
        counts=[
            C("t", "fünf", 5, "count", "", "dead", "ourense-dead"),
            C("s", "Elf", 11, "count", "", "injured", "ourense-injured"),
        ],
    ),
    rb(
        88604,
        "region/bingen-frachtschiff-auf-grund",
        "2025-10-10T14:00:00+02:00",
        "single-barge-rhine",
        "maritime",
        "Frachtschiff mit 1.200 Tonnen Weizen bei Bingen auf Grund gelaufen",
        "Der Rhein ist zwischen Bingen und St. Goar für die Schifffahrt gesperrt. Dutzende Schiffe warten "
        "auf die Weiterfahrt.",
        counts=[C("t", "1.200 Tonnen", 1200, "measure", "t", "wheat cargo")],
        noncounts=[N("s", "Dutzende", "vague")],
    ),
    rb(
        88650,
        "wirtschaft/italien-haushalt-2026",
        "2025-10-11T11:00:00+02:00",
        "budget-italy-2026",
        "economy",
        "Italien beschließt Haushalt über 18 Milliarden Euro",
        "Für das Gesundheitswesen sind im Etat für 2026 zusätzlich 1,2 Milliarden Euro vorgesehen.",
        counts=[
            C("t", "18 Milliarden Euro", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("s", "1,2 Milliarden Euro", 1200000000, "money", "EUR", "health spending", "italy-health"),
        ],
        noncounts=[N("s", "2026", "year")],
    ),
    rb(
        88688,
        "welt/krakau-lehrer-demonstration",
        "2025-10-12T08:30:00+02:00",
        "protest-krakow-teachers",
        "protest",
        "Krakau: Zehntausende Lehrer demonstrieren für mehr Geld",
        "Die Polizei sprach von 18.000 Teilnehmern, die Veranstalter von 45.000. Gefordert wird ein "
        "Gehaltsplus von 20 Prozent.",
        counts=[
            C("s", "18.000", 18000, "count", "", "protesters", "krakow-police"),
            C("s", "45.000", 45000, "count", "", "protesters", "krakow-organisers"),
            C("s", "20 Prozent", 20, "percent", "%", "pay rise demanded", "krakow-payrise"),
        ],
        noncounts=[N("t", "Zehntausende", "vague")],
    ),
    rb(
        88712,
        "welt/bodensee-faehrunglueck-konstanz",
        "2025-10-12T21:30:00+02:00",
        "ferry-bodensee",
        "maritime",
        "Vier Tote bei Fährunglück vor Konstanz",
        "Bei der Kollision der Autofähre „Seestern“ mit einem Frachtschiff auf dem Bodensee wurden zudem "
        "23 Menschen verletzt.",
        counts=[
            C("t", "Vier", 4, "count", "", "dead", "ferry-dead-4"),
            C("s", "23", 23, "count", "", "injured", "ferry-injured"),
        ],
    ),
    rb(
        88790,
        "welt/lyon-salmonellen-ausbruch",
        "2025-10-14T15:00:00+02:00",
        "poisoning-lyon",
        "health",
        "Fast 150 Erkrankte nach Salmonellen-Ausbruch in Lyon",
        "Betroffen sind vor allem Kinder aus sechs Schulen; zwölf Menschen kamen ins Krankenhaus.",
        counts=[
            C("t", "150", 150, "count", "", "sick", "lyon-sick-150"),
            C("s", "sechs", 6, "count", "", "schools", "lyon-schools"),
            C("s", "zwölf", 12, "count", "", "hospitalised", "lyon-hospitalised"),
        ],
    ),
    rb(
        88826,
        "welt/sardinien-waldbrand-oristano",
        "2025-10-15T10:00:00+02:00",
        "wildfire-sardinia",
        "wildfire",
        "Sardinien: Feuer vernichtet 2300 Hektar",
        "Die 1100 Evakuierten in der Provinz Oristano durften am Mittwoch in ihre Häuser zurückkehren.",
        counts=[
            C("t", "2300 Hektar", 2300, "measure", "ha", "burned area", "sardinia-area"),
            C("s", "1100", 1100, "count", "", "evacuated", "sardinia-evacuated"),
        ],
    ),
    rb(
        88871,
        "welt/antwerpen-fussgaengerbruecke",
        "2025-10-17T09:00:00+02:00",
        "footbridge-antwerp",
        "infrastructure",
        "Fußgängerbrücke in Antwerpen eingestürzt – rund zehn Verletzte",
        "Die Brücke am Scheldeufer gab während eines Lichterfestes nach. Zwei Verletzte schweben in Lebensgefahr.",
        counts=[
            C("t", "zehn", 10, "count", "", "injured", "antwerp-injured"),
            C("s", "Zwei", 2, "count", "", "seriously injured", "antwerp-serious"),
        ],
    ),
    rb(
        88876,
        "wirtschaft/ukraine-weizenernte-winnyzja",
        "2025-10-17T09:30:00+02:00",
        "harvest-vinnytsia",
        "agriculture",
        "Über eine Million Tonnen Weizen in der Region Winnyzja",
        "Die ukrainische Region meldet eine der besten Ernten der vergangenen Jahre.",
        counts=[C("t", "eine Million Tonnen", 1000000, "measure", "t", "wheat harvest", "vinnytsia-wheat-1m")],
    ),
    rb(
        88930,
        "welt/genua-unwetter",
        "2025-10-19T08:00:00+02:00",
        "flood-genoa",
        "weather",
        "Unwetter in Genua: 312 Liter pro Quadratmeter in zwölf Stunden",
        "Rund 400 Menschen mussten ihre Wohnungen verlassen.",
        counts=[
            C("t", "312 Liter", 312, "measure", "l/m²", "rainfall", "genoa-rain"),
            C("s", "400", 400, "count", "", "evacuated", "genoa-evacuated"),
        ],
        noncounts=[N("t", "zwölf Stunden", "duration")],
    ),
    rb(
        88967,
        "welt/danzig-buergermeisterwahl",
        "2025-10-20T09:30:00+02:00",
        "election-gdansk",
        "elections",
        "Danzig wählt neue Bürgermeisterin – Wahlbeteiligung 42 Prozent",
        "Marta Kędzierska erhielt bei der Nachwahl 54 Prozent der Stimmen.",
        counts=[
            C("t", "42 Prozent", 42, "percent", "%", "turnout", "gdansk-turnout"),
            C("s", "54 Prozent", 54, "percent", "%", "vote share", "gdansk-winner"),
        ],
    ),
]
