#!/usr/bin/env python3
"""Sanity checks for a synthetic set's gold.json: JSON parses, evidence is verbatim in the
article's visible text, names are canonical, ids are consistent with the
"When two claims are the same" rules of shared/spec/claims.md.

Usage: check_gold.py SET_FOLDER   (e.g. Evaluation/synthetic/heldout3)"""
import json, os, re, sys, datetime as dt
from html.parser import HTMLParser

if len(sys.argv) != 2:
    sys.exit(__doc__)
HERE = os.path.abspath(sys.argv[1])
# ../shared beside the repository, as CI and the corpus tests expect it.
SPEC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'spec')

def canon(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        cols = line.rstrip('\n').split('\t')
        out[cols[0]] = cols[1:]
    return out

ACTORS = canon(os.path.join(SPEC, 'actors.tsv'))
PLACES = canon(os.path.join(SPEC, 'places.tsv'))
REGIONS = {k for k, v in PLACES.items() if not (v and v[0].startswith('@'))}
SETTLEMENTS = {k: v[0][1:] for k, v in PLACES.items() if v and v[0].startswith('@')}

class Visible(HTMLParser):
    SKIP = {'script', 'style', 'head', 'title'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        elif tag in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'br', 'footer', 'header', 'aside', 'nav'): self.parts.append('\n')
    def handle_endtag(self, tag):
        if tag in self.SKIP: self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def visible_text(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        v = Visible(); v.feed(raw); return ''.join(v.parts)
    if path.endswith('.json'):
        rec = json.loads(raw)
        # A scraper's export: its text fields (other keys — outlet, author, lang — may come along).
        assert {'title', 'text'} <= set(rec), rec.keys()
        return rec['title'] + '\n' + rec['text']
    return raw

ws = lambda s: re.sub(r'\s+', ' ', s).strip()
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))

gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
assert set(gold) == {'corpus', 'spec', 'stream_order', 'articles'}
arts = {a['file']: a for a in gold['articles']}
if sorted(gold['stream_order']) != sorted(arts): err('stream_order does not list every file once')
if sorted(os.listdir(os.path.join(HERE, 'articles'))) != sorted(arts): err('articles/ and gold files differ')
pubs = [arts[f]['published'] for f in gold['stream_order']]
if pubs != sorted(pubs): err('stream_order not in publication order')

langs = {}
for a in gold['articles']:
    assert set(a) == {'file', 'published', 'outlet', 'lang', 'claims'}, a.keys()
    dt.date.fromisoformat(a['published'])
    langs[a['lang']] = langs.get(a['lang'], 0) + 1
    text = visible_text(os.path.join(HERE, 'articles', a['file']))
    nwords = len(text.split())
    if not 150 <= nwords <= 600: err(a['file'], 'word count', nwords)
    ids_here = [c['id'] for c in a['claims']]
    if len(ids_here) != len(set(ids_here)): err(a['file'], 'same id twice in one article')
    for c in a['claims']:
        assert set(c) == {'id', 'kind', 'claimant', 'subject', 'region', 'places', 'date', 'denies', 'evidence'}, c.keys()
        if c['kind'] not in ('raid', 'denial', 'counterclaim'): err(c['id'], 'kind')
        if c['claimant'] not in ACTORS: err(c['id'], 'claimant not canonical', c['claimant'])
        if c['subject'] is not None and c['subject'] not in ACTORS: err(c['id'], 'subject not canonical')
        if c['region'] is not None and c['region'] not in REGIONS: err(c['id'], 'region not canonical')
        for p in c['places']:
            if p not in SETTLEMENTS: err(c['id'], 'place not canonical', p)
            elif c['region'] and SETTLEMENTS[p] != c['region']: err(c['id'], 'place outside region', p)
        if c['date'] is not None: dt.date.fromisoformat(c['date'])
        if c['kind'] == 'denial':
            if c['subject'] is not None: err(c['id'], 'denial with subject')
            d = c['denies']
            if d is not None and (d['claimant'] not in ACTORS or d['kind'] not in ('raid', 'counterclaim', 'denial')):
                err(c['id'], 'bad denies')
        elif c['denies'] is not None: err(c['id'], 'denies on non-denial')
        if c['evidence'] not in text and ws(c['evidence']) not in ws(text):
            err(a['file'], 'evidence not verbatim:', c['evidence'][:80])
        elif c['evidence'] not in text:
            err(a['file'], '(whitespace-only difference) evidence:', c['evidence'][:60])

# --- id consistency with the matching rules --------------------------------
def d(s): return dt.date.fromisoformat(s) if s else None
known = []   # dicts: id, kind, claimant, region, date, denies, first_pub, last
order = 0
all_denial_targets = {}
for f in gold['stream_order']:
    a = arts[f]; pub = d(a['published'])
    for c in a['claims']:
        order += 1
        cands = []
        for k in known:
            if k['kind'] != c['kind'] or k['claimant'] != c['claimant']: continue
            if c['region'] and k['region'] and c['region'] != k['region']: continue
            if c['date'] and k['date']:
                if abs((d(c['date']) - k['date']).days) > 2: continue
            elif abs((pub - k['first_pub']).days) > 7: continue
            if c['kind'] == 'denial':
                dc = (c['denies'] or {}).get('claimant'); kc = (k['denies'] or {}).get('claimant')
                if dc != kc: continue
            cands.append(k)
        def key(k):
            dd = abs((d(c['date']) - k['date']).days) if (c['date'] and k['date']) else 10**6
            return (dd, 0 if k['region'] == c['region'] else 1, -k['last'])
        cands.sort(key=key)
        if cands:
            m = cands[0]
            if m['id'] != c['id']:
                err(f, 'rules match', c['id'], 'to known', m['id'])
            m['last'] = order
            if m['date'] is None and c['date']: m['date'] = d(c['date'])
            if m['region'] is None and c['region']: m['region'] = c['region']
        else:
            if any(k['id'] == c['id'] for k in known):
                err(f, 'id reused but rules find no match:', c['id'])
            known.append({'id': c['id'], 'kind': c['kind'], 'claimant': c['claimant'], 'region': c['region'],
                          'date': d(c['date']), 'denies': c['denies'], 'first_pub': pub, 'last': order})
ids = {k['id'] for k in known}
for a in gold['articles']:
    for c in a['claims']:
        if c['denies'] and 'id' in c['denies'] and c['denies']['id'] not in ids:
            err(c['id'], 'denies.id not annotated', c['denies']['id'])

kinds = {}
for a in gold['articles']:
    for c in a['claims']:
        kinds[c['kind']] = kinds.get(c['kind'], 0) + 1
print('articles per lang:', langs)
print('mentions per kind:', kinds)
print('distinct claims:', len(known), {k: sum(1 for x in known if x['kind'] == k) for k in ('raid', 'denial', 'counterclaim')})
print('\n'.join(errors) if errors else 'OK: no errors')
sys.exit(1 if errors else 0)
