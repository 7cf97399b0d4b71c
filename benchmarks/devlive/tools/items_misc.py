from mk import it, rp, sy

S = "measles-lviv"
ITEMS = [
    it("ml1", "GN", "04-04 08:00", S,
       "Спалах кору у Львові: ⟦143¦mc143⟧ випадки, ⟦23¦mh23⟧ дитини в лікарні",
       "Найбільше хворих серед дітей віком до ⟪5 років¦age⟫. Міська влада закликає батьків "
       "перевірити щеплення."),
    it("ml2", "DK", "04-04 11:04", S,
       "Кір у Львові: ⟦143¦mc143⟧ хворих",
       "Госпіталізовано ⟦двадцяти трьох¦mh23⟧ дітей."),
    it("ml3", "KN", "04-05 10:00", S,
       "Odra we Lwowie: ⟦143¦mc143⟧ przypadki",
       "Polskie służby sanitarne w Przemyślu obserwują sytuację."),
    it("ml4", "GN", "04-09 12:05", S,
       "Львів отримав ⟦50 тис.¦mdoses⟧ доз вакцини від кору",
       "Пункти щеплення працюватимуть до ⟪20:00¦time⟫."),
    it("ml5", "MW", "04-09 10:20", S,
       "Lviv gets ⟦50,000¦mdoses⟧ measles vaccine doses as cases pass ⟦150¦mc150⟧",
       "The outbreak has put ⟦23¦mh23⟧ children in hospital."),
    it("ml6", "GN", "04-16 09:10", S,
       "Кір у Львові: кількість випадків зросла до ⟦211¦mc211⟧",
       "У лікарнях залишаються ⟦9¦mh9⟧ дітей; вакциновано понад ⟦41 тис.¦mvac⟧ дітей."),
]

S = "legionella-lyon"
ITEMS += [
    it("lg1", "VR", "04-10 08:20", S,
       "Légionellose à Lyon : ⟦vingt-trois¦lh23⟧ personnes hospitalisées",
       "Le foyer a été localisé dans une tour aéroréfrigérante du ⟪7e¦ordinal⟫ arrondissement. "
       "⟦Deux¦licu⟧ patients sont en réanimation."),
    it("lg2", "JE", "04-10 07:50", S,
       "Surto de legionela em Lyon: ⟦vinte e três¦lh23⟧ internados",
       "As autoridades francesas suspeitam de uma torre de refrigeração."),
    it("lg3", "DB", "04-10 10:34", S,
       "⟦Veintitrés¦lh23⟧ hospitalizados por un brote de legionela en Lyon",
       "⟦Dos¦licu⟧ de ellos están en la UCI."),
    it("lg4", "FQ", "04-10 11:06", S,
       "Legionella a Lione, ⟦ventitré¦lh23⟧ ricoverati",
       ""),
    it("lg5", "ER", "04-10 12:07", S,
       "Legionellen in Lyon: ⟦dreiundzwanzig¦lh23⟧ Menschen im Krankenhaus",
       "Die Behörden vermuten einen Kühlturm als Quelle."),
    it("lg6", "PP", "04-10 13:10", S,
       "⟦Drieëntwintig¦lh23⟧ mensen in ziekenhuis na legionella-uitbraak in Lyon",
       ""),
    it("lg7", "KN", "04-10 14:00", S,
       "Legionella w Lyonie: ⟦dwadzieścia trzy¦lh23⟧ osoby w szpitalu",
       "⟦Dwie¦licu⟧ z nich przebywają na oddziale intensywnej terapii."),
    it("lg8", "VV", "04-10 16:00", S,
       "Вспышка легионеллёза в Лионе: госпитализированы ⟦двадцать три¦lh23⟧ человека",
       ""),
    it("lg9", "DK", "04-10 17:00", S,
       "Легіонельоз у Ліоні: ⟦двадцять три¦lh23⟧ людини в лікарні",
       ""),
    it("lg10", "NG", "04-10 18:00", S,
       "⟦Twenty-three¦lh23⟧ in hospital after Lyon legionella outbreak",
       "French health officials suspect a cooling tower in the city's ⟪7th¦ordinal⟫ arrondissement."),
    it("lg11", "MW", "04-11 08:00", S,
       "Lyon legionella outbreak claims ⟪first¦ordinal⟫ death; ⟦23¦lh23⟧ in hospital",
       ""),
    it("lg12", "VR", "04-15 09:30", S,
       "Légionellose : ⟦31¦lc31⟧ cas confirmés à Lyon",
       "Parmi eux, ⟦vingt-trois¦lh23⟧ ont été hospitalisés. Le décès d’une patiente de ⟪84 ans¦age⟫ "
       "a été confirmé."),
    it("lg13", "VR", "04-21 11:00", S,
       "Lyon : l’épidémie de légionellose déclarée terminée",
       "<p>Bilan final&nbsp;: ⟦31¦lc31⟧ cas, dont ⟦vingt-trois¦lh23⟧ hospitalisations.</p> "
       "<p>La tour aéroréfrigérante a été désinfectée et restera fermée ⟪deux mois¦duration⟫.</p>",
       html=True),
]

