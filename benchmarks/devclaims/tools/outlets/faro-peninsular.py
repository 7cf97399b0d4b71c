# El Faro Peninsular — Spanish national daily (fictional), RSS 2.0, +0200, newest first.
from _lib import C, N, item, repost

OUTLET = dict(
    slug="faro-peninsular",
    name="El Faro Peninsular",
    language="es",
    format="rss",
    order="newest",
    tz="offset",
    site="https://www.faro-peninsular.example",
    description="Noticias de España y del mundo",
)

S = "https://www.faro-peninsular.example/"


def fp(num, path, *a, **k):
    return item(f"faro-peninsular.example/noticia/{num}", S + path + f"-{num}.html", *a, **k)


E4 = fp(
    7734620,
    "galicia/revisaran-40-puentes-ourense",
    "2025-10-09T20:30:00+02:00",
    "bridge-ourense",
    "infrastructure",
    "Revisarán 40 puentes gallegos tras el derrumbe de Ourense",
    "Los cinco fallecidos son cuatro vecinos de la comarca y un camionero portugués de 52 años.",
    counts=[
        C("t", "40", 40, "count", "", "bridges to inspect", "ourense-bridges"),
        C("s", "cinco", 5, "count", "", "dead", "ourense-dead"),
        C("s", "cuatro", 4, "count", "", "local residents among dead", "ourense-local-dead"),
    ],
    noncounts=[N("s", "52 años", "age")],
)

