#!/usr/bin/env python3
"""Independent checker for heldout3: re-reads feeds.yaml, feeds/*.xml and labels/*.csv
(it does not import build.py or the source texts) and checks their consistency.
Exit 0 = OK."""
import csv, os, re, sys
import xml.etree.ElementTree as ET
from collections import defaultdict, Counter
from datetime import datetime, timezone, timedelta
from email.utils import parsedate_to_datetime
import html as htmlmod

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []
def err(m):
    errors.append(m)

# ------------------------------------------------------------------ number words (own list)
NUMWORDS = {
 'en': 'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion bn dozen dozens half first second third fourth fifth twice',
 'de': 'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert hunderte tausend tausende million millionen milliarde milliarden mio mrd dutzend dutzende halb halbe erste ersten erster zweite zweiten dritte dritten dreihundert zweihundert',
 'fr': 'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent cents mille million millions milliard milliards dizaine dizaines centaine centaines milliers premier première deuxième troisième demi demie',
 'es': 'dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta cincuenta cien ciento mil millón millones decenas centenares cientos miles primer primera primero tercer tercera medio doscientos trescientos',
 'it': 'due tre quattro cinque sette otto nove dieci undici dodici quindici venti trenta quaranta cinquanta cento mille mila milione milioni miliardo miliardi decine centinaia migliaia primo terzo terza mezzo duecento trecento',
 'pt': 'dois duas três quatro cinco seis sete oito nove dez onze doze quinze vinte trinta quarenta cinquenta cem mil milhão milhões centenas milhares dezenas primeiro primeira terceiro duzentos trezentos',
 'nl': 'twee drie vier vijf zes zeven acht negen tien elf twaalf vijftien twintig dertig veertig vijftig honderd honderden duizend duizenden miljoen miljard tientallen eerste tweede derde half halve driehonderd tweehonderd',
 'pl': 'dwa dwie dwóch dwoje dwojga troje trzy trzech cztery czterech pięć pięciu sześć siedem osiem dziewięć dziesięć jedenaście dwanaście dwadzieścia trzydzieści sto stu tysiąc tysiące tysięcy tys milion miliony milionów mln miliard mld dziesiątki setki setkach kilkunastu kilkanaście kilkaset pierwszy pierwsza pierwszą drugi druga trzeci pół dwustu trzystu',
 'ru': 'два две двух три трёх трех четыре пять шесть семь восемь девять десять двенадцать двадцать тридцать сто тысяча тысячи тысяч тыс миллион миллиона миллионов млн миллиард млрд десятки сотни первый первая первые второй третий полтора двое трое пятеро',
 'uk': "два дві двох три трьох чотири п'ять п’ять шість сім вісім дев'ять дев’ять десять дванадцять двадцять тридцять сто тисяча тисячі тисяч тис мільйон мільйона мільйонів млн мільярд млрд десятки сотні перший перша другий третій пів двоє троє семеро шестеро",
}
SPELLED = {  # values of spelled numbers used in count surfaces
 'two': 2, 'three': 3, 'four': 4, 'seven': 7, 'eight': 8, 'nine': 9, 'twelve': 12, 'nineteen': 19, 'seventy': 70,
 'zwei': 2, 'drei': 3, 'sieben': 7, 'deux': 2, 'quatre': 4, 'neuf': 9, 'dos': 2, 'cuatro': 4, 'due': 2, 'nove': 9, 'dodici': 12,
 'três': 3, 'quatro': 4, 'siedem': 7, 'trzech': 3, 'cztery': 4, 'troje': 3, 'dwojga': 2, 'семеро': 7, 'троє': 3, 'двоє': 2,
 'дев’ять': 9, "дев'ять": 9,
}
SCALE_WORDS = [(1e9, r'mil milh[õo]es|mil millones|mld|mrd|bn|billion|miliard\w*|miljard\w*|milliard\w*|млрд'),
               (1e6, r'mln|mio|million\w*|millón|millones|milion\w*|miljoen|milh[ãõ][oe]s?|млн|мільйон\w*|миллион\w*|m'),
               (1e3, r'tys|тыс\w*|тис\w*|mil|mila|k|tausend|thousand')]

