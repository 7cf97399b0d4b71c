"""Accidents, labour, politics and polls."""
from model import A, R, story, look, pair

# ---------------------------------------------------------------- train-poznan (long-running)
story("train-poznan", "accidents", subj={"speed": "train speed", "pax": "passengers on board",
                                         "hosp": "people still in hospital"}, claims=[
    ("TPZ-KILLED-2", "k", 2, "killed in the derailment near Poznań"),
    ("TPZ-INJ-23", "i", 23, "first injured count"),
    ("TPZ-INJ-31", "i", 31, "injured count raised on 7 June", "TPZ-INJ-23"),
    ("TPZ-PAX-240", "pax", 240, "passengers on the derailed train"),
    ("TPZ-SPEED-120", "speed", 120, "speed at derailment"),
], items=[
    A("kn", "06-06 17:25", "Wykolejenie pociągu pod Poznaniem: {dwie|k=2} osoby nie żyją, {23|i} rannych",
      "Skład Kolei Zachodnich jechał z prędkością około {120 km/h|speed=120@km/h}; na pokładzie było {240|pax} "
      "pasażerów – podał wojewoda wielkopolski Krzysztof Gajda."),
    A("mw", "06-06 18:40", "Train derails near Poland's Poznan, killing {two|k=2} and injuring {23|i}",
      "The train carried {240|pax} passengers, regional governor Krzysztof Gajda said.", k="tpz-mw1"),
    A("rp", "06-06 20:05", "Zugunglück bei Posen: {zwei|k=2} Tote und {23|i} Verletzte",
      "Der Zug war laut Woiwode Krzysztof Gajda mit etwa {120 km/h|speed=120@km/h} unterwegs."),
    A("cm", "06-07 06:30", "Pologne : un train déraille près de Poznań, {deux|k=2} morts et {23|i} blessés",
      "Le convoi transportait {240|pax} passagers, selon le gouverneur Krzysztof Gajda. (Meridian Wire)",
      syn="tpz-mw1"),
    A("bo", "06-07 08:05", "Крушение поезда под Познанью: {двое|k=2} погибших, десятки раненых".replace(
        "десятки", "{десятки|#vague}"), None),
    A("kn", "06-07 09:45", "Katastrofa pod Poznaniem: liczba rannych wzrosła do {31|i}",
      "<p>W szpitalach pozostaje {12|hosp} osób. Do {23|i} rannych z pierwszego komunikatu doszli pasażerowie, "
      "którzy sami zgłosili się do lekarzy.</p>", k="tpz-kn2"),
    A("mw", "06-07 11:20", "Number injured in Polish train derailment rises to {31|i}",
      "Governor Krzysztof Gajda said {12|hosp} people remained in hospital."),
    A("fd", "06-07 13:00", "Descarrilamento na Polónia: {dois|k=2} mortos e {31|i} feridos",
      "O comboio seguia a cerca de {120 km/h|speed=120@km/h} perto de Poznań."),
    R("tpz-kn2", "06-08 10:15"),
    A("kn", "06-12 10:36", "Tor pod Poznaniem ponownie otwarty po {sześciu dniach|#dur} przerwy",
      "Pierwszy pociąg przejechał odcinek o {6:05|#time}."),
    A("kn", "06-19 09:00", "Komisja: przyczyną wykolejenia pod Poznaniem było pęknięcie szyny",
      "W raporcie przewodniczący Jerzy Malinowski przypomina, że zginęły {dwie|k=2} osoby, a {31|i} zostało rannych."),
    A("mw", "06-19 11:30", "Broken rail caused deadly Poznan derailment, Polish investigators find",
      "The {June 6|#date} crash killed {two|k=2} people and injured {31|i}, commission head Jerzy Malinowski said."),
    A("her", "06-19 13:20", "Polish rail crash report blames broken track near Poznan", None),
])

