"""Speed and behaviour of fact extraction and merging on real news clusters (Multi-News sample).

    python scripts/bench_facts.py                          # ../shared/eval/mds-dev, all clusters
    python scripts/bench_facts.py --limit 50 --sample 40   # also print 40 random facts to judge by hand
    python scripts/bench_facts.py --repeat 3               # repeat extraction for steadier timing
    python scripts/bench_facts.py --profile 25             # where extraction spends its time (cProfile)

Prints articles per second for `extract_facts` and `merge_facts` (CPU time of this process, steadier
than wall time on a shared machine), facts per kind, how many
clusters hold reprints (MinHash) and disagreements. The data is not part of the repository:
point --mds at a folder of `<cluster>/docs/NN.txt` files.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.facts import extract_facts, merge_facts
from briefing.facts_merge import independent_reports
from briefing.model import Article, Block
from briefing.text import segment


def load_cluster(folder: Path) -> list[tuple[str, tuple[Block, ...]]]:
    return [(f"{folder.name}/{path.stem}", read_blocks(path)) for path in sorted((folder / "docs").glob("*.txt"))]


def read_blocks(path: Path) -> tuple[Block, ...]:
    """A Multi-News article as paragraphs (blank-line separated, whitespace collapsed), uncleaned."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))]
    return tuple(Block("paragraph", p) for p in paragraphs if p)


def article(article_id: str, blocks: tuple[Block, ...]) -> Article:
    sentences = segment(blocks, article_id)
    return Article(
        id=article_id,
        path=article_id,
        title="",
        source=article_id,
        url="",
        date=datetime(2016, 1, 1),
        date_inferred=True,
        author="",
        language="en",
        tags=(),
        folder="",
        blocks=blocks,
        sentences=sentences,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = Path(__file__).resolve().parents[2] / "shared" / "eval" / "mds-dev"
    parser.add_argument("--mds", type=Path, default=default, help="folder of clusters (<id>/docs/NN.txt)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N clusters")
    parser.add_argument("--repeat", type=int, default=1, help="extraction passes to time")
    parser.add_argument("--sample", type=int, default=0, help="print N random facts with their sentence")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--kinds", default="", help="comma-separated kinds to sample from (default: all)")
    parser.add_argument("--profile", type=int, default=0, help="print the N functions extraction spends most time in")
    args = parser.parse_args(argv)
    folders = sorted(p for p in args.mds.iterdir() if (p / "docs").is_dir())[: args.limit or None]
    clusters = [[article(i, b) for i, b in load_cluster(f)] for f in folders]
    articles = [a for cluster in clusters for a in cluster]
    words = sum(a.word_count for a in articles)

    if args.profile:
        _profile(articles, args.profile)
    started = time.process_time()
    for _ in range(args.repeat):
        extracted = [extract_facts(a.sentences, a.id, published=None) for a in articles]
    extract_seconds = (time.process_time() - started) / args.repeat
    by_id = {a.id: Article(**{**a.__dict__, "facts": f}) for a, f in zip(articles, extracted, strict=True)}
    clusters = [[by_id[a.id] for a in cluster] for cluster in clusters]

    started = time.process_time()
    boxes = [merge_facts(cluster) for cluster in clusters]
    merge_seconds = time.process_time() - started

    kinds = Counter(f.kind for facts in extracted for f in facts)
    reprinted = sum(len(set(independent_reports(c).values())) < len(c) for c in clusters)
    print(f"{len(clusters)} clusters, {len(articles)} articles, {words} words")
    print(f"extract: {extract_seconds:.2f} s ({len(articles) / extract_seconds:.0f} articles/s)")
    print(f"merge:   {merge_seconds:.2f} s ({len(clusters) / merge_seconds:.0f} clusters/s)")
    print("facts per kind:", ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    disputed = sum(bool(b.disagreements) for b in boxes)
    found = sum(len(b.disagreements) for b in boxes)
    print(f"clusters with reprints: {reprinted}; with disagreements: {disputed} ({found} disagreements)")
    if args.sample:
        kinds_wanted = set(filter(None, args.kinds.split(",")))
        _print_sample(extracted, by_id, args.sample, args.seed, kinds_wanted)
    return 0


def _profile(articles: list[Article], top: int) -> None:
    """cProfile of one extraction pass, by time spent in each function itself (word lists loaded first)."""
    import cProfile
    import pstats

    extract_facts(articles[0].sentences, articles[0].id)  # lazy word lists and caches, not per-article cost
    profiler = cProfile.Profile()
    profiler.enable()
    for a in articles:
        extract_facts(a.sentences, a.id, published=None)
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def _print_sample(extracted: list, by_id: dict[str, Article], n: int, seed: int, kinds: set[str]) -> None:
    facts = [f for group in extracted for f in group if not kinds or f.kind in kinds]
    for fact in random.Random(seed).sample(facts, min(n, len(facts))):
        sentence = next(s.text for s in by_id[fact.article].sentences if s.index == fact.sentence)
        extra = f" speaker={fact.speaker!r}" if fact.kind == "quote" else f" role={fact.role!r}"
        print(f"\n[{fact.kind}] {fact.value!r}{extra}\n    {sentence[:300]}")


if __name__ == "__main__":
    sys.exit(main())