def num_of(surface, lang, unit, kind):
    m = re.search(r'\d+(?:[.,\u00a0\u202f ]\d+)*', surface)
    if not m:
        words = re.findall(r"[\w’']+", surface.lower())
        val, cur, seen = 0, 0, False
        for w in words:
            if w in SPELLED:
                cur += SPELLED[w]; seen = True
            elif w in ('million', 'millionen', 'millones', 'milioni'):
                cur = (cur or 1) * 1e6; seen = True
            elif w in ('times', 'millones'):
                pass
        return (val + cur) if seen else None
    tok = m.group(0)
    groups = re.split(r'[.,\u00a0\u202f ]', tok)
    seps = re.findall(r'[.,\u00a0\u202f ]', tok)
    s = groups[0]
    for sep, g in zip(seps, groups[1:]):
        if sep in '\u00a0\u202f ':
            s += g
        elif lang == 'en':
            s += g if sep == ',' else '.' + g
        else:
            s += g if (sep == '.' and len(g) == 3) else '.' + g
    v = float(s)
    rest = surface[m.end():].strip().lower()
    for mult, pat in SCALE_WORDS:
        mm = re.match(r'(?:' + pat + r')(?!\w)', rest)
        if mm:
            if mm.group(0) == 'm' and kind != 'money':
                continue
            v *= mult
            break
    if unit == 'MW' and 'GW' in surface:
        v *= 1000
    return v

# ------------------------------------------------------------------ feeds
def read_yaml(path):
    feeds, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip()
        m = re.match(r'\s*-\s*name:\s*(.*)$', line)
        if m:
            cur = {'name': m.group(1).strip().strip('"').replace('\\"', '"')}
            feeds.append(cur)
            continue
        m = re.match(r'\s+(url|language):\s*(.*)$', line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2).strip()
    return feeds

A = '{http://www.w3.org/2005/Atom}'
def strip_tags(s):
    return re.sub(r'<[^>]+>', '', s or '')

feeds = read_yaml(os.path.join(ROOT, 'feeds.yaml'))
feed_items = {}  # guid -> dict
orders = {}
for f in feeds:
    path = os.path.join(ROOT, f['url'])
    if not os.path.exists(path):
        err('missing feed ' + path); continue
    tree = ET.parse(path).getroot()
    seq = []
    if tree.tag == 'rss':
        for it in tree.iter('item'):
            title = it.findtext('title') or ''
            desc = it.findtext('description') or ''
            guid = it.findtext('guid')
            dt = parsedate_to_datetime(it.findtext('pubDate'))
            if dt.tzinfo is None:
                err('pubDate without zone ' + guid)
            seq.append((guid, title, htmlmod.unescape(strip_tags(desc)) if '<' in desc else desc, dt.astimezone(timezone.utc), it.findtext('link')))
    else:
        for e in tree.iter(A + 'entry'):
            title = e.findtext(A + 'title') or ''
            summ = e.find(A + 'summary')
            text = summ.text or ''
            if summ.get('type') == 'html':
                text = htmlmod.unescape(strip_tags(text))
            guid = e.findtext(A + 'id')
            ds = e.findtext(A + 'published')
            dt = datetime.fromisoformat(ds.replace('Z', '+00:00'))
            seq.append((guid, title, text, dt.astimezone(timezone.utc), e.find(A + 'link').get('href')))
    ts = [s[3] for s in seq]
    if ts == sorted(ts, reverse=True):
        orders[f['name']] = 'newest-first'
    elif ts == sorted(ts):
        orders[f['name']] = 'oldest-first'
    else:
        orders[f['name']] = 'shuffled'
    for guid, title, text, dt, link in seq:
        if guid in feed_items:
            err('guid twice in feeds ' + guid)
        if not link:
            err('no link ' + guid)
        feed_items[guid] = dict(outlet=f['name'], lang=f['language'], title=title, summary=text, utc=dt)

def rcsv(name):
    with open(os.path.join(ROOT, 'labels', name), encoding='utf-8', newline='') as fh:
        return list(csv.DictReader(fh))

items = {r['guid']: r for r in rcsv('items.csv')}
if set(items) != set(feed_items):
    err('items.csv and feeds differ: %s / %s' % (set(items) - set(feed_items), set(feed_items) - set(items)))
seen_t = Counter()
for g, r in items.items():
    fi = feed_items.get(g)
    if not fi:
        continue
    if r['outlet'] != fi['outlet'] or r['language'] != fi['lang']:
        err('outlet/lang mismatch ' + g)
    if not re.fullmatch(r'2026-09-\d\dT\d\d:\d\d:00Z', r['published_at_utc']):
        err('bad time format ' + g)
    if fi['utc'].strftime('%Y-%m-%dT%H:%M:%SZ') != r['published_at_utc']:
        err('time mismatch %s %s %s' % (g, fi['utc'], r['published_at_utc']))
    seen_t[r['published_at_utc']] += 1
for t, n in seen_t.items():
    if n > 1:
        err('time not unique ' + t)

