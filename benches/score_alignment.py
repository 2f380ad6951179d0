#!/usr/bin/env python3
"""Scores a point alignment against the truth written by benches/gen_drafts.py.

    benches/score_alignment.py TRUTH.json ALIGNMENT.json [--row NAME]

ALIGNMENT.json is either the output of `clausewise compare --format json` (every row links
each of its old points to each of its new points; labels that are not plain numbers, such as
the title's and the preamble's rows, are left out) or
{"pairs": [[old, new], ...]} with 1-based point numbers. A merge counts one pair per old
point and a split one pair per part, so an aligner that keeps only one-to-one links loses
recall there, not precision.

Prints precision, recall and F1 over the pairs, the recall of each kind of edit, and how many
links touch a point that the truth says was removed or added. With --row NAME it prints
instead one Markdown table row: | NAME | precision | recall | F1 | merged | split |.
"""

import argparse
import json
import sys


def predicted_pairs(doc):
    """The (old, new) pairs of an alignment file, as a set."""
    if "pairs" in doc:
        return {(int(a), int(b)) for a, b in doc["pairs"]}
    if "rows" in doc:
        # Rows of the title and the preamble ("Title", "Preamble") are not in the truth.
        return {(int(a), int(b)) for row in doc["rows"] for a in row["old"] for b in row["new"]
                if a.isdigit() and b.isdigit()}
    raise ValueError("neither \"pairs\" nor \"rows\" (clausewise compare --format json)")


def pairs_of(entry):
    """The pairs that a truth entry expects (none for a removed or added point)."""
    op = entry["op"]
    if op in ("kept", "moved"):
        return [(entry["a"], entry["b"])]
    if op == "merged":
        return [(a, entry["b"]) for a in entry["a"]]
    if op == "split":
        return [(entry["a"], b) for b in entry["b"]]
    return []


def score(truth, predicted):
    """A dict of the figures (see the module notes)."""
    gold = {tuple(p) for p in truth["pairs"]}
    correct = len(gold & predicted)
    precision = correct / len(predicted) if predicted else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    by_op = {}
    for entry in truth["entries"]:
        expected = pairs_of(entry)
        if expected:
            hit, total = by_op.get(entry["op"], (0, 0))
            by_op[entry["op"]] = (hit + sum(p in predicted for p in expected),
                                  total + len(expected))
    removed = {e["a"] for e in truth["entries"] if e["op"] == "removed"}
    added = {e["b"] for e in truth["entries"] if e["op"] == "added"}
    return {
        "gold": len(gold), "predicted": len(predicted), "correct": correct,
        "precision": precision, "recall": recall, "f1": f1, "by_op": by_op,
        "links_to_removed": sum(1 for a, _ in predicted if a in removed),
        "links_to_added": sum(1 for _, b in predicted if b in added),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("truth")
    ap.add_argument("alignment")
    ap.add_argument("--row", metavar="NAME", help="print one Markdown table row")
    args = ap.parse_args(argv)
    try:
        with open(args.truth, encoding="utf-8") as f:
            truth = json.load(f)
        with open(args.alignment, encoding="utf-8") as f:
            predicted = predicted_pairs(json.load(f))
    except (OSError, ValueError, KeyError, TypeError) as e:
        print("score_alignment: %s" % e, file=sys.stderr)
        return 1
    s = score(truth, predicted)
    ops = s["by_op"]
    if args.row:
        def recall_of(op):
            return "%d/%d" % ops[op] if op in ops else "-"
        print("| %s | %.4f | %.4f | %.4f | %s | %s |" % (
            args.row, s["precision"], s["recall"], s["f1"], recall_of("merged"),
            recall_of("split")))
        return 0
    print("pairs gold=%d predicted=%d correct=%d precision=%.4f recall=%.4f F1=%.4f" % (
        s["gold"], s["predicted"], s["correct"], s["precision"], s["recall"], s["f1"]))
    print("recall by op: " + ", ".join("%s %d/%d" % (op, *ops[op]) for op in sorted(ops)))
    print("links to removed points: %d, links to added points: %d" % (
        s["links_to_removed"], s["links_to_added"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