S = "transfer-solaberri"
ITEMS += [
    it("tr1", "DB", "04-13 21:40", S,
       "Solaberri, a un paso del Vesuviana por ⟦85 millones de euros¦tf⟧",
       "<p>El delantero del <b>Real Guadalmar</b>, de ⟪22 años¦age⟫, firmaría hasta ⟪2031¦year⟫.</p> "
       "<p>Esta temporada lleva ⟦24¦tgoals⟧ goles en Liga.</p>", html=True),
    it("tr2", "FQ", "04-14 08:00", S,
       "Solaberri al Vesuviana per ⟦85 milioni di euro¦tf⟧",
       "L'attaccante basco ha segnato ⟦24¦tgoals⟧ gol in stagione."),
    it("tr3", "MW", "04-14 07:11", S,
       "Vesuviana agree ⟦€85m¦tf⟧ deal for Guadalmar striker Solaberri",
       "The ⟪22-year-old¦age⟫ will sign a contract until ⟪2031¦year⟫, the Italian club said."),
    it("tr4", "ER", "04-14 10:36", S,
       "⟦85 Millionen Euro¦tf⟧: Solaberri wechselt nach Neapel",
       ""),
    sy("tr5", "JE", "04-14 11:13", "tr3",
       "Vesuviana paga ⟦85 milhões de euros¦tf⟧ por Solaberri",
       "O avançado de ⟪22 anos¦age⟫ assina até ⟪2031¦year⟫. (Meridian)"),
    it("tr6", "VV", "04-14 15:00", S,
       "⟦85 млн евро¦tf⟧ за Солаберри: «Везувиана» оформила трансфер",
       ""),
    rp("tr7", "DB", "04-15 10:00", "tr1"),
    it("tr8", "PP", "04-17 20:00", S,
       "Solaberri gepresenteerd in Napels; transfersom ⟦85 miljoen euro¦tf⟧",
       "⟪Duizenden¦vague⟫ fans wachtten hem op bij het stadion."),
]

S = "cup-final-portugal"
ITEMS += [
    it("cf1", "JE", "04-18 22:50", S,
       "Taça de Portugal: Académica do Mar vence por ⟪2-1¦score⟫ no Jamor",
       "⟦37 593¦ca⟧ espectadores assistiram à final no Estádio Nacional. O golo decisivo surgiu ao "
       "minuto ⟪88¦time⟫."),
    it("cf2", "DB", "04-19 09:00", S,
       "La Académica do Mar gana la Copa de Portugal (⟪2-1¦score⟫)",
       "⟦37.593¦ca⟧ aficionados llenaron el Estádio Nacional."),
    it("cf3", "MW", "04-19 08:15", S,
       "Academica do Mar win Portuguese Cup ⟪2-1¦score⟫ before ⟦37,593¦ca⟧ fans",
       ""),
    sy("cf4", "NG", "04-19 10:30", "cf3",
       "Academica do Mar lift Portuguese Cup",
       "A crowd of ⟦37,593¦ca⟧ watched the ⟪2-1¦score⟫ win. (Meridian Wire)"),
]

