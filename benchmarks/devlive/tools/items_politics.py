from mk import it, rp, sy

S = "referendum-poland"
ITEMS = [
    it("rp1", "KN", "04-02 08:00", S,
       "Sondaż przed niedzielnym referendum: ⟦54 proc.¦rpoll⟧ za obniżeniem wieku wyborczego",
       "Polacy zdecydują, czy prawo wyborcze ma przysługiwać od ⟪16 lat¦age⟫. Sondaż "
       "przeprowadzono na próbie ⟦1012¦rresp⟧ osób."),
    it("rp2", "KN", "04-06 07:10", S,
       "Referendum nieważne: frekwencja ⟦41,3 proc.¦pt413⟧",
       "PKW podała wyniki ze ⟦100 proc.¦pcnt⟧ komisji. Za obniżeniem wieku wyborczego głosowało "
       "⟦58,6 proc.¦pyes⟧ uczestników, ale przy frekwencji poniżej ⟦50 proc.¦pthr⟧ wynik nie jest "
       "wiążący."),
    it("rp3", "MW", "04-06 06:00", S,
       "Polish referendum fails on ⟦41.3%¦pt413⟧ turnout",
       "⟦58.6%¦pyes⟧ voted to lower the voting age to ⟪16¦age⟫, but turnout fell short of the "
       "⟦50%¦pthr⟧ needed for a binding result."),
    it("rp4", "GN", "04-06 10:02", S,
       "Референдум у Польщі провалився: явка ⟦41,3%¦pt413⟧",
       ""),
    sy("rp5", "NG", "04-06 08:33", "rp3",
       "Poland's voting-age referendum fails on ⟦41.3%¦pt413⟧ turnout",
       "A majority of ⟦58.6%¦pyes⟧ backed votes at ⟪16¦age⟫. (Meridian Wire)"),
    it("rp6", "ER", "04-06 09:20", S,
       "Polen: Referendum scheitert an Beteiligung von ⟦41,3 Prozent¦pt413⟧",
       "Nötig gewesen wären ⟦50 Prozent¦pthr⟧."),
    it("rp7", "SK", "04-06 13:10", S,
       "Явка на референдуме в Польше составила ⟦41,3%¦pt413⟧",
       ""),
    it("rp8", "PP", "04-06 10:45", S,
       "Pools referendum ongeldig na opkomst van ⟦41,3 procent¦pt413⟧",
       "Een ruime meerderheid van ⟦58,6 procent¦pyes⟧ stemde voor."),
    rp("rp9", "KN", "04-07 18:00", "rp2"),
    it("rp10", "KN", "04-14 09:30", S,
       "PKW koryguje frekwencję w referendum: ⟦41,8 proc.¦pt418⟧",
       "Wcześniej podawano ⟦41,3 proc.¦pt413⟧. Po doliczeniu ⟦126 tys.¦pabroad⟧ głosów z zagranicy "
       "wynik wciąż jest niewiążący."),
    it("rp11", "ER", "04-14 12:04", S,
       "Polen korrigiert Referendumsbeteiligung auf ⟦41,8 Prozent¦pt418⟧",
       ""),
    it("rp12", "MW", "04-14 09:15", S,
       "Poland corrects referendum turnout to ⟦41.8%¦pt418⟧",
       "The electoral commission had earlier reported ⟦41.3%¦pt413⟧."),
]

S = "election-azores"
ITEMS += [
    it("az1", "JE", "04-19 23:30", S,
       "Açores: Aliança Atlântica vence com ⟦23¦az23⟧ dos ⟦57¦az57⟧ deputados",
       "A participação subiu para ⟦47,2%¦azt⟧, a mais alta desde ⟪2008¦year⟫."),
    it("az2", "DB", "04-20 08:00", S,
       "Elecciones en Azores: la Alianza Atlántica logra ⟦23¦az23⟧ escaños",
       "La participación alcanzó el ⟦47,2 %¦azt⟧."),
    it("az3", "MW", "04-20 07:30", S,
       "Centre-right alliance wins Azores vote with ⟦23¦az23⟧ of ⟦57¦az57⟧ seats",
       "Turnout was ⟦47.2%¦azt⟧."),
    sy("az4", "PP", "04-20 11:06", "az3",
       "Centrumrechtse alliantie wint verkiezingen op de Azoren met ⟦23¦az23⟧ van de ⟦57¦az57⟧ zetels",
       "De opkomst was ⟦47,2 procent¦azt⟧. (Meridian)"),
]

