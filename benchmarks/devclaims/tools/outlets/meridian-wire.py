# Meridian Wire — English-language wire service (fictional), Atom, times in UTC ("Z"), newest first.
# Its items are syndicated by The Northgate Ledger (English) and, via the wire's
# French service, by La Vigie de Montréal.
from _lib import C, N, item

OUTLET = dict(
    slug="meridian-wire",
    name="Meridian Wire",
    language="en",
    format="atom",
    order="newest",
    tz="Z",
    site="https://meridian-wire.example",
    description="Meridian Wire: world news service",
)

L = "https://meridian-wire.example/en/article/"
T = "tag:meridian-wire.example,2025:"


def mw(code, *a, **k):
    return item(T + code, L + code, *a, **k)


ITEMS = [
    mw(
        "MW-20251001-0042",
        "2025-10-01T12:40:00Z",
        "factory-zwickau",
        "industry",
        "German car-seat maker Hallbach to close Zwickau plant, cutting 1,200 jobs",
        "Hallbach Automotive said on Wednesday it would close its plant in Zwickau, eastern Germany, "
        "by the end of 2026, cutting 1,200 jobs. The company blamed weak orders from electric-car makers.",
        counts=[
            C("t", "1,200", 1200, "count", "", "jobs", "zwickau-jobs"),
            C("s", "1,200", 1200, "count", "", "jobs", "zwickau-jobs"),
        ],
        noncounts=[N("s", "2026", "year")],
    ),
    mw(
        "MW-20251003-0107",
        "2025-10-03T05:45:00Z",
        "mine-kuzbass",
        "mining",
        "Seven miners trapped after methane outburst in Siberian coal mine",
        "Seven miners were trapped underground after a methane outburst at the Severnaya Glubokaya mine "
        "in Russia's Kemerovo region late on Thursday, regional officials said. Another 46 were brought "
        "to the surface.",
        counts=[
            C("t", "Seven", 7, "count", "", "trapped miners", "kuzbass-trapped"),
            C("s", "Seven", 7, "count", "", "trapped miners", "kuzbass-trapped"),
            C("s", "46", 46, "count", "", "miners brought to surface", "kuzbass-surfaced"),
        ],
    ),
    mw(
        "MW-20251003-0151",
        "2025-10-03T17:55:00Z",
        "mine-kuzbass",
        "mining",
        "Two miners dead, five rescued after Siberian mine accident",
        "Rescuers brought five of the seven trapped miners to the surface at the Severnaya Glubokaya "
        "mine on Friday; two were found dead, officials said.",
        counts=[
            C("t", "Two", 2, "count", "", "dead", "kuzbass-dead"),
            C("t", "five", 5, "count", "", "rescued miners", "kuzbass-rescued"),
            C("s", "five", 5, "count", "", "rescued miners", "kuzbass-rescued"),
            C("s", "seven", 7, "count", "", "trapped miners", "kuzbass-trapped"),
            C("s", "two", 2, "count", "", "dead", "kuzbass-dead"),
        ],
    ),
    mw(
        "MW-20251004-0219",
        "2025-10-04T20:55:00Z",
        "wildfire-leiria",
        "wildfire",
        "Portugal wildfire forces 3,000 to evacuate near Leiria",
        "A wildfire burning since early Saturday around Pombal in central Portugal's Leiria district has "
        "forced 3,000 people from their homes, civil protection officials said. More than 600 "
        "firefighters are battling the flames.",
        counts=[
            C("t", "3,000", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "3,000", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "600", 600, "count", "", "firefighters", "leiria-firefighters"),
        ],
    ),
    mw(
        "MW-20251005-0262",
        "2025-10-05T15:10:00Z",
        "wildfire-leiria",
        "wildfire",
        "Portugal wildfire scorches 12,400 hectares; 3,000 still evacuated",
        "The fire near Pombal has burned 12,400 hectares, officials said on Sunday. About 3,000 evacuees "
        "remain in shelters and more than 600 firefighters are deployed.",
        counts=[
            C("t", "12,400 hectares", 12400, "measure", "ha", "burned area", "leiria-area"),
            C("t", "3,000", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "12,400 hectares", 12400, "measure", "ha", "burned area", "leiria-area"),
            C("s", "3,000", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "600", 600, "count", "", "firefighters", "leiria-firefighters"),
        ],
        updated="2025-10-05T15:40:00Z",
    ),
    mw(
        "MW-20251005-0281",
        "2025-10-05T19:30:00Z",
        "breach-rotterdam",
        "cyber",
        "Dutch energy supplier Stroomhaven says hackers stole 182,000 customer records",
        "Rotterdam-based Stroomhaven said names, addresses and bank account numbers of 182,000 customers "
        "were taken in an attack detected on Friday.",
        counts=[
            C("t", "182,000", 182000, "count", "", "records", "breach-records"),
            C("s", "182,000", 182000, "count", "", "records", "breach-records"),
        ],
    ),
    mw(
        "MW-20251006-0304",
        "2025-10-06T11:00:00Z",
        "poll-pl-pensions",
        "polls",
        "Poll: 61% of Poles oppose raising retirement age",
        "The survey of 1,012 adults, carried out on October 1-3, has a margin of error of ±3 percentage points.",
        counts=[
            C("t", "61%", 61, "percent", "%", "oppose raising retirement age", "poll-pl-pension"),
            C("s", "1,012", 1012, "count", "", "respondents", "poll-pl-sample"),
        ],
        noncounts=[N("s", "October 1-3", "date"), N("s", "±3 percentage points", "margin")],
    ),
    mw(
        "MW-20251007-0342",
        "2025-10-07T10:30:00Z",
        "fuel-germany",
        "energy",
        "German diesel price hits 1.79 euros a litre, highest since March",
        "Diesel averaged 1.79 euros per litre on Monday, the AMB motoring club said, while petrol cost 1.74 euros.",
        counts=[
            C("t", "1.79 euros", "1.79", "money", "EUR/l", "diesel price", "de-diesel"),
            C("s", "1.79 euros", "1.79", "money", "EUR/l", "diesel price", "de-diesel"),
            C("s", "1.74 euros", "1.74", "money", "EUR/l", "petrol price", "de-petrol"),
        ],
    ),
    mw(
        "MW-20251007-0388",
        "2025-10-07T21:10:00Z",
        "migrants-lampedusa",
        "migration",
        "1,240 migrants land on Lampedusa in 24 hours",
        "A total of 1,240 people arrived on 31 boats, Italian authorities said on Tuesday, pushing the "
        "island's reception centre far beyond its capacity of 400.",
        counts=[
            C("t", "1,240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "1,240", 1240, "count", "", "migrants arrived", "lampedusa-arrivals"),
            C("s", "31", 31, "count", "", "boats", "lampedusa-boats"),
            C("s", "400", 400, "count", "", "reception capacity", "lampedusa-capacity"),
        ],
        noncounts=[N("t", "24 hours", "duration")],
    ),
    mw(
        "MW-20251009-0433",
        "2025-10-09T07:30:00Z",
        "bridge-ourense",
        "infrastructure",
        "Five dead as bridge collapses in northwest Spain",
        "A road bridge over the Mino river near Ourense in Spain's Galicia region collapsed early on "
        "Thursday, killing five people and injuring 11, emergency services said.",
        counts=[
            C("t", "Five", 5, "count", "", "dead", "ourense-dead"),
            C("s", "five", 5, "count", "", "dead", "ourense-dead"),
            C("s", "11", 11, "count", "", "injured", "ourense-injured"),
        ],
    ),
    mw(
        "MW-20251010-0497",
        "2025-10-10T21:40:00Z",
        "budget-italy-2026",
        "economy",
        "Italy's cabinet approves 18 billion euro budget for 2026",
        "The Italian cabinet approved late on Friday a 2026 budget package worth 18 billion euro, "
        "including 1.2 billion euro for public health, the economy ministry said.",
        counts=[
            C("t", "18 billion euro", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("s", "18 billion euro", 18000000000, "money", "EUR", "budget", "italy-budget"),
            C("s", "1.2 billion euro", 1200000000, "money", "EUR", "health spending", "italy-health"),
        ],
        noncounts=[N("t", "2026", "year"), N("s", "2026", "year")],
    ),
    mw(
        "MW-20251011-0521",
        "2025-10-11T16:20:00Z",
        "protest-krakow-teachers",
        "protest",
        "Thousands of teachers march in Krakow over pay",
        "Police put the crowd at 18,000, while organisers said 45,000 people joined the march through the "
        "centre of the southern Polish city.",
        counts=[
            C("s", "18,000", 18000, "count", "", "protesters", "krakow-police"),
            C("s", "45,000", 45000, "count", "", "protesters", "krakow-organisers"),
        ],
        noncounts=[N("t", "Thousands", "vague")],
    ),
    mw(
        "MW-20251012-0574",
        "2025-10-12T20:05:00Z",
        "ferry-bodensee",
        "maritime",
        "Four dead as ferry collides with barge on Lake Constance",
        "A car ferry carrying 120 passengers collided with a cargo barge off Konstanz, Germany, on Sunday "
        "evening, killing four people and injuring 23, police said.",
        counts=[
            C("t", "Four", 4, "count", "", "dead", "ferry-dead-4"),
            C("s", "120", 120, "count", "", "passengers", "ferry-passengers"),
            C("s", "four", 4, "count", "", "dead", "ferry-dead-4"),
            C("s", "23", 23, "count", "", "injured", "ferry-injured"),
        ],
    ),
    mw(
        "MW-20251013-0611",
        "2025-10-13T08:40:00Z",
        "ferry-bodensee",
        "maritime",
        "Lake Constance ferry death toll rises to five",
        "A 71-year-old woman died in hospital on Monday, raising the death toll from Sunday's collision "
        "between the ferry Seestern and a cargo barge off Konstanz to five, police said.",
        counts=[
            C("t", "five", 5, "count", "", "dead", "ferry-dead-5"),
            C("s", "five", 5, "count", "", "dead", "ferry-dead-5"),
        ],
        noncounts=[N("s", "71-year-old", "age")],
    ),
    mw(
        "MW-20251014-0640",
        "2025-10-14T06:00:00Z",
        "strike-france-rail",
        "labour",
        "French rail workers start 48-hour strike over pensions",
        "Only 40% of regional trains are expected to run on Tuesday and Wednesday, the rail operator said.",
        counts=[C("s", "40%", 40, "percent", "%", "regional trains running", "france-trains")],
        noncounts=[N("t", "48-hour", "duration")],
    ),
    mw(
        "MW-20251014-0658",
        "2025-10-14T09:15:00Z",
        "poisoning-lyon",
        "health",
        "Salmonella outbreak linked to Lyon school kitchen sickens 143",
        "French health authorities said 143 people, 97 of them children, fell ill after eating meals from "
        "a central kitchen in Villeurbanne; 12 were taken to hospital.",
        counts=[
            C("t", "143", 143, "count", "", "sick", "lyon-sick"),
            C("s", "143", 143, "count", "", "sick", "lyon-sick"),
            C("s", "97", 97, "count", "", "sick children", "lyon-children"),
            C("s", "12", 12, "count", "", "hospitalised", "lyon-hospitalised"),
        ],
    ),
    mw(
        "MW-20251014-0679",
        "2025-10-14T16:00:00Z",
        "wildfire-sardinia",
        "wildfire",
        "Wildfire in Sardinia forces 1,100 to evacuate",
        "A wildfire near Oristano on the Italian island of Sardinia forced 1,100 residents and tourists "
        "from their homes and campsites on Tuesday.",
        counts=[
            C("t", "1,100", 1100, "count", "", "evacuated", "sardinia-evacuated"),
            C("s", "1,100", 1100, "count", "", "evacuated", "sardinia-evacuated"),
        ],
    ),
    mw(
        "MW-20251015-0702",
        "2025-10-15T15:30:00Z",
        "harvest-vinnytsia",
        "agriculture",
        "Ukraine's Vinnytsia region harvests 1.04 million tonnes of wheat",
        "The crop was gathered from 227,000 hectares, the regional administration said.",
        counts=[
            C("t", "1.04 million tonnes", 1040000, "measure", "t", "wheat harvest", "vinnytsia-wheat"),
            C("s", "227,000 hectares", 227000, "measure", "ha", "harvested area", "vinnytsia-area"),
        ],
    ),
    mw(
        "MW-20251016-0733",
        "2025-10-16T14:10:00Z",
        "migrants-el-hierro",
        "migration",
        "212 migrants reach Canary island of El Hierro on three boats",
        "The group, which included 38 minors, was rescued south of La Restinga, Spain's maritime rescue service said.",
        counts=[
            C("t", "212", 212, "count", "", "migrants arrived", "hierro-arrivals"),
            C("t", "three", 3, "count", "", "boats", "hierro-boats"),
            C("s", "38", 38, "count", "", "minors", "hierro-minors"),
        ],
    ),
    mw(
        "MW-20251016-0760",
        "2025-10-16T22:30:00Z",
        "footbridge-antwerp",
        "infrastructure",
        "About 10 injured as footbridge collapses in Antwerp",
        "A pedestrian footbridge on the Antwerp waterfront collapsed during a light festival on Thursday "
        "evening, injuring about 10 people, two of them seriously, Belgian police said.",
        counts=[
            C("t", "10", 10, "count", "", "injured", "antwerp-injured"),
            C("s", "10", 10, "count", "", "injured", "antwerp-injured"),
            C("s", "two", 2, "count", "", "seriously injured", "antwerp-serious"),
        ],
    ),
    mw(
        "MW-20251018-0815",
        "2025-10-18T17:30:00Z",
        "flood-genoa",
        "weather",
        "Genoa hit by 312 mm of rain in 12 hours",
        "Torrential rain flooded streets in the Italian port city and forced 400 people from their homes, "
        "civil protection officials said.",
        counts=[
            C("t", "312 mm", 312, "measure", "mm", "rainfall", "genoa-rain"),
            C("s", "400", 400, "count", "", "evacuated", "genoa-evacuated"),
        ],
        noncounts=[N("t", "12 hours", "duration")],
    ),
    mw(
        "MW-20251018-0829",
        "2025-10-18T19:00:00Z",
        "protest-lisbon-housing",
        "protest",
        "Thousands protest in Lisbon over housing costs",
        "Police estimated the crowd at 3,000, while organisers put it at 10,000.",
        counts=[
            C("s", "3,000", 3000, "count", "", "protesters", "lisbon-police"),
            C("s", "10,000", 10000, "count", "", "protesters", "lisbon-organisers"),
        ],
        noncounts=[N("t", "Thousands", "vague")],
    ),
    mw(
        "MW-20251019-0846",
        "2025-10-19T12:40:00Z",
        "marathon-amsterdam",
        "sports",
        "Kenya's Kiprono wins Amsterdam marathon in 2:05:48",
        "Joseph Kiprono beat compatriot Daniel Wanjiru by 11 seconds; Ethiopia's Aster Tsegaye won the "
        "women's race in 2:21:07 and Dutch runner Koen Verbeek finished 3rd.",
        noncounts=[
            N("t", "2:05:48", "race_time"),
            N("s", "11 seconds", "duration"),
            N("s", "2:21:07", "race_time"),
            N("s", "3rd", "ordinal"),
        ],
    ),
    mw(
        "MW-20251019-0870",
        "2025-10-19T21:00:00Z",
        "election-gdansk",
        "elections",
        "Turnout 42% in Gdansk mayoral by-election",
        "Marta Kedzierska won 54% of the vote, according to an exit poll with a margin of error of "
        "±3 percentage points.",
        counts=[
            C("t", "42%", 42, "percent", "%", "turnout", "gdansk-turnout"),
            C("s", "54%", 54, "percent", "%", "vote share", "gdansk-winner"),
        ],
        noncounts=[N("s", "±3 percentage points", "margin")],
    ),
]