S = "fine-orbyx"
ITEMS += [
    it("ob1", "PP", "04-15 08:00", S,
       "Brussel beboet Orbyx met ⟦1,2 miljard euro¦of⟧",
       "Het Amerikaanse platform stuurde volgens de Europese Commissie gegevens van Europese "
       "gebruikers zonder waarborgen naar de VS. Orbyx heeft ⟪90 dagen¦duration⟫ om de overdrachten "
       "te stoppen. Het bedrijf gaat in beroep."),
    it("ob2", "ER", "04-15 10:40", S,
       "EU verhängt ⟦1,2 Mrd. Euro¦of⟧ Strafe gegen Orbyx",
       ""),
    it("ob3", "MW", "04-15 07:36", S,
       "EU fines Orbyx ⟦€1.2bn¦of⟧ over data transfers",
       "The company has ⟪90 days¦duration⟫ to comply and said it would appeal."),
    sy("ob4", "NG", "04-15 09:50", "ob3",
       "Orbyx hit with ⟦€1.2bn¦of⟧ EU fine",
       "The platform has ⟪90 days¦duration⟫ to stop the transfers. (Meridian Wire)"),
    it("ob5", "VR", "04-15 12:30", S,
       "⟦1,2 milliard d’euros¦of⟧ d’amende pour Orbyx",
       "C’est la ⟪deuxième¦ordinal⟫ plus lourde sanction jamais prononcée au titre du RGPD."),
    it("ob6", "SK", "04-16 11:00", S,
       "Еврокомиссия оштрафовала Orbyx на ⟦1,2 млрд евро¦of⟧",
       ""),
]

S = "breach-kvantel"
ITEMS += [
    it("kv1", "PP", "04-08 07:15", S,
       "Datalek bij Kvantel: gegevens van ⟦4,1 miljoen¦kv41⟧ klanten op straat",
       "Hackers kregen toegang tot namen, adressen en IBAN-nummers. Het bedrijf ontdekte de inbraak "
       "op ⟪3 april¦date⟫."),
    it("kv2", "MW", "04-08 08:10", S,
       "Hackers steal data of ⟦4.1 million¦kv41⟧ Kvantel customers",
       "The Dutch telecom operator said names, addresses and bank details were exposed."),
    it("kv3", "ER", "04-08 09:30", S,
       "Datenleck bei Kvantel: ⟦4,1 Millionen¦kv41⟧ Kunden betroffen",
       "Der niederländische Anbieter hat auch Kunden in Belgien."),
    it("kv4", "VR", "04-08 11:20", S,
       "Fuite de données chez Kvantel : ⟦4,1 millions¦kv41⟧ de clients touchés",
       "<p>L&#8217;opérateur néerlandais confirme le vol de ⟦4,1&nbsp;millions¦kv41⟧ de fiches "
       "clients.</p> <p>Les données bancaires &amp; les adresses sont concernées.</p>", html=True),
    sy("kv5", "NG", "04-08 10:30", "kv2",
       "Dutch telecom Kvantel says ⟦4.1 million¦kv41⟧ customers hit by hack",
       "Names, addresses and bank details were exposed. (Meridian Wire)"),
    it("kv6", "DK", "04-08 15:00", S,
       "Витік даних у Нідерландах: постраждали ⟦4,1 млн¦kv41⟧ клієнтів Kvantel",
       ""),
    rp("kv7", "PP", "04-09 18:00", "kv1"),
    it("kv8", "PP", "04-14 10:00", S,
       "Toezichthouder: datalek Kvantel treft ⟦6,3 miljoen¦kv63⟧ klanten",
       "Eerder ging het bedrijf uit van ⟦4,1 miljoen¦kv41⟧. Ook oud-klanten van de afgelopen "
       "⟪zeven jaar¦duration⟫ blijken getroffen."),
    it("kv9", "MW", "04-14 09:00", S,
       "Kvantel breach far larger than reported: ⟦6.3 million¦kv63⟧ affected",
       "The Dutch data protection authority said the figure had risen from ⟦4.1 million¦kv41⟧."),
    it("kv10", "ER", "04-14 12:15", S,
       "Kvantel-Datenleck größer als gedacht: ⟦6,3 Millionen¦kv63⟧ Betroffene",
       ""),
    sy("kv11", "JE", "04-15 09:05", "kv9",
       "Fuga de dados da Kvantel afeta ⟦6,3 milhões¦kv63⟧ de clientes",
       "A autoridade neerlandesa de proteção de dados reviu o número, que era de ⟦4,1 milhões¦kv41⟧. "
       "(Meridian)"),
    it("kv12", "FQ", "04-15 10:47", S,
       "Kvantel, i clienti coinvolti nel furto di dati salgono a ⟦6,3 milioni¦kv63⟧",
       ""),
    it("kv13", "VV", "04-15 12:30", S,
       "Утечка у Kvantel затронула ⟦6,3 млн¦kv63⟧ клиентов",
       ""),
    it("kv14", "PP", "04-22 09:00", S,
       "Kvantel krijgt boete van ⟦18 miljoen euro¦kvf⟧ na datalek",
       "<p>De Autoriteit Persoonsgegevens spreekt van nalatigheid: ⟦6,3 miljoen¦kv63⟧ klanten werden "
       "getroffen.</p>", html=True),
    it("kv15", "ER", "04-22 11:45", S,
       "Niederlande: ⟦18 Mio. Euro¦kvf⟧ Bußgeld für Kvantel",
       "Vom Datenleck waren ⟦6,3 Millionen¦kv63⟧ Kunden betroffen."),
]

