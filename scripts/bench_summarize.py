"""Speed of the summarizers: fast LexRank against sumy's, and a 300-sentence story.

    /work/venv/bin/python scripts/bench_summarize.py --eval ../shared/eval [--articles N]

1. Per article: every article of the evaluation set (cleaned and segmented once, outside the
   timing) ranked by sumy's LexRankSummarizer and by our `rank(..., "lexrank")`, side by
   side in one run; both include tokenising and stemming. Two passes: cold, then warm cache.
2. Per story: the articles of the clusters with most sources, pooled and cut to 300 sentences, summarised
   with `summarize_story` (rank, select, attribute) by each fast algorithm; median of 5 runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing import summarize, text
from briefing.model import Article
from briefing.summarize import Length, rank, summarize_article, summarize_story, sumy_rank
from scripts.eval_rouge import has_data, load_clusters


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def per_article(articles: Sequence[Article]) -> None:
    """Two passes, sumy and ours timed article by article so both see the same machine load.
    Pass 1 starts with empty stem caches (a cold start); pass 2 is the steady state of a long
    build, where most words have been stemmed before (sumy has no cache: both its passes
    stem every word)."""
    text._stem_cached.cache_clear()
    summarize._term.cache_clear()
    n_sentences = sum(len(a.sentences) for a in articles)
    print(f"per article: {len(articles)} articles, {n_sentences} sentences")
    for label in ("pass 1, cold stem cache", "pass 2, warm stem cache"):
        sumy = fast = 0.0
        for a in articles:
            sumy += timed(lambda a=a: sumy_rank(a.sentences, "lexrank"))
            fast += timed(lambda a=a: rank(a.sentences, "lexrank"))
        print(f"  {label}:")
        print(f"    sumy LexRank         {sumy:7.2f} s  {len(articles) / sumy:8.1f} articles/s")
        print(f"    fast LexRank (rank)  {fast:7.2f} s  {len(articles) / fast:8.1f} articles/s  ({sumy / fast:.1f}x)")
    whole = timed(lambda: [summarize_article(a.sentences, Length(3), "lexrank") for a in articles])
    print(f"  summarize_article, lexrank, warm: {whole:.2f} s, {len(articles) / whole:.1f} articles/s (rank + select)")


def story_of(clusters: list[list[Article]], size: int) -> list[Article]:
    """Articles of the clusters with the most sources, pooled as one story and cut to `size`
    sentences (many articles, as a busy story has, rather than one very long one)."""
    pooled: list[Article] = []
    left = size
    for articles in sorted(clusters, key=lambda c: (-len(c), -sum(len(a.sentences) for a in c))):
        for a in articles:
            if left <= 0:
                return pooled
            new_id = f"{a.folder}/{a.id}"  # ids are only unique within a cluster
            sentences = tuple(replace(s, article=new_id) for s in a.sentences[:left])
            pooled.append(replace(a, id=new_id, sentences=sentences))
            left -= len(pooled[-1].sentences)
    return pooled


def per_story(story: list[Article]) -> None:
    n_sentences = sum(len(a.sentences) for a in story)
    print(f"story: {len(story)} articles, {n_sentences} sentences (median of 5 runs, after one warm-up)")
    for algorithm in ("news", "lexrank", "textrank"):
        summarize_story(story, Length(words=260), algorithm)
        runs = [timed(lambda a=algorithm: summarize_story(story, Length(words=260), a)) for _ in range(5)]
        print(f"  summarize_story {algorithm:<9} {1000 * statistics.median(runs):7.1f} ms")
    sentences = [s for a in story for s in a.sentences]
    print(f"  sumy LexRank rank only  {1000 * timed(lambda: sumy_rank(sentences, 'lexrank')):7.1f} ms (one run)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", default="../shared/eval", type=Path, help="evaluation data folder")
    parser.add_argument("--articles", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--story-sentences", type=int, default=300)
    args = parser.parse_args(argv)
    if not has_data(args.eval):
        return 2
    clusters = [articles for _, articles, _ in load_clusters(args.eval, 0)]
    articles = [a for c in clusters for a in c][: args.articles or None]
    per_article(articles)
    per_story(story_of(clusters, args.story_sentences))
    return 0


if __name__ == "__main__":
    sys.exit(main())
