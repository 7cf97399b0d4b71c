# Designed claims: id -> (story, subject, value, kind, unit, variant_of, note)
C = {}
def c(cid, story, subject, value, kind='count', unit='', variant_of='', note=''):
    C[cid] = (story, subject, float(value), kind, unit, variant_of, note)

# attack-lviv
c('LVA-DEAD', 'attack-lviv', 'people killed in Lviv strike', 7, note='[core] first toll; first in Ukrainian, spelled "семеро"')
c('LVA-DEAD2', 'attack-lviv', 'people killed in Lviv strike', 9, variant_of='LVA-DEAD', note='[core] updated toll 7 -> 9')
c('LVA-INJ', 'attack-lviv', 'people injured in Lviv strike', 19, note='[core] first injured count')
c('LVA-INJ2', 'attack-lviv', 'people injured in Lviv strike', 23, variant_of='LVA-INJ', note='[core] updated injured count 19 -> 23')
# wildfire-viseu
c('WV-HA', 'wildfire-viseu', 'area burned by Viseu wildfire', 6800, 'measure', 'ha', note='[core] first burned area')
c('WV-HA2', 'wildfire-viseu', 'area burned by Viseu wildfire', 11200, 'measure', 'ha', variant_of='WV-HA', note='[core] updated area 6,800 -> 11,200 ha ("11,2 mil hectares")')
c('WV-HA3', 'wildfire-viseu', 'area burned by Viseu wildfire', 11000, 'measure', 'ha', variant_of='WV-HA2', note='[core] rounding: "more than 11,000 hectares"')
c('WV-FIRE', 'wildfire-viseu', 'firefighters deployed to Viseu wildfire', 900, note='[core] first crew count')
c('WV-FIRE2', 'wildfire-viseu', 'firefighters deployed to Viseu wildfire', 1100, variant_of='WV-FIRE', note='[core] updated crew count 900 -> 1,100')
# storm-liguria
c('SL-GUST', 'storm-liguria', 'peak wind gusts in Liguria storm', 140, 'measure', 'km/h', note='[core] look-alike of SB-GUST')
c('SL-DEAD', 'storm-liguria', 'people killed in Liguria storm', 2, note='[core]')
c('SL-OUT', 'storm-liguria', 'households without power in Liguria', 30000, note='[core] "30mila"')
# storm-brittany
c('SB-GUST', 'storm-brittany', 'peak wind gusts in Storm Aurore', 140, 'measure', 'km/h', note='[core] look-alike of SL-GUST')
c('SB-OUT', 'storm-brittany', 'homes without power in Brittany', 75000, note='[core]')
c('SB-OUT2', 'storm-brittany', 'homes without power in Brittany', 110000, variant_of='SB-OUT', note='[core] updated 75,000 -> 110,000')
# fine-ribeira
c('FR-FINE', 'fine-ribeira', 'fine imposed on bank for money-laundering failures', 38000000, 'money', 'EUR', note='[core] look-alike of FH-FINE, identical subject')
c('FR-ACC', 'fine-ribeira', 'non-resident accounts not monitored by Banco Ribeira', 2300, note='[minor]')
# fine-hanzebank
c('FH-FINE', 'fine-hanzebank', 'fine imposed on bank for money-laundering failures', 38000000, 'money', 'EUR', note='[core] look-alike of FR-FINE, identical subject')
c('FH-TX', 'fine-hanzebank', 'suspicious transactions not reported by Hanzebank', 1700, note='[minor]')
# poll-netherlands
c('PN-NM', 'poll-netherlands', 'poll share of the leading party', 24, 'percent', '%', note='[core] Kompas poll; look-alike of PP-RO, identical subject')
c('PN-SA', 'poll-netherlands', 'Sociaal Akkoord share in Kompas poll', 19, 'percent', '%', note='[minor]')
# poll-poland
c('PP-RO', 'poll-poland', 'poll share of the leading party', 24, 'percent', '%', note='[core] IBO Vistula poll; look-alike of PN-NM, identical subject')
c('PP-SP', 'poll-poland', 'Sojusz Prawicy share in IBO Vistula poll', 21, 'percent', '%', note='[minor]')
# fire-lodz
c('FL-FF', 'fire-lodz', 'firefighters at the factory fire', 120, note='[core] look-alike of FS-FF, identical subject')
c('FL-INJ', 'fire-lodz', 'workers injured in Łódź warehouse fire', 3, note='[minor]')
# fire-saint-fons
c('FS-FF', 'fire-saint-fons', 'firefighters at the factory fire', 120, note='[core] look-alike of FL-FF, identical subject')
c('FS-INJ', 'fire-saint-fons', 'workers injured in Saint-Fons plant fire', 2, note='[minor]')
# layoffs-kranzberg
c('KZ-JOBS', 'layoffs-kranzberg', 'jobs cut by Kranzberg', 2400, note='[core] first in German, written "2400"')
c('KZ-JOBS-M', 'layoffs-kranzberg', 'jobs cut by Kranzberg', 4200, variant_of='KZ-JOBS', note='[core] misquote by the wire (4,200 for 2,400), syndicated and repeated, corrected next day')
c('KZ-FFM', 'layoffs-kranzberg', 'Kranzberg jobs cut at Frankfurt headquarters', 900, note='[minor]')
# layoffs-lusomar
c('LU-JOBS', 'layoffs-lusomar', 'jobs lost at Lusomar Guimarães plant', 600, note='[core]')
c('LU-JOBS2', 'layoffs-lusomar', 'jobs lost at Lusomar Guimarães plant', 650, variant_of='LU-JOBS', note='[core] revised figure: union adds subcontracted staff')
# strike-rotterdam-port
c('RP-WORK', 'strike-rotterdam-port', 'port workers on strike in Rotterdam', 1800, note='[core]')
c('RP-SHIPS', 'strike-rotterdam-port', 'ships waiting off Rotterdam', 70, note='[core] spelled "Seventy" by the wire')
c('RP-SHIPS2', 'strike-rotterdam-port', 'ships waiting off Rotterdam', 95, variant_of='RP-SHIPS', note='[core] updated 70 -> 95')
# strike-italy-rail
c('RI-RISK', 'strike-italy-rail', 'trains at risk in Italian rail strike', 3000, note='[core] "3mila"')
c('RI-CANC', 'strike-italy-rail', 'trains cancelled in Italian rail strike', 2100, note='[core]')
c('RI-TURN', 'strike-italy-rail', 'Italian rail strike turnout according to union', 62, 'percent', '%', note='[core]')
# salmonella-krakow
c('SK-ILL', 'salmonella-krakow', 'children ill in Kraków salmonella outbreak', 86, note='[core]')
c('SK-ILL2', 'salmonella-krakow', 'children ill in Kraków salmonella outbreak', 112, variant_of='SK-ILL', note='[core] updated 86 -> 112')
c('SK-HOSP', 'salmonella-krakow', 'children in hospital in Kraków outbreak', 19, note='[minor] look-alike of LVA-INJ (19)')
# measles-lviv
c('MM-CASES', 'measles-lviv', 'measles cases in Lviv region', 64, note='[core]')
c('MM-CASES2', 'measles-lviv', 'measles cases in Lviv region', 97, variant_of='MM-CASES', note='[core] updated 64 -> 97')
c('MM-KIDS', 'measles-lviv', 'children among measles cases in Lviv region', 41, note='[minor]')
# transfer-bahia
c('TB-FEE', 'transfer-bahia', 'transfer fee', 18000000, 'money', 'EUR', note='[core] look-alike of TZ-FEE, identical subject')
c('TB-GOALS', 'transfer-bahia', 'goals scored by Solórzano last season', 22, note='[minor]')
# transfer-laguna
c('TZ-FEE', 'transfer-laguna', 'transfer fee', 18000000, 'money', 'EUR', note='[core] look-alike of TB-FEE, identical subject')
c('TZ-BONUS', 'transfer-laguna', 'add-ons in Zanin transfer', 3000000, 'money', 'EUR', note='[minor]')
# election-tyrol
c('TY-VL', 'election-tyrol', 'Tiroler Volksliste vote share', 38.4, 'percent', '%', note='[core] projection')
c('TY-VL2', 'election-tyrol', 'Tiroler Volksliste vote share', 38.1, 'percent', '%', variant_of='TY-VL', note='[core] revised: final result with postal votes')
c('TY-TURN', 'election-tyrol', 'turnout in Tyrol state election', 61.2, 'percent', '%', note='[minor]')
c('TY-SEATS', 'election-tyrol', 'seats won by Tiroler Volksliste', 17, note='[minor]')
# takeover-vireon
c('HV-BID', 'takeover-vireon', 'value of Halbach offer for Vireon', 4100000000, 'money', 'EUR', note='[core] Dutch outlet beats the wire in UTC, later in local clock time')
c('HV-BID2', 'takeover-vireon', 'value of Halbach offer for Vireon', 4400000000, 'money', 'EUR', variant_of='HV-BID', note='[core] revised offer 4.1 -> 4.4 bn')
c('HV-SH', 'takeover-vireon', 'Halbach offer per Vireon share', 52, 'money', 'EUR', note='[core]')
c('HV-SH2', 'takeover-vireon', 'Halbach offer per Vireon share', 56, 'money', 'EUR', variant_of='HV-SH', note='[core] revised 52 -> 56')
c('HV-PREM', 'takeover-vireon', 'premium of Halbach offer', 31, 'percent', '%', note='[minor]')
# airline-lusavia
c('LA-JOBS', 'airline-lusavia', 'Lusavia employees', 1300, note='[core]')
c('LA-PAX', 'airline-lusavia', 'passengers holding Lusavia tickets', 40000, note='[core] "40 mil" in Portuguese')
# malaria-vaccine
c('MV-EFF', 'malaria-vaccine', 'efficacy of malaria vaccine in trial', 77, 'percent', '%', note='[core]')
c('MV-KIDS', 'malaria-vaccine', 'children in malaria vaccine trial', 4800, note='[core]')
# golden-lion
c('GLN-FILMS', 'golden-lion', 'films in Venice competition', 21, note='[minor] others write "20 other films"')
# trial-zahlwerk
c('ZW-DMG', 'trial-zahlwerk', 'damage caused by Zahlwerk fraud', 310000000, 'money', 'EUR', note='[core]')
c('ZW-VICT', 'trial-zahlwerk', 'investors deceived by Zahlwerk', 12000, note='[core]')
# tariff-poland
c('TP-PCT', 'tariff-poland', 'rise in household electricity price', 12, 'percent', '%', note='[core] look-alike of TT-PCT, identical subject')
c('TP-PLN', 'tariff-poland', 'monthly increase of average Polish power bill', 11, 'money', 'PLN', note='[minor] "11 zł" / "11 zlotys" / "11 Złoty" / "11 злотих"')
# tariff-tyrol
c('TT-PCT', 'tariff-tyrol', 'rise in household electricity price', 12, 'percent', '%', note='[core] look-alike of TP-PCT, identical subject')
c('TT-CUST', 'tariff-tyrol', 'households supplied by Inntal Energie', 180000, note='[minor]')
c('TT-EUR', 'tariff-tyrol', 'monthly increase of average Tyrol power bill', 9, 'money', 'EUR', note='[minor]')
# housing-porto
c('HP-RENT', 'housing-porto', 'annual rise in Porto rents', 11.4, 'percent', '%', note='[core]')
c('HP-MED', 'housing-porto', 'average monthly rent of a typical flat in Porto', 1050, 'money', 'EUR', note='[minor]')

