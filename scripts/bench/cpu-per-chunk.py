#!/usr/bin/env python3
"""CPU milliseconds per article that `extract --jsonl` spends once started and warmed up.

Builds one JSON Lines batch from a folder of articles (NNN.txt, with NNN.meta.json when present)
repeated REPEAT times, runs `java -jar JAR extract --jsonl` on it and reads the process's CPU time
(user + system, from /proc/PID/stat, Linux only) each time another CHUNK articles have been
written. Start-up and model loading fall in the first chunk, which is left out; the figure is
the mean over the later chunks, each chunk's own figure printed too. Unlike cpu-per-article.sh
(two processes, N and 2N articles) it needs one process, so the noise of a second start-up and
of a second JIT warm-up does not enter the difference.

    scripts/bench/cpu-per-chunk.py FOLDER [REPEAT=80] [JAR=counterclaim-app/target/counterclaim.jar]
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import batch  # noqa: E402

CHUNK = 400


def main():
    if len(sys.argv) < 2:
        sys.exit('usage: cpu-per-chunk.py FOLDER [REPEAT] [JAR]')
    folder = sys.argv[1]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 80
    jar = sys.argv[3] if len(sys.argv) > 3 else 'counterclaim-app/target/counterclaim.jar'
    tick = os.sysconf('SC_CLK_TCK')
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'batch.jsonl')
        articles = batch(folder, repeat, path)
        p = subprocess.Popen(['java', '-jar', jar, 'extract', '--jsonl', path],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

        def cpu_seconds():
            with open('/proc/%d/stat' % p.pid) as f:
                fields = f.read().rsplit(')', 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / tick

        written = 0
        marks = []
        for _ in p.stdout:
            written += 1
            if written % CHUNK == 0:
                marks.append(cpu_seconds())
        if p.wait() != 0 or len(marks) < 3:
            sys.exit('extract failed or too few articles (%d written)' % written)
    per = [(b - a) * 1000 / CHUNK for a, b in zip(marks, marks[1:])]
    print('%d articles x %d; CPU ms per article in each chunk of %d after the first: %s'
          % (articles, repeat, CHUNK, ' '.join('%.1f' % x for x in per)))
    print('CPU per article: %.1f ms (first chunk with start-up: %.1f s)'
          % (sum(per) / len(per), marks[0]))


if __name__ == '__main__':
    main()
