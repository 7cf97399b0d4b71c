"""Designed claims.  Source files tag occurrences with {surface|@ID}.

Fields: story, value, kind, unit, subject, core (True -> note starts [core],
False -> [minor]), variant_of (a true mutation of an earlier claim), note.
build.py adds further [minor] claims automatically for any other figure that
repeats within a story (e.g. through a re-post or syndicated copy).
"""

def C(story, value, kind, unit, subject, core=True, variant_of="", note=""):
    return dict(story=story, value=value, kind=kind, unit=unit, subject=subject,
                core=core, variant_of=variant_of, note=note)

CLAIMS = {
    # war
    "KY9": C("attack-kyiv", 9, "count", "", "people killed in Kyiv attack",
             note="first toll; first in Ukrainian; Київ/Kyiv/Kiew/Kijów/Kiev/Киев"),
    "KY12": C("attack-kyiv", 12, "count", "", "people killed in Kyiv attack", variant_of="KY9",
              note="mutation: updated toll 9 -> 12"),
    "KY-INJ": C("attack-kyiv", 31, "count", "", "people injured in Kyiv attack", core=False, note="secondary figure"),
    "KY-HEAT": C("attack-kyiv", 40000, "count", "", "Kyiv homes without heating",
                 note="rendered 40,000 / 40.000 / 40 тисяч / 40 тыс. / quarantamila"),
    "KH-DEAD": C("attack-kharkiv", 4, "count", "", "people killed in Kharkiv drone attack",
                 note="same night as the Zaporizhzhia strike"),
    "KH-INJ": C("attack-kharkiv", 19, "count", "", "people injured in Kharkiv drone attack", core=False,
                note="look-alike of ZP-INJ (19 injured in Zaporizhzhia the same night)"),
    "ZP-DEAD": C("attack-zaporizhzhia", 2, "count", "", "people killed in Zaporizhzhia missile attack", core=False,
                 note="different attack, same night"),
    "ZP-INJ": C("attack-zaporizhzhia", 19, "count", "", "people injured in Zaporizhzhia missile attack", core=False,
                note="look-alike of KH-INJ"),
    # disaster
    "LX1": C("fire-lisbon-marvila", 3, "count", "", "people killed in Lisbon fire",
             note="look-alike of LX2 (same city, same toll, same subject, five days apart)"),
    "LX2": C("fire-lisbon-alvalade", 3, "count", "", "people killed in Lisbon fire",
             note="different fire; identical subject and value to LX1"),
    "LX2-DISP": C("fire-lisbon-alvalade", 22, "count", "", "residents displaced by Alvalade fire", core=False,
                  note="secondary figure"),
    "AL-MAG": C("quake-albania", 5.4, "measure", "magnitude", "earthquake magnitude",
                note="look-alike of GR-MAG (same magnitude, two days apart)"),
    "AL-DEAD": C("quake-albania", 2, "count", "", "people killed in Albania earthquake", core=False, note="toll"),
    "AL-INJ": C("quake-albania", 60, "count", "", "people injured in Albania earthquake", core=False, note="secondary"),
    "GR-MAG": C("quake-kefalonia", 5.4, "measure", "magnitude", "earthquake magnitude", core=False,
                note="different quake, identical subject and value to AL-MAG"),
    "GR-BLD": C("quake-kefalonia", 200, "count", "", "buildings damaged on Kefalonia", core=False, note="secondary"),
    "KT5": C("mine-katowice", 5, "count", "", "miners killed in Katowice mine blast",
             note="first toll; first in Polish"),
    "KT7": C("mine-katowice", 7, "count", "", "miners killed in Katowice mine blast", variant_of="KT5",
             note="mutation: updated toll 5 -> 7"),
    "KT-MISS": C("mine-katowice", 11, "count", "", "miners missing after Katowice blast", core=False, note="early figure"),
    # weather
    "EM-EVAC": C("flood-emilia", 1400, "count", "", "people evacuated in floods",
                 note="look-alike of MR-EVAC (neighbouring region, two days later)"),
    "EM-DEAD": C("flood-emilia", 2, "count", "", "people killed in Modena floods", core=False, note="toll"),
    "MR-EVAC": C("flood-marche", 1400, "count", "", "people evacuated in floods", core=False,
                 note="different flood, identical subject and value to EM-EVAC"),
    "TY3": C("avalanche-tyrol", 3, "count", "", "skiers killed by avalanche", note="Tirol/Tyrol/Tirolo"),
    "AO2": C("avalanche-aosta", 2, "count", "", "skiers killed by avalanche", core=False,
             note="different avalanche a day later, same subject"),
    # labour
    "DE-PCT": C("strike-rail-germany", 70, "percent", "%", "share of long-distance trains cancelled",
                note="rendered 70 % / 70 Prozent / seven in ten (not labelled as 70)"),
    "ES-TRAINS": C("strike-rail-spain", 1600, "count", "", "trains cancelled in rail strike",
                   note="first in Spanish"),
    # politics
    "PV-EURO": C("poll-euro-vistula", 38, "percent", "%", "share of Poles backing euro adoption",
                 note="same subject as PC-EURO, different poll"),
    "PV-N": C("poll-euro-vistula", 1004, "count", "", "poll respondents", core=False, note="sample size"),
    "PC-EURO": C("poll-euro-cebos", 41, "percent", "%", "share of Poles backing euro adoption",
                 note="different poll a week later"),
    "MS-CAST": C("vote-marseille", 38.2, "percent", "%", "Nadia Castellan's first-round share",
                 note="look-alike: 38.2 vs the 38 % euro poll"),
    "MS-TURN": C("vote-marseille", 41, "percent", "%", "turnout", core=False,
                 note="look-alike of GD-TURN2 (41 % turnout in Gdańsk, same weekend)"),
    "GD-NO": C("referendum-gdansk", 58.6, "percent", "%", "no share in Gdańsk referendum", note="result"),
    "GD-TURN": C("referendum-gdansk", 40.8, "percent", "%", "turnout", core=False, note="exact turnout"),
    "GD-TURN2": C("referendum-gdansk", 41, "percent", "%", "turnout", core=False, variant_of="GD-TURN",
                  note="mutation: rounding 40.8 -> 41"),
    # justice
    "KA-DRV": C("ruling-kestrel-amsterdam", 4200, "count", "", "Kestrel drivers in the Netherlands",
                note="first in Dutch"),
    "KP-FINE": C("ruling-kestrel-paris", 12_000_000, "money", "EUR", "fine on Kestrel Rides",
                 note="12 millions d'euros / €12m / 12 Mio. Euro"),
    "KP-USERS": C("ruling-kestrel-paris", 2_100_000, "count", "", "users hit by Kestrel data breach", core=False,
                  note="secondary"),
    # economy
    "BR-JOBS": C("layoffs-brennsdorf", 2400, "count", "", "jobs cut", note="first in German"),
    "BR-PL": C("layoffs-brennsdorf", 600, "count", "", "Brennsdorf jobs cut in Gliwice", core=False, note="secondary"),
    "VL-JOBS": C("layoffs-velaris", 1850, "count", "", "jobs cut", note="same subject as BR-JOBS, other company"),
    "VL-MUL": C("layoffs-velaris", 620, "count", "", "Velaris jobs cut in Mulhouse", core=False, note="secondary"),
    # health
    "LG27": C("legionella-porto", 27, "count", "", "Legionnaires' disease cases in Porto", note="first count"),
    "LG34": C("legionella-porto", 34, "count", "", "Legionnaires' disease cases in Porto", variant_of="LG27",
              note="mutation: updated count"),
    "LG-DEAD": C("legionella-porto", 2, "count", "", "people killed by Legionnaires' disease in Porto", core=False,
                 note="toll"),
    "LV-MEAS": C("measles-lviv", 146, "count", "", "measles cases in Lviv region", note="Львів/Lwów/Lemberg/Leopoli"),
    # sport
    "TM-FEE": C("transfer-meireles", 45_000_000, "money", "EUR", "transfer fee for Rui Meireles",
                note="first in Portuguese"),
    "TM-FEE2": C("transfer-meireles", 50_000_000, "money", "EUR", "transfer fee for Rui Meireles", variant_of="TM-FEE",
                 note="mutation: fee restated as up to EUR 50m with add-ons"),
    "TK-FEE": C("transfer-kowalczyk", 18_000_000, "money", "EUR", "transfer fee for Adam Kowalczyk",
                note="other transfer, same theme"),
    "RS-KM": C("race-sanremo", 289, "measure", "km", "Milan-Sanremo race distance", core=False, note="distance"),
    # tech
    "CB-OPS": C("cyber-brno", 140, "count", "", "operations postponed after Brno hack", note="first in German"),
    "CG-PC": C("cyber-ghent", 3500, "count", "", "Ghent city computers taken offline", note="first in Dutch"),
    # environment
    "TG-OIL": C("tanker-gotland", 300, "measure", "t", "oil leaked off Gotland", note="first estimate"),
    "TG-OIL2": C("tanker-gotland", 450, "measure", "t", "oil leaked off Gotland", variant_of="TG-OIL",
                 note="mutation: revised estimate"),
    "TG-CREW": C("tanker-gotland", 23, "count", "", "crew of the Marit Solberg", core=False, note="secondary"),
    # science
    "LU-COST": C("probe-lumen", 740_000_000, "money", "EUR", "cost of the Lumen mission",
                 note="740 millions d'euros / €740m / 740 Mio. Euro"),
    "LU-KG": C("probe-lumen", 1870, "measure", "kg", "Lumen probe mass", core=False, note="mass"),
    # culture
    "AT-VAL": C("art-theft-antwerp", 6_000_000, "money", "EUR", "estimated value of the stolen portrait",
                note="first in Dutch; repeated in the recovery follow-up"),
}
