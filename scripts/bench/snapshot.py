#!/usr/bin/env python3
"""What a jar extracts from the development sets, one JSON object a line, to compare two builds
(a refactoring must leave it byte for byte the same): the real-news articles of EVAL/realnews-dev
and the first LIMIT texts of each EVAL/*.jsonl.

    scripts/bench/snapshot.py JAR EVAL OUT.jsonl [LIMIT]     (LIMIT: 150)
    cmp base.jsonl new.jsonl
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch import batch  # noqa: E402


def main(jar, evals, out, limit):
    with tempfile.TemporaryDirectory() as tmp:
        rows_path = os.path.join(tmp, 'in.jsonl')
        batch(os.path.join(evals, 'realnews-dev'), 1, rows_path)
        with open(rows_path, 'a', encoding='utf-8') as rows:
            for name in sorted(os.listdir(evals)):
                if not name.endswith('.jsonl'):
                    continue
                with open(os.path.join(evals, name), encoding='utf-8') as f:
                    for i, line in enumerate(f):
                        if i >= limit:
                            break
                        d = json.loads(line)
                        rows.write(json.dumps({'id': '%s-%d' % (name, i), 'text': d['text']})
                                   + '\n')
        with open(out, 'w', encoding='utf-8') as o:
            subprocess.run(['java', '-jar', jar, 'extract', '--jsonl', rows_path], stdout=o,
                           check=False)


if __name__ == '__main__':
    if len(sys.argv) not in (4, 5):
        sys.exit('usage: snapshot.py JAR EVAL OUT.jsonl [LIMIT]')
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) == 5 else 150)
