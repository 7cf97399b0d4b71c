# Outlet metadata for heldout3 (all outlets invented).
# code: (name, slug, lang, format, utc offset minutes, offset spelling, order, site)
# offset spelling: 'num' = +0200 (RSS) / +02:00 (Atom), 'GMT', 'Z'
OUTLETS = {
    'NB': ('The Northgate Bulletin', 'northgate-bulletin', 'en', 'rss', 60, 'GMT', 'new', 'https://www.northgate-bulletin.example'),
    'AL': ('Atlantic Ledger', 'atlantic-ledger', 'en', 'atom', -180, 'num', 'new', 'https://atlanticledger.example'),
    'MA': ('Mainufer Anzeiger', 'mainufer-anzeiger', 'de', 'rss', 120, 'num', 'new', 'https://www.mainufer-anzeiger.example'),
    'IN': ('Inntaler Nachrichten', 'inntaler-nachrichten', 'de', 'atom', 120, 'num', 'new', 'https://inntaler.example'),
    'ER': ("L'Écho du Rhône", 'echo-du-rhone', 'fr', 'rss', 120, 'num', 'new', 'https://www.echodurhone.example'),
    'DC': ('Diario del Cantábrico', 'diario-del-cantabrico', 'es', 'rss', 120, 'num', 'new', 'https://www.diariodelcantabrico.example'),
    'GL': ('La Gazzetta Lagunare', 'gazzetta-lagunare', 'it', 'atom', 120, 'num', 'shuffle', 'https://gazzettalagunare.example'),
    'VN': ('Vesta Noticias', 'vesta-noticias', 'es', 'atom', 0, 'Z', 'new', 'https://noticias.vestawire.example'),
    'JD': ('Jornal do Douro', 'jornal-do-douro', 'pt', 'rss', 60, 'num', 'new', 'https://www.jornaldodouro.example'),
    'MK': ('De Maaskoerier', 'maaskoerier', 'nl', 'atom', 120, 'num', 'new', 'https://maaskoerier.example'),
    'KW': ('Kurier Wiślany', 'kurier-wislany', 'pl', 'rss', 120, 'num', 'new', 'https://kurierwislany.example'),
    'BO': ('Балтийский обозреватель', 'baltiyskiy-obozrevatel', 'ru', 'rss', 180, 'num', 'new', 'https://baltobozrevatel.example'),
    'VW': ('Vesta Wire', 'vesta-wire', 'en', 'rss', 0, 'num', 'new', 'https://www.vestawire.example'),
    'LK': ("Львівський кур'єр", 'lvivskyi-kurier', 'uk', 'atom', 180, 'num', 'old', 'https://lvivkurier.example'),
}
ORDER = ['NB', 'AL', 'MA', 'IN', 'ER', 'DC', 'GL', 'VN', 'JD', 'MK', 'KW', 'BO', 'VW', 'LK']

# story -> theme (singletons: single-*)
THEMES = {}
