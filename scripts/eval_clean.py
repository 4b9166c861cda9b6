"""Text-cleaning evaluation: the fixture articles, scored against their expected clean text; and speed.

For every `tests/fixtures/clean/NAME.txt` with `NAME.expected.txt`:
- boilerplate lines: input lines the expected text leaves out; reported if they survive cleaning
  (and, the other way, article lines that cleaning lost);
- glued words: input tokens with a case change inside ("intelligenceJust", "APIand") that the expected
  text splits, reported if left whole; and tokens the expected text keeps whole ("OpenAI", "iPhone"),
  reported if cleaning split them.
Lines and tokens are matched on their letters and digits only, so repairs of spacing, quotes and
mojibake do not count as differences. With the evaluation corpus present (`--eval`, default
../shared/eval), it also cleans the Multi-News articles and reports articles per second there, and
issue 3's speed target in the same run: CPU time of cleaning against CPU time of summarizing the same
articles as a build does (each article's summary, then one story summary per cluster, with the
defaults of `Config()`); cleaning must take under a tenth of it. Both times are the best of
`--passes` (default 3) passes, each started with the word caches emptied as a build starts, so a
noisy machine moves the ratio less. `--sumy` adds sumy's LexRank on the same articles, for scale.
`--stages` shows where cleaning's time goes: CPU time of each step of `clean_text` on the corpus
(each step timed around its call, so the shares add up to about the whole; a rough profile, best of
`--passes`).

    python scripts/eval_clean.py [--eval ../shared/eval] [--repeat 20] [--passes 3] [--sumy] [--stages]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import briefing.clean as clean_module  # noqa: E402
import briefing.clean_boiler as boiler_module  # noqa: E402
import briefing.clean_words as words_module  # noqa: E402
import briefing.summarize as summarize_module  # noqa: E402
from briefing.clean import clean_document, clean_text  # noqa: E402
from briefing.config import Config  # noqa: E402
from briefing.summarize import Length, summarize_article, summarize_story, sumy_rank  # noqa: E402
from scripts.eval_rouge import load_clusters  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "clean"
# A line this short is matched as a whole block ("Home" must not match inside "homes").
SHORT_LINE = 3
_GLUED = re.compile(r"[A-Za-z]*(?:[a-z][A-Z]|[A-Z]{2}[a-z]|[a-z]{2}[.!?][A-Z][a-z])[A-Za-z]*")
_MACHINE = re.compile(r"://|www\.|[/@=_]")
# Cleaning must take less than this share of the time summarizing takes (issue 3).
CLEAN_SHARE_TARGET = 0.10
# Warm-up text: it reaches ftfy (mojibake) and wordfreq (a glued word), whose first use loads data.
WARM_UP = "Warm up the lazy importsThe cafÃ© said so."
# Per-word and per-line caches that a first pass fills and later passes would profit from; each timed
# pass starts with them empty, as a build does. (wordfreq's own cache of looked-up words stays.)
CLEAN_CACHES = (
    clean_module._unglued,
    boiler_module.words,
    boiler_module.judge_line,
    boiler_module._marketing_words,
    words_module.zipf,
)
SUMMARY_CACHES = (summarize_module._term,)


def best_cpu(passes: int, run: Callable[[], object], caches: tuple) -> float:
    """The least CPU time of `passes` runs of `run`, each with `caches` emptied first: the noise of a
    busy machine only ever adds time."""
    times = []
    for _ in range(passes):
        for cache in caches:
            cache.cache_clear()
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times)


@dataclass
class Report:
    articles: int = 0
    boilerplate: int = 0
    survived: list[str] = field(default_factory=list)
    article_lines: int = 0
    lost: list[str] = field(default_factory=list)
    glued: int = 0
    left_glued: list[str] = field(default_factory=list)
    names: int = 0
    wrong_splits: list[str] = field(default_factory=list)


def letters(text: str) -> str:
    """Lower-case letters and digits only: what a line says, whatever its spacing and quotes."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def contains(blocks: list[str], line: str) -> bool:
    """Is `line` in the text: a short one as a block of its own, a longer one anywhere."""
    key = letters(line)
    if not key:
        return True
    if len(line.split()) <= SHORT_LINE:
        return any(letters(b) == key for b in blocks)
    return key in letters("".join(blocks))


