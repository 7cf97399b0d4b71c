"""Outlets, stories, quantity aliases and designed claims of the devlive corpus.
Everything here is fictional (outlets, people, companies, events)."""

# Order = order in feeds.yaml.  The first feed is never a first publisher;
# the wire is listed last, after the outlets that syndicate it.
OUTLETS = [
    dict(code="NG", name="Northgate Courier", slug="northgate-courier", lang="en", fmt="rss",
         tz="+01:00", order="newest", site="https://northgate-courier.example"),
    dict(code="ER", name="Elbufer Rundschau", slug="elbufer-rundschau", lang="de", fmt="rss",
         tz="+02:00", order="newest", site="https://elbufer-rundschau.example"),
    dict(code="VR", name="Le Veilleur du Rhône", slug="veilleur-du-rhone", lang="fr", fmt="atom",
         tz="+02:00", order="oldest", site="https://veilleur-rhone.example"),
    dict(code="DB", name="Diario La Brújula", slug="diario-la-brujula", lang="es", fmt="rss",
         tz="+02:00", order="shuffled", site="https://labrujula.example"),
    dict(code="FQ", name="Il Faro Quotidiano", slug="il-faro-quotidiano", lang="it", fmt="rss",
         tz="+02:00", order="newest", site="https://ilfaroquotidiano.example"),
    dict(code="KN", name="Kurier Nadwiślański", slug="kurier-nadwislanski", lang="pl", fmt="rss",
         tz="+02:00", order="oldest", site="https://kurier-nadwislanski.example"),
    dict(code="VV", name="Вечерний Вестник", slug="vecherny-vestnik", lang="ru", fmt="rss",
         tz="+03:00", order="newest", site="https://vvestnik.example"),
    dict(code="SK", name="Северная Хроника", slug="severnaya-khronika", lang="ru", fmt="atom",
         tz="+05:00", order="newest", site="https://sevkhronika.example"),
    dict(code="DK", name="Дніпровський Кур’єр", slug="dniprovskyi-kurier", lang="uk", fmt="rss",
         tz="+03:00", order="newest", site="https://dnipro-kurier.example"),
    dict(code="GN", name="Галицькі Новини", slug="halytski-novyny", lang="uk", fmt="atom",
         tz="+03:00", order="newest", site="https://halytski-novyny.example"),
    dict(code="JE", name="Jornal do Estuário", slug="jornal-do-estuario", lang="pt", fmt="rss",
         tz="+01:00", order="newest", site="https://jornaldoestuario.example"),
    dict(code="PP", name="De Polderpost", slug="de-polderpost", lang="nl", fmt="atom",
         tz="+02:00", order="newest", site="https://polderpost.example"),
    dict(code="MW", name="Meridian Wire Service", slug="meridian-wire", lang="en", fmt="atom",
         tz="+00:00", order="newest", site="https://meridianwire.example", wire=True),
]
WIRE = "MW"

STORIES = {
    "quake-calabria": "disasters", "quake-vrancea": "disasters",
    "landslide-madeira": "disasters", "floods-klodzko": "disasters",
    "storm-zeeland": "disasters", "wildfire-valencia": "disasters",
    "kharkiv-shelling": "war", "zaporizhzhia-shelling": "war",
    "aid-netherlands-ukraine": "war", "prisoner-exchange": "war", "drone-odesa": "war",
    "referendum-poland": "elections", "election-azores": "elections",
    "election-rotterdam": "elections",
    "fraud-hamburg": "crime-courts", "trial-marseille": "crime-courts",
    "arrests-madrid": "crime-courts",
    "measles-lviv": "health", "legionella-lyon": "health",
    "transfer-solaberri": "sport", "cup-final-portugal": "sport",
    "fine-orbyx": "technology", "breach-kvantel": "technology",
    "breach-ladoga": "technology", "layoffs-helvion": "technology",
    # singletons
    "single-rotterdam-marathon": "sport", "single-york-byelection": "elections",
    "single-doping-ban": "sport", "single-bribery-krakow": "crime-courts",
    "single-hail-toulouse": "disasters", "single-embezzlement-yekaterinburg": "crime-courts",
    "single-kyiv-metro-shelter": "war", "single-tennis-madrid": "sport",
    "single-flu-vaccination-porto": "health", "single-avalanche-tyrol": "disasters",
    "single-hockey-final": "sport", "single-odesa-draft-court": "crime-courts",
    "single-chip-layoffs-dresden": "technology", "single-ghent-waste-court": "crime-courts",
    "single-flu-admissions-uk": "health", "single-milan-derby": "sport",
}

