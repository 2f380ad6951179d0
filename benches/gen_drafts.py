#!/usr/bin/env python3
"""Clausewise's benchmark corpus: chains of drafts of a long numbered agreement, with the truth.

The first draft has --points numbered points ("12. text", one point per line) of treaty-like
sentences. Each later draft is made from the one before by the edits negotiators make: points
dropped, new points put in, points moved elsewhere (so renumbered), two neighbouring points
merged into one, a point split in two at a sentence end, and words inserted, deleted or
replaced inside points. Next to the drafts it writes, for every consecutive pair, which old
point became which new one, so that an alignment can be scored (benches/score_alignment.py).

    benches/gen_drafts.py --points 2000 --seed 2 --edit-rate 0.1 --out-dir DIR
                          [--drafts 2] [--cyrillic 0.0] [--min-words 40] [--max-words 120]
                          [--word-edit-min 0.05] [--word-edit-max 0.15] [--blank-lines]

Written to DIR:
    draft_00.txt, draft_01.txt, ...      the drafts (UTF-8, LF line ends)
    truth_00_01.json, ...                per consecutive pair: "pairs" [[old, new], ...] with
                                         1-based point numbers, "entries" (one per edit, with
                                         "op": kept | moved | merged | split | added | removed)
                                         and "counts" per op
    meta.json                            the arguments and the size of each draft

Per derived draft, with R = --edit-rate, each old point is independently: removed with
probability R/4, merged with the next point R*0.08, split R*0.08, moved R/5 (put back at
least 5 places away), else kept; round(N*R/4) new points are added at random places; and a
share min(0.95, 3R) of the surviving points (half that for merged and split ones) is reworded,
with round(f*words/2) word operations, f drawn from [--word-edit-min, --word-edit-max].
The same arguments give the same bytes on every run (only `random.Random(seed)` is used).
This is the project's own generator; its sizes follow the reference sizes of the bench notes
(medium: 2,000 points, about 150k words a side; large: 20,000 points, about 1.5M words).
"""

import argparse
import json
import os
import random
import sys

# --- Vocabulary (English) ---------------------------------------------------------------------

ACTORS = [
    "The signatories", "Either signatory", "The mediating states", "The joint board",
    "The verification office", "The interim authority", "The ministry of defence",
    "The central bank", "The regional councils", "The observer corps", "The claims tribunal",
    "The treasury", "The border service", "The panel of experts", "The host country",
    "The donor conference", "The electoral commission", "The liaison group",
    "The port authorities", "The customs agencies", "The ombudsman", "The standing committee",
]
DUTIES = [
    "shall", "must", "may", "will", "is bound to", "undertakes to", "has the right to",
    "shall in no case", "is requested to", "agrees to", "is free to", "shall promptly",
    "shall make every effort to", "declines to", "is authorised to",
]
ACTIONS = [
    "publish", "audit", "dismantle", "inspect", "register", "compensate", "release",
    "rebuild", "certify", "relocate", "disarm", "escort", "convene", "fund", "license",
    "survey", "supervise", "evacuate", "repatriate", "restrict", "extend", "renew", "waive",
    "pay for", "hand over", "report on", "keep records of", "open talks on", "set limits on",
    "draw up a plan for", "issue permits for", "allow access to",
]
QUALITIES = [
    "heavy", "light", "civil", "naval", "rural", "urban", "frontier", "coastal", "northern",
    "southern", "eastern", "western", "seized", "damaged", "disputed", "abandoned", "private",
    "public", "foreign", "domestic", "interim", "final", "annual", "quarterly", "sealed",
    "armed", "unarmed", "mobile", "fixed", "critical",
]
THINGS = [
    "artillery", "checkpoints", "rail links", "power lines", "airfields", "harbours",
    "grain silos", "pipelines", "dams", "hospitals", "schools", "archives", "mines",
    "minefields", "bridges", "fuel depots", "bank deposits", "pension funds", "land titles",
    "fishing rights", "shipping lanes", "radio frequencies", "broadcast licences",
    "detention centres", "militia units", "reserve brigades", "training grounds",
    "war graves", "museum collections", "church property", "transit fees", "tariff quotas",
    "export licences", "debt payments", "water reservoirs", "heating plants",
    "the ledger", "the register", "the schedule", "the inventory", "the charter",
]
JOINS = ["of", "near", "inside", "around", "beyond", "under", "behind", "next to", "outside",
         "on behalf of", "in place of", "by way of"]
