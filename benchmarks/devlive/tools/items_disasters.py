from mk import it, rp, sy

S = "quake-calabria"
ITEMS = [
    # ---------------------------------------------------------------- 3 April
    it("qc1", "FQ", "04-03 07:40", S,
       "Terremoto in Calabria, ⟦12¦qd12⟧ morti nel Cosentino",
       "Una scossa di magnitudo ⟦5,9¦qmag⟧ ha colpito la provincia di Cosenza alle ⟪4.52¦time⟫. "
       "La Protezione civile conta ⟦12¦qd12⟧ vittime e ⟦40¦qinj⟧ feriti; i soccorritori scavano "
       "tra le macerie a Rossano e Corigliano."),
    it("qc2", "DK", "04-03 09:05", S,
       "Землетрус в Італії: загинули ⟦12¦qd12⟧ людей",
       "Поштовх магнітудою ⟦5,9¦qmag⟧ стався вночі в Калабрії. Ще ⟦40¦qinj⟧ людей поранені, "
       "рятувальники шукають ⟦12¦qmiss⟧ зниклих безвісти."),
    it("qc3", "MW", "04-03 07:15", S,
       "Quake kills ⟦12¦qd12⟧ in southern Italy",
       "A magnitude ⟦5.9¦qmag⟧ earthquake struck Calabria before dawn, killing at least ⟦12¦qd12⟧ "
       "people and injuring ⟦40¦qinj⟧, Italy's civil protection agency said. Rescuers were "
       "searching for ⟦12¦qmiss⟧ people still missing in the old towns of Rossano and Corigliano."),
    it("qc4", "VV", "04-03 09:50", S,
       "В Калабрии при землетрясении погибли ⟦двенадцать¦qd12⟧ человек",
       "Землетрясение магнитудой ⟦5,9¦qmag⟧ произошло на юге Италии. Местные власти сообщают о "
       "⟦40¦qinj⟧ пострадавших."),
    it("qc5", "ER", "04-03 10:30", S,
       "Erdbeben in Kalabrien: Mindestens ⟦12¦qd12⟧ Tote",
       "Ein Beben der Stärke ⟦5,9¦qmag⟧ hat den Süden Italiens erschüttert. ⟦10–12¦qmiss⟧ Menschen "
       "werden nach Angaben der Behörden noch vermisst."),
    sy("qc6", "NG", "04-03 10:45", "qc3",
       "Earthquake kills ⟦12¦qd12⟧ in southern Italy",
       "A magnitude ⟦5.9¦qmag⟧ quake struck Calabria before dawn, killing at least ⟦12¦qd12⟧ people "
       "and injuring ⟦40¦qinj⟧, officials said. (Meridian Wire)"),
    it("qc7", "KN", "04-03 11:10", S,
       "Trzęsienie ziemi w Kalabrii. Nie żyje ⟦12¦qd12⟧ osób",
       "Wstrząs o magnitudzie ⟦5,9¦qmag⟧ nawiedził południe Włoch."),
    sy("qc8", "JE", "04-03 11:20", "qc3",
       "Sismo mata ⟦12¦qd12⟧ no sul de Itália",
       "Um sismo de magnitude ⟦5,9¦qmag⟧ atingiu a Calábria antes do amanhecer e fez pelo menos "
       "⟦doze¦qd12⟧ mortos e ⟦40¦qinj⟧ feridos. Há ainda ⟦12¦qmiss⟧ desaparecidos. (Meridian)"),
    it("qc9", "PP", "04-03 13:00", S,
       "Aardbeving in Calabrië eist ⟦twaalf¦qd12⟧ levens",
       "Bij een beving met een kracht van ⟦5,9¦qmag⟧ in Zuid-Italië zijn volgens de civiele "
       "bescherming ⟦12¦qd12⟧ doden en ⟦40¦qinj⟧ gewonden gevallen."),
    # ---------------------------------------------------------------- 4 April
    it("qc10", "FQ", "04-04 08:15", S,
       "Sisma in Calabria, il bilancio sale a ⟦19¦qd19⟧ morti",
       "Dai ⟦12¦qd12⟧ morti di ieri si è passati a ⟦19¦qd19⟧: ⟦sette¦qb7⟧ corpi sono stati "
       "estratti nella notte a Rossano."),
    it("qc11", "GN", "04-04 09:40", S,
       "Кількість загиблих у Калабрії зросла до ⟦19¦qd19⟧",
       "Італійські рятувальники продовжують розбирати завали в провінції Козенца."),
    it("qc12", "VR", "04-04 10:00", S,
       "Séisme en Calabre : ⟦19¦qd19⟧ morts",
       "<p>Le bilan du séisme qui a frappé le sud de l&#8217;Italie passe à ⟦dix-neuf¦qd19⟧ "
       "morts.</p> <p>Près de ⟦4&nbsp;000¦qh4000⟧ personnes ont passé la nuit sans abri, selon la "
       "Protection civile.</p>", html=True),
    it("qc13", "SK", "04-04 14:30", S,
       "Число погибших при землетрясении в Италии достигло ⟦19¦qd19⟧",
       "Около ⟦4 тыс.¦qh4000⟧ человек остались без крова, сообщает гражданская защита Италии."),
    it("qc14", "MW", "04-04 10:40", S,
       "Italy quake toll rises to ⟦19¦qd19⟧; ⟦4,000¦qh4000⟧ homeless",
       "The death toll from Friday's earthquake in Calabria rose to ⟦19¦qd19⟧ from ⟦12¦qd12⟧, "
       "officials said."),
    it("qc15", "DB", "04-04 12:10", S,
       "Ya son ⟦19¦qd19⟧ los muertos por el terremoto de Calabria",
       "Los equipos de rescate siguen buscando a ⟦cinco¦qmiss5⟧ desaparecidos."),
    # ---------------------------------------------------------------- 5 April
    it("qc16", "FQ", "04-05 07:55", S,
       "Terremoto, le vittime salgono a ⟦27¦qd27⟧",
       "Il capo della Protezione civile: «Purtroppo il numero potrebbe crescere ancora». "
       "I feriti ricoverati sono ⟦40¦qinj⟧."),
    it("qc17", "VV", "04-05 10:20", S,
       "Землетрясение в Калабрии: ⟦27¦qd27⟧ погибших",
       "Спасатели извлекли из-под завалов ещё ⟦восемь¦qb8⟧ тел. Ранее сообщалось о ⟦19¦qd19⟧ "
       "погибших."),
    it("qc18", "ER", "04-05 09:50", S,
       "Kalabrien: Zahl der Toten steigt auf ⟦27¦qd27⟧",
       "Die Rettungskräfte haben die Suche in Rossano fortgesetzt."),
    it("qc19", "PP", "04-05 11:30", S,
       "Dodental aardbeving Calabrië loopt op tot ⟦27¦qd27⟧",
       "Italiaanse reddingswerkers vonden opnieuw slachtoffers onder het puin in Rossano."),
    it("qc20", "DK", "04-05 12:40", S,
       "Землетрус в Італії: ⟦27¦qd27⟧ загиблих",
       "Серед загиблих немає громадян України, повідомило МЗС."),
    it("qc21", "MW", "04-05 10:05", S,
       "Italy earthquake death toll climbs to ⟦27¦qd27⟧",
       "Rescuers pulled more bodies from the rubble in Rossano as the toll from the Calabria quake "
       "reached ⟦27¦qd27⟧."),
    # ---------------------------------------------------------------- 6 April
    rp("qc22", "VV", "04-06 18:05", "qc17"),
    it("qc23", "KN", "04-06 09:00", S,
       "Prawie ⟦30¦qd30⟧ ofiar trzęsienia ziemi we Włoszech",
       "Włoska obrona cywilna podaje, że zginęło ⟦27¦qd27⟧ osób, a ⟦40¦qinj⟧ zostało rannych."),
    it("qc24", "NG", "04-06 08:30", S,
       "Nearly ⟦30¦qd30⟧ dead as Calabria counts the cost of its quake",
       "<p>Our correspondent reports from Rossano, where the old town&#8217;s lanes are still "
       "blocked by rubble.</p> <p>Officials put the toll at ⟦27¦qd27⟧; about ⟦4,000¦qh4000⟧ people "
       "have no home to return to.</p>", html=True),
    it("qc25", "JE", "04-06 12:00", S,
       "Quase ⟦30¦qd30⟧ mortos no sismo da Calábria",
       "O Governo italiano declarou o estado de emergência por ⟪seis meses¦duration⟫."),
    it("qc26", "DB", "04-06 13:15", S,
       "Casi ⟦30¦qd30⟧ muertos en Calabria",
       "Italia decreta ⟪tres días¦duration⟫ de luto nacional."),
    # ---------------------------------------------------------------- 8-9 April: correction
    it("qc27", "FQ", "04-08 16:00", S,
       "Sfollati, la Protezione civile corregge: sono ⟦3.400¦qh3400⟧",
       "Il dato diffuso il ⟪4 aprile¦date⟫ parlava di ⟦4.000¦qh4000⟧ persone senza casa: un errore "
       "di conteggio nei comuni di Rossano e Corigliano."),
    it("qc28", "VR", "04-08 18:30", S,
       "Calabre : le nombre de sans-abri corrigé à ⟦3 400¦qh3400⟧",
       "La Protection civile italienne reconnaît une erreur de comptage."),
    it("qc29", "MW", "04-09 08:00", S,
       "Italy revises quake homeless figure down to ⟦3,400¦qh3400⟧",
       "Civil protection officials said an earlier figure of ⟦4,000¦qh4000⟧ had counted some "
       "families twice."),
    # ---------------------------------------------------------------- 10 April: EU aid
    it("qc30", "PP", "04-10 08:40", S,
       "EU trekt ⟦1,2 miljard euro¦qaid⟧ uit voor Calabrië",
       "Het geld is bestemd voor de wederopbouw van scholen en woningen in de provincie Cosenza."),
    it("qc31", "FQ", "04-10 09:15", S,
       "Dall'Ue ⟦1,2 miliardi di euro¦qaid⟧ per la ricostruzione in Calabria",
       "Bruxelles stanzia i fondi in ⟪tre anni¦duration⟫; ⟦3.400¦qh3400⟧ sfollati attendono ancora "
       "una casa."),
    it("qc32", "ER", "04-10 10:05", S,
       "EU sagt Kalabrien ⟦1,2 Mrd. Euro¦qaid⟧ Wiederaufbauhilfe zu",
       "Das Geld soll über ⟪drei Jahre¦duration⟫ fließen."),
    it("qc33", "MW", "04-10 08:30", S,
       "EU pledges ⟦€1.2bn¦qaid⟧ to rebuild quake-hit Calabria",
       "The European Commission will release the funds over ⟪three years¦duration⟫, it said."),
    sy("qc34", "NG", "04-10 10:00", "qc33",
       "EU pledges ⟦€1.2bn¦qaid⟧ for quake-hit Calabria",
       "Brussels will release the money over ⟪three years¦duration⟫. (Meridian Wire)"),
    it("qc35", "KN", "04-10 12:00", S,
       "⟦1,2 mld euro¦qaid⟧ z UE dla Kalabrii",
       "Komisja Europejska przeznaczy środki na odbudowę szkół i domów."),
    it("qc36", "VV", "04-10 14:00", S,
       "ЕС выделит Калабрии ⟦1,2 млрд евро¦qaid⟧",
       "Средства пойдут на восстановление школ и жилых домов."),
    it("qc37", "DB", "04-10 13:30", S,
       "La UE destina ⟦1.200 millones de euros¦qaid⟧ a la reconstrucción de Calabria",
       ""),
    # ---------------------------------------------------------------- 18 April: final report
    it("qc38", "FQ", "04-18 10:00", S,
       "Terremoto in Calabria, il bilancio definitivo: ⟦28¦qd28⟧ morti",
       "È morto in ospedale a Cosenza un uomo di ⟪71 anni¦age⟫, ferito il ⟪3 aprile¦date⟫: le "
       "vittime salgono da ⟦27¦qd27⟧ a ⟦28¦qd28⟧. Restano sfollate ⟦3.400¦qh3400⟧ persone. "
       "La Procura di Castrovillari indaga sui crolli di ⟦quattro¦c¦4¦¦buildings under investigation⟧ "
       "palazzine costruite negli anni ⟪Settanta¦year⟫."),
    it("qc39", "MW", "04-18 11:00", S,
       "Calabria quake final toll put at ⟦28¦qd28⟧",
       "A ⟪71-year-old¦age⟫ man injured in the ⟪April 3¦date⟫ earthquake died in hospital."),
    it("qc40", "ER", "04-18 15:00", S,
       "Erdbeben in Kalabrien: Endgültige Bilanz ⟦28¦qd28⟧ Tote",
       "Ein ⟪71-Jähriger¦age⟫ erlag im Krankenhaus seinen Verletzungen."),
]

