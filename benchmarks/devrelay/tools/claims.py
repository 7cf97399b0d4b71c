"""Designed claims: id -> (value, kind, unit, subject, variant_of, note)."""
C = {}
def c(cid, value, kind, unit, subject, variant_of="", note=""):
    C[cid] = dict(value=value, kind=kind, unit=unit, subject=subject, variant_of=variant_of, note=note)

# strike-odesa
c("OD-DEAD", 9, "count", "", "people killed in the Odesa port missile strike", note="[core] first toll; Ukrainian outlet first; the Yakutsk paper (+0900) beats the wire by 25 min")
c("OD-DEAD2", 11, "count", "", "people killed in the Odesa port missile strike", "OD-DEAD", "[core] updated toll 9 -> 11; restated in price, funeral and port-reopening items")
c("OD-INJ", 34, "count", "", "people injured in the Odesa port missile strike", note="[core] injured count carried through the update")
c("OD-BODIES", 2, "count", "", "bodies recovered from the Odesa terminal rubble", note="[minor]")
c("OD-GRAIN", 12000, "measure", "t", "grain burned at the Odesa terminal (regional authorities)", note="[minor] 12 000 тонн / 12 tys. ton / 12.000 Tonnen")
c("OD-GRAIN-OP", 14000, "measure", "t", "grain burned at the Odesa terminal (terminal operator)", note="[minor] a second source's figure in the same articles: separate claim, not a mutation")
# drone-kharkiv
c("KH-DEAD", 11, "count", "", "people killed in the Kharkiv drone attack", note="[core] look-alike of OD-DEAD2 (11 dead, same theme, one week later)")
c("KH-INJ", 52, "count", "", "people injured in the Kharkiv drone attack", note="[core]")
c("KH-INJ2", 50, "count", "", "people injured in the Kharkiv drone attack", "KH-INJ", "[core] rounding: 'mehr als 50' / 'ruim 50' for 52")
c("KH-BLOCKS", 2, "count", "", "apartment blocks hit in Kharkiv", note="[minor]")
c("KH-HOMES", 40000, "count", "", "households left without power in Kharkiv", note="[minor] 40 тис. / 40,000")
c("KH-MW", 1200, "measure", "MW", "generating capacity knocked out in Kharkiv", note="[minor] 1,2 ГВт = 1,200 megawatts = 1200 megawatt (unit written differently, not a mutation)")
# poll-porto-rents
c("PR-PCT", 54, "percent", "%", "share of respondents in favour", note="[core] look-alike of CT-PCT (same subject, same value); 'Fifty-four percent' spelled out by the wire")
c("PR-AGAINST", 31, "percent", "%", "share of respondents against", note="[minor]")
c("PR-N", 1204, "count", "", "people polled", note="[minor]")
# poll-cantabria-tax
c("CT-PCT", 54, "percent", "%", "share of respondents in favour", note="[core] look-alike of PR-PCT")
c("CT-N", 800, "count", "", "people polled", note="[minor]")
c("CT-FEE", 2, "money", "EUR", "proposed tourist tax per night", note="[core] 2 euros / €2 / zwei Euro / 2 euro")
# runoff-krakow
c("KR-PCT1", 51.9, "percent", "%", "Wierzbicka's share of the vote", note="[core] exit poll")
c("KR-PCT", 52.8, "percent", "%", "Wierzbicka's share of the vote", "KR-PCT1", "[core] updated figure: official result replaces the exit poll")
c("KR-TURN", 46, "percent", "%", "turnout in the Kraków run-off", note="[minor] exit-poll estimate")
c("KR-TURN2", 47.2, "percent", "%", "turnout in the Kraków run-off", "KR-TURN", "[minor] updated figure: official turnout")
c("KR-VOTES", 184312, "count", "", "votes for Wierzbicka", note="[minor] 184 312 (NBSP) / 184,312")
# transfer-moretto
c("TM-FEE", 45000000, "money", "EUR", "transfer fee", note="[core] look-alike of TF-FEE (same subject, same value, a week apart)")
c("TM-FEE2", 48000000, "money", "EUR", "transfer fee", "TM-FEE", "[core] revised figure with add-ons; the Dutch copy arrives two days late")
c("TM-BONUS", 3000000, "money", "EUR", "performance bonuses in the Moretto transfer", note="[minor]")
c("TM-GOALS", 19, "count", "", "league goals scored by Moretto last season", note="[minor]")
# transfer-faria
c("TF-FEE", 45000000, "money", "EUR", "transfer fee", note="[core] look-alike of TM-FEE; Potsdam paper (+0200) beats the Porto paper (+0100) by 10 min although its clock reads later")
c("TF-SELL", 10, "percent", "%", "sell-on percentage kept by Ribeirense", note="[minor]")
# layoffs-haldenwerk
c("HW-JOBS", 1200, "count", "", "jobs cut by Haldenwerk", note="[core] 1200 / 1 200 / 1,200 / 1,2 тыс.; look-alike of TS-STAFF")
c("HW-JOBS-M", 2100, "count", "", "jobs cut by Haldenwerk", "HW-JOBS", "[core] misquote: the wire wrote 2,100; two syndicated copies repeated it; corrected the next day")
c("HW-STAFF", 5400, "count", "", "Haldenwerk workforce", note="[minor]")
c("HW-PCT", 22, "percent", "%", "share of Haldenwerk workforce cut", note="[minor]")
c("HW-KRK", 340, "count", "", "Haldenwerk jobs cut in Kraków", note="[minor] look-alike of CL-GROW (340)")
# layoffs-tessaline
c("TS-JOBS", 640, "count", "", "jobs cut by Tessaline", note="[core]")
c("TS-STAFF", 1200, "count", "", "staff at Tessaline's Lyon site", note="[minor] look-alike of HW-JOBS (1,200, a week later, same theme)")
# hepatitis-santander
c("HS-CASES", 37, "count", "", "confirmed cases", note="[core]")
c("HS-CASES2", 58, "count", "", "confirmed cases", "HS-CASES", "[core] updated count 37 -> 58; look-alike of DM-CASES (58 cases, same subject)")
c("HS-HOSP", 9, "count", "", "people in hospital", note="[minor] Nueve / Nine / nove")
# dengue-madeira
c("DM-CASES", 58, "count", "", "confirmed cases", note="[core] look-alike of HS-CASES2")
c("DM-CASES2", 71, "count", "", "confirmed cases", "DM-CASES", "[core] updated count 58 -> 71")
c("DM-FUN", 41, "count", "", "dengue cases in Funchal", note="[minor]")
# court-lyon-pesticide
c("CL-DAM", 12500000, "money", "EUR", "damages awarded by the court", note="[core] look-alike of CH-DAM (same subject, same value, a week apart)")
c("CL-GROW", 340, "count", "", "winegrowers compensated", note="[core]")
# court-haarlem-landlord
c("CH-DAM", 12500000, "money", "EUR", "damages awarded by the court", note="[core] look-alike of CL-DAM")
c("CH-TEN", 3400, "count", "", "tenants overcharged", note="[core]")
# olive-oil-prices
c("OO-PCT", 23, "percent", "%", "fall in Spanish olive oil prices", note="[core] look-alike of BP-PCT (23 %)")
c("OO-PRICE", 6.4, "money", "EUR", "average price of a litre of extra virgin olive oil in Spain", note="[core]")
# butter-prices-poland
c("BP-PCT", 23, "percent", "%", "rise in Polish butter prices", note="[core] look-alike of OO-PCT")
c("BP-PRICE", 9.49, "money", "PLN", "average price of a butter block in Poland", note="[core] 9,49 zł / 9.49 zlotys / 9,49 злотого / 9,49 złoty")
c("BP-PACK", 200, "measure", "g", "weight of a butter block", note="[minor] 200 g / 200-gram / 200 граммов / 200 grammi")
# ship-aground-elbe
c("SE-CREW", 23, "count", "", "crew aboard the Marisol Brava", note="[core]")
c("SE-LEN", 400, "measure", "m", "length of the Marisol Brava", note="[minor] 400 Meter / 400-metre / 400 metros")
c("SE-SHIPS", 40, "count", "", "ships waiting on the Elbe", note="[minor]")
c("SE-SHIPS2", 65, "count", "", "ships waiting on the Elbe", "SE-SHIPS", "[core] updated count 40 -> 65")
# containers-biscay
c("CB-CONT", 46, "count", "", "containers lost overboard", note="[core]")
c("CB-CONT2", 52, "count", "", "containers lost overboard", "CB-CONT", "[core] revised figure 46 -> 52; look-alike of KH-INJ (52)")
c("CB-HAZ", 3, "count", "", "lost containers carrying chemicals", note="[minor] Tres / Trois / Three / tres")
# launch-santamaria
c("LS-SAT", 12, "count", "", "satellites carried", note="[core] look-alike of LA-SAT (12 satellites, same subject); doze / douze / dodici")
c("LS-ALT", 520, "measure", "km", "orbit altitude", note="[minor]")
# launch-andoya
c("LA-SAT", 12, "count", "", "satellites carried", note="[core] look-alike of LS-SAT; zwölf / twaalf")
c("LA-PAY", 1200, "measure", "kg", "payload mass", note="[minor] 1,2 Tonnen = 1,200 kg = 1200 Kilogramm (unit written differently)")
# housing-porto
c("HP-HOMES", 3500, "count", "", "affordable homes planned", note="[core]")
c("HP-RENT", 14, "percent", "%", "rise in rents", note="[core] look-alike of HK-RENT (same subject, same value)")
c("HP-INV", 420000000, "money", "EUR", "housing investment", note="[core]")
# housing-krakow
c("HK-RENT", 14, "percent", "%", "rise in rents", note="[core] look-alike of HP-RENT")
c("HK-HOMES", 2800, "count", "", "municipal flats planned", note="[core]")
c("HK-STUDIO", 2900, "money", "PLN", "average monthly rent of a studio flat", note="[minor] 2 900 zł / 2,900 zlotys / 2,9 тис. злотих")
# flood-lena
c("FL-EVAC", 4200, "count", "", "people evacuated", note="[core] look-alike of FD-EVAC (same subject, same value)")
c("FL-EVAC2", 6800, "count", "", "people evacuated", "FL-EVAC", "[core] updated count; first item dated 7 June local time (+0900) but 6 June UTC")
c("FL-EVAC3", 7000, "count", "", "people evacuated", "FL-EVAC2", "[core] rounding: 'почти 7 тысяч' / 'prawie 7 tys.' for 6,800")
c("FL-HOUSES", 1100, "count", "", "homes flooded", note="[minor]")
c("FL-HOUSES2", 1740, "count", "", "homes flooded", "FL-HOUSES", "[minor] updated count")
# flood-dniester
c("FD-EVAC", 4200, "count", "", "people evacuated", note="[core] look-alike of FL-EVAC")
c("FD-VIL", 18, "count", "", "villages flooded", note="[minor] 18 / diciotto")

LOOKALIKES = [("OD-DEAD2", "KH-DEAD"), ("PR-PCT", "CT-PCT"), ("TM-FEE", "TF-FEE"), ("HS-CASES2", "DM-CASES"),
              ("CL-DAM", "CH-DAM"), ("OO-PCT", "BP-PCT"), ("LS-SAT", "LA-SAT"), ("FL-EVAC", "FD-EVAC"),
              ("HW-JOBS", "TS-STAFF"), ("HW-KRK", "CL-GROW"), ("HP-RENT", "HK-RENT"), ("KH-INJ", "CB-CONT2")]
c("FL-DMG", 3200000000, "money", "RUB", "flood damage in Yakutia", note="[minor] 3,2 mld rubli / 3,2 miliardi di rubli")