def evaluate_fixture(source: str, expected: str, report: Report) -> None:
    expected_blocks = [b for b in expected.split("\n\n") if b.strip()]
    cleaned = clean_text(source).text
    cleaned_blocks = [b for b in cleaned.split("\n\n") if b.strip()]
    report.articles += 1
    for line in (ln.strip() for ln in source.splitlines()):
        if not letters(line):
            continue
        if contains(expected_blocks, line):
            report.article_lines += 1
            if not contains(cleaned_blocks, line):
                report.lost.append(line)
        else:
            report.boilerplate += 1
            if contains(cleaned_blocks, line):
                report.survived.append(line)
    _score_tokens(source, expected, cleaned, report)


def _score_tokens(source: str, expected: str, cleaned: str, report: Report) -> None:
    """Glued tokens the expected text splits must be split; those it keeps must stay whole."""
    for part in source.split():
        if _MACHINE.search(part):
            continue
        for token in _GLUED.findall(part):
            if _has_token(expected, token):
                report.names += 1
                if not _has_token(cleaned, token) and letters(token) in letters(cleaned):
                    report.wrong_splits.append(token)
            elif letters(token) in letters(expected):
                report.glued += 1
                if _has_token(cleaned, token):
                    report.left_glued.append(token)


def _has_token(text: str, token: str) -> bool:
    return re.search(rf"(?<![A-Za-z]){re.escape(token)}(?![A-Za-z])", text) is not None


def run_fixtures(repeat: int) -> tuple[Report, float]:
    pairs = [
        (p.read_text(encoding="utf-8"), p.with_name(p.stem + ".expected.txt").read_text(encoding="utf-8"))
        for p in sorted(FIXTURES.glob("*.txt"))
        if not p.name.endswith(".expected.txt")
    ]
    report = Report()
    for source, expected in pairs:
        evaluate_fixture(source, expected.strip(), report)
    started = time.perf_counter()
    for _ in range(repeat):
        for source, _expected in pairs:
            clean_text(source)
    return report, repeat * len(pairs) / (time.perf_counter() - started)


def print_report(report: Report, rate: float) -> None:
    print(f"fixtures: {report.articles} articles, cleaned at {rate:.0f} articles/s")
    print(f"boilerplate lines surviving: {len(report.survived)} of {report.boilerplate}")
    for line in report.survived:
        print(f"    survived: {line[:90]}")
    print(f"article lines lost: {len(report.lost)} of {report.article_lines}")
    for line in report.lost:
        print(f"    lost: {line[:90]}")
    print(f"glued words left: {len(report.left_glued)} of {report.glued}  {report.left_glued}")
    print(f"names/camel-case words wrongly split: {len(report.wrong_splits)} of {report.names}  {report.wrong_splits}")


