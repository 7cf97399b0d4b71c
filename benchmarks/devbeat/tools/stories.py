"""Stories (one real-world event or claim + follow-ups and reactions) and their themes."""

STORIES = {
    # war
    "attack-kyiv": ("war-ukraine", "Night missile and drone attack on Kyiv, 3-4 March; toll 9 -> 12; heating cut to 40,000 homes"),
    "attack-kharkiv": ("war-ukraine", "Drone attack on Kharkiv, night of 15-16 March: 4 killed, 19 injured"),
    "attack-zaporizhzhia": ("war-ukraine", "Missile attack on Zaporizhzhia the SAME night: 2 killed, 19 injured (different event)"),
    # disaster
    "fire-lisbon-marvila": ("disaster", "Warehouse fire in Marvila, Lisbon, 4 March: 3 workers dead"),
    "fire-lisbon-alvalade": ("disaster", "Apartment fire in Alvalade, Lisbon, 9 March: 3 dead (different fire, same city, same toll)"),
    "quake-albania": ("disaster", "Magnitude 5.4 earthquake near Durrës, Albania, 6 March: 2 dead"),
    "quake-kefalonia": ("disaster", "Magnitude 5.4 earthquake off Kefalonia, Greece, 8 March: no deaths (different quake)"),
    "mine-katowice": ("disaster", "Methane explosion in a coal mine near Katowice, 19 March; toll 5 -> 7"),
    # weather
    "flood-emilia": ("weather", "River floods around Modena, Emilia-Romagna, 10-11 March: 2 dead, 1,400 evacuated"),
    "flood-marche": ("weather", "Floods around Senigallia, Marche (neighbouring region), 12 March: 1 dead, 1,400 evacuated"),
    "avalanche-tyrol": ("weather", "Avalanche near Sölden, Tyrol, 10 March: 3 skiers dead"),
    "avalanche-aosta": ("weather", "Avalanche in the Aosta Valley, 11 March: 2 dead (different avalanche, other country)"),
    # labour
    "strike-rail-germany": ("labour", "48-hour train drivers' strike at Fernbahn AG, Germany, 5-7 March"),
    "strike-rail-spain": ("labour", "24-hour train drivers' strike at Ferrovías Ibéricas, Spain, 10 March (same sector, other country)"),
    # politics
    "poll-euro-vistula": ("politics", "Instytut Vistula poll: 38% of Poles back adopting the euro (6 March)"),
    "poll-euro-cebos": ("politics", "CEBOS poll on the same question a week later: 41% (different poll)"),
    "vote-marseille": ("politics", "Marseille municipal election, first round, 15 March"),
    "referendum-gdansk": ("politics", "Gdańsk local referendum on a congestion charge, 15 March (same weekend, other place)"),
    # justice
    "ruling-kestrel-amsterdam": ("justice", "Amsterdam court: Kestrel Rides drivers are employees (5 March)"),
    "ruling-kestrel-paris": ("justice", "Paris court upholds EUR 12m data-protection fine on Kestrel Rides (17 March) - other matter"),
    # economy
    "layoffs-brennsdorf": ("economy", "Car-parts maker Brennsdorf cuts 2,400 jobs (5 March)"),
    "layoffs-velaris": ("economy", "Carmaker Velaris cuts 1,850 jobs in Turin and Mulhouse (12 March) - same industry"),
    # public health
    "legionella-porto": ("public-health", "Legionnaires' disease outbreak in Porto; cases 27 -> 34"),
    "measles-lviv": ("public-health", "Measles outbreak in Lviv region, 146 cases (other outbreak)"),
    # sport
    "transfer-meireles": ("sport", "Striker Rui Meireles agrees EUR 45m move from Sporting Alvorada to Ashbury City"),
    "transfer-kowalczyk": ("sport", "Goalkeeper Adam Kowalczyk agrees EUR 18m move from Warta Poznań to Aurora Calcio"),
    "race-sanremo": ("sport", "Milan-Sanremo cycling classic, 21 March"),
    # tech
    "cyber-brno": ("tech", "Ransomware attack on Brno university hospital (4 March)"),
    "cyber-ghent": ("tech", "Cyberattack cripples Ghent city services (7 March) - other attack"),
    # environment
    "tanker-gotland": ("environment", "Tanker Marit Solberg runs aground off Gotland; oil leak 300 -> 450 t"),
    # science
    "probe-lumen": ("science", "Launch of the Lumen solar probe from Kourou (18 March)"),
    # culture
    "art-theft-antwerp": ("culture", "Van Oordt portrait stolen from an Antwerp museum (8 March), recovered in Rotterdam (20 March)"),
}

