"""The `briefing` command: the only place that prints or exits.

Exit codes: 0 success, 1 a user error (one line, no traceback), 2 bad usage (click's own).
"""

from __future__ import annotations

import json
from enum import IntEnum
from pathlib import Path
from typing import Any

import click

from briefing import __version__
from briefing.model import BriefingError, BuildResult, Problem, to_jsonable
from briefing.summarize import ALGORITHMS


class ExitStatus(IntEnum):
    SUCCESS = 0
    ERROR = 1
    USAGE = 2


def _load(config_file: str | None, **overrides: Any):  # type: ignore[no-untyped-def]
    from briefing.config import load_config

    path = Path(config_file) if config_file else None
    return load_config(path=path, project=path.parent if path else Path("."), overrides=overrides)


def _built(result: BuildResult) -> str:
    """'Built 2 stories from 5 articles': what a build made, for both build and serve."""
    stories, articles = result.stories, result.articles
    story_word = "story" if stories == 1 else "stories"
    return f"Built {stories} {story_word} from {articles} article{'' if articles == 1 else 's'}"


def _report_problems(problems: tuple[Problem, ...]) -> None:
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)


class _Group(click.Group):
    """Turns every `BriefingError` into one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BriefingError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(ExitStatus.ERROR)


config_option = click.option(
    "--config", "config_file", type=click.Path(dir_okay=False), help="Config file (default: ./briefing.yaml)."
)
algorithm_option = click.option(
    "--algorithm",
    "-a",
    type=click.Choice(ALGORITHMS),
    help="Summarizer (default from briefing.yaml, else news: our multi-document ranker).",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn a folder of news articles into a briefing: a static site and a Markdown digest.

    Each story gets an extractive summary drawn from all its sources, every sentence
    linked to where it came from, and a box of key facts.
    """


@main.command()
@click.option("--content", type=click.Path(file_okay=False), help="Content folder (default: content/).")
@click.option("--out", type=click.Path(file_okay=False), help="Output folder (default: site/).")
@config_option
@algorithm_option
@click.option(
    "--base-url",
    help="Address the site is published at, e.g. https://USER.github.io/REPO/ (overrides briefing.yaml).",
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) if any input file had a problem.")
def build(
    content: str | None,
    out: str | None,
    config_file: str | None,
    algorithm: str | None,
    base_url: str | None,
    strict: bool,
) -> None:
    """Build the site and digest from the content folder."""
    from briefing.build import build as run_build

    config = _load(config_file, content=content, output=out, algorithm=algorithm, base_url=base_url)
    result = run_build(config)
    _report_problems(result.problems)
    problems = len(result.problems)
    click.echo(
        f"{_built(result)} into {result.out_dir}/ ({len(result.pages)} files, "
        f"{problems} problem{'' if problems == 1 else 's'})"
    )
    if strict and result.problems:
        raise BriefingError(f"{len(result.problems)} input problem(s) and --strict is set")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--sentences", "-n", type=click.IntRange(min=1), help="Length in sentences (default 5).")
@click.option("--words", "-w", type=click.IntRange(min=1), help="Length in words (instead of sentences).")
@click.option("--ratio", "-r", type=click.FloatRange(0, 1, min_open=True), help="Length as a share of the words (0-1).")
@algorithm_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON: each sentence with its source file and position.")
@config_option
def summarize(
    files: tuple[str, ...],
    sentences: int | None,
    words: int | None,
    ratio: float | None,
    algorithm: str | None,
    as_json: bool,
    config_file: str | None,
) -> None:
    """Summarize FILES as one story and print the summary."""
    if sum(bool(x) for x in (sentences, words, ratio)) > 1:
        raise click.UsageError("give one of --sentences, --words or --ratio")
    story = _story(
        files, config_file, algorithm=algorithm, summary_sentences=sentences, summary_words=words, summary_ratio=ratio
    )
    by_id = {a.id: a for a in story.articles}
    if as_json:
        rows = [
            {
                "text": s.text,
                "source": by_id[s.source.article].path,
                "sentence": s.source.sentence,
                "also": [{"source": by_id[r.article].path, "sentence": r.sentence} for r in s.also],
            }
            for s in story.summary
        ]
        click.echo(json.dumps({"title": story.title, "summary": rows}, indent=2, ensure_ascii=False))
        return
    for s in story.summary:
        click.echo(f"{s.text}  [{by_id[s.source.article].path}]")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON: facts, sources, disagreements, timeline.")
