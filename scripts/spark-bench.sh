#!/usr/bin/env bash
# Scaling benchmark of the Spark job in local mode: makes an archive of at least 5,000 reports
# from an incident file's summaries (GTD CSV: each summary under several ids, in 16 JSON Lines
# files), then runs the job with local[1] and local[2] and prints reports per second.
#   scripts/spark-bench.sh ../shared/eval/gtd-incidents-dev.csv [copies, default 4]
set -euo pipefail
csv="${1:?usage: spark-bench.sh GTD_CSV [COPIES]}"
copies="${2:-4}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$csv" "$copies" "$work/archive" <<'PY'
import csv, json, os, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
copies, out = int(sys.argv[2]), sys.argv[3]
os.makedirs(out)
files = [open(os.path.join(out, "part-%02d.jsonl" % i), "w", encoding="utf-8") for i in range(16)]
n = 0
for k in range(copies):
    for r in rows:
        files[n % 16].write(json.dumps({"id": "gtd-%s-%d" % (r["eventid"], k), "text": r["summary"]}) + "\n")
        n += 1
print("archive: %d reports in 16 files" % n, file=sys.stderr)
PY
(cd "$root" && mvn -q -o -pl counterclaim-spark dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null)
opens="$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/counterclaim-spark/pom.xml")"
for master in 'local[1]' 'local[2]'; do
  start=$(date +%s.%N)
  java $opens -Xmx8g -cp "$root/counterclaim-spark/target/classes:$(cat "$work/cp.txt")" \
    org.counterclaim.spark.ExtractJob --master "$master" --partitions 16 \
    --input "$work/archive" --output "$work/out-$RANDOM" 2>/dev/null | tail -1
  end=$(date +%s.%N)
  python3 -c "import sys; n=$(cat "$work"/archive/*.jsonl | wc -l); t=$end-$start; print('%s: %d reports in %.1f s = %.1f reports/s (model loading and Spark start-up included)' % ('$master', n, t, n/t))"
done
