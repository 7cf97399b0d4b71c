"""Designed claims for devtwins: one (story, subject, value) repeated in >= 2 articles."""
CLAIMS = {}


def C(cid, story, value, kind, unit, subject, variant_of="", note="[minor]"):
    CLAIMS[cid] = dict(story=story, value=value, kind=kind, unit=unit, subject=subject,
                       variant_of=variant_of, note=note)


# ---- storms
C("OD-OUT", "storm-odile", 40000, "count", "", "homes without power in Storm Odile", note="[core] first figure; look-alike of QU-OUT")
C("OD-OUT2", "storm-odile", 65000, "count", "", "homes without power in Storm Odile", "OD-OUT", "[core] mutation: updated count 40,000 -> 65,000")
C("OD-DEAD", "storm-odile", 4, "count", "", "people killed by Storm Odile", note="[core] first toll; same value as QU-DEAD2")
C("OD-DEAD2", "storm-odile", 6, "count", "", "people killed by Storm Odile", "OD-DEAD", "[core] mutation: updated toll 4 -> 6")
C("OD-GUST", "storm-odile", 140, "measure", "km/h", "peak gusts in Storm Odile")
C("OD-BODIES", "storm-odile", 2, "count", "", "further bodies found after Storm Odile")
C("OD-DMG", "storm-odile", 120000000, "money", "EUR", "damage caused by Storm Odile")
C("QU-OUT", "storm-quirin", 40000, "count", "", "homes without power in Storm Quirin", note="[core] same value as OD-OUT, two days later, different storm")
C("QU-DEAD", "storm-quirin", 2, "count", "", "people killed by Storm Quirin", note="[core] first toll")
C("QU-DEAD2", "storm-quirin", 4, "count", "", "people killed by Storm Quirin", "QU-DEAD", "[core] mutation 2 -> 4; 'rises to four' = Odile's first toll (trap)")
C("QU-GUST", "storm-quirin", 130, "measure", "km/h", "peak gusts in Storm Quirin")
C("QU-BODIES", "storm-quirin", 2, "count", "", "further people found dead after Storm Quirin", note="[minor] same value as QU-DEAD in the same article, different subject")
C("QU-ODILE6", "storm-quirin", 6, "count", "", "people killed by Storm Odile (mentioned in Quirin reports)", note="[minor] the twin's toll inside Quirin reports; not OD-DEAD2 (other story)")

# ---- bank fines (triple)
C("HZ-FINE", "fine-hanzebank", 18000000, "money", "EUR", "fine imposed on Hanzebank", note="[core] same value and subject wording as BA-FINE, different bank, next day")
C("HZ-TX", "fine-hanzebank", 2300, "count", "", "suspicious transactions Hanzebank failed to report")
C("HZ-HIRE", "fine-hanzebank", 40, "count", "", "extra compliance staff Hanzebank will hire")
C("HZ-BAN18", "fine-hanzebank", 18000000, "money", "EUR", "fine imposed on Banco Atlântico Norte (mentioned in Hanzebank reports)", note="[minor] the twin's fine inside Hanzebank reports, in the same article as HZ-FINE")
C("BA-FINE", "fine-atlantico", 18000000, "money", "EUR", "fine imposed on Banco Atlântico Norte", note="[core] look-alike of HZ-FINE")
C("BA-ACC", "fine-atlantico", 1100, "count", "", "offshore-linked accounts Banco Atlântico Norte failed to monitor")
C("BW-FINE", "fine-wislanski", 78000000, "money", "PLN", "fine imposed on Bank Wiślański", note="[core] third fine of the week")

