# Small number normaliser and number-word lists for heldout3 (stdlib only).
import re

# Words that count as numbers (coverage check). Value None = vague/ordinal/scale.
WORDS = {
 'en': {'two':2,'three':3,'four':4,'five':5,'six':6,'seven':7,'eight':8,'nine':9,'ten':10,'eleven':11,'twelve':12,
        'thirteen':13,'fourteen':14,'fifteen':15,'nineteen':19,'sixteen':16,'seventeen':17,'eighteen':18,'twenty':20,'thirty':30,'forty':40,'fifty':50,'sixty':60,'seventy':70,'eighty':80,'ninety':90,'hundred':100,'thousand':1000,
        'million':1e6,'billion':1e9,'bn':1e9,'half':0.5,'dozen':12,'dozens':None,'hundreds':None,'thousands':None,'millions':None,
        'first':None,'third':None,'fourth':None,'fifth':None,'twice':None},
 'de': {'zwei':2,'drei':3,'vier':4,'fünf':5,'sechs':6,'sieben':7,'acht':8,'neun':9,'zehn':10,'elf':11,'zwölf':12,
        'zwanzig':20,'dreißig':30,'hundert':100,'tausend':1000,'million':1e6,'millionen':1e6,'milliarde':1e9,'milliarden':1e9,
        'mio':1e6,'mrd':1e9,'dutzend':12,'dutzende':None,'hunderte':None,'tausende':None,'halb':0.5,'halbe':0.5,
        'erste':None,'ersten':None,'erster':None,'zweite':None,'zweiten':None,'dritte':None,'dritten':None,'zweimal':None,
        'dreihundert':300,'zweihundert':200,'vierzig':40,'fünfzig':50},
 'fr': {'deux':2,'trois':3,'quatre':4,'cinq':5,'six':6,'sept':7,'huit':8,'neuf':9,'dix':10,'onze':11,'douze':12,'quinze':15,
        'vingt':20,'trente':30,'quarante':40,'cinquante':50,'cent':100,'cents':100,'mille':1000,'million':1e6,'millions':1e6,
        'milliard':1e9,'milliards':1e9,'dizaine':None,'dizaines':None,'centaine':None,'centaines':None,'milliers':None,
        'premier':None,'première':None,'deuxième':None,'troisième':None,'demi':0.5,'demie':0.5},
 'es': {'dos':2,'tres':3,'cuatro':4,'cinco':5,'seis':6,'siete':7,'ocho':8,'nueve':9,'diez':10,'once':11,'doce':12,
        'quince':15,'veinte':20,'treinta':30,'cuarenta':40,'cincuenta':50,'cien':100,'ciento':100,'mil':1000,'millón':1e6,
        'millones':1e6,'decenas':None,'centenares':None,'cientos':None,'miles':None,'primer':None,'primera':None,
        'primero':None,'tercer':None,'tercera':None,'medio':0.5,'doscientos':200,'trescientos':300},
 'it': {'due':2,'tre':3,'quattro':4,'cinque':5,'sette':7,'otto':8,'nove':9,'dieci':10,'undici':11,'dodici':12,
        'quindici':15,'venti':20,'trenta':30,'quaranta':40,'cinquanta':50,'cento':100,'mille':1000,'mila':1000,
        'milione':1e6,'milioni':1e6,'miliardo':1e9,'miliardi':1e9,'decine':None,'centinaia':None,'migliaia':None,
        'primo':None,'terzo':None,'terza':None,'mezzo':0.5,'duecento':200,'trecento':300},
 'pt': {'dois':2,'duas':2,'três':3,'quatro':4,'cinco':5,'seis':6,'sete':7,'oito':8,'nove':9,'dez':10,'onze':11,'doze':12,
        'quinze':15,'vinte':20,'trinta':30,'quarenta':40,'cinquenta':50,'cem':100,'mil':1000,'milhão':1e6,'milhões':1e6,
        'centenas':None,'milhares':None,'dezenas':None,'primeiro':None,'primeira':None,'terceiro':None,'duzentos':200,'trezentos':300},
 'nl': {'twee':2,'drie':3,'vier':4,'vijf':5,'zes':6,'zeven':7,'acht':8,'negen':9,'tien':10,'elf':11,'twaalf':12,
        'vijftien':15,'twintig':20,'dertig':30,'veertig':40,'vijftig':50,'honderd':100,'duizend':1000,'miljoen':1e6,
        'miljard':1e9,'honderden':None,'duizenden':None,'tientallen':None,'eerste':None,'tweede':None,'derde':None,
        'half':0.5,'halve':0.5,'driehonderd':300,'tweehonderd':200},
 'pl': {'dwa':2,'dwie':2,'dwóch':2,'dwoje':2,'dwojga':2,'troje':3,'kilkunastu':None,'kilkanaście':None,'kilkaset':None,'setkach':None,'setek':None,'tysięcy':1000,'trzy':3,'trzech':3,'cztery':4,'czterech':4,'pięć':5,'pięciu':5,'sześć':6,
        'siedem':7,'osiem':8,'dziewięć':9,'dziesięć':10,'jedenaście':11,'dwanaście':12,'dwadzieścia':20,'trzydzieści':30,
        'sto':100,'stu':100,'tysiąc':1000,'tysiące':1000,'tysięcy':1000,'tys':1000,'milion':1e6,'miliony':1e6,'milionów':1e6,
        'mln':1e6,'miliard':1e9,'mld':1e9,'dziesiątki':None,'setki':None,'pierwszy':None,'pierwsza':None,'pierwszego':None,
        'drugi':None,'druga':None,'trzeci':None,'pół':0.5,'dwustu':200,'trzystu':300},
 'ru': {'два':2,'две':2,'двух':2,'три':3,'трёх':3,'трех':3,'четыре':4,'пять':5,'шесть':6,'семь':7,'восемь':8,'девять':9,
        'десять':10,'двенадцать':12,'двадцать':20,'тридцать':30,'сто':100,'тысяча':1000,'тысячи':1000,'тысяч':1000,
        'тыс':1000,'миллион':1e6,'миллиона':1e6,'миллионов':1e6,'млн':1e6,'миллиард':1e9,'млрд':1e9,'десятки':None,
        'сотни':None,'первый':None,'первая':None,'второй':None,'третий':None,'полтора':1.5,'двое':2,'трое':3,'пятеро':5},
 'uk': {'два':2,'дві':2,'двох':2,'три':3,'трьох':3,'чотири':4,"п'ять":5,'п’ять':5,'шість':6,'сім':7,'вісім':8,
        "дев'ять":9,'дев’ять':9,'десять':10,'дванадцять':12,'двадцять':20,'тридцять':30,'сто':100,'тисяча':1000,
        'тисячі':1000,'тисяч':1000,'тис':1000,'мільйон':1e6,'мільйона':1e6,'мільйонів':1e6,'млн':1e6,'мільярд':1e9,
        'млрд':1e9,'десятки':None,'сотні':None,'перший':None,'перша':None,'другий':None,'третій':None,'пів':0.5,
        'двоє':2,'троє':3,'семеро':7,'дев’ятеро':9,"дев'ятеро":9,'шестеро':6},
}

