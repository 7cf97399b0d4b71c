# La Vigie de Montréal — Quebec French daily (fictional), Atom, -04:00 (EDT), SHUFFLED item order.
# Runs translated copies of Meridian Wire items from the wire's French service,
# credited "(Meridian)".  Thousands separator / space before % = NO-BREAK SPACE (U+00A0).
from _lib import NBSP, C, N, item

OUTLET = dict(
    slug="vigie-montreal",
    name="La Vigie de Montréal",
    language="fr",
    format="atom",
    order="shuffled",
    tz="offset",
    site="https://www.vigie-montreal.example",
    description="Montréal, le Québec et le monde",
)

S = "https://www.vigie-montreal.example/"
MW = "tag:meridian-wire.example,2025:"


def n(s):
    return s.replace(" ", NBSP)


def vg(num, path, *a, **k):
    return item(f"tag:vigie-montreal.example,2025:article-{num}", S + path + f"-{num}", *a, **k)


ITEMS = [
    vg(
        30518,
        "actualites/port-de-montreal-greve-debardeurs",
        "2025-10-06T06:20:00-04:00",
        "single-montreal-port-strike",
        "labour",
        "Port de Montréal : grève de 72 heures des " + n("1 100") + " débardeurs",
        "Le débrayage a commencé lundi à 7 h. Une quarantaine de navires attendent d'être déchargés.",
        counts=[
            C("t", n("1 100"), 1100, "count", "", "striking dockworkers"),
            C("s", "Une quarantaine", 40, "count", "", "ships waiting"),
        ],
        noncounts=[N("t", "72 heures", "duration"), N("s", "7 h", "time")],
    ),
    vg(
        30577,
        "international/italie-lampedusa-migrants",
        "2025-10-08T15:30:00-04:00",
        "migrants-lampedusa",
        "migration",
        "Italie : 1240 migrants débarquent à Lampedusa en 24 heures",
        "Au total, 1240 personnes sont arrivées à bord de 31 embarcations, selon les autorités italiennes, "
        "ce qui dépasse largement la capacité de 400 places du centre d'accueil de l'île. (Meridian)",
        counts=[
            C("t", "1240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "1240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "31", 31, "count", "", "boats", "lampedusa-boats"),
            C("s", "400", 400, "count", "", "reception capacity", "lampedusa-capacity"),
        ],
        noncounts=[N("t", "24 heures", "duration")],
        dup=(MW + "MW-20251007-0388", "syndication"),
    ),
    vg(
        30590,
        "international/espagne-pont-effondrement",
        "2025-10-09T08:00:00-04:00",
        "bridge-ourense",
        "infrastructure",
        "Cinq morts dans l'effondrement d'un pont dans le nord-ouest de l'Espagne",
        "Un pont routier enjambant le Miño près d'Ourense, en Galice, s'est effondré jeudi matin, faisant "
        "cinq morts et 11 blessés, selon les services d'urgence. (Meridian)",
        counts=[
            C("t", "Cinq", 5, "count", "", "dead", "ourense-dead"),
            C("s", "cinq", 5, "count", "", "dead", "ourense-dead"),
            C("s", "11", 11, "count", "", "injured", "ourense-injured"),
        ],
        dup=(MW + "MW-20251009-0433", "syndication"),
    ),
    vg(
        30641,
        "international/lac-de-constance-traversier-bilan",
        "2025-10-13T08:30:00-04:00",
        "ferry-bodensee",
        "maritime",
        "Lac de Constance : le bilan de la collision du traversier passe à cinq morts",
        "Une femme de 71 ans est morte lundi à l'hôpital, ce qui porte à cinq le nombre de victimes de la "
        "collision entre le traversier Seestern et une barge au large de Constance, selon la police. (Meridian)",
        counts=[
            C("t", "cinq", 5, "count", "", "dead", "ferry-dead-5"),
            C("s", "cinq", 5, "count", "", "dead", "ferry-dead-5"),
        ],
        noncounts=[N("s", "71 ans", "age")],
        dup=(MW + "MW-20251013-0611", "syndication"),
    ),
    vg(
        30655,
        "international/lyon-salmonellose",
        "2025-10-14T07:00:00-04:00",
        "poisoning-lyon",
        "health",
        "Lyon : 143 personnes victimes d'une salmonellose",
        "Une douzaine de personnes ont été hospitalisées après avoir mangé des repas servis dans des "
        "cantines scolaires.",
        counts=[
            C("t", "143", 143, "count", "", "sick", "lyon-sick"),
            C("s", "Une douzaine", 12, "count", "", "hospitalised", "lyon-hospitalised"),
        ],
    ),
    vg(
        30668,
        "voyage/greve-france-voyageurs-quebecois",
        "2025-10-14T16:00:00-04:00",
        "strike-france-rail",
        "labour",
        "Grève en France : des voyageurs québécois coincés à Paris",
        "La grève de 48 heures des cheminots français perturbe les correspondances ; seuls "
        + n("40 %")
        + " des trains régionaux circulent, selon l'exploitant.",
        counts=[C("s", n("40 %"), 40, "percent", "%", "regional trains running", "france-trains")],
        noncounts=[N("s", "48 heures", "duration")],
    ),
    vg(
        30712,
        "actualites/premiers-flocons-quebec",
        "2025-10-18T09:00:00-04:00",
        "single-quebec-first-snow",
        "weather",
        "Premiers flocons à Québec, 200 sorties de route",
        "La neige a commencé à tomber vers 6 h 30 samedi. Les policiers ont rapporté près de 200 sorties "
        "de route dans la région depuis le 17 octobre au soir.",
        counts=[
            C("t", "200", 200, "count", "", "cars off the road"),
            C("s", "200", 200, "count", "", "cars off the road"),
        ],
        noncounts=[N("s", "6 h 30", "time"), N("s", "17 octobre", "date")],
    ),
]
