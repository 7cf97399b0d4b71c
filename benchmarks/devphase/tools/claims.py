"""Designed claims of devphase: id -> {story, value, kind, unit, subject, variant_of, note}.

A claim is one (story, subject, value) told in two articles or more. `variant_of` links a later, different figure
for the same subject (an updated toll, a revised offer, a rounding, a misquote) to the earlier one. Notes start
with [core] (headline figures and mutations) or [minor].
"""

CLAIMS: dict[str, dict] = {}


def c(cid, story, value, kind, subject, unit="", variant_of="", note=""):
    CLAIMS[cid] = {"story": story, "value": float(value), "kind": kind, "unit": unit, "subject": subject,
                   "variant_of": variant_of, "note": note}


# flood-mombasa
c("MB-DEAD", "flood-mombasa", 23, "count", "people killed by floods in Mombasa and Kilifi", note="[core] first toll")
c("MB-DISP", "flood-mombasa", 40000, "count", "people displaced by floods in Mombasa and Kilifi",
  note="[core] look-alike of TB-DISP (40,000 displaced in Tabasco, same week)")
c("MB-RAIN", "flood-mombasa", 180, "measure", "rain in 24 hours in Mombasa", "mm", note="[minor]")
c("MB-DEAD2", "flood-mombasa", 41, "count", "people killed by floods in Mombasa and Kilifi", variant_of="MB-DEAD",
  note="[core] updated toll, 23 -> 41")
c("MB-DISP2", "flood-mombasa", 60000, "count", "people displaced by floods in Mombasa and Kilifi",
  variant_of="MB-DISP", note="[core] updated count, 40,000 -> more than 60,000 (sessantamila, 60 000)")
c("MB-AID", "flood-mombasa", 2e9, "money", "Kenyan government flood relief fund", "KES",
  note="[minor] KSh 2 billion / zwei Milliarden Schilling")
c("MB-AID-USD", "flood-mombasa", 15.5e6, "money", "Kenyan government flood relief fund, in dollars", "USD",
  note="[minor] the same fund converted: not a mutation")
c("MB-UN", "flood-mombasa", 18e6, "money", "UN appeal for Kenya flood victims", "USD", note="[minor]")
# flood-tabasco
c("TB-DEAD", "flood-tabasco", 17, "count", "people killed by floods in Tabasco", note="[core]")
c("TB-DISP", "flood-tabasco", 40000, "count", "people displaced by floods in Tabasco",
  note="[core] look-alike of MB-DISP; '40 mil' / '40.000' / '40,000'")
c("TB-COL-LO", "flood-tabasco", 300, "count", "Villahermosa neighbourhoods flooded (low end of range)",
  note="[core] range 'between 300 and 400', low end")
c("TB-COL-HI", "flood-tabasco", 400, "count", "Villahermosa neighbourhoods flooded (high end of range)",
  note="[core] range 'between 300 and 400', high end")
c("TB-DEAD2", "flood-tabasco", 22, "count", "people killed by floods in Tabasco", variant_of="TB-DEAD",
  note="[core] updated toll, 17 -> 22")
# breach-netwarta
c("NW-CUST", "breach-netwarta", 2.4e6, "count", "customers whose data was stolen",
  note="[core] look-alike of LU-CUST (same subject, same value, other company)")
c("NW-RANSOM", "breach-netwarta", 5e6, "money", "ransom demanded by the hackers", "USD", note="[minor]")
c("NW-CUST2", "breach-netwarta", 3.1e6, "count", "customers whose data was stolen", variant_of="NW-CUST",
  note="[core] updated count, 2.4m -> 3.1m")
c("NW-ARR", "breach-netwarta", 2, "count", "suspects arrested over the Netwarta hack", note="[minor] spelled out")
# breach-lumina
c("LU-CUST", "breach-lumina", 2.4e6, "count", "customers whose data was stolen",
  note="[core] look-alike of NW-CUST")