# ---- polls
C("PM-RO", "poll-meridia", 31, "percent", "%", "Civic Movement in Meridia poll", note="[core] first figure; same value as PK-SL (other party, other poll)")
C("PM-RO-M", "poll-meridia", 34, "percent", "%", "Civic Movement in Meridia poll", "PM-RO", "[core] mutation: wire misquote 31 -> 34, spread by a syndicated copy and a Russian outlet, corrected next day")
C("PM-SL", "poll-meridia", 27, "percent", "%", "People's Alliance in Meridia poll")
C("PM-N", "poll-meridia", 1002, "count", "", "respondents in Meridia poll")
C("PM-UND", "poll-meridia", 12, "percent", "%", "undecided voters in Meridia poll")
C("PK-SL", "poll-kompas", 31, "percent", "%", "People's Alliance in Kompas poll", note="[core] 'now on 31%' = Meridia's figure for the other party (trap)")
C("PK-RO", "poll-kompas", 28, "percent", "%", "Civic Movement in Kompas poll")
C("PK-N", "poll-kompas", 1100, "count", "", "respondents in Kompas poll")
C("PK-MER31", "poll-kompas", 31, "percent", "%", "Civic Movement in Meridia poll (mentioned in Kompas reports)", note="[minor] other poll's figure in the same articles as PK-SL = 31 %")
C("PK-MER27", "poll-kompas", 27, "percent", "%", "People's Alliance in Meridia poll (mentioned in Kompas reports)")

# ---- factory fires
C("FB-INJ", "fire-bremerhaven", 12, "count", "", "people injured in Bremerhaven paint factory fire", note="[core] first count; same value as FV-INJ")
C("FB-INJ2", "fire-bremerhaven", 14, "count", "", "people injured in Bremerhaven paint factory fire", "FB-INJ", "[core] mutation: updated count 12 -> 14")
C("FB-FF", "fire-bremerhaven", 160, "count", "", "firefighters deployed to Bremerhaven paint factory fire")
C("FB-SERIOUS", "fire-bremerhaven", 3, "count", "", "seriously injured in Bremerhaven paint factory fire")
C("FB-FFINJ", "fire-bremerhaven", 2, "count", "", "firefighters among the Bremerhaven injured")
C("FV-INJ", "fire-venissieux", 12, "count", "", "people injured in Vénissieux plastics plant fire", note="[core] look-alike of FB-INJ (two days later, same outlets)")
C("FV-FF", "fire-venissieux", 90, "count", "", "firefighters deployed to Vénissieux plastics plant fire")
C("FV-SERIOUS", "fire-venissieux", 4, "count", "", "seriously injured in Vénissieux plastics plant fire")
C("FV-STAFF", "fire-venissieux", 320, "count", "", "Plastirhône employees sent home")
C("FV-BRE14", "fire-venissieux", 14, "count", "", "people injured in Bremerhaven fire (mentioned in Vénissieux reports)", note="[core] the twin's updated count inside Vénissieux reports; not FB-INJ2 and not a mutation of FV-INJ")

# ---- rail strikes
C("RI-PAY", "strike-rail-italy", 250, "money", "EUR", "monthly pay rise demanded by Italian rail unions")
C("RI-CANC", "strike-rail-italy", 70, "percent", "%", "regional trains cancelled in Italian rail strike", note="[core]")
C("RI-HS", "strike-rail-italy", 40, "percent", "%", "high-speed trains cancelled in Italian rail strike", note="[minor] second percentage in the same articles as RI-CANC")
C("RG-DEM", "strike-rail-nordbahn", 8, "percent", "%", "pay rise demanded by GSN union at Nordbahn", note="[core] demand; not a mutation of the offers")
C("RG-OFF", "strike-rail-nordbahn", 4, "percent", "%", "pay rise offered by Nordbahn", note="[core] first offer")
C("RG-OFF2", "strike-rail-nordbahn", 5.5, "percent", "%", "pay rise offered by Nordbahn", "RG-OFF", "[core] mutation: revised offer 4 % -> 5.5 %")
C("RG-PAX", "strike-rail-nordbahn", 230000, "count", "", "daily Nordbahn commuters affected by strike")
C("RG-TRAINS", "strike-rail-nordbahn", 1400, "count", "", "Nordbahn trains cancelled per strike day")

