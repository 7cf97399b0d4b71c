"""Shared helpers for build.py and verify.py (stdlib only).

- field_text(): how a title/summary is turned into the labelled text
  (strip HTML tags, then HTML-unescape; XML unescaping is done by the XML parser).
- number-word lexicon per language, used to check that every spelled-out
  number word is covered by a counts/noncounts surface.
- parse_value(): recomputes the normalised value of a counts surface.
"""
import html
import re

TAG_RE = re.compile(r"<[^>]+>")


def field_text(raw):
    return html.unescape(TAG_RE.sub("", raw or ""))


# ---------------------------------------------------------------- number words
# Indefinite articles (a/an, ein/eine, un/une, un/uno/una, um/uma, een) are NOT
# treated as numerals.  Everything below must be covered by a label.
_W = {
    "en": """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
            fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
            eighty ninety hundred hundreds thousand thousands million millions billion billions
            bn dozen dozens score""",
    "de": """zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn
            sechzehn siebzehn achtzehn neunzehn mio mrd million millionen milliarde milliarden
            dutzend dutzende hunderte tausende""",
    "fr": """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
            vingt trente quarante cinquante soixante cent cents mille million millions milliard
            milliards dizaine dizaines douzaine douzaines vingtaine centaine centaines millier milliers""",
    "es": """dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
            dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta
            setenta ochenta noventa cien ciento cientos doscientos trescientos mil millón millones
            decena decenas docena docenas centenar centenares miles""",
    "it": """due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici
            quindici sedici diciassette diciotto diciannove cento mille mila milione milioni
            miliardo miliardi decina decine dozzina dozzine ventina centinaio centinaia migliaia""",
    "pt": """dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quinze
            dezasseis dezesseis dezassete dezoito dezanove vinte trinta quarenta cinquenta sessenta
            setenta oitenta noventa cem cento centenas mil milhão milhões milhar milhares dezena
            dezenas dúzia dúzias""",
    "nl": """twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien
            zestien zeventien achttien negentien miljoen miljoenen miljard miljarden tientallen
            dozijn""",
    "pl": """jeden jedna jedno dwa dwie dwóch dwaj trzy trzech cztery czterech pięć pięciu sześć
            sześciu siedem siedmiu osiem ośmiu dziewięć dziewięciu dziesięć dziesięciu jedenaście
            dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście
            dziewiętnaście dwadzieścia dwudziestu trzydzieści czterdzieści pięćdziesiąt sto stu
            dwieście trzysta tysiąc tysiące tysięcy tys milion miliony milionów mln miliard
            miliardy mld setki setek dziesiątki tuzin""",
    "ru": """один одна одно одного два две двух три трёх трех четыре четырёх пять пяти шесть семь
            восемь девять десять одиннадцать двенадцать тринадцать пятнадцать двадцать двадцати
            тридцать сорок пятьдесят сто двести триста тысяча тысячи тысяч тыс миллион миллиона
            миллионов млн миллиард млрд двое трое четверо пятеро десятки десятков сотни сотен""",
    "uk": """один одна одне одного два дві двох три трьох чотири п’ять шість сім вісім дев’ять
            дев’яти десять одинадцять дванадцять двадцять двадцяти тридцять сорок п’ятдесят сто
            двісті триста тисяча тисячі тисяч тис мільйон мільйона мільйонів млн мільярд млрд
            двоє троє четверо п’ятеро десятки десятків сотні сотень""",
}
WORDS = {lang: set(s.split()) for lang, s in _W.items()}

PATTERNS = {
    "en": [],
    "de": [r".*(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend).*"],
    "fr": [],
    "es": [r"veinti(uno|una|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)"],
    "it": [r"(venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)"
           r"(uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)?"],
    "pt": [],
    "nl": [r".*(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend).*"],
    "pl": [],
    "ru": [],
    "uk": [],
}
TOKEN_RE = re.compile(r"[\w’'ʼ]+")


