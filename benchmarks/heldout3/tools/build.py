#!/usr/bin/env python3
"""Build heldout3 feeds and labels from tools/source/*.txt (stdlib only).

Source format: items start with
  == o=<CODE> | key=<key> | utc=YYYY-MM-DDTHH:MM | story=<story> [| html=1] [| repost=<key>] [| synd=<key>]
followed by 'T: title' and 'S: summary' lines (a repost copies the original's T/S).
Markup:
  {surface|@CLAIM}                      count belonging to a designed claim (tools/claims.py)
  {surface|value|kind[:unit]|subject}   any other count
  [[surface|why]]                       non-count
  ~ = U+00A0, ^ = U+202F
"""
import csv, glob, html, os, random, re, sys, uuid
from datetime import datetime, timedelta, timezone
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from outlets import OUTLETS, ORDER
from claims import CLAIMS, THEMES
from numparse import word_regex, parse_value

ERR = []
def err(msg):
    ERR.append(msg)

RE_CLAIM = re.compile(r'\{([^{}|]+)\|@([A-Z0-9-]+)\}')
RE_COUNT = re.compile(r'\{([^{}|]+)\|([^{}|]+)\|([a-z]+)(?::([^{}|]*))?\|([^{}|]+)\}')
RE_NON = re.compile(r'\[\[([^\[\]|]+)\|([a-z_]+)\]\]')
WHYS = {'duration', 'age', 'date', 'time', 'ordinal', 'year', 'race_time', 'margin', 'score', 'vague'}
KINDS = {'count', 'money', 'percent', 'measure'}

def sp(s):
    return s.replace('~', '\u00a0').replace('^', '\u202f')

def parse_field(raw):
    """returns (text with tags, list of labels in order)"""
    labels = []
    out = ''
    pos = 0
    pat = re.compile('|'.join(['(' + RE_CLAIM.pattern + ')', '(' + RE_COUNT.pattern + ')', '(' + RE_NON.pattern + ')']))
    for m in pat.finditer(raw):
        out += raw[pos:m.start()]
        tok = m.group(0)
        if RE_CLAIM.fullmatch(tok):
            mm = RE_CLAIM.fullmatch(tok)
            surf, cid = sp(mm.group(1)), mm.group(2)
            if cid not in CLAIMS:
                err('unknown claim ' + cid)
                c = ('', '', 0, 'count', '')
            else:
                c = CLAIMS[cid]
            labels.append(('count', surf, c[2], c[3], c[4], c[1], cid))
        elif RE_COUNT.fullmatch(tok):
            mm = RE_COUNT.fullmatch(tok)
            surf = sp(mm.group(1))
            labels.append(('count', surf, float(mm.group(2)), mm.group(3), mm.group(4) or '', mm.group(5).strip(), ''))
        else:
            mm = RE_NON.fullmatch(tok)
            surf = sp(mm.group(1))
            labels.append(('non', surf, mm.group(2)))
        out += surf
        pos = m.end()
    out += raw[pos:]
    if '{' in out or '}' in out or '[[' in out or '|' in out:
        err('markup left in: ' + out)
    return sp_rest(out), labels

def sp_rest(s):
    return s.replace('~', '\u00a0').replace('^', '\u202f')

def strip_tags(s):
    return re.sub(r'<[^>]+>', '', s)

def fmtval(v):
    v = float(v)
    return str(int(v)) if v == int(v) else repr(v)

# ---------------------------------------------------------------- read sources
items = OrderedDict()
for path in sorted(glob.glob(os.path.join(HERE, 'source', '*.txt'))):
    cur = None
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('== '):
            h = {}
            for part in line[3:].split('|'):
                k, _, v = part.strip().partition('=')
                h[k.strip()] = v.strip()
            key = h['key']
            if key in items:
                err('duplicate key ' + key)
            cur = dict(h, file=os.path.basename(path), T=None, S=None)
            items[key] = cur
        elif line.startswith('T: '):
            cur['T'] = line[3:]
        elif line.startswith('S: '):
            cur['S'] = line[3:]
        else:
            err('%s:%d bad line %r' % (path, ln, line))

