#!/usr/bin/env bash
# Posts N short reports to a running server from W writers at once while one reader loads the
# incident list, then checks that every report answered 201 is stored. Prints the answers'
# statuses and p50/p90/p99 times of the posts and of the reads (curl's time_total, seconds).
#
#   scripts/bench/post-load.sh http://localhost:8080 TOKEN [N=200] [W=8]
#
# The server must take reports (serve --token-file FILE, whose first line is TOKEN).
set -euo pipefail
url="${1:?usage: post-load.sh URL TOKEN [N] [W]}"
token="${2:?usage: post-load.sh URL TOKEN [N] [W]}"
n="${3:-200}"
w="${4:-8}"
run="load-$(date +%s)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

towns=(Kalat Quetta Turbat Gwadar Khuzdar Mastung Noshki Panjgur Bannu Maiduguri Djibo Kech)
for i in $(seq 1 "$n"); do
  town="${towns[$((i % ${#towns[@]}))]}"
  printf '{"id": "%s-%d", "published": "2026-03-%02d", "publisher": "Load Wire", "text": "Gunmen killed %d policemen and wounded %d others near %s on the night of %d March, police said. Report %d of the load run."}\n' \
    "$run" "$i" $((1 + i % 28)) $((2 + i % 37)) $((i % 11)) "$town" $((1 + i % 28)) "$i" > "$tmp/$i.json"
done

percentiles() { # label file-of-"status seconds"
  local label=$1 file=$2 count
  count=$(wc -l < "$file")
  if (( count == 0 )); then echo "$label: none"; return; fi
  awk '{print $2}' "$file" | sort -n > "$file.sorted"
  pick() { local k=$(( ($1 * count + 99) / 100 )); (( k < 1 )) && k=1; sed -n "${k}p" "$file.sorted"; }
  echo "$label: $count answers, p50 $(pick 50) s, p90 $(pick 90) s, p99 $(pick 99) s, max $(tail -1 "$file.sorted") s"
  awk '{print $1}' "$file" | sort | uniq -c | while read -r c s; do echo "$label: status $s x $c"; done
}

( while [[ ! -f "$tmp/done" ]]; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$url/api/incidents?limit=50"
  done > "$tmp/reads.txt" ) &
reader=$!
start=$(date +%s.%N)
seq 1 "$n" | xargs -P "$w" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  --data-binary "@$tmp/{}.json" "$url/api/reports" > "$tmp/posts.txt"
end=$(date +%s.%N)
touch "$tmp/done"
wait "$reader"

echo "$n reports from $w writers in $(echo "$end - $start" | bc) s"
percentiles posts "$tmp/posts.txt"
percentiles reads "$tmp/reads.txt"
stored=0
for i in $(seq 1 "$n"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url/api/report?id=$run-$i")
  [[ "$code" == 200 ]] && stored=$((stored + 1))
done
echo "stored afterwards: $stored of $n"
