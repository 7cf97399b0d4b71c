from mk import it, rp, sy

S = "kharkiv-shelling"
ITEMS = [
    it("kh1", "GN", "04-07 07:20", S,
       "Ракетний удар по Харкову: ⟦9¦kd9⟧ загиблих, ⟦31¦kinj⟧ поранений",
       "Ракети влучили в житлові квартали Салтівського району о ⟪5:40¦time⟫ ранку."),
    it("kh2", "DK", "04-07 07:50", S,
       "Харків: кількість загиблих зросла до ⟦дев’яти¦kd9⟧",
       "Серед поранених — ⟦четверо¦kch4⟧ дітей. Пошкоджено ⟦дві¦kschool⟧ школи."),
    it("kh3", "SK", "04-07 10:05", S,
       "Удар по Харькову: погибли ⟦9¦kd9⟧ человек",
       "По данным местных властей, ранены ⟦31¦kinj⟧ человек."),
    it("kh4", "MW", "04-07 06:30", S,
       "Missile strike on Kharkiv kills ⟦9¦kd9⟧",
       "At least ⟦nine¦kd9⟧ people were killed and ⟦31¦kinj⟧ wounded when missiles hit apartment "
       "blocks in Ukraine's ⟪second¦ordinal⟫ city early on Tuesday, regional officials said. "
       "⟦Four¦kch4⟧ children were among the injured. Firefighters worked through the morning."),
    sy("kh5", "NG", "04-07 09:00", "kh4",
       "Missile strike on Kharkiv kills ⟦nine¦kd9⟧",
       "At least ⟦nine¦kd9⟧ people died and ⟦31¦kinj⟧ were wounded in Ukraine's ⟪second¦ordinal⟫ "
       "city. (Meridian Wire)"),
    it("kh6", "ER", "04-07 09:40", S,
       "Raketenangriff auf Charkiw: ⟦neun¦kd9⟧ Tote",
       "Unter den ⟦31¦kinj⟧ Verletzten sind ⟦vier¦kch4⟧ Kinder."),
    it("kh7", "KN", "04-07 10:30", S,
       "Ostrzał Charkowa: ⟦9¦kd9⟧ zabitych, ⟦31¦kinj⟧ rannych",
       "To już ⟪trzeci¦ordinal⟫ zmasowany atak na miasto w tym miesiącu."),
    it("kh8", "VR", "04-07 11:00", S,
       "Frappes sur Kharkiv : ⟦neuf¦kd9⟧ morts",
       "<p>Les missiles ont touché des immeubles d&#8217;habitation à l&#8217;aube.</p>", html=True),
    # 8 April
    it("kh9", "DK", "04-08 09:30", S,
       "Харків: загиблих уже ⟦11¦kd11⟧",
       "Ще ⟦двоє¦kdied2⟧ поранених померли в лікарні. Із пошкоджених будинків евакуювали ⟦1300¦kev⟧ "
       "мешканців."),
    it("kh10", "GN", "04-08 10:10", S,
       "Кількість загиблих у Харкові зросла до ⟦11¦kd11⟧",
       "Місто оголосило ⟪8 квітня¦date⟫ днем жалоби. Евакуйовано ⟦1,3 тис.¦kev⟧ мешканців."),
    it("kh11", "MW", "04-08 09:00", S,
       "Kharkiv strike toll rises to ⟦11¦kd11⟧",
       "⟦Two¦kdied2⟧ of the wounded died in hospital overnight."),
    it("kh12", "PP", "04-08 13:00", S,
       "Dodental Charkiv stijgt naar ⟦elf¦kd11⟧",
       "Nederland veroordeelt de aanval."),
    # 9 April: reactions abroad
    it("kh13", "FQ", "04-09 12:00", S,
       "Kharkiv, la Farnesina convoca l'ambasciatore russo dopo gli ⟦11¦kd11⟧ morti",
       "«Attacco inaccettabile contro civili», ha detto il ministro."),
    it("kh14", "JE", "04-09 15:00", S,
       "Portugal envia ⟦20 toneladas¦kaidt⟧ de ajuda para Carcóvia",
       "O avião parte de Lisboa amanhã."),
    # 17 April: story resumes after a quiet spell, final report
    it("kh15", "GN", "04-17 09:00", S,
       "Харків: слідчі завершили огляд після удару ⟪7 квітня¦date⟫",
       "Пошкоджено ⟦240¦kapt⟧ квартир, загинули ⟦11¦kd11⟧ людей, ще ⟦31¦kinj⟧ дістали поранення. "
       "Евакуйовані ⟦1300¦kev⟧ мешканців досі живуть у гуртожитках."),
    it("kh16", "DK", "04-17 11:30", S,
       "Удар по Харкову: пошкоджено ⟦240¦kapt⟧ квартир",
       "Місто виділило ⟦12 млн грн¦krep⟧ на ремонт."),
    it("kh17", "MW", "04-17 10:00", S,
       "Kharkiv counts damage: ⟦240¦kapt⟧ flats hit in ⟪April 7¦date⟫ strike",
       "The strike killed ⟦11¦kd11⟧ people."),
]