# ------------------------------------------------------------------ counts / noncounts coverage
counts = rcsv('counts.csv')
nonc = rcsv('noncounts.csv')
WHY = {'duration', 'age', 'date', 'time', 'ordinal', 'year', 'race_time', 'margin', 'score', 'vague'}
labels = defaultdict(list)
for r in counts:
    labels[(r['guid'], r['field'])].append(r['surface'])
    if r['kind'] not in ('count', 'money', 'percent', 'measure'):
        err('bad kind ' + str(r))
    if r['kind'] == 'percent' and r['unit'] != '%':
        err('percent unit ' + str(r))
    if r['kind'] == 'money' and not re.fullmatch(r'[A-Z]{3}', r['unit']):
        err('money unit ' + str(r))
    if r['kind'] == 'count' and r['unit']:
        err('count with unit ' + str(r))
    if r['guid'] in items:
        v = num_of(r['surface'], items[r['guid']]['language'], r['unit'], r['kind'])
        if v is None or abs(v - float(r['value'])) > 1e-6 * max(1.0, abs(float(r['value']))):
            err('value %r parsed as %r, labelled %s (%s)' % (r['surface'], v, r['value'], r['guid']))
for r in nonc:
    labels[(r['guid'], r['field'])].append(r['surface'])
    if r['why'] not in WHY:
        err('bad why ' + str(r))
wre = {l: re.compile(r'(?<![\w’\'])(' + '|'.join(sorted(map(re.escape, ws.split()), key=len, reverse=True)) + r')(?![\w’\'])', re.I)
       for l, ws in NUMWORDS.items()}
n_labels = 0
for g, fi in feed_items.items():
    for field in ('title', 'summary'):
        text = fi[field]
        cov = [False] * len(text)
        sl = labels.get((g, field), [])
        for surf, n in Counter(sl).items():
            occ = [m.start() for m in re.finditer(re.escape(surf), text)]
            if len(occ) < n:
                err('surface %r labelled %d times, found %d in %s %s' % (surf, n, len(occ), g, field))
            for o in occ:
                for i in range(o, o + len(surf)):
                    cov[i] = True
            n_labels += n
        for i, ch in enumerate(text):
            if ch.isdigit() and not cov[i]:
                err('unlabelled digit in %s %s: %r' % (g, field, text[max(0, i - 20):i + 20]))
                break
        for m in wre[fi['lang']].finditer(text):
            if not all(cov[m.start():m.end()]):
                err('unlabelled number word %r in %s %s' % (m.group(0), g, field))

# ------------------------------------------------------------------ claims
claims = {r['claim_id']: r for r in rcsv('claims.csv')}
sig_rows = defaultdict(list)
for r in counts:
    if r['guid'] not in items:
        continue
    sig = (items[r['guid']]['story'], r['subject'], float(r['value']))
    sig_rows[sig].append(r)
claim_sig = {}
claim_guids = defaultdict(set)
for sig, rows in sig_rows.items():
    guids = set(r['guid'] for r in rows)
    ids = set(r['claim_id'] for r in rows)
    if len(guids) >= 2:
        if len(ids) != 1 or '' in ids:
            err('repeated figure without a single claim id: %s %s' % (sig, ids))
            continue
    else:
        if ids != {''}:
            err('claim id on a single-article figure: %s %s' % (sig, ids))
        continue
    cid = ids.pop()
    if cid in claim_sig:
        err('claim id %s used for two signatures' % cid)
    claim_sig[cid] = sig
    claim_guids[cid] = guids
if set(claim_sig) != set(claims):
    err('claims.csv ids differ from counts: %s' % (set(claim_sig) ^ set(claims)))
def T(g):
    return items[g]['published_at_utc']
for cid, r in claims.items():
    if cid not in claim_guids:
        continue
    gs = sorted(claim_guids[cid], key=T)
    if r['first_guid'] != gs[0] or r['first_outlet'] != items[gs[0]]['outlet']:
        err('first publisher wrong for ' + cid)
    sig = claim_sig[cid]
    if float(r['value']) != sig[2] or r['subject'] != sig[1]:
        err('claim value/subject mismatch ' + cid)
    if r['variant_of']:
        v = r['variant_of']
        if v not in claim_sig:
            err('variant_of unknown ' + cid)
        elif claim_sig[v][0] != sig[0] or not T(gs[0]) > min(T(g) for g in claim_guids[v]):
            err('variant not in same story or not later ' + cid)
        elif claim_sig[v][1] != sig[1]:
            err('variant with different subject ' + cid)

# ------------------------------------------------------------------ spread
spread = defaultdict(list)
for r in rcsv('spread.csv'):
    spread[r['claim_id']].append(r)