TAILS = [
    "before the end of the first season",
    "no later than {num} days after the exchange of letters",
    "as laid down in section {num}",
    "as listed in schedule {letter} to this text",
    "unless the joint board decides otherwise",
    "on the written request of either signatory",
    "in line with the rules of the host country",
    "at the cost of the party that asks for it",
    "by {day} {month} {year}",
    "for no more than {num} months",
    "under the eyes of the observer corps",
    "in the district of {place}",
    "between {place} and {place}",
    "as far as the river at {place}",
    "for a sum of {money}",
    "with at most {count} staff on site",
    "after a public hearing",
    "in two equal stages",
    "without any fee",
    "in both official languages",
    "once the ceasefire has held for {num} days",
    "subject to a vote in each parliament",
]
LINKERS = ["but only if", "unless", "while", "and", "so that", "even where", "as long as",
           "except that", "and moreover"]
FILLER = ["also", "then", "jointly", "fully", "in turn", "at once", "where needed", "the",
          "of", "any", "each", "such", "further", "later", "openly"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
LETTERS = "ABCDEFGHJK"

# --- Vocabulary (Ukrainian, for --cyrillic) ---------------------------------------------------

UK_ACTORS = [
    "Сторони", "Кожна сторона", "Держави-посередники", "Спільна рада", "Офіс перевірки",
    "Тимчасова адміністрація", "Центральний банк", "Обласні ради", "Корпус спостерігачів",
    "Прикордонна служба", "Експертна група", "Виборча комісія", "Постійний комітет",
]
UK_DUTIES = ["мають", "повинні", "можуть", "зобов'язуються", "погоджуються", "не будуть",
             "мають право", "докладуть зусиль, щоб", "негайно"]
UK_ACTIONS = [
    "оприлюднити", "перевірити", "демонтувати", "зареєструвати", "компенсувати", "звільнити",
    "відбудувати", "сертифікувати", "роззброїти", "профінансувати", "обстежити",
    "евакуювати", "обмежити", "продовжити", "передати", "відкрити доступ до",
]
UK_QUALITIES = ["важку", "цивільну", "морську", "сільську", "міську", "прикордонну",
                "пошкоджену", "спірну", "приватну", "державну", "тимчасову", "остаточну"]
UK_THINGS = [
    "артилерію", "залізницю", "лінію електропередач", "гавань", "дамбу", "лікарню", "школу",
    "шахту", "переправу", "нафтобазу", "пенсійну систему", "митницю", "реєстр землі",
    "водосховище", "теплоелектростанцію", "військову частину", "архівну колекцію",
]
UK_TAILS = [
    "до кінця першого сезону",
    "не пізніше ніж через {num} днів після обміну листами",
    "відповідно до розділу {num}",
    "якщо спільна рада не вирішить інакше",
    "на письмовий запит будь-якої сторони",
    "до {day} {month} {year} року",
    "у районі {place}",
    "між {place} та {place}",
    "на суму {money}",
    "після публічних слухань",
    "у два рівні етапи",
]
UK_LINKERS = ["але лише якщо", "якщо не", "тоді як", "і", "щоб", "за винятком того, що"]
UK_FILLER = ["також", "потім", "спільно", "повністю", "негайно", "кожен", "такий", "надалі"]
UK_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
             "вересня", "жовтня", "листопада", "грудня"]

# Syllables for invented place names: a long tail of rare words, as real documents have.
SYLLABLES = ["bra", "tev", "osh", "lum", "kar", "di", "nel", "pro", "vast", "ki", "mor", "ul",
             "sen", "gar", "to", "rin", "hal", "ve", "dun", "as", "pil", "zor", "em", "qua"]
UK_SYLLABLES = ["бра", "тев", "ош", "лум", "кар", "ді", "нел", "про", "вас", "кі", "мор",
                "ул", "сен", "гар", "то", "рин", "хал", "ве", "дун", "пил"]


