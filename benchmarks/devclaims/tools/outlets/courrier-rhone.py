# Le Courrier du Rhône — French regional daily from Lyon (fictional), RSS 2.0, +0200, newest first.
# Thousands separator and the space before % are NARROW NO-BREAK SPACES (U+202F).
from _lib import NNBSP, C, N, item

OUTLET = dict(
    slug="courrier-rhone",
    name="Le Courrier du Rhône",
    language="fr",
    format="rss",
    order="newest",
    tz="offset",
    site="https://www.courrier-rhone.example",
    description="L'actualité de Lyon, de la région et du monde",
)

S = "https://www.courrier-rhone.example/"


def n(s):
    return s.replace(" ", NNBSP)  # for number surfaces only


def cr(num, path, *a, **k):
    return item(f"courrier-rhone-2025-{num}", S + path + f"_{num}.html", *a, **k)


ITEMS = [
    cr(
        10421,
        "economie/allemagne-hallbach-zwickau",
        "2025-10-02T08:20:00+02:00",
        "factory-zwickau",
        "industry",
        "Allemagne : l'équipementier Hallbach ferme son usine de Zwickau, " + n("1 200") + " emplois supprimés",
        "Le fabricant de sièges automobiles fermera le site d'ici fin 2026, invoquant la faiblesse des "
        "commandes des constructeurs de voitures électriques.",
        counts=[C("t", n("1 200"), 1200, "count", "", "jobs", "zwickau-jobs")],
        noncounts=[N("s", "2026", "year")],
    ),
    cr(
        10466,
        "monde/portugal-incendie-leiria",
        "2025-10-05T10:30:00+02:00",
        "wildfire-leiria",
        "wildfire",
        "Portugal : " + n("3 000") + " personnes évacuées face à un incendie près de Leiria",
        "Plus de 600 pompiers luttent contre les flammes autour de Pombal, dans le centre du pays.",
        counts=[
            C("t", n("3 000"), 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "600", 600, "count", "", "firefighters", "leiria-firefighters"),
        ],
    ),
    cr(
        10473,
        "region/grenoble-telepherique-panne",
        "2025-10-05T19:10:00+02:00",
        "single-grenoble-cable-car",
        "local-accidents",
        "Grenoble : 40 passagers bloqués trois heures dans le téléphérique",
        "C'est la troisième panne de l'année pour les « bulles » de la Bastille. Les passagers ont été "
        "évacués vers 17 h 30.",
        counts=[C("t", "40", 40, "count", "", "stranded passengers")],
        noncounts=[N("t", "trois heures", "duration"), N("s", "troisième", "ordinal"), N("s", "17 h 30", "time")],
    ),
    cr(
        10502,
        "monde/pays-bas-piratage-stroomhaven",
        "2025-10-06T09:10:00+02:00",
        "breach-rotterdam",
        "cyber",
        "Pays-Bas : les données de " + n("182 000") + " clients d'un fournisseur d'énergie piratées",
        "Noms, adresses et coordonnées bancaires des clients de Stroomhaven, basé à Rotterdam, ont été dérobés.",
        counts=[C("t", n("182 000"), 182000, "count", "", "records", "breach-records")],
    ),
    cr(
        10548,
        "monde/lampedusa-migrants",
        "2025-10-08T09:45:00+02:00",
        "migrants-lampedusa",
        "migration",
        "Lampedusa : " + n("1 240") + " migrants débarqués en vingt-quatre heures",
        "Les autorités italiennes font état de l'arrivée de 31 embarcations sur la petite île.",
        counts=[
            C("t", n("1 240"), 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "31", 31, "count", "", "boats", "lampedusa-boats"),
        ],
        noncounts=[N("t", "vingt-quatre heures", "duration")],
    ),
    cr(
        10583,
        "monde/espagne-pont-effondre-galice",
        "2025-10-09T11:20:00+02:00",
        "bridge-ourense",
        "infrastructure",
        "Espagne : cinq morts dans l'effondrement d'un pont en Galice",
        "L'ouvrage, construit en 1968, s'est effondré jeudi matin près d'Orense. Onze personnes ont été blessées.",
        counts=[
            C("t", "cinq", 5, "count", "", "dead", "ourense-dead"),
            C("s", "Onze", 11, "count", "", "injured", "ourense-injured"),
        ],
        noncounts=[N("s", "1968", "year")],
    ),
    cr(
        10627,
        "economie/italie-budget-2026",
        "2025-10-11T16:00:00+02:00",
        "budget-italy-2026",
        "economy",
        "Italie : un budget de 18 milliards d'euros pour 2026",
        "Le gouvernement prévoit notamment 1,2 milliard d'euros supplémentaires pour la santé.",
        counts=[
            C("t", "18 milliards d'euros", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("s", "1,2 milliard d'euros", 1200000000, "money", "EUR", "health spending", "italy-health"),
        ],
        noncounts=[N("t", "2026", "year")],
    ),
    cr(
        10655,
        "monde/pologne-enseignants-cracovie",
        "2025-10-12T15:00:00+02:00",
        "protest-krakow-teachers",
        "protest",
        "Pologne : entre " + n("18 000") + " et " + n("45 000") + " enseignants manifestent à Cracovie",
        "Les enseignants réclament une hausse de salaire de " + n("20 %") + ".",
        counts=[
            C("t", n("18 000"), 18000, "count", "", "protesters", "krakow-police"),
            C("t", n("45 000"), 45000, "count", "", "protesters", "krakow-organisers"),
            C("s", n("20 %"), 20, "percent", "%", "pay rise demanded", "krakow-payrise"),
        ],
    ),
    cr(
        10679,
        "monde/lac-de-constance-collision-ferry",
        "2025-10-13T07:30:00+02:00",
        "ferry-bodensee",
        "maritime",
        "Lac de Constance : quatre morts dans une collision entre un ferry et une barge",
        "Vingt-trois personnes ont été blessées dimanche soir au large de Constance.",
        counts=[
            C("t", "quatre", 4, "count", "", "dead", "ferry-dead-4"),
            C("s", "Vingt-trois", 23, "count", "", "injured", "ferry-injured"),
        ],
    ),
    cr(
        10690,
        "france/greve-cheminots-48-heures",
        "2025-10-13T12:05:00+02:00",
        "strike-france-rail",
        "labour",
        "Grève de 48 heures dans les chemins de fer à partir de mardi",
        "L'Union des cheminots appelle à cesser le travail contre la réforme des retraites du secteur. "
        "Seuls " + n("40 %") + " des trains régionaux devraient circuler.",
        counts=[C("s", n("40 %"), 40, "percent", "%", "regional trains running", "france-trains")],
        noncounts=[N("t", "48 heures", "duration")],
    ),
    cr(
        10702,
        "lyon/intoxication-cantines",
        "2025-10-13T18:30:00+02:00",
        "poisoning-lyon",
        "health",
        "Intoxication alimentaire dans des cantines lyonnaises : 143 malades",
        "Parmi eux, 97 enfants. Une cuisine centrale de Villeurbanne est mise en cause.",
        counts=[
            C("t", "143", 143, "count", "", "sick", "lyon-sick"),
            C("s", "97", 97, "count", "", "sick children", "lyon-children"),
        ],
    ),
    cr(
        10719,
        "lyon/salmonellose-143-cas",
        "2025-10-14T08:05:00+02:00",
        "poisoning-lyon",
        "health",
        "Salmonellose à Lyon : 143 personnes intoxiquées, une douzaine hospitalisées",
        "<p>L'Agence régionale de santé confirme <b>143 cas</b>, dont 97 enfants de six écoles. "
        "La cuisine centrale a été fermée pour 15 jours.</p>",
        html=True,
        counts=[
            C("t", "143", 143, "count", "", "sick", "lyon-sick"),
            C("t", "une douzaine", 12, "count", "", "hospitalised", "lyon-hospitalised"),
            C("s", "143", 143, "count", "", "sick", "lyon-sick"),
            C("s", "97", 97, "count", "", "sick children", "lyon-children"),
            C("s", "six", 6, "count", "", "schools", "lyon-schools"),
        ],
        noncounts=[N("s", "15 jours", "duration")],
    ),
    cr(
        10744,
        "france/greve-cheminots-grevistes",
        "2025-10-14T19:05:00+02:00",
        "strike-france-rail",
        "labour",
        "Grève des cheminots : " + n("31 %") + " de grévistes mardi, selon la direction",
        "Le mouvement, entamé mardi à 4 heures, doit se poursuivre jusqu'à jeudi 4 heures.",
        counts=[C("t", n("31 %"), 31, "percent", "%", "strikers")],
        noncounts=[N("s", "4 heures", "time"), N("s", "4 heures", "time")],
    ),
    cr(
        10791,
        "monde/anvers-passerelle-effondree",
        "2025-10-17T08:00:00+02:00",
        "footbridge-antwerp",
        "infrastructure",
        "Anvers : une dizaine de blessés dans l'effondrement d'une passerelle",
        "La passerelle piétonne s'est effondrée jeudi soir pendant un festival de lumières sur les quais de l'Escaut.",
        counts=[C("t", "une dizaine", 10, "count", "", "injured", "antwerp-injured")],
    ),
    cr(
        10833,
        "monde/genes-intemperies",
        "2025-10-19T09:10:00+02:00",
        "flood-genoa",
        "weather",
        "Intempéries à Gênes : 312 mm de pluie en douze heures",
        "Quelque 400 personnes ont dû quitter leur logement.",
        counts=[
            C("t", "312 mm", 312, "measure", "mm", "rainfall", "genoa-rain"),
            C("s", "400", 400, "count", "", "evacuated", "genoa-evacuated"),
        ],
        noncounts=[N("t", "douze heures", "duration")],
    ),
]
