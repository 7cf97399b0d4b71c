"""Stories of devphase: id -> (theme, one-line description). Singletons start with `single-`."""

STORIES: dict[str, tuple[str, str]] = {
    # weather
    "flood-mombasa": ("weather", "Floods in Mombasa and Kilifi, Kenya (4-15 May): toll, national disaster, UN "
                                 "appeal, burials, inquiry and payments to displaced families"),
    "flood-tabasco": ("weather", "Floods in Villahermosa, Tabasco, Mexico (6-11 May): toll, dam release blamed, "
                                 "federal payments"),
    "heat-chennai": ("weather", "Heatwave in Chennai / Tamil Nadu, India (10-14 May)"),
    "heat-karachi": ("weather", "Heatwave in Karachi, Pakistan (14-16 May)"),
    "typhoon-luzon": ("weather", "Typhoon Marilag hits northern Luzon, Philippines (21-25 May)"),
    # disaster
    "mine-karaganda": ("disaster", "Methane blast at the Tolagay coal mine, Shakhtinsk, Karaganda region, "
                                   "Kazakhstan (7-18 May): trapped miners, toll, mourning, arrest, compensation"),
    "mine-atacama": ("disaster", "Collapse at the Santa Ester copper mine, Tierra Amarilla near Copiapó, Chile "
                                 "(12-19 May): eight trapped, rescue, closure"),
    "fire-gazipur": ("disaster", "Fire at the Meghna Apparels garment factory in Gazipur near Dhaka, Bangladesh "
                                 "(8-23 May): toll, burials, owner arrested, court, brands' fund"),
    "blast-juarez": ("disaster", "Explosion at the Autopartes Bravo plant in Ciudad Juárez, Mexico (15-21 May)"),
    "fire-lagos": ("disaster", "Fire at Idumota market on Lagos Island, Nigeria (3-5 May)"),
    "boat-kivu": ("disaster", "Boat capsizes on Lake Kivu near Kalehe, DR Congo (10-14 May)"),
    "boat-lampedusa": ("disaster", "Migrant boat from Sfax capsizes off Lampedusa, Italy (11-13 May)"),
    # conflict
    "strike-kharkiv": ("conflict", "Glide-bomb strike on a block of flats in Saltivka, Kharkiv (5-11 May): "
                                   "toll, mourning, funerals, payments to families"),
    "strike-odesa": ("conflict", "Drone and missile attack on Odesa port's grain terminal (8-10 May)"),
    # cyber
    "breach-netwarta": ("cyber", "Data theft at Polish telecom Netwarta, Poznań (6-21 May): customers affected, "
                                 "ransom, arrests, court, compensation"),
    "breach-lumina": ("cyber", "Data leak at Brazilian bank Banco Lumina, São Paulo (11-15 May)"),
    # politics
    "poll-saxony": ("politics", "Poll before Saxony's snap state election (12-13 May)"),
    "poll-catalonia": ("politics", "Poll before Catalonia's snap regional election (13-14 May)"),
    # sport
    "transfer-recife": ("sport", "Record sale of Davi Lacerda by EC Beberibe (Recife) to Genoa's AC Riviera "
                                 "(18-22 May)"),
    "transfer-kharkiv": ("sport", "Record sale of Maksym Oliinyk by FC Slobozhanshchyna (Kharkiv) to FC Nantes "
                                  "Atlantique (19-21 May)"),
    # economy
    "collapse-isarpay": ("economy", "Collapse of Munich payments firm Isarpay (4-26 May): accounts frozen, CEO "
                                    "arrested, gap revised, court, compensation"),
    "takeover-drobex": ("economy", "Brazilian meat group Carnes Beberibe bids for Polish poultry producer Drobex "
                                   "(18-26 May)"),
    # labour
    "strike-santos": ("labour", "Dockworkers' strike at the port of Santos, Brazil (18-22 May)"),
    # public health
    "cholera-aden": ("public-health", "Cholera outbreak in Aden, Yemen (13-21 May), with a wire misquote"),
    # transport
    "cablecar-engelberg": ("transport", "Cable car breakdown above Engelberg, Switzerland (20-25 May)"),
    # singletons
    "single-poznan-zoo": ("science", "Three cheetah cubs born at Poznań zoo"),
    "single-zurich-tram": ("transport", "Zürich approves the Rosengarten tram line"),
    "single-odesa-opera": ("culture", "Odesa opera closes its season"),
    "single-nairobi-expressway": ("transport", "Toll rise on the Nairobi Expressway"),
    "single-montevideo-port": ("economy", "Record container traffic at the port of Montevideo"),
    "single-samara-metro": ("transport", "Samara metro extension opens"),
    "single-nantes-shipyard": ("economy", "Saint-Nazaire shipyard wins a ferry order"),
    "single-leeds-rugby": ("sport", "Kirkstall Rovers win the rugby league derby"),
    "single-genoa-cruise": ("economy", "Genoa cruise terminal passenger record"),
    "single-regensburg-bridge": ("culture", "Stone Bridge in Regensburg: restoration work"),
    "single-coimbra-university": ("science", "Coimbra university's foreign students"),
    "single-kharkiv-tram": ("transport", "Kharkiv restores a tram route"),
    "single-recife-metro": ("transport", "Recife metro ridership"),
    "single-maastricht-airport": ("transport", "Maastricht Aachen Airport adds routes"),
    "single-mexico-ozone": ("environment", "Mexico City ozone alert"),
    "single-leeds-station": ("transport", "Leeds station upgrade"),
    "single-chile-copper": ("economy", "Chile's copper output falls in April"),
}

# same-theme pairs of different events that must stay separate: (story, story, what they share)
PAIRS: list[tuple[str, str, str]] = [
    ("flood-mombasa", "flood-tabasco", "two floods the same week; both 40,000 displaced"),
    ("breach-netwarta", "breach-lumina", "two data breaches; both 2.4 million customers"),
    ("mine-karaganda", "mine-atacama", "two mine accidents; both at 480 metres"),
    ("poll-saxony", "poll-catalonia", "two election polls; both 31 % for the leading party"),
    ("transfer-recife", "transfer-kharkiv", "two club-record transfers; both €38m"),
    ("heat-chennai", "heat-karachi", "two heatwaves; both 45 °C"),
    ("boat-kivu", "boat-lampedusa", "two capsizes; both 'between 40 and 60 missing'"),
    ("strike-kharkiv", "strike-odesa", "two attacks on Ukrainian cities; both seven killed"),
    ("fire-gazipur", "blast-juarez", "two deadly factory disasters a week apart"),
    ("fire-gazipur", "fire-lagos", "two deadly fires in one week"),
    ("collapse-isarpay", "takeover-drobex", "two company stories, both with Polish customers or workers"),
]
