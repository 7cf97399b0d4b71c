"""Disasters: two chemical-plant fires, two floods in neighbouring regions, two heatwaves, singletons."""
from model import A, R, story, look, pair

# ---------------------------------------------------------------- fire-plock (long-running)
story("fire-plock", "disasters", subj={"ff": "firefighters deployed", "dmg": "fire damage estimate",
                                       "wit": "witnesses questioned"}, claims=[
    ("PLK-EV-1300", "ev", 1300, "residents evacuated around the Wisłochem plant in Płock"),
    ("PLK-INJ-4", "i", 4, "workers injured in the Płock fire"),
    ("PLK-FF-140", "ff", 140, "firefighters at the Płock fire"),
    ("PLK-DMG-85M", "dmg", 85e6, "first damage estimate, 85 million zloty"),
    ("PLK-DMG-120M", "dmg", 120e6, "damage estimate revised upward on 11 June", "PLK-DMG-85M"),
], items=[
    A("kn", "06-03 19:40", "Pożar w zakładach Wisłochem w Płocku. Ewakuowano {1,3 tys.|ev=1300} mieszkańców",
      "{Czterech|i=4} pracowników trafiło do szpitala, z ogniem walczy {140|ff} strażaków – poinformował "
      "bryg. Tomasz Jaworek z mazowieckiej straży pożarnej."),
    A("mw", "06-03 21:05", "Chemical plant fire in Poland's Plock forces {1,300|ev=1300} residents out",
      "{Four|i=4} workers were taken to hospital and {140|ff} firefighters were fighting the blaze at the "
      "Wislochem plant, fire chief Tomasz Jaworek said.", k="plk-mw1"),
    A("rp", "06-04 05:30", "Großbrand in Chemiewerk in Płock: {1300|ev} Anwohner in Sicherheit gebracht",
      "<p>{Vier|i=4} Arbeiter kamen ins Krankenhaus, {140|ff} Feuerwehrleute sind im Einsatz, sagte "
      "Einsatzleiter Tomasz Jaworek. (Meridian Wire)</p>", syn="plk-mw1"),
    A("bo", "06-04 06:50", "В польском Плоцке горит химический завод, эвакуированы {1300|ev} жителей",
      "Пострадали {четверо|i=4} рабочих завода Wisłochem."),
    A("kn", "06-04 08:10", "Płock: straty po pożarze Wisłochemu wstępnie oszacowano na {85 mln zł|dmg=85e6@PLN}",
      "Prezes spółki Ewa Kubacka zapowiedziała, że linia produkcyjna stanie na co najmniej {trzy miesiące|#dur}.",
      k="plk-kn2"),
    A("cm", "06-04 09:25", "Incendie dans une usine chimique à Płock : {1\u00a0300|ev=1300} habitants évacués",
      "Les dégâts sont estimés à {85 millions de zlotys|dmg=85e6@PLN}, selon la PDG de Wisłochem, Ewa Kubacka."),
    A("her", "06-04 11:45", "Plock chemical fire damage put at {85m zloty|dmg=85e6@PLN} by owner", None),
    R("plk-kn2", "06-05 09:30"),
    A("kn", "06-11 07:20", "Wisłochem podnosi szacunek strat po pożarze do {120 mln zł|dmg=120e6@PLN}",
      "Wcześniej spółka mówiła o {85 mln zł|dmg=85e6@PLN}. Ewa Kubacka tłumaczy wzrost zniszczeniami instalacji "
      "chłodzenia."),
    A("mw", "06-11 09:00", "Polish chemical firm raises fire damage estimate to {120m zlotys|dmg=120e6@PLN}",
      "Wislochem had earlier put the damage at {85m|dmg=85e6@PLN}, chief executive Ewa Kubacka said.", k="plk-mw2"),
    A("rp", "06-11 10:40", "Płock: Schaden nach Chemiewerk-Brand auf {120 Mio. Zloty|dmg=120e6@PLN} geschätzt",
      "Die Firmenchefin Ewa Kubacka korrigierte die erste Schätzung deutlich nach oben."),
    A("vv", "06-11 13:15", "Ущерб от пожара на заводе в Плоцке оценили в {120 млн злотых|dmg=120e6@PLN}",
      None),
    A("fd", "06-11 15:40", "Fábrica de Płock eleva prejuízos do incêndio para {120 milhões de zlótis|dmg=120e6@PLN}",
      "A estimativa inicial era de {85 milhões|dmg=85e6@PLN}, disse a presidente executiva Ewa Kubacka. "
      "(Meridian Wire)", syn="plk-mw2"),
    A("kn", "06-15 08:30", "Prokuratura: przyczyną pożaru w Płocku był wadliwy zawór",
      "Śledczy przesłuchali {37|wit} świadków. W pożarze {3 czerwca|#date} rannych zostało {czterech|i=4} "
      "pracowników."),
    A("mw", "06-15 10:05", "Faulty valve caused Plock chemical plant fire, prosecutors say",
      "The blaze on {June 3|#date} injured {four|i=4} workers and forced {1,300|ev=1300} residents from their homes."),
])

