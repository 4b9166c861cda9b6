"""Precision and recall of `briefing.facts.extract_facts` per fact kind, against hand-checked gold.

    python scripts/eval_facts.py                       # all fixture sets in tests/fixtures/facts
    python scripts/eval_facts.py --content content --gold tests/fixtures/facts/content-gold.yaml
    python scripts/eval_facts.py -v                    # also list every miss and false find
    python scripts/eval_facts.py --check               # exit 1 below the targets of issue 5
    python scripts/eval_facts.py --eval ../shared/eval --gold tests/fixtures/facts/multinews-gold.yaml [--set heldout]

The gold file maps an article path (relative to --root, by default the gold file's folder) to
the expected values per kind; its header comment gives the conventions. Fixture articles are
read with their YAML front matter (`date:` is the publication date relative dates resolve
against). With --content, articles go through the real pipeline instead (read, clean, segment,
facts: `briefing.build.prepare_articles`), keyed by their path inside the content folder.
With --eval, articles are real news from the Multi-News sample in that folder
(`mds-dev/<cluster>/docs/<NN>.txt`, keyed "<cluster>/<NN>", read as `bench_facts.py` reads
them, with no publication date); such a gold file scores only the kinds its entries list.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.facts import extract_facts
from briefing.model import Block, Fact, Sentence
from briefing.text import segment
from scripts.bench_facts import read_blocks

KINDS = ("money", "percent", "number", "date", "person", "org", "quote")
TARGETS = {"money": 0.9, "percent": 0.9, "number": 0.9, "date": 0.9, "person": 0.8, "org": 0.8, "quote": 0.8}
QUOTE_WORDS = 5


def read_article(path: Path) -> tuple[tuple[Sentence, ...], date | None]:
    """Sentences and publication date of a Markdown/text article with optional front matter."""
    text = path.read_text(encoding="utf-8")
    meta: dict = {}
    if text.startswith("---"):
        _, front, text = text.split("---", 2)
        meta = yaml.safe_load(front) or {}
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    blocks = tuple(
        Block("heading" if p.startswith("#") else "paragraph", " ".join(p.lstrip("#").split())) for p in paragraphs
    )
    published = meta.get("date")
    if isinstance(published, str):
        published = datetime.fromisoformat(published).date()
    if isinstance(published, datetime):
        published = published.date()
    return segment(blocks, path.name), published


def _plain(value: str) -> str:
    """Curly apostrophes as straight ones and no final full stop, so "O’Mara" in an article
    matches "O'Mara" in gold, and "Knowles Jr" matches "Knowles Jr."."""
    return value.replace("’", "'").removesuffix(".")


def comparable(fact: Fact) -> str:
    """A fact as the gold file writes it."""
    if fact.kind == "quote":
        words = fact.value.split(" | ", 1)[-1].split()
        return _plain(f"{fact.speaker} | {' '.join(words[:QUOTE_WORDS])}".strip())
    return _plain(fact.value)


def gold_values(entry: dict, kind: str) -> set[str]:
    """A kind's gold values; a quote with no speaker is written "| first words"."""
    values = entry.get(kind) or []
    if kind == "quote":
        out = set()
        for value in values:
            speaker, _, words = str(value).partition("|")
            out.add(_plain(f"{speaker.strip()} | {' '.join(words.split()[:QUOTE_WORDS])}".strip()))
        return out
    return {_plain(str(v)) for v in values}


def fixture_facts(root: Path, name: str) -> tuple[Fact, ...]:
    sentences, published = read_article(root / name)
    return extract_facts(sentences, name, published=published)


def news_facts(eval_dir: Path, name: str) -> tuple[Fact, ...]:
    """Facts of one Multi-News article "<cluster>/<NN>" in the eval folder, read as bench_facts.py reads it."""
    cluster, _, number = name.partition("/")
    path = eval_dir / "mds-dev" / cluster / "docs" / f"{number}.txt"
    if not path.is_file():
        raise SystemExit(f"eval_facts: no article {path} (is --eval the folder holding mds-dev/?)")
    return extract_facts(segment(read_blocks(path), name), name, published=None)


def content_facts(content: Path) -> dict[str, tuple[Fact, ...]]:
    """Facts of every article in a content folder, as `briefing build` computes them."""
    from briefing.build import prepare_articles
    from briefing.config import Config
    from briefing.sources import read_content

    found = read_content(content)
    config = Config(root=str(content.parent), content=content.name, cache=False)
    articles, _ = prepare_articles(found.sources, config)
    return {a.path: a.facts for a in articles}


