#!/usr/bin/env python3
"""Regenerates the table of vocabulary files in docs/vocabulary.md.

Reads counterclaim-core's vocabulary/index.txt, the header of each file it lists (what the file
holds: the header's first sentence) and the main Java sources (which classes read the file: those
naming it in a string, and the classes its header names), and writes the table between the
markers <!-- vocabulary-table --> and <!-- /vocabulary-table --> of docs/vocabulary.md.

    python3 scripts/vocabulary-table.py            # rewrite docs/vocabulary.md
    python3 scripts/vocabulary-table.py --print    # print the table only
    python3 scripts/vocabulary-table.py --check    # exit 1 when docs/vocabulary.md is stale
"""
import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
CORE = REPO / "counterclaim-core/src/main"
RESOURCES = CORE / "resources/org/counterclaim/core"
INDEX = RESOURCES / "vocabulary/index.txt"
DOC = REPO / "docs/vocabulary.md"
BEGIN = "<!-- vocabulary-table -->"
END = "<!-- /vocabulary-table -->"
# a class named in a header: "casualty.CasualtyCues", "nlp.corenlp.CoreNlpAnalyzer"
HEADER_CLASS = re.compile(r"\b((?:[a-z]+\.)+[A-Z]\w+)\b")


def header(name):
    """The header of vocabulary file `name`: its leading '#' lines as one line of text."""
    lines = []
    for line in (RESOURCES / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return " ".join(l for l in lines if l)


def first_sentence(text):
    """`text` up to its first full stop outside brackets and quotes."""
    depth = 0
    quoted = False
    for i, c in enumerate(text):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == '"':
            quoted = not quoted
        elif c == "." and depth == 0 and not quoted and (i + 1 == len(text) or text[i + 1] == " "):
            return text[: i + 1]
    return text


def java_sources():
    """(class name relative to org.counterclaim.core or the module, code lines) of main sources."""
    out = []
    for path in sorted(REPO.glob("counterclaim-*/src/main/java/**/*.java")):
        if path.name == "Vocabulary.java" and path.parent.name == "vocabulary":
            continue
        parts = path.relative_to(path.parents[0]).with_suffix("").parts
        package = str(path.parent).split("/java/org/counterclaim/")[-1].replace("/", ".")
        package = package[len("core."):] if package.startswith("core.") else package
        code = [l for l in path.read_text(encoding="utf-8").splitlines()
                if not l.strip().startswith(("*", "/*", "//"))]
        out.append((package + "." + parts[-1], package, code))
    return out


def readers(name, sources, head):
    """The classes that read file `name`."""
    literal = '"' + name + '"'
    found = [c for c, _, code in sources if any(literal in l for l in code)]
    if not found:
        folder, _, base = name.rpartition("/")
        bare = '"' + base + '"'
        found = [c for c, package, code in sources
                 if package == folder.replace("/", ".") and any(bare in l for l in code)]
    return found + [c for c in sorted(set(HEADER_CLASS.findall(head))) if c not in found]


def table():
    sources = java_sources()
    rows = ["| file | what it holds | read by |", "| --- | --- | --- |"]
    for name in INDEX.read_text(encoding="utf-8").split():
        head = header(name)
        what = first_sentence(head).replace("|", "\\|")
        who = ", ".join("`" + c + "`" for c in readers(name, sources, head)) or "—"
        rows.append(f"| `{name}` | {what} | {who} |")
    return "\n".join(rows)


def main(args):
    rows = table()
    if "--print" in args:
        print(rows)
        return 0
    doc = DOC.read_text(encoding="utf-8")
    if BEGIN not in doc or END not in doc:
        print(f"{DOC}: no {BEGIN} ... {END} markers", file=sys.stderr)
        return 2
    before, rest = doc.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    new = before + BEGIN + "\n" + rows + "\n" + END + after
    if "--check" in args:
        if new != doc:
            print(f"{DOC} is out of date: run python3 scripts/vocabulary-table.py", file=sys.stderr)
            return 1
        return 0
    if new != doc:
        DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