@config_option
def facts(files: tuple[str, ...], as_json: bool, config_file: str | None) -> None:
    """Print the key facts of FILES taken as one story."""
    story = _story(files, config_file)
    paths = {a.id: a.path for a in story.articles}
    from briefing.render import disagreement_label, fact_label, timeline_wording

    # when a timeline entry happened, as the story page shows it: a date resolved against a guessed
    # publication date is given in its source's words ("on Tuesday"), not as a date
    when = [timeline_wording(entry, story) or entry.value for entry in story.facts.timeline]
    if as_json:
        data = to_jsonable(story.facts)
        for entry, shown in zip(data["timeline"], when, strict=True):
            entry["when"] = shown
        data["articles"] = paths
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return

    for fact in story.facts.facts:
        count = len({paths[r.article] for r in fact.sources})
        speaker = f" — {fact.speaker}" if fact.speaker else ""
        click.echo(f"{fact.kind:8} {fact_label(fact)}{speaker}  ({count} source{'' if count == 1 else 's'})")
    for disagreement in story.facts.disagreements:
        values = " vs ".join(fact_label(v) for v in disagreement.values)
        click.echo(f"disagree {disagreement_label(disagreement)}: {values}")
    for shown, entry in zip(when, story.facts.timeline, strict=True):
        click.echo(f"when     {shown}: {entry.text}")


def _story(files: tuple[str, ...], config_file: str | None, **overrides: Any):  # type: ignore[no-untyped-def]
    from briefing.build import story_from_files

    config = _load(config_file, **overrides)
    story, problems = story_from_files([Path(f) for f in files], config)
    _report_problems(problems)
    if story is None:
        raise BriefingError("no article text found in the given files")
    return story


@main.command()
@click.option("--content", type=click.Path(file_okay=False), help="Content folder (default: content/).")
@config_option
def digest(content: str | None, config_file: str | None) -> None:
    """Print the Markdown digest of the briefing (what is e-mailed)."""
    from briefing.build import make_briefing
    from briefing.render import render_digest

    config = _load(config_file, content=content)
    briefing = make_briefing(config)
    _report_problems(briefing.problems)
    click.echo(render_digest(briefing, config), nl=False)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--explain", is_flag=True, help="Also list every change (dropped lines, splits, headings) and why.")
def clean(file: str, explain: bool) -> None:
    """Print the cleaned text of one article FILE."""
    from briefing.build import clean_source
    from briefing.sources import read_source

    path = Path(file).resolve()
    source = read_source(path, path.parent)
    if isinstance(source, Problem):
        raise BriefingError(f"{file}:{source.line}: {source.message}")
    cleaned = clean_source(source)
    for block in cleaned.blocks:
        click.echo(f"## {block.text}" if block.kind == "heading" else block.text)
        click.echo()
    if explain:
        # Change lines count from the body clean received; for Markdown that is text markdown-it
        # already rewrote, so only text and HTML files get file line numbers.
        offset = source.body_line - 1 if source.kind != "md" else None
        for change in cleaned.changes:
            where = f"line {change.line + offset}: " if change.line and offset is not None else ""
            click.echo(f"{where}{change.kind}: {change.detail}", err=True)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option(
    "--package",
    default=None,
    help="Where the Pages workflow installs briefing from (a pip requirement; default: briefing).",
)
def init(directory: str, package: str | None) -> None:
    """Create a new briefing project in DIRECTORY (default: here).

    Writes briefing.yaml with every option commented, an example story in content/, a
    .gitignore and .github/workflows/pages.yml that publishes the site on GitHub Pages.
    """
    from briefing.scaffold import DEFAULT_PACKAGE, init_project

    written = init_project(Path(directory), package or DEFAULT_PACKAGE)
    for path in written:
        click.echo(f"created {path}")
    click.echo(f"Next: cd {directory} && briefing build   (or: briefing serve)")


@main.command()
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port on 127.0.0.1.")
@click.option("--content", type=click.Path(file_okay=False), help="Content folder (default: content/).")
@click.option("--out", type=click.Path(file_okay=False), help="Output folder (default: site/).")
@config_option
def serve(port: int, content: str | None, out: str | None, config_file: str | None) -> None:
    """Build, serve the site on 127.0.0.1 and rebuild when content, templates or config change.

    Open pages reload themselves after each good rebuild; after a failed one the last good
    site stays up and the error is printed here.
    """
    import threading

    from briefing.serve import DevServer

    def report(message: str) -> None:
        click.echo(message, err=message.startswith(("error:", "warning:")))

    server = DevServer(lambda: _load(config_file, content=content, output=out), port=port, report=report)
    result = server.start()
    click.echo(f"{_built(result)}; serving {server.url}")
    click.echo("Watching content/, templates/ and briefing.yaml; press Ctrl+C to stop.")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        server.stop()
