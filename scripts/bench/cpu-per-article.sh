#!/usr/bin/env bash
# CPU seconds (user + system of the whole process) per article that `extract --jsonl` spends on
# a folder of articles (NNN.txt, with NNN.meta.json when present) repeated REPEAT times, start-up
# differenced out: the run over 2×REPEAT copies minus the run over REPEAT copies, divided by the
# number of articles the difference adds. CPU time holds when another process shares the machine,
# unlike wall time.
#
#   scripts/bench/cpu-per-article.sh FOLDER [REPEAT=5] [JAR=counterclaim-app/target/counterclaim.jar]
set -euo pipefail
folder="${1:?usage: cpu-per-article.sh FOLDER [REPEAT] [JAR]}"
repeat="${2:-5}"
jar="${3:-counterclaim-app/target/counterclaim.jar}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

bench="$(dirname "$0")"
articles=$(python3 "$bench/batch.py" "$folder" "$repeat" "$tmp/n.jsonl")
python3 "$bench/batch.py" "$folder" $((2 * repeat)) "$tmp/2n.jsonl" > /dev/null
cpu() { # the CPU seconds of extract --jsonl over FILE
  /usr/bin/time -f "%U %S" -o "$tmp/time" java -jar "$jar" extract --jsonl < "$1" > /dev/null 2>&1
  awk '{print $1 + $2}' "$tmp/time"
}
a=$(cpu "$tmp/n.jsonl")
b=$(cpu "$tmp/2n.jsonl")
added=$((articles * repeat))
echo "$articles articles x $repeat: $a s CPU; x $((2 * repeat)): $b s CPU"
awk -v a="$a" -v b="$b" -v n="$added" 'BEGIN {printf "CPU per article: %.1f ms (start-up %.1f s)\n", (b - a) * 1000 / n, a - (b - a)}'