CLAIMS = C

THEMES = {
    'attack-lviv': 'air-strikes', 'wildfire-viseu': 'wildfires',
    'storm-liguria': 'storms', 'storm-brittany': 'storms',
    'fine-ribeira': 'bank-fines', 'fine-hanzebank': 'bank-fines',
    'poll-netherlands': 'polls', 'poll-poland': 'polls',
    'fire-lodz': 'factory-fires', 'fire-saint-fons': 'factory-fires',
    'layoffs-kranzberg': 'layoffs', 'layoffs-lusomar': 'layoffs',
    'strike-rotterdam-port': 'strikes', 'strike-italy-rail': 'strikes',
    'salmonella-krakow': 'outbreaks', 'measles-lviv': 'outbreaks',
    'transfer-bahia': 'transfers', 'transfer-laguna': 'transfers',
    'election-tyrol': 'elections', 'takeover-vireon': 'takeovers',
    'airline-lusavia': 'airlines', 'malaria-vaccine': 'science',
    'golden-lion': 'film-festivals', 'trial-zahlwerk': 'fraud-trials',
    'tariff-poland': 'energy-prices', 'tariff-tyrol': 'energy-prices',
    'housing-porto': 'housing',
    'single-leeds-library': 'culture', 'single-yorkshire-cricket': 'sport-results',
    'single-halifax-ferry': 'transport', 'single-lobster-prices': 'fisheries',
    'single-frankfurt-tower': 'construction', 'single-nordkette': 'transport',
    'single-lyon-biennale': 'culture', 'single-somo-surf': 'sport-results',
    'single-venice-fee': 'tourism', 'single-porto-metro': 'transport',
    'single-rotterdam-depot': 'culture', 'single-wisla-football': 'sport-results',
    'single-riga-frost': 'weather', 'single-lviv-coffee': 'culture',
    'single-eurozone-inflation': 'economy',
}
c('SK-ILL3', 'salmonella-krakow', 'children ill in Kraków salmonella outbreak', 100, variant_of='SK-ILL2', note='[core] rounding: "More than 100" / "plus de 100"')
CLAIMS = C
