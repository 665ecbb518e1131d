"""Summarise a run of ADL's LRS conformance suite: ``python bench/conformance_report.py LOG
[RUNNER_OUTPUT]``. LOG is the JSON log the console runner writes (run with ``-z``, failing
tests only); prints the pass/fail counts and, per top-level category, the failing tests."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter


def _leaves(node, path):
    children = [t for t in node.get("tests") or [] if t]
    if not children:
        yield path, node
        return
    for child in children:
        yield from _leaves(child, [*path, child.get("title") or child.get("name") or "?"])


def main(log_path: str, output_path: str | None = None) -> None:
    with open(log_path) as handle:
        log = json.load(handle)
    summary = log.get("summary") or {}
    if not summary and output_path:  # the runner prints the summary as its last JSON line
        with open(output_path) as handle:
            lines = [ln for ln in handle if ln.startswith('{"total"')]
        summary = json.loads(lines[-1]) if lines else {}
    print("conformance (xAPI 1.0.3):", json.dumps(summary))
    failing = Counter()
    titles: dict[str, list[str]] = {}
    root = log.get("log") or {}
    for top in [t for t in root.get("tests") or [] if t]:
        category = top.get("title") or top.get("name") or "?"
        for path, leaf in _leaves(top, [category]):
            failing[category] += 1
            titles.setdefault(category, []).append(" / ".join(path[1:]) or leaf.get("title", ""))
    for category, count in failing.most_common():
        print(f"\n{count:4d} failing  {category}")
        for title in titles[category]:
            print("        -", re.sub(r"\s+", " ", title)[:160])


if __name__ == "__main__":
    main(*sys.argv[1:])
