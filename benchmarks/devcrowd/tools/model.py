"""Registry used by the story modules: outlets, items, stories, core claims, look-alikes."""

# key, name, slug, language, format, utc offset (minutes), order, domain
OUTLETS = [
    ("her", "Northgate Herald", "northgate-herald", "en", "rss", 60, "new", "northgate-herald.example"),
    ("rp", "Rheinpost Aktuell", "rheinpost-aktuell", "de", "atom", 120, "new", "rheinpost-aktuell.example"),
    ("cm", "Le Courrier du Midi", "courrier-du-midi", "fr", "rss", 120, "new", "courrier-du-midi.example"),
    ("vm", "La Voz Meridional", "voz-meridional", "es", "atom", 120, "new", "vozmeridional.example"),
    ("sl", "La Sentinella Lombarda", "sentinella-lombarda", "it", "rss", 120, "shuffle", "sentinella-lombarda.example"),
    ("kn", "Kurier Nadwiślański", "kurier-nadwislanski", "pl", "rss", 120, "old", "kurier-nadwislanski.example"),
    ("vv", "Вечерний Вестник", "vecherniy-vestnik", "ru", "atom", 180, "new", "vecherniy-vestnik.example"),
    ("bo", "Балтийский Обозреватель", "baltiyskiy-obozrevatel", "ru", "rss", 180, "new", "balt-obozrevatel.example"),
    ("sk", "Слобідський Кур’єр", "slobidskyi-kurier", "uk", "rss", 180, "new", "slobidskyi-kurier.example"),
    ("pv", "Причорноморські Вісті", "prychornomorski-visti", "uk", "atom", 180, "new", "pr-visti.example"),
    ("fd", "Folha do Douro", "folha-do-douro", "pt", "rss", 60, "new", "folha-do-douro.example"),
    ("mn", "Maasstad Nieuws", "maasstad-nieuws", "nl", "atom", 120, "old", "maasstad-nieuws.example"),
    ("mw", "Meridian Wire", "meridian-wire", "en", "atom", 0, "new", "meridian-wire.example"),
]
OUTLET = {o[0]: o for o in OUTLETS}

# default subject keys (story modules may override per story)
SUBJ = {
    "k": "people killed",
    "i": "people injured",
    "ev": "people evacuated",
}

STORIES = []      # dicts: id, theme, subj, items
CORE = []         # (claim_id, story, subject_key, value, note, variant_of)
LOOKALIKES = []   # (claim_a, claim_b, text)
PAIRS = []        # same-kind groups of story ids with a label


def A(outlet, t, title, summary=None, k=None, syn=None):
    """An article. t = 'MM-DD HH:MM' in UTC. summary None = no description element."""
    return {"type": "article", "outlet": outlet, "t": t, "title": title, "summary": summary, "key": k, "syn": syn}


def R(orig, t, k=None):
    """Re-post of article `orig` (same outlet, identical title+summary)."""
    return {"type": "repost", "orig": orig, "t": t, "key": k}


def story(sid, theme, items, subj=None, claims=()):
    STORIES.append({"id": sid, "theme": theme, "subj": dict(subj or {}), "items": items})
    for c in claims:
        cid, skey, value, note = c[:4]
        var = c[4] if len(c) > 4 else ""
        CORE.append((cid, sid, skey, value, note, var))


def look(a, b, text):
    LOOKALIKES.append((a, b, text))


def pair(label, *sids):
    PAIRS.append((label, sids))
