#!/usr/bin/env python3
"""Validates the gold files in this folder (python3, standard library only).

Usage: python3 check_gold.py [--shared PATH]

PATH is the shared data folder; the default is ../shared beside the repository root (four levels
above this file). Without it the checks that need the source texts are skipped, with a message.
Checks:
- every file: a first {"_comment"} line, then objects with unique ids and the expected keys;
- themes files: labels only from the five line ids, no repeats;
- entities files: each span inside text, text[start:end] == mention, spans sorted and not
  overlapping, type from TYPES, a canonical; a canonical has one type across all gold files;
  no mention inside a common word that only contains a name (中国 in 发展中国家);
  a canonical that is a gazetteer canonical has the gazetteer's type; an English mention that
  is a gazetteer name has that entry's canonical; a Chinese mention listed in
  zh-gazetteer-proposal.tsv has the proposal's canonical;
- source texts: text == the source at offset with whitespace runs collapsed (the source is the
  seed paper, an article url of bri-news-dev, or an article id of bri-news-zh-dev);
- Chinese files: dev uses only even article numbers, held-out only odd, so no article is in both;
  the themes and entities files of a split agree on text for shared ids.
Prints counts per file and exits 1 on the first file with errors (after listing them).
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
GAZETTEER = os.path.join(ROOT, 'src', 'main', 'resources', 'org', 'brimine', 'annotate',
                         'gazetteer.tsv')
PROPOSAL = os.path.join(HERE, 'zh-gazetteer-proposal.tsv')
LINES = ['policy-coordination', 'facilities-connectivity', 'unimpeded-trade',
         'financial-integration', 'people-to-people-bonds']
# Words that hold a name without being one: 中国 in 发展中国家 ("developing countries").
NOT_INSIDE = ['发展中国家']
TYPES = {'INITIATIVE', 'FIN_INSTITUTION', 'REGIONAL_ORG', 'AGREEMENT', 'CURRENCY', 'PROJECT',
         'COUNTRY', 'LOCATION', 'ORGANIZATION', 'PERSON', 'PUBLICATION'}
THEMES = ['themes-gold.jsonl', 'themes-heldout.jsonl', 'themes-zh-dev.jsonl',
          'themes-zh-heldout.jsonl']
ENTITIES = ['entities-zh-dev.jsonl', 'entities-zh-heldout.jsonl', 'entities-en-dev.jsonl']
SEED = os.path.join('seed', '000_c2416e35f64df6a1.txt')
EN_NEWS = os.path.join('data', 'bri-news-dev', 'articles.jsonl')
ZH_NEWS = os.path.join('data', 'bri-news-zh-dev', 'articles.jsonl')


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        lines = [l for l in f if l.strip()]
    head = json.loads(lines[0])
    if set(head) != {'_comment'}:
        raise ValueError(f'{path}: first line is not a {{"_comment"}} object: {lines[0][:80]!r}')
    return [json.loads(l) for l in lines[1:]]


def read_gazetteer():
    """canonical -> type, and lower-cased name -> canonical (case-sensitive '=' forms kept apart)."""
    types, names, exact = {}, {}, {}
    with open(GAZETTEER, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('canonical\t') or not line.strip():
                continue
            canonical, typ, aliases = line.rstrip('\n').split('\t')
            types[canonical] = typ
            names[canonical.lower()] = canonical
            for a in filter(None, aliases.split('|')):
                if a.startswith('='):
                    exact[a[1:]] = canonical
                else:
                    names[a.lower()] = canonical
    return types, names, exact


def read_proposal():
    out = {}
    with open(PROPOSAL, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('canonical\t') or not line.strip():
                continue
            canonical, typ, aliases = line.rstrip('\n').split('\t')
            if typ not in TYPES:
                raise ValueError(f'{PROPOSAL}: type {typ!r} of {canonical!r} not allowed')
            for a in filter(None, aliases.split('|')):
                if a in out and out[a] != canonical:
                    raise ValueError(f'{PROPOSAL}: {a!r} is given to {out[a]!r} and {canonical!r}')
                out[a] = canonical
    return out


def load_sources(shared):
    if not shared or not os.path.isdir(shared):
        return None
    src = {}
    with open(os.path.join(shared, SEED), encoding='utf-8') as f:
        src['seed'] = f.read()
    for rel, key in ((EN_NEWS, 'url'), (ZH_NEWS, 'id')):
        with open(os.path.join(shared, rel), encoding='utf-8') as f:
            for line in f:
                a = json.loads(line)
                src[a[key]] = a['content']
    return src


def collapsed_at(source, offset, n):
    """The source from offset with whitespace runs collapsed, at least n characters long."""
    chunk = source[offset:offset + 4 * n + 200]
    return re.sub(r'\s+', ' ', chunk)


def check_common(name, items, sources, errors):
    seen = set()
    for it in items:
        iid = it.get('id')
        if iid in seen:
            errors.append(f'{name}: duplicate id {iid!r}')
        seen.add(iid)
        for k in ('id', 'source', 'offset', 'text'):
            if k not in it:
                errors.append(f'{name} {iid}: missing key {k!r}')
        text = it.get('text', '')
        if text != text.strip() or re.search(r'\s{2}|[\n\t\u00a0\u3000]', text):
            errors.append(f'{name} {iid}: text has uncollapsed or edge whitespace: {text[:40]!r}')
        if '&nbsp;' in text or '&amp;' in text:
            errors.append(f'{name} {iid}: text holds an HTML entity: {text[:40]!r}')
        if sources is not None:
            src = sources.get(it.get('source'))
            if src is None:
                errors.append(f'{name} {iid}: unknown source {it.get("source")!r}')
            elif not collapsed_at(src, it['offset'], len(text)).startswith(text):
                got = collapsed_at(src, it['offset'], len(text))[:len(text)]
                errors.append(f'{name} {iid}: text does not match source at offset '
                              f'{it["offset"]}: expected {got[:50]!r}, gold {text[:50]!r}')
        if name.startswith(('themes-zh', 'entities-zh')):
            m = re.fullmatch(r'zh-dev-(\d{4})', str(it.get('source')))
            if not m:
                errors.append(f'{name} {iid}: source {it.get("source")!r} is not a zh-dev id')
            else:
                want = 0 if name.endswith('-dev.jsonl') else 1
                if int(m.group(1)) % 2 != want:
                    errors.append(f'{name} {iid}: article {it["source"]} belongs to the other split')


def check_themes(name, items, errors):
    for it in items:
        labels = it.get('labels')
        if not isinstance(labels, list):
            errors.append(f'{name} {it.get("id")}: labels missing or not a list')
            continue
        for lab in labels:
            if lab not in LINES:
                errors.append(f'{name} {it["id"]}: unknown label {lab!r}')
        if len(set(labels)) != len(labels):
            errors.append(f'{name} {it["id"]}: repeated label in {labels}')


def check_entities(name, items, gaz, proposal, canon_types, errors):
    types, names, exact = gaz
    for it in items:
        text, last_end = it['text'], 0
        for e in it.get('entities', []):
            s, t = e.get('start'), e.get('end')
            where = f'{name} {it["id"]} {e.get("mention")!r}'
            if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
                errors.append(f'{where}: bad span {s}..{t}')
                continue
            if text[s:t] != e.get('mention'):
                errors.append(f'{where}: text[{s}:{t}] is {text[s:t]!r}')
            if s < last_end:
                errors.append(f'{where}: span {s}..{t} overlaps or is out of order')
            last_end = t
            for w in NOT_INSIDE:
                for m in re.finditer(w, text):
                    if m.start() <= s and t <= m.end():
                        errors.append(f'{where}: inside the common word {w!r}')
            typ, can = e.get('type'), e.get('canonical')
            if typ not in TYPES:
                errors.append(f'{where}: type {typ!r} not in {sorted(TYPES)}')
            if not can:
                errors.append(f'{where}: no canonical')
                continue
            canon_types.setdefault(can, {}).setdefault(typ, f'{name} {it["id"]}')
            if can in types and types[can] != typ:
                errors.append(f'{where}: {can!r} is {types[can]} in the gazetteer, gold says {typ}')
            m = e['mention']
            if name.startswith('entities-en'):
                want = exact.get(m) or names.get(m.lower())
                if want and want != can:
                    errors.append(f'{where}: the gazetteer maps it to {want!r}, gold says {can!r}')
            elif m in proposal and proposal[m] != can:
                errors.append(f'{where}: the proposal maps it to {proposal[m]!r}, gold says {can!r}')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    args = ap.parse_args()
    sources = load_sources(args.shared)
    if sources is None:
        print(f'shared data not found at {args.shared}: source-text checks skipped')
    gaz = read_gazetteer()
    proposal = read_proposal()
    failed, canon_types, loaded = False, {}, {}
    for name in THEMES + ENTITIES:
        path = os.path.join(HERE, name)
        errors = []
        items = read_jsonl(path)
        loaded[name] = items
        check_common(name, items, sources, errors)
        if name in THEMES:
            check_themes(name, items, errors)
            c = collections.Counter(l for it in items for l in it['labels'])
            none = sum(1 for it in items if not it['labels'])
            detail = ', '.join(f'{l} {c[l]}' for l in LINES) + f', none {none}'
        else:
            check_entities(name, items, gaz, proposal, canon_types, errors)
            c = collections.Counter(e['type'] for it in items for e in it['entities'])
            detail = f'{sum(c.values())} mentions: ' + ', '.join(
                f'{t} {n}' for t, n in sorted(c.items(), key=lambda x: -x[1]))
        print(f'{name}: {len(items)} items, {len({it["source"] for it in items})} sources; {detail}')
        for e in errors:
            print('  ERROR', e)
        failed |= bool(errors)
    errors = []
    for can, ts in canon_types.items():
        if len(ts) > 1:
            errors.append(f'canonical {can!r} has several types: {ts}')
    for split in ('dev', 'heldout'):
        th = {it['id']: it for it in loaded[f'themes-zh-{split}.jsonl']}
        for it in loaded[f'entities-zh-{split}.jsonl']:
            if it['id'] in th and (th[it['id']]['text'], th[it['id']]['source']) != (it['text'], it['source']):
                errors.append(f'zh {split} {it["id"]}: themes and entities files disagree on text')
    dev = {it['source'] for n in ('themes-zh-dev.jsonl', 'entities-zh-dev.jsonl') for it in loaded[n]}
    held = {it['source'] for n in ('themes-zh-heldout.jsonl', 'entities-zh-heldout.jsonl') for it in loaded[n]}
    if dev & held:
        errors.append(f'articles in both zh dev and held-out: {sorted(dev & held)}')
    texts = collections.Counter(it['text'] for n in ('themes-zh-dev.jsonl', 'themes-zh-heldout.jsonl') for it in loaded[n])
    for t, n in texts.items():
        if n > 1:
            errors.append(f'the same text appears {n} times in the zh themes files: {t[:40]!r}')
    for e in errors:
        print('  ERROR', e)
    failed |= bool(errors)
    print('FAILED' if failed else 'all gold files OK')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