S = "quake-vrancea"
ITEMS += [
    it("qv1", "GN", "04-09 06:10", S,
       "Землетрус магнітудою ⟦5,4¦vmag⟧ у Румунії: ⟦троє¦vd3⟧ загиблих",
       "Поштовхи відчули й у Чернівцях. У повіті Вранча загинули ⟦3¦vd3⟧ людини, ⟦15¦vinj⟧ "
       "поранені."),
    it("qv2", "DK", "04-09 07:30", S,
       "Землетрус у Румунії: ⟦3¦vd3⟧ загиблих, поштовхи відчули в Одесі",
       "Епіцентр був на глибині ⟦130 км¦vdep⟧."),
    it("qv3", "MW", "04-09 06:00", S,
       "Quake in Romania kills ⟦three¦vd3⟧",
       "A magnitude ⟦5.4¦vmag⟧ earthquake struck Vrancea county at a depth of ⟦130 km¦vdep⟧, killing "
       "⟦3¦vd3⟧ people and injuring ⟦15¦vinj⟧."),
    it("qv4", "VR", "04-09 09:00", S,
       "Roumanie : un séisme fait ⟦trois¦vd3⟧ morts",
       "La secousse, de magnitude ⟦5,4¦vmag⟧, a été ressentie jusqu’à Bucarest."),
    it("qv5", "ER", "04-09 10:15", S,
       "Erdbeben in Rumänien: ⟦drei¦vd3⟧ Tote",
       "⟦15¦vinj⟧ Menschen wurden verletzt, meldet der rumänische Katastrophenschutz."),
    sy("qv6", "NG", "04-09 09:20", "qv3",
       "Romanian earthquake kills ⟦three¦vd3⟧",
       "A magnitude ⟦5.4¦vmag⟧ quake hit Vrancea county, injuring ⟦15¦vinj⟧. (Meridian Wire)"),
]

