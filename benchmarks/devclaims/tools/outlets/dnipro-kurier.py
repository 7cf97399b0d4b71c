# Дніпровий кур'єр — Ukrainian news site (fictional), Atom, +03:00, newest first.
from _lib import C, N, item

OUTLET = dict(
    slug="dnipro-kurier",
    name="Дніпровий кур'єр",
    language="uk",
    format="atom",
    order="newest",
    tz="offset",
    site="https://dnipro-kurier.example",
    description="Новини України та світу",
)

S = "https://dnipro-kurier.example/news/"


def dk(num, path, *a, **k):
    return item(f"tag:dnipro-kurier.example,2025:news-{num}", S + f"{path}-{num}", *a, **k)


ITEMS = [
    dk(
        88412,
        "kuzbas-zablokovani-girnyky",
        "2025-10-02T23:10:00+03:00",
        "mine-kuzbass",
        "mining",
        "У Кузбасі під землею заблоковані семеро гірників",
        "Після викиду метану на шахті «Північна Глибока» в Кемеровській області під землею залишаються "
        "семеро гірників, повідомляють російські ЗМІ.",
        counts=[
            C("t", "семеро", 7, "count", "", "trapped miners", "kuzbass-trapped"),
            C("s", "семеро", 7, "count", "", "trapped miners", "kuzbass-trapped"),
        ],
    ),
    dk(
        88460,
        "lvivianka-3-mistse-vesluvannia",
        "2025-10-05T15:00:00+03:00",
        "single-lviv-rowing",
        "sports",
        "Львів'янка посіла 3-тє місце на чемпіонаті Європи з веслування",
        "22-річна Ольга Мартинюк подолала дистанцію 2000 метрів за 7:31,42.",
        counts=[C("s", "2000 метрів", 2000, "measure", "m", "race distance")],
        noncounts=[N("t", "3-тє", "ordinal"), N("s", "22-річна", "age"), N("s", "7:31,42", "race_time")],
    ),
    dk(
        88533,
        "khakery-dani-kliientiv-niderlandy",
        "2025-10-08T10:30:00+03:00",
        "breach-rotterdam",
        "cyber",
        "Хакери викрали дані майже 200 тис. клієнтів нідерландської енергокомпанії",
        "Компанія Stroomhaven з Роттердама повідомила про кібератаку.",
        counts=[C("t", "200 тис.", 200000, "count", "", "records", "breach-records-200k")],
    ),
    dk(
        88590,
        "dvoie-rybalok-ostriv-dnipro",
        "2025-10-11T09:05:00+03:00",
        "single-dnipro-fishermen",
        "local-accidents",
        "Двоє рибалок провели ніч на острові посеред Дніпра",
        "Рятувальники забрали чоловіків о 6:15. Їхній човен перекинувся приблизно за 300 метрів від берега.",
        counts=[
            C("t", "Двоє", 2, "count", "", "stranded fishermen"),
            C("s", "300 метрів", 300, "measure", "m", "distance from shore"),
        ],
        noncounts=[N("s", "6:15", "time")],
    ),
    dk(
        88617,
        "krakiv-protest-vchyteliv",
        "2025-10-12T10:00:00+03:00",
        "protest-krakow-teachers",
        "protest",
        "У Кракові до 50 тисяч учителів вийшли на протест",
        "Поліція нарахувала 18 тис. учасників; вчителі вимагають підвищення зарплат на 20%.",
        counts=[
            C("t", "50 тисяч", 50000, "count", "", "protesters", "krakow-upto"),
            C("s", "18 тис.", 18000, "count", "", "protesters", "krakow-police"),
            C("s", "20%", 20, "percent", "%", "pay rise demanded", "krakow-payrise"),
        ],
    ),
    dk(
        88702,
        "vinnychchyna-zibrala-pshenytsiu",
        "2025-10-15T12:00:00+03:00",
        "harvest-vinnytsia",
        "agriculture",
        "Вінниччина зібрала 1,04 млн тонн пшениці",
        "Пшеницю зібрали з 227 тис. гектарів, повідомили в обласній адміністрації.",
        counts=[
            C("t", "1,04 млн тонн", 1040000, "measure", "t", "wheat harvest", "vinnytsia-wheat"),
            C("s", "227 тис. гектарів", 227000, "measure", "ha", "harvested area", "vinnytsia-area"),
        ],
    ),
    dk(
        88731,
        "ponad-milion-tonn-pshenytsi",
        "2025-10-16T13:00:00+03:00",
        "harvest-vinnytsia",
        "agriculture",
        "Понад мільйон тонн пшениці: Вінниччина серед лідерів жнив",
        "Область зібрала 1,04 млн тонн зерна пшениці — більше, ніж торік.",
        counts=[
            C("t", "мільйон тонн", 1000000, "measure", "t", "wheat harvest", "vinnytsia-wheat-1m"),
            C("s", "1,04 млн тонн", 1040000, "measure", "t", "wheat harvest", "vinnytsia-wheat"),
        ],
    ),
    dk(
        88766,
        "kyiv-opaliuvalnyi-sezon",
        "2025-10-17T10:20:00+03:00",
        "single-kyiv-heating",
        "city",
        "Опалювальний сезон у Києві стартує 20 жовтня",
        "Першими тепло отримають лікарні, школи та понад 2 тис. житлових будинків.",
        counts=[C("s", "2 тис.", 2000, "count", "", "apartment buildings")],
        noncounts=[N("t", "20 жовтня", "date")],
    ),
    dk(
        88820,
        "gdansk-nova-merka-yavka",
        "2025-10-20T11:00:00+03:00",
        "election-gdansk",
        "elections",
        "У Гданську обрали нову мерку: явка 42%",
        "Марта Кенджерська набрала 54% голосів.",
        counts=[
            C("t", "42%", 42, "percent", "%", "turnout", "gdansk-turnout"),
            C("s", "54%", 54, "percent", "%", "vote share", "gdansk-winner"),
        ],
    ),
]
