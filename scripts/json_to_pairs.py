#!/usr/bin/env python3
"""Turn `clausewise compare --format json` output into the {"pairs": [[old, new], ...]} form that
shared/bench/score_alignment.py scores (point labels must be plain numbers; the rows of the title
and the preamble, labelled "Title" and "Preamble", are not in the generator's truth and are left
out)."""
import json
import sys

doc = json.load(open(sys.argv[1], encoding="utf-8"))
pairs = [
    [int(o), int(n)]
    for row in doc["rows"]
    for o in row["old"]
    for n in row["new"]
    if o.isdigit() and n.isdigit()
]
json.dump({"pairs": pairs}, sys.stdout)