# ---------------------------------------------------------------- train-utrecht
story("train-utrecht", "accidents", subj={"hosp": "people still in hospital"}, claims=[
    ("TUT-INJ-23", "i", 23, "injured when a train hit a truck near Houten"),
], items=[
    A("mn", "06-07 14:10", "Trein botst op vrachtwagen bij Houten: {23|i} gewonden",
      "De chauffeur van de vrachtwagen kwam om het leven; {tientallen|#vague} hulpverleners rukten uit, meldt "
      "woordvoerder Joost de Wit van de veiligheidsregio."),
    A("mw", "06-07 15:35", "Train hits truck near Dutch city of Utrecht, {23|i} injured",
      "The truck driver was killed at the level crossing near Houten, regional spokesman Joost de Wit said."),
    A("rp", "06-07 17:50", "Zugunfall bei Utrecht: {23|i} Verletzte nach Kollision mit Lastwagen",
      "Der Lkw-Fahrer kam ums Leben, teilte Sprecher Joost de Wit mit."),
    A("fd", "06-07 19:15", "Comboio colide com camião perto de Utrecht: {23|i} feridos", None),
    A("mn", "06-08 08:20", "Spoorlijn Utrecht–Houten weer open, {vier|hosp=4} gewonden nog in ziekenhuis",
      "Van de {23|i} gewonden mochten de meesten dezelfde avond naar huis, aldus Rijnland Spoor."),
])
pair("train accidents one day apart (Poland / Netherlands)", "train-poznan", "train-utrecht")
look("TPZ-INJ-23", "TUT-INJ-23", "23 injured in both train accidents, a day apart")

# ---------------------------------------------------------------- general strikes
story("genstrike-portugal", "labour", subj={"fl": "flights cancelled", "part": "strike turnout claimed by unions",
                                           "gov": "strike turnout according to government",
                                           "wage": "wage rise demanded"}, claims=[
    ("GPT-FL-340", "fl", 340, "flights cancelled in Lisbon and Porto"),
    ("GPT-PART-78", "part", 78, "turnout claimed by the FSU unions"),
    ("GPT-GOV-31", "gov", 31, "turnout according to the government"),
], items=[
    A("fd", "06-02 10:30", "Frente Sindical Unitária convoca greve geral de {24 horas|#dur} para {4 de junho|#date}",
      "A coordenadora Helena Carvalhais exige um aumento salarial de {7,5 %|wage=7.5@%} para todos os setores."),
    A("fd", "06-03 09:15", "Greve geral: Aeroportos do Atlântico preveem {340|fl} voos cancelados",
      "As ligações em Lisboa e no Porto serão as mais afetadas; {centenas|#vague} de passageiros procuram "
      "alternativas, disse o porta-voz Rui Amaral."),
    A("fd", "06-04 12:00", "Greve geral paralisa o país; sindicatos falam em adesão de {78 %|part=78@%}",
      "O Governo, pela voz da ministra do Trabalho Inês Madureira, aponta {31 %|gov=31@%} na função pública.",
      k="gpt-fd3"),
    A("mw", "06-04 13:20", "Portugal general strike halts trains, {340|fl} flights cancelled",
      "Unions put turnout at {78%|part=78@%}; labour minister Inês Madureira said {31%|gov=31@%} of civil servants "
      "joined.", k="gpt-mw"),
    A("vm", "06-04 15:00", "Huelga general en Portugal: {340|fl} vuelos cancelados y trenes parados",
      "Los sindicatos cifran el seguimiento en el {78 %|part=78@%} y la ministra Inês Madureira, en el {31 %|gov=31@%} "
      "de los funcionarios. (Meridian Wire)", syn="gpt-mw"),
    A("her", "06-04 16:45", "Travellers stranded as Portugal strike grounds {340|fl} flights",
      "Northgate Airport said both of its Porto departures were cancelled."),
    A("rp", "06-04 18:10", "Generalstreik in Portugal: {340|fl} Flüge gestrichen, Züge stehen still",
      "Arbeitsministerin Inês Madureira sprach von {31 Prozent|gov=31@%} Beteiligung im öffentlichen Dienst."),
    A("cm", "06-05 09:20", "Grève générale au Portugal : les syndicats revendiquent {78 %|part=78@%} de grévistes",
      None),
    R("gpt-fd3", "06-05 12:10"),
])

story("genstrike-italy", "labour", subj={"trains": "trains cancelled", "part": "strike turnout claimed by unions",
                                        "gov": "strike turnout according to government"}, claims=[
    ("GIT-PART-78", "part", 78, "turnout claimed by the UST union"),
    ("GIT-TRAINS-1200", "trains", 1200, "trains cancelled in Italy"),
], items=[
    A("sl", "06-05 08:40", "Sciopero generale di {24 ore|#dur} l’{8 giugno|#date}: si fermano treni e scuole",
      "Lo ha proclamato l’Unione Sindacale Tirrenica; il segretario Marco Ferraresi chiede salari più alti."),
    A("sl", "06-08 13:30", "Sciopero generale, adesione al {78%|part=78@%} secondo l’Unione Sindacale Tirrenica",
      "Cancellati {1.200|trains=1200} treni; il ministro Paolo Serafini parla di adesione al {12%|gov=12@%}.", k="git-sl2"),
    A("mw", "06-08 14:45", "Italy general strike cancels {1,200|trains=1200} trains nationwide",
      "The Tyrrhenian Trade Union Federation put turnout at {78%|part=78@%}, leader Marco Ferraresi said.",
      k="git-mw"),
    A("cm", "06-08 16:10", "Grève générale en Italie : {1\u00a0200|trains=1200} trains supprimés",
      "Le syndicat de Marco Ferraresi revendique {78 %|part=78@%} de grévistes. (Meridian Wire)", syn="git-mw"),
    A("rp", "06-08 17:30", "Generalstreik legt Italien lahm: {1.200|trains=1200} Züge fallen aus",
      "Gewerkschaftschef Marco Ferraresi spricht von {78 Prozent|part=78@%} Beteiligung."),
    A("vm", "06-09 08:15", "Italia: la huelga general de {24 horas|#dur} paraliza trenes y escuelas", None),
])
pair("general strikes in two countries four days apart", "genstrike-portugal", "genstrike-italy")
look("GPT-PART-78", "GIT-PART-78", "unions claim 78% turnout in both general strikes")

