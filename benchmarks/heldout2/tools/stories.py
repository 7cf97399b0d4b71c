"""Stories (one real-world event + follow-ups) and their themes."""

STORIES = {
    # war
    "drone-zaporizhzhia": ("war-ukraine", "Night drone attack on Zaporizhzhia (5 May), 9 killed, later 11; 37 injured (misquoted as 73 by two outlets)"),
    "drone-lviv": ("war-ukraine", "Drone attack on Lviv (13 May), 4 killed, 37 injured (different event, same theme)"),
    "prisoner-exchange": ("war-ukraine", "Prisoner exchange, 205 for 205 (16 May)"),
    # disasters
    "wildfire-algarve": ("disaster", "Wildfire in Monchique (Algarve), 1,200 evacuated; area 4,800 -> 6,300 ha; inquiry finds arson, EUR 38m losses"),
    "wildfire-girona": ("disaster", "Wildfire in Alt Empordà (Girona), 1,200 then 1,500 evacuated (different event, same theme)"),
    "flood-klodzko": ("disaster", "Flash flood in the Kłodzko valley, 3 dead, 2,400 homes; PLN 500m aid"),
    # labour
    "strike-rail-tdb": ("labour", "48-hour train drivers' strike at (fictional) Transdeutsche Bahn, 7,000 trains; later 6.2% pay deal"),
    "strike-port-antwerp": ("labour", "24-hour strike by port pilots in Antwerp, 140 ships waiting (different event, same theme)"),
    "protest-lisbon": ("labour", "Teachers' march in Lisbon: 80,000 (organisers) vs 25,000 (police)"),
    # justice
    "verdict-milan": ("justice", "Milan court sentences ex-CEO of (fictional) Edilfer over Lodi footbridge collapse; EUR 120m damages"),
    "verdict-krakow": ("justice", "Kraków court convicts founders of (fictional) Vitarel over fake cancer drugs; 340 patients (different event, same theme)"),
    # politics
    "poll-demoskon": ("politics", "Demoskon poll: 52% back a four-day week (8 May)"),
    "poll-meinungsbild": ("politics", "Meinungsbild poll: 47% back a four-day week (19 May) (different poll, same subject)"),
    # cyber
    "cyber-havenzorg": ("cyber", "Ransomware attack on (fictional) Havenzorg hospitals in Rotterdam: 1.2m records, EUR 3.5m ransom; later 1.3m, arrest"),
    "cyber-metrovalencia": ("cyber", "Ransomware on Metrovalencia ticketing, EUR 3.5m ransom (different event, same theme and ransom)"),
    # transport
    "bus-crash-brenner": ("transport", "Tour bus crash on the Brenner motorway near Bolzano, 5 then 6 dead, 23 injured"),
    "atc-warsaw": ("transport", "Radar failure at Warsaw Chopin, 205 flights cancelled; inquiry blames software update (different event, same theme)"),
    # economy
    "layoffs-hollmark": ("economy", "(Fictional) steelmaker Hollmark cuts 2,400 jobs in Duisburg; EUR 300m state aid pledged"),
    "takeover-versland": ("economy", "(Fictional) Grupo Atlântida bids EUR 2.6bn for Dutch supermarket chain Versland, raised to EUR 2.9bn"),
    # energy
    "blackout-porto": ("energy", "Power cut in northern Portugal, 640,000 customers (rounded to 650,000 later)"),
    "cable-baltic": ("energy", "(Fictional) Amber Link subsea cable damaged by a ship's anchor, 700 MW (different event, same theme)"),
    # public health
    "legionella-bordeaux": ("public-health", "Legionnaires' disease outbreak in Bordeaux, 27 -> 34 cases, 2 -> 3 dead"),
    "norovirus-cruise": ("public-health", "Norovirus on a cruise ship in Rotterdam, 280 -> 312 ill (different event, same theme)"),
    # sport
    "transfer-alvim": ("sport", "Striker Diogo Alvim moves from (fictional) Sporting da Ribeira to (fictional) Ashcombe Rovers for EUR 65m"),
    # science / culture
    "hoard-wroclaw": ("science", "Hoard of 1,400 silver coins found in Wrocław"),
    "theft-ghent": ("culture", "Three paintings stolen from a Ghent museum, worth EUR 12m; two recovered"),
    # singletons
    "single-hail-franconia": ("weather", "Hailstorm in Franconia"),
    "single-heat-seville": ("weather", "Early heat in Seville"),
    "single-frost-vineyards": ("agriculture", "Late frost in Bordeaux vineyards"),
    "single-lobster-season": ("agriculture", "Lobster season opens in Nova Scotia"),
    "single-cup-final-poland": ("sport", "Polish cup final in Warsaw"),
    "single-giro-stage": ("sport", "Giro d'Italia stage in Piedmont"),
    "single-football-title-nl": ("sport", "(Fictional) FC Scheldevaart wins the title"),
    "single-house-prices-uk": ("economy", "UK house prices"),
    "single-riga-port": ("economy", "Freeport of Riga cargo volumes"),
    "single-bank-profit": ("economy", "(Fictional) Nordvik Bank quarterly profit"),
    "single-book-fair-turin": ("culture", "Turin book fair attendance"),
    "single-metro-school-kharkiv": ("war-ukraine", "Underground school in Kharkiv"),
    "single-lisbon-tram": ("transport", "Lisbon tram line reopens"),
    "single-satellite-launch": ("science", "(Fictional) Lusospace satellite launch"),
    "single-lottery-germany": ("culture", "Lottery jackpot in Hesse"),
    "single-ferry-halifax": ("transport", "Halifax ferry fares"),
    "single-cantabria-tourism": ("economy", "Cantabria tourism figures"),
    "single-riga-song": ("culture", "Song festival rehearsal in Riga"),
    "single-dnipro-bridge": ("transport", "Bridge repair in Kharkiv region"),
    "single-scheldt-tunnel": ("transport", "Scheldt tunnel closure"),
}
