"""HTML extraction benchmark: our `clean_document` next to trafilatura's default, same pages, same run.

Data: `<eval>/extract-dev/html/<hash>.html.gz` and `<eval>/extract-dev/ground-truth.json`
(hand-marked `articleBody` per page). Metric (the benchmark's own): sets of 4-gram shingles of the
lower-cased word tokens; per page precision = |pred∩gold|/|pred|, recall = |pred∩gold|/|gold|;
P and R averaged over pages, F1 the harmonic mean of the averages (per-page mean F1 shown too).

    python scripts/bench_extract.py [--eval ../shared/eval] [--show-worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.clean import clean_document

_WORD = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, exact: bool = False) -> Counter[tuple[str, ...]]:
    """Word 4-grams of lower-cased tokens, each counted once (or, `exact`, as upstream scores:
    case kept, repeats counted). A text shorter than four words is one shingle of what it has."""
    words = _WORD.findall(text if exact else text.lower())
    grams = [tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    counts = Counter(g for g in grams if g)
    return counts if exact else Counter(set(counts))


def score(pred: str, gold: str, exact: bool = False) -> tuple[float, float]:
    """(precision, recall) of one page; an empty side counts as perfect only if both are empty."""
    p, g = shingles(pred, exact), shingles(gold, exact)
    if not p and not g:
        return 1.0, 1.0
    common = (p & g).total()
    return (common / p.total() if p else 0.0), (common / g.total() if g else 0.0)


def load_pages(eval_dir: Path) -> list[tuple[str, str, str]]:
    """(page id, html, gold text) for every page of the benchmark, in a stable order."""
    root = eval_dir / "extract-dev"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        pages.append((key, raw.decode("utf-8", errors="replace"), truth[key]["articleBody"]))
    return pages


def trafilatura_default(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def ours(html: str) -> str:
    return clean_document(html, "html").text


EXTRACTORS: list[tuple[str, Callable[[str], str]]] = [
    ("trafilatura default", trafilatura_default),
    ("briefing clean_document", ours),
]


def run(name: str, extract: Callable[[str], str], pages: list[tuple[str, str, str]], exact: bool) -> dict:
    scores, started = [], time.perf_counter()
    for key, html, gold in pages:
        scores.append((key, *score(extract(html), gold, exact)))
    seconds = time.perf_counter() - started
    precision = statistics.fmean(s[1] for s in scores)
    recall = statistics.fmean(s[2] for s in scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    page_f1 = statistics.fmean(2 * p * r / (p + r) if p + r else 0.0 for _, p, r in scores)
    rate = len(pages) / seconds
    return {"name": name, "p": precision, "r": recall, "f1": f1, "page_f1": page_f1, "rate": rate, "scores": scores}


def print_table(results: list[dict]) -> None:
    print(f"{'extractor':<24}{'F1':>7}{'P':>7}{'R':>7}{'page-F1':>9}{'art/s':>8}")
    for r in results:
        print(f"{r['name']:<24}{r['f1']:7.3f}{r['p']:7.3f}{r['r']:7.3f}{r['page_f1']:9.3f}{r['rate']:8.1f}")


def print_worst(result: dict, baseline: dict, count: int) -> None:
    """The pages where we lose most F1 against the baseline: where to look next."""
    base = {key: (p, r) for key, p, r in baseline["scores"]}
    rows = sorted(result["scores"], key=lambda s: (s[1] + s[2]) - sum(base[s[0]]))
    for key, p, r in rows[:count]:
        bp, br = base[key]
        print(f"{key[:12]}  ours P {p:.3f} R {r:.3f}   trafilatura P {bp:.3f} R {br:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / ".." / "shared" / "eval"
    parser.add_argument("--eval", type=Path, default=default, help="folder holding extract-dev/")
    parser.add_argument("--show-worst", type=int, default=0, help="list the N pages we do worst on")
    parser.add_argument("--exact", action="store_true", help="score as upstream: case kept, repeated shingles counted")
    args = parser.parse_args()
    pages = load_pages(args.eval)
    print(f"{len(pages)} pages from {args.eval / 'extract-dev'}")
    ours(pages[0][1])  # warm up lazy imports so the first extractor is not charged for them
    results = [run(name, extract, pages, args.exact) for name, extract in EXTRACTORS]
    print_table(results)
    if args.show_worst:
        print_worst(results[1], results[0], args.show_worst)


if __name__ == "__main__":
    main()
