"""ROUGE of story summaries on a multi-document news set, ours against classic baselines.

    /work/venv/bin/python scripts/eval_rouge.py --eval ../shared/eval [--limit N] [--json out.json]
    /work/venv/bin/python scripts/eval_rouge.py --per-article   # single-article summaries (a proxy)

Data: `<eval>/mds-dev/<cluster>/docs/NN.txt` (one article each) and `refs/1.txt` (the human
summary), e.g. the Multi-News sample described in `<eval>/README.md`.

Every system gets the same input: each article through the project's clean stage
(`clean_document(text, "txt")`) and sentence splitter (`segment`). Every summary gets the
same word budget, the length of the cluster's human summary, under the same rule: sentences
are taken in the system's order while they fit the budget (one that does not fit is
skipped; the first is always taken). Baselines are taken as they are: sumy's LexRank,
TextRank and LSA on the cluster's sentences as one document (our tokenizer, Snowball
stemmer and sumy's stop words), and Lead-N (first sentence of each article, then the
second of each, ...). Ours are `briefing.summarize.summarize_story` with each algorithm
named in --ours. Scores: ROUGE-1/2/L F-measure (rouge-score, Porter stemming), mean × 100.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing.clean import clean_document
from briefing.model import Article, Sentence
from briefing.summarize import Length, summarize_story, sumy_rank
from briefing.text import segment

METRICS = ("rouge1", "rouge2", "rougeL")
BASELINES = ("sumy-lexrank", "sumy-textrank", "sumy-lsa", "lead")
EPOCH = datetime(2000, 1, 1)


def has_data(root: Path) -> bool:
    """True if `root` holds the evaluation set; otherwise says so on stderr."""
    if (root / "mds-dev").is_dir():
        return True
    print(f"no evaluation data: {root / 'mds-dev'} is not a folder (see --eval)", file=sys.stderr)
    return False


def load_clusters(root: Path, limit: int) -> list[tuple[str, list[Article], str]]:
    """(cluster id, cleaned and segmented articles, reference summary) for each cluster."""
    clusters = []
    for folder in sorted(p for p in (root / "mds-dev").iterdir() if p.is_dir())[: limit or None]:
        articles = [_article(path) for path in sorted((folder / "docs").glob("*.txt"))]
        reference = (folder / "refs" / "1.txt").read_text(encoding="utf-8")
        clusters.append((folder.name, [a for a in articles if a.sentences], reference))
    return clusters


def _article(path: Path) -> Article:
    cleaned = clean_document(path.read_text(encoding="utf-8"), "txt")
    article_id = path.stem
    sentences = segment(cleaned.blocks, article=article_id)
    return Article(
        id=article_id,
        path=str(path),
        title="",
        source="",
        url="",
        date=EPOCH,
        date_inferred=True,
        author="",
        language="en",
        tags=(),
        folder=path.parent.parent.name,
        blocks=cleaned.blocks,
        sentences=sentences,
    )


def fill_budget(ranked: Sequence[Sentence], budget: int) -> list[Sentence]:
    """Sentences in the given order while they fit the word budget (the first always does)."""
    chosen: list[Sentence] = []
    used = 0
    for sentence in ranked:
        n_words = len(sentence.text.split())
        if chosen and used + n_words > budget:
            continue
        chosen.append(sentence)
        used += n_words
    return chosen


def lead(articles: Sequence[Article], budget: int) -> str:
    round_robin = [
        a.sentences[k] for k in range(max(len(a.sentences) for a in articles)) for a in articles if k < len(a.sentences)
    ]
    return " ".join(s.text for s in fill_budget(round_robin, budget))


def sumy_baseline(algorithm: str) -> Callable[[Sequence[Article], int], str]:
    def summarize(articles: Sequence[Article], budget: int) -> str:
        sentences = [s for a in articles for s in a.sentences]
        scores = sumy_rank(sentences, algorithm)
        ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])  # stable: ties in reading order
        chosen = sorted(fill_budget([sentences[i] for i in ranked], budget), key=sentences.index)
        return " ".join(s.text for s in chosen)

    return summarize


def ours(algorithm: str) -> Callable[[Sequence[Article], int], str]:
    def summarize(articles: Sequence[Article], budget: int) -> str:
        return " ".join(s.text for s in summarize_story(articles, Length(words=budget), algorithm))

    return summarize


def systems(names: Sequence[str], our_algorithms: Sequence[str]) -> dict[str, Callable[[Sequence[Article], int], str]]:
    table: dict[str, Callable[[Sequence[Article], int], str]] = {f"ours-{a}": ours(a) for a in our_algorithms}
    for name in names:
        table[name] = lead if name == "lead" else sumy_baseline(name.removeprefix("sumy-"))
    return table


Task = tuple[Sequence[Article], str, int]  # articles to summarise, reference, word budget


def story_tasks(clusters: list[tuple[str, list[Article], str]]) -> list[Task]:
    """One task per cluster: all its articles, at the human summary's length."""
    return [(articles, reference, len(reference.split())) for _, articles, reference in clusters]


def article_tasks(clusters: list[tuple[str, list[Article], str]], min_words: int = 300) -> list[Task]:
    """One task per article of at least `min_words` words, at a third of its length (at most the
    human summary's): a proxy for single-article summaries, against the cluster's reference."""
    tasks: list[Task] = []
    for _, articles, reference in clusters:
        for article in articles:
            n_words = sum(len(s.text.split()) for s in article.sentences)
            if n_words >= min_words:
                tasks.append(([article], reference, min(len(reference.split()), n_words // 3)))
    return tasks


def evaluate(tasks: list[Task], table) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    results: dict[str, dict[str, float]] = {}
    for name, summarize in table.items():
        totals = dict.fromkeys(METRICS, 0.0)
        started = time.perf_counter()
        for articles, reference, budget in tasks:
            scores = scorer.score(reference, summarize(articles, budget))
            for metric in METRICS:
                totals[metric] += scores[metric].fmeasure
        results[name] = {m: 100 * totals[m] / len(tasks) for m in METRICS}
        results[name]["seconds"] = time.perf_counter() - started
        print(f"  {name}: done", file=sys.stderr)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", default="../shared/eval", type=Path, help="evaluation data folder")
    parser.add_argument("--limit", type=int, default=0, help="only the first N clusters (0: all)")
    parser.add_argument("--ours", default="news,lexrank", help="our algorithms to score, comma-separated")
    parser.add_argument("--baselines", default=",".join(BASELINES), help="baselines to score ('' for none)")
    parser.add_argument("--per-article", action="store_true", help="summarise single articles (see article_tasks)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if not has_data(args.eval):
        return 2

    clusters = load_clusters(args.eval, args.limit)
    tasks = article_tasks(clusters) if args.per_article else story_tasks(clusters)
    table = systems([b for b in args.baselines.split(",") if b], [a for a in args.ours.split(",") if a])
    results = evaluate(tasks, table)
    n_articles = sum(len(a) for _, a, _ in clusters)
    unit = "single-article summaries" if args.per_article else "story summaries"
    print(f"{len(tasks)} {unit} from {len(clusters)} clusters, {n_articles} articles")
    print("input of every system: clean_document(text, 'txt') + segment; budget filled by the same rule")
    print(f"{'system':<16} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'seconds':>8}")
    for name, row in sorted(results.items(), key=lambda item: -item[1]["rouge2"]):
        print(f"{name:<16} {row['rouge1']:6.2f} {row['rouge2']:6.2f} {row['rougeL']:6.2f} {row['seconds']:8.1f}")
    if args.json:
        args.json.write_text(json.dumps({"tasks": len(tasks), "unit": unit, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
