#!/usr/bin/env python3
"""The peer: what a competent analyst would write in an afternoon instead of claimwatch.

Polls the inbox, finds claims with one compiled regex alternation over the same
lexicons (actors and places) plus a few cue words, keeps known claims in SQLite
with commits batched, writes alerts to journald over its native socket protocol,
and moves each file to done/. `claimwatch-bench` runs it on the same files as the
daemon and reports the throughput ratio. Deliberately not slowed down: one regex
pass per sentence, one transaction per batch, no per-file fsync.

Usage: peer.py --inbox DIR --state DIR --lexicon lexicon.json
"""
import argparse, hashlib, json, os, re, socket, sqlite3, time

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"])}
DENIAL = re.compile(r"\b(den(?:y|ied|ies)|fake|no enemy|not true|lies?|refuted|dismissed)\b", re.I)
CLAIM = re.compile(r"\b(said|says|claimed|claims|reported|announced|stated|told|according to)\b", re.I)
DATE = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})(?:,\s*(\d{4}))?", re.I)
SENTENCE = re.compile(r"(?<=[.!?])\s+")
TAG = re.compile(r"<[^>]+>")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--inbox", required=True)
    ap.add_argument("--state", required=True)
    ap.add_argument("--lexicon", required=True)
    ap.add_argument("--batch", type=int, default=200)
    args = ap.parse_args()
    lex = json.load(open(args.lexicon))
    alias = {}
    role = {}
    for a in lex["actors"]:
        role[a["name"]] = a["role"]
        for n in [a["name"]] + a["aliases"]:
            alias[n.lower()] = ("actor", a["name"])
    for p in lex["places"]:
        region = p.get("region") or p["name"]
        for n in [p["name"]] + p["aliases"]:
            alias.setdefault(n.lower(), ("place", region))
    names = sorted(alias, key=len, reverse=True)
    finder = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I)

    done = os.path.join(args.state, "done")
    os.makedirs(done, exist_ok=True)
    db = sqlite3.connect(os.path.join(args.state, "peer.sqlite"), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE IF NOT EXISTS claims (kind, claimant, region, date, PRIMARY KEY (kind, claimant, region, date))")
    db.execute("CREATE TABLE IF NOT EXISTS articles (sha PRIMARY KEY)")
    journal = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    journal.connect("/run/systemd/journal/socket")
    open(os.path.join(args.state, "ready"), "w").close()

    def extract(text):
        text = TAG.sub(" ", text)
        year = None
        found = DATE.search(text)
        if found and found.group(3):
            year = int(found.group(3))
        claims = set()
        for sentence in SENTENCE.split(text):
            if not CLAIM.search(sentence) and not DENIAL.search(sentence):
                continue
            actors, region = [], None
            for m in finder.finditer(sentence):
                kind, name = alias[m.group(1).lower()]
                if kind == "actor":
                    actors.append(name)
                elif region is None:
                    region = name
            if not actors:
                continue
            claimant = actors[0]
            date = None
            d = DATE.search(sentence)
            if d and year:
                date = f"{year:04d}-{MONTHS[d.group(1).lower()]:02d}-{int(d.group(2)):02d}"
            if DENIAL.search(sentence):
                kind = "denial"
            elif "group" in role.get(claimant, "") or "Group" in role.get(claimant, ""):
                kind = "raid"
            else:
                kind = "counterclaim"
            claims.add((kind, claimant, region, date))
        return claims

    def send(fields):
        journal.send("".join(f"{k}={str(v).replace(chr(10), ' ')}\n" for k, v in fields.items()).encode())

    while True:
        names = [e.name for e in os.scandir(args.inbox) if not e.name.startswith(".") and e.is_file(follow_symlinks=False)]
        if not names:
            time.sleep(0.01)
            continue
        for start in range(0, len(names), args.batch):
            batch = names[start:start + args.batch]
            alerts = []
            db.execute("BEGIN")
            for name in batch:
                path = os.path.join(args.inbox, name)
                try:
                    data = open(path, "rb").read()
                except OSError:
                    continue
                sha = hashlib.sha256(data).hexdigest()
                if db.execute("INSERT OR IGNORE INTO articles VALUES (?)", (sha,)).rowcount == 0:
                    continue
                for claim in extract(data.decode("utf-8", "replace")):
                    if db.execute("INSERT OR IGNORE INTO claims VALUES (?, ?, ?, ?)", claim).rowcount:
                        alerts.append((name, sha, claim))
            db.execute("COMMIT")
            for name, sha, (kind, claimant, region, date) in alerts:
                send({"MESSAGE": f"new {kind}: {claimant}", "PRIORITY": 5, "CLAIM_KIND": kind, "CLAIM_CLAIMANT": claimant,
                      "CLAIM_REGION": region or "", "CLAIM_DATE": date or "", "ARTICLE_FILE": name, "ARTICLE_SHA256": sha})
            for name in batch:
                try:
                    os.rename(os.path.join(args.inbox, name), os.path.join(done, name))
                except OSError:
                    pass


if __name__ == "__main__":
    main()
