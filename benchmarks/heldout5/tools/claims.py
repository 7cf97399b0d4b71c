"""Designed claims for heldout5: one (story, subject, value) repeated in >= 2 articles."""
CLAIMS = {}


def C(cid, story, value, kind, unit, subject, variant_of="", note="[minor]"):
    CLAIMS[cid] = dict(story=story, value=value, kind=kind, unit=unit, subject=subject,
                       variant_of=variant_of, note=note)


# ---- bus accidents
C("BV-PAX", "bus-villach", 52, "count", "", "Polish skiers aboard coach that overturned near Villach")
C("BV-DEAD", "bus-villach", 3, "count", "", "people killed in Villach coach crash", note="[core] first toll")
C("BV-DEAD2", "bus-villach", 5, "count", "", "people killed in Villach coach crash", "BV-DEAD", "[core] mutation: updated toll 3 -> 5; same value as BL-DEAD (Busk's first toll)")
C("BV-MORE", "bus-villach", 2, "count", "", "Villach crash passengers who died in hospital overnight", note="[minor] the two new deaths, not the old toll")
C("BV-INJ", "bus-villach", 19, "count", "", "people injured in Villach coach crash", note="[core] look-alike of BL-INJ")
C("BL-DEAD", "bus-lviv", 5, "count", "", "people killed in bus-lorry collision near Busk", note="[core] first toll; same value as BV-DEAD2")
C("BL-DEAD2", "bus-lviv", 6, "count", "", "people killed in bus-lorry collision near Busk", "BL-DEAD", "[core] mutation: updated toll 5 -> 6")
C("BL-INJ", "bus-lviv", 19, "count", "", "people injured in bus-lorry collision near Busk", note="[core] look-alike of BV-INJ (three days later)")
C("BL-VIL5", "bus-lviv", 5, "count", "", "people killed in Villach coach crash (mentioned in Busk reports)", note="[core] the twin's toll inside Busk reports; not BV-DEAD2")

# ---- ferry accidents
C("FA-PAX", "ferry-ancona", 612, "count", "", "passengers evacuated from burning ferry Stella del Conero", note="[core]")
C("FA-DIST", "ferry-ancona", 30, "measure", "nmi", "distance of Stella del Conero from Ancona when fire broke out")
C("FA-INJ", "ferry-ancona", 14, "count", "", "people hurt in Stella del Conero fire", note="[core] first count")
C("FA-INJ2", "ferry-ancona", 11, "count", "", "people hurt in Stella del Conero fire", "FA-INJ", "[core] mutation: revision downwards 14 -> 11 (people counted twice); same value as FT-INJ")
C("FT-PAX", "ferry-thessaloniki", 388, "count", "", "passengers aboard Kassandra Express when it ran aground", note="[core]")
C("FT-INJ", "ferry-thessaloniki", 11, "count", "", "people hurt when Kassandra Express ran aground", note="[core] look-alike of FA-INJ2 (two days later)")
C("FT-CREW", "ferry-thessaloniki", 42, "count", "", "crew aboard Kassandra Express")
C("FT-STRAY", "ferry-thessaloniki", 2, "measure", "nmi", "distance Kassandra Express strayed from its course")

# ---- bridge closures
C("BG-CRACK", "bridge-garonne", 1.8, "measure", "m", "length of crack in Boé bridge pier")
C("BG-VEH", "bridge-garonne", 23000, "count", "", "vehicles crossing Boé bridge daily", note="[core] look-alike of BO-VEH")
C("BG-DETOUR", "bridge-garonne", 40, "measure", "km", "detour forced by Boé bridge closure")
C("BG-COST", "bridge-garonne", 14000000, "money", "EUR", "cost of repairing Boé bridge", note="[core] first estimate")
C("BG-COST2", "bridge-garonne", 19000000, "money", "EUR", "cost of repairing Boé bridge", "BG-COST", "[core] mutation: revised estimate EUR 14m -> 19m, reported six days after the 14 March closure")
C("BO-VEH", "bridge-opole", 23000, "count", "", "vehicles crossing Groszowice bridge in Opole daily", note="[core] same value as BG-VEH, four days later")
C("BO-DETOUR", "bridge-opole", 15, "measure", "km", "detour forced by Groszowice bridge closure")
C("BO-COST", "bridge-opole", 62000000, "money", "PLN", "cost of repairing Groszowice bridge in Opole")
C("BO-BOE23", "bridge-opole", 23000, "count", "", "vehicles crossing Boé bridge daily (mentioned in Opole reports)", note="[core] the twin's figure inside Opole reports; not BG-VEH")