def evaluate(
    gold_path: Path,
    root: Path,
    verbose: bool,
    content: Path | None = None,
    eval_dir: Path | None = None,
    subset: str = "",
) -> dict[str, list[int]]:
    """Counts per kind: [true positives, found, expected]. With `eval_dir`, only the kinds the gold
    lists; with `subset`, only the entries whose `set:` is that."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    if subset:
        gold = {name: entry for name, entry in gold.items() if (entry or {}).get("set") == subset}
    kinds = KINDS
    if eval_dir:
        if not (eval_dir / "mds-dev").is_dir():
            raise SystemExit(f"eval_facts: {eval_dir / 'mds-dev'} is missing: point --eval at ../shared/eval")
        listed = {kind for entry in gold.values() for kind in entry or {}}
        kinds = tuple(kind for kind in KINDS if kind in listed)
    counts = {kind: [0, 0, 0] for kind in kinds}
    prepared = content_facts(content) if content else {}
    for name, entry in sorted(gold.items()):
        if content and name not in prepared:
            print(f"  (no article {name} in {content}: skipped)")
            continue
        facts = _facts_of(name, root, prepared, eval_dir)
        for kind in kinds:
            found = {comparable(f) for f in facts if f.kind == kind}
            expected = gold_values(entry or {}, kind)
            counts[kind][0] += len(found & expected)
            counts[kind][1] += len(found)
            counts[kind][2] += len(expected)
            if verbose:
                _report_differences(name, kind, found, expected)
    return counts


def _facts_of(name: str, root: Path, prepared: dict[str, tuple[Fact, ...]], eval_dir: Path | None) -> tuple[Fact, ...]:
    if eval_dir:
        return news_facts(eval_dir, name)
    return prepared[name] if prepared else fixture_facts(root, name)


def _report_differences(name: str, kind: str, found: set[str], expected: set[str]) -> None:
    for value in sorted(expected - found):
        print(f"  miss  {name} {kind}: {value}")
    for value in sorted(found - expected):
        print(f"  extra {name} {kind}: {value}")


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def print_table(counts: dict[str, list[int]]) -> bool:
    """Print precision/recall per kind; return whether every kind meets its target."""
    print(f"{'kind':8} {'P':>6} {'R':>6} {'F1':>6} {'found':>6} {'gold':>6}  target")
    ok = True
    for kind, (tp, found, expected) in counts.items():
        p, r = ratio(tp, found), ratio(tp, expected)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        meets = p >= TARGETS[kind] and r >= TARGETS[kind]
        ok &= meets
        verdict = "ok" if meets else "BELOW"
        print(f"{kind:8} {p:6.3f} {r:6.3f} {f1:6.3f} {found:6d} {expected:6d}  {TARGETS[kind]:.2f} {verdict}")
    return ok


def total(counts: Iterable[dict[str, list[int]]]) -> dict[str, list[int]]:
    """Counts summed over gold files, for the kinds any of them scores."""
    summed: dict[str, list[int]] = {}
    for one in counts:
        for kind, values in one.items():
            summed[kind] = [a + b for a, b in zip(summed.get(kind, [0, 0, 0]), values, strict=True)]
    return {kind: summed[kind] for kind in KINDS if kind in summed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    fixtures = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "facts"
    defaults = [fixtures / "gold.yaml", fixtures / "heldout" / "gold.yaml", fixtures / "heldout2" / "gold.yaml"]
    parser.add_argument("--gold", type=Path, action="append", help="gold file (repeatable)")
    parser.add_argument("--root", type=Path, help="folder the gold paths are relative to")
    parser.add_argument("--content", type=Path, help="read articles from this content folder via the pipeline")
    parser.add_argument("--eval", type=Path, help="folder holding mds-dev/: score real news (Multi-News)")
    parser.add_argument("--set", default="", help="only the gold entries with this `set:` (dev, heldout)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extra finds")
    parser.add_argument("--check", action="store_true", help="exit 1 if a kind is below its target")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = []
    if args.eval and not args.eval.is_dir():
        parser.error(f"--eval {args.eval}: no such folder (the evaluation data is not part of the repository)")
    for gold in args.gold or defaults:
        print(f"# {gold}")
        results.append(evaluate(gold, args.root or gold.parent, args.verbose, args.content, args.eval, args.set))
    ok = print_table(total(results))
    print(f"({time.perf_counter() - started:.2f} s)")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
