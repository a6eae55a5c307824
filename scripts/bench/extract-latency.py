#!/usr/bin/env python3
"""Warm latency of POST /api/extract: posts each article of a folder (NNN.txt) to a running
server ROUNDS times after one warm-up round and prints p50, p90 and max in milliseconds, with the
articles' mean length in words.

    scripts/bench/extract-latency.py http://localhost:8080 FOLDER [ROUNDS, default 3]
"""
import json
import os
import statistics
import sys
import time
import urllib.request


def post(url, text):
    body = json.dumps({"text": text}).encode("utf-8")
    req = urllib.request.Request(url + "/api/extract", data=body,
                                 headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=300) as answer:
        answer.read()
    return (time.perf_counter() - start) * 1000


def main():
    url, folder = sys.argv[1].rstrip("/"), sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    texts = [open(os.path.join(folder, n), encoding="utf-8").read()
             for n in sorted(os.listdir(folder)) if n.endswith(".txt")]
    for t in texts:
        post(url, t)  # warm-up: models loaded, code compiled
    times = [post(url, t) for _ in range(rounds) for t in texts]
    times.sort()
    words = statistics.mean(len(t.split()) for t in texts)
    print("%d requests, %d articles of %.0f words on average: p50 %.0f ms, p90 %.0f ms, max %.0f ms"
          % (len(times), len(texts), words, statistics.median(times),
             times[int(0.9 * (len(times) - 1))], times[-1]))


if __name__ == "__main__":
    main()