# ---- airline cancellations
C("AS-CANC", "airline-aliserena", 280, "count", "", "Aliserena flights cancelled in pilots' strike", note="[core] first figure (one strike day)")
C("AS-CANC2", "airline-aliserena", 340, "count", "", "Aliserena flights cancelled in pilots' strike", "AS-CANC", "[core] mutation: 280 -> 340 after a second strike day; same value as IA-CANC")
C("AS-PAX", "airline-aliserena", 38000, "count", "", "passengers affected by Aliserena strike day")
C("AS-DEMAND", "airline-aliserena", 12, "percent", "%", "pay rise demanded by Aliserena pilots", note="[core] demand; not a mutation of the offer")
C("AS-OFFER", "airline-aliserena", 5, "percent", "%", "pay rise offered by Aliserena")
C("IA-CANC", "airline-iberazur", 340, "count", "", "IberAzur flights cancelled in cabin crew strike", note="[core] look-alike of AS-CANC2")
C("IA-PAX", "airline-iberazur", 51000, "count", "", "passengers affected by IberAzur strike")
C("IA-DEMAND", "airline-iberazur", 11, "percent", "%", "pay rise demanded by IberAzur cabin crew")
C("IA-AS340", "airline-iberazur", 340, "count", "", "Aliserena flights cancelled (mentioned in IberAzur reports)", note="[core] the twin's figure in the same articles as IA-CANC")

# ---- mayor arrests (triple)
C("MP-BRIBE", "mayor-pavlohrad", 2400000, "money", "UAH", "bribe allegedly taken by Pavlohrad mayor", note="[core] same value as MC-TENDER (in euros, other story)")
C("MP-USD", "mayor-pavlohrad", 58000, "money", "USD", "bribe allegedly taken by Pavlohrad mayor, in dollars")
C("MP-OTHERS", "mayor-pavlohrad", 2, "count", "", "Pavlohrad city officials detained with the mayor")
C("MP-BAIL", "mayor-pavlohrad", 15000000, "money", "UAH", "bail set for Pavlohrad mayor")
C("MT-BRIBE", "mayor-torrevieja", 340000, "money", "EUR", "bribes allegedly taken by Torrevieja mayor", note="[core] correct figure")
C("MT-BRIBE-M", "mayor-torrevieja", 430000, "money", "EUR", "bribes allegedly taken by Torrevieja mayor", "MT-BRIBE", "[core] mutation: wire misquote 340,000 -> 430,000, copied by a syndicated copy and a Russian outlet, corrected next day")
C("MT-OTHERS", "mayor-torrevieja", 6, "count", "", "other people arrested with Torrevieja mayor")
C("MT-SEARCH", "mayor-torrevieja", 12, "count", "", "searches in Torrevieja bribery case")
C("MC-TENDER", "mayor-chieti", 2400000, "money", "EUR", "school meal tenders allegedly rigged in Chieti", note="[core] look-alike of MP-BRIBE (2.4 million, other currency)")
C("MC-BRIBE", "mayor-chieti", 60000, "money", "EUR", "bribes allegedly taken by Chieti mayor")
C("MC-OTHERS", "mayor-chieti", 4, "count", "", "other suspects in Chieti tender case")