# ---------------------------------------------------------------- fire-antwerp
story("fire-antwerp", "disasters", subj={"ff": "firefighters deployed"}, claims=[
    ("ANT-INJ-4", "i", 4, "injured in the Scheldechem fire in the port of Antwerp"),
    ("ANT-FF-140", "ff", 140, "firefighters at the Antwerp fire"),
], items=[
    A("mn", "06-05 16:10", "Zware brand bij chemiebedrijf Scheldechem in Antwerpse haven, {vier|i=4} gewonden",
      "Brandweercommandant Ruud Verstraeten zet {140|ff} brandweerlui in; omwonenden moeten ramen en deuren "
      "gesloten houden."),
    A("mw", "06-05 17:30", "Fire at Antwerp port chemical plant injures {four|i=4} workers",
      "Some {140|ff} firefighters were battling the blaze at Scheldechem, fire commander Ruud Verstraeten said.",
      k="ant-mw"),
    A("rp", "06-05 19:45", "Großbrand im Antwerpener Hafen: {vier|i=4} Verletzte bei Scheldechem",
      "{140|ff} Feuerwehrleute kämpfen gegen die Flammen; {Dutzende|#vague} Anwohner wurden aufgefordert, "
      "Fenster geschlossen zu halten."),
    A("cm", "06-06 07:10", "Anvers : un incendie dans une usine chimique fait {quatre|i=4} blessés",
      "Quelque {140|ff} pompiers ont été mobilisés chez Scheldechem, selon le commandant Ruud Verstraeten. "
      "(Meridian Wire)", syn="ant-mw"),
    A("mn", "06-06 09:55", "Brand bij Scheldechem onder controle, oorzaak nog onbekend",
      "<p>De {vier|i=4} gewonde medewerkers zijn buiten levensgevaar, zegt woordvoerster Ilse Maes.</p>"),
])
pair("chemical-plant fires two days apart", "fire-plock", "fire-antwerp")
look("PLK-INJ-4", "ANT-INJ-4", "4 workers injured in both chemical-plant fires")
look("PLK-FF-140", "ANT-FF-140", "140 firefighters at both chemical-plant fires")

