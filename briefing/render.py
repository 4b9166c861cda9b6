"""Rendering: the Jinja environment, the site's pages and feeds, and the Markdown digest.

`render_site()` is pure: it returns {relative path: bytes} and writes nothing. Links inside
the site are relative to the page (`root` is "" on the home page, "../../" on a story page),
so the site works under a GitHub Pages project path (`/REPO/`), at a domain's root and
opened from disk. `base_url` is used only where a URL must be absolute: canonical links,
Open Graph, feeds and the sitemap. The one exception is `404.html`, which GitHub Pages serves
at any depth: with a base_url it carries `<base href="/REPO/">` so its links still resolve.

Site-wide lists (tags, publications, months) are computed once here and handed to every
template; the templates only lay them out.
"""

from __future__ import annotations

import json
import re
import textwrap
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import format_datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from briefing.config import Config
from briefing.markdown import render_markdown
from briefing.model import Article, Block, Briefing, Disagreement, KeyFact, Sentence, SourceRef, Story, TemplateError
from briefing.stories import slugify, unique_slugs

DEFAULT_THEME_PREFIX = "!default/"
STATIC_FILES = ("style.css", "favicon.svg", "search.js")
HOME_STORIES = 30  # the home page is the latest briefing; older stories live in the archive
FEED_STORIES = 30
WORDS_PER_MINUTE = 230


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
    env.filters["markdown"] = lambda text: Markup(render_markdown(str(text)))
    env.filters["isodate"] = lambda value: as_utc(value).isoformat()
    env.filters["longdate"] = long_date
    env.filters["wrap"] = wrap
    env.filters["md"] = markdown_escape
    env.filters["shortdate"] = lambda value: value.strftime("%Y-%m-%d")
    env.filters["rfc822"] = lambda value: format_datetime(as_utc(value))
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


def as_utc(value: datetime) -> datetime:
    """Feeds and `<time>` need a zone: a date given without one is taken as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# --------------------------------------------------------------------------- paths and anchors


def story_path(story: Story) -> str:
    """The story page's file, which is also what links point to: naming index.html explicitly
    lets the site work opened from disk, where a link to a folder shows a file listing."""
    return f"stories/{story.slug}/index.html"


def tag_url(tag: str) -> str:
    return f"tags/{slugify(tag)}/index.html"


def sentence_anchor(ref: SourceRef) -> str:
    return sentence_id(ref.article, ref.sentence)


def sentence_id(article_id: str, index: int) -> str:
    """The HTML id of a sentence in a story page's source text, target of summary links."""
    return f"s-{anchor_id(article_id)}-{index}"


def anchor_id(article_id: str) -> str:
    return article_id.replace("/", "--")


def page_url(output: str) -> str:
    """'stories/x/index.html' → 'stories/x/': how a page is addressed on the web."""
    return output.removesuffix("index.html")


def site_path(base_url: str) -> str:
    """The path a site is served under: '/REPO/' for a GitHub Pages project site, else '/'."""
    path = urlsplit(base_url).path.strip("/")
    return f"/{path}/" if path else "/"


def root_of(output: str) -> str:
    """The relative path from a page back to the site root."""
    return "../" * output.count("/")


# --------------------------------------------------------------------------- story helpers


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


def reading_minutes(story: Story) -> int:
    """Minutes to read every source, at 230 words a minute."""
    return max(1, round(sum(a.word_count for a in story.articles) / WORDS_PER_MINUTE))


def source_of(story: Story, ref: SourceRef | str) -> Article:
    """The article a summary sentence or fact points to."""
    key = ref.article if isinstance(ref, SourceRef) else ref
    return next(a for a in story.articles if a.id == key)


def sources_of(story: Story, refs: tuple[SourceRef, ...]) -> list[Article]:
    """Distinct articles behind a list of references, in story order."""
    keys = {r.article for r in refs}
    return [a for a in story.articles if a.id in keys]


def summary_text(story: Story) -> str:
    return " ".join(s.text for s in story.summary)


_TIME_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def time_value(value: str) -> str:
    """A fact's normalised date if it is a valid `<time datetime>` value, else ''."""
    return value if _TIME_VALUE.fullmatch(value) else ""


