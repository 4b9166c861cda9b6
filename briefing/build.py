"""The build pipeline, top to bottom, and the atomic write of the site.

    read → clean → segment → summarize → facts   (per article: `prepare_article`)
         → group into stories → story summary + fact box   (`make_stories`)
         → briefing → render (site, digest) → write

Everything before `write_site` is pure: the same content and config give the same files.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from briefing.cache import ResultCache, StoryResults, article_key, story_key
from briefing.clean import clean_document, metadata_from_extraction
from briefing.config import Config
from briefing.facts import extract_facts, merge_facts
from briefing.markdown import markdown_to_text
from briefing.model import (
    Article,
    Block,
    Briefing,
    BuildResult,
    Cleaned,
    ContentError,
    Problem,
    Source,
    Story,
)
from briefing.search import index_site
from briefing.sources import KNOWN_FIELDS, parse_date, read_content, read_source
from briefing.stories import group_articles, unique_slugs
from briefing.summarize import Length, needs_antecedent, summarize_article, summarize_story
from briefing.text import segment, split_sentences


def build(config: Config) -> BuildResult:
    """Build the site and digest for `config`; the one place the stages are called in order."""
    briefing = make_briefing(config)
    from briefing.render import render_site  # Jinja is only needed once there is something to render

    files = render_site(briefing, config)
    write_site(files, config.output_dir)
    search_problems = index_site(config.output_dir)  # Pagefind reads the written pages; optional
    return BuildResult(
        out_dir=str(config.output_dir),
        pages=tuple(sorted(files)),
        stories=len(briefing.stories),
        articles=sum(len(s.articles) for s in briefing.stories),
        problems=(*briefing.problems, *search_problems),
    )


def make_briefing(config: Config) -> Briefing:
    """Content folder → briefing: read, prepare each article, group and summarize stories."""
    content_dir = config.content_dir
    if not content_dir.is_dir():
        raise ContentError(f"{content_dir}: content folder not found")
    found = read_content(content_dir)
    articles, problems = prepare_articles(found.sources, config)
    return Briefing(
        title=config.title,
        built_at=build_time(config),
        stories=make_stories(articles, found.stories, config),
        problems=tuple(sorted((*found.problems, *problems), key=lambda p: (p.path, p.line))),
    )


def story_from_files(paths: Sequence[Path], config: Config) -> tuple[Story | None, tuple[Problem, ...]]:
    """The given files as one story (for `briefing summarize` and `briefing facts`)."""
    sources: list[Source] = []
    problems: list[Problem] = []
    for path in paths:
        if path.suffix.lower() in METADATA_SUFFIXES:
            continue  # sidecars and story.yaml are read with the articles they describe
        result = read_source(path.resolve(), path.resolve().parent)
        if isinstance(result, Problem):
            problems.append(Problem(str(path), result.line, result.message))
        else:
            sources.append(replace(result, path=str(path), folder=""))
    articles, empty = prepare_articles(sources, config)
    problems.extend(empty)
    if not articles:
        return None, tuple(problems)
    members = sorted(articles, key=lambda a: (a.date, a.id))
    story = _make_story("files", _story_title(members), members, {}, config)
    return story, tuple(problems)


# --------------------------------------------------------------------------- articles


def prepare_articles(sources: Sequence[Source], config: Config) -> tuple[list[Article], list[Problem]]:
    """Each source through clean → segment → summarize → facts; empty ones become problems.

    Articles whose inputs are unchanged come from the cache; the rest are prepared in
    parallel processes when there are enough of them to pay for starting the processes.
    """
    ids = unique_slugs(Path(s.path).with_suffix("").as_posix() for s in sources)
    cache = ResultCache(Path(config.root), "articles", Article) if config.cache else None
    keys = [article_key(s, i, config) for s, i in zip(sources, ids, strict=True)]
    prepared: list[Article | None] = [cache.get(k) if cache else None for k in keys]
    missing = [n for n, article in enumerate(prepared) if article is None]
    fresh = _prepare_many([sources[n] for n in missing], [ids[n] for n in missing], config)
    for n, article in zip(missing, fresh, strict=True):
        article = replace(article, fingerprint=keys[n])
        prepared[n] = article
        if cache:
            cache.put(keys[n], article)
    if cache:
        cache.prune(set(keys))
    articles: list[Article] = []
    problems: list[Problem] = []
    for source, article in zip(sources, prepared, strict=True):
        assert article is not None
        if not article.sentences:
            problems.append(Problem(source.path, source.body_line, "no article text found; skipped"))
            continue
        articles.append(article)
    return articles, problems


METADATA_SUFFIXES = (".yaml", ".yml")
PARALLEL_MINIMUM = 48  # below this, starting worker processes costs more than it saves


def _prepare_many(sources: Sequence[Source], ids: Sequence[str], config: Config) -> list[Article]:
    workers = config.workers or os.cpu_count() or 1
    if workers == 1 or len(sources) < PARALLEL_MINIMUM:
        return [prepare_article(s, i, config) for s, i in zip(sources, ids, strict=True)]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, len(sources) // (workers * 8))
        return list(pool.map(prepare_article, sources, ids, [config] * len(sources), chunksize=chunk))


def prepare_article(source: Source, article_id: str, config: Config) -> Article:
    """One source file as a finished article. Pure: depends only on its arguments."""
    cleaned = clean_source(source)
    meta = {**metadata_from_extraction(cleaned.meta), **source.meta}
    blocks = _title_as_heading(cleaned.blocks, str(meta.get("title") or ""))
    sentences = segment(blocks, article_id)
    date, inferred = _article_date(meta, source)
    summary = summarize_article(sentences, Length(config.article_summary_sentences), config.algorithm)
    return Article(
        id=article_id,
        path=source.path,
        title=_article_title(meta, blocks, sentences),
        source=_article_source(meta, source),
        url=str(meta.get("url") or ""),
        date=date,
        date_inferred=inferred,
        author=str(meta.get("author") or ""),
        language=str(meta.get("language") or config.language),
        tags=tuple(meta.get("tags") or ()),  # normalised when the metadata was read
        folder=source.folder,
        blocks=blocks,
        sentences=sentences,
        summary=summary,
        facts=extract_facts(sentences, article_id, published=date),
        extra={k: v for k, v in meta.items() if k not in KNOWN_FIELDS or k == "story"},
        changes=cleaned.changes,
    )


_NOT_WORD = re.compile(r"\W+")
HEADLINE_WORDS = 10  # a first line this short, standing alone before the prose, is the headline


def _title_as_heading(blocks: tuple[Block, ...], title: str) -> tuple[Block, ...]:
    """A pasted page usually starts with its headline: that is a heading, not a sentence to summarize.

    It is the first line when it repeats the given title, or, with no title given, when it is one
    short sentence on its own before longer paragraphs ("Westfield could finally get its tram.").
    """
    if len(blocks) < 2 or blocks[0].kind == "heading":
        return blocks
    first = blocks[0].text
    if title:
        headline = _NOT_WORD.sub(" ", first).strip().lower() == _NOT_WORD.sub(" ", title).strip().lower()
    else:
        headline = (
            len(first.split()) <= HEADLINE_WORDS
            and len(split_sentences(first)) == 1
            and len(blocks[1].text.split()) > 2 * len(first.split())
        )
    return (Block("heading", first.rstrip(".")), *blocks[1:]) if headline else blocks


def clean_source(source: Source) -> Cleaned:
    """Clean one source; Markdown is first reduced to its prose by markdown-it."""
    text = markdown_to_text(source.text) if source.kind == "md" else source.text
    return clean_document(text, source.kind)


def _article_title(meta: dict[str, Any], blocks: Sequence[Any], sentences: Sequence[Any]) -> str:
    """Metadata title, else a leading heading, else the first sentence shortened."""
    if meta.get("title"):
        return str(meta["title"])
    if blocks and blocks[0].kind == "heading":
        return blocks[0].text
    if sentences:
        return _shorten(sentences[0].text.rstrip(".!?"), 12)
    return "Untitled"


def _shorten(text: str, max_words: int) -> str:
    parts = text.split()
    return " ".join(parts[:max_words]) + ("…" if len(parts) > max_words else "")


_FILE_STEM_WORDS = re.compile(r"[-_]+")


def _article_source(meta: dict[str, Any], source: Source) -> str:
    """Publication name: metadata, else the URL's host, else the file name in words."""
    if meta.get("source"):
        return str(meta["source"])
    if meta.get("url"):
        host = urlparse(str(meta["url"])).hostname or ""
        if host:
            return host.removeprefix("www.")
    stem = _FILE_STEM_WORDS.sub(" ", Path(source.path).stem).strip()
    return stem.capitalize() if stem else source.path


