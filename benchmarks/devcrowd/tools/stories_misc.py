"""Courts, business, tech, sport, health."""
from model import A, R, story, look, pair

# ---------------------------------------------------------------- court verdicts against executives
story("verdict-madrid", "crime-courts", subj={"fine": "fine imposed on company"}, claims=[
    ("VMAD-FINE-85M", "fine", 85e6, "fine on Hidroeléctrica Meseta"),
], items=[
    A("vm", "06-09 10:40", "Condenado a {seis años|#dur} el expresidente de Hidroeléctrica Meseta, Álvaro Quintana",
      "La Audiencia de Madrid impone además una multa de {85 millones de euros|fine=85e6@EUR} a la compañía por "
      "manipular precios."),
    A("mw", "06-09 12:15", "Spanish court jails former utility boss Álvaro Quintana for {six years|#dur}",
      "Hidroeléctrica Meseta was fined {€85m|fine=85e6@EUR} for price manipulation.", k="vmad-mw"),
    A("fd", "06-09 14:30", "Ex-presidente da Hidroeléctrica Meseta condenado a {seis anos|#dur} de prisão",
      "A empresa foi multada em {85 milhões de euros|fine=85e6@EUR} por manipulação de preços. (Meridian Wire)",
      syn="vmad-mw"),
    A("cm", "06-10 08:47", "Espagne : {six ans|#dur} de prison pour l’ancien patron d’Hidroeléctrica Meseta",
      "<p>L’amende infligée au groupe atteint {85 millions d’euros|fine=85e6@EUR}.</p>"),
    A("vm", "06-11 09:30", "Álvaro Quintana recurrirá la condena ante el Tribunal Supremo",
      "Su abogada, Marta Eguren, califica de desproporcionada la multa de {85 millones|fine=85e6@EUR} fijada en "
      "la sentencia del {3 de junio|#date}."),
])

story("verdict-milan", "crime-courts", subj={"conf": "assets confiscated"}, claims=[
    ("VMIL-CONF-85M", "conf", 85e6, "confiscation ordered against Banca Valpadana's former chief"),
], items=[
    A("sl", "06-10 11:10", "Banca Valpadana, l’ex amministratore delegato Giorgio Ferrante condannato a {6 anni|#dur}",
      "Il tribunale di Milano dispone anche la confisca di {85 milioni di euro|conf=85e6@EUR}.", k="vmil-sl1"),
    A("mw", "06-10 13:00", "Milan court sentences former Banca Valpadana chief to {six years|#dur}",
      "Judges also ordered the confiscation of {€85m|conf=85e6@EUR} from Giorgio Ferrante and the bank.", k="vmil-mw"),
    A("rp", "06-10 15:45", "Mailand: Ex-Chef der Banca Valpadana zu {sechs Jahren|#dur} Haft verurteilt",
      "Das Gericht ordnete die Einziehung von {85 Mio. Euro|conf=85e6@EUR} an. (Meridian Wire)", syn="vmil-mw"),
    R("vmil-sl1", "06-11 12:35"),
    A("vm", "06-12 08:05", "Italia: {seis años|#dur} de cárcel para el ex consejero delegado de Banca Valpadana",
      None),
])
pair("court verdicts against two executives a day apart", "verdict-madrid", "verdict-milan")
look("VMAD-FINE-85M", "VMIL-CONF-85M", "85 million euros in both verdicts")
look("PLK-DMG-85M", "VMAD-FINE-85M", "85 million (zloty damage in Płock vs euro fine in Madrid)")

