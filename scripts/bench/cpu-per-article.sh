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

python3 - "$folder" "$repeat" "$tmp" <<'PY'
import json, os, sys
folder, repeat, tmp = sys.argv[1], int(sys.argv[2]), sys.argv[3]
names = sorted(n[:-4] for n in os.listdir(folder) if n.endswith('.txt'))
rows = []
for n in names:
    meta = {}
    if os.path.exists(os.path.join(folder, n + '.meta.json')):
        meta = json.load(open(os.path.join(folder, n + '.meta.json')))
    rows.append({'text': open(os.path.join(folder, n + '.txt'), encoding='utf-8').read(),
                 'published': meta.get('published'), 'publisher': meta.get('publisher')})
for k, count in (('n', repeat), ('2n', 2 * repeat)):
    with open(os.path.join(tmp, k + '.jsonl'), 'w') as f:
        for r in range(count):
            for i, row in enumerate(rows):
                f.write(json.dumps(dict(row, id='%d-%d' % (r, i))) + '\n')
print(len(rows), file=open(os.path.join(tmp, 'articles'), 'w'))
PY
articles=$(cat "$tmp/articles")
cpu() { # the CPU seconds of extract --jsonl over FILE
  /usr/bin/time -f "%U %S" -o "$tmp/time" java -jar "$jar" extract --jsonl < "$1" > /dev/null 2>&1
  awk '{print $1 + $2}' "$tmp/time"
}
a=$(cpu "$tmp/n.jsonl")
b=$(cpu "$tmp/2n.jsonl")
added=$((articles * repeat))
echo "$articles articles x $repeat: $a s CPU; x $((2 * repeat)): $b s CPU"
awk -v a="$a" -v b="$b" -v n="$added" 'BEGIN {printf "CPU per article: %.1f ms (start-up %.1f s)\n", (b - a) * 1000 / n, a - (b - a)}'
