# Kurier Wiślany — Polish daily from Kraków (fictional), RSS 2.0, +0200, newest first.
# Thousands separator in full numbers = NO-BREAK SPACE (U+00A0); 4-digit numbers unseparated.
from _lib import NBSP, C, N, item, repost

OUTLET = dict(
    slug="kurier-wislany",
    name="Kurier Wiślany",
    language="pl",
    format="rss",
    order="newest",
    tz="offset",
    site="https://www.kurier-wislany.example",
    description="Wiadomości z Krakowa, Polski i świata",
)

S = "https://www.kurier-wislany.example/"


def n(s):
    return s.replace(" ", NBSP)


def kw(num, path, *a, **k):
    return item(f"kw-{num}", S + path + f",{num}.html", *a, **k)


K7 = kw(
    1190577,
    "krakow/marsz-nauczycieli-policja-organizatorzy",
    "2025-10-11T19:45:00+02:00",
    "protest-krakow-teachers",
    "protest",
    "Marsz nauczycieli w Krakowie. Policja: 18 tys., organizatorzy: 45 tys.",
    "Nauczyciele domagają się podwyżek o 20 proc. Marsz przeszedł z Błoń na Rynek Główny.",
    counts=[
        C("t", "18 tys.", 18000, "count", "", "protesters", "krakow-police"),
        C("t", "45 tys.", 45000, "count", "", "protesters", "krakow-organisers"),
        C("s", "20 proc.", 20, "percent", "%", "pay rise demanded", "krakow-payrise"),
    ],
)