S = "breach-ladoga"
ITEMS += [
    it("lb1", "VV", "04-10 08:40", S,
       "«Ладога-Банк» подтвердил утечку ⟦4,1 млн¦lb41⟧ записей о клиентах",
       "В открытый доступ попали телефоны и паспортные данные. Банк обещает компенсации."),
    it("lb2", "SK", "04-10 11:10", S,
       "Утечка данных «Ладога-Банка»: в сеть попали ⟦4,1 млн¦lb41⟧ записей",
       "Эксперты оценивают объём базы в ⟦12 ГБ¦lbgb⟧."),
    it("lb3", "DK", "04-10 12:20", S,
       "Російський «Ладога-Банк» визнав витік даних ⟦4,1 млн¦lb41⟧ клієнтів",
       ""),
    it("lb4", "MW", "04-10 10:12", S,
       "Russian lender Ladoga Bank confirms leak of ⟦4.1 million¦lb41⟧ customer records",
       ""),
    it("lb5", "VV", "04-11 09:15", S,
       "ЦБ проверит «Ладога-Банк» после утечки",
       "Банку грозит штраф до ⟦500 тыс. рублей¦lbfine⟧. Утечка затронула ⟦4,1 млн¦lb41⟧ записей."),
]

S = "layoffs-helvion"
ITEMS += [
    it("hv1", "KN", "04-16 07:20", S,
       "Helvion Systems zwolni ⟦1340¦hj⟧ pracowników",
       "Wrocławska spółka informatyczna tnie ⟦12 proc.¦hp⟧ etatów. Najwięcej miejsc pracy zniknie "
       "w Krakowie."),
    it("hv2", "ER", "04-16 09:10", S,
       "Softwarefirma Helvion streicht ⟦1.340¦hj⟧ Stellen",
       "Das entspricht ⟦zwölf Prozent¦hp⟧ der Belegschaft."),
    it("hv3", "MW", "04-16 08:45", S,
       "Polish software firm Helvion to cut ⟦1,340¦hj⟧ jobs",
       "The cuts amount to ⟦12%¦hp⟧ of its workforce."),
    sy("hv4", "NG", "04-16 11:08", "hv3",
       "Helvion Systems to axe ⟦1,340¦hj⟧ jobs",
       "The Wroclaw-based company is shedding ⟦12%¦hp⟧ of staff. (Meridian Wire)"),
    it("hv5", "DB", "04-17 09:30", S,
       "La tecnológica polaca Helvion despedirá a ⟦1.340¦hj⟧ empleados",
       ""),
]

