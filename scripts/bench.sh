#!/usr/bin/env bash
# Whole-process figures for the README: `clausewise compare --format json` on the reference
# drafts of ../shared/bench, timed with hyperfine in the same run as git's word diff, peak memory
# from GNU time, and alignment quality scored by ../shared/bench/score_alignment.py.
# Needs python3, git, hyperfine and GNU time (scripts/setup.sh --bench installs the last two).
set -euo pipefail
cd "$(dirname "$0")/.."
bench=../shared/bench
corpus=target/bench-corpus
cargo build --release --quiet
bin=$PWD/target/release/clausewise

gen() { # name, generator args...
  local name=$1; shift
  [ -f "$corpus/$name/draft_01.txt" ] || python3 "$bench/gen_drafts.py" "$@" --out-dir "$corpus/$name" >/dev/null
}
gen medium --points 2000 --seed 2 --edit-rate 0.1
gen large --points 20000 --seed 3 --edit-rate 0.1
gen medium_ru --points 2000 --seed 2 --edit-rate 0.1 --cyrillic 1.0
gen hard --points 2000 --seed 4 --edit-rate 0.3 --word-edit-min 0.2 --word-edit-max 0.45
gen large5 --points 20000 --seed 3 --edit-rate 0.1 --drafts 5

echo "## Speed (median of 10 runs, $(nproc) cores)"
echo
echo "| drafts | clausewise compare --format json | git diff --no-index --word-diff=porcelain | clausewise peak memory |"
echo "| --- | ---: | ---: | ---: |"
for name in medium large; do
  d=$corpus/$name
  json=$(mktemp)
  hyperfine -N -i -w 2 -r 10 --export-json "$json" \
    "$bin compare $d/draft_00.txt $d/draft_01.txt --format json -o /tmp/clausewise-bench.json" \
    "git diff --no-index --word-diff=porcelain $d/draft_00.txt $d/draft_01.txt" >/dev/null 2>&1 || true
  read -r ours git < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(*("%.3f"%x["median"] for x in r))' "$json")
  kb=$(/usr/bin/time -f %M "$bin" compare "$d/draft_00.txt" "$d/draft_01.txt" --format json -o /tmp/clausewise-bench.json 2>&1 >/dev/null)
  echo "| $name | ${ours} s | ${git} s | $((kb / 1024)) MiB |"
  rm -f "$json"
done

d=$corpus/large5
json=$(mktemp)
hyperfine -N -w 1 -r 5 --export-json "$json" \
  "$bin history $d/draft_00.txt $d/draft_01.txt $d/draft_02.txt $d/draft_03.txt $d/draft_04.txt --format json -o /tmp/clausewise-bench.json" >/dev/null 2>&1
echo "| history of 5 x 20,000 points | $(python3 -c 'import json,sys; print("%.2f s" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$json") | | |"
rm -f "$json"

d=$corpus/near_duplicates
[ -f "$d/draft_01.txt" ] || python3 scripts/near_duplicates.py 40000 "$d"
json=$(mktemp)
hyperfine -N -w 1 -r 5 --export-json "$json" \
  "$bin compare $d/draft_00.txt $d/draft_01.txt --format json -o /tmp/clausewise-bench.json" >/dev/null 2>&1
"$bin" compare "$d/draft_00.txt" "$d/draft_01.txt" --format json -o /tmp/clausewise-bench.json
pairing=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print("%d removed, %d added" % (s["removed"], s["added"]))' /tmp/clausewise-bench.json)
echo "| 40,000 near-identical points (scripts/near_duplicates.py; $pairing) | $(python3 -c 'import json,sys; print("%.3f s" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$json") | | |"
rm -f "$json"

echo
echo "## Alignment quality (score_alignment.py)"
echo
echo "| drafts | precision | recall | F1 | merged recall | split recall |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for name in medium medium_ru hard large; do
  d=$corpus/$name
  "$bin" compare "$d/draft_00.txt" "$d/draft_01.txt" --format json -o /tmp/clausewise-bench.json
  python3 scripts/json_to_pairs.py /tmp/clausewise-bench.json > /tmp/clausewise-pairs.json
  python3 "$bench/score_alignment.py" "$d/truth_00_01.json" /tmp/clausewise-pairs.json | python3 -c '
import re, sys
text = sys.stdin.read()
p, r, f = re.search(r"precision=([\d.]+) recall=([\d.]+) F1=([\d.]+)", text).groups()
ops = dict((k, (int(a), int(b))) for k, a, b in re.findall(r"(\w+) (\d+)/(\d+)", text.split("recall by op:")[1]))
fmt = lambda k: "%d/%d" % ops[k] if k in ops else "-"
print("| %s | %s | %s | %s | %s | %s |" % (sys.argv[1], p, r, f, fmt("merged"), fmt("split")))' "$name"
done
rm -f /tmp/clausewise-bench.json /tmp/clausewise-pairs.json
