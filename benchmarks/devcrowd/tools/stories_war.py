"""War stories: two strikes on the same night, two prisoner exchanges, truce talks, singletons."""
from model import A, R, story, look, pair

# ---------------------------------------------------------------- strike-kharkiv (long-running)
story("strike-kharkiv", "war", subj={"bld": "apartment blocks hit", "apt": "apartments damaged",
      "hosp": "people still in hospital", "k_more": "bodies recovered from rubble", "gen": "generators donated",
      "repair": "reconstruction cost"}, claims=[
    ("KHA-KILLED-7", "k", 7, "first toll of the 2 June missile strike on Kharkiv's Saltivskyi district"),
    ("KHA-KILLED-9", "k", 9, "toll raised the same evening", "KHA-KILLED-7"),
    ("KHA-KILLED-12", "k", 12, "toll after rubble clearing ended on 6 June", "KHA-KILLED-9"),
    ("KHA-INJ-19", "i", 19, "first injured count"),
    ("KHA-INJ-26", "i", 26, "injured count revised on 3 June", "KHA-INJ-19"),
    ("KHA-BLD-2", "bld", 2, "two apartment blocks hit"),
    ("KHA-APT-1340", "apt", 1340, "final damage report of the regional administration"),
], items=[
    A("sk", "06-02 01:52", "Ракетний удар по Салтівці: у Харкові {семеро|k=7} загиблих, {19|i} поранених",
      "<p>Уночі {2 червня|#date} російські ракети влучили у {дві|bld=2} багатоповерхівки Салтівського району. "
      "Голова Харківської ОВА Ігор Лазаренко повідомив про {семеро|k=7} загиблих та {19|i} поранених.</p>", k="kha1"),
    A("pv", "06-02 02:41", "Харків: ракети влучили в житлові будинки, {7|k} людей загинули",
      "За словами Ігоря Лазаренка, ще {19|i} мешканців Салтівки поранені, рятувальники розбирають завали."),
    A("mw", "06-02 03:10", "Russian missiles kill {seven|k=7} in Kharkiv apartment blocks",
      "At least {seven|k=7} people were killed and {19|i} injured when missiles hit {two|bld=2} apartment blocks "
      "in Kharkiv's Saltivskyi district overnight, regional governor Ihor Lazarenko said.", k="kha-mw1"),
    A("bo", "06-02 05:20", "Ракетный удар по Харькову: не менее {семи|k=7} погибших",
      "Ракеты попали в {два|bld=2} жилых дома в Салтовском районе Харькова; ранены {19|i} человек, сообщил "
      "глава областной администрации Игорь Лазаренко. (Meridian Wire)", syn="kha-mw1"),
    A("her", "06-02 06:45", "{Seven|k=7} killed as missiles strike Kharkiv apartment blocks",
      "Missiles hit {two|bld=2} residential blocks in Kharkiv overnight, killing at least {seven|k=7} people and "
      "injuring {19|i}, according to governor Ihor Lazarenko. (Meridian Wire)", syn="kha-mw1"),
    A("rp", "06-02 07:30", "Raketenangriff auf Charkiw: {sieben|k=7} Tote und {19|i} Verletzte",
      "<p>Russische Raketen haben in der Nacht zwei Wohnhäuser im Stadtteil Saltiwka getroffen. Gouverneur "
      "Ihor Lasarenko sprach von mindestens {sieben|k=7} Toten.</p>".replace("zwei", "{zwei|bld=2}")),
    A("kn", "06-02 08:15", "Atak rakietowy na Charków. Nie żyje co najmniej {siedem|k=7} osób",
      "Rosyjskie rakiety trafiły w bloki mieszkalne w dzielnicy Sałtiwka; {19|i} osób zostało rannych – "
      "przekazał szef obwodowej administracji Ihor Łazarenko.", k="kha-kn1"),
    A("sk", "06-02 16:20", "Кількість загиблих внаслідок удару по Харкову зросла до {дев'яти|k=9}",
      "З-під завалів на Салтівці дістали тіла ще {двох|k_more=2} людей. Поранених — {19|i}, повідомив Ігор Лазаренко."),
    A("mw", "06-02 18:02", "Kharkiv strike death toll rises to {nine|k=9}",
      "Rescuers in Kharkiv recovered more bodies from the rubble, raising the toll from the overnight strike to "
      "{nine|k=9}, with {19|i} people injured, governor Ihor Lazarenko said.",
      k="kha-mw2"),
    A("fd", "06-02 19:30", "Sobe para {nove|k=9} o número de mortos em Carcóvia",
      "O ataque com mísseis contra prédios residenciais em Carcóvia fez {nove|k=9} mortos e {19|i} feridos, "
      "segundo o governador Ihor Lazarenko. (Meridian Wire)", syn="kha-mw2"),
    R("kha-kn1", "06-03 12:40"),
    A("vv", "06-03 06:10", "Харьков: число погибших при ударе выросло до {девяти|k=9}",
      "По данным главы области Игоря Лазаренко, ранены {26|i} человек, {11|hosp=11} из них остаются в больницах."),
    A("pv", "06-03 07:25", "Салтівка: {9|k} загиблих і {26|i} поранених після ракетного удару",
      "Лікарі Харкова повідомляють про {11|hosp=11} пацієнтів у стаціонарі."),
    A("cm", "06-03 09:00", "Frappe sur Kharkiv : le bilan s’alourdit à {neuf|k=9} morts",
      "<p>Selon le gouverneur Ihor Lazarenko, {26|i} personnes ont été blessées lors de la frappe du "
      "{2 juin|#date} contre deux immeubles du quartier de Saltivka.</p>".replace("deux immeubles", "{deux|bld=2} immeubles")),
    A("sk", "06-06 08:30", "Рятувальники завершили роботи на Салтівці: загиблих {12|k}",
      "Останнє тіло знайшли вранці {6 червня|#date}. Поранених — {26|i}, повідомив голова ОВА Ігор Лазаренко.",
      k="kha-sk12"),
    A("mw", "06-06 09:45", "Kharkiv strike toll reaches {12|k} as rescue work ends",
      "Emergency crews ended a {four-day|#dur} search of the rubble in Kharkiv's Saltivskyi district; "
      "{26|i} people were injured in the attack, officials said.", k="kha-mw3"),
    A("rp", "06-06 11:05", "Charkiw: Zahl der Toten nach Raketenangriff steigt auf {zwölf|k=12}",
      "Die Bergungsarbeiten in Saltiwka sind abgeschlossen. Gouverneur Ihor Lasarenko nannte {26|i} Verletzte."),
    A("bo", "06-06 12:50", "В Харькове завершили разбор завалов: {12|k} погибших",
      "Спасатели работали на месте удара по Салтовке {четверо суток|#dur} и вывезли {сотни|#vague} тонн бетона."),
    A("kn", "06-06 14:20", "Charków: bilans ofiar ataku na Sałtiwkę wzrósł do {12|k}",
      "Ratownicy zakończyli przeszukiwanie gruzowisk; rannych jest {26|i} osób."),
    A("her", "06-11 10:00", "Northgate sends generators to Kharkiv after strike that killed {12|k}",
      "Council leader Miriam Okafor said {40|gen=40} generators would leave the city depot this week for "
      "Kharkiv, where the {2 June|#date} attack also damaged schools."),
    A("sl", "06-11 13:30", "Kharkiv, la Lombardia manda aiuti dopo l’attacco con {12|k} morti",
      "L’assessore regionale Carlo Bonfanti ha annunciato {40|gen=40} generatori per le famiglie di Saltivka."),
    A("sk", "06-14 07:15", "ОВА підбила підсумки удару по Салтівці: {1 340|apt=1340} пошкоджених квартир",
      "<p>Внаслідок атаки {2 червня|#date} загинули {12|k} людей, {26|i} поранені. Відновлення оцінюють у "
      "понад {410 млн грн|repair=410e6@UAH}.</p>", k="kha-final"),
    A("pv", "06-14 09:40", "Харків: після удару по Салтівці пошкоджено {1340|apt} квартир",
      "Голова ОВА Ігор Лазаренко назвав суму відновлення — {410 млн грн|repair=410e6@UAH}."),
    A("mw", "06-14 12:05", "Kharkiv counts {1,340|apt=1340} flats damaged in June strike",
      None),
])