def run_corpus(eval_dir: Path, sumy: bool, passes: int, stages: bool = False) -> None:
    """Real scraped articles (Multi-News): speed, what was dropped by reason, and cleaning's share
    of the time summarizing takes."""
    docs = sorted((eval_dir / "mds-dev").glob("*/docs/*.txt"))
    if not docs:
        print(f"(no Multi-News articles under {eval_dir / 'mds-dev'}; corpus speed not measured)")
        return
    texts = [p.read_text(encoding="utf-8") for p in docs]
    count = len(texts)
    for cache in CLEAN_CACHES:  # the fixtures filled them: every timed pass starts empty
        cache.cache_clear()
    started, cpu_started = time.perf_counter(), time.process_time()
    results = [clean_document(t, "txt") for t in texts]  # as a build reads a .txt file
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    if passes > 1:  # the first pass above counts too
        cpu = min(cpu, best_cpu(passes - 1, lambda: [clean_document(t, "txt") for t in texts], CLEAN_CACHES))
    kinds = Counter(c.kind for r in results for c in r.changes)
    reasons = Counter(
        c.detail.rsplit(" — ", 1)[-1].split(" (")[0] for r in results for c in r.changes if c.kind == "drop"
    )
    print(
        f"Multi-News: {count} articles in {seconds:.2f} s = {count / seconds:.0f} articles/s (first pass);"
        f" CPU, best of {passes} passes, {cpu:.2f} s = {count / cpu:.0f} articles/s"
    )
    print("  changes: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    changed_again = sum(clean_text(r.text).text != r.text for r in results)
    print(f"  idempotent: cleaning the cleaned text again changes {changed_again} of {count} articles")
    print("  drops by reason: " + ", ".join(f"{k} {n}" for k, n in reasons.most_common(12)))
    if stages:
        stage_times(texts, passes)
    summarizing = time_summaries(eval_dir, sumy, passes)
    share = cpu / summarizing
    verdict = "met" if share < CLEAN_SHARE_TARGET else "NOT met"
    print(
        f"cleaning is {share:.2f} of summarizing time (target < {CLEAN_SHARE_TARGET:.2f}, {verdict}):"
        f" clean {cpu:.2f} s CPU, summarize {summarizing:.2f} s CPU (each the best of {passes} passes)"
    )


# The steps of `clean_text`, looked up by name in their module when it runs, so they can be timed
# in place: (module, function name, what it does). Judging lines one by one is part of removing
# boilerplate; the rest of that step is the rules that look at a line's neighbours.
STAGES = (
    (clean_module, "strip_markup", "HTML and Markdown marks"),
    (clean_module, "_repaired_lines", "repair (ftfy, spacing) and logical lines"),
    (clean_module, "_without_bracketed_prompts", "calls to action in brackets"),
    (clean_module, "_without_citation_marks", "citation marks"),
    (clean_module, "_without_boilerplate", "boilerplate: everything"),
    (boiler_module, "judge_line", "  of which: judging each line alone"),
    (clean_module, "_blocks", "blocks: glued words, headings, datelines"),
)


def stage_times(texts: list[str], passes: int) -> None:
    """CPU seconds spent in each step of `clean_text` over `texts` (the best of `passes`)."""
    spent: dict[str, float] = {}
    originals = [(module, name, getattr(module, name)) for module, name, _ in STAGES]

    def timed(name: str, function: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - started

        return run

    best: dict[str, float] = {}
    total = float("inf")
    try:
        for module, name, function in originals:
            setattr(module, name, timed(name, function))
        for _ in range(passes):
            for cache in CLEAN_CACHES:
                cache.cache_clear()
            spent.clear()
            started = time.process_time()
            for text in texts:
                clean_document(text, "txt")
            elapsed = time.process_time() - started
            if elapsed < total:
                total, best = elapsed, dict(spent)
    finally:
        for module, name, function in originals:
            setattr(module, name, function)
    print(f"where cleaning's time goes ({len(texts)} articles, {total:.2f} s CPU with the timers):")
    for _module, name, label in STAGES:
        print(f"  {label:45} {best.get(name, 0.0):5.2f} s  {best.get(name, 0.0) / total:4.0%}")
    outside = total - sum(best.get(name, 0.0) for _, name, label in STAGES if not label.startswith(" "))
    print(f"  {'the rest (splitting, sorting, the result)':45} {outside:5.2f} s  {outside / total:4.0%}")


def time_summaries(eval_dir: Path, sumy: bool, passes: int = 1) -> float:
    """CPU seconds to summarize the same articles as a build does: every article's summary, then one
    story summary per cluster, with the default configuration (each the best of `passes`). Cleaning
    and segmenting (done again here, by eval_rouge's loader) are not counted."""
    config = Config()
    clusters = [articles for _name, articles, _reference in load_clusters(eval_dir, 0) if articles]
    articles = [a for cluster in clusters for a in cluster]
    article_length = Length(config.article_summary_sentences)
    story_length = Length(config.summary_sentences, config.summary_words, config.summary_ratio)
    summarize_article(articles[0].sentences, article_length, config.algorithm)  # warm up: first use loads data
    per_article = best_cpu(
        passes,
        lambda: [summarize_article(a.sentences, article_length, config.algorithm) for a in articles],
        SUMMARY_CACHES,
    )
    per_story = best_cpu(
        passes, lambda: [summarize_story(cluster, story_length, config.algorithm) for cluster in clusters], ()
    )
    print(
        f"summarizing ({config.algorithm!r}): articles {per_article:.2f} s CPU, {len(clusters)} stories"
        f" {per_story:.2f} s CPU"
    )
    if sumy:
        with warnings.catch_warnings():  # sumy's power iteration divides by zero on one-sentence articles
            warnings.simplefilter("ignore", RuntimeWarning)
            sumy_rank(articles[0].sentences, "lexrank")
            started = time.process_time()
            for article in articles:
                sumy_rank(article.sentences, "lexrank")
        print(f"  for scale: sumy's LexRank ranking the same articles takes {time.process_time() - started:.2f} s CPU")
    return per_article + per_story


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT / ".." / "shared" / "eval", help="folder holding mds-dev/")
    parser.add_argument("--repeat", type=int, default=20, help="passes over the fixtures for the speed figure")
    parser.add_argument("--passes", type=int, default=3, help="timed passes over the corpus; the best counts")
    parser.add_argument("--sumy", action="store_true", help="also time sumy's LexRank on the corpus, for scale")
    parser.add_argument("--stages", action="store_true", help="also time each step of cleaning on the corpus")
    args = parser.parse_args()
    clean_text(WARM_UP)
    print_report(*run_fixtures(args.repeat))
    run_corpus(args.eval, args.sumy, max(1, args.passes), args.stages)


if __name__ == "__main__":
    main()
