#!/usr/bin/env python3
"""Scores `claimwatch scan --json` on the real-pages development set (issue 20).

The set is facts only: Evaluation/realpages/batch-*.json lists each page's URL, the exact
search query that found it, its publication date, outlet, language, and its claims per
shared/spec/claims.md — each with a "locator" (a few consecutive words of its evidence
sentence) instead of the sentence. The page excerpts themselves are not in the repository:
they live in a folder at development time (default /tmp/realpages/excerpts, one <id>.txt
each, as the search tool returned them; see Evaluation/realpages/README.md for how to
fetch them again). This script checks each excerpt's SHA-256 against the one annotated,
rebuilds the evidence sentence around each locator, writes a temporary corpus (each page as
a scraper JSON record with its URL, outlet and date) and a gold file, runs scan --json and
shared/tools/score.py extract on them.

Usage: scripts/realpages.py [--excerpts DIR] [--lang en|ru|uk|all] [--bin PATH] [--by-file] [--keep DIR]
       scripts/realpages.py --agreement [--excerpts DIR] [--lang …]
With --agreement, the second annotation (Evaluation/realpages/second/) is scored against the
first on the pages both annotated, instead of claimwatch: the annotators' agreement.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sentence_around(text, locator):
    """The sentence (or headline line) of `text` holding `locator`, or None."""
    at = text.find(locator)
    if at < 0:
        return None
    start = at
    while start > 0 and text[start - 1] != "\n" and not (text[start - 1] == " " and text[start - 2:start - 1] in ".!?"):
        start -= 1
    end = at + len(locator)
    while end < len(text) and text[end] != "\n" and not (text[end] in ".!?" and (end + 1 == len(text) or text[end + 1] in " \n\"'”’")):
        end += 1
    if end < len(text) and text[end] in ".!?":
        end += 1
    return text[start:end].strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--excerpts", default="/tmp/realpages/excerpts")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/release/claimwatch"))
    parser.add_argument("--by-file", action="store_true")
    parser.add_argument("--keep", help="write the corpus and gold here instead of a temporary folder")
    parser.add_argument("--agreement", action="store_true", help="score the second annotation against the first")
    args = parser.parse_args()
    if not os.path.isdir(args.excerpts):
        print(f"realpages: no excerpts at {args.excerpts}; fetch them first (Evaluation/realpages/README.md)")
        return 0
    pages = []
    for path in sorted(glob.glob(os.path.join(ROOT, "Evaluation/realpages/batch-*.json"))):
        pages += json.load(open(path, encoding="utf-8"))
    second = {}
    if args.agreement:
        for path in sorted(glob.glob(os.path.join(ROOT, "Evaluation/realpages/second/batch-*.json"))):
            for page in json.load(open(path, encoding="utf-8")):
                second[page["id"]] = page
        pages = [page for page in pages if page["id"] in second]
    work = args.keep or tempfile.mkdtemp(prefix="claimwatch-realpages-")
    os.makedirs(os.path.join(work, "articles"), exist_ok=True)
    gold = {"corpus": "realpages", "spec": "shared/spec/claims.md", "stream_order": [], "articles": []}
    problems = 0
    for page in pages:
        if args.lang != "all" and page["lang"] != args.lang:
            continue
        path = os.path.join(args.excerpts, page["id"] + ".txt")
        if not os.path.exists(path):
            print(f"realpages: {page['id']}: no excerpt at {path}; skipped", file=sys.stderr)
            problems += 1
            continue
        raw = open(path, "rb").read()
        if hashlib.sha256(raw).hexdigest() != page["excerpt_sha256"]:
            print(f"realpages: {page['id']}: the excerpt differs from the one annotated (SHA-256); scored anyway", file=sys.stderr)
            problems += 1
        text = raw.decode("utf-8")
        name = page["id"] + ".json"
        record = {"url": page["url"], "outlet": page.get("outlet"), "published": page.get("published"), "text": text}
        json.dump(record, open(os.path.join(work, "articles", name), "w", encoding="utf-8"), ensure_ascii=False)
        claims = []
        for n, claim in enumerate(page["claims"]):
            evidence = sentence_around(text, claim["locator"])
            if evidence is None:
                print(f"realpages: {page['id']}: locator not found: {claim['locator']!r}", file=sys.stderr)
                problems += 1
                evidence = claim["locator"]
            out = {k: claim.get(k) for k in ("kind", "claimant", "subject", "region", "places", "date", "denies")}
            out["id"] = f"{page['id']}-{n + 1}"
            out["evidence"] = evidence
            claims.append(out)
        gold["articles"].append({"file": name, "published": page.get("published"), "outlet": page.get("outlet"), "lang": page["lang"], "claims": claims})
        gold["stream_order"].append(name)
    gold_path = os.path.join(work, "gold.json")
    json.dump(gold, open(gold_path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    pred_path = os.path.join(work, "pred.jsonl")
    with open(pred_path, "w") as pred:
        if args.agreement:
            for article in gold["articles"]:
                page = second[article["file"][:-len(".json")]]
                text = open(os.path.join(args.excerpts, page["id"] + ".txt"), encoding="utf-8").read()
                for claim in page["claims"]:
                    out = {k: claim.get(k) for k in ("kind", "claimant", "subject", "region", "places", "date", "denies")}
                    out["file"] = article["file"]
                    out["evidence"] = sentence_around(text, claim["locator"]) or claim["locator"]
                    pred.write(json.dumps(out, ensure_ascii=False) + "\n")
        else:
            subprocess.run([args.bin, "scan", "--json", os.path.join(work, "articles")], stdout=pred, stderr=subprocess.DEVNULL)
    score = os.path.join(ROOT, "..", "shared", "tools", "score.py")
    print(f"realpages: {len(gold['articles'])} pages ({args.lang}), {sum(len(a['claims']) for a in gold['articles'])} claims; {problems} problem(s); corpus in {work}")
    command = [sys.executable, score, "extract", "--gold", gold_path, "--pred", pred_path] + (["--by-file"] if args.by_file else [])
    return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main())