def _article_date(meta: dict[str, Any], source: Source) -> tuple[datetime, bool]:
    """(publication date, inferred?) — the file's modification time when no date is given."""
    value = meta.get("date")
    parsed = value if isinstance(value, datetime) else parse_date(value) if value else None
    if parsed is not None:
        return parsed, False
    return datetime.fromtimestamp(source.mtime, tz=UTC).replace(microsecond=0), True


# --------------------------------------------------------------------------- stories


def make_stories(
    articles: Sequence[Article], story_meta: dict[str, dict[str, Any]], config: Config
) -> tuple[Story, ...]:
    """Group articles into stories, summarize each across its sources, newest story first."""
    groups = group_articles(articles, config.story_threshold)
    drafts = []
    for key, members in groups:
        members = sorted(members, key=lambda a: (a.date, a.id))
        meta = story_meta.get(key, {})
        title = str(meta.get("title") or _story_title(members))
        drafts.append((key, title, members, meta))
    slugs = unique_slugs(str(meta.get("slug") or key or title) for key, title, _, meta in drafts)
    cache = ResultCache(Path(config.root), "stories", StoryResults) if config.cache else None
    used: set[str] = set()
    stories = [
        _make_story(slug, title, members, meta, config, cache, used)
        for slug, (_, title, members, meta) in zip(slugs, drafts, strict=True)
    ]
    if cache:
        cache.prune(used)
    stories.sort(key=lambda s: (-s.date.timestamp(), s.slug))
    return tuple(stories)