S = "landslide-madeira"
ITEMS += [
    it("md1", "JE", "04-06 07:30", S,
       "Deslizamento de terras na Madeira faz ⟦27¦md27⟧ feridos",
       "⟦Duas¦md2⟧ pessoas morreram e ⟦150¦mdev⟧ foram retiradas de casa no Funchal depois de "
       "⟪48 horas¦duration⟫ de chuva intensa."),
    it("md2", "DB", "04-06 10:00", S,
       "Un corrimiento de tierra en Madeira deja ⟦27¦md27⟧ heridos y ⟦dos¦md2⟧ muertos",
       "Unas ⟦150¦mdev⟧ personas han sido desalojadas en Funchal."),
    it("md3", "MW", "04-06 09:10", S,
       "Landslide on Madeira injures ⟦27¦md27⟧, kills ⟦two¦md2⟧",
       "Heavy rain over ⟪two days¦duration⟫ triggered the slide above Funchal, where ⟦150¦mdev⟧ "
       "residents were evacuated."),
    sy("md4", "PP", "04-06 12:40", "md3",
       "Aardverschuiving op Madeira: ⟦27¦md27⟧ gewonden, ⟦twee¦md2⟧ doden",
       "Zware regen van ⟪twee dagen¦duration⟫ veroorzaakte de verschuiving boven Funchal; ⟦150¦mdev⟧ "
       "bewoners zijn geëvacueerd. (Meridian)"),
    rp("md5", "JE", "04-07 19:00", "md1"),
]

