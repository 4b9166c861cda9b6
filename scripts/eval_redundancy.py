"""How often a story summary says the same thing twice, by a measure the summarizer does not use.

    /work/venv/bin/python scripts/eval_redundancy.py --eval ../shared/eval [--limit N] [--show K]

Two inputs: the Multi-News dev clusters (every cluster summarised with `summarize_story` at
the length of its human summary, as scripts/eval_rouge.py does) and the bundled example
(`content/`, built as the golden test builds it, with its configured lengths).

The measure: two chosen sentences are a *near-paraphrase pair* when the ROUGE-2 F-measure
between them (rouge-score: its own tokenizer, Porter stemming, every word kept, word
bigrams) is at least 0.15; "strong" pairs reach 0.25. The summarizer never looks at word
bigrams, Porter stems or stop words, so this does not share its blind spots by
construction. It does miss paraphrases that share few word pairs ("will rise by 8.5%" /
"will pay around 9 per cent more"): read the pairs listed with --show, and the example's
summaries, alongside the counts.

Attribution: for every chosen sentence and every other article of its story, does the
article contain a near-paraphrase of it (same measure, against any of its sentences)? The
report gives how many such (sentence, article) pairs exist and how many the summary's
`also` names; and how many `also` entries have no near-paraphrase in their article (a lower bound on wrong ones' share:
many are paraphrases in other words, which the measure misses; read some before judging).

Recorded (news ranker; dev = 250 clusters; example = content/ as the golden test builds it):

| | near pairs | strong | stories with one | also covers | also unconfirmed |
|---|---|---|---|---|---|
| dev, word cosine only (before) | 306 / 13530 | 52 | 142 / 250 | 553 / 1165 | 145 / 654 |
| dev, statement rules (after) | 231 / 13886 | 39 | 128 / 250 | 689 / 1140 | 308 / 921 |
| example, before | 2 / 50 | 0 | 2 / 5 | 10 / 19 | 0 / 10 |
| example, after | 1 / 50 | 0 | 1 / 5 | 16 / 17 | 2 / 17 |
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.model import Article, SummarySentence
from briefing.summarize import Length, summarize_story
from scripts.eval_rouge import has_data, load_clusters

NEAR = 0.15
STRONG = 0.25

Story = tuple[str, Sequence[Article], tuple[SummarySentence, ...]]


@dataclass
class Tally:
    stories: int = 0
    sentences: int = 0
    pairs: int = 0
    near: int = 0
    strong: int = 0
    stories_with_near: int = 0
    attributable: int = 0  # (chosen sentence, other article) with a near-paraphrase there
    attributed: int = 0  # ... of which `also` names the article
    also_entries: int = 0
    also_unsupported: int = 0  # `also` entries whose sentence is no near-paraphrase
    shown: list[tuple[float, str, str, str]] = field(default_factory=list)


def _scorer():  # type: ignore[no-untyped-def]
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)


def measure(stories: Sequence[Story]) -> Tally:
    scorer = _scorer()
    tally = Tally()

    def r2(a: str, b: str) -> float:
        return float(scorer.score(a, b)["rouge2"].fmeasure)

    for name, articles, summary in stories:
        tally.stories += 1
        tally.sentences += len(summary)
        near_here = 0
        for a, b in itertools.combinations(summary, 2):
            score = r2(a.text, b.text)
            tally.pairs += 1
            if score >= NEAR:
                near_here += 1
                tally.shown.append((score, name, a.text, b.text))
            tally.strong += score >= STRONG
        tally.near += near_here
        tally.stories_with_near += near_here > 0
        by_id = {a.id: a for a in articles}
        for chosen in summary:
            named = {ref.article for ref in chosen.also}
            for other in articles:
                if other.id == chosen.source.article:
                    continue
                if any(r2(chosen.text, s.text) >= NEAR for s in other.sentences):
                    tally.attributable += 1
                    tally.attributed += other.id in named
            for ref in chosen.also:
                tally.also_entries += 1
                tally.also_unsupported += r2(chosen.text, by_id[ref.article].sentences[ref.sentence].text) < NEAR
    return tally


def dev_stories(root: Path, limit: int, algorithm: str) -> list[Story]:
    return [
        (name, articles, summarize_story(articles, Length(words=len(reference.split())), algorithm))
        for name, articles, reference in load_clusters(root, limit)
    ]


def example_stories() -> list[Story]:
    """The bundled example as the golden test builds it (fixed file times and build time)."""
    from briefing.build import make_briefing
    from briefing.config import load_config
    from tests.example_build import FIXED_TIME, example_project

    os.environ["SOURCE_DATE_EPOCH"] = str(FIXED_TIME)
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(project=example_project(Path(tmp)), overrides={"cache": False})
        briefing = make_briefing(config)
    return [(story.slug, story.articles, story.summary) for story in briefing.stories]


def report(label: str, tally: Tally, show: int) -> None:
    def share(part: int, whole: int) -> str:
        return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else f"{part}/0"

    print(f"{label}: {tally.stories} stories, {tally.sentences} chosen sentences, {tally.pairs} pairs")
    near = share(tally.near, tally.pairs)
    print(f"  near-paraphrase pairs (R2 >= {NEAR}): {near}; strong (>= {STRONG}): {tally.strong}")
    print(f"  stories with a near-paraphrase pair: {share(tally.stories_with_near, tally.stories)}")
    print(f"  attribution: also names {share(tally.attributed, tally.attributable)} of the other articles that")
    print("    hold a near-paraphrase of a chosen sentence;")
    print(f"    also entries without one: {share(tally.also_unsupported, tally.also_entries)}")
    for score, name, a, b in sorted(tally.shown, reverse=True)[:show]:
        print(f"  {score:.2f} {name}\n    - {a}\n    - {b}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", default="../shared/eval", type=Path, help="evaluation data folder")
    parser.add_argument("--limit", type=int, default=0, help="only the first N clusters (0: all)")
    parser.add_argument("--algorithm", default="news")
    parser.add_argument("--show", type=int, default=0, help="print the K most similar flagged pairs of each set")
    args = parser.parse_args(argv)
    report("example content", measure(example_stories()), args.show)
    if not has_data(args.eval):
        return 2
    report(f"Multi-News dev, {args.algorithm}", measure(dev_stories(args.eval, args.limit, args.algorithm)), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