# ---------------------------------------------------------------- polls (long-running + competitor)
story("poll-vistula", "politics-polls", subj={"civic": "Civic Renewal support", "comm": "Community Movement support",
                                              "sample": "poll sample size"}, claims=[
    ("POLL-V-39.6", "civic", 39.6, "Vistula institute: Civic Renewal at 39.6%"),
    ("POLL-V-40", "civic", 40, "the same figure rounded to 'nearly 40%'", "POLL-V-39.6"),
    ("POLL-V-COMM-27.1", "comm", 27.1, "Vistula: Community Movement at 27.1%"),
    ("POLL-V-SAMPLE-1012", "sample", 1012, "Vistula sample size"),
], items=[
    A("kn", "06-05 07:10", "Sondaż Vistuli: Odnowa Obywatelska z poparciem {39,6 proc.|civic=39.6@%}",
      "<p>Ruch Wspólnoty ma {27,1 proc.|comm=27.1@%}, a przewaga wynosi {12,5 pkt proc.|#margin}. Badanie "
      "przeprowadzono na próbie {1012|sample} osób.</p>"),
    A("bo", "06-05 09:45", "Опрос в Польше: «Гражданское обновление» набирает {39,6%|civic=39.6@%}",
      "Партия Йоанны Вежбицкой опережает «Движение общности» на {12,5 процентного пункта|#margin}."),
    A("mw", "06-05 11:30", "Polish poll puts opposition Civic Renewal at {39.6%|civic=39.6@%}",
      "Community Movement trailed on {27.1%|comm=27.1@%} in the Vistula institute survey of {1,012|sample=1012} "
      "adults.", k="pv-mw1"),
    A("rp", "06-05 13:40", "Umfrage in Polen: Bürgerliche Erneuerung bei {39,6 Prozent|civic=39.6@%}",
      "Die Gemeinschaftsbewegung kommt auf {27,1 Prozent|comm=27.1@%}; befragt wurden {1012|sample} Erwachsene. "
      "(Meridian Wire)", syn="pv-mw1"),
    A("her", "06-06 08:34", "Civic Renewal nears {40%|civic=40@%} in Polish opinion poll",
      "Party leader Joanna Wierzbicka welcomed the Vistula survey as a mandate for change."),
    A("kn", "06-06 10:00", "Wierzbicka: jesteśmy blisko {40 proc.|civic=40@%} i to dopiero początek",
      "Liderka Odnowy Obywatelskiej skomentowała w Łodzi sondaż Vistuli, w którym partia ma prawie "
      "{40 proc.|civic=40@%} poparcia."),
    A("vv", "06-06 12:20", "Польская партия «Гражданское обновление» приблизилась к {40%|civic=40@%}", None),
    A("cm", "06-12 09:00", "Pologne : le parti Renouveau civique frôle les {40 %|civic=40@%}",
      "Selon l’institut Vistula, la formation de Joanna Wierzbicka obtient {39,6 %|civic=39.6@%}, devant le "
      "Mouvement de la communauté à {27,1 %|comm=27.1@%}."),
    A("kn", "06-16 08:40", "Vistula broni wyniku: Odnowa Obywatelska z {39,6 proc.|civic=39.6@%} poparcia",
      "Dyrektor instytutu Halina Borowska odpiera zarzuty Ruchu Wspólnoty; kolejne badanie za {dwa tygodnie|#dur}."),
    A("sl", "06-16 10:30", "Polonia, sondaggio: il partito Rinnovamento civico vicino al {40%|civic=40@%}", None),
])