S = "floods-klodzko"
ITEMS += [
    it("fl1", "KN", "04-14 06:45", S,
       "Powódź w Kotlinie Kłodzkiej. Ewakuowano ⟦1,3 tys.¦fl1300⟧ osób",
       "W ciągu doby spadło ⟦120 mm¦flrain⟧ deszczu. Nysa Kłodzka przekroczyła stan alarmowy o "
       "⟦1,2 m¦flriver⟧."),
    it("fl2", "ER", "04-14 09:00", S,
       "Hochwasser in Polen: ⟦1.300¦fl1300⟧ Menschen evakuiert",
       "Im Glatzer Land fielen binnen ⟪24 Stunden¦duration⟫ ⟦120 Millimeter¦flrain⟧ Regen."),
    it("fl3", "MW", "04-14 08:30", S,
       "Floods force ⟦1,300¦fl1300⟧ from homes in southwest Poland",
       "About ⟦120 mm¦flrain⟧ of rain fell in ⟪24 hours¦duration⟫ around Klodzko."),
    it("fl4", "DK", "04-14 13:00", S,
       "Повінь у Польщі: евакуйовано ⟦1300¦fl1300⟧ людей",
       "Українців серед постраждалих немає, повідомив консул у Вроцлаві."),
    it("fl5", "KN", "04-15 16:20", S,
       "Woda opada. Straty w Kłodzku wstępnie na ⟦45 mln zł¦fldmg⟧",
       "Do domów wróciła większość z ⟦1300¦fl1300⟧ ewakuowanych mieszkańców."),
]