SINGLES = {
    "single-kyiv-metro": ("transport", "Kyiv reopens a metro station (same city as attack-kyiv, a week later)"),
    "single-kharkiv-school": ("war-ukraine", "Kharkiv opens underground school (same city as attack-kharkiv, days before)"),
    "single-ukraine-tranche": ("economy", "EU pays EUR 4.2bn tranche to Ukraine (large number, Kyiv mentioned)"),
}
STORIES.update(SINGLES)
SINGLES2 = {
    "single-thaw-warning-poland": ("weather", "Thaw warning on the Odra (weather theme, same days as the Italian floods)"),
    "single-storm-north-netherlands": ("weather", "Storm warning for Groningen and Friesland"),
}
STORIES.update(SINGLES2)
SINGLES3 = {
    "single-dock-strike-antwerp": ("labour", "Antwerp dock strike (same city as art theft, labour theme)"),
    "single-marseille-port": ("economy", "Marseille-Fos container record (same city as the vote, the day after)"),
    "single-gdansk-shipyard": ("economy", "Gdańsk shipyard ferry order (same city as referendum, the day after)"),
    "single-lisbon-airport-strike": ("labour", "Lisbon airport strike call (same city as the fires)"),
}
STORIES.update(SINGLES3)
SINGLES4 = {
    "single-glenmara-cuts": ("economy", "Irish insurer cuts 600 jobs (same figure as Brennsdorf's Gliwice cut, other industry)"),
    "single-lisbon-hotel": ("economy", "Dutch hotel chain invests EUR 45m in Lisbon (same city as fires, same amount as Meireles fee)"),
    "single-brennsdorf-order": ("economy", "Brennsdorf wins Swedish order (same company as layoffs, other event)"),
}
STORIES.update(SINGLES4)
SINGLES5 = {
    "single-livorno-bakery-fire": ("disaster", "Livorno round-up: bakery fire (fire theme, 3 people - look-alike of Lisbon tolls)"),
    "single-livorno-port": ("economy", "Livorno round-up: port cargo figures"),
    "single-livorno-school-roof": ("public-works", "Livorno round-up: school ceiling collapse"),
    "single-livorno-ferry": ("transport", "Livorno round-up: extra Capraia ferry"),
    "single-livorno-budget": ("politics", "Livorno round-up: municipal budget EUR 412m"),
    "single-livorno-lottery": ("culture", "Livorno round-up: lottery win"),
    "single-livorno-half-marathon": ("sport", "Livorno round-up: half-marathon road closures"),
    "single-quake-iceland": ("disaster", "Magnitude 4.1 tremor in Iceland (third quake of the period, no damage)"),
    "single-meireles-ambulance": ("sport", "Rui Meireles donates an ambulance (same person as the transfer story, a week earlier)"),
    "single-ghislandi-bridge": ("politics", "Minister Ghislandi opens a bridge (same minister as both flood stories)"),
    "single-port-wine-exports": ("economy", "Port wine exports (Porto, during the legionella outbreak; EUR 412m look-alike)"),
    "single-lviv-tourism": ("economy", "Lviv winter tourism (same city as measles outbreak)"),
    "single-poll-housing-nl": ("politics", "Dutch housing poll (a poll, different question)"),
    "single-ski-worldcup": ("sport", "Ski World Cup final"),
    "single-sask-budget": ("politics", "Saskatchewan budget deficit C$412m (look-alike of Livorno EUR 412m)"),
    "single-potash-hiring": ("economy", "Saskatchewan potash expansion"),
    "single-ural-flood-warning": ("weather", "Sverdlovsk region flood preparation"),
    "single-cork-greenway": ("transport", "Cork greenway extension"),
    "single-vinnytsia-trams": ("transport", "Vinnytsia second-hand trams"),
}
STORIES.update(SINGLES5)