S = "election-rotterdam"
ITEMS += [
    it("re1", "PP", "04-15 23:10", S,
       "Leefbaar Maasstad grootste in Rotterdam met ⟦11¦rs11⟧ zetels",
       "De opkomst bij de tussentijdse raadsverkiezing was ⟦38 procent¦rt⟧. De raad telt ⟦45¦rs45⟧ "
       "zetels."),
    it("re2", "ER", "04-16 09:30", S,
       "Rotterdam: Lokalpartei gewinnt ⟦elf¦rs11⟧ Sitze",
       "Die Wahlbeteiligung lag bei ⟦38 Prozent¦rt⟧."),
    it("re3", "MW", "04-16 08:40", S,
       "Local party tops Rotterdam vote with ⟦11¦rs11⟧ of ⟦45¦rs45⟧ seats",
       ""),
    it("re4", "VR", "04-16 12:00", S,
       "Rotterdam : un parti local remporte ⟦11¦rs11⟧ sièges sur ⟦45¦rs45⟧",
       "La participation n’a atteint que ⟦38 %¦rt⟧."),
]

S = "fraud-hamburg"
ITEMS += [
    it("fh1", "ER", "04-02 07:30", S,
       "Razzia bei Hamburger Energiehändler: ⟦drei¦fa3⟧ Festnahmen",
       "Die Staatsanwaltschaft wirft der Nordavia Energiehandel GmbH Umsatzsteuerbetrug vor; der "
       "Schaden soll bei ⟦18 Mio. Euro¦fd18⟧ liegen. Rund ⟦120¦fof⟧ Beamte durchsuchten ⟦14¦fsites⟧ "
       "Objekte in Hamburg, Kiel und Stettin. Der Firmenchef wurde nicht festgenommen."),
    it("fh2", "MW", "04-02 09:00", S,
       "German police arrest ⟦three¦fa3⟧ in ⟦€18m¦fd18⟧ energy tax fraud probe",
       "About ⟦120¦fof⟧ officers searched ⟦14¦fsites⟧ sites in Germany and Poland, prosecutors in "
       "Hamburg said."),
    it("fh3", "KN", "04-02 12:00", S,
       "Afera podatkowa w Hamburgu: ⟦3¦fa3⟧ zatrzymanych, przeszukania także w Szczecinie",
       "Straty niemieckiego fiskusa szacowane są na ⟦18 mln euro¦fd18⟧."),
    sy("fh4", "NG", "04-02 10:40", "fh2",
       "Police arrest ⟦three¦fa3⟧ in German ⟦€18m¦fd18⟧ tax fraud probe",
       "Officers searched ⟦14¦fsites⟧ sites in Germany and Poland. (Meridian Wire)"),
    it("fh5", "PP", "04-03 09:00", S,
       "Hamburgse energiehandelaar verdacht van fraude van ⟦18 miljoen euro¦fd18⟧",
       "Ook in het Poolse Szczecin werd huiszoeking gedaan."),
    rp("fh6", "ER", "04-03 19:30", "fh1"),
    # quiet spell 4-11 April
    it("fh7", "ER", "04-12 10:00", S,
       "Nordavia: Anklage gegen Ex-Chef erhoben",
       "Die Ermittler beziffern den Schaden inzwischen auf ⟦21 Mio. Euro¦fd21⟧; zuvor war von "
       "⟦18 Mio. Euro¦fd18⟧ die Rede. Der ⟪58-jährige¦age⟫ Ex-Geschäftsführer Jens Marquardt hat ein "
       "Teilgeständnis abgelegt."),
    it("fh8", "MW", "04-12 11:08", S,
       "Prosecutors raise Nordavia fraud estimate to ⟦€21m¦fd21⟧",
       "The earlier estimate was ⟦€18m¦fd18⟧."),
    it("fh9", "KN", "04-13 08:40", S,
       "Afera Nordavii: straty sięgają już ⟦21 mln euro¦fd21⟧",
       ""),
    it("fh10", "ER", "04-20 14:00", S,
       "Urteil im Nordavia-Prozess: ⟪sieben Jahre¦duration⟫ Haft für Ex-Chef",
       "<p>Das Landgericht Hamburg verurteilte den ⟪58-Jährigen¦age⟫ wegen Steuerhinterziehung in "
       "Höhe von ⟦21 Mio. Euro¦fd21⟧.</p> <p>Die Firma muss zudem eine Geldbuße von "
       "⟦2,5&nbsp;Mio. Euro¦ffine⟧ zahlen; ⟦zwei¦fcodef⟧ Mitangeklagte erhielten "
       "Bewährungsstrafen.</p>", html=True),
    it("fh11", "MW", "04-20 13:30", S,
       "Former Nordavia chief jailed for ⟪seven years¦duration⟫ over ⟦€21m¦fd21⟧ fraud",
       "The company was fined ⟦€2.5m¦ffine⟧."),
    sy("fh12", "NG", "04-20 15:00", "fh11",
       "Energy trader boss jailed for ⟪seven years¦duration⟫",
       "A Hamburg court also fined Nordavia ⟦€2.5m¦ffine⟧ over the ⟦€21m¦fd21⟧ fraud. (Meridian Wire)"),
]