ITEMS = [
    kw(
        1190345,
        "swiat/hallbach-zamyka-fabryke-zwickau",
        "2025-10-01T16:05:00+02:00",
        "factory-zwickau",
        "industry",
        "Niemiecki Hallbach zamyka fabrykę w Zwickau. Pracę straci 1200 osób",
        "Producent foteli samochodowych zamknie zakład do końca 2026 r. Wśród zwalnianych jest "
        "kilkudziesięciu pracowników z Polski.",
        counts=[C("t", "1200", 1200, "count", "", "jobs", "zwickau-jobs")],
        noncounts=[N("s", "2026", "year"), N("s", "kilkudziesięciu", "vague")],
    ),
    kw(
        1190388,
        "swiat/kuzbas-gornicy-uwiezieni",
        "2025-10-03T09:00:00+02:00",
        "mine-kuzbass",
        "mining",
        "Rosja: siedmiu górników uwięzionych w kopalni w Kuzbasie",
        "Po wyrzucie metanu w kopalni Siewiernaja Głubokaja pod ziemią pozostaje siedmiu górników. "
        "Akcja ratunkowa trwa od ponad 12 godzin.",
        counts=[
            C("t", "siedmiu", 7, "count", "", "trapped miners", "kuzbass-trapped"),
            C("s", "siedmiu", 7, "count", "", "trapped miners", "kuzbass-trapped"),
        ],
        noncounts=[N("s", "12 godzin", "duration")],
    ),
    kw(
        1190421,
        "kraj/sondaz-wiek-emerytalny",
        "2025-10-06T07:30:00+02:00",
        "poll-pl-pensions",
        "polls",
        "Sondaż: 61 proc. Polaków przeciw podniesieniu wieku emerytalnego",
        "Badanie przeprowadzono 1–3 października na próbie 1012 dorosłych. Błąd pomiaru wynosi ±3 pkt proc.",
        counts=[
            C("t", "61 proc.", 61, "percent", "%", "oppose raising retirement age", "poll-pl-pension"),
            C("s", "1012", 1012, "count", "", "respondents", "poll-pl-sample"),
        ],
        noncounts=[N("s", "1–3 października", "date"), N("s", "±3 pkt proc.", "margin")],
    ),
    kw(
        1190436,
        "swiat/wyciek-danych-stroomhaven",
        "2025-10-06T12:30:00+02:00",
        "breach-rotterdam",
        "cyber",
        "Wyciek danych 182 tys. klientów holenderskiej firmy energetycznej",
        "Hakerzy wykradli dane " + n("182 000") + " klientów spółki Stroomhaven z Rotterdamu, w tym numery "
        "kont bankowych.",
        counts=[
            C("t", "182 tys.", 182000, "count", "", "records", "breach-records"),
            C("s", n("182 000"), 182000, "count", "", "records", "breach-records"),
        ],
    ),
    kw(
        1190470,
        "swiat/lampedusa-migranci-doba",
        "2025-10-08T14:40:00+02:00",
        "migrants-lampedusa",
        "migration",
        "Lampedusa: w ciągu doby przypłynęło 1240 migrantów",
        "Na wyspę dotarło 31 łodzi. Ośrodek dla migrantów jest przepełniony.",
        counts=[
            C("t", "1240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "31", 31, "count", "", "boats", "lampedusa-boats"),
        ],
    ),
    kw(
        1190552,
        "krakow/tysiace-nauczycieli-na-ulicach",
        "2025-10-11T15:10:00+02:00",
        "protest-krakow-teachers",
        "protest",
        "Kraków: tysiące nauczycieli na ulicach",
        "Według policji w marszu idzie 18 tys. osób, organizatorzy mówią o 45 tys.",
        counts=[
            C("s", "18 tys.", 18000, "count", "", "protesters", "krakow-police"),
            C("s", "45 tys.", 45000, "count", "", "protesters", "krakow-organisers"),
        ],
        noncounts=[N("t", "tysiące", "vague")],
    ),
    K7,
    kw(
        1190590,
        "swiat/wlochy-budzet-2026",
        "2025-10-12T10:00:00+02:00",
        "budget-italy-2026",
        "economy",
        "Włochy: budżet na 2026 r. wart 18 mld euro",
        "Na ochronę zdrowia rząd w Rzymie przeznaczy 1,2 mld euro.",
        counts=[
            C("t", "18 mld euro", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("s", "1,2 mld euro", 1200000000, "money", "EUR", "health spending", "italy-health"),
        ],
        noncounts=[N("t", "2026", "year")],
    ),
    repost(
        K7, "kw-1190611", S + "krakow/marsz-nauczycieli-policja-organizatorzy,1190611.html", "2025-10-13T08:00:00+02:00"
    ),
    kw(
        1190634,
        "swiat/katastrofa-promu-jezioro-bodenskie",
        "2025-10-13T14:00:00+02:00",
        "ferry-bodensee",
        "maritime",
        "Katastrofa promu na Jeziorze Bodeńskim. Nie żyje pięć osób",
        "Prom zderzył się z barką w pobliżu Konstancji. 23 osoby zostały ranne.",
        counts=[
            C("t", "pięć", 5, "count", "", "dead", "ferry-dead-5"),
            C("s", "23", 23, "count", "", "injured", "ferry-injured"),
        ],
    ),
    kw(
        1190688,
        "lodz/zderzenie-tramwajow",
        "2025-10-15T17:00:00+02:00",
        "single-lodz-tram",
        "local-accidents",
        "Zderzenie tramwajów w Łodzi. Pięciu rannych",
        "Do wypadku doszło o 7:40 na skrzyżowaniu al. Kościuszki i ul. Zielonej. 45-letni motorniczy "
        "trafił do szpitala.",
        counts=[C("t", "Pięciu", 5, "count", "", "injured")],
        noncounts=[N("s", "7:40", "time"), N("s", "45-letni", "age")],
    ),
    kw(
        1190702,
        "swiat/obwod-winnicki-pszenica",
        "2025-10-16T09:00:00+02:00",
        "harvest-vinnytsia",
        "agriculture",
        "Obwód winnicki zebrał 1,04 mln ton pszenicy",
        "To jeden z najlepszych wyników na Ukrainie w tym sezonie.",
        counts=[C("t", "1,04 mln ton", 1040000, "measure", "t", "wheat harvest", "vinnytsia-wheat")],
    ),
    kw(
        1190790,
        "kraj/gdansk-wybory-frekwencja",
        "2025-10-19T21:10:00+02:00",
        "election-gdansk",
        "elections",
        "Gdańsk wybrał prezydentkę. Frekwencja 42 proc.",
        "Według sondażu exit poll Marta Kędzierska zdobyła 54 proc. głosów. Błąd statystyczny wynosi ±3 pkt proc.",
        counts=[
            C("t", "42 proc.", 42, "percent", "%", "turnout", "gdansk-turnout"),
            C("s", "54 proc.", 54, "percent", "%", "vote share", "gdansk-winner"),
        ],
        noncounts=[N("s", "±3 pkt proc.", "margin")],
    ),
    kw(
        1190812,
        "kraj/kedzierska-prezydentka-gdanska",
        "2025-10-20T08:00:00+02:00",
        "election-gdansk",
        "elections",
        "Marta Kędzierska prezydentką Gdańska",
        "Komisja wyborcza potwierdziła: zwyciężczyni zdobyła 54 proc. głosów przy frekwencji 42 proc. "
        "Zaprzysiężenie odbędzie się 3 listopada.",
        counts=[
            C("s", "54 proc.", 54, "percent", "%", "vote share", "gdansk-winner"),
            C("s", "42 proc.", 42, "percent", "%", "turnout", "gdansk-turnout"),
        ],
        noncounts=[N("s", "3 listopada", "date")],
    ),
]
