"""Tracked claims: claim_id -> (value, subject, variant_of, note).
first_outlet / first_guid are computed from the data (earliest item with a counts row carrying the claim_id)."""

CLAIMS = {
    # main spreading claim and its true mutation
    "drones-1340-mar1-10": (
        1340,
        "drones",
        "",
        "MAIN spreading claim: Ukrainian air-force tally of attack drones launched at Ukraine in the first ten days of March (1-10 March); local formats 1340 / 1 340 / 1.340 / 1,340 / 1,3 тыс. / 1.34 thousand / tysiąc trzysta czterdzieści",
    ),
    "drones-1500-mar1-10": (
        1500,
        "drones",
        "drones-1340-mar1-10",
        "TRUE mutation: 'nearly 1,500' presented as the same air-force figure for 1-10 March (restated by an MEP from 15 March); corrected by a wire fact check",
    ),
    # Kharkiv strike, night of 3-4 March
    "kharkiv-dead-5": (5, "dead", "", "Kharkiv drone strike 4 March: first death toll"),
    "kharkiv-dead-6": (
        6,
        "dead",
        "kharkiv-dead-5",
        "Kharkiv death toll updated from five to six on 5 March (same figure, updated)",
    ),
    "kharkiv-injured-23": (23, "injured", "", "Kharkiv drone strike 4 March: injured"),
    "kharkiv-drones-112": (
        112,
        "drones",
        "",
        "drones launched nationwide on the night of 3-4 March; NOT a mutation of odesa-drones-143 nor of the 1-10 March tally",
    ),
    "kharkiv-downed-87": (87, "drones shot down", "", "drones shot down on the night of 3-4 March"),
    "kharkiv-outage-60000": (
        60000,
        "households without power",
        "",
        "Kharkiv subscribers/households left without electricity after the 4 March strike",
    ),
    # Odesa strike, night of 8-9 March
    "odesa-dead-2": (2, "dead", "", "Odesa drone strike 9 March: dead (different event from Kharkiv)"),
    "odesa-injured-8": (8, "injured", "", "Odesa drone strike 9 March: injured"),
    "odesa-drones-143": (
        143,
        "drones",
        "",
        "drones launched nationwide on the night of 8-9 March; different attack from kharkiv-drones-112, not a mutation",
    ),
    "odesa-grain-1340t": (
        1340,
        "grain",
        "",
        "LOOK-ALIKE: 1,340 tonnes of grain destroyed in Odesa port; same value as the main drone claim but a different subject, published two days earlier",
    ),
    # prisoner exchange 7 March
    "exchange-157": (157, "prisoners", "", "prisoner exchange 7 March: 157 released by each side"),
    "exchange-total-314": (
        314,
        "prisoners",
        "",
        "same exchange expressed as the total of both sides (2 x 157); a different quantity, NOT a mutation of exchange-157",
    ),
    "exchanges-2024-40": (40, "prisoner exchanges", "", "more than 40 exchanges held in 2024 (background figure)"),
    # Italy floods 12-15 March
    "italy-flood-dead-4": (4, "dead", "", "Emilia-Romagna floods: dead"),
    "italy-flood-evacuated-3000": (
        3000,
        "evacuated",
        "",
        "Emilia-Romagna floods: about 3,000 evacuated (tremila / 3.000 / 3 000 / 3 tys. / três mil / трёх тысяч)",
    ),
    "italy-rain-180mm": (180, "rainfall", "", "up to 180 mm (= 180 litres per square metre) of rain in 36 hours"),
    "italy-flood-missing-1": (1, "missing", "", "one person missing in the floods"),
    # polls
    "poll-vistula-42pct": (
        42,
        "support compulsory military training",
        "",
        "Vistula Institute poll published 5 March (Poland)",
    ),
    "poll-barometr-47pct": (
        47,
        "support military training",
        "",
        "Barometr poll published 14 March: a DIFFERENT poll/institute, not a mutation of the 42% figure",
    ),
    # economy
    "grain-exports-feb-4.1mt": (
        4100000,
        "grain exports",
        "",
        "Ukrainian grain exports in February: 4.1 million tonnes",
    ),
    "grain-exports-jan-4.6mt": (4600000, "grain exports", "", "Ukrainian grain exports in January: 4.6 million tonnes"),
    # German rail strike 10 March
    "rail-de-strikers-20000": (
        20000,
        "strikers",
        "",
        "German rail warning strike 10 March: about 20,000 employees called out",
    ),
    "rail-de-passengers-4m": (
        4000000,
        "passengers affected",
        "",
        "German rail warning strike 10 March: about four million passengers affected",
    ),
}