ITEMS = [
    fp(
        7734401,
        "internacional/incendio-portugal-desalojo",
        "2025-10-05T08:15:00+02:00",
        "wildfire-leiria",
        "wildfire",
        "Un incendio en el centro de Portugal obliga a desalojar a 3.000 personas",
        "El fuego, declarado el sábado en Pombal (distrito de Leiria), avanza sin control. Más de 600 "
        "bomberos luchan contra las llamas.",
        counts=[
            C("t", "3.000", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "600", 600, "count", "", "firefighters", "leiria-firefighters"),
        ],
    ),
    fp(
        7734488,
        "andalucia/robo-joyeria-malaga-15-segundos",
        "2025-10-07T12:00:00+02:00",
        "single-malaga-robbery",
        "crime",
        "Roban una joyería del centro de Málaga en 15 segundos",
        "La Policía Nacional ha detenido a una mujer de 37 años como presunta autora del robo, cometido "
        "el 3 de octubre.",
        noncounts=[N("t", "15 segundos", "duration"), N("s", "37 años", "age"), N("s", "3 de octubre", "date")],
    ),
    fp(
        7734512,
        "internacional/lampedusa-migrantes",
        "2025-10-08T08:00:00+02:00",
        "migrants-lampedusa",
        "migration",
        "Llegan 1.240 migrantes a Lampedusa en un solo día",
        "Las 31 embarcaciones alcanzaron la isla en menos de 24 horas, según las autoridades italianas.",
        counts=[
            C("t", "1.240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "31", 31, "count", "", "boats", "lampedusa-boats"),
        ],
        noncounts=[N("s", "24 horas", "duration")],
    ),
    fp(
        7734577,
        "galicia/derrumbe-puente-mino-ourense",
        "2025-10-09T07:50:00+02:00",
        "bridge-ourense",
        "infrastructure",
        "Se derrumba un puente sobre el Miño en Ourense: al menos cinco muertos",
        "El viaducto, construido en 1968, cedió a las 6.40 horas con un camión y tres turismos encima. "
        "Hay además 11 heridos.",
        counts=[
            C("t", "cinco", 5, "count", "", "dead", "ourense-dead"),
            C("s", "tres", 3, "count", "", "cars on the bridge"),
            C("s", "11", 11, "count", "", "injured", "ourense-injured"),
        ],
        noncounts=[N("s", "1968", "year"), N("s", "6.40 horas", "time")],
    ),
    E4,
    repost(
        E4,
        "faro-peninsular.example/noticia/7734703",
        S + "galicia/revisaran-40-puentes-ourense-7734703.html",
        "2025-10-11T08:00:00+02:00",
    ),
    fp(
        7734719,
        "economia/italia-presupuestos-2026",
        "2025-10-11T10:15:00+02:00",
        "budget-italy-2026",
        "economy",
        "Italia aprueba unos presupuestos de 18.000 millones de euros para 2026",
        "Las cuentas incluyen 1.200 millones para sanidad.",
        counts=[
            C("t", "18.000 millones de euros", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("s", "1.200 millones", 1200000000, "money", "EUR", "health spending", "italy-health"),
        ],
        noncounts=[N("t", "2026", "year")],
    ),
    fp(
        7734780,
        "andalucia/explosion-gas-sevilla",
        "2025-10-13T13:00:00+02:00",
        "single-sevilla-gas",
        "local-accidents",
        "Explosión de gas en un bloque de Sevilla: dos heridos",
        "La deflagración se produjo a las 10.20 horas en el tercer piso de un edificio de la calle Feria. "
        "Fueron desalojados 24 vecinos.",
        counts=[C("t", "dos", 2, "count", "", "injured"), C("s", "24", 24, "count", "", "evacuated residents")],
        noncounts=[N("s", "10.20 horas", "time"), N("s", "tercer", "ordinal")],
    ),
    fp(
        7734836,
        "internacional/lyon-salmonela-comedores",
        "2025-10-15T09:00:00+02:00",
        "poisoning-lyon",
        "health",
        "Casi 150 intoxicados por salmonela en comedores escolares de Lyon",
        "Doce personas siguen hospitalizadas, según las autoridades sanitarias francesas.",
        counts=[
            C("t", "150", 150, "count", "", "sick", "lyon-sick-150"),
            C("s", "Doce", 12, "count", "", "hospitalised", "lyon-hospitalised"),
        ],
    ),
    fp(
        7734851,
        "internacional/cerdena-incendio-oristano",
        "2025-10-15T11:10:00+02:00",
        "wildfire-sardinia",
        "wildfire",
        "Cerdeña: 1.100 evacuados por un incendio cerca de Oristano",
        "Las llamas obligaron a desalojar viviendas y campings en la costa.",
        counts=[C("t", "1.100", 1100, "count", "", "evacuated", "sardinia-evacuated")],
    ),
    fp(
        7734877,
        "canarias/el-hierro-cayucos",
        "2025-10-16T09:30:00+02:00",
        "migrants-el-hierro",
        "migration",
        "Llegan 212 migrantes a El Hierro en tres cayucos",
        "Entre ellos viajaban 38 menores, según Salvamento Marítimo.",
        counts=[
            C("t", "212", 212, "count", "", "migrants arrived", "hierro-arrivals"),
            C("t", "tres", 3, "count", "", "boats", "hierro-boats"),
            C("s", "38", 38, "count", "", "minors", "hierro-minors"),
        ],
    ),
    fp(
        7734940,
        "internacional/genova-lluvias",
        "2025-10-18T21:05:00+02:00",
        "flood-genoa",
        "weather",
        "Génova registra 312 l/m² en 12 horas",
        "Unas 400 personas han sido desalojadas por las inundaciones.",
        counts=[
            C("t", "312 l/m²", 312, "measure", "l/m²", "rainfall", "genoa-rain"),
            C("s", "400", 400, "count", "", "evacuated", "genoa-evacuated"),
        ],
        noncounts=[N("t", "12 horas", "duration")],
    ),
    fp(
        7734962,
        "internacional/lisboa-protesta-vivienda",
        "2025-10-19T09:00:00+02:00",
        "protest-lisbon-housing",
        "protest",
        "Miles de personas protestan en Lisboa por el precio de la vivienda",
        "La policía cifró la asistencia en 3.000 personas y los organizadores, en 10.000.",
        counts=[
            C("s", "3.000", 3000, "count", "", "protesters", "lisbon-police"),
            C("s", "10.000", 10000, "count", "", "protesters", "lisbon-organisers"),
        ],
        noncounts=[N("t", "Miles", "vague")],
    ),
]