# ---------------------------------------------------------------- flood-opole (long-running)
story("flood-opole", "disasters", subj={"rain": "rainfall", "cty": "counties under disaster alert",
                                        "dmg": "flood damage estimate", "aid": "government flood aid",
                                        "bodies": "bodies found in river"}, claims=[
    ("OPO-KILLED-3", "k", 3, "first flood toll in the Opole region"),
    ("OPO-KILLED-5", "k", 5, "flood toll raised on 10 June", "OPO-KILLED-3"),
    ("OPO-EV-2400", "ev", 2400, "people evacuated in the Opole region"),
    ("OPO-RAIN-120", "rain", 120, "rainfall in 24 hours"),
    ("OPO-DMG-1.2BN", "dmg", 1.2e9, "damage estimate by governor Anna Sroka"),
    ("OPO-AID-300M", "aid", 300e6, "first government aid"),
], items=[
    A("kn", "06-08 14:30", "Powódź na Opolszczyźnie: {trzy|k=3} ofiary śmiertelne, ewakuowano {2400|ev} osób",
      "<p>W ciągu doby spadło nawet {120 mm|rain=120@mm} deszczu – poinformowała wojewoda opolska Anna Sroka.</p>"),
    A("mw", "06-08 16:00", "Floods in Poland's Opole region kill {three|k=3}, force {2,400|ev=2400} from homes",
      "Up to {120 mm|rain=120@mm} of rain fell in a day, provincial governor Anna Sroka said.", k="opo-mw1"),
    A("rp", "06-08 18:20", "Hochwasser im Oppelner Land: {drei|k=3} Tote, {2.400|ev=2400} Menschen evakuiert",
      "Woiwodin Anna Sroka rief für {neun|cty=9} Kreise den Katastrophenalarm aus."),
    A("bo", "06-09 06:40", "Наводнение в Опольском воеводстве: {трое|k=3} погибших, эвакуированы {2 400|ev=2400}",
      "За сутки выпало до {120 мм|rain=120@mm} осадков, сообщила воевода Анна Срока. (Meridian Wire)",
      syn="opo-mw1"),
    A("kn", "06-10 07:00", "Opolszczyzna: liczba ofiar powodzi wzrosła do {pięciu|k=5}",
      "Ciała {dwóch|bodies=2} mężczyzn znaleziono w Nysie Kłodzkiej. W {9|cty} powiatach obowiązuje stan klęski."),
    A("mw", "06-10 08:45", "Polish flood death toll rises to {five|k=5} in Opole region", None),
    A("rp", "06-10 10:30", "Oppeln: Zahl der Hochwassertoten steigt auf {fünf|k=5}",
      "In der Glatzer Neiße wurden zwei weitere Leichen gefunden.".replace("zwei", "{zwei|bodies=2}")),
    A("sk", "06-10 11:45", "Повінь у Польщі: кількість загиблих на Опольщині зросла до {п’яти|k=5}",
      "Евакуйовано {2 400|ev=2400} мешканців, повідомила воєводиня Анна Срока."),
    A("her", "06-10 12:00", "Polish floods: death toll climbs to {five|k=5} as rivers crest",
      "Governor Anna Sroka said {2,400|ev=2400} people remained out of their homes around Nysa."),
    A("cm", "06-10 14:15", "Inondations en Pologne : {cinq|k=5} morts dans la région d’Opole",
      "Quelque {2\u00a0400|ev=2400} habitants ont été évacués, selon la gouverneure Anna Sroka."),
    A("kn", "06-16 08:00", "Wojewoda: straty po powodzi na Opolszczyźnie sięgają {1,2 mld zł|dmg=1.2e9@PLN}",
      "Rząd przeznaczy {300 mln zł|aid=300e6@PLN} na pierwszą pomoc dla poszkodowanych – zapowiedziała Anna Sroka."),
    A("mw", "06-16 10:20", "Opole flood damage estimated at {1.2bn zlotys|dmg=1.2e9@PLN}",
      "The government has pledged {300m zlotys|aid=300e6@PLN} in first aid, governor Anna Sroka said.", k="opo-mw2"),
    A("cm", "06-16 16:35", "Inondations en Pologne : des dégâts estimés à {1,2 milliard de zlotys|dmg=1.2e9@PLN}",
      None),
    A("vv", "06-17 09:00", "Ущерб от наводнения в Опольском воеводстве оценен в {1,2 млрд злотых|dmg=1.2e9@PLN}",
      "Правительство Польши выделит {300 млн злотых|aid=300e6@PLN} на первую помощь. (Meridian Wire)",
      syn="opo-mw2"),
    A("kn", "06-20 07:30", "Opolszczyzna po powodzi: {pięć|k=5} ofiar, {9|cty} powiatów ze stanem klęski",
      "Ostatni ewakuowani mieszkańcy wrócili do domów {20 czerwca|#date}."),
])