# ---- layoffs
C("VG-JOBS", "layoffs-vogtmann", 1200, "count", "", "jobs to be cut at Vogtmann", note="[core] first figure")
C("VG-JOBS2", "layoffs-vogtmann", 950, "count", "", "jobs to be cut at Vogtmann", "VG-JOBS", "[core] mutation: revised 1,200 -> 950 after union deal; same value as TA-JOBS")
C("VG-STAFF", "layoffs-vogtmann", 4800, "count", "", "Vogtmann employees in Germany")
C("VG-GLIWICE", "layoffs-vogtmann", 700, "count", "", "Vogtmann employees in Gliwice")
C("TA-JOBS", "layoffs-tarnovia", 950, "count", "", "jobs to be cut at Tarnovia", note="[core] look-alike of VG-JOBS2 (published three days before it)")
C("TA-STAFF", "layoffs-tarnovia", 1300, "count", "", "Tarnovia employees at Gliwice plant")
C("TA-LVIV", "layoffs-tarnovia", 400, "count", "", "jobs Tarnovia will create near Lviv")
C("TA-SEV", "layoffs-tarnovia", 12, "count", "", "monthly salaries offered as severance by Tarnovia")
C("TA-VG1200", "layoffs-tarnovia", 1200, "count", "", "Vogtmann job cuts (mentioned in Tarnovia reports)", note="[minor] the twin's figure inside Tarnovia reports; not VG-JOBS")

# ---- outbreaks
C("OL-ILL", "outbreak-lviv", 64, "count", "", "children ill in Lviv school meals outbreak", note="[core] first count")
C("OL-ILL2", "outbreak-lviv", 79, "count", "", "children ill in Lviv school meals outbreak", "OL-ILL", "[core] mutation: updated count 64 -> 79")
C("OL-HOSP", "outbreak-lviv", 23, "count", "", "children hospitalised in Lviv outbreak", note="[core] same value as OK-ILL (Krakow, three days later)")
C("OL-SCH", "outbreak-lviv", 5, "count", "", "schools affected by Lviv outbreak")
C("OL-NEW", "outbreak-lviv", 15, "count", "", "new cases in Lviv outbreak on day two")
C("OK-ILL", "outbreak-krakow", 23, "count", "", "Legionnaires' cases in Krakow", note="[core] first count; look-alike of OL-HOSP")
C("OK-ILL2", "outbreak-krakow", 31, "count", "", "Legionnaires' cases in Krakow", "OK-ILL", "[core] mutation: updated count 23 -> 31")
C("OK-DEAD", "outbreak-krakow", 2, "count", "", "Legionnaires' deaths in Krakow")
C("OK-NEW", "outbreak-krakow", 8, "count", "", "new Legionnaires' cases in Krakow on day two")
C("OK-TOWERS", "outbreak-krakow", 2, "count", "", "cooling towers shut in Krakow", note="[minor] same value as OK-DEAD in the same articles, different subject")

# ---- transfers
C("TS-FEE", "transfer-salvatierra", 20000000, "money", "EUR", "transfer fee for Salvatierra", note="[core] first reported fee")
C("TS-FEE2", "transfer-salvatierra", 22000000, "money", "EUR", "transfer fee for Salvatierra", "TS-FEE", "[core] mutation: revised fee 20m -> 22m incl. bonuses")
C("TK-FEE", "transfer-kowalczyk", 7500000, "money", "EUR", "transfer fee for Kowalczyk", note="[core]")

# ---- court verdicts
C("VP-VICT", "verdict-porto", 140, "count", "", "home buyers defrauded by Fontainhas", note="[core] same value as VI-EVAC (Innsbruck, three days later)")
C("VP-COMP", "verdict-porto", 2400000, "money", "EUR", "compensation Fontainhas must pay")
C("VI-INJ", "verdict-innsbruck", 14, "count", "", "passengers injured in 2024 Kalkkögel cable car accident")
C("VI-EVAC", "verdict-innsbruck", 140, "count", "", "passengers evacuated in 2024 Kalkkögel cable car accident", note="[core] look-alike of VP-VICT")
C("VI-FINE", "verdict-innsbruck", 250000, "money", "EUR", "fine imposed on Kalkkögel cable car operator")

