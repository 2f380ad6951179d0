#!/usr/bin/env python3
"""Score `clausewise compare` on hand-written rewrites corpora (truth files in the format of
shared/bench/score_alignment.py), for scripts/bench.sh and the README.

usage: score_rewrites.py BIN [--pairs] DIR [DIR ...]

For every NAME.truth.json of each DIR it runs `BIN compare A B --format json` and turns each
row that is not removed or added into (old number, new number) pairs, every old label times
every new label, by the last number in the label ("Article 4" -> 4); labels without a number
(a Title or Preamble row) are left out. It prints one Markdown table row per corpus (with
--pairs, one per pair of drafts too): scored pairs, precision, recall, F1, and the old points
reported removed although the truth pairs them ("falsely removed", with their share of all
old points). tests/rewrites.rs computes the same figures with the library. Standard library only.
"""
import glob
import json
import os
import re
import subprocess
import sys


def number(label):
    nums = re.findall(r"\d+", label)
    return int(nums[-1]) if nums else None


def score_pair(binary, truth_path):
    base = os.path.dirname(os.path.abspath(truth_path))
    truth = json.load(open(truth_path, encoding="utf-8"))
    out = subprocess.run([binary, "compare", os.path.join(base, truth["a_file"]),
                          os.path.join(base, truth["b_file"]), "--format", "json"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError("%s: clausewise failed: %s" % (truth_path, out.stderr.strip()))
    pred, removed = set(), set()
    for row in json.loads(out.stdout)["rows"]:
        olds = [n for n in map(number, row.get("old", [])) if n is not None]
        news = [n for n in map(number, row.get("new", [])) if n is not None]
        if row["status"] == "removed":
            removed.update(olds)
        elif row["status"] != "added":
            pred.update((a, b) for a in olds for b in news)
    gold = set(map(tuple, truth["pairs"]))
    return {"gold": len(gold), "pred": len(pred), "correct": len(gold & pred),
            "old": truth["a_points"], "false_rm": len(removed & {a for a, _ in gold})}


def row(name, s):
    p = s["correct"] / s["pred"] if s["pred"] else 0.0
    r = s["correct"] / s["gold"] if s["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return "| %s | %d | %.3f | %.3f | %.3f | %d of %d (%.1f%%) |" % (
        name, s["gold"], p, r, f, s["false_rm"], s["old"], 100.0 * s["false_rm"] / max(1, s["old"]))


def main():
    args = sys.argv[1:]
    if len(args) < 2 or args[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 2
    binary, per_pair = args[0], "--pairs" in args
    dirs = [a for a in args[1:] if a != "--pairs"]
    print("| corpus | scored pairs | precision | recall | F1 | falsely removed |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for d in dirs:
        truths = sorted(glob.glob(os.path.join(d, "*.truth.json")))
        if not truths:
            print("%s: no *.truth.json" % d, file=sys.stderr)
            return 1
        total = dict.fromkeys(("gold", "pred", "correct", "old", "false_rm"), 0)
        for t in truths:
            s = score_pair(binary, t)
            for k in total:
                total[k] += s[k]
            if per_pair:
                print(row("`%s`" % os.path.basename(t)[:-len(".truth.json")], s))
        print(row("%s (%d pairs of drafts)" % (d, len(truths)), total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
