"""Rendering: the Jinja environment, the site's pages and the Markdown digest.

`render_site()` is pure: it returns {relative path: bytes} and writes nothing. Links are
relative to the page (`root` is "" on the home page, "../../" on a story page), so the
site works under a GitHub Pages project path and opened from disk; `base_url` is used
only for canonical and feed URLs.
"""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from briefing.config import Config
from briefing.markdown import render_markdown
from briefing.model import Article, Block, Briefing, Sentence, SourceRef, Story, TemplateError

DEFAULT_THEME_PREFIX = "!default/"
STATIC_FILES = ("style.css",)


def default_templates_dir() -> Path:
    """The default theme: inside the installed package, or the repository's templates/."""
    try:
        packaged = resources.files("briefing.templates")
        path = Path(str(packaged))
        if (path / "base.html").exists():
            return path
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "templates"


def make_environment(project_templates: Path | None) -> jinja2.Environment:
    """A user's templates/ overrides defaults by name; `!default/NAME` reaches the default one."""
    default = jinja2.FileSystemLoader(str(default_templates_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if project_templates is not None and project_templates.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(project_templates)))
    loaders.append(default)
    loader = jinja2.ChoiceLoader(
        [jinja2.PrefixLoader({DEFAULT_THEME_PREFIX.rstrip("/"): default}, delimiter="/"), *loaders]
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["markdown"] = lambda text: jinja2.filters.Markup(render_markdown(str(text)))
    env.filters["isodate"] = lambda value: value.isoformat()
    env.filters["longdate"] = long_date
    env.filters["wrap"] = wrap
    env.filters["shortdate"] = lambda value: value.strftime("%Y-%m-%d")
    return env


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(value: datetime) -> str:
    """'12 March 2026': spelled out without the locale, so builds are the same everywhere."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def story_path(story: Story) -> str:
    return f"stories/{story.slug}/index.html"


def sentence_anchor(ref: SourceRef) -> str:
    return sentence_id(ref.article, ref.sentence)


def sentence_id(article_id: str, index: int) -> str:
    """The HTML id of a sentence in a story page's source text, target of summary links."""
    return f"s-{anchor_id(article_id)}-{index}"


def article_blocks(article: Article) -> list[tuple[Block, tuple[Sentence, ...]]]:
    """Each block of an article with the sentences of its paragraph (none for headings)."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    result = []
    paragraph = 0
    for block in article.blocks:
        if block.kind == "heading":
            result.append((block, ()))
        else:
            result.append((block, tuple(by_paragraph.get(paragraph, ()))))
            paragraph += 1
    return result


def anchor_id(article_id: str) -> str:
    return article_id.replace("/", "--")


def reading_minutes(story: Story) -> int:
    """Minutes to read every source, at 230 words a minute."""
    return max(1, round(sum(a.word_count for a in story.articles) / 230))


def source_of(story: Story, ref: SourceRef | str) -> Article:
    """The article a summary sentence or fact points to."""
    key = ref.article if isinstance(ref, SourceRef) else ref
    return next(a for a in story.articles if a.id == key)


def sources_of(story: Story, refs: tuple[SourceRef, ...]) -> list[Article]:
    """Distinct articles behind a list of references, in story order."""
    keys = {r.article for r in refs}
    return [a for a in story.articles if a.id in keys]


def wrap(text: str, width: int = 72, indent: str = "") -> str:
    """Plain short lines for the e-mailed digest."""
    import textwrap

    return textwrap.fill(text, width=width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def render_site(briefing: Briefing, config: Config) -> dict[str, bytes]:
    """Every output file of the site and the digest, as bytes by relative path."""
    env = make_environment(Path(config.root) / "templates")
    common = {
        "site": config,
        "briefing": briefing,
        "base_url": config.base_url.rstrip("/") + "/" if config.base_url else "",
        "sentence_anchor": sentence_anchor,
        "anchor_id": anchor_id,
        "story_path": story_path,
        "reading_minutes": reading_minutes,
        "source_of": source_of,
        "sentence_id": sentence_id,
        "article_blocks": article_blocks,
        "sources_of": sources_of,
    }
    files: dict[str, bytes] = {}

    def render(template: str, output: str, root: str, **context: Any) -> None:
        try:
            text = env.get_template(template).render(**common, root=root, page_path=output, **context)
        except jinja2.TemplateError as error:
            raise TemplateError(f"{template}: {error}") from None
        files[output] = text.encode("utf-8")

    render("index.html", "index.html", "")
    for story in briefing.stories:
        render("story.html", story_path(story), "../../", story=story)
    render("digest.md", "digest.md", "")
    for name in STATIC_FILES:
        files[name] = (default_templates_dir() / "static" / name).read_bytes()
    files[".nojekyll"] = b""
    return files


def render_digest(briefing: Briefing, config: Config) -> str:
    """The Markdown digest alone (for `briefing digest`)."""
    return render_site(briefing, config)["digest.md"].decode("utf-8")