# alias -> (kind, value, unit, subject)
A = {
    # quake-calabria
    "qd12": ("count", 12, "", "earthquake deaths"),
    "qd19": ("count", 19, "", "earthquake deaths"),
    "qd27": ("count", 27, "", "earthquake deaths"),
    "qd30": ("count", 30, "", "earthquake deaths"),
    "qd28": ("count", 28, "", "earthquake deaths"),
    "qmiss": ("count", 12, "", "people missing"),
    "qmiss5": ("count", 5, "", "people missing"),
    "qinj": ("count", 40, "", "people injured"),
    "qmag": ("measure", 5.9, "Mw", "earthquake magnitude"),
    "qh4000": ("count", 4000, "", "people left homeless"),
    "qh3400": ("count", 3400, "", "people left homeless"),
    "qaid": ("money", 1200000000, "EUR", "EU reconstruction aid"),
    "qb7": ("count", 7, "", "bodies recovered overnight"),
    "qb8": ("count", 8, "", "bodies recovered overnight"),
    # quake-vrancea
    "vd3": ("count", 3, "", "earthquake deaths"),
    "vinj": ("count", 15, "", "people injured"),
    "vmag": ("measure", 5.4, "Mw", "earthquake magnitude"),
    "vdep": ("measure", 130, "km", "earthquake depth"),
    # arrests-madrid
    "ma3": ("count", 3, "", "people arrested"),
    "mat": ("measure", 3, "t", "cocaine seized"),
    "macont": ("count", 14, "", "shipping containers used"),
    # landslide-madeira
    "md27": ("count", 27, "", "people injured"),
    "md2": ("count", 2, "", "people killed"),
    "mdev": ("count", 150, "", "people evacuated"),
    # floods-klodzko
    "fl1300": ("count", 1300, "", "people evacuated"),
    "flrain": ("measure", 120, "mm", "rainfall in 24 hours"),
    "flriver": ("measure", 1.2, "m", "river level above alarm threshold"),
    "fldmg": ("money", 45000000, "PLN", "flood damage"),
    # storm-zeeland
    "sw": ("measure", 130, "km/h", "peak wind speed"),
    "sd2": ("count", 2, "", "people killed"),
    # wildfire-valencia
    "fv": ("measure", 1200, "ha", "area burned"),
    "fvff": ("count", 300, "", "firefighters deployed"),
    "fvair": ("count", 12, "", "aircraft deployed"),
    # kharkiv-shelling
    "kd9": ("count", 9, "", "people killed"),
    "kd11": ("count", 11, "", "people killed"),
    "kinj": ("count", 31, "", "people injured"),
    "kev": ("count", 1300, "", "people evacuated"),
    "kapt": ("count", 240, "", "apartments damaged"),
    "kch4": ("count", 4, "", "children injured"),
    "kdied2": ("count", 2, "", "injured who died in hospital"),
    "kschool": ("count", 2, "", "schools damaged"),
    "kaidt": ("measure", 20, "t", "humanitarian aid sent"),
    "krep": ("money", 12000000, "UAH", "city repair funds"),
    # zaporizhzhia-shelling
    "zd4": ("count", 4, "", "people killed"),
    "zi9": ("count", 9, "", "people injured"),
    "zblk": ("count", 2, "", "apartment blocks hit"),
    # aid-netherlands-ukraine
    "an350": ("money", 350000000, "EUR", "Dutch military aid package"),
    # prisoner-exchange
    "px": ("count", 206, "", "Ukrainian prisoners returned"),
    "pxru": ("count", 206, "", "Russian prisoners returned"),
    "pxciv": ("count", 18, "", "civilians freed"),
    # drone-odesa
    "og": ("measure", 1340, "t", "grain destroyed"),
    "odl": ("count", 37, "", "drones launched"),
    "ods": ("count", 29, "", "drones shot down"),
    # referendum-poland
    "rpoll": ("percent", 54, "%", "yes vote share in poll"),
    "rresp": ("count", 1012, "", "poll respondents"),
    "pt413": ("percent", 41.3, "%", "referendum turnout"),
    "pt418": ("percent", 41.8, "%", "referendum turnout"),
    "pyes": ("percent", 58.6, "%", "yes vote share"),
    "pthr": ("percent", 50, "%", "turnout threshold for a binding result"),
    "pcnt": ("percent", 100, "%", "polling stations counted"),
    "pabroad": ("count", 126000, "", "overseas ballots added"),
    # election-azores
    "az23": ("count", 23, "", "seats won by Atlantic Alliance"),
    "az57": ("count", 57, "", "seats in regional assembly"),
    "azt": ("percent", 47.2, "%", "turnout"),
    # election-rotterdam
    "rs11": ("count", 11, "", "seats won by Leefbaar Maasstad"),
    "rs45": ("count", 45, "", "council seats"),
    "rt": ("percent", 38, "%", "turnout"),
    # fraud-hamburg
    "fa3": ("count", 3, "", "people arrested"),
    "fd18": ("money", 18000000, "EUR", "estimated fraud damage"),
    "fd21": ("money", 21000000, "EUR", "estimated fraud damage"),
    "fof": ("count", 120, "", "police officers deployed"),
    "fsites": ("count", 14, "", "premises searched"),
    "ffine": ("money", 2500000, "EUR", "corporate fine"),
    "fcodef": ("count", 2, "", "co-defendants given suspended sentences"),
    # trial-marseille
    "tmf": ("money", 450000, "EUR", "fine imposed on ring leader"),
    "tm3": ("count", 3, "", "accomplices convicted"),
    # measles-lviv
    "mc143": ("count", 143, "", "measles cases"),
    "mh23": ("count", 23, "", "children hospitalised"),
    "mdoses": ("count", 50000, "", "vaccine doses delivered"),
    "mc150": ("count", 150, "", "measles cases"),
    "mc211": ("count", 211, "", "measles cases"),
    "mh9": ("count", 9, "", "children hospitalised"),
    "mvac": ("count", 41000, "", "children vaccinated"),
    # legionella-lyon
    "lh23": ("count", 23, "", "people hospitalised"),
    "licu": ("count", 2, "", "patients in intensive care"),
    "lc31": ("count", 31, "", "legionella cases"),
    # transfer-solaberri
    "tf": ("money", 85000000, "EUR", "transfer fee"),
    "tgoals": ("count", 24, "", "league goals this season"),
    # cup-final-portugal
    "ca": ("count", 37593, "", "spectators"),
    # fine-orbyx
    "of": ("money", 1200000000, "EUR", "EU data-protection fine"),
    # breach-kvantel
    "kv41": ("count", 4100000, "", "customer records exposed"),
    "kv63": ("count", 6300000, "", "customer records exposed"),
    "kvf": ("money", 18000000, "EUR", "regulator fine"),
    # breach-ladoga
    "lb41": ("count", 4100000, "", "customer records exposed"),
    "lbgb": ("measure", 12, "GB", "leaked database size"),
    "lbfine": ("money", 500000, "RUB", "maximum fine"),
    # layoffs-helvion
    "hj": ("count", 1340, "", "jobs cut"),
    "hp": ("percent", 12, "%", "share of workforce cut"),
}

