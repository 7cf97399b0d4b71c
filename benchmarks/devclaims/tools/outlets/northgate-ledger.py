# The Northgate Ledger — English daily (fictional), RSS 2.0, times in GMT, newest first.
# Carries syndicated Meridian Wire copies (credit line "— Meridian Wire").
from _lib import C, N, item

OUTLET = dict(
    slug="northgate-ledger",
    name="The Northgate Ledger",
    language="en",
    format="rss",
    order="newest",
    tz="GMT",
    site="https://www.northgate-ledger.example",
    description="News from the North of England and the world",
)

S = "https://www.northgate-ledger.example/news/2025/10/"
MW = "tag:meridian-wire.example,2025:"

ITEMS = [
    item(
        "ngl-4471007",
        S + "02/hallbach-zwickau-plant-closure",
        "2025-10-02T10:10:00+00:00",
        "factory-zwickau",
        "industry",
        "German car-seat maker Hallbach to close Zwickau plant, cutting 1,200 jobs",
        "Hallbach Automotive said on Wednesday it would shut its plant in Zwickau, eastern Germany, "
        "by the end of 2026, cutting 1,200 jobs. The company blamed weak orders from electric-car makers. "
        "— Meridian Wire",
        counts=[
            C("t", "1,200", 1200, "count", "", "jobs", "zwickau-jobs"),
            C("s", "1,200", 1200, "count", "", "jobs", "zwickau-jobs"),
        ],
        noncounts=[N("s", "2026", "year")],
        dup=(MW + "MW-20251001-0042", "syndication"),
    ),
    item(
        "ngl-4471102",
        S + "03/manchester-bus-drivers-strike",
        "2025-10-03T17:00:00+00:00",
        "single-manchester-bus-strike",
        "labour",
        "Manchester bus drivers begin 48-hour strike over pay",
        "About 1,400 drivers employed by Irwell Buses walked out at 4am on Friday, halting 60 routes "
        "across Greater Manchester. The union says a 3.5% pay offer is not enough.",
        counts=[
            C("s", "1,400", 1400, "count", "", "striking drivers"),
            C("s", "60", 60, "count", "", "bus routes halted"),
            C("s", "3.5%", "3.5", "percent", "%", "pay offer"),
        ],
        noncounts=[N("t", "48-hour", "duration"), N("s", "4am", "time")],
    ),
    item(
        "ngl-4471166",
        S + "04/siberian-mine-two-dead",
        "2025-10-04T08:30:00+00:00",
        "mine-kuzbass",
        "mining",
        "Two dead in Siberian coal mine accident",
        "Two miners died and five were rescued after a methane outburst trapped seven men underground "
        "at the Severnaya Glubokaya mine in Russia's Kemerovo region. The rescue took 31 hours.",
        counts=[
            C("t", "Two", 2, "count", "", "dead", "kuzbass-dead"),
            C("s", "Two", 2, "count", "", "dead", "kuzbass-dead"),
            C("s", "five", 5, "count", "", "rescued miners", "kuzbass-rescued"),
            C("s", "seven", 7, "count", "", "trapped miners", "kuzbass-trapped"),
        ],
        noncounts=[N("s", "31 hours", "duration")],
    ),
    item(
        "ngl-4471230",
        S + "05/portugal-wildfire-thousands-flee",
        "2025-10-05T13:20:00+00:00",
        "wildfire-leiria",
        "wildfire",
        "Thousands flee as wildfire rages in central Portugal",
        "About 3,000 people have been evacuated from villages around Pombal, in the Leiria district, "
        "where the fire has burned 12,400 hectares, according to Portugal's civil protection agency.",
        counts=[
            C("s", "3,000", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "12,400 hectares", 12400, "measure", "ha", "burned area", "leiria-area"),
        ],
        noncounts=[N("t", "Thousands", "vague")],
    ),
    item(
        "ngl-4471318",
        S + "07/dutch-energy-firm-hack",
        "2025-10-07T09:15:00+00:00",
        "breach-rotterdam",
        "cyber",
        "Nearly 200,000 customers hit by Dutch energy firm hack",
        "Hackers stole personal and bank details of nearly 200,000 customers of Rotterdam-based "
        "supplier Stroomhaven, the company has said.",
        counts=[
            C("t", "200,000", 200000, "count", "", "records", "breach-records-200k"),
            C("s", "200,000", 200000, "count", "", "records", "breach-records-200k"),
        ],
    ),
    item(
        "ngl-4471377",
        S + "08/lampedusa-migrants-24-hours",
        "2025-10-08T16:30:00+00:00",
        "migrants-lampedusa",
        "migration",
        "1,240 migrants land on Italian island of Lampedusa in 24 hours",
        "A total of 1,240 people arrived on 31 boats, Italian authorities said, pushing the island's "
        "reception centre far beyond its capacity of 400. — Meridian Wire",
        counts=[
            C("t", "1,240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "1,240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "31", 31, "count", "", "boats", "lampedusa-boats"),
            C("s", "400", 400, "count", "", "reception capacity", "lampedusa-capacity"),
        ],
        noncounts=[N("t", "24 hours", "duration")],
        dup=(MW + "MW-20251007-0388", "syndication"),
    ),
    item(
        "ngl-4471421",
        S + "09/spain-bridge-collapse-kills-five",
        "2025-10-09T15:45:00+00:00",
        "bridge-ourense",
        "infrastructure",
        "Spanish bridge collapse kills five",
        "Five people died and 11 were hurt when a road bridge built in 1968 gave way near Ourense in "
        "Galicia, sending a lorry and several cars into the river Mino.",
        counts=[
            C("t", "five", 5, "count", "", "dead", "ourense-dead"),
            C("s", "Five", 5, "count", "", "dead", "ourense-dead"),
            C("s", "11", 11, "count", "", "injured", "ourense-injured"),
        ],
        noncounts=[N("s", "1968", "year")],
    ),
    item(
        "ngl-4471502",
        S + "12/italy-budget-2026",
        "2025-10-12T09:00:00+00:00",
        "budget-italy-2026",
        "economy",
        "Italy unveils €18bn budget for 2026",
        "Rome's package includes €1.2bn for the health service and tax cuts for middle earners.",
        counts=[
            C("t", "€18bn", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("s", "€1.2bn", 1200000000, "money", "EUR", "health spending", "italy-health"),
        ],
        noncounts=[N("t", "2026", "year")],
    ),
    item(
        "ngl-4471519",
        S + "12/cracow-teachers-march",
        "2025-10-12T11:30:00+00:00",
        "protest-krakow-teachers",
        "protest",
        "Up to 50,000 teachers march in Cracow",
        "Teachers in Cracow are demanding a 20% pay rise; police estimated Saturday's crowd at 18,000.",
        counts=[
            C("t", "50,000", 50000, "count", "", "protesters", "krakow-upto"),
            C("s", "20%", 20, "percent", "%", "pay rise demanded", "krakow-payrise"),
            C("s", "18,000", 18000, "count", "", "protesters", "krakow-police"),
        ],
    ),
    item(
        "ngl-4471566",
        S + "13/lake-constance-ferry-toll-five",
        "2025-10-13T10:00:00+00:00",
        "ferry-bodensee",
        "maritime",
        "Lake Constance ferry death toll rises to five",
        "A 71-year-old woman died in hospital on Monday, raising the death toll from Sunday's collision "
        "between the car ferry Seestern and a cargo barge off Konstanz to five, police said. — Meridian Wire",
        counts=[
            C("t", "five", 5, "count", "", "dead", "ferry-dead-5"),
            C("s", "five", 5, "count", "", "dead", "ferry-dead-5"),
        ],
        noncounts=[N("s", "71-year-old", "age")],
        dup=(MW + "MW-20251013-0611", "syndication"),
    ),
    item(
        "ngl-4471630",
        S + "14/lyon-school-food-poisoning",
        "2025-10-14T13:30:00+00:00",
        "poisoning-lyon",
        "health",
        "Almost 150 sick in French school food poisoning outbreak",
        "Nearly 150 people, most of them children, have fallen ill in Lyon after eating school meals "
        "from a central kitchen; a dozen were taken to hospital.",
        counts=[
            C("t", "150", 150, "count", "", "sick", "lyon-sick-150"),
            C("s", "150", 150, "count", "", "sick", "lyon-sick-150"),
            C("s", "a dozen", 12, "count", "", "hospitalised", "lyon-hospitalised"),
        ],
    ),
    item(
        "ngl-4471688",
        S + "15/french-rail-strike-second-day",
        "2025-10-15T07:30:00+00:00",
        "strike-france-rail",
        "labour",
        "French rail strike enters second day",
        "Travellers heading to France face more disruption as a 48-hour strike by rail workers "
        "continues; only 40% of regional trains are running.",
        counts=[C("s", "40%", 40, "percent", "%", "regional trains running", "france-trains")],
        noncounts=[N("t", "second", "ordinal"), N("s", "48-hour", "duration")],
    ),
    item(
        "ngl-4471734",
        S + "16/vinnytsia-wheat-harvest",
        "2025-10-16T12:00:00+00:00",
        "harvest-vinnytsia",
        "agriculture",
        "Over a million tonnes of wheat harvested in Ukraine's Vinnytsia",
        "Farmers in the Vinnytsia region gathered more than a million tonnes of wheat this season, "
        "regional officials said.",
        counts=[
            C("t", "a million tonnes", 1000000, "measure", "t", "wheat harvest", "vinnytsia-wheat-1m"),
            C("s", "a million tonnes", 1000000, "measure", "t", "wheat harvest", "vinnytsia-wheat-1m"),
        ],
    ),
    item(
        "ngl-4471790",
        S + "17/leeds-river-aire-rescue",
        "2025-10-17T08:00:00+00:00",
        "single-leeds-river-rescue",
        "local-accidents",
        "45-year-old man rescued from River Aire in Leeds",
        "The man clung to a bridge pier for 20 minutes before firefighters reached him at 14:30 on "
        "Thursday. Three crews took part in the rescue.",
        counts=[C("s", "Three", 3, "count", "", "fire crews")],
        noncounts=[N("t", "45-year-old", "age"), N("s", "20 minutes", "duration"), N("s", "14:30", "time")],
    ),
    item(
        "ngl-4471855",
        S + "19/genoa-storms-rainfall",
        "2025-10-19T11:00:00+00:00",
        "flood-genoa",
        "weather",
        "Storms batter Genoa as 312mm of rain falls in 12 hours",
        "About 400 people were forced from their homes in the Italian port city, where rivers burst "
        "their banks overnight.",
        counts=[
            C("t", "312mm", 312, "measure", "mm", "rainfall", "genoa-rain"),
            C("s", "400", 400, "count", "", "evacuated", "genoa-evacuated"),
        ],
        noncounts=[N("t", "12 hours", "duration")],
    ),
]