for k, it in items.items():
    if it.get('repost'):
        o = items[it['repost']]
        it['T'], it['S'] = o['T'], o['S']
        it['html'] = o.get('html', '')
        if it['story'] != o['story'] or it['o'] != o['o']:
            err('repost mismatch ' + k)
    if not it['T'] or not it['S']:
        err('missing T/S ' + k)

# ---------------------------------------------------------------- derive fields
seq = defaultdict(int)
def mk_guid(code, key, utc):
    seq[code] += 1
    n = seq[code]
    d = utc.strftime('%Y%m%d')
    site = OUTLETS[code][7]
    if code == 'NB':
        return site + '/news/%s/%s' % (utc.strftime('%Y/%m/%d'), key), True
    if code == 'AL':
        return 'tag:atlanticledger.example,%s:news/%s' % (utc.strftime('%Y-%m-%d'), key), False
    if code == 'VW':
        return 'VW-%s-%04d' % (d, 5100 + n), False
    if code == 'VN':
        return 'urn:vesta:es:%d' % (88000 + n * 7), False
    if code == 'MA':
        return site + '/?p=%d' % (41200 + n * 13), True
    if code == 'IN':
        return 'urn:uuid:' + str(uuid.uuid5(uuid.NAMESPACE_URL, 'inntaler/' + key)), False
    if code == 'ER':
        return site + '/actualites/%s' % key, True
    if code == 'DC':
        return 'dcantabrico-%d' % (70300 + n), False
    if code == 'GL':
        return 'tag:gazzettalagunare.example,2026:%s' % key, False
    if code == 'JD':
        return 'jdouro:%d' % (5500 + n * 3), False
    if code == 'MK':
        return site + '/nieuws/%s' % key, True
    if code == 'KW':
        return site + '/wiadomosci/%s,%d.html' % (key, 9000 + n), True
    if code == 'BO':
        return site + '/news/%d' % (31000 + n * 11), True
    if code == 'LK':
        return site + '/novyny/%s' % key, True
    raise KeyError(code)

for k, it in sorted(items.items(), key=lambda kv: kv[1]['utc']):
    it['dt'] = datetime.strptime(it['utc'], '%Y-%m-%dT%H:%M').replace(tzinfo=timezone.utc)
    it['guid'], it['perma'] = mk_guid(it['o'], k, it['dt'])
    it['link'] = it['guid'] if it['perma'] else OUTLETS[it['o']][7] + '/item/' + k
    it['lang'] = OUTLETS[it['o']][2]
    it['outlet'] = OUTLETS[it['o']][0]
    it['Tm'], it['Tl'] = parse_field(it['T'])
    it['Sm'], it['Sl'] = parse_field(it['S'])
    it['Tp'] = strip_tags(it['Tm'])
    it['Sp'] = strip_tags(it['Sm'])
    if it['story'] not in THEMES:
        err('no theme for story ' + it['story'])

times = defaultdict(list)
for k, it in items.items():
    times[it['utc']].append(k)
for t, ks in times.items():
    if len(ks) > 1:
        err('time not unique %s %s' % (t, ks))

# ---------------------------------------------------------------- checks on labels
for k, it in items.items():
    wre = word_regex(it['lang'])
    for field, text, labels in (('title', it['Tp'], it['Tl']), ('summary', it['Sp'], it['Sl'])):
        covered = [False] * len(text)
        for lab in labels:
            surf = lab[1]
            if surf not in text:
                err('%s %s surface not in text: %r' % (k, field, surf))
                continue
            for m in re.finditer(re.escape(surf), text):
                for i in range(m.start(), m.end()):
                    covered[i] = True
            if lab[0] == 'count':
                kind, unit = lab[3], lab[4]
                if kind not in KINDS:
                    err('%s bad kind %s' % (k, kind))
                if kind == 'percent' and unit != '%':
                    err('%s percent unit' % k)
                if kind == 'money' and not re.fullmatch(r'[A-Z]{3}', unit):
                    err('%s money unit %r' % (k, unit))
                if kind == 'count' and unit:
                    err('%s count with unit' % k)
                if kind == 'measure' and not unit:
                    err('%s measure without unit' % k)
                pv = parse_value(surf, it['lang'], unit)
                if pv is None or abs(pv - lab[2]) > 1e-6 * max(1, abs(lab[2])):
                    err('%s %s value mismatch %r parsed %r labelled %r' % (k, field, surf, pv, lab[2]))
            else:
                if lab[2] not in WHYS:
                    err('%s bad why %s' % (k, lab[2]))
        for i, ch in enumerate(text):
            if ch.isdigit() and not covered[i]:
                err('%s %s unlabelled digit at %d: %r' % (k, field, i, text))
                break
        for m in wre.finditer(text):
            if not all(covered[m.start():m.end()]):
                err('%s %s unlabelled number word %r' % (k, field, m.group(0)))