c("LU-RANSOM", "breach-lumina", 8e6, "money", "ransom demanded by the hackers", "USD", note="[minor]")
# mine-karaganda
c("KG-TRAP", "mine-karaganda", 32, "count", "miners trapped after the Tolagay mine blast", note="[core]")
c("KG-DEPTH", "mine-karaganda", 480, "measure", "depth of the mine accident", "m",
  note="[core] look-alike of AT-DEPTH (480 m in Chile)")
c("KG-UNDER", "mine-karaganda", 250, "count", "miners underground at Tolagay when the blast hit", note="[minor]")
c("KG-DEAD", "mine-karaganda", 19, "count", "miners killed in the Tolagay mine blast", note="[core]")
c("KG-MISS", "mine-karaganda", 13, "count", "Tolagay miners still missing", note="[minor]")
c("KG-DEAD2", "mine-karaganda", 23, "count", "miners killed in the Tolagay mine blast", variant_of="KG-DEAD",
  note="[core] final toll, 19 -> 23")
c("KG-COMP", "mine-karaganda", 10e6, "money", "payment to each family of a dead Tolagay miner", "KZT",
  note="[minor] '10 млн тенге' / '10 million tenge'")
# mine-atacama
c("AT-TRAP", "mine-atacama", 8, "count", "miners trapped in the Santa Ester mine",
  note="[core] spelled out in five languages (ocho, oito, otto, acht, Eight)")
c("AT-DEPTH", "mine-atacama", 480, "measure", "depth of the mine accident", "m", note="[core] look-alike of KG-DEPTH")
# poll-saxony
c("SX-PCT", "poll-saxony", 31, "percent", "poll share of the leading party",
  note="[core] look-alike of CT-PCT (31 % in Catalonia, a day later); also cited in a Catalonia item")
c("SX-PCT2", "poll-saxony", 24, "percent", "poll share of the second party", note="[minor]")
c("SX-RESP", "poll-saxony", 1012, "count", "respondents in the Saxony poll", note="[minor]")
# poll-catalonia
c("CT-PCT", "poll-catalonia", 31, "percent", "poll share of the leading party", note="[core] look-alike of SX-PCT")
c("CT-PCT2", "poll-catalonia", 22, "percent", "poll share of the second party", note="[minor]")
c("CT-RESP", "poll-catalonia", 1500, "count", "respondents in the Catalonia poll", note="[minor]")
# transfers
c("RC-FEE", "transfer-recife", 38e6, "money", "club-record transfer fee", "EUR",
  note="[core] look-alike of KF-FEE (€38m, the next day)")
c("RC-BONUS", "transfer-recife", 7e6, "money", "add-ons in the Lacerda transfer", "EUR", note="[minor]")
c("KF-FEE", "transfer-kharkiv", 38e6, "money", "club-record transfer fee", "EUR", note="[core] look-alike of RC-FEE")
# fire-gazipur
c("GZ-DEAD", "fire-gazipur", 37, "count", "people killed in the Gazipur factory fire",
  note="[core] first toll; also cited in a Ciudad Juárez item")
c("GZ-INJ", "fire-gazipur", 120, "count", "people injured in the Gazipur factory fire", note="[core]")
c("GZ-DEAD2", "fire-gazipur", 52, "count", "people killed in the Gazipur factory fire", variant_of="GZ-DEAD",
  note="[core] updated toll, 37 -> 52")
c("GZ-FUND", "fire-gazipur", 5e6, "money", "brands' fund for Gazipur fire victims", "USD", note="[minor]")
# blast-juarez
c("JZ-DEAD", "blast-juarez", 9, "count", "people killed in the Ciudad Juárez plant explosion", note="[core]")
c("JZ-INJ", "blast-juarez", 60, "count", "people injured in the Ciudad Juárez plant explosion", note="[core]")
c("JZ-EVAC", "blast-juarez", 2000, "count", "workers evacuated from the Autopartes Bravo plant", note="[minor]")
# fire-lagos
c("LA-DEAD", "fire-lagos", 4, "count", "people killed in the Idumota market fire", note="[core] spelled out")
c("LA-SHOPS", "fire-lagos", 1500, "count", "shops destroyed in the Idumota market fire", note="[core]")
c("LA-LOSS-LO", "fire-lagos", 3e9, "money", "traders' losses in the Idumota fire (low end of range)", "NGN",
  note="[minor] range, low end")
