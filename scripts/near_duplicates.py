#!/usr/bin/env python3
"""Write two drafts of N near-identical points for the benchmark (scripts/bench.sh).

usage: near_duplicates.py N OUT_DIR

Every point reads the same but for one made-up place name; in the newer draft 5% of the
points are reworded: half change a phrase ("every year" -> "every second year"), half
change the place name. Each point of the newer draft corresponds to the point at its own
number, so a comparison should report no removed and no added point.
"""
import os
import random
import sys

SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vel", "dor", "pi", "su", "ner", "gal", "fo"]


def place(k):
    s, k = "", k + 1
    while k:
        s += SYLLABLES[k % 12]
        k //= 12
    return s.capitalize()


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(5)
    text = "The Parties shall review the common provisions of this agreement every year in the district of %s."
    old, new = [], []
    for k in range(n):
        old.append(text % place(k))
        if rng.random() < 0.05:
            if rng.random() < 0.5:
                new.append(text % (place(k) + "zy"))
            else:
                new.append((text % place(k)).replace("every year", "every second year"))
        else:
            new.append(text % place(k))
    for name, points in (("draft_00.txt", old), ("draft_01.txt", new)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("Near-identical points\n\n")
            f.writelines("%d. %s\n" % (i + 1, t) for i, t in enumerate(points))
    return 0


if __name__ == "__main__":
    sys.exit(main())
