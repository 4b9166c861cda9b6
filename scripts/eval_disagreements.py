"""Precision and recall of the disagreements a story's key-facts box flags, against hand-checked gold.

    python scripts/eval_disagreements.py                  # every gold set in tests/fixtures/facts/disagree
    python scripts/eval_disagreements.py -v               # also every miss and false find
    python scripts/eval_disagreements.py --check          # exit 1 below the targets
    python scripts/eval_disagreements.py --gold tests/fixtures/facts/disagree/heldout2/gold.yaml

Every folder next to the gold file is one story; its articles go through the real pipeline
(read, clean, segment, facts, merge: `briefing.build.story_from_files`, as `briefing facts`
does). A disagreement is its sides, each a value and the articles giving it; a found one counts
only if it matches a gold one exactly (same values, same articles on each side). Anything
found in a story the gold lists no disagreement for is a false one, which is what the
look-alike stories are there to catch. Scores are also split into yes/no claims and figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.build import story_from_files
from briefing.config import Config
from briefing.model import Disagreement

TARGETS = {"precision": 0.9, "recall": 0.8}
FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "facts" / "disagree"
GOLDS = (FIXTURES / "gold.yaml", FIXTURES / "heldout" / "gold.yaml", FIXTURES / "heldout2" / "gold.yaml")

Sides = frozenset[tuple[str, frozenset[str]]]


def found_in(folder: Path) -> list[Sides]:
    """The disagreements `briefing` finds between the articles in one story folder."""
    paths = sorted(folder.glob("*.md"))
    story, _ = story_from_files(paths, Config(root=str(folder), cache=False))
    if story is None:
        return []
    names = {a.id: Path(a.path).stem for a in story.articles}
    return [_sides(d, names) for d in story.facts.disagreements]


def _sides(disagreement: Disagreement, names: dict[str, str]) -> Sides:
    return frozenset((value.value, frozenset(names[s.article] for s in value.sources)) for value in disagreement.values)


def gold_sides(entry: dict[str, list[str]]) -> Sides:
    return frozenset((str(value), frozenset(articles)) for value, articles in entry.items())


def kind_of(sides: Sides) -> str:
    """ "claim" for a yes/no disagreement ("payment | yes"), else "figure"."""
    return "claim" if all(value.endswith((" | yes", " | no")) for value, _ in sides) else "figure"


def evaluate(gold_path: Path, verbose: bool) -> dict[str, list[int]]:
    """Counts per kind of disagreement: [true positives, found, expected]."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    counts = {"claim": [0, 0, 0], "figure": [0, 0, 0]}
    for story, entries in sorted(gold.items()):
        expected = {gold_sides(e) for e in entries or []}
        found = set(found_in(gold_path.parent / story))
        for sides in found:
            counts[kind_of(sides)][1] += 1
            counts[kind_of(sides)][0] += sides in expected
        for sides in expected:
            counts[kind_of(sides)][2] += 1
        if verbose:
            for sides in expected - found:
                print(f"  miss  {story}: {show(sides)}")
            for sides in found - expected:
                print(f"  false {story}: {show(sides)}")
    return counts


def show(sides: Sides) -> str:
    return " vs ".join(f"{value} ({', '.join(sorted(articles))})" for value, articles in sorted(sides))


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def print_table(counts: dict[str, list[int]]) -> bool:
    """Print precision and recall per kind and in all; return whether all meets the targets."""
    rows = {**counts, "all": [sum(c[i] for c in counts.values()) for i in range(3)]}
    print(f"{'kind':8} {'P':>6} {'R':>6} {'found':>6} {'right':>6} {'gold':>6}")
    for kind, (right, found, expected) in rows.items():
        print(f"{kind:8} {ratio(right, found):6.3f} {ratio(right, expected):6.3f} {found:6d} {right:6d} {expected:6d}")
    right, found, expected = rows["all"]
    return ratio(right, found) >= TARGETS["precision"] and ratio(right, expected) >= TARGETS["recall"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, action="append", help="gold file (repeatable; default: all three sets)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false finds")
    parser.add_argument("--check", action="store_true", help="exit 1 below the targets")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = {"claim": [0, 0, 0], "figure": [0, 0, 0]}
    for gold in args.gold or GOLDS:
        print(f"# {gold}")
        for kind, values in evaluate(gold, args.verbose).items():
            counts[kind] = [a + b for a, b in zip(counts[kind], values, strict=True)]
    ok = print_table(counts)
    print(
        f"targets: precision {TARGETS['precision']}, recall {TARGETS['recall']} ({time.perf_counter() - started:.2f} s)"
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
