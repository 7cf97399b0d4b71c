"""Shared helpers for devcrowd build.py and verify.py (stdlib only)."""
import html
import re

LANGS = ["en", "de", "fr", "es", "it", "pl", "ru", "uk", "pt", "nl"]
NONCOUNT_WHY = {"duration", "age", "date", "time", "ordinal", "year", "race_time", "margin", "vague", "score"}
KINDS = {"count", "percent", "money", "measure"}
CURRENCIES = {"EUR", "PLN", "UAH", "RUB", "USD", "GBP"}
WIRE_CREDIT = "(Meridian Wire)"


def clean(text):
    """Field text as the tool compares it."""
    return html.unescape(re.sub(r"<[^>]+>", "", text or ""))


# Per-language number-word lexicon (cardinals, magnitude words, dozen/vague words).
# Indefinite articles are deliberately absent.
_LEX = {
    "en": """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
        thousand thousands million millions billion billions bn mn dozen dozens score""",
    "de": """eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn zwanzig dreißig vierzig
        fünfzig hundert hunderte tausend tausende million millionen milliarde milliarden mio mrd dutzend
        dutzende""",
    "fr": """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente
        quarante cinquante soixante cent cents centaines mille milliers million millions milliard milliards
        douzaine douzaines dizaines""",
    "es": """dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince veinte treinta
        cuarenta cincuenta cien ciento cientos centenares mil miles millón millones docena docenas decenas""",
    "it": """due tre quattro cinque sei sette otto nove dieci undici dodici tredici venti trenta quaranta
        cinquanta cento mille mila tremila duemila milione milioni miliardo miliardi dozzina decine centinaia
        migliaia""",
    "pl": """jeden jedna jedno dwa dwie dwóch dwoje dwóm trzy trzech troje cztery czterech pięć pięciu sześć
        sześciu siedem siedmiu osiem ośmiu dziewięć dziewięciu dziesięć dziesięciu jedenaście dwanaście
        dwunastu dwadzieścia trzydzieści sto stu tysiąc tysiące tysięcy tys mln mld milion miliony milionów
        miliard miliardy miliardów dziesiątki setki tuzin""",
    "ru": """один одна одно два две двое двух три трое трёх четыре четверо пять пятеро шесть шестеро семь
        семеро восемь девять десять одиннадцать двенадцать двадцать тридцать сорок пятьдесят сто тысяча
        тысячи тысяч тыс семи девяти двенадцати трех трёх млн млрд миллион миллиона миллионов миллиард миллиарда десятки сотни дюжина""",
    "uk": """один одна одне два дві двоє двох три троє трьох чотири четверо п'ять п’ять п'ятеро п’ятеро п'яти п’яти шість
        шестеро сім семеро вісім дев'ять дев’ять десять одинадцять дванадцять двадцять тридцять сорок сто
        тисяча тисячі тисяч тис семи дев'яти дев’яти дванадцяти трьох млн млрд мільйон мільйона мільйонів мільярд мільярда десятки сотні""",
    "pt": """dois duas três quatro cinco seis sete oito nove dez onze doze treze vinte trinta quarenta
        cinquenta cem cento centenas mil milhares milhão milhões bilião mil dezenas dúzia""",
    "nl": """twee drie vier vijf zes zeven acht negen tien elf twaalf dertien twintig dertig veertig vijftig
        honderd honderden duizend duizenden miljoen miljoenen miljard miljarden dozijn tientallen""",
}
LEXICON = {k: set(v.split()) for k, v in _LEX.items()}

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
BOUND_L = r"(?<![\w])"
BOUND_R = r"(?![\w])"


def number_positions(text, lang):
    """Positions (start, end, token) of digits and lexicon number words."""
    out = []
    for m in re.finditer(r"\d", text):
        out.append((m.start(), m.end(), m.group()))
    lex = LEXICON[lang]
    for m in WORD_RE.finditer(text):
        if m.group().lower() in lex:
            out.append((m.start(), m.end(), m.group()))
    return out


def find_surface(text, surface):
    """All occurrences of surface in text with word-ish boundaries."""
    # boundaries only where the surface edge is alphanumeric
    left = BOUND_L if surface[:1].isalnum() else ""
    right = BOUND_R if surface[-1:].isalnum() else ""
    pat = re.compile(left + re.escape(surface) + right)
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def fmt_value(v):
    if isinstance(v, str):
        v = float(v)
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


def slug(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")