S = "storm-zeeland"
ITEMS += [
    it("sn1", "PP", "04-20 07:10", S,
       "Storm Ilse raast over Zeeland: windstoten tot ⟦130 km/u¦sw⟧",
       "<p>⟦Twee¦sd2⟧ mensen kwamen om door omgewaaide bomen.</p> <p>De NS legde ⟪tientallen¦vague⟫ "
       "treinen stil &amp; Rijkswaterstaat sloot de Zeelandbrug.</p>", html=True),
    it("sn2", "ER", "04-20 11:30", S,
       "Sturm „Ilse“ in den Niederlanden: ⟦zwei¦sd2⟧ Tote",
       "Böen erreichten ⟦130 km/h¦sw⟧."),
    it("sn3", "MW", "04-20 09:00", S,
       "Storm kills ⟦two¦sd2⟧ in the Netherlands",
       "Gusts of up to ⟦130 km/h¦sw⟧ brought down trees across Zeeland."),
]

S = "wildfire-valencia"
ITEMS += [
    it("fv1", "DB", "04-22 19:30", S,
       "El incendio de Chiva ya ha quemado ⟦1.200 hectáreas¦fv⟧",
       "Más de ⟦300¦fvff⟧ bomberos y ⟦12¦fvair⟧ medios aéreos trabajan en la zona. ⟪Cientos¦vague⟫ "
       "de vecinos fueron desalojados durante la tarde."),
    it("fv2", "JE", "04-22 20:10", S,
       "Incêndio perto de Valência consome ⟦1200 hectares¦fv⟧",
       "⟪Centenas¦vague⟫ de moradores foram retirados das suas casas."),
    it("fv3", "MW", "04-22 21:00", S,
       "Wildfire near Valencia burns ⟦1,200 hectares¦fv⟧",
       "More than ⟦300¦fvff⟧ firefighters were battling the blaze."),
]