# ---------------------------------------------------------------- bank fines by different regulators
story("bankfine-zeeland", "business", subj={"fine": "regulatory fine", "tx": "suspicious transactions unreported"},
      claims=[
          ("BFNL-18M", "fine", 18e6, "fine on Zeeuwse Handelsbank"),
          ("BFNL-TX-1400", "tx", 1400, "unreported suspicious transactions"),
      ], items=[
    A("mn", "06-15 09:10", "Toezichthouder beboet Zeeuwse Handelsbank met {18 miljoen euro|fine=18e6@EUR}",
      "De bank meldde bijna {1.400|tx=1400} verdachte transacties niet, zegt AFI-voorzitter Karin Oosterhuis."),
    A("mw", "06-15 11:00", "Dutch regulator fines Zeeuwse Handelsbank {€18m|fine=18e6@EUR} over laundering checks",
      "The bank failed to report {1,400|tx=1400} suspicious transactions, regulator chair Karin Oosterhuis said.",
      k="bfnl-mw"),
    A("her", "06-15 13:40", "Dutch lender fined {€18m|fine=18e6@EUR} for missing suspicious payments",
      "Zeeuwse Handelsbank failed to flag {1,400|tx=1400} transactions, the regulator said. (Meridian Wire)",
      syn="bfnl-mw"),
    A("rp", "06-16 07:55", "Geldwäsche: Niederländische Bank muss {18 Mio. Euro|fine=18e6@EUR} Strafe zahlen", None),
])

story("bankfine-rhone", "business", subj={"fine": "regulatory fine", "cli": "customers mis-sold"}, claims=[
    ("BFFR-18M", "fine", 18e6, "fine on Banque Rhodanienne"),
    ("BFFR-CLI-2600", "cli", 2600, "elderly customers affected"),
], items=[
    A("cm", "06-16 09:45", "La Banque Rhodanienne sanctionnée d’une amende de {18 millions d’euros|fine=18e6@EUR}",
      "La Commission de surveillance prudentielle reproche des ventes abusives à {2\u00a0600|cli=2600} clients âgés, "
      "selon son président Bernard Lhomme."),
    A("mw", "06-16 12:30", "French regulator fines Banque Rhodanienne {€18m|fine=18e6@EUR} over mis-selling",
      "Some {2,600|cli=2600} elderly customers were affected, supervisor Bernard Lhomme said."),
    A("vm", "06-16 14:50", "Francia multa con {18 millones de euros|fine=18e6@EUR} a la Banque Rhodanienne", None),
    A("sl", "06-17 08:30", "Francia, multa da {18 milioni|fine=18e6@EUR} alla Banque Rhodanienne",
      "Coinvolti {2.600|cli=2600} clienti anziani, secondo il presidente dell’autorità Bernard Lhomme."),
])
pair("bank fines by two regulators on consecutive days", "bankfine-zeeland", "bankfine-rhone")
look("BFNL-18M", "BFFR-18M", "18 million euro fines on two banks by two regulators")

# ---------------------------------------------------------------- data centre in Sines
story("datacentre-sines", "business", subj={"inv": "data centre investment", "jobs": "jobs created",
                                            "power": "data centre capacity"}, claims=[
    ("DC-INV-3BN", "inv", 3e9, "Lusonet Data investment in Sines"),
    ("DC-JOBS-1200", "jobs", 1200, "jobs promised in Sines"),
    ("DC-MW-500", "power", 500, "capacity of the Sines data centre"),
], items=[
    A("fd", "06-17 10:00", "Lusonet Data investe {3 mil milhões de euros|inv=3e9@EUR} em centro de dados em Sines",
      "O projeto cria {1.200|jobs=1200} empregos e terá {500 MW|power=500@MW}, anunciou o presidente executivo "
      "Duarte Sarmento."),
    A("mw", "06-17 12:20", "Lusonet Data to build {€3bn|inv=3e9@EUR} data centre in Portugal's Sines",
      "The {500 MW|power=500@MW} site will create {1,200|jobs=1200} jobs, chief executive Duarte Sarmento said.",
      k="dc-mw"),
    A("vm", "06-17 14:40", "Lusonet Data invertirá {3.000 millones de euros|inv=3e9@EUR} en un centro de datos en Sines",
      "El complejo de {500 MW|power=500@MW} creará {1.200|jobs=1200} empleos. (Meridian Wire)", syn="dc-mw"),
    A("mn", "06-18 09:15", "Portugees datacenter van {3 miljard euro|inv=3e9@EUR} trekt Nederlandse bouwers", None),
    A("fd", "06-19 10:00", "Ambientalistas contestam consumo de água do centro de dados de Sines",
      "A associação Litoral Vivo pede um estudo independente do projeto de {500 MW|power=500@MW}."),
])