# ---- drug seizures
C("DA-COC", "drugs-antwerp", 3.1, "measure", "t", "cocaine seized in Antwerp banana containers", note="[core] first figure")
C("DA-COC2", "drugs-antwerp", 4.6, "measure", "t", "cocaine seized in Antwerp banana containers", "DA-COC", "[core] mutation: 3.1 t -> 4.6 t after more containers were searched; same value as DV-COC")
C("DA-CONT", "drugs-antwerp", 4, "count", "", "containers in which Antwerp cocaine was first found")
C("DA-VALUE", "drugs-antwerp", 230000000, "money", "EUR", "street value of cocaine first seized in Antwerp")
C("DA-CONT2", "drugs-antwerp", 2, "count", "", "additional containers with cocaine found in Antwerp")
C("DA-EXTRA", "drugs-antwerp", 1.5, "measure", "t", "additional cocaine found in Antwerp", note="[minor] part of the 4.6 t total, not an update of it")
C("DA-ARR", "drugs-antwerp", 5, "count", "", "people arrested over Antwerp cocaine haul")
C("DV-COC", "drugs-valencia", 4.6, "measure", "t", "cocaine seized in Valencia pineapple containers", note="[core] look-alike of DA-COC2 (a day later)")
C("DV-CONT", "drugs-valencia", 6, "count", "", "containers with cocaine in Valencia")
C("DV-ARR", "drugs-valencia", 9, "count", "", "people arrested over Valencia cocaine haul")
C("DV-ANT46", "drugs-valencia", 4.6, "measure", "t", "cocaine seized in Antwerp (mentioned in Valencia reports)", note="[core] the twin's updated figure in the same articles as DV-COC")

# ---- hospital strikes
C("SW-VOTE", "strike-doctors-wroclaw", 87, "percent", "%", "Wroclaw resident doctors who voted to strike", note="[core] same value as SC-TURN")
C("SW-DOCS", "strike-doctors-wroclaw", 420, "count", "", "resident doctors at Nadodrzanski hospital")
C("SW-DEMAND", "strike-doctors-wroclaw", 30, "percent", "%", "pay rise demanded by Wroclaw resident doctors", note="[core] demand; not a mutation of the deal")
C("SW-OPS", "strike-doctors-wroclaw", 1100, "count", "", "operations postponed in Wroclaw doctors' strike")
C("SW-DEAL", "strike-doctors-wroclaw", 18, "percent", "%", "pay rise agreed for Wroclaw resident doctors")
C("SC-HIRE", "strike-nurses-coimbra", 300, "count", "", "extra nurses demanded by Coimbra union")
C("SC-OWED", "strike-nurses-coimbra", 4200000, "money", "EUR", "unpaid overtime owed to Coimbra nurses")
C("SC-TURN", "strike-nurses-coimbra", 87, "percent", "%", "Coimbra nurses joining strike on its opening day", note="[core] look-alike of SW-VOTE")
C("SC-OPS", "strike-nurses-coimbra", 640, "count", "", "operations and appointments postponed on opening day of Coimbra nurses' strike")

# ---- wildfires
C("WA-FIRES", "wildfire-asturias", 60, "count", "", "active wildfires in Asturias", note="[core] first count")
C("WA-FIRES2", "wildfire-asturias", 85, "count", "", "active wildfires in Asturias", "WA-FIRES", "[core] mutation: updated count 60 -> 85")
C("WA-WIND", "wildfire-asturias", 90, "measure", "km/h", "wind gusts fanning Asturias wildfires")
C("WA-HA", "wildfire-asturias", 2300, "measure", "ha", "area burnt by Asturias wildfires")

# ---- earthquakes
C("QM-MAG", "quake-marche", 4.8, "measure", "Mw", "magnitude of earthquake near Camerino", note="[core] first estimate")
C("QM-MAG2", "quake-marche", 4.6, "measure", "Mw", "magnitude of earthquake near Camerino", "QM-MAG", "[core] mutation: revision downwards 4.8 -> 4.6; same value as QC-MAG")
C("QM-DEPTH", "quake-marche", 9, "measure", "km", "depth of earthquake near Camerino")
C("QM-DISP", "quake-marche", 240, "count", "", "people unable to return home after Camerino quake")
C("QM-INJ", "quake-marche", 3, "count", "", "people slightly injured in Camerino quake")
C("QC-MAG", "quake-calabria", 4.6, "measure", "Mw", "magnitude of earthquake near Cosenza", note="[core] look-alike of QM-MAG2")
C("QC-INJ", "quake-calabria", 17, "count", "", "people injured in Cosenza earthquake")
C("QC-HOUSES", "quake-calabria", 120, "count", "", "homes damaged by Cosenza earthquake")