# ---- data breaches
C("BV-CUST", "breach-veiligzorg", 1380000, "count", "", "VeiligZorg customers whose data was stolen", note="[core] first figure")
C("BV-CUST2", "breach-veiligzorg", 1400000, "count", "", "VeiligZorg customers whose data was stolen", "BV-CUST", "[core] mutation: rounding 1.38m -> 'nearly 1.4 million' by the wire; same value as BN-ACC")
C("BV-RANSOM", "breach-veiligzorg", 5000000, "money", "EUR", "ransom demanded from VeiligZorg")
C("BN-ACC", "breach-nordkauf", 1400000, "count", "", "Nordkauf customer accounts affected by breach", note="[core] look-alike of BV-CUST2")
C("BN-ACC2", "breach-nordkauf", 2100000, "count", "", "Nordkauf customer accounts affected by breach", "BN-ACC", "[core] mutation: updated count 1.4m -> 2.1m")
C("BN-CARDS", "breach-nordkauf", 80000, "count", "", "Nordkauf accounts with credit card data stolen")
C("BN-VZ", "breach-nordkauf", 1380000, "count", "", "VeiligZorg customers affected (mentioned in Nordkauf reports)", note="[minor] the twin's figure inside Nordkauf reports; not BV-CUST")

# ---- price rises
C("PF-PCT", "price-fuel-poland", 9, "percent", "%", "rise in Polish fuel prices", note="[core] same value as PB-PCT, a day apart")
C("PF-DIESEL", "price-fuel-poland", 7.12, "money", "PLN", "average diesel price per litre in Poland")
C("PF-PETROL", "price-fuel-poland", 6.89, "money", "PLN", "average petrol price per litre in Poland")
C("PB-PCT", "price-bread-italy", 9, "percent", "%", "rise in Italian bread prices", note="[core] look-alike of PF-PCT")
C("PB-PRICE", "price-bread-italy", 4.2, "money", "EUR", "price of a kilo of bread in Livorno")
C("PB-PLFUEL", "price-bread-italy", 9, "percent", "%", "rise in Polish fuel prices (mentioned in bread reports)", note="[minor] the twin's 9 % in the same articles as PB-PCT")

# ---- mine accidents
C("MR-TRAPPED", "mine-ruda", 7, "count", "", "miners trapped in Ruda Śląska methane blast")
C("MR-DEPTH", "mine-ruda", 1050, "measure", "m", "depth of Ruda Śląska methane blast")
C("MR-DEAD", "mine-ruda", 2, "count", "", "miners killed in Ruda Śląska methane blast", note="[core] first toll")
C("MR-DEAD2", "mine-ruda", 3, "count", "", "miners killed in Ruda Śląska methane blast", "MR-DEAD", "[core] mutation: updated toll 2 -> 3")
C("MR-RESC", "mine-ruda", 5, "count", "", "miners rescued alive in Ruda Śląska")
C("MK-DEAD", "mine-kuzbass", 9, "count", "", "miners killed in Novokuznetsk mine blast", note="[core] first toll")
C("MK-DEAD2", "mine-kuzbass", 12, "count", "", "miners killed in Novokuznetsk mine blast", "MK-DEAD", "[core] mutation: updated toll 9 -> 12")
C("MK-EVAC", "mine-kuzbass", 211, "count", "", "miners evacuated from Novokuznetsk mine")
C("MK-MISS", "mine-kuzbass", 3, "count", "", "miners missing after Novokuznetsk blast", note="[core] same value as MK-RUDA3 in the same wire article, different subject")
C("MK-RUDA3", "mine-kuzbass", 3, "count", "", "miners killed in Ruda Śląska blast (mentioned in Kuzbass reports)", note="[minor] the twin's toll inside Kuzbass reports; not MR-DEAD2")