class Places:
    """Invented place names drawn with Zipf-like weights (a few common, most rare)."""

    def __init__(self, rng, count):
        self.latin = self._invent(rng, SYLLABLES, count)
        self.cyrillic = self._invent(rng, UK_SYLLABLES, count // 2)
        self.latin_cum = self._weights(len(self.latin))
        self.cyrillic_cum = self._weights(len(self.cyrillic))

    @staticmethod
    def _invent(rng, syllables, count):
        names, seen = [], set()
        while len(names) < count:
            name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
            if name not in seen:
                seen.add(name)
                names.append(name)
        return names

    @staticmethod
    def _weights(n):
        total, cum = 0.0, []
        for rank in range(1, n + 1):
            total += rank ** -1.1
            cum.append(total)
        return cum

    def pick(self, rng, cyrillic):
        if cyrillic:
            return rng.choices(self.cyrillic, cum_weights=self.cyrillic_cum)[0]
        return rng.choices(self.latin, cum_weights=self.latin_cum)[0]


class Writer:
    """Makes sentences, points and inserted phrases from one random stream."""

    def __init__(self, rng, places):
        self.rng = rng
        self.places = places

    def _tail(self, cyrillic):
        r = self.rng
        text = r.choice(UK_TAILS if cyrillic else TAILS)
        values = {
            "num": lambda: str(r.randint(2, 240)),
            "letter": lambda: r.choice(LETTERS),
            "day": lambda: str(r.randint(1, 28)),
            "month": lambda: r.choice(UK_MONTHS if cyrillic else MONTHS),
            "year": lambda: str(r.randint(2026, 2040)),
            "place": lambda: self.places.pick(r, cyrillic),
            "money": lambda: "{:,} {}".format(r.randint(2, 950) * 100000,
                                              "гривень" if cyrillic else "euros"),
            "count": lambda: "{:,}".format(r.randint(3, 900) * 100),
        }
        out = []
        rest = text
        while "{" in rest:
            start = rest.index("{")
            end = rest.index("}", start)
            out.append(rest[:start])
            out.append(values[rest[start + 1:end]]())
            rest = rest[end + 1:]
        out.append(rest)
        return "".join(out)

    def _clause(self, cyrillic):
        r = self.rng
        if cyrillic:
            words = [r.choice(UK_ACTORS), r.choice(UK_DUTIES), r.choice(UK_ACTIONS)]
            if r.random() < 0.6:
                words.append(r.choice(UK_QUALITIES))
            words.append(r.choice(UK_THINGS))
            return words
        words = [r.choice(ACTORS), r.choice(DUTIES), r.choice(ACTIONS)]
        thing = r.choice(THINGS)
        if not thing.startswith("the "):
            words.append(r.choice(["the", "all", "any", "those", "the listed"]))
            if r.random() < 0.65:
                words.append(r.choice(QUALITIES))
        words.append(thing)
        if r.random() < 0.45:
            words += [r.choice(JOINS), r.choice(THINGS)]
        return words

    def sentence(self, cyrillic=False):
        r = self.rng
        words = self._clause(cyrillic)
        for _ in range(r.choice([0, 1, 1, 1, 2])):
            words.append(self._tail(cyrillic))
        if r.random() < 0.3:
            words[-1] += ","
            words.append(r.choice(UK_LINKERS if cyrillic else LINKERS))
            second = self._clause(cyrillic)
            second[0] = second[0] if cyrillic else second[0][0].lower() + second[0][1:]
            words += second
        tokens = " ".join(words).split(" ")
        tokens[-1] += "."
        return tokens

    def point(self, low, high, cyrillic=False):
        """The words of a new point: whole sentences, about low..high words."""
        target = self.rng.randint(low, high)
        words = []
        while len(words) < target:
            sentence = self.sentence(cyrillic)
            if len(words) >= low and len(words) + len(sentence) > target:
                break
            words += sentence
        return words

    def phrase(self, count, cyrillic=False):
        """count words to insert or to replace others with."""
        r = self.rng
        pools = ([UK_QUALITIES, UK_ACTIONS, UK_THINGS, UK_FILLER] if cyrillic
                 else [QUALITIES, ACTIONS, THINGS, FILLER])
        words = []
        while len(words) < count:
            words += r.choice(r.choice(pools)).split(" ")
        return words[:count]


def reword(rng, writer, words, low, high, cyrillic):
    """A reworded copy of words, and what was done to it."""
    words = list(words)
    done = {"ops": 0, "inserted": 0, "deleted": 0, "replaced": 0}
    for _ in range(max(1, round(rng.uniform(low, high) * len(words) / 2))):
        if len(words) < 4:
            break
        at = rng.randrange(len(words))
        kind = rng.random()
        if kind < 0.35:
            k = rng.randint(1, 4)
            words[at:at] = writer.phrase(k, cyrillic)
            done["inserted"] += k
        elif kind < 0.65:
            k = min(rng.randint(1, 3), len(words) - at)
            del words[at:at + k]
            done["deleted"] += k
        else:
            k = min(rng.randint(1, 3), len(words) - at)
            words[at:at + k] = writer.phrase(k, cyrillic)
            done["replaced"] += k
        done["ops"] += 1
    return words, done


def cut_in_two(words):
    """The point cut at the sentence end nearest its middle, or None (parts of 5+ words)."""
    ends = [i + 1 for i, w in enumerate(words[:-1]) if w.endswith(".")]
    ends = [i for i in ends if i >= 5 and len(words) - i >= 5]
    if not ends:
        return None
    cut = min(ends, key=lambda i: abs(2 * i - len(words)))
    return words[:cut], words[cut:]


def next_draft(rng, writer, points, args):
    """The next draft's points (dicts with "words" and "cyrillic") and the truth entries."""
    rate = args.edit_rate
    n = len(points)
    p_remove, p_merge, p_split, p_move = rate * 0.25, rate * 0.08, rate * 0.08, rate * 0.20

    # What happens to each old point; items are the new points in old order.
    items = []
    removed = []
    i = 0
    while i < n:
        x = rng.random()
        point = points[i]
        halves = cut_in_two(point["words"]) if p_remove + p_merge <= x < p_remove + p_merge + p_split else None
        if x < p_remove:
            removed.append(i)
        elif x < p_remove + p_merge and i + 1 < n:
            items.append({"op": "merged", "from": [i, i + 1], "cyrillic": point["cyrillic"],
                          "words": point["words"] + points[i + 1]["words"]})
            i += 1
        elif halves:
            for part, words in enumerate(halves):
                items.append({"op": "split", "from": [i], "part": part, "words": words,
                              "cyrillic": point["cyrillic"]})
        else:
            moved = p_remove + p_merge + p_split <= x < p_remove + p_merge + p_split + p_move
            items.append({"op": "moved" if moved else "kept", "from": [i],
                          "words": point["words"], "cyrillic": point["cyrillic"]})
        i += 1

    # Rewording.
    p_reword = min(0.95, 3 * rate)
    for item in items:
        chance = p_reword if item["op"] in ("kept", "moved") else p_reword / 2
        if rng.random() < chance:
            item["words"], item["edits"] = reword(rng, writer, item["words"],
                                                  args.word_edit_min, args.word_edit_max,
                                                  item["cyrillic"])

    # Moves: out of the sequence, back in at least 5 places from where they were.
    staying = [it for it in items if it["op"] != "moved"]
    for k, item in enumerate(items):
        if item["op"] != "moved":
            continue
        home = sum(1 for it in items[:k] if it["op"] != "moved")
        spot = home
        for _ in range(30):
            spot = rng.randint(0, len(staying))
            if abs(spot - home) >= 5:
                break
        staying.insert(spot, item)
    items = staying

    # Additions.
    for _ in range(round(n * rate * 0.25)):
        cyrillic = rng.random() < args.cyrillic
        items.insert(rng.randint(0, len(items)),
                     {"op": "added", "from": [], "cyrillic": cyrillic,
                      "words": writer.point(args.min_words, args.max_words, cyrillic)})

    # Numbering and truth.
    entries = []
    split_parts = {}
    for number, item in enumerate(items, start=1):
        old = [a + 1 for a in item["from"]]
        if item["op"] == "split":
            split_parts.setdefault(old[0], []).append((item["part"], number, item.get("edits")))
            continue
        entry = {"op": item["op"], "b": number, "b_words": len(item["words"])}
        if item["op"] == "merged":
            entry["a"] = old
        elif item["op"] != "added":
            entry["a"] = old[0]
            entry["renumbered"] = old[0] != number
        if item.get("edits"):
            entry["word_edits"] = item["edits"]
        entries.append(entry)
    for a, parts in sorted(split_parts.items()):
        parts.sort()
        entry = {"op": "split", "a": a, "b": [number for _, number, _ in parts]}
        edits = [e for _, _, e in parts if e]
        if edits:
            entry["word_edits"] = edits
        entries.append(entry)
    for i in removed:
        entries.append({"op": "removed", "a": i + 1, "a_words": len(points[i]["words"])})

    def order(entry):
        b = entry.get("b")
        b = b[0] if isinstance(b, list) else b
        a = entry.get("a")
        return (b if b is not None else float("inf"), a if isinstance(a, int) else 0)

    entries.sort(key=order)
    new_points = [{"words": it["words"], "cyrillic": it["cyrillic"]} for it in items]
    return new_points, entries


def truth_pairs(entries):
    """[old, new] point numbers that a correct alignment links."""
    pairs = []
    for e in entries:
        if e["op"] in ("kept", "moved"):
            pairs.append([e["a"], e["b"]])
        elif e["op"] == "merged":
            pairs += [[a, e["b"]] for a in e["a"]]
        elif e["op"] == "split":
            pairs += [[e["a"], b] for b in e["b"]]
    return pairs


def render(title, points, blank_lines):
    lines = [title] + ["%d. %s" % (k, " ".join(p["words"])) for k, p in enumerate(points, 1)]
    return ("\n\n" if blank_lines else "\n").join(lines) + "\n"


def write_json(path, value, compact):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        if compact:
            json.dump(value, f, ensure_ascii=False, separators=(",", ":"))
        else:
            json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--points", type=int, required=True, help="points in the first draft")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--edit-rate", type=float, default=0.1, help="R, see the notes at the top")
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--drafts", type=int, default=2, help="drafts in the chain (1 or more)")
    ap.add_argument("--cyrillic", type=float, default=0.0,
                    help="share of points written in Ukrainian (0 to 1)")
    ap.add_argument("--min-words", type=int, default=40)
    ap.add_argument("--max-words", type=int, default=120)
    ap.add_argument("--word-edit-min", type=float, default=0.05)
    ap.add_argument("--word-edit-max", type=float, default=0.15)
    ap.add_argument("--blank-lines", action="store_true", help="an empty line between points")
    ap.add_argument("--title", default="AGREEMENT ON A DURABLE SETTLEMENT (BENCHMARK TEXT)")
    args = ap.parse_args(argv)
    if args.points < 1 or args.drafts < 1 or not 1 <= args.min_words <= args.max_words:
        ap.error("--points and --drafts must be 1 or more, and 1 <= --min-words <= --max-words")

    rng = random.Random(args.seed)
    writer = Writer(rng, Places(random.Random(1000 + args.seed), 5000))
    os.makedirs(args.out_dir, exist_ok=True)

    points = []
    for _ in range(args.points):
        cyrillic = rng.random() < args.cyrillic
        points.append({"words": writer.point(args.min_words, args.max_words, cyrillic),
                       "cyrillic": cyrillic})
    meta = {"generator": "benches/gen_drafts.py", "args": vars(args), "drafts": []}
    for d in range(args.drafts):
        if d > 0:
            before = points
            points, entries = next_draft(rng, writer, before, args)
            counts = {}
            for e in entries:
                counts[e["op"]] = counts.get(e["op"], 0) + 1
            write_json(os.path.join(args.out_dir, "truth_%02d_%02d.json" % (d - 1, d)), {
                "a_file": "draft_%02d.txt" % (d - 1),
                "b_file": "draft_%02d.txt" % d,
                "a_points": len(before),
                "b_points": len(points),
                "counts": counts,
                "pairs": truth_pairs(entries),
                "entries": entries,
            }, compact=True)
        title = args.title + (" (draft %d)" % d if args.drafts > 1 else "")
        text = render(title, points, args.blank_lines)
        name = "draft_%02d.txt" % d
        with open(os.path.join(args.out_dir, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        words = sum(len(p["words"]) for p in points)
        size = len(text.encode("utf-8"))
        meta["drafts"].append({"file": name, "points": len(points), "words": words, "bytes": size})
        print("%s: %d points, %d words, %d bytes" % (name, len(points), words, size),
              file=sys.stderr)
    write_json(os.path.join(args.out_dir, "meta.json"), meta, compact=False)


if __name__ == "__main__":
    main()