# ---- cyberattacks on cities
C("CG-STAFF", "cyber-gent", 1900, "count", "", "Ghent city staff unable to work after cyberattack")
C("CG-RANSOM", "cyber-gent", 2000000, "money", "EUR", "ransom demanded from city of Ghent", note="[core] look-alike of CM-RANSOM")
C("CG-DATA", "cyber-gent", 60000, "count", "", "Ghent residents whose data may have been stolen")
C("CM-PCS", "cyber-magdeburg", 2600, "count", "", "Magdeburg city computers taken offline")
C("CM-RANSOM", "cyber-magdeburg", 2000000, "money", "EUR", "ransom demanded from city of Magdeburg", note="[core] same sum as CG-RANSOM, three days later")
C("CM-DATA", "cyber-magdeburg", 41000, "count", "", "Magdeburg residents whose data was stolen")

# ---- flood evacuations
C("FZ-EVAC", "flood-zakarpattia", 1940, "count", "", "people evacuated in Zakarpattia floods", note="[core] first figure")
C("FZ-EVAC2", "flood-zakarpattia", 2000, "count", "", "people evacuated in Zakarpattia floods", "FZ-EVAC", "[core] mutation: rounding by the wire, 1,940 -> 'nearly 2,000'; its syndicated copy and a Polish outlet follow it")
C("FZ-EVAC3", "flood-zakarpattia", 2600, "count", "", "people evacuated in Zakarpattia floods", "FZ-EVAC", "[core] mutation: updated count 1,940 -> 2,600")
C("FZ-VILL", "flood-zakarpattia", 37, "count", "", "villages flooded in Zakarpattia")
C("FZ-RISE", "flood-zakarpattia", 2.3, "measure", "m", "rise of the Tisza in a day")
C("FZ-MORE", "flood-zakarpattia", 660, "count", "", "additional people evacuated overnight in Zakarpattia", note="[core] part of the 2,600 total; same value as FN-EVAC2")
C("FN-EVAC", "flood-nowysacz", 480, "count", "", "people evacuated in Nowy Sacz floods", note="[core] first figure")
C("FN-EVAC2", "flood-nowysacz", 660, "count", "", "people evacuated in Nowy Sacz floods", "FN-EVAC", "[core] mutation: updated count 480 -> 660; same value as FZ-MORE")
C("FN-GAUGES", "flood-nowysacz", 11, "count", "", "river gauges above alarm level near Nowy Sacz")
C("FN-GMINY", "flood-nowysacz", 6, "count", "", "districts under flood alert near Nowy Sacz")
C("FN-DAMAGE", "flood-nowysacz", 48000000, "money", "PLN", "flood damage in Nowy Sacz county")

# ---- food recalls
C("RS-ILL", "recall-sausage", 8, "count", "", "people in hospital with listeria from Bystrzyca sausages", note="[core] first count")
C("RS-ILL2", "recall-sausage", 13, "count", "", "people in hospital with listeria from Bystrzyca sausages", "RS-ILL", "[core] mutation: updated count 8 -> 13; same value as RC-ILL")
C("RS-BATCH", "recall-sausage", 12, "count", "", "batches of Bystrzyca sausages recalled")
C("RS-TONS", "recall-sausage", 38, "measure", "t", "Bystrzyca sausages recalled, by weight")
C("RC-ILL", "recall-cheese", 13, "count", "", "people ill with listeria from Comminges tommes", note="[core] first count; look-alike of RS-ILL2")
C("RC-ILL2", "recall-cheese", 17, "count", "", "people ill with listeria from Comminges tommes", "RC-ILL", "[core] mutation: updated count 13 -> 17")
C("RC-UNITS", "recall-cheese", 6000, "count", "", "Comminges tommes recalled")
C("RC-NEW", "recall-cheese", 4, "count", "", "new listeria cases linked to Comminges tommes")
C("RC-PL13", "recall-cheese", 13, "count", "", "people in hospital in Polish listeria outbreak (mentioned in cheese reports)", note="[core] the twin's updated figure in the same articles as RC-ILL; not RS-ILL2")

# ---- coach sackings
C("SP-WINLESS", "sack-coimbra", 6, "count", "", "games without a win before Uniao Coimbra sacked its coach", note="[core] look-alike of SD-WINLESS")
C("SP-COMP", "sack-coimbra", 1200000, "money", "EUR", "compensation for sacked Uniao Coimbra coach")
C("SD-WINLESS", "sack-dnipro", 6, "count", "", "games without a win before Sokil Dnipro sacked its coach", note="[core] same value as SP-WINLESS, two days later")
