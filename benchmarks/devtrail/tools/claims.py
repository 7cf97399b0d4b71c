"""Designed claims.  Source files tag occurrences with {surface|@ID}.

Fields: story, value, kind, unit, subject, core (True -> note starts [core],
False -> [minor]), variant_of (a true mutation of an earlier claim), note.
build.py adds further [minor] claims automatically for any other figure that
repeats within a story (e.g. through a re-post).
"""


def C(story, value, kind, unit, subject, core=True, variant_of="", note=""):
    return dict(story=story, value=value, kind=kind, unit=unit, subject=subject,
                core=core, variant_of=variant_of, note=note)


CLAIMS = {
    # conflict
    "DN-DEAD": C("strike-dnipro", 12, "count", "", "people killed in Dnipro missile strike",
                 note="first toll; first in Ukrainian; Russian outlet (+0500) beats the wire by 25 min in UTC"),
    "DN-DEAD2": C("strike-dnipro", 15, "count", "", "people killed in Dnipro missile strike",
                  variant_of="DN-DEAD", note="mutation: updated toll 12 -> 15"),
    "DN-INJ": C("strike-dnipro", 48, "count", "", "people injured in Dnipro missile strike",
                note="first in a longer Ukrainian follow-up"),
}
CLAIMS.update({
    "DN-KIDS": C("strike-dnipro", 6, "count", "", "children injured in Dnipro missile strike", core=False,
                 note="spelled out in every language (шестеро, sześcioro)"),
    "ZP-DEAD": C("drone-zaporizhzhia", 12, "count", "", "people killed in Zaporizhzhia drone attack",
                 note="look-alike of DN-DEAD (12 dead in another attack, same theme); first only in a Ukrainian summary"),
    "ZP-INJ": C("drone-zaporizhzhia", 30, "count", "", "people injured in Zaporizhzhia drone attack", core=False,
                note="secondary figure"),
    "ZP-BLD": C("drone-zaporizhzhia", 9, "count", "", "apartment buildings damaged in Zaporizhzhia", core=False,
                note="secondary figure"),
    "PM-ORG": C("protest-madrid", 150_000, "count", "", "people at Madrid housing march",
                note="organisers' figure; spelled out in Italian (centocinquantamila)"),
    "PM-POL": C("protest-madrid", 38_000, "count", "", "people at Madrid housing march",
                variant_of="PM-ORG", note="mutation: government delegation's estimate vs organisers' 150,000"),
    "PNI-PCT": C("poll-nuclear-italy", 54, "percent", "%", "share backing new nuclear power plants",
                 note="same subject and value as PNB-PCT, different poll"),
    "PNI-N": C("poll-nuclear-italy", 1006, "count", "", "poll respondents", core=False, note="sample size"),
    "PNB-PCT": C("poll-nuclear-belgium", 54, "percent", "%", "share backing new nuclear power plants",
                 note="same subject and value as PNI-PCT, different poll a week later"),
    "PNB-N": C("poll-nuclear-belgium", 1012, "count", "", "poll respondents", core=False, note="sample size"),
})
CLAIMS.update({
    "TV-BID": C("takeover-veltrop", 2_600_000_000, "money", "EUR", "Helvarda offer for Veltrop",
                note="first in Dutch; 'mil milhões' in Portuguese, 'млрд' in Russian"),
    "TV-BID2": C("takeover-veltrop", 2_900_000_000, "money", "EUR", "Helvarda offer for Veltrop",
                 variant_of="TV-BID", note="mutation: revised offer; Dutch outlet (+02:00) beats the wire by 30 min in UTC"),
    "TV-SH": C("takeover-veltrop", 41.5, "money", "EUR", "Helvarda offer per Veltrop share", core=False,
               note="price per share"),
    "TV-SH2": C("takeover-veltrop", 46, "money", "EUR", "Helvarda offer per Veltrop share", core=False,
                variant_of="TV-SH", note="mutation: revised per-share offer"),
})
CLAIMS.update({
    "FZ-FINE": C("fine-zeeland", 45_000_000, "money", "EUR", "fine imposed on bank for money-laundering failings",
                 note="look-alike of FR-FINE: same subject and value, different bank, two days apart"),
    "FZ-TX": C("fine-zeeland", 3200, "count", "", "suspicious transactions not reported by Zeeuwse Kredietbank", core=False,
               note="secondary figure; '3,2 тыс.' in Russian"),
    "FR-FINE": C("fine-romagnola", 45_000_000, "money", "EUR", "fine imposed on bank for money-laundering failings",
                 note="look-alike of FZ-FINE; first in Italian"),
    "FR-CL": C("fine-romagnola", 140, "count", "", "offshore client accounts at Banca Fluviale Romagnola", core=False,
               note="secondary figure"),
})
CLAIMS.update({
    "KS-JOBS": C("layoffs-kesselring", 1800, "count", "", "jobs cut at Kesselring Antriebe",
                 note="first in German without separator ('1800'); spelled 'Achtzehnhundert'; '1,8 тыс.' in Russian"),
    "KS-JOBS-M": C("layoffs-kesselring", 1300, "count", "", "jobs cut at Kesselring Antriebe",
                   variant_of="KS-JOBS", note="mutation: misquote by the wire, repeated by a syndicated copy and a Canadian outlet, later corrected"),
    "KS-SITE": C("layoffs-kesselring", 4200, "count", "", "Kesselring Antriebe workforce in Zwickau", core=False,
                 note="secondary figure"),
    "CV-JOBS": C("layoffs-cavado", 650, "count", "", "jobs cut at Têxteis do Cávado",
                 note="first in Portuguese"),
    "CV-PCT": C("layoffs-cavado", 40, "percent", "%", "share of Têxteis do Cávado workforce cut", core=False,
                note="percentage"),
})
CLAIMS.update({
    "LM-PAX": C("strike-lisbon-metro", 500_000, "count", "", "daily Lisbon metro passengers affected by strike",
                note="'500 mil', 'medio millón', 'half a million', '500 000', 'een half miljoen'"),
    "LM-ADH": C("strike-lisbon-metro", 94, "percent", "%", "turnout in Lisbon metro strike", core=False,
                note="union figure"),
    "LM-ADH2": C("strike-lisbon-metro", 70, "percent", "%", "turnout in Lisbon metro strike", core=False,
                 note="management's competing figure, published together with the union's 94 % (not a mutation)"),
    "AP-SHIPS": C("strike-antwerp-port", 86, "count", "", "ships waiting off Antwerp during dock strike",
                  note="first in Dutch"),
    "AP-SHIPS2": C("strike-antwerp-port", 112, "count", "", "ships waiting off Antwerp during dock strike",
                   variant_of="AP-SHIPS", note="mutation: updated count 86 -> 112"),
    "AP-WORK": C("strike-antwerp-port", 7000, "count", "", "dockers on strike in Antwerp", core=False,
                 note="secondary figure"),
})
CLAIMS.update({
    "FF-EVAC": C("ferry-fire-bornholm", 412, "count", "", "people evacuated from burning ferry Kaszuby Star",
                 note="first in Polish; the wire's syndicated copy in the first feed beats the Canadian outlet by 35 min in UTC"),
    "FF-EVAC2": C("ferry-fire-bornholm", 400, "count", "", "people evacuated from burning ferry Kaszuby Star", core=False,
                  variant_of="FF-EVAC", note="mutation: rounding, 'more than 400' / 'über 400'"),
    "FF-HOSP": C("ferry-fire-bornholm", 27, "count", "", "people hospitalised after ferry fire",
                 note="look-alike of CG-ARR (27 arrests in Algeciras, same week)"),
    "BC-DEAD": C("bus-crash-brenner", 3, "count", "", "people killed in Brenner coach crash",
                 note="first in Austrian German ('drei'), Italian outlet 35 min later"),
    "BC-INJ": C("bus-crash-brenner", 24, "count", "", "people injured in Brenner coach crash", core=False,
                note="secondary figure"),
    "BC-PAX": C("bus-crash-brenner", 52, "count", "", "people aboard coach that crashed on Brenner motorway", core=False,
                note="secondary figure"),
})
CLAIMS.update({
    "SI-OUT": C("storm-ilda", 140_000, "count", "", "homes without power in Portugal after Storm Ilda",
                note="first count, '140 mil' in Portuguese"),
    "SI-OUT2": C("storm-ilda", 212_000, "count", "", "homes without power in Portugal after Storm Ilda",
                 variant_of="SI-OUT", note="mutation: updated count 140,000 -> 212,000 the same evening; '212mila', '212 тыс.'"),
    "SI-OUT3": C("storm-ilda", 200_000, "count", "", "homes without power in Portugal after Storm Ilda", core=False,
                 variant_of="SI-OUT2", note="mutation: rounding, 'ruim 200.000' / 'more than 200,000'"),
    "SI-GUST": C("storm-ilda", 130, "measure", "km/h", "peak wind gusts", core=False,
                 note="look-alike of SPM-GUST (130 km/h in the Pomeranian storm, same week)"),
    "SI-CREW": C("storm-ilda", 1800, "count", "", "emergency workers deployed for Storm Ilda", core=False,
                 note="look-alike of KS-JOBS (1,800 jobs, same week)"),
    "SPM-OUT": C("storm-pomerania", 95_000, "count", "", "homes without power in Pomerania after storm",
                 note="first in Polish as '95 tys.'"),
    "SPM-DEAD": C("storm-pomerania", 3, "count", "", "people killed in Pomeranian storm",
                  note="first carried by the wire; its syndicated copy sits in the first feed"),
    "SPM-GUST": C("storm-pomerania", 130, "measure", "km/h", "peak wind gusts", core=False,
                  note="look-alike of SI-GUST"),
})
CLAIMS.update({
    "LV-CASES": C("legionella-valencia", 37, "count", "", "Legionnaires' disease cases in Valencia",
                  note="first in Spanish"),
    "LV-CASES2": C("legionella-valencia", 52, "count", "", "Legionnaires' disease cases in Valencia",
                   variant_of="LV-CASES", note="mutation: updated count 37 -> 52"),
    "LV-DEAD": C("legionella-valencia", 2, "count", "", "deaths from Legionnaires' disease in Valencia", core=False,
                 note="spelled out ('dos', 'two', 'zwei', 'deux')"),
    "NR-ILL": C("norovirus-rotterdam", 300, "count", "", "cruise passengers ill with norovirus",
                note="spelled out: 'driehonderd', 'dreihundert', 'trzystu'"),
    "NR-PAX": C("norovirus-rotterdam", 2100, "count", "", "passengers aboard the Aurelia Nova", core=False,
                note="secondary figure"),
})
CLAIMS.update({
    "WA-MW": C("wind-auction-baltic", 1200, "measure", "MW", "capacity of offshore wind farm",
               note="'1,2 GW' in some outlets; look-alike of SA-MW (same capacity, another project, same week)"),
    "WA-INV": C("wind-auction-baltic", 4_700_000_000, "money", "EUR", "investment in Bałtyk Północ wind farm", core=False,
                note="'20 mld zł' is a different figure in another currency and stays unlinked"),
    "SA-MW": C("solar-alentejo", 1200, "measure", "MW", "capacity of Alentejo solar park",
               note="look-alike of WA-MW"),
    "SA-HA": C("solar-alentejo", 2300, "measure", "ha", "area of Alentejo solar park", core=False,
               note="secondary figure"),
    "BF-CULL": C("birdflu-wielkopolska", 1_200_000, "count", "", "hens culled in Greater Poland bird flu outbreak",
                 note="scale words: '1,2 mln', '1.2m', '1,2 Mio.', '1,2 млн', '1,2 milioni', '1,2 miljoen'"),
    "BF-FARMS": C("birdflu-wielkopolska", 15, "count", "", "farms hit by bird flu in Greater Poland", core=False,
                  note="look-alike of DN-DEAD2 (15 dead in Dnipro, same day)"),
    "FV-HA": C("frost-veneto", 4000, "measure", "ha", "vineyards damaged by frost in Veneto",
               note="first in Italian"),
    "FV-LOSS": C("frost-veneto", 60_000_000, "money", "EUR", "estimated frost losses in Veneto", core=False,
                 note="secondary figure"),
    "FV-FARMS": C("frost-veneto", 300, "count", "", "farms reporting frost damage in Veneto", core=False,
                  note="look-alike of NR-ILL (300 ill on the cruise ship, same week)"),
})
CLAIMS.update({
    "CA-T": C("cocaine-antwerp", 8, "measure", "t", "cocaine seized",
              note="look-alike of CG-T: same subject and value, different port, a week apart"),
    "CA-VAL": C("cocaine-antwerp", 600_000_000, "money", "EUR", "street value of cocaine seized in Antwerp", core=False,
                note="secondary figure"),
    "CA-ARR": C("cocaine-antwerp", 5, "count", "", "people arrested over Antwerp cocaine seizure", core=False,
                note="secondary figure"),
    "CG-T": C("cocaine-algeciras", 8, "measure", "t", "cocaine seized",
              note="look-alike of CA-T; first in Spanish"),
    "CG-ARR": C("cocaine-algeciras", 27, "count", "", "people arrested over Algeciras cocaine seizure",
                note="look-alike of FF-HOSP (27, same week)"),
    "MR-RUN": C("marathon-rotterdam", 17_500, "count", "", "finishers at Rotterdam marathon", core=False,
                note="first in Dutch"),
    "MR-CROWD": C("marathon-rotterdam", 150_000, "count", "", "spectators at Rotterdam marathon", core=False,
                  note="look-alike of PM-ORG (150,000 at the Madrid march, same day)"),
    "MV-RUN": C("marathon-vienna", 42_000, "count", "", "runners at Vienna City Marathon", core=False,
                note="'42.000' / '42 тыс.'"),
    "OS-T": C("oil-spill-galicia", 340, "measure", "t", "fuel oil spilled off A Coruña",
              note="first in Spanish"),
    "OS-KM": C("oil-spill-galicia", 60, "measure", "km", "coastline affected by Galicia fuel spill", core=False,
               note="'about 60 km'"),
    "OS-KM2": C("oil-spill-galicia", 90, "measure", "km", "coastline affected by Galicia fuel spill", core=False,
                variant_of="OS-KM", note="mutation: updated extent 60 -> 90 km"),
})