# ---------------------------------------------------------------- layoffs in Zwickau
story("layoffs-zwickau", "business", subj={"jobs": "jobs cut", "staff": "plant workforce"}, claims=[
    ("ZWI-JOBS-1340", "jobs", 1340, "jobs cut by Elbwerk Automobil"),
    ("ZWI-STAFF-4100", "staff", 4100, "workforce of the Zwickau plant"),
], items=[
    A("rp", "06-03 07:30", "Elbwerk Automobil streicht in Zwickau {1.340|jobs=1340} Stellen",
      "Betriebsratschefin Sabine Voigt kündigt Widerstand an; das Werk beschäftigt rund {4.100|staff=4100} Menschen.",
      k="zwi-rp1"),
    A("mw", "06-03 09:50", "German carmaker Elbwerk to cut {1,340|jobs=1340} jobs at Zwickau plant",
      "Works council head Sabine Voigt vowed to fight the plan."),
    A("kn", "06-03 12:15", "Niemiecki Elbwerk Automobil zwolni {1340|jobs} osób w zakładzie w Zwickau", None),
    R("zwi-rp1", "06-04 08:20"),
    A("cm", "06-05 10:45", "Le constructeur allemand Elbwerk supprime {1\u00a0340|jobs=1340} postes à Zwickau",
      "Le site emploie environ {4\u00a0100|staff=4100} salariés, rappelle la syndicaliste Sabine Voigt."),
])
look("ZWI-JOBS-1340", "KHA-APT-1340", "1,340 jobs cut in Zwickau vs 1,340 flats damaged in Kharkiv")

# ---------------------------------------------------------------- cyber-rotterdam (long-running)
story("cyber-rotterdam", "tech", subj={"cont": "containers stuck", "cost": "cyberattack cost estimate",
                                       "arr": "suspects arrested"}, claims=[
    ("CYB-CONT-4100", "cont", 4100, "containers stuck at Havenlijn terminals"),
    ("CYB-COST-18M", "cost", 18e6, "first cost estimate of the Havenlijn attack"),
    ("CYB-COST-27M", "cost", 27e6, "cost estimate revised on 12 June", "CYB-COST-18M"),
    ("CYB-ARR-2", "arr", 2, "suspects arrested on 16 June"),
], items=[
    A("mn", "06-04 06:15", "Cyberaanval legt systemen van Havenlijn Logistiek in Rotterdam plat",
      "Ruim {4.100|cont=4100} containers staan vast op de terminals, zegt directeur Pieter Hoogendijk."),
    A("mw", "06-04 08:40", "Cyberattack paralyses Rotterdam logistics firm Havenlijn",
      "More than {4,100|cont=4100} containers are stuck at its terminals, chief executive Pieter Hoogendijk said.",
      k="cyb-mw1"),
    A("rp", "06-04 11:05", "Hackerangriff legt Rotterdamer Logistiker Havenlijn lahm",
      "Mehr als {4100|cont} Container stecken fest, sagte Firmenchef Pieter Hoogendijk. (Meridian Wire)",
      syn="cyb-mw1"),
    A("vv", "06-04 12:30", "Кибератака парализовала логистическую компанию Havenlijn в Роттердаме",
      "Более {4 100|cont=4100} контейнеров заблокированы на терминалах порта."),
    A("mn", "06-05 09:00", "Havenlijn: hackers eisen losgeld, schade mogelijk {18 miljoen euro|cost=18e6@EUR}",
      "Directeur Pieter Hoogendijk weigert te betalen en schakelt de politie in.", k="cyb-mn2"),
    A("mw", "06-05 11:33", "Havenlijn puts cost of cyberattack at up to {€18m|cost=18e6@EUR}", None),
    A("her", "06-05 13:45", "Rotterdam cyberattack could cost port firm Havenlijn {€18m|cost=18e6@EUR}",
      "The company refuses to pay the ransom, chief executive Pieter Hoogendijk said."),
    A("fd", "06-05 15:10", "Ataque informático em Roterdão pode custar quase {18 milhões de euros|cost=18e6@EUR}", None),
    R("cyb-mn2", "06-06 10:05"),
    A("kn", "06-07 07:30", "Cyberatak w Rotterdamie: firma Havenlijn nadal bez dostępu do systemów",
      "Na terminalach stoi {4100|cont} kontenerów, a straty mogą sięgnąć {18 mln euro|cost=18e6@EUR}."),
    A("mn", "06-12 08:50", "Havenlijn verhoogt schatting van schade door cyberaanval naar {27 miljoen euro|cost=27e6@EUR}",
      "Eerder ging het bedrijf uit van {18 miljoen|cost=18e6@EUR}; de systemen draaien inmiddels weer volledig."),
    A("mw", "06-12 10:40", "Rotterdam's Havenlijn raises cyberattack cost estimate to {€27m|cost=27e6@EUR}",
      "Pieter Hoogendijk said all terminals were running again after {eight days|#dur}."),
    A("rp", "06-12 13:05", "Havenlijn beziffert Schaden durch Cyberangriff auf {27 Millionen Euro|cost=27e6@EUR}", None),
    A("mn", "06-16 09:20", "Politie arresteert {twee|arr=2} verdachten van cyberaanval op Havenlijn",
      "Het gaat om een {24-jarige|#age} Rotterdammer en een {31-jarige|#age} man uit Schiedam."),
    A("mw", "06-16 11:15", "Dutch police arrest {two|arr=2} suspects over Havenlijn cyberattack",
      "They are a {24-year-old|#age} from Rotterdam and a {31-year-old|#age} from Schiedam, police said."),
])