# ---------------------------------------------------------------- flood-ostrava (neighbouring region)
story("flood-ostrava", "disasters", subj={"rain": "rainfall"}, claims=[
    ("OST-KILLED-3", "k", 3, "flood deaths in the Moravian-Silesian region"),
    ("OST-EV-900", "ev", 900, "evacuated around Ostrava"),
    ("OST-RAIN-120", "rain", 120, "rainfall near Ostrava"),
], items=[
    A("mw", "06-09 10:10", "Floods hit Czech Moravian-Silesian region, {three|k=3} people dead",
      "Regional governor Petr Hruška said {900|ev} people were evacuated after {120 mm|rain=120@mm} of rain fell "
      "near Ostrava."),
    A("rp", "06-09 12:30", "Hochwasser auch in Tschechien: {drei|k=3} Tote in Mährisch-Schlesien",
      "Rund um Ostrau mussten {900|ev} Menschen ihre Häuser verlassen, sagte Kreishauptmann Petr Hruška."),
    A("kn", "06-09 14:50", "Powódź także w Czechach: {trzy|k=3} ofiary w kraju morawsko-śląskim",
      "Wokół Ostrawy spadło {120 mm|rain=120@mm} deszczu – podał hetman kraju Petr Hruška."),
    A("vv", "06-10 09:40", "Наводнение в Чехии: под Остравой погибли {три|k=3} человека", None),
    A("her", "06-11 11:20", "Czech flood clean-up begins around Ostrava after {three|k=3} deaths",
      "Governor Petr Hruška said the {900|ev} evacuated residents could start returning home."),
])
pair("floods in neighbouring regions (Poland / Czechia), one day apart", "flood-opole", "flood-ostrava")
look("OPO-KILLED-3", "OST-KILLED-3", "3 flood deaths on both sides of the border")
look("OPO-RAIN-120", "OST-RAIN-120", "120 mm of rain in both flood regions")

# ---------------------------------------------------------------- heat-spain (long-running)
story("heat-spain", "disasters", subj={"hd": "heat-related deaths", "temp": "peak temperature"}, claims=[
    ("HEAT-ES-41", "hd", 41, "first heat death count in Spain"),
    ("HEAT-ES-63", "hd", 63, "count raised on 13 June", "HEAT-ES-41"),
    ("HEAT-ES-87", "hd", 87, "final count on 19 June", "HEAT-ES-63"),
    ("HEAT-ES-TEMP-44.6", "temp", 44.6, "44.6 °C in Córdoba"),
], items=[
    A("vm", "06-10 09:00", "La ola de calor deja {41|hd} muertos en Andalucía y Extremadura",
      "Córdoba alcanzó los {44,6 grados|temp=44.6@°C}, según el Instituto de Vigilancia Sanitaria, cuya directora, "
      "Lucía Ferrándiz, pidió extremar las precauciones."),
    A("mw", "06-10 11:30", "Spain heatwave linked to {41|hd} deaths as Cordoba hits {44.6C|temp=44.6@°C}",
      "Health surveillance chief Lucía Ferrándiz urged older people to stay indoors.", k="hes-mw1"),
    A("fd", "06-10 13:45", "Onda de calor em Espanha já causou {41|hd} mortes",
      "Em Córdova os termómetros chegaram aos {44,6 graus|temp=44.6@°C}, informou a diretora Lucía Ferrándiz."),
    A("her", "06-10 15:20", "Spanish heatwave blamed for {41|hd} deaths as temperatures soar",
      "Temperatures in Cordoba reached {44.6C|temp=44.6@°C}, health officials said. (Meridian Wire)", syn="hes-mw1"),
    A("cm", "06-11 09:10", "Canicule en Espagne : {41|hd} morts et {44,6 °C|temp=44.6@°C} à Cordoue", None),
    A("vm", "06-13 08:20", "Sanidad eleva a {63|hd} los fallecidos por la ola de calor",
      "La mayoría de las víctimas tenía más de {80 años|#age}, precisó Lucía Ferrándiz.", k="hes-vm2"),
    A("mw", "06-13 10:00", "Spain's heat death toll rises to {63|hd}, most victims elderly",
      "Most victims were older than {80 years|#age}, officials said."),
    A("sl", "06-13 12:40", "Spagna, sale a {63|hd} il bilancio dei morti per il caldo",
      "Le autorità sanitarie spagnole invitano gli anziani a restare in casa nelle ore centrali."),
    R("hes-vm2", "06-14 09:50"),
    A("vm", "06-19 08:30", "Balance final de la ola de calor: {87|hd} muertos en {nueve días|#dur}",
      "<p>El Instituto de Vigilancia Sanitaria cifra en {87|hd} las muertes atribuibles al calor; la semana pasada "
      "hablaba de {63|hd}.</p>"),
    A("mw", "06-19 10:15", "Spain's heatwave killed {87|hd} people, final tally shows", None),
    A("rp", "06-19 12:00", "Hitzewelle in Spanien: Behörden ziehen Bilanz von {87|hd} Toten",
      "Die Gesundheitsbehörde unter Lucía Ferrándiz hatte zuvor {63|hd} Todesfälle gemeldet."),
    A("fd", "06-19 14:30", "Espanha: onda de calor fez {87|hd} mortos em pouco mais de uma semana",
      "Córdova registou {44,6 graus|temp=44.6@°C}, o valor mais alto do episódio."),
    A("cm", "06-20 09:00", "Espagne : la canicule a fait {87|hd} morts selon le bilan final", None),
    A("her", "06-21 08:10", "Spanish heat toll of {87|hd} prompts call for cooling centres in Northgate",
      "Public health director Samuel Achterberg said the city would open {six|cooling centres planned=6} "
      "cooling centres."),
])