def time_label(value: str) -> str:
    """'2026-11-11' → '11 November 2026', '2026-11' → 'November 2026', '2026' → '2026'."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{MONTHS[parts[1] - 1]} {parts[0]}" if len(parts) == 2 else str(parts[0])


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def fact_label(fact: KeyFact) -> str:
    """What a fact box shows for a fact: a date as resolved, as precisely as it is known
    ("on Thursday" → "Thursday 5 November 2026", "last year" → "2025"), unless the article's own
    date was guessed; anything else as written."""
    if fact.kind != "date" or not time_value(fact.value) or "guessed" in fact.role:
        return fact.text  # a relative date resolved against a guessed publication date stays as written
    label = time_label(fact.value)
    if fact.value.count("-") == 2:
        label = f"{WEEKDAYS[date.fromisoformat(fact.value).weekday()]} {label}"
    return label


def fact_wording(fact: KeyFact) -> str:
    """The words a source used for a fact when the box shows something else ("on Thursday"), else ''."""
    return fact.text if fact_label(fact) != fact.text else ""


def timeline_wording(entry: KeyFact, story: Story) -> str:
    """For a timeline entry dated by a relative date resolved against a guessed publication date,
    the words its first source used ("on Tuesday"): shown in place of the date, as `fact_label`
    shows that date in the fact box; '' when the date is known. An entry's text is what happened
    then, not the date's own words: those are in the article's facts ("date unknown" if not)."""
    if "guessed" not in entry.role:
        return ""
    first = entry.sources[0]
    article = _article(story, first.article)
    stated = (
        f.text
        for f in (article.facts if article else ())
        if f.kind == "date" and f.sentence == first.sentence and f.value == entry.value
    )
    return next(stated, "date unknown")


# Figures are shown in the words around them ("…brings gusts of up to 110 km/h to exposed headlands"):
# "110 km/h" alone does not say what it measures. So are dates ("…co-founded the band in 1965").
FIGURE_KINDS = frozenset({"money", "percent", "number"})
IN_CONTEXT_KINDS = FIGURE_KINDS | {"date"}
# At most this many words either side of a figure, and never past the edge of its clause.
CONTEXT_WORDS = 6
# A clause before a figure shorter than this says too little ("with"): the words before it are shown too.
MIN_CLAUSE_WORDS = 3
_CLAUSE_EDGE = re.compile(r"[,;:](?=\s)|\s[—–-]+\s|[()\[\]\"“”]")
_SENTENCE_STOP = re.compile(r"[.!?…]+[\"'”’)\]]*$")


def figure_context(fact: KeyFact, story: Story) -> tuple[str, str]:
    """The words before and after a figure in the first sentence that states it, up to its
    clause's edge and at most `CONTEXT_WORDS` each side, with "…" where words are left out:
    ("…Storm Corvina brings gusts of up to", "to exposed headlands"). ("", "") for facts other
    than figures and dates, and when the sentence does not hold the figure as written."""
    if fact.kind not in IN_CONTEXT_KINDS or not fact.sources:
        return "", ""
    sentence = _sentence_text(story, fact.sources[0])
    at = sentence.find(fact.text)
    if at < 0:
        return "", ""
    return _words_before(sentence[:at]), _words_after(sentence[at + len(fact.text) :])


def _article(story: Story, article_id: str) -> Article | None:
    return next((a for a in story.articles if a.id == article_id), None)


def _sentence_text(story: Story, ref: SourceRef) -> str:
    article = _article(story, ref.article)
    return article.sentence_text(ref.sentence) if article else ""


def _words_before(text: str) -> str:
    # The clause the figure stands in; one of a word or two ("…, with 48 beds") takes the words before it.
    ends = [edge.end() for edge in _CLAUSE_EDGE.finditer(text)]
    start = next((end for end in reversed(ends) if len(text[end:].split()) >= MIN_CLAUSE_WORDS), 0)
    clause = text[start:]
    words = clause.rstrip(" ([“‘\"'").split()  # 'ads (0% vs 25%)': the bracket opened right before the figure
    shown = " ".join(words[-CONTEXT_WORDS:])
    left_out = len(words) > CONTEXT_WORDS or any(c.isalnum() for c in text[: len(text) - len(clause)])
    return f"…{shown}" if shown and left_out else shown


def _words_after(text: str) -> str:
    edge = _CLAUSE_EDGE.search(text)
    clause = _SENTENCE_STOP.sub("", text[: edge.start()] if edge else text)
    words = clause.rstrip(",;:").split()  # 'in value,”': the comma before a closing quote
    shown = " ".join(words[:CONTEXT_WORDS])
    rest = text[len(clause) :] if not edge else text[edge.start() :]
    left_out = len(words) > CONTEXT_WORDS or any(c.isalnum() for c in rest)
    return f"{shown}…" if shown and left_out else shown


def event_date(fact: KeyFact, story: Story) -> KeyFact | None:
    """The date fact of an event's day ("Monday 16 November 2026" for "The Old Harbour Bridge will close
    to all motor traffic"), stated by a source of the event: shown with the event, not on a line of its
    own; None for other facts and for an event with no such date."""
    if fact.kind != "event" or not fact.role:
        return None
    sources = set(fact.sources)
    return next(
        (f for f in story.facts.facts if f.kind == "date" and f.value == fact.role and sources & set(f.sources)),
        None,
    )


def figure_markdown(fact: KeyFact, story: Story) -> str:
    """A figure or date as the digest lists it: the words around it, the figure in bold ("Between **40
    and 60 millimetres** of rain could fall on high ground…"), a date as `fact_label` gives it; ''
    for other facts."""
    if fact.kind not in IN_CONTEXT_KINDS:
        return ""
    before, after = figure_context(fact, story)
    parts = (markdown_escape(before), f"**{markdown_escape(fact_label(fact))}**", markdown_escape(after))
    return " ".join(part for part in parts if part)


def shown_facts(story: Story) -> list[KeyFact]:
    """The story's key facts as a box lists them, none said twice: a figure inside a range from the
    same sentence ("60 millimetres" of "between 40 and 60 millimetres") is the range's; a figure an
    event already states, from a sentence the event is drawn from ("will reach $1 billion"), and the
    date of an event's day (`event_date`), are the event's."""
    facts = story.facts.facts
    figures = [f for f in facts if f.kind in FIGURE_KINDS]
    events = [f for f in facts if f.kind == "event"]
    dated = {id(day) for event in events if (day := event_date(event, story))}
    return [
        fact
        for fact in facts
        if id(fact) not in dated and (fact.kind not in FIGURE_KINDS or not _said_already(fact, figures, events))
    ]


def _said_already(figure: KeyFact, figures: list[KeyFact], events: list[KeyFact]) -> bool:
    in_a_range = any(
        other is not figure
        and other.sources[:1] == figure.sources[:1]
        and figure.text in other.text
        and len(other.text) > len(figure.text)
        for other in figures
    )
    in_an_event = any(figure.text in event.text and set(event.sources) & set(figure.sources) for event in events)
    return in_a_range or in_an_event


def role_label(role: str) -> str:
    """A role as it reads after a name: "Board chair" (capitalised at the start of its sentence)
    → "board chair"; "Prime Minister", "OpenAI CEO" and "Mayor of Portmere" stay as written."""
    from briefing.facts_lexicon import common_word

    first, _, rest = role.partition(" ")
    if first[:1].isupper() and first[1:].islower() and rest == rest.lower() and common_word(first.lower()):
        return first.lower() + (" " + rest if rest else "")
    return role


# What a disagreement is about, for a reader: the machine slot ("money: cost / put",
# "date: day, relative") keeps the detail for --json; the values themselves say the rest.
_SLOT_LABELS = {"money": "Amount", "percent": "Percentage", "date": "Date", "number": "Number"}


def disagreement_label(disagreement: Disagreement) -> str:
    """'Amount', 'Date', 'Duration', or for a yes/no claim its subject ('Payment')."""
    kind, _, what = disagreement.slot.partition(": ")
    if kind == "claim":
        return what.capitalize()
    if kind == "number" and what.startswith("duration"):
        return "Duration"
    return _SLOT_LABELS.get(kind, kind.capitalize())


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def other_language(article: Article, site_language: str) -> str:
    """The article's language tag when it differs from the site's (for a `lang` attribute), else ''."""
    language = article.language.strip()
    same = language.lower() == site_language.lower()
    return language if language and not same and _LANGUAGE_TAG.fullmatch(language) else ""


def web_url(url: str) -> str:
    """An article's URL if it is http(s), else '': a `javascript:` URL from metadata must not become a link."""
    return url if urlsplit(url.strip()).scheme.lower() in {"http", "https"} else ""


_MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]<>])")