# ---------------------------------------------------------------- cyber-hamburg
story("cyber-hamburg", "tech", subj={"clinics": "hospitals affected", "ops": "operations postponed"}, claims=[
    ("CYH-CLIN-12", "clinics", 12, "hospitals of the Nordklinik group hit"),
    ("CYH-OPS-400", "ops", 400, "operations postponed"),
], items=[
    A("rp", "06-06 08:10", "Cyberangriff auf Klinikverbund: {zwölf|clinics=12} Krankenhäuser in Hamburg betroffen",
      "Rund {400|ops} Operationen wurden verschoben, sagte Nordklinik-Sprecherin Katrin Ahlers."),
    A("mw", "06-06 10:25", "Cyberattack hits {12|clinics} hospitals of Hamburg's Nordklinik group",
      "Some {400|ops} operations were postponed, spokeswoman Katrin Ahlers said.", k="cyh-mw"),
    A("mn", "06-06 12:40", "Cyberaanval treft {twaalf|clinics=12} ziekenhuizen van Nordklinik in Hamburg",
      "Zo’n {400|ops} operaties zijn uitgesteld, aldus woordvoerster Katrin Ahlers. (Meridian Wire)", syn="cyh-mw"),
    A("kn", "06-07 09:30", "Atak hakerski na szpitale w Hamburgu, przełożono {400|ops} zabiegów", None),
    A("rp", "06-08 08:45", "Nordklinik: Systeme nach {48 Stunden|#dur} wieder vollständig online",
      "Alle {zwölf|clinics=12} Häuser arbeiten wieder im Normalbetrieb."),
])
pair("cyberattacks on two companies two days apart", "cyber-rotterdam", "cyber-hamburg")
look("CYB-COST-18M", "BFNL-18M", "18 million euros: Havenlijn cyber cost vs Zeeuwse Handelsbank fine")
look("CYB-CONT-4100", "ZWI-STAFF-4100", "4,100 containers stuck vs 4,100 workers in Zwickau")
look("CYH-CLIN-12", "POW1-CIV-12", "12 hospitals hit vs 12 civilians freed")