def word_regex(lang):
    ws = sorted(WORDS[lang], key=len, reverse=True)
    return re.compile(r'(?<![\w’\'])(' + '|'.join(re.escape(w) for w in ws) + r')(?![\w’\'])', re.IGNORECASE)

SCALES = [
    (r'mil milh[õo]es|mil millones', 1e9),
    (r'mld|mrd|bn|billion|miliard\w*|miljard\w*|млрд|milliard\w*|mil milh', 1e9),
    (r'mln|mio|million\w*|millón|millones|milion\w*|miljoen|milh[ãõ][oe]s?|млн|мільйон\w*|миллион\w*|m', 1e6),
    (r'tys|тыс\w*|тис\w*|mil|mila|k|tausend|thousand', 1e3),
]

DIGITS = re.compile(r'\d+(?:[.,\u00a0\u202f ]\d+)*')

def parse_digits(tok, lang):
    parts = re.split(r'([.,\u00a0\u202f ])', tok)
    out = parts[0]
    for i in range(1, len(parts), 2):
        sep, grp = parts[i], parts[i + 1]
        if sep in '\u00a0\u202f ':
            out += grp
        elif sep == ',':
            out += grp if (lang == 'en' and len(grp) == 3) else '.' + grp
        else:  # '.'
            out += '.' + grp if (lang == 'en' or len(grp) != 3) else grp
    return float(out)

def parse_value(surface, lang, unit=''):
    s = surface
    m = DIGITS.search(s)
    if m:
        v = parse_digits(m.group(0), lang)
        rest = s[m.end():].strip().lower()
        before = s[:m.start()]
        for pat, mult in SCALES:
            if re.match(r'(' + pat + r')(?![\w])', rest):
                if pat.endswith('|m') and re.match(r'm(?![\w])', rest) and unit not in ('EUR', 'USD', 'GBP', 'PLN', 'CAD', 'CHF'):
                    continue  # metres etc.
                v *= mult
                break
        if unit == 'MW' and 'GW' in s:
            v *= 1000
        return v
    # spelled out
    toks = re.findall(r"[\w’']+", s.lower())
    total, cur, seen = 0, 0, False
    for t in toks:
        if t not in WORDS[lang] or WORDS[lang][t] is None:
            continue
        val = WORDS[lang][t]
        seen = True
        if val in (1000, 1e6, 1e9) and t not in ('dreihundert',):
            cur = (cur or 1) * val
            total += cur
            cur = 0
        elif val == 100 and cur:
            cur *= 100
        elif val == 0.5:
            cur += 0.5
        else:
            cur += val
    if not seen:
        return None
    return total + cur