# Designed claims: (claim_id, story, alias, variant_of, note).  Any other
# (story, subject, value) seen in >= 2 articles becomes an automatic [minor] claim.
CLAIMS = [
    ("QC-DEAD-12", "quake-calabria", "qd12", "", "[core] first toll of the Calabria quake; look-alike of QC-MISSING-12 (same event, other subject)"),
    ("QC-DEAD-19", "quake-calabria", "qd19", "QC-DEAD-12", "[core] toll rises 12 -> 19"),
    ("QC-DEAD-27", "quake-calabria", "qd27", "QC-DEAD-19", "[core] toll rises 19 -> 27; look-alike of MD-INJ-27 (Madeira landslide, same week)"),
    ("QC-DEAD-30", "quake-calabria", "qd30", "QC-DEAD-27", "[core] rounding: 'nearly 30' for 27"),
    ("QC-DEAD-28", "quake-calabria", "qd28", "QC-DEAD-27", "[core] final toll after a death in hospital"),
    ("QC-MISSING-12", "quake-calabria", "qmiss", "", "[core] 12 missing, also rendered as the range 10–12; look-alike of QC-DEAD-12"),
    ("QC-HOMELESS-4000", "quake-calabria", "qh4000", "", "[core] first mention in a summary only (title carries the toll)"),
    ("QC-HOMELESS-3400", "quake-calabria", "qh3400", "QC-HOMELESS-4000", "[core] corrected figure (double counting)"),
    ("QC-AID-1.2BN", "quake-calabria", "qaid", "", "[core] compact money renderings; look-alike of ORB-FINE-1.2BN"),
    ("VR-DEAD-3", "quake-vrancea", "vd3", "", "[core] second earthquake (other country); look-alike of MA-ARR-3 (same day)"),
    ("MA-ARR-3", "arrests-madrid", "ma3", "", "[core] look-alike of VR-DEAD-3 and FR-ARR-3"),
    ("MA-COCAINE-3T", "arrests-madrid", "mat", "", "[core] same value as MA-ARR-3 in the same event, other subject"),
    ("MD-INJ-27", "landslide-madeira", "md27", "", "[core] look-alike of QC-DEAD-27"),
    ("FL-EVAC-1300", "floods-klodzko", "fl1300", "", "[core] look-alike of KH-EVAC-1300"),
    ("KH-DEAD-9", "kharkiv-shelling", "kd9", "", "[core] look-alike of ZP-INJ-9 (same-day shelling of another city)"),
    ("KH-DEAD-11", "kharkiv-shelling", "kd11", "KH-DEAD-9", "[core] toll rises 9 -> 11"),
    ("KH-EVAC-1300", "kharkiv-shelling", "kev", "", "[core] first mention in a summary only; look-alike of FL-EVAC-1300"),
    ("ZP-DEAD-4", "zaporizhzhia-shelling", "zd4", "", "[core]"),
    ("ZP-INJ-9", "zaporizhzhia-shelling", "zi9", "", "[core] look-alike of KH-DEAD-9"),
    ("AID-NL-350M", "aid-netherlands-ukraine", "an350", "", "[core] money, spelled out in Ukrainian"),
    ("PX-UA-206", "prisoner-exchange", "px", "", "[core] spelled out in Ukrainian; look-alike of PX-RU-206"),
    ("PX-RU-206", "prisoner-exchange", "pxru", "", "[core] same value, other subject, same event"),
    ("OD-GRAIN-1340", "drone-odesa", "og", "", "[core] look-alike of HV-JOBS-1340 (same day)"),
    ("PL-TURNOUT-41.3", "referendum-poland", "pt413", "", "[core] percent with local separators"),
    ("PL-TURNOUT-41.8", "referendum-poland", "pt418", "PL-TURNOUT-41.3", "[core] corrected figure"),
    ("AZ-SEATS-23", "election-azores", "az23", "", "[core] look-alike of LY-HOSP-23 and ML-HOSP-23"),
    ("FR-ARR-3", "fraud-hamburg", "fa3", "", "[core] look-alike of MA-ARR-3"),
    ("FR-DAMAGE-18M", "fraud-hamburg", "fd18", "", "[core] first mention in a summary only; look-alike of KV-FINE-18M"),
    ("FR-DAMAGE-21M", "fraud-hamburg", "fd21", "FR-DAMAGE-18M", "[core] changed official estimate after an 8-day quiet spell"),
    ("ML-HOSP-23", "measles-lviv", "mh23", "", "[core] look-alike of LY-HOSP-23"),
    ("LY-HOSP-23", "legionella-lyon", "lh23", "", "[core] spelled out in every language"),
    ("TR-FEE-85M", "transfer-solaberri", "tf", "", "[core] compact money renderings"),
    ("ORB-FINE-1.2BN", "fine-orbyx", "of", "", "[core] look-alike of QC-AID-1.2BN"),
    ("KV-REC-4.1M", "breach-kvantel", "kv41", "", "[core] look-alike of LB-REC-4.1M"),
    ("KV-REC-6.3M", "breach-kvantel", "kv63", "KV-REC-4.1M", "[core] changed official estimate"),
    ("KV-FINE-18M", "breach-kvantel", "kvf", "", "[core] look-alike of FR-DAMAGE-18M"),
    ("LB-REC-4.1M", "breach-ladoga", "lb41", "", "[core] second data breach (other firm); look-alike of KV-REC-4.1M"),
    ("HV-JOBS-1340", "layoffs-helvion", "hj", "", "[core] look-alike of OD-GRAIN-1340"),
]

# Designed look-alike groups (same value, different event or subject).
LOOKALIKES = [
    ("QC-DEAD-27", "MD-INJ-27"), ("QC-DEAD-12", "QC-MISSING-12"),
    ("VR-DEAD-3", "MA-ARR-3"), ("MA-ARR-3", "MA-COCAINE-3T"), ("MA-ARR-3", "FR-ARR-3"),
    ("QC-AID-1.2BN", "ORB-FINE-1.2BN"), ("KV-REC-4.1M", "LB-REC-4.1M"),
    ("KH-DEAD-9", "ZP-INJ-9"), ("FL-EVAC-1300", "KH-EVAC-1300"),
    ("OD-GRAIN-1340", "HV-JOBS-1340"), ("LY-HOSP-23", "ML-HOSP-23"), ("LY-HOSP-23", "AZ-SEATS-23"),
    ("PX-UA-206", "PX-RU-206"), ("FR-DAMAGE-18M", "KV-FINE-18M"),
]