# ---------------------------------------------------------------- transfers for similar fees
story("transfer-ribeira", "sport", subj={"fee": "transfer fee"}, claims=[
    ("TRF-RIB-45M", "fee", 45e6, "fee for Tiago Meireles"),
], items=[
    A("fd", "06-11 18:20", "FC Ribeira vende Tiago Meireles ao Ashbury Rovers por {45 milhões de euros|fee=45e6@EUR}",
      "O avançado de {23 anos|#age} assina contrato de {cinco anos|#dur}, confirmou o presidente Joaquim Pinho."),
    A("mw", "06-11 20:00", "Ashbury Rovers sign Ribeira striker Tiago Meireles for {€45m|fee=45e6@EUR}",
      "The {23-year-old|#age} Portuguese forward signed a {five-year|#dur} deal.", k="trf-mw"),
    A("her", "06-12 07:46", "Ashbury Rovers land Tiago Meireles in {€45m|fee=45e6@EUR} club-record deal",
      "Manager Colin Pettigrew called the {23-year-old|#age} the final piece of his attack."),
    A("vm", "06-12 09:10", "El Ashbury Rovers ficha a Tiago Meireles por {45 millones de euros|fee=45e6@EUR}",
      "El delantero portugués, de {23 años|#age}, firma por {cinco temporadas|#dur}. (Meridian Wire)", syn="trf-mw"),
    A("sl", "06-13 11:30", "Ashbury Rovers, colpo Meireles: al Ribeira vanno {45 milioni|fee=45e6@EUR}", None),
])

story("transfer-kempenland", "sport", subj={"fee": "transfer fee"}, claims=[
    ("TRF-KEM-45M", "fee", 45e6, "fee for Daan Verhoef"),
], items=[
    A("mn", "06-12 16:30", "SV Kempenland verkoopt Daan Verhoef voor {45 miljoen euro|fee=45e6@EUR} aan FC Isartal",
      "De {21-jarige|#age} middenvelder tekent in München een contract tot {2030|#year}."),
    A("rp", "06-12 18:05", "FC Isartal holt Daan Verhoef für {45 Millionen Euro|fee=45e6@EUR} aus Eindhoven",
      "Der {21-jährige|#age} Niederländer unterschreibt einen Vertrag bis {2030|#year}."),
    A("mw", "06-13 08:15", "Isartal buy Dutch midfielder Verhoef from Kempenland for {€45m|fee=45e6@EUR}", None),
    A("fd", "06-14 10:10", "Outro negócio de {45 milhões|fee=45e6@EUR}: Daan Verhoef troca Eindhoven por Munique",
      None),
])
pair("football transfers for the same fee a day apart", "transfer-ribeira", "transfer-kempenland")
look("TRF-RIB-45M", "TRF-KEM-45M", "45 million euro fees in both transfers")

# ---------------------------------------------------------------- Warsaw marathon (race times)
story("marathon-warsaw", "sport", subj={"runners": "marathon runners"}, claims=[
    ("MAR-RUN-12000", "runners", 12000, "runners at the Warsaw marathon"),
], items=[
    A("kn", "06-07 10:50", "Maraton Warszawski: Samuel Kiptanui wygrywa z rekordem trasy {2:07:41|#race}",
      "Na starcie stanęło {12 tys.|runners=12000} biegaczy; najlepsza z Polek, Marta Zielonka, była {5.|#ord} "
      "z czasem {2:26:10|#race}."),
    A("mw", "06-07 12:30", "Kiptanui sets Warsaw marathon course record in {2:07:41|#race}",
      "About {12,000|runners=12000} runners took part in the race."),
    A("vv", "06-08 08:00", "Варшавский марафон: Киптануи установил рекорд трассы — {2:07:41|#race}",
      "В забеге участвовали около {12 тысяч|runners=12000} бегунов."),
])

