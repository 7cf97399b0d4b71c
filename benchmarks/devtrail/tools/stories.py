"""Stories (one real-world event + follow-ups) and their themes.  All invented."""

STORIES = {
    # conflict
    "strike-dnipro": ("conflict", "Night missile strike on Dnipro, 7 Apr; toll 12 -> 15 dead, 48 injured"),
    "drone-zaporizhzhia": ("conflict", "Drone attack on Zaporizhzhia, 15 Apr; also 12 dead (different event, same theme)"),
    # politics
    "protest-madrid": ("politics", "Housing protest in Madrid, 12 Apr; organisers 150,000 vs government delegation 38,000"),
    "poll-nuclear-italy": ("politics", "Istituto Sondalia poll: 54 % of Italians back new nuclear plants"),
    "poll-nuclear-belgium": ("politics", "Peilbureau Meridiaan poll: 54 % of Flemish respondents back new nuclear plants (different poll, same subject)"),
    # economy
    "takeover-veltrop": ("economy", "Helvarda bids EUR 2.6bn for Antwerp chip-tool maker Veltrop, raised to EUR 2.9bn"),
    "fine-zeeland": ("economy", "Supervisor fines Zeeuwse Kredietbank EUR 45m over money-laundering controls"),
    "fine-romagnola": ("economy", "Supervisor fines Banca Fluviale Romagnola EUR 45m (different event, same theme and figure)"),
    # labour
    "layoffs-kesselring": ("labour", "Zwickau drive maker Kesselring Antriebe cuts 1,800 jobs; misquoted as 1,300 by the wire"),
    "layoffs-cavado": ("labour", "Braga textile firm Têxteis do Cávado cuts 650 jobs (different event, same theme)"),
    "strike-lisbon-metro": ("labour", "48-hour Lisbon metro strike"),
    "strike-antwerp-port": ("labour", "Antwerp dockers' strike; ships waiting at anchor (different strike, same theme)"),
    # transport
    "ferry-fire-bornholm": ("transport", "Fire aboard Polish ferry Kaszuby Star off Bornholm; 412 evacuated"),
    "bus-crash-brenner": ("transport", "Coach crash on the Brenner motorway near Innsbruck"),
    # weather
    "storm-ilda": ("weather", "Storm Ilda hits Portugal; homes without power 140,000 -> 212,000"),
    "storm-pomerania": ("weather", "Spring storm over Pomerania (different storm, same week)"),
    # public health
    "legionella-valencia": ("public-health", "Legionnaires' outbreak in Valencia; cases 37 -> 52"),
    "norovirus-rotterdam": ("public-health", "Norovirus aboard cruise ship in Rotterdam (different outbreak, same theme)"),
    # energy
    "wind-auction-baltic": ("energy", "Polish offshore wind auction: 1,200 MW Bałtyk Północ field"),
    "solar-alentejo": ("energy", "1,200 MW solar park approved in the Alentejo (different project, same capacity)"),
    # agriculture
    "birdflu-wielkopolska": ("agriculture", "Bird flu in Greater Poland; 1.2 million hens culled"),
    "frost-veneto": ("agriculture", "Late frost damages Veneto vineyards (different loss, same theme)"),
    # crime
    "cocaine-antwerp": ("crime", "8 tonnes of cocaine seized in the port of Antwerp"),
    "cocaine-algeciras": ("crime", "8 tonnes of cocaine seized in Algeciras a week later (different seizure, same figure)"),
    # sport
    "marathon-rotterdam": ("sport", "Rotterdam marathon, 12 Apr"),
    "marathon-vienna": ("sport", "Vienna marathon, 19 Apr (different race, same theme)"),
    # environment
    "oil-spill-galicia": ("environment", "Fuel spill from a bulk carrier off A Coruña"),
    # singletons
    "single-vinnytsia-trams": ("transport", "singleton"),
    "single-bc-ferry-fares": ("transport", "singleton"),
    "single-plymouth-seagrass": ("environment", "singleton"),
    "single-valencia-tourism": ("economy", "singleton"),
    "single-yekaterinburg-metro": ("transport", "singleton"),
    "single-chess-bid": ("sport", "singleton"),
    "single-toulouse-apprentices": ("labour", "singleton"),
    "single-vinnytsia-festival": ("culture", "singleton"),
    "single-bologna-garisenda": ("culture", "singleton"),
    "single-dresden-bridge": ("transport", "singleton"),
    "single-canucks": ("sport", "singleton"),
    "single-lisbon-bridge": ("transport", "singleton"),
    "single-vinnytsia-startup": ("science", "singleton"),
    "single-manuscript-auction": ("culture", "singleton"),
    "single-louvre-lens": ("culture", "singleton"),
    "single-westerplatte-museum": ("culture", "singleton"),
    "single-argyle": ("sport", "singleton"),
    "single-albufera-rice": ("agriculture", "singleton"),
    "single-salzburg-festival": ("culture", "singleton"),
    "single-ural-plant": ("economy", "singleton"),
    "single-vancouver-housing": ("economy", "singleton"),
    "single-antwerp-zoo": ("science", "singleton"),
    "single-toulouse-metro": ("transport", "singleton"),
}
