#!/usr/bin/env python3
"""Check the BRI gazetteer and its test sentences.

Usage (from the repository root):
    python3 scripts/check_gazetteer.py [gazetteer.tsv] [gazetteer-cases.tsv]

1. Format: header, three columns, known types, ASCII hyphens and apostrophes.
2. Uniqueness: every surface form (canonical names included, compared lower-cased
   with dashes folded, whether or not it carries the '=' marker) maps to one entry.
3. Risky aliases: a form that is a common word must carry the '=' marker.
4. Test cases: a small reference matcher (the semantics the Java annotator is meant
   to implement) must find exactly the expected entities in every test sentence.
Prints entry counts per type; exits 1 on any error or failing case.
"""
import re, sys, unicodedata
from collections import Counter

TYPES = {"INITIATIVE", "FIN_INSTITUTION", "REGIONAL_ORG", "AGREEMENT", "CURRENCY",
         "PROJECT", "COUNTRY", "LOCATION", "ORGANIZATION"}
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# Common English (and frequent foreign) words that must never match case-insensitively.
# Currency words in CURRENCY rows are exempt: this literature uses "dollar" and "yen" so.
COMMON = set("""us it can who safe swift fed turkey guinea whoosh quad eco un au bis mas
gms mrc cis bot sat may march will ash pet ad am an as at be by do go he if in is me my no of
on or so to up we all and any are but for has had her his its not one our out she the was you
road belt bank fund union dollar dollars pound sterling rub yen sama kip dong sum som rand real won lek chad jordan
""".split())

def norm(form):
    form = unicodedata.normalize("NFC", form)
    for d in DASHES:
        form = form.replace(d, "-")
    form = form.replace("\u2019", "'")
    return re.sub(r"\s+", " ", form).strip().lower()

def main(path):
    errors, warnings = [], []
    owner = {}          # normalised surface form -> canonical
    types = Counter()
    canon_seen = set()
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "canonical\ttype\taliases":
        errors.append("line 1: header must be canonical<TAB>type<TAB>aliases")
    for no, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            errors.append(f"line {no}: {len(cols)} columns: {line!r}")
            continue
        canon, typ, aliases = cols
        if typ not in TYPES:
            errors.append(f"line {no}: unknown type {typ}")
        if any(c in canon for c in "|;") or canon != canon.strip() or not canon:
            errors.append(f"line {no}: bad canonical {canon!r}")
        if any(d in line for d in DASHES) or "\u2019" in line:
            errors.append(f"line {no}: use ASCII hyphen/apostrophe")
        if canon in canon_seen:
            errors.append(f"line {no}: canonical {canon!r} repeated")
        canon_seen.add(canon)
        types[typ] += 1
        forms = [canon] + [a for a in aliases.split("|") if a] if aliases else [canon]
        for i, form in enumerate(forms):
            cs = form.startswith("=")
            bare = form[1:] if cs else form
            if bare != bare.strip() or not bare:
                errors.append(f"line {no}: whitespace around alias {form!r}")
            key = norm(bare)
            if key in owner:
                where = "itself" if owner[key] == canon else owner[key]
                errors.append(f"line {no}: {form!r} of {canon!r} already maps to {where}")
            owner[key] = canon
            if not cs and key in COMMON and not (typ == "CURRENCY" and key in ("dollar", "dollars", "yen")):
                errors.append(f"line {no}: {form!r} is a common word; drop it or mark it '='")
            if cs and not re.search(r"[A-Z]", bare):
                warnings.append(f"line {no}: '=' on {form!r} has no capitals to match")
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("WARN ", w)
    total = sum(types.values())
    for t in sorted(TYPES):
        print(f"{t:16} {types[t]}")
    print(f"{'TOTAL':16} {total}  ({len(owner)} distinct surface forms)")
    return 1 if errors else 0



# ---------------------------------------------------------------------------
# Reference matcher for the test cases: the semantics the Java annotator must
# implement (token-based, case-insensitive unless '=', dashes folded, possessive
# 's split off, leftmost-longest non-overlapping matches).
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|'s\b|\d+(?:[+/]\d+)+|[^\W_]+(?:[&+][^\W_]+|'(?!s\b)[^\W_]+)*\+?|[-]|[^\w\s]")

def tokens(text):
    text = unicodedata.normalize("NFC", text)
    for d in DASHES:
        text = text.replace(d, "-")
    return TOKEN.findall(text.replace("\u2019", "'"))

def load(path):
    rules = []        # (token tuple, case_sensitive, canonical, type)
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n")[1:]:
            if not line.strip() or line.startswith("#"):
                continue
            canon, typ, aliases = line.split("\t")
            for form in [canon] + [a for a in aliases.split("|") if a]:
                cs = form.startswith("=")
                toks = tuple(tokens(form[1:] if cs else form))
                rules.append((toks if cs else tuple(t.lower() for t in toks), cs, canon, typ))
    return rules

def annotate(rules, text):
    toks = tokens(text)
    low = [t.lower() for t in toks]
    found, i = [], 0
    while i < len(toks):
        best = None
        for pat, cs, canon, typ in rules:
            n = len(pat)
            if n and (best is None or n > best[0]) and tuple((toks if cs else low)[i:i + n]) == pat:
                best = (n, canon, typ)
        if best:
            found.append(f"{best[1]}|{best[2]}")
            i += best[0]
        else:
            i += 1
    return found

def check_cases(gaz, cases):
    rules, bad, n = load(gaz), 0, 0
    for no, line in enumerate(open(cases, encoding="utf-8").read().split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        n += 1
        sentence, expected = line.split("\t")
        want = [e for e in expected.split(";") if e]
        got = annotate(rules, sentence.replace("\\n", "\n"))
        if got != want:
            bad += 1
            print(f"FAIL line {no}: {sentence}\n  want {want}\n  got  {got}")
    print(f"{n} cases, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    gaz = sys.argv[1] if len(sys.argv) > 1 else "src/main/resources/org/brimine/annotate/gazetteer.tsv"
    cases = sys.argv[2] if len(sys.argv) > 2 else "src/test/resources/annotate/gazetteer-cases.tsv"
    rc = main(gaz)
    sys.exit(rc or check_cases(gaz, cases))