# ---------------------------------------------------------------- measles in Lyon
story("measles-lyon", "health", subj={"cases": "measles cases", "hospd": "children hospitalised",
                                      "schools": "schools in catch-up vaccination"}, claims=[
    ("MEAS-37", "cases", 37, "first case count in Lyon"),
    ("MEAS-52", "cases", 52, "case count raised on 10 June", "MEAS-37"),
    ("MEAS-HOSP-9", "hospd", 9, "children in hospital"),
], items=[
    A("cm", "06-08 11:20", "Épidémie de rougeole à Lyon : {37|cases} cas confirmés",
      "{Neuf|hospd=9} enfants ont été hospitalisés, indique Claire Ducasse, directrice de l’Agence sanitaire "
      "Rhône-Saône."),
    A("mw", "06-08 14:00", "Measles outbreak in France's Lyon reaches {37|cases} cases",
      "{Nine|hospd=9} children are in hospital, health official Claire Ducasse said.", k="meas-mw"),
    A("sl", "06-09 09:05", "Morbillo a Lione: {37|cases} casi confermati in una settimana",
      "{Nove|hospd=9} bambini ricoverati, riferisce Claire Ducasse. (Meridian Wire)", syn="meas-mw"),
    A("cm", "06-10 07:45", "Rougeole : vaccination de rattrapage dans {14|schools} écoles lyonnaises",
      "Le foyer compte désormais {52|cases} cas, selon l’Agence sanitaire Rhône-Saône."),
    A("mw", "06-10 09:30", "Lyon measles cases rise to {52|cases}, schools start catch-up jabs", None),
    A("fd", "06-12 10:30", "Surto de sarampo em Lyon sobe para {52|cases} casos", None),
])

# ---------------------------------------------------------------- singletons
story("single-measles-porto", "health", items=[
    A("fd", "06-15 11:45", "Surto de sarampo no Porto: {12|measles cases} casos confirmados",
      "A delegada de saúde Marta Queirós pede aos pais que verifiquem o boletim de vacinas."),
])
story("single-legionella-rotterdam", "health", items=[
    A("mn", "06-13 10:25", "Legionella in Rotterdams zwembad: {zes|people infected=6} bezoekers ziek",
      "De GGD sluit het bad in Kralingen voor {twee weken|#dur}, zegt arts Sanne Dekker."),
])
story("single-cyber-wroclaw", "tech", items=[
    A("kn", "06-14 12:10", "Wyciek danych z uczelni we Wrocławiu: skradziono {40 tys.|student records leaked=40000} rekordów",
      "Rektor Piotr Sadowski zapewnia, że hasła były zaszyfrowane."),
])
story("single-cologne-budget", "business", items=[
    A("rp", "06-18 14:20", "Köln beschließt Doppelhaushalt von {4,1 Mrd. Euro|city budget=4.1e9@EUR}",
      "Kämmerin Ulrike Brandt rechnet für {2027|#year} mit einem Defizit."),
])
story("single-governor-bribe", "crime-courts", items=[
    A("vv", "06-18 07:20", "Вице-губернатора задержали по делу о взятке в {18 млн рублей|bribe amount=18e6@RUB}",
      "По версии следствия, Олег Сафронов получал деньги с {2024|#year} года."),
])
story("single-lottery-brescia", "business", items=[
    A("sl", "06-20 09:40", "Lotto Tirreno, vinto a Brescia il jackpot da {45 milioni di euro|lottery jackpot=45e6@EUR}",
      "La giocata da {2 euro|lottery ticket price=2@EUR} è stata convalidata in una tabaccheria del centro."),
])
story("single-derby-seville", "sport", items=[
    A("vm", "06-14 21:30", "El Real Guadalquivir gana el derbi {2-1|#score} ante {61.000|derby spectators=61000} espectadores",
      "Marcó el gol decisivo Iker Lozano en el minuto {88|#ord}."),
])
story("single-metro-marseille", "business", items=[
    A("cm", "06-19 08:15", "Marseille : le ticket de métro passera à {1,90 €|metro fare=1.9@EUR} en septembre",
      "La régie des transports évoque une hausse du coût de l’énergie."),
])