# ------------------------------------------------------------------ singletons
ITEMS += [
    it("s1", "PP", "04-12 15:30", "single-rotterdam-marathon",
       "Keniaan Wanjiru wint marathon van Rotterdam in ⟪2:05:41¦race_time⟫",
       "Hij bleef landgenoot Otieno ⟪12 seconden¦margin⟫ voor. Aan de start stonden ⟦17.000¦c¦17000¦¦marathon runners⟧ "
       "lopers."),
    it("s2", "NG", "04-17 06:10", "single-york-byelection",
       "Independent wins York Outer by-election by ⟪1,204 votes¦margin⟫",
       "Turnout was ⟦29.4%¦p¦29.4¦%¦by-election turnout⟧, the lowest in the seat since ⟪1997¦year⟫."),
    it("s3", "FQ", "04-15 18:00", "single-doping-ban",
       "Doping, ⟪quattro anni¦duration⟫ di squalifica per il ciclista Bertazzoni",
       "Positivo all'EPO al Giro di Sicilia, il corridore di ⟪29 anni¦age⟫ dovrà restituire "
       "⟦18.000 euro¦m¦18000¦EUR¦prize money to be returned⟧ di premi."),
    it("s4", "KN", "04-21 13:00", "single-bribery-krakow",
       "Łapówki w krakowskim urzędzie: ⟪5 lat¦duration⟫ więzienia dla urzędnika",
       "Sąd Okręgowy w Krakowie ustalił, że ⟪48-letni¦age⟫ urzędnik przyjął ⟦200 tys. zł¦m¦200000¦PLN¦bribes accepted⟧ "
       "łapówek od ⟦siedmiu¦c¦7¦¦developers who paid bribes⟧ deweloperów."),
    it("s5", "VR", "04-19 20:15", "single-hail-toulouse",
       "Orages de grêle sur Toulouse : ⟦300¦c¦300¦¦fire brigade call-outs⟧ interventions des pompiers",
       "Des grêlons de ⟦4 cm¦x¦4¦cm¦hailstone diameter⟧ ont endommagé des ⟪centaines¦vague⟫ de voitures."),
    it("s6", "SK", "04-13 16:00", "single-embezzlement-yekaterinburg",
       "Екатеринбург: экс-директор управляющей компании получил ⟪6 лет¦duration⟫ колонии",
       "Суд признал его виновным в хищении ⟦12,4 млн рублей¦m¦12400000¦RUB¦embezzled funds⟧, "
       "собранных с жильцов ⟦38¦c¦38¦¦apartment buildings managed⟧ домов."),
    it("s7", "GN", "04-20 08:30", "single-kyiv-metro-shelter",
       "Київ: у метро під час тривоги ночували понад ⟦20 тисяч¦c¦20000¦¦people sheltering in the metro⟧ людей",
       "Тривога тривала ⟪4 години 10 хвилин¦duration⟫."),
    it("s8", "DB", "04-24 20:40", "single-tennis-madrid",
       "Lucía Ferrán gana en Madrid por ⟪6-4, 7-5¦score⟫",
       "La ⟪14.ª¦ordinal⟫ del ranking mundial suma su ⟪tercer¦ordinal⟫ título del año."),
    it("s9", "JE", "04-13 12:09", "single-flu-vaccination-porto",
       "Porto vacina ⟦12 mil¦c¦12000¦¦people vaccinated against flu⟧ pessoas contra a gripe em ⟪uma semana¦duration⟫",
       "A campanha da ARS Norte termina a ⟪30 de abril¦date⟫."),
    it("s10", "ER", "04-05 16:30", "single-avalanche-tyrol",
       "Lawine in Tirol: ⟦zwei¦c¦2¦¦ski tourers killed⟧ Skitourengeher tot",
       "Das Unglück ereignete sich auf ⟦2.800 Metern¦x¦2800¦m¦altitude of the avalanche⟧ Höhe im "
       "Ötztal gegen ⟪11.30 Uhr¦time⟫."),
    it("s11", "VV", "04-22 22:30", "single-hockey-final",
       "Хоккей: «Волжские Соколы» выиграли финал со счётом ⟪4:2¦score⟫",
       "Матч посмотрели ⟦12 300¦c¦12300¦¦spectators⟧ зрителей. Команда взяла титул впервые за "
       "⟪11 лет¦duration⟫."),
    it("s12", "DK", "04-23 10:00", "single-odesa-draft-court",
       "Одеса: організатора схеми ухилення від мобілізації засуджено до ⟪9 років¦duration⟫",
       "Він брав по ⟦8 тис. доларів¦m¦8000¦USD¦bribe per client⟧ з кожного клієнта."),
    it("s13", "MW", "04-21 12:00", "single-chip-layoffs-dresden",
       "Chipmaker Tessaline to cut ⟦600¦c¦600¦¦jobs cut⟧ jobs in Dresden",
       "The company will close ⟦two¦c¦2¦¦production lines to close⟧ of its ⟦five¦c¦5¦¦production lines⟧ "
       "production lines by ⟪2027¦year⟫."),
    it("s14", "PP", "04-18 14:00", "single-ghent-waste-court",
       "Gentse rechter legt illegale afvalverwerker boete van ⟦€ 15.000¦m¦15000¦EUR¦fine⟧ op",
       "De ⟪52-jarige¦age⟫ zaakvoerder krijgt ook ⟪18 maanden¦duration⟫ cel met uitstel."),
    it("s15", "NG", "04-13 07:44", "single-flu-admissions-uk",
       "Hospital admissions for flu fall for ⟪fourth¦ordinal⟫ week running",
       "NHS figures show ⟦1,162¦c¦1162¦¦patients in hospital with flu⟧ patients in hospital with flu, "
       "down ⟦14%¦p¦14¦%¦weekly fall in flu patients⟧ on the week."),
    it("s16", "FQ", "04-19 23:00", "single-milan-derby",
       "Derby di Milano, ⟪3-1¦score⟫ davanti a ⟦75.817¦c¦75817¦¦spectators⟧ spettatori",
       "Doppietta del ⟪diciannovenne¦age⟫ Ruggeri nel ⟪secondo¦ordinal⟫ tempo."),
]