def _story_title(members: Sequence[Article]) -> str:
    """The best title among the articles: a headline (from metadata or the page) before a first
    sentence cut short, before a short or lower-case line; then real metadata before inferred,
    then the first (`min` keeps the first of equals)."""
    return min(members, key=lambda a: (_title_quality(a), a.date_inferred)).title


HEADLINE_MIN_WORDS = 4  # "It's amazing" is a line of the page, not its headline


def _title_quality(article: Article) -> int:
    """0 for a headline, 1 for a title cut from the first sentence, 2 for a short or lower-case line
    or one that opens with a connector or pronoun."""
    title = article.title
    if not title[:1].isupper() or len(title.split()) < HEADLINE_MIN_WORDS or needs_antecedent(title):
        return 2  # "But the Fed's hair is not on fire…" continues something: no headline
    first = article.sentences[0].text if article.sentences else ""
    return 1 if first.startswith(title.rstrip("…")) else 0


def _latest_date(members: Sequence[Article]) -> datetime:
    """Newest publication date, preferring real dates over ones inferred from file times."""
    known = [a.date for a in members if not a.date_inferred]
    return max(known or [a.date for a in members])


def _make_story(
    slug: str,
    title: str,
    members: list[Article],
    meta: dict[str, Any],
    config: Config,
    cache: ResultCache | None = None,
    used: set[str] | None = None,
) -> Story:
    # story.yaml's date and tags were checked and normalised when it was read.
    tags = tuple(meta.get("tags") or ()) or tuple(sorted({t for a in members for t in a.tags}))
    results = _story_results(members, meta, config, cache, used if used is not None else set())
    return Story(
        slug=slug,
        title=title,
        date=meta.get("date") or _latest_date(members),
        tags=tags,
        articles=tuple(members),
        summary=results.summary,
        facts=results.facts,
        extra={k: v for k, v in meta.items() if k not in {"title", "date", "tags"}},
    )


def _story_results(
    members: list[Article], meta: dict[str, Any], config: Config, cache: ResultCache | None, used: set[str]
) -> StoryResults:
    """Summary and fact box of a story: from the cache when none of its articles changed."""
    length = Length(
        int(meta.get("summary_sentences") or config.summary_sentences),
        int(meta.get("summary_words") or config.summary_words),
        float(meta.get("summary_ratio") or config.summary_ratio),
    )
    options = {"length": dataclasses.astuple(length), "algorithm": config.algorithm, "facts": config.facts_limit}
    key = story_key(members, options) if cache and all(a.fingerprint for a in members) else ""
    cached = cache.get(key) if cache and key else None
    if cached is not None:
        used.add(key)
        return cached
    summary = summarize_story(members, length, config.algorithm)
    results = StoryResults(summary=summary, facts=merge_facts(members, config.facts_limit, summary))
    if cache and key:
        cache.put(key, results)
        used.add(key)
    return results


# --------------------------------------------------------------------------- time and writing


def build_time(config: Config) -> datetime:
    """Build timestamp: config, else SOURCE_DATE_EPOCH (reproducible builds), else now."""
    if config.build_time:
        parsed = parse_date(config.build_time)
        if parsed:
            return parsed
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def write_site(files: dict[str, bytes], out_dir: Path) -> None:
    """Write all files into a fresh folder, then swap it in: the old site survives any failure."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a published site must be world-readable
    try:
        for relative, data in files.items():
            target = (staging / relative).resolve()
            if staging not in target.parents:
                raise ContentError(f"refusing to write outside the output folder: {relative}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, out_dir: Path) -> None:
    old = None
    if out_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-old-", dir=out_dir.parent))
        old.rmdir()
        out_dir.rename(old)
    try:
        staging.rename(out_dir)
    except OSError:
        if old is not None:
            old.rename(out_dir)  # put the previous site back
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