c("LA-LOSS-HI", "fire-lagos", 5e9, "money", "traders' losses in the Idumota fire (high end of range)", "NGN",
  note="[minor] range, high end")
# heat
c("CH-TEMP", "heat-chennai", 45, "measure", "peak temperature in the heatwave", "°C",
  note="[core] look-alike of KR-TEMP (45 °C in Karachi)")
c("CH-MW", "heat-chennai", 20830, "measure", "record power demand in Tamil Nadu", "MW",
  note="[minor] '20,830 MW' / '20 830 МВт' / '20.830 Megawatt' / '20,83 GW' (the same quantity in gigawatts)")
c("CH-DEAD", "heat-chennai", 19, "count", "heatstroke deaths in Tamil Nadu", note="[minor]")
c("KR-TEMP", "heat-karachi", 45, "measure", "peak temperature in the heatwave", "°C", note="[core] look-alike of CH-TEMP")
c("KR-DEAD", "heat-karachi", 31, "count", "heatwave deaths in Karachi", note="[core]")
c("KR-DEAD2", "heat-karachi", 58, "count", "heatwave deaths in Karachi", variant_of="KR-DEAD",
  note="[core] updated toll, 31 -> 58")
# boats
c("KV-MISS-LO", "boat-kivu", 40, "count", "people missing after the capsize (low end of range)",
  note="[core] range 'between 40 and 60'; look-alike of LP-MISS-LO")
c("KV-MISS-HI", "boat-kivu", 60, "count", "people missing after the capsize (high end of range)",
  note="[core] range, high end; look-alike of LP-MISS-HI")
c("KV-ABOARD", "boat-kivu", 200, "count", "people aboard the Kivu boat",
  note="[minor] hedges differ ('plus de 200' / 'nearly 200'); the value as written is the same")
c("KV-SURV", "boat-kivu", 31, "count", "survivors of the Lake Kivu capsize", note="[minor]")
c("LP-MISS-LO", "boat-lampedusa", 40, "count", "people missing after the capsize (low end of range)",
  note="[core] range; look-alike of KV-MISS-LO")
c("LP-MISS-HI", "boat-lampedusa", 60, "count", "people missing after the capsize (high end of range)",
  note="[core] range, high end")
c("LP-SURV", "boat-lampedusa", 22, "count", "survivors of the Lampedusa capsize", note="[minor]")
# strike-kharkiv
c("KH-DEAD", "strike-kharkiv", 7, "count", "people killed in the strike on Kharkiv",
  note="[core] look-alike of OD-DEAD (7 killed in Odesa, three days later); семеро / семи / siedem / sieben")
c("KH-INJ", "strike-kharkiv", 34, "count", "people injured in the strike on Kharkiv", note="[core]")
c("KH-KIDS", "strike-kharkiv", 4, "count", "children injured in the strike on Kharkiv",
  note="[core] collective numerals (четверо, czworo)")
c("KH-DEAD2", "strike-kharkiv", 9, "count", "people killed in the strike on Kharkiv", variant_of="KH-DEAD",
  note="[core] updated toll, 7 -> 9")
# strike-odesa
c("OD-DEAD", "strike-odesa", 7, "count", "people killed in the strike on Odesa port", note="[core] look-alike of KH-DEAD")
c("OD-GRAIN", "strike-odesa", 60000, "measure", "grain destroyed at the Odesa terminal", "t",
  note="[core] '60 тисяч тонн' / '60mila tonnellate' / '60 tys. ton'")
# strike-santos
c("SN-SHIPS", "strike-santos", 90, "count", "ships waiting off Santos", note="[core]")
c("SN-RAISE", "strike-santos", 12, "percent", "pay rise demanded by Santos dockworkers", note="[minor]")
# cholera-aden
c("AD-CASES", "cholera-aden", 1240, "count", "suspected cholera cases in Aden", note="[core] first count")
c("AD-CASES-M", "cholera-aden", 1420, "count", "suspected cholera cases in Aden", variant_of="AD-CASES",
  note="[core] misquote: the wire transposed 1,240 as 1,420; its syndicated copy repeated it; corrected next day")