# ---------------------------------------------------------------- claims
occ = defaultdict(list)  # (story, subject, value, kind, unit) -> [(key, claim)]
for k, it in items.items():
    for lab in it['Tl'] + it['Sl']:
        if lab[0] != 'count':
            continue
        occ[(it['story'], lab[5], lab[2], lab[3], lab[4])].append((k, lab[6]))
for cid, c in CLAIMS.items():
    pass

claim_items = defaultdict(set)
auto = {}
n_auto = 0
for sig, lst in sorted(occ.items(), key=lambda kv: min(items[k]['utc'] for k, _ in kv[1])):
    cids = set(c for _, c in lst)
    keys = set(k for k, _ in lst)
    if len(cids) > 1 or (cids != {''} and '' in cids):
        err('mixed claim ids for %s: %s' % (sig, cids))
        continue
    cid = cids.pop()
    if cid:
        c = CLAIMS[cid]
        if (c[0], c[1], c[2]) != sig[:3]:
            err('claim %s signature mismatch %s' % (cid, sig))
        if len(keys) < 2:
            err('claim %s in only %d article' % (cid, len(keys)))
        claim_items[cid] |= keys
    elif len(keys) >= 2:
        n_auto += 1
        cid = 'X%02d' % n_auto
        auto[cid] = (sig[0], sig[1], sig[2], sig[3], sig[4], '', '[minor] repeated figure detected by build.py')
        claim_items[cid] |= keys
        for k in keys:
            for lst2 in (items[k]['Tl'], items[k]['Sl']):
                for i, lab in enumerate(lst2):
                    if lab[0] == 'count' and (items[k]['story'], lab[5], lab[2], lab[3], lab[4]) == sig:
                        lst2[i] = lab[:6] + (cid,)
for cid in CLAIMS:
    if cid not in claim_items:
        err('claim %s unused' % cid)
ALLC = dict(CLAIMS)
ALLC.update(auto)

# near-miss warning: same story, value, kind in >=2 articles under different subjects
byval = defaultdict(set)
for sig, lst in occ.items():
    byval[(sig[0], sig[2], sig[3], sig[4])].add(sig[1])
for kk, subs in byval.items():
    if len(subs) > 1:
        print('WARN same value, different subjects:', kk, subs)

for cid, c in ALLC.items():
    if c[5]:
        if c[5] not in ALLC:
            err('variant_of unknown ' + cid)
        else:
            t0 = min(items[k]['utc'] for k in claim_items[c[5]])
            t1 = min(items[k]['utc'] for k in claim_items[cid])
            if ALLC[c[5]][0] != c[0] or not t1 > t0:
                err('variant %s not later/same story' % cid)