# ---------------------------------------------------------------- heat-italy
story("heat-italy", "disasters", subj={"hd": "heat-related deaths", "temp": "peak temperature",
                                       "cities": "cities on red heat alert",
                                       "er": "emergency room visits"}, claims=[
    ("HEAT-IT-41", "hd", 41, "heat deaths in Sicily and Apulia"),
    ("HEAT-IT-CITIES-18", "cities", 18, "cities on red alert"),
], items=[
    A("sl", "06-12 10:20", "Caldo record al Sud: {41|hd} morti tra Sicilia e Puglia",
      "A Foggia registrati {43,8 gradi|temp=43.8@°C}; bollino rosso in {18|cities} città, annuncia Rosaria "
      "Lo Cascio della Protezione civile."),
    A("mw", "06-12 12:10", "Italy heatwave kills {41|hd} in south, {18|cities} cities on red alert",
      "Civil protection official Rosaria Lo Cascio urged people to avoid going out in the afternoon.", k="hit-mw"),
    A("vm", "06-12 15:40", "Italia: el calor deja {41|hd} muertos en Sicilia y Apulia",
      "Hay {18|cities} ciudades en alerta roja, según la responsable de Protección Civil Rosaria Lo Cascio. "
      "(Meridian Wire)", syn="hit-mw"),
    A("rp", "06-13 09:15", "Hitze in Süditalien: {41|hd} Tote, in Foggia {43,8 Grad|temp=43.8@°C}",
      "Der Zivilschutz meldet {18|cities} Städte mit höchster Warnstufe."),
    A("sl", "06-14 11:30", "Caldo, il bollino rosso scende a {9|cities} città",
      "Il bilancio resta di {41|hd} morti; nel fine settimana quasi {tremila|er=3000} accessi ai pronto soccorso, "
      "precisa Rosaria Lo Cascio."),
])
pair("heatwave death tolls in two countries, two days apart", "heat-spain", "heat-italy")
look("HEAT-ES-41", "HEAT-IT-41", "41 heat deaths in Spain (10 June) and in Italy (12 June)")

# ---------------------------------------------------------------- disaster singletons
story("single-house-fire-plock", "disasters", items=[
    A("kn", "06-12 19:00", "Pożar domu jednorodzinnego w Płocku, {dwie|i=2} osoby ranne",
      "Ogień pojawił się około {19:30|#time} na osiedlu Podolszyce – przekazał mł. kpt. Adam Rudzki."),
])
story("single-wildfire-viseu", "disasters", items=[
    A("fd", "06-18 16:20", "Incêndio no distrito de Viseu já consumiu {2.300 hectares|burned area=2300@ha}",
      "Mais de {400|firefighters deployed} operacionais combatem as chamas, disse o comandante Nuno Barros."),
])
story("single-storm-glasgow", "disasters", items=[
    A("her", "06-15 06:40", "Storm leaves {12,000|homes without power=12000} homes without power near Glasgow",
      "Engineers from Clydeline Power expect to reconnect most customers by {18:00|#time}."),
])