c("AD-DEAD", "cholera-aden", 11, "count", "cholera deaths in Aden", note="[core]")
c("AD-BEDS", "cholera-aden", 60, "count", "beds in the MSF cholera centre in Aden", note="[minor]")
c("AD-CASES2", "cholera-aden", 2900, "count", "suspected cholera cases in Aden", variant_of="AD-CASES",
  note="[core] updated count, 1,240 -> 2,900")
c("AD-DEAD2", "cholera-aden", 26, "count", "cholera deaths in Aden", variant_of="AD-DEAD",
  note="[core] updated toll, 11 -> 26")
c("AD-DOSES", "cholera-aden", 500000, "count", "cholera vaccine doses for Aden", note="[minor]")
# collapse-isarpay
c("IP-CUST-LO", "collapse-isarpay", 1.5e6, "count", "Isarpay customers without access to their money (low end)",
  note="[core] range '1,5 bis 2 Millionen': the scale word is written once, after the high end")
c("IP-CUST-HI", "collapse-isarpay", 2e6, "count", "Isarpay customers without access to their money (high end)",
  note="[core] range, high end")
c("IP-GAP", "collapse-isarpay", 340e6, "money", "hole in Isarpay's accounts", "EUR", note="[core]")
c("IP-GAP2", "collapse-isarpay", 410e6, "money", "hole in Isarpay's accounts", "EUR", variant_of="IP-GAP",
  note="[core] revised by the administrator, €340m -> €410m")
# takeover-drobex
c("DX-BID", "takeover-drobex", 4.2e9, "money", "Carnes Beberibe offer for Drobex", "PLN",
  note="[core] '4,2 mld zł' / '4,2 Mrd. Zloty' / '4,2 mil milhões de zlótis' / '4,2 bilhões de zlótis'")
c("DX-SH", "takeover-drobex", 58, "money", "offer per Drobex share", "PLN", note="[minor]")
c("DX-JOBS", "takeover-drobex", 7000, "count", "Drobex employees", note="[minor]")
c("DX-BID2", "takeover-drobex", 4.6e9, "money", "Carnes Beberibe offer for Drobex", "PLN", variant_of="DX-BID",
  note="[core] raised offer")
c("DX-SH2", "takeover-drobex", 64, "money", "offer per Drobex share", "PLN", variant_of="DX-SH",
  note="[minor] raised offer per share")
# cablecar-engelberg
c("EN-PAX", "cablecar-engelberg", 64, "count", "passengers stranded in the Engelberg cable car", note="[core]")
c("EN-PAX-R", "cablecar-engelberg", 60, "count", "passengers stranded in the Engelberg cable car",
  variant_of="EN-PAX", note="[core] rounding, 64 -> 'Über 60' / 'plus de 60'")
c("EN-HELI", "cablecar-engelberg", 5, "count", "helicopters used in the Engelberg rescue", note="[minor]")
# typhoon-luzon
c("TY-WIND", "typhoon-luzon", 185, "measure", "sustained winds of Typhoon Marilag", "km/h", note="[core]")
c("TY-PATH-LO", "typhoon-luzon", 1.5e6, "count", "people in Typhoon Marilag's path (low end of range)",
  note="[core] range '1.5m to 2m'")
c("TY-PATH-HI", "typhoon-luzon", 2e6, "count", "people in Typhoon Marilag's path (high end of range)",
  note="[core] range, high end")
c("TY-EVAC", "typhoon-luzon", 400000, "count", "people evacuated before Typhoon Marilag", note="[minor]")
c("TY-DMG", "typhoon-luzon", 2e9, "money", "farm damage from Typhoon Marilag", "PHP", note="[minor]")
c("TY-HA", "typhoon-luzon", 40000, "measure", "rice fields flattened by Typhoon Marilag", "ha", note="[minor]")
c("TY-DEAD", "typhoon-luzon", 12, "count", "deaths from Typhoon Marilag", note="[minor]")
