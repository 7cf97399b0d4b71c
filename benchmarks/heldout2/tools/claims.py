"""Designed claims.  Source files tag occurrences with {surface|@ID}.

Fields: story, value, kind, unit, subject, core (True -> note starts [core],
False -> [minor]), variant_of (a true mutation of an earlier claim), note.
build.py adds further [minor] claims automatically for any other figure that
repeats within a story (e.g. through a re-post).
"""

def C(story, value, kind, unit, subject, core=True, variant_of="", note=""):
    return dict(story=story, value=value, kind=kind, unit=unit, subject=subject,
                core=core, variant_of=variant_of, note=note)

CLAIMS = {
    # war
    "ZP9": C("drone-zaporizhzhia", 9, "count", "", "people killed in Zaporizhzhia drone attack", note="first toll; first in Ukrainian, spelled out"),
    "ZP11": C("drone-zaporizhzhia", 11, "count", "", "people killed in Zaporizhzhia drone attack", variant_of="ZP9", note="mutation: updated toll 9 -> 11"),
    "ZP-INJ": C("drone-zaporizhzhia", 37, "count", "", "people injured in Zaporizhzhia drone attack", note="injured; look-alike of LV-INJ"),
    "ZP-INJ73": C("drone-zaporizhzhia", 73, "count", "", "people injured in Zaporizhzhia drone attack", variant_of="ZP-INJ", note="mutation: 37 misquoted as 73 by Jornal do Tejo, repeated by De Scheldebode"),
    "ZP-DR": C("drone-zaporizhzhia", 43, "count", "", "drones launched at Zaporizhzhia", core=False, note="secondary figure"),
    "LV4": C("drone-lviv", 4, "count", "", "people killed in Lviv drone attack", note="look-alike of MI-DEAD (4 victims, same week)"),
    "LV-INJ": C("drone-lviv", 37, "count", "", "people injured in Lviv drone attack", note="same value as ZP-INJ, same theme, different event"),
    "LV-APT": C("drone-lviv", 280, "count", "", "apartments damaged in Lviv", core=False, note="look-alike of NV-SICK (280)"),
    "PX": C("prisoner-exchange", 205, "count", "", "prisoners released by each side", note="first in Russian; look-alike of WA-FL (205 flights, same day)"),
    "PX-CIV": C("prisoner-exchange", 14, "count", "", "civilians among released Ukrainians", core=False, note="secondary figure"),
    # disasters
    "AL-EVAC": C("wildfire-algarve", 1200, "count", "", "people evacuated from wildfire", note="first in Portuguese; same value as GI-EVAC"),
    "AL-HA": C("wildfire-algarve", 4800, "measure", "ha", "area burned by wildfire", core=False, note="first estimate"),
    "AL-HA2": C("wildfire-algarve", 6300, "measure", "ha", "area burned by wildfire", core=False, variant_of="AL-HA", note="mutation: updated area"),
    "AL-FF": C("wildfire-algarve", 650, "count", "", "firefighters deployed", core=False, note="secondary figure"),
    "AL-LOSS": C("wildfire-algarve", 38_000_000, "money", "EUR", "losses caused by Monchique fire", core=False, note="later phase (inquiry)"),
    "GI-EVAC": C("wildfire-girona", 1200, "count", "", "people evacuated from wildfire", note="same subject and value as AL-EVAC, different event"),
    "GI-EVAC2": C("wildfire-girona", 1500, "count", "", "people evacuated from wildfire", variant_of="GI-EVAC", note="mutation: updated count"),
    "GI-HA": C("wildfire-girona", 2100, "measure", "ha", "area burned by wildfire", core=False, note="secondary figure"),
    "FL3": C("flood-klodzko", 3, "count", "", "people killed in Kłodzko floods", note="first in Polish; look-alike of LG-DEAD3"),
    "FL-HOMES": C("flood-klodzko", 2400, "count", "", "homes flooded in Kłodzko valley", note="look-alike of HM-JOBS (2,400)"),
    "FL-AID": C("flood-klodzko", 500_000_000, "money", "PLN", "government flood aid", core=False, note="later phase (aid pledged)"),
    # labour
    "RS-CANC": C("strike-rail-tdb", 7000, "count", "", "train services cancelled by strike", note="first in German"),
    "RS-PAX": C("strike-rail-tdb", 3_500_000, "count", "", "passengers affected by rail strike", core=False, note="3.5 million; cf. EUR 3.5m ransoms"),
    "RS-DEM": C("strike-rail-tdb", 8.5, "percent", "%", "pay rise demanded by train drivers", core=False, note="demand"),
    "RS-DEAL": C("strike-rail-tdb", 6.2, "percent", "%", "pay rise agreed for train drivers", core=False, note="later phase (agreement), different subject from the demand"),
    "PA-SHIPS": C("strike-port-antwerp", 140, "count", "", "ships waiting outside Antwerp", note="first in Dutch"),
    "LX-ORG": C("protest-lisbon", 80_000, "count", "", "teachers marching in Lisbon", note="organisers' figure; first in Portuguese"),
    "LX-POL": C("protest-lisbon", 25_000, "count", "", "teachers marching in Lisbon", variant_of="LX-ORG", note="mutation: police estimate"),
    # justice
    "MI-COMP": C("verdict-milan", 120_000_000, "money", "EUR", "damages ordered in Lodi footbridge case", note="first in Italian"),
    "MI-DEAD": C("verdict-milan", 4, "count", "", "people killed in Lodi footbridge collapse", core=False, note="look-alike of LV4"),
    "KR-VICT": C("verdict-krakow", 340, "count", "", "patients who received fake cancer drugs", note="first in Polish"),
    "KR-FINE": C("verdict-krakow", 18_000_000, "money", "PLN", "fine imposed on Vitarel", core=False, note="secondary figure"),
    # politics
    "POLL-D": C("poll-demoskon", 52, "percent", "%", "share backing a four-day working week", note="same subject as POLL-M, different poll"),
    "POLL-M": C("poll-meinungsbild", 47, "percent", "%", "share backing a four-day working week", core=False, note="different poll, same subject"),
    # cyber
    "RH-REC": C("cyber-havenzorg", 1_200_000, "count", "", "patient records stolen from Havenzorg", note="first in Dutch"),
    "RH-REC2": C("cyber-havenzorg", 1_300_000, "count", "", "patient records stolen from Havenzorg", variant_of="RH-REC", note="mutation: updated count once data leaked"),
    "RH-RANSOM": C("cyber-havenzorg", 3_500_000, "money", "EUR", "ransom demanded by hackers", note="same value as VA-RANSOM, same theme"),
    "VA-RANSOM": C("cyber-metrovalencia", 3_500_000, "money", "EUR", "ransom demanded by hackers", note="first in Spanish; same value as RH-RANSOM"),
    "VA-PAX": C("cyber-metrovalencia", 220_000, "count", "", "daily metro passengers riding free", core=False, note="secondary figure"),
    # transport
    "BZ5": C("bus-crash-brenner", 5, "count", "", "people killed in Brenner bus crash", note="first in Italian"),
    "BZ6": C("bus-crash-brenner", 6, "count", "", "people killed in Brenner bus crash", variant_of="BZ5", note="mutation: updated toll"),
    "BZ-INJ": C("bus-crash-brenner", 23, "count", "", "people injured in Brenner bus crash", core=False, note="secondary figure"),
    "WA-FL": C("atc-warsaw", 205, "count", "", "flights cancelled at Warsaw Chopin", note="first in Polish; look-alike of PX"),
    "WA-PAX": C("atc-warsaw", 31_000, "count", "", "passengers stranded at Warsaw Chopin", core=False, note="secondary figure"),
    # economy
    "HM-JOBS": C("layoffs-hollmark", 2400, "count", "", "jobs cut at Hollmark", note="first in German"),
    "HM-AID": C("layoffs-hollmark", 300_000_000, "money", "EUR", "state aid pledged for Duisburg", core=False, note="later phase (aid)"),
    "VS-BID": C("takeover-versland", 2_600_000_000, "money", "EUR", "takeover offer for Versland", note="first in Portuguese"),
    "VS-BID2": C("takeover-versland", 2_900_000_000, "money", "EUR", "takeover offer for Versland", variant_of="VS-BID", note="mutation: revised offer"),
    "VS-SHARE": C("takeover-versland", 14.2, "money", "EUR", "offer per Versland share", core=False, note="secondary figure"),
    # energy
    "PO-CUST": C("blackout-porto", 640_000, "count", "", "customers without power in northern Portugal", note="first in Portuguese"),
    "PO-CUST2": C("blackout-porto", 650_000, "count", "", "customers without power in northern Portugal", variant_of="PO-CUST", note="mutation: rounding 640,000 -> 'nearly/about 650,000'"),
    "BL-MW": C("cable-baltic", 700, "measure", "MW", "capacity of Amber Link cable", note="first in Polish"),
    "BL-CREW": C("cable-baltic", 19, "count", "", "crew aboard detained ship", core=False, note="secondary figure"),
    # public health
    "LG-CASES": C("legionella-bordeaux", 27, "count", "", "legionellosis cases in Bordeaux", note="first in French, spelled out"),
    "LG-CASES2": C("legionella-bordeaux", 34, "count", "", "legionellosis cases in Bordeaux", variant_of="LG-CASES", note="mutation: updated count"),
    "LG-DEAD": C("legionella-bordeaux", 2, "count", "", "legionellosis deaths in Bordeaux", core=False, note="first deaths"),
    "LG-DEAD3": C("legionella-bordeaux", 3, "count", "", "legionellosis deaths in Bordeaux", core=False, variant_of="LG-DEAD", note="mutation: updated count; look-alike of FL3"),
    "NV-SICK": C("norovirus-cruise", 280, "count", "", "cruise passengers ill with norovirus", note="first in Dutch; look-alike of LV-APT"),
    "NV-SICK2": C("norovirus-cruise", 312, "count", "", "cruise passengers ill with norovirus", variant_of="NV-SICK", note="mutation: updated count"),
    "NV-PAX": C("norovirus-cruise", 2900, "count", "", "passengers aboard the cruise ship", core=False, note="secondary figure"),
    # sport
    "TR-FEE": C("transfer-alvim", 65_000_000, "money", "EUR", "transfer fee for Diogo Alvim", note="first in Portuguese"),
    "TR-FEE2": C("transfer-alvim", 75_000_000, "money", "EUR", "transfer fee for Diogo Alvim", variant_of="TR-FEE", note="mutation: fee restated as up to EUR 75m with add-ons"),
    # science / culture
    "WR-COINS": C("hoard-wroclaw", 1400, "count", "", "silver coins found in Wrocław hoard", note="first in Polish"),
    "GH-VAL": C("theft-ghent", 12_000_000, "money", "EUR", "value of paintings stolen in Ghent", note="first in Dutch"),
    "GH-N": C("theft-ghent", 3, "count", "", "paintings stolen in Ghent", core=False, note="spelled out"),
}