def markdown_escape(text: str) -> str:
    """Backslash-escape what Markdown would act on: article text in the digest stays text,
    never a link, an HTML tag or emphasis, whichever renderer the reader's mail uses."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", str(text))


def wrap(text: str, width: int = 72, indent: str = "") -> str:
    """Plain short lines for the e-mailed digest."""
    return textwrap.fill(text, width=width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


# --------------------------------------------------------------------------- site-wide lists


@dataclass(frozen=True)
class Tag:
    name: str
    url: str
    stories: tuple[Story, ...]


@dataclass(frozen=True)
class Publication:
    """A publication and the stories that cite it, for the sources page."""

    name: str
    anchor: str
    stories: tuple[Story, ...]
    articles: int


@dataclass(frozen=True)
class Month:
    label: str
    key: str
    stories: tuple[Story, ...]


def collect_tags(stories: tuple[Story, ...]) -> tuple[Tag, ...]:
    """Tags by name; tags that slugify alike ("Health", "health") share one page."""
    by_url: dict[str, tuple[str, dict[str, Story]]] = {}
    for story in stories:
        for tag in story.tags:
            by_url.setdefault(tag_url(tag), (tag, {}))[1].setdefault(story.slug, story)  # slugs are unique
    tags = (Tag(name, url, tuple(members.values())) for url, (name, members) in by_url.items())
    return tuple(sorted(tags, key=lambda t: (t.name.lower(), t.url)))


def collect_publications(stories: tuple[Story, ...]) -> tuple[Publication, ...]:
    """Every publication, most-cited first, with the stories that cite it."""
    found: dict[str, tuple[dict[str, Story], list[Article]]] = {}
    for story in stories:
        for article in story.articles:
            cited, articles = found.setdefault(article.source, ({}, []))
            articles.append(article)
            cited.setdefault(story.slug, story)
    anchors = _unique_anchors(sorted(found))
    publications = (
        Publication(name, anchors[name], tuple(cited.values()), len(articles))
        for name, (cited, articles) in found.items()
    )
    return tuple(sorted(publications, key=lambda p: (-len(p.stories), p.name.lower(), p.name)))


def _unique_anchors(names: list[str]) -> dict[str, str]:
    return dict(zip(names, unique_slugs(f"pub-{name}" for name in names), strict=True))


def collect_months(stories: tuple[Story, ...]) -> tuple[Month, ...]:
    """Stories by month of their date, newest month first (stories are already newest first)."""
    months: dict[str, list[Story]] = {}
    for story in stories:
        months.setdefault(story.date.strftime("%Y-%m"), []).append(story)
    return tuple(
        Month(f"{MONTHS[int(key[5:]) - 1]} {key[:4]}", key, tuple(members))
        for key, members in sorted(months.items(), reverse=True)
    )


# --------------------------------------------------------------------------- rendering


class _Site:
    """Renders templates into a dict of files; the per-page context (root, URLs) is set here."""

    def __init__(self, briefing: Briefing, config: Config) -> None:
        self.env = make_environment(Path(config.root) / "templates")
        self.config = config
        self.base_url = config.base_url.rstrip("/") + "/" if config.base_url else ""
        self.files: dict[str, bytes] = {}
        self.common: dict[str, Any] = {
            "site": config,
            "briefing": briefing,
            "base_url": self.base_url,
            "tags": collect_tags(briefing.stories),
            "publications": collect_publications(briefing.stories),
            "months": collect_months(briefing.stories),
            "home_stories": briefing.stories[:HOME_STORIES],
            **HELPERS,
        }

    def text(self, template: str, **context: Any) -> str:
        try:
            return self.env.get_template(template).render(**self.common, **context)
        except jinja2.TemplateError as error:
            raise TemplateError(f"{template}: {error}") from None

    def page(self, template: str, output: str, base_href: str = "", **context: Any) -> None:
        """One HTML page, its links relative to `output` (or to `base_href` when given)."""
        url = page_url(output)
        self.files[output] = self.text(
            template,
            root="" if base_href else root_of(output),
            base_href=base_href,
            page_path=output,
            canonical=self.base_url + url if self.base_url and not base_href else "",
            **context,
        ).encode("utf-8")

    def absolute(self, url: str) -> str:
        """A site URL for feeds: absolute with base_url, else relative to the site root."""
        return self.base_url + url


HELPERS: dict[str, Callable[..., Any]] = {
    "sentence_anchor": sentence_anchor,
    "anchor_id": anchor_id,
    "story_path": story_path,
    "page_url": page_url,
    "tag_url": tag_url,
    "reading_minutes": reading_minutes,
    "source_of": source_of,
    "sentence_id": sentence_id,
    "article_blocks": article_blocks,
    "sources_of": sources_of,
    "summary_text": summary_text,
    "time_value": time_value,
    "time_label": time_label,
    "fact_label": fact_label,
    "fact_wording": fact_wording,
    "figure_context": figure_context,
    "event_date": event_date,
    "figure_markdown": figure_markdown,
    "shown_facts": shown_facts,
    "timeline_wording": timeline_wording,
    "disagreement_label": disagreement_label,
    "role_label": role_label,
    "web_url": web_url,
    "other_language": other_language,
}


def render_site(briefing: Briefing, config: Config) -> dict[str, bytes]:
    """Every output file of the site and the digest, as bytes by relative path."""
    site = _Site(briefing, config)
    render_pages(site, briefing)
    render_feeds(site, briefing)
    render_extras(site, briefing)
    site.files["digest.md"] = site.text("digest.md", root="").encode("utf-8")
    for name in STATIC_FILES:
        site.files[name] = static_file(config, name)
    return site.files


def render_pages(site: _Site, briefing: Briefing) -> None:
    site.page("index.html", "index.html")
    for story in briefing.stories:
        site.page("story.html", story_path(story), story=story)
    site.page("archive.html", "archive/index.html")
    site.page("tags.html", "tags/index.html")
    for tag in site.common["tags"]:
        site.page("tag.html", tag.url, tag=tag)
    site.page("sources.html", "sources/index.html")
    site.page("search.html", "search/index.html")
    # GitHub Pages serves 404.html for a missing path at any depth: with a base_url, <base> points its
    # links at the site's path (not its full URL, so a local server under the same path works too);
    # without one they are relative, right for a miss one level deep.
    site.page("404.html", "404.html", base_href=site_path(site.base_url) if site.base_url else "")


def render_feeds(site: _Site, briefing: Briefing) -> None:
    """Atom, RSS 2.0 and JSON Feed 1.1, each item with the story's full summary as HTML."""
    stories = briefing.stories[:FEED_STORIES]
    items = [feed_item(site, story) for story in stories]
    context = {"items": items, "feed_id": feed_id(site.base_url, site.config.title, ""), "updated": updated(briefing)}
    site.files["feed.xml"] = site.text("feed.xml", root=site.base_url, **context).encode("utf-8")
    site.files["rss.xml"] = site.text("rss.xml", root=site.base_url, **context).encode("utf-8")
    site.files["feed.json"] = json_feed(site, briefing, items).encode("utf-8")