S = "zaporizhzhia-shelling"
ITEMS += [
    it("zp1", "DK", "04-07 12:15", S,
       "Запоріжжя під обстрілом: ⟦4¦zd4⟧ загиблих, ⟦9¦zi9⟧ поранених",
       "Під удар потрапили промислова зона та ⟦дві¦zblk⟧ багатоповерхівки."),
    it("zp2", "VV", "04-07 13:00", S,
       "Обстрел Запорожья: ⟦четверо¦zd4⟧ погибших",
       "Ранены ⟦9¦zi9⟧ человек. В тот же день удар пришёлся и по Харькову."),
    it("zp3", "MW", "04-07 10:30", S,
       "Shelling kills ⟦four¦zd4⟧ in Zaporizhzhia",
       "⟦Nine¦zi9⟧ people were injured, hours after the deadly strike on Kharkiv."),
    it("zp4", "ER", "04-07 14:00", S,
       "Auch Saporischschja beschossen: ⟦vier¦zd4⟧ Tote, ⟦neun¦zi9⟧ Verletzte",
       ""),
    it("zp5", "KN", "04-07 15:20", S,
       "Ostrzał Zaporoża: ⟦4¦zd4⟧ zabitych",
       "⟦Dziewięć¦zi9⟧ osób zostało rannych."),
]

S = "aid-netherlands-ukraine"
ITEMS += [
    it("an1", "PP", "04-11 08:00", S,
       "Nederland trekt ⟦350 miljoen euro¦an350⟧ extra uit voor Oekraïne",
       "Het pakket omvat luchtverdediging en munitie, meldt minister Van der Hoeven."),
    it("an2", "GN", "04-11 10:30", S,
       "Нідерланди виділять Україні ⟦350 млн євро¦an350⟧",
       "Пакет включає засоби ППО та боєприпаси."),
    it("an3", "MW", "04-11 07:50", S,
       "Netherlands pledges ⟦€350m¦an350⟧ in military aid to Ukraine",
       ""),
    it("an4", "DK", "04-11 12:00", S,
       "⟦Триста п’ятдесят мільйонів євро¦an350⟧ від Нідерландів",
       "Це вже ⟪четвертий¦ordinal⟫ пакет допомоги від Гааги з початку року."),
    it("an5", "ER", "04-11 11:05", S,
       "Niederlande sagen Kiew ⟦350 Mio. Euro¦an350⟧ zu",
       ""),
    sy("an6", "NG", "04-11 10:30", "an3",
       "Dutch pledge ⟦€350m¦an350⟧ military aid for Kyiv",
       "The package includes air defence systems and ammunition. (Meridian Wire)"),
]

S = "prisoner-exchange"
ITEMS += [
    it("px1", "GN", "04-12 14:00", S,
       "Обмін полоненими: додому повернулися ⟦206¦px⟧ захисників",
       "Серед звільнених — ⟦18¦pxciv⟧ цивільних."),
    it("px2", "DK", "04-12 14:40", S,
       "⟦Двісті шість¦px⟧ українців повернулися з полону",
       "Наймолодшому з них ⟪20 років¦age⟫."),
    it("px3", "VV", "04-12 15:30", S,
       "Россия и Украина провели обмен: ⟦206¦px⟧ на ⟦206¦pxru⟧",
       "Посредником выступили ОАЭ."),
    it("px4", "MW", "04-12 13:00", S,
       "Ukraine and Russia swap prisoners; ⟦206¦px⟧ Ukrainians freed",
       "Russia said it received ⟦206¦pxru⟧ of its servicemen; ⟦18¦pxciv⟧ Ukrainian civilians were "
       "also released."),
    it("px5", "SK", "04-12 19:00", S,
       "Обмен пленными: домой вернулись ⟦206¦pxru⟧ российских военных",
       ""),
]

S = "drone-odesa"
ITEMS += [
    it("od1", "DK", "04-16 06:30", S,
       "Атака дронів на Одесу: знищено ⟦1 340 тонн¦og⟧ зерна",
       "Уночі ворог запустив ⟦37¦odl⟧ ударних БпЛА, ⟦29¦ods⟧ збито."),
    it("od2", "GN", "04-16 07:45", S,
       "Одеса: через атаку дронів згоріли ⟦1340 т¦og⟧ зерна",
       "ППО збила ⟦29¦ods⟧ з ⟦37¦odl⟧ дронів."),
    it("od3", "MW", "04-16 07:00", S,
       "Drone attack on Odesa port destroys ⟦1,340 tonnes¦og⟧ of grain",
       ""),
    it("od4", "FQ", "04-16 10:20", S,
       "Odessa, droni sul porto: distrutte ⟦1.340 tonnellate¦og⟧ di grano",
       ""),
]