story("poll-horyzont", "politics-polls", subj={"civic": "Civic Renewal support", "comm": "Community Movement support",
                                               "sample": "poll sample size"}, claims=[
    ("POLL-H-36.2", "civic", 36.2, "Horyzont: Civic Renewal at 36.2%"),
    ("POLL-H-COMM-27.1", "comm", 27.1, "Horyzont: Community Movement at 27.1%"),
], items=[
    A("kn", "06-08 07:45", "Horyzont: Odnowa Obywatelska {36,2 proc.|civic=36.2@%}, Ruch Wspólnoty {27,1 proc.|comm=27.1@%}",
      "Sondaż przeprowadzono na próbie {1100|sample} osób w dniach {3–5 czerwca|#date}."),
    A("mw", "06-08 10:10", "Second Polish poll shows Civic Renewal lead narrowing to {9.1 points|#margin}",
      "The Horyzont survey put Civic Renewal on {36.2%|civic=36.2@%} and Community Movement on {27.1%|comm=27.1@%}.",
      k="ph-mw"),
    A("vv", "06-08 12:00", "Новый опрос в Польше: «Гражданское обновление» получает {36,2%|civic=36.2@%}",
      "«Движение общности» набирает {27,1%|comm=27.1@%}, следует из данных центра Horyzont. (Meridian Wire)",
      syn="ph-mw"),
    A("her", "06-09 09:30", "Polish polls diverge as Horyzont puts Civic Renewal on {36.2%|civic=36.2@%}", None),
    A("kn", "06-10 08:20", "Ruch Wspólnoty: sondaż Horyzontu pokazuje, że doganiamy Odnowę",
      "Rzecznik partii Bartosz Lipiec: {27,1 proc.|comm=27.1@%} to nasz najlepszy wynik od {2023|#year} roku."),
])
pair("opinion polls by different institutes in one week", "poll-vistula", "poll-horyzont")
look("POLL-V-COMM-27.1", "POLL-H-COMM-27.1", "Community Movement on 27.1% in both polls")

# ---------------------------------------------------------------- Dutch housing vote
story("vote-hague-housing", "politics-polls", subj={"homes": "new homes targeted per year"}, items=[
    A("mn", "06-16 15:20", "Tweede Kamer neemt Woonzekerheidswet aan met {76 tegen 74|#margin} stemmen",
      "Minister Femke Roodbeen wil jaarlijks {100.000|homes=100000} woningen laten bouwen."),
    A("mw", "06-16 17:00", "Dutch parliament narrowly passes housing security bill, {76-74|#margin}",
      "Housing minister Femke Roodbeen targets {100,000|homes=100000} new homes a year."),
    A("rp", "06-17 08:10", "Niederlande: Parlament billigt Wohnungsgesetz mit {76 zu 74|#margin} Stimmen",
      "Ministerin Femke Roodbeen will jährlich {100.000|homes=100000} Wohnungen bauen lassen."),
    A("fd", "06-17 09:25", "Parlamento neerlandês aprova lei da habitação por {dois votos|#margin}", None),
])

# ---------------------------------------------------------------- singletons
story("single-tram-leipzig", "accidents", items=[
    A("rp", "06-07 19:05", "Straßenbahn kollidiert in Leipzig mit Lieferwagen: {vier|i=4} Verletzte",
      "Der Unfall ereignete sich gegen {20.15 Uhr|#time} am Goerdelerring, sagte Polizeisprecherin Jana Kühn."),
])
story("single-bus-lviv", "accidents", items=[
    A("sk", "06-13 15:30", "Під Львовом перекинувся пасажирський автобус: {14|i} травмованих",
      "Водій, {52-річний|#age} мешканець Стрия, затриманий, повідомила поліцейська Оксана Гнатюк."),
])
story("single-doctors-strike-madrid", "labour", items=[
    A("vm", "06-15 08:50", "Los médicos de Madrid convocan una huelga de {48 horas|#dur} en julio",
      "El sindicato calcula que se aplazarán unas {3.500|operations postponed=3500} operaciones; su portavoz, "
      "Irene Salcedo, culpa a la consejería."),
])
story("single-poll-toulouse", "politics-polls", items=[
    A("cm", "06-14 07:35", "Municipales à Toulouse : la maire sortante créditée de {52 %|mayor support=52@%}",
      "Sondage de l’institut Garonne Opinion réalisé auprès de {805|poll sample size=805} personnes."),
])
story("single-riga-schools", "politics-polls", items=[
    A("bo", "06-18 10:45", "В Риге к {1 сентября|#date} закроют {12|schools to close=12} школ",
      "Решение городской думы поддержали {31|councillors in favour=31} депутат, сообщил вице-мэр Артур Круминьш."),
])