# ---------------------------------------------------------------- duplicates
dups = []
for k, it in items.items():
    if it.get('repost'):
        o = items[it['repost']]
        if not it['utc'] > o['utc']:
            err('repost earlier ' + k)
        dups.append((it, o, 'repost'))
    if it.get('synd'):
        o = items[it['synd']]
        if o['o'] not in ('VW', 'VN') or it['o'] == o['o']:
            err('synd source not wire ' + k)
        if not it['utc'] > o['utc']:
            err('synd earlier ' + k)
        if not re.search(r'Vesta', it['Tp'] + it['Sp']):
            err('synd without credit ' + k)
        if it['story'] != o['story']:
            err('synd story ' + k)
        cs1 = sorted(set(l[6] for l in it['Tl'] + it['Sl'] if l[0] == 'count'))
        cs2 = sorted(set(l[6] for l in o['Tl'] + o['Sl'] if l[0] == 'count'))
        if cs1 != cs2:
            err('synd claims differ %s %s %s' % (k, cs1, cs2))
        dups.append((it, o, 'syndication'))

if ERR:
    for e in ERR:
        print('ERROR', e)
    print(len(ERR), 'errors; nothing written')
    sys.exit(1)

# ---------------------------------------------------------------- write feeds
def local(it):
    off = OUTLETS[it['o']][4]
    return it['dt'] + timedelta(minutes=off), off