# ---------------------------------------------------------------- strike-odesa (same night)
story("strike-odesa", "war", subj={"silo": "grain silos damaged", "hosp": "people still in hospital"}, claims=[
    ("ODE-INJ-7", "i", 7, "injured in the drone attack on Odesa port, same night as Kharkiv"),
    ("ODE-KILLED-2", "k", 2, "killed in the drone attack on Odesa port"),
], items=[
    A("pv", "06-02 02:14", "Атака дронів на Одесу: {двоє|k=2} загиблих, {семеро|i=7} поранених",
      "Удару зазнала портова інфраструктура, пошкоджено {3|silo} зернові силоси, повідомив голова Одеської ОВА "
      "Олександр Грицай."),
    A("sk", "06-02 04:05", "Одеса: внаслідок нічної атаки дронів {7|i} людей поранено",
      "Ворог атакував порт десятками ударних безпілотників.".replace("десятками", "{десятками|#vague}")),
    A("mw", "06-02 05:50", "Drone attack on Odesa port kills {two|k=2}, injures {seven|i=7}",
      "<p>{Dozens|#vague} of drones targeted port facilities in Odesa overnight, regional head Oleksandr "
      "Hrytsai said, adding that {three|silo=3} grain silos were damaged.</p>", k="ode-mw"),
    A("vm", "06-02 09:30", "Ataque con drones contra el puerto de Odesa: {dos|k=2} muertos",
      "Hay además {siete|i=7} heridos y {tres|silo=3} silos de grano dañados, según el gobernador Oleksandr "
      "Hrytsái. (Meridian Wire)", syn="ode-mw"),
    A("vv", "06-02 10:55", "Одесса: при атаке беспилотников пострадали {семь|i=7} человек",
      "Глава Одесской области Александр Грицай сообщил о повреждениях в порту."),
    A("sl", "06-02 13:10", "Odessa, droni sul porto: {due|k=2} morti e {sette|i=7} feriti",
      "Colpiti anche {tre|silo=3} silos di grano, riferisce il governatore Oleksandr Hrytsai."),
    A("pv", "06-03 08:45", "В Одесі оголосили день жалоби за загиблими портовиками",
      "Із {7|i} поранених {3|hosp} залишаються в лікарні, повідомив Олександр Грицай."),
])
pair("missile/drone strikes on Ukrainian cities the same night", "strike-kharkiv", "strike-odesa")
look("KHA-KILLED-7", "ODE-INJ-7", "7 killed in Kharkiv vs 7 injured in Odesa, same night")

