#!/usr/bin/env python3
"""One JSON Lines batch for `extract --jsonl` from a folder of articles (NNN.txt, with
NNN.meta.json giving "published" and "publisher" when present), the folder repeated REPEAT
times with ids REPEAT-INDEX; prints the number of articles in the folder.

    scripts/bench/batch.py FOLDER REPEAT OUT.jsonl
"""
import json
import os
import sys


def batch(folder, repeat, path):
    """Writes the batch to path and returns the number of articles in the folder."""
    names = sorted(n[:-4] for n in os.listdir(folder) if n.endswith('.txt'))
    rows = []
    for n in names:
        meta = {}
        meta_path = os.path.join(folder, n + '.meta.json')
        if os.path.exists(meta_path):
            with open(meta_path, encoding='utf-8') as f:
                meta = json.load(f)
        with open(os.path.join(folder, n + '.txt'), encoding='utf-8') as f:
            rows.append({'text': f.read(), 'published': meta.get('published'),
                         'publisher': meta.get('publisher')})
    with open(path, 'w', encoding='utf-8') as f:
        for r in range(repeat):
            for i, row in enumerate(rows):
                f.write(json.dumps(dict(row, id='%d-%d' % (r, i))) + '\n')
    return len(rows)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit('usage: batch.py FOLDER REPEAT OUT.jsonl')
    print(batch(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