S = "trial-marseille"
ITEMS += [
    it("tm1", "VR", "04-13 17:45", S,
       "Trafic de drogue à Marseille : ⟪12 ans¦duration⟫ de prison pour le chef du réseau",
       "Le tribunal correctionnel lui a aussi infligé une amende de ⟦450 000 euros¦tmf⟧. Ses "
       "⟦trois¦tm3⟧ complices écopent de ⟪quatre à huit ans¦duration⟫."),
    it("tm2", "DB", "04-13 18:20", S,
       "⟪Doce años¦duration⟫ de cárcel para el jefe de una red de narcotráfico en Marsella",
       "Deberá pagar además una multa de ⟦450.000 euros¦tmf⟧."),
    it("tm3", "MW", "04-13 16:50", S,
       "Marseille drug ring leader jailed for ⟪12 years¦duration⟫",
       "He was also fined ⟦€450,000¦tmf⟧; ⟦three¦tm3⟧ accomplices received ⟪four to eight "
       "years¦duration⟫."),
    it("tm4", "FQ", "04-14 09:03", S,
       "Marsiglia, ⟪12 anni¦duration⟫ al boss del narcotraffico",
       "Multa da ⟦450.000 euro¦tmf⟧."),
]

S = "arrests-madrid"
ITEMS += [
    it("ma1", "DB", "04-09 08:30", S,
       "La Guardia Civil detiene a ⟦tres¦ma3⟧ personas con ⟦3 toneladas¦mat⟧ de cocaína",
       "La droga llegó al puerto de Algeciras escondida en ⟦14¦macont⟧ contenedores de plátanos. "
       "Los ⟦tres¦ma3⟧ detenidos, de entre ⟪35 y 52 años¦age⟫, pasaron a disposición judicial en "
       "Madrid."),
    it("ma2", "JE", "04-09 10:00", S,
       "Espanha: ⟦três¦ma3⟧ detidos com ⟦3 toneladas¦mat⟧ de cocaína",
       "A droga estava escondida em contentores de bananas no porto de Algeciras."),
    it("ma3", "MW", "04-09 11:15", S,
       "Spanish police seize ⟦3 tonnes¦mat⟧ of cocaine, arrest ⟦three¦ma3⟧",
       ""),
    it("ma4", "VR", "04-09 14:00", S,
       "Espagne : ⟦3 tonnes¦mat⟧ de cocaïne saisies, ⟦trois¦ma3⟧ interpellations",
       ""),
]