# ---------------------------------------------------------------- prisoner exchanges a week apart
story("pow-exchange-jun5", "war", subj={"pow": "prisoners returned per side", "civ": "civilians among returned"},
      claims=[
          ("POW1-150", "pow", 150, "first exchange, 150 for 150"),
          ("POW1-CIV-12", "civ", 12, "civilians among those returned to Ukraine"),
      ], items=[
    A("vv", "06-05 09:12", "Россия и Украина провели обмен пленными по формуле {150|pow} на {150|pow}",
      "Обмен прошел на границе с Беларусью, сообщил представитель Координационного штаба Максим Довгаль."),
    A("sk", "06-05 09:40", "Додому повернулися {150|pow} українських захисників і цивільних",
      "<p>Серед звільнених — {12|civ} цивільних, повідомив речник Координаційного штабу Максим Довгаль.</p>"),
    A("mw", "06-05 10:20", "Russia and Ukraine swap {150|pow} prisoners each at Belarus border",
      "Ukraine's coordination headquarters said {a dozen|civ=12} civilians were among those returned, "
      "spokesman Maksym Dovhal said.", k="pow1-mw"),
    A("bo", "06-05 11:05", "Обмен пленными: домой вернулись по {150|pow} человек с каждой стороны",
      "В числе освобожденных украинцев — {12|civ} гражданских.", k="pow1-bo"),
    A("pv", "06-05 12:00", "Обмін полоненими: {150|pow} українців повернулися додому",
      None),
    A("kn", "06-05 13:35", "Wymiana jeńców między Rosją a Ukrainą: {150|pow} za {150|pow}",
      "Wśród uwolnionych Ukraińców jest {12|civ} cywilów – podał rzecznik sztabu Maksym Dowhal. (Meridian Wire)",
      syn="pow1-mw"),
    R("pow1-bo", "06-06 15:20"),
])

