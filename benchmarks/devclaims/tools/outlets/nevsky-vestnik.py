# Невский вестник — Russian daily from St Petersburg (fictional), RSS 2.0, +0300, newest first.
from _lib import C, N, item

OUTLET = dict(
    slug="nevsky-vestnik",
    name="Невский вестник",
    language="ru",
    format="rss",
    order="newest",
    tz="offset",
    site="https://www.nevsky-vestnik.example",
    description="Новости Петербурга, России и мира",
)

S = "https://www.nevsky-vestnik.example/news/"


def nv(num, path, *a, **k):
    return item(f"nevsky-vestnik-{num}", S + f"{num}-{path}", *a, **k)


ITEMS = [
    nv(
        559302,
        "kuzbass-shakhta-zablokirovany-gorniaki",
        "2025-10-02T21:30:00+03:00",
        "mine-kuzbass",
        "mining",
        "В Кузбассе под землёй заблокированы семеро горняков",
        "На шахте «Северная Глубокая» в Кемеровской области произошёл выброс метана. На поверхность вывели 46 человек.",
        counts=[
            C("t", "семеро", 7, "count", "", "trapped miners", "kuzbass-trapped"),
            C("s", "46", 46, "count", "", "miners brought to surface", "kuzbass-surfaced"),
        ],
    ),
    nv(
        559377,
        "kuzbass-spasateli-podnyali-gorniakov",
        "2025-10-03T19:20:00+03:00",
        "mine-kuzbass",
        "mining",
        "Спасатели подняли пятерых горняков, двое погибли",
        "Из семерых горняков, заблокированных на шахте «Северная Глубокая», пятерых удалось спасти. "
        "Спасательная операция длилась 31 час.",
        counts=[
            C("t", "пятерых", 5, "count", "", "rescued miners", "kuzbass-rescued"),
            C("t", "двое", 2, "count", "", "dead", "kuzbass-dead"),
            C("s", "семерых", 7, "count", "", "trapped miners", "kuzbass-trapped"),
            C("s", "пятерых", 5, "count", "", "rescued miners", "kuzbass-rescued"),
        ],
        noncounts=[N("s", "31 час", "duration")],
    ),
    nv(
        559451,
        "portugaliya-lesnoy-pozhar-evakuatsiya",
        "2025-10-05T20:00:00+03:00",
        "wildfire-leiria",
        "wildfire",
        "В Португалии из-за лесного пожара эвакуированы 3 тыс. человек",
        "Пожар в районе Помбала в округе Лейрия уничтожил 12,4 тыс. гектаров леса.",
        counts=[
            C("t", "3 тыс.", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "12,4 тыс. гектаров", 12400, "measure", "ha", "burned area", "leiria-area"),
        ],
    ),
    nv(
        559488,
        "niderlandy-khakery-dannye-klientov",
        "2025-10-06T15:00:00+03:00",
        "breach-rotterdam",
        "cyber",
        "Хакеры похитили данные 182 тыс. клиентов нидерландской энергокомпании",
        "Утечка затронула клиентов компании Stroomhaven из Роттердама.",
        counts=[C("t", "182 тыс.", 182000, "count", "", "records", "breach-records")],
    ),
    nv(
        559530,
        "rostovskaya-oblast-urozhay-pshenitsy",
        "2025-10-09T10:00:00+03:00",
        "single-harvest-rostov",
        "agriculture",
        "Ростовская область собрала 4,1 млн тонн пшеницы",
        "Это на 8% меньше, чем годом ранее, сообщили в региональном минсельхозе.",
        counts=[
            C("t", "4,1 млн тонн", 4100000, "measure", "t", "wheat harvest"),
            C("s", "8%", 8, "percent", "%", "harvest decline"),
        ],
    ),
    nv(
        559577,
        "krakov-marsh-uchiteley",
        "2025-10-11T21:30:00+03:00",
        "protest-krakow-teachers",
        "protest",
        "В Кракове тысячи учителей вышли на марш",
        "По данным полиции, в шествии участвовали 18 тыс. человек, по данным организаторов — 45 тыс.",
        counts=[
            C("s", "18 тыс.", 18000, "count", "", "protesters", "krakow-police"),
            C("s", "45 тыс.", 45000, "count", "", "protesters", "krakow-organisers"),
        ],
        noncounts=[N("t", "тысячи", "vague")],
    ),
    nv(
        559590,
        "shakhmaty-peterburzhenka-tretye-mesto",
        "2025-10-12T14:10:00+03:00",
        "single-chess-spb",
        "sports",
        "17-летняя петербурженка заняла 3-е место на турнире в Сочи",
        "Анна Белозёрова набрала 6,5 очка из 9 возможных, уступила победительнице пол-очка и поднялась "
        "на пьедестал в 3-й раз в карьере.",
        counts=[
            C("s", "6,5", "6.5", "count", "", "points scored"),
            C("s", "9", 9, "count", "", "points possible"),
            C("s", "пол-очка", "0.5", "count", "", "points behind winner"),
        ],
        noncounts=[N("t", "17-летняя", "age"), N("t", "3-е", "ordinal"), N("s", "3-й", "ordinal")],
    ),
    nv(
        559633,
        "bodenskoe-ozero-parom-pogibshie",
        "2025-10-13T16:00:00+03:00",
        "ferry-bodensee",
        "maritime",
        "Число погибших при столкновении парома на Боденском озере выросло до пяти",
        "Ранее сообщалось о четырёх погибших. Скончалась 71-летняя пассажирка.",
        counts=[
            C("t", "пяти", 5, "count", "", "dead", "ferry-dead-5"),
            C("s", "четырёх", 4, "count", "", "dead", "ferry-dead-4"),
        ],
        noncounts=[N("s", "71-летняя", "age")],
    ),
    nv(
        559701,
        "vinnitskaya-oblast-pshenitsa",
        "2025-10-16T11:00:00+03:00",
        "harvest-vinnytsia",
        "agriculture",
        "Винницкая область собрала 1,04 млн тонн пшеницы",
        "Зерно убрали с 227 тыс. гектаров.",
        counts=[
            C("t", "1,04 млн тонн", 1040000, "measure", "t", "wheat harvest", "vinnytsia-wheat"),
            C("s", "227 тыс. гектаров", 227000, "measure", "ha", "harvested area", "vinnytsia-area"),
        ],
    ),
    nv(
        559744,
        "metro-sboy-passazhiry-v-tonnele",
        "2025-10-17T09:40:00+03:00",
        "single-spb-metro",
        "local-accidents",
        "Сбой в петербургском метро: сотни пассажиров застряли в поезде",
        "Поезд простоял в тоннеле между станциями 40 минут. Движение восстановили в 8:25.",
        noncounts=[N("t", "сотни", "vague"), N("s", "40 минут", "duration"), N("s", "8:25", "time")],
    ),
    nv(
        559812,
        "gdansk-vybory-mera-yavka",
        "2025-10-20T12:00:00+03:00",
        "election-gdansk",
        "elections",
        "В Гданьске выбрали мэра; явка составила 42%",
        "Победительница, Марта Кендзерская, набрала 54% голосов.",
        counts=[
            C("t", "42%", 42, "percent", "%", "turnout", "gdansk-turnout"),
            C("s", "54%", 54, "percent", "%", "vote share", "gdansk-winner"),
        ],
    ),
]