for cid, gs in claim_guids.items():
    exp, seen = [], set()
    for g in sorted(gs, key=T):
        o = items[g]['outlet']
        if o in seen:
            continue
        seen.add(o)
        exp.append((str(len(exp) + 1), o, g, T(g)))
    got = [(r['rank'], r['outlet'], r['guid'], r['published_at_utc']) for r in spread.get(cid, [])]
    if got != exp:
        err('spread wrong for %s' % cid)
if set(spread) - set(claim_guids):
    err('spread has unknown claims')

# ------------------------------------------------------------------ duplicates
dups = rcsv('duplicates.csv')
WIRE = {'Vesta Wire', 'Vesta Noticias'}
for r in dups:
    d, o = r['guid'], r['duplicate_of_guid']
    if d not in items or o not in items:
        err('duplicate with unknown guid'); continue
    if r['published_at_utc'] != T(d) or r['original_published_at_utc'] != T(o) or not T(d) > T(o):
        err('duplicate times wrong ' + d)
    if items[d]['story'] != items[o]['story']:
        err('duplicate in other story ' + d)
    fd, fo = feed_items[d], feed_items[o]
    if r['type'] == 'repost':
        if fd['outlet'] != fo['outlet'] or fd['title'] != fo['title'] or fd['summary'] != fo['summary']:
            err('repost not identical ' + d)
    elif r['type'] == 'syndication':
        if fd['outlet'] == fo['outlet'] or fo['outlet'] not in WIRE or 'Vesta' not in fd['title'] + fd['summary']:
            err('bad syndication ' + d)
    else:
        err('bad duplicate type ' + d)
# identical texts in one outlet must be labelled reposts
bytext = defaultdict(list)
for g, fi in feed_items.items():
    bytext[(fi['outlet'], fi['title'], fi['summary'])].append(g)
dset = set(r['guid'] for r in dups)
for k, gs in bytext.items():
    if len(gs) > 1:
        gs.sort(key=T)
        for g in gs[1:]:
            if g not in dset:
                err('unlabelled repost ' + g)

# ------------------------------------------------------------------ corpus-level requirements
stories = defaultdict(list)
for g, r in items.items():
    stories[r['story']].append(r)
multi = {s: rs for s, rs in stories.items() if not s.startswith('single-')}
singles = {s: rs for s, rs in stories.items() if s.startswith('single-')}
for s, rs in multi.items():
    if not 3 <= len(rs) <= 14 or len(set(r['language'] for r in rs)) < 2:
        err('story size/languages off: ' + s)
    if len(set(r['theme'] for r in rs)) != 1:
        err('theme not constant in ' + s)
for s, rs in singles.items():
    if len(rs) != 1:
        err('singleton with several items ' + s)
theme_stories = defaultdict(set)
for s, rs in multi.items():
    theme_stories[rs[0]['theme']].add(s)
pairs = sum(len(v) // 2 for v in theme_stories.values() if len(v) >= 2)
wide = 0
for cid, gs in claim_guids.items():
    no = len(set(items[g]['outlet'] for g in gs)); nl = len(set(items[g]['language'] for g in gs))
    if 3 <= no <= 10 and nl >= 3:
        wide += 1
muts = sum(1 for r in claims.values() if r['variant_of'])
langs = set(r['language'] for r in items.values())
ordc = Counter(orders.values())
req = [('items >= 200', len(items) >= 200), ('10 languages', len(langs) == 10), ('outlets >= 13', len(feeds) >= 13),
       ('multi-item stories >= 24', len(multi) >= 24), ('singletons >= 12', len(singles) >= 12),
       ('same-theme pairs >= 8', pairs >= 8), ('claims >= 25', len(claims) >= 25), ('wide claims >= 25', wide >= 25),
       ('mutations >= 8', muts >= 8), ('duplicates >= 10', len(dups) >= 10),
       ('one oldest-first feed', ordc['oldest-first'] >= 1), ('one shuffled feed', ordc['shuffled'] >= 1),
       ('most feeds newest-first', ordc['newest-first'] > len(feeds) / 2)]
for name, ok in req:
    if not ok:
        err('requirement failed: ' + name)

print('items %d, languages %d, outlets %d, multi-item stories %d, singletons %d, same-theme pairs %d' %
      (len(items), len(langs), len(feeds), len(multi), len(singles), pairs))
print('claims %d (wide: %d), mutations %d, duplicates %d, labels checked %d, feed orders %s' %
      (len(claims), wide, muts, len(dups), n_labels, dict(ordc)))
if errors:
    for e in errors[:200]:
        print('ERROR', e)
    print('%d errors' % len(errors))
    sys.exit(1)
print('OK')
