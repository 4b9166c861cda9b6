"""Measure `briefing.text.split_sentences` against the English golden rules and pySBD.

    python scripts/eval_sbd.py --eval ../shared/eval

Prints, for ours and for pySBD: how many golden rules pass, the ones that fail, and
sentences per second on the same text (the golden-rule texts plus any news articles
found under `mds-dev/*/docs/*.txt`), so speed and accuracy come from one run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.text import split_sentences

Splitter = Callable[[str], list[str]]


def pysbd_splitter() -> Splitter | None:
    """pySBD with its text cleaning off, so both splitters see the same characters."""
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [s.strip() for s in segmenter.segment(text) if s.strip()]


def golden_failures(split: Splitter, rules: Sequence[dict]) -> list[dict]:
    return [rule for rule in rules if split(rule["text"]) != rule["sentences"]]


def corpus(eval_dir: Path, rules: Sequence[dict], limit: int) -> list[str]:
    """Paragraphs to time on: real news text when available, else the golden-rule texts."""
    paragraphs = [rule["text"] for rule in rules]
    for path in sorted(eval_dir.glob("mds-dev/*/docs/*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8", errors="replace")
        paragraphs.extend(p.strip() for p in text.split("\n\n") if p.strip())
    return paragraphs


def speed(split: Splitter, paragraphs: Sequence[str], min_seconds: float) -> tuple[float, int]:
    """Sentences per second over the whole corpus, repeated until `min_seconds` have passed."""
    count, rounds, started = 0, 0, time.perf_counter()
    while True:
        count += sum(len(split(p)) for p in paragraphs)
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return count / elapsed, count // rounds


def report(name: str, split: Splitter, rules: Sequence[dict], paragraphs: Sequence[str], seconds: float) -> float:
    failures = golden_failures(split, rules)
    rate, per_round = speed(split, paragraphs, seconds)
    passed = len(rules) - len(failures)
    print(f"{name:8} golden rules {passed}/{len(rules)}   {rate:,.0f} sentences/s ({per_round:,} sentences per pass)")
    for rule in failures:
        print(f"         fails {rule['rule']}: {rule['name']}")
    return rate


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"), help="evaluation data folder")
    parser.add_argument("--docs", type=int, default=200, help="news articles to time on (mds-dev)")
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum timing per splitter")
    args = parser.parse_args(argv)
    golden = args.eval / "sbd_golden_en.json"
    if not golden.exists():
        parser.error(f"no golden rules at {golden}")
    rules = json.loads(golden.read_text(encoding="utf-8"))
    paragraphs = corpus(args.eval, rules, args.docs)
    print(f"timing text: {len(paragraphs):,} paragraphs, {sum(len(p) for p in paragraphs):,} characters")
    ours = report("ours", split_sentences, rules, paragraphs, args.seconds)
    other = pysbd_splitter()
    if other is None:
        print("pySBD    not installed")
        return 0
    theirs = report("pySBD", other, rules, paragraphs, args.seconds)
    print(f"ours is {ours / theirs:.1f}x the speed of pySBD")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