def number_word_spans(text, lang):
    """(start, end, token) for each token that is a number word in `lang`."""
    out = []
    for m in TOKEN_RE.finditer(text):
        tok = m.group(0).strip("’'ʼ")
        low = tok.lower().replace("'", "’").replace("ʼ", "’")
        if any(ch.isdigit() for ch in low):
            continue  # digits are checked separately
        if low in WORDS[lang] or any(re.fullmatch(p, low) for p in PATTERNS[lang]):
            out.append((m.start(), m.end(), tok))
    return out


def uncovered(text, lang, spans):
    """Digits and number words in `text` not inside any (start, end) span."""
    cov = [False] * len(text)
    for s, e in spans:
        for i in range(s, e):
            cov[i] = True
    bad = []
    for i, ch in enumerate(text):
        if ch.isdigit() and not cov[i]:
            bad.append(("digit", i, text[max(0, i - 15):i + 15]))
    for s, e, tok in number_word_spans(text, lang):
        if not all(cov[s:e]):
            bad.append(("word", s, tok))
    return bad


# --------------------------------------------------------------- value parsing
MULT = [
    (1e9, r"bn|billion|billions|mrd|milliarde|milliarden|milliard|milliards|miliardo|miliardi|"
          r"mld|miliard|miliardy|млрд|миллиард|мільярд|мільярда|мільярдів|miljard|miljarden"),
    (1e6, r"million|millions|millionen|mio|millón|millones|milione|milioni|milhão|milhões|"
          r"miljoen|miljoenen|mln|milion|miliony|milionów|млн|миллион|миллиона|миллионов|"
          r"мільйон|мільйона|мільйонів"),
    (1e3, r"thousand|tausend|mille|mila|mil|tys|tysięcy|тыс|тысяч|тысячи|тис|тисяч|тисячі"),
]

SPELLED = {
    # exact spelled-out surfaces used in this corpus -> value
    "twelve": 12, "dodici": 12, "doze": 12, "twaalf": 12, "двенадцать": 12, "zwölf prozent": 12,
    "dix-neuf": 19, "three": 3, "trois": 3, "drei": 3, "tres": 3, "três": 3, "троє": 3,
    "two": 2, "twee": 2, "dos": 2, "duas": 2, "zwei": 2, "deux": 2, "dwie": 2, "двоє": 2, "дві": 2,
    "nine": 9, "neun": 9, "neuf": 9, "dziewięć": 9, "дев’яти": 9,
    "elf": 11, "four": 4, "vier": 4, "четверо": 4,
    "sette": 7, "quattro": 4, "five": 5, "восемь": 8, "cinco": 5, "siedmiu": 7,
    "twenty-three": 23, "vingt-trois": 23, "veintitrés": 23, "ventitré": 23,
    "dreiundzwanzig": 23, "drieëntwintig": 23, "dwadzieścia trzy": 23, "двадцать три": 23,
    "двадцять три": 23, "двадцяти трьох": 23, "vinte e três": 23,
    "двісті шість": 206, "триста п’ятдесят мільйонів євро": 350_000_000,
}

NUM_RE = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")


def _to_number(s, lang):
    s = s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if lang == "en":
        return float(s.replace(",", ""))
    if "," in s:
        return float(s.replace(".", "").replace(",", "."))
    if "." in s:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
            return float(s.replace(".", ""))
        return float(s)
    return float(s)


def parse_value(surface, lang, kind):
    """Normalised value of a counts surface; ranges give the upper bound."""
    low = surface.lower()
    if not any(ch.isdigit() for ch in low):
        return SPELLED.get(low)
    nums = NUM_RE.findall(low)
    # a trailing separator (e.g. "1.200 ") is not part of the number
    base = _to_number(nums[-1].rstrip(".,  \u00a0"), lang)
    mult = 1.0
    for tok in re.findall(r"[^\W\d_]+", low):
        if tok == "m" and kind != "money":
            continue
        if tok == "m" and kind == "money":
            mult *= 1e6
            continue
        for factor, pat in MULT:
            if re.fullmatch(pat, tok):
                mult *= factor
    return base * mult


def fmt_value(v):
    v = float(v)
    if v.is_integer():
        return str(int(v))
    return ("%.6f" % v).rstrip("0").rstrip(".")