MINOR = {
    "storm-outage-80000": (80000, "homes without power", "", "Brittany storm 2 March: homes without power"),
    "eu-loan-18bn": (18000000000, "loan", "", "EU loan tranche for Ukraine 12 March"),
    "eurozone-inflation-2.3pct": (2.3, "inflation", "", "eurozone February inflation, final estimate"),
    "planica-253.5m": (253.5, "jump distance", "", "Planica hill record 20 March"),
    "dnipro-injured-11": (11, "injured", "", "Dnipro drone attack 21 March"),
    "groningen-paintings-12": (12, "paintings stolen", "", "Groningen museum theft"),
    "groningen-recovered-9": (9, "paintings recovered", "", "Groningen museum theft: paintings recovered"),
    "slovakia-injured-27": (27, "injured", "", "Slovakia train derailment 15 March"),
    "airbus-58": (58, "aircraft delivered", "", "Airbus deliveries in February"),
    "lviv-injured-5": (
        5,
        "injured",
        "",
        "Lviv missile strike 13 March; same value as kharkiv-dead-5 but different event and subject",
    ),
    "zaporizhzhia-dead-2": (
        2,
        "dead",
        "",
        "Zaporizhzhia shelling 15 March; same value as odesa-dead-2 but a different event",
    ),
    "atc-marseille-30pct": (
        30,
        "flights cancelled",
        "",
        "French air-traffic-control strike 18 March: share of Marseille flights cancelled",
    ),
    "cp-trains-320": (320, "trains cancelled", "", "Portuguese rail (CP) strike on 12 March, announced 11 March"),
    "avalanche-dead-2": (2, "dead", "", "Tyrol avalanche 1 March; same value as odesa-dead-2, different event"),
    "tver-dead-7": (7, "dead", "", "bus crash near Tver 1 March"),
    "mine-dead-3": (3, "dead", "", "Silesian mine accident 28 February/1 March"),
    "cyclone-dead-10": (10, "dead", "", "cyclone in Madagascar: 'une dizaine' / 'uma dezena' (about ten) dead"),
    "marathon-runners-18000": (18000, "runners", "", "Barcelona marathon 16 March"),
    "valencia-dead-5": (
        5,
        "dead",
        "",
        "Valencia care-home fire 18 March; same value as kharkiv-dead-5 (cinco muertos) but a different event",
    ),
    "foehn-gusts-150": (150, "wind gusts", "", "foehn storm at the Brenner pass 20-21 March"),
    "de-aid-300m": (300000000, "energy aid", "", "German energy aid for Ukraine announced 20 March"),
    "northsea-gusts-120": (120, "wind gusts", "", "North Sea storm 19 March"),
    "dnipro-drones-74": (
        74,
        "drones",
        "",
        "drones launched on the night of 20-21 March (Dnipro attack); a third, separate drone count",
    ),
    "truckers-800": (800, "trucks queuing", "", "hauliers' protest at the Polish-Ukrainian border"),
}
CORE = {
    "drones-1340-mar1-10",
    "drones-1500-mar1-10",
    "kharkiv-dead-5",
    "kharkiv-dead-6",
    "kharkiv-drones-112",
    "odesa-drones-143",
    "odesa-grain-1340t",
    "exchange-157",
    "italy-flood-evacuated-3000",
}
for _k, (_v, _s, _var, _n) in list(CLAIMS.items()):
    CLAIMS[_k] = (_v, _s, _var, ("[core] " if _k in CORE else "[minor] ") + _n)
for _k, (_v, _s, _var, _n) in MINOR.items():
    CLAIMS[_k] = (_v, _s, _var, "[minor] " + _n)