def rfc822(it):
    lt, off = local(it)
    style = OUTLETS[it['o']][5]
    z = 'GMT' if style == 'GMT' else '%s%02d%02d' % ('+' if off >= 0 else '-', abs(off) // 60, abs(off) % 60)
    if style == 'GMT':
        lt = it['dt']
    return lt.strftime('%a, %d %b %Y %H:%M:%S ') + z

def iso(it):
    lt, off = local(it)
    style = OUTLETS[it['o']][5]
    if style == 'Z':
        return it['dt'].strftime('%Y-%m-%dT%H:%M:%SZ')
    return lt.strftime('%Y-%m-%dT%H:%M:%S') + '%s%02d:%02d' % ('+' if off >= 0 else '-', abs(off) // 60, abs(off) % 60)

def esc(s):
    return html.escape(s, quote=False)

os.makedirs(os.path.join(ROOT, 'feeds'), exist_ok=True)
os.makedirs(os.path.join(ROOT, 'labels'), exist_ok=True)
yaml = ['feeds:']
for code in ORDER:
    name, slug, lang, fmt, off, style, order, site = OUTLETS[code]
    its = [it for it in items.values() if it['o'] == code]
    its.sort(key=lambda it: it['utc'], reverse=(order != 'old'))
    if order == 'shuffle':
        random.Random(2026).shuffle(its)
    yaml.append('  - name: "%s"\n    url: feeds/%s.xml\n    language: %s' % (name.replace('"', '\\"'), slug, lang))
    L = ['<?xml version="1.0" encoding="utf-8"?>']
    if fmt == 'rss':
        L.append('<rss version="2.0">\n<channel>')
        L.append('<title>%s</title>\n<link>%s/</link>\n<description>%s</description>\n<language>%s</language>' % (esc(name), site, esc(name), lang))
        for it in its:
            L.append('<item>')
            L.append('  <title>%s</title>' % esc(it['Tm']))
            L.append('  <link>%s</link>' % esc(it['link']))
            if it.get('html'):
                L.append('  <description><![CDATA[%s]]></description>' % it['Sm'])
            else:
                L.append('  <description>%s</description>' % esc(it['Sm']))
            L.append('  <guid isPermaLink="%s">%s</guid>' % ('true' if it['perma'] else 'false', esc(it['guid'])))
            L.append('  <pubDate>%s</pubDate>' % rfc822(it))
            L.append('</item>')
        L.append('</channel>\n</rss>')
    else:
        L.append('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="%s">' % lang)
        L.append('  <title>%s</title>\n  <id>%s/</id>\n  <link href="%s/"/>\n  <updated>%s</updated>' % (esc(name), site, site, iso(max(its, key=lambda i: i['utc']))))
        for it in its:
            L.append('  <entry>')
            L.append('    <title>%s</title>' % esc(it['Tm']))
            L.append('    <link href="%s"/>' % esc(it['link']))
            L.append('    <id>%s</id>' % esc(it['guid']))
            L.append('    <published>%s</published>' % iso(it))
            L.append('    <updated>%s</updated>' % iso(it))
            L.append('    <summary type="%s">%s</summary>' % ('html' if it.get('html') else 'text', esc(it['Sm'])))
            L.append('  </entry>')
        L.append('</feed>')
    with open(os.path.join(ROOT, 'feeds', slug + '.xml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')
with open(os.path.join(ROOT, 'feeds.yaml'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(yaml) + '\n')

# ---------------------------------------------------------------- write labels
def Z(it):
    return it['dt'].strftime('%Y-%m-%dT%H:%M:%SZ')

def w(name, header, rows):
    with open(os.path.join(ROOT, 'labels', name), 'w', encoding='utf-8', newline='') as f:
        cw = csv.writer(f, lineterminator='\n')
        cw.writerow(header)
        cw.writerows(rows)

srt = sorted(items.values(), key=lambda it: it['utc'])
w('items.csv', ['guid', 'outlet', 'language', 'published_at_utc', 'story', 'theme'],
  [[it['guid'], it['outlet'], it['lang'], Z(it), it['story'], THEMES[it['story']]] for it in srt])
crow, nrow = [], []
for it in srt:
    for field, labels in (('title', it['Tl']), ('summary', it['Sl'])):
        for lab in labels:
            if lab[0] == 'count':
                crow.append([it['guid'], field, lab[1], fmtval(lab[2]), lab[3], lab[4], lab[5], lab[6]])
            else:
                nrow.append([it['guid'], field, lab[1], lab[2]])
w('counts.csv', ['guid', 'field', 'surface', 'value', 'kind', 'unit', 'subject', 'claim_id'], crow)
w('noncounts.csv', ['guid', 'field', 'surface', 'why'], nrow)
cl, spr = [], []
def cidkey(c):
    return (c.startswith('X'), c)
for cid in sorted(ALLC, key=cidkey):
    c = ALLC[cid]
    its = sorted((items[k] for k in claim_items[cid]), key=lambda it: it['utc'])
    first = its[0]
    nout = len(set(i['o'] for i in its))
    nlang = len(set(i['lang'] for i in its))
    note = '%s (%d articles, %d outlets, %d languages)' % (c[6], len(its), nout, nlang)
    cl.append([cid, fmtval(c[2]), c[1], first['outlet'], first['guid'], c[5], note])
    seen = set()
    r = 0
    for i in its:
        if i['o'] in seen:
            continue
        seen.add(i['o'])
        r += 1
        spr.append([cid, r, i['outlet'], i['guid'], Z(i)])
w('claims.csv', ['claim_id', 'value', 'subject', 'first_outlet', 'first_guid', 'variant_of', 'note'], cl)
w('spread.csv', ['claim_id', 'rank', 'outlet', 'guid', 'published_at_utc'], spr)
w('duplicates.csv', ['guid', 'duplicate_of_guid', 'type', 'published_at_utc', 'original_published_at_utc'],
  [[d['guid'], o['guid'], t, Z(d), Z(o)] for d, o, t in sorted(dups, key=lambda x: x[0]['utc'])])

# ---------------------------------------------------------------- summary
stories = defaultdict(list)
for it in items.values():
    stories[it['story']].append(it)
multi = [s for s in stories if not s.startswith('single-')]
print('items', len(items), 'languages', len(set(i['lang'] for i in items.values())),
      'outlets', len(set(i['o'] for i in items.values())))
print('multi stories', len(multi), 'singletons', len(stories) - len(multi))
print('claims', len(ALLC), 'auto', len(auto), 'mutations', sum(1 for c in ALLC.values() if c[5]), 'duplicates', len(dups))
wide = 0
for cid in ALLC:
    its = [items[k] for k in claim_items[cid]]
    no, nl = len(set(i['o'] for i in its)), len(set(i['lang'] for i in its))
    if no >= 3 and nl >= 3:
        wide += 1
print('claims over >=3 outlets and >=3 languages:', wide)
for s in sorted(multi):
    its = stories[s]
    print('  %-28s %2d items %d langs' % (s, len(its), len(set(i['lang'] for i in its))))
from collections import Counter
print(Counter(i['lang'] for i in items.values()))
print(Counter(i['o'] for i in items.values()))