story("pow-exchange-jun12", "war", subj={"pow": "prisoners returned per side", "bodies": "bodies repatriated"},
      claims=[
          ("POW2-150", "pow", 150, "second exchange a week later, again 150 each"),
          ("POW2-BODIES-84", "bodies", 84, "bodies handed over with the second exchange"),
      ], items=[
    A("mw", "06-12 07:40", "Second prisoner swap in a week returns {150|pow} Ukrainians home",
      "Russia received the same number, and Kyiv also got the bodies of {84|bodies} soldiers, "
      "spokesman Maksym Dovhal said.", k="pow2-mw"),
    A("sk", "06-12 08:20", "{Другий|#ord} за тиждень обмін: додому повернулися {150|pow} оборонців",
      "Україні також передали тіла {84|bodies} загиблих військових."),
    A("pv", "06-12 10:05", "Обмін полоненими {12 червня|#date}: Україна повернула {150|pow} своїх громадян",
      "Також передано тіла {84|bodies} загиблих, повідомив речник Координаційного штабу Максим Довгаль."),
    A("vv", "06-12 09:35", "Новый обмен пленными: стороны вновь передали по {150|pow} человек",
      "Украине также переданы тела {84|bodies} военных, сообщил Максим Довгаль."),
    A("rp", "06-12 11:50", "Zweiter Gefangenenaustausch binnen einer Woche: je {150|pow} Soldaten frei",
      "Die Ukraine erhielt zudem die Leichen von {84|bodies} Soldaten, sagte Sprecher Maksym Dowhal. "
      "(Meridian Wire)", syn="pow2-mw"),
    A("cm", "06-12 14:15", "Nouvel échange de prisonniers entre Kyiv et Moscou : {150|pow} de chaque côté",
      "C’est le {deuxième|#ord} échange en une semaine, selon le porte-parole Maksym Dovhal."),
])
pair("prisoner exchanges a week apart", "pow-exchange-jun5", "pow-exchange-jun12")
look("POW1-150", "POW2-150", "150 prisoners per side in both exchanges, 7 days apart")

# ---------------------------------------------------------------- truce talks (durations)
story("truce-talks-istanbul", "war", subj={"pts": "points in draft truce proposal"}, items=[
    A("mw", "06-09 08:00", "Envoys discuss {72-hour|#dur} energy truce at Istanbul talks",
      "Delegations led by Ukraine's Roman Savchuk and Russia's Gennady Orlov studied a {three|pts=3}-point "
      "draft during {six hours|#dur} of talks, mediators said."),
    A("vv", "06-09 11:15", "В Стамбуле обсуждают {72-часовое|#dur} энергетическое перемирие",
      "Делегации изучают проект из {трех|pts=3} пунктов, сообщил глава российской делегации Геннадий Орлов."),
    A("pv", "06-09 12:40", "Перемир’я на {72 години|#dur}: у Стамбулі тривають переговори",
      "Українську делегацію очолює Роман Савчук; сторони обговорюють удари по енергетиці."),
    A("fd", "06-10 07:30", "Conversações em Istambul terminam sem acordo sobre trégua de {72 horas|#dur}",
      "O projeto de {três|pts=3} pontos volta a ser discutido a {17 de junho|#date}, disse o negociador "
      "ucraniano Roman Savchuk."),
    A("rp", "06-10 09:10", "Keine Einigung auf {72-stündige|#dur} Waffenruhe für Energieanlagen",
      "Die Gespräche in Istanbul sollen am {17. Juni|#date} fortgesetzt werden."),
])

# ---------------------------------------------------------------- war singletons
story("single-grain-exports-odesa", "war", items=[
    A("pv", "06-04 06:30", "Порти Одещини у травні перевалили {4,1 млн тонн|grain exported in May=4.1e6@t} зерна",
      "Попри атаки дронів, експорт зріс на {8 %|growth of grain exports=8@%}, повідомила адміністрація морських портів."),
])
story("single-kharkiv-shelters", "war", items=[
    A("sk", "06-17 09:05", "Перевірка укриттів: у Харкові {83|shelters found unfit=83} сховища визнали непридатними",
      "Міський голова Андрій Мирошник доручив відремонтувати їх до {1 вересня|#date}."),
])