@dataclass(frozen=True)
class FeedItem:
    story: Story
    id: str
    url: str
    html: str
    text: str


def feed_item(site: _Site, story: Story) -> FeedItem:
    # Links inside feed content must not depend on where the reader is: absolute when we can.
    html = site.text("partials/feed_item.html", story=story, root=site.base_url)
    return FeedItem(
        story=story,
        id=feed_id(site.base_url, site.config.title, page_url(story_path(story))),
        url=site.absolute(page_url(story_path(story))),
        html=html.strip(),
        text=summary_text(story),
    )


def feed_id(base_url: str, title: str, url: str) -> str:
    """A permanent id: the page's URL when the site has one, else a UUID derived from the title and path."""
    if base_url:
        return base_url + url
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{title}:{url}").urn


def updated(briefing: Briefing) -> datetime:
    """The newest story's date (not the build time), so an unchanged briefing gives an unchanged feed."""
    return max((s.date for s in briefing.stories), default=briefing.built_at, key=lambda d: as_utc(d))


def json_feed(site: _Site, briefing: Briefing, items: list[FeedItem]) -> str:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1), built as data so it is always valid JSON."""
    feed: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": site.config.title,
        "description": site.config.description,
        "language": site.config.language,
    }
    if site.base_url:
        feed["home_page_url"] = site.base_url
        feed["feed_url"] = site.base_url + "feed.json"
    feed["items"] = [
        {
            "id": item.id,
            "url": item.url,
            "title": item.story.title,
            "content_html": item.html,
            "content_text": item.text,
            "summary": item.text,
            "date_published": as_utc(item.story.date).isoformat(),
            "tags": list(item.story.tags),
            "authors": [{"name": name} for name in sorted({a.source for a in item.story.articles})],
        }
        for item in items
    ]
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"


def render_extras(site: _Site, briefing: Briefing) -> None:
    """The files GitHub Pages and crawlers look for."""
    if site.base_url:
        pages = [p for p in site.files if p.endswith(".html") and p not in {"404.html", "search/index.html"}]
        urls = sorted(site.base_url + page_url(p) for p in pages)
        site.files["sitemap.xml"] = site.text("sitemap.xml", urls=urls, updated=updated(briefing)).encode("utf-8")
    site.files["robots.txt"] = site.text("robots.txt", root=site.base_url).encode("utf-8")
    site.files[".nojekyll"] = b""  # serve files as they are; no Jekyll processing on GitHub Pages
    if site.config.cname:
        site.files["CNAME"] = site.config.cname.strip().encode("ascii", "ignore") + b"\n"


def static_file(config: Config, name: str) -> bytes:
    """A static asset: the project's templates/static/NAME overrides the default theme's."""
    own = Path(config.root) / "templates" / "static" / name
    return own.read_bytes() if own.is_file() else (default_templates_dir() / "static" / name).read_bytes()


def render_digest(briefing: Briefing, config: Config) -> str:
    """The Markdown digest alone (for `briefing digest`)."""
    site = _Site(briefing, config)
    return site.text("digest.md", root="")
