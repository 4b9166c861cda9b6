"""The published site: every page and file, feeds, sitemap, links under a project path, escaping."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest

from briefing.build import build, make_briefing
from briefing.config import load_config
from briefing.model import Disagreement, FactBox, KeyFact, SourceRef
from briefing.render import render_site
from briefing.search import pagefind_binary
from tests.conftest import BRIDGE_B, write

BASE = "https://me.github.io/harbour/"
STORY = "stories/harbour-bridge/"
CHESS = "stories/the-national-chess-final-ended-in-a-draw-after-six-hours-of/"
CHESS_TITLE = "The national chess final ended in a draw after six hours of…"


class Page(HTMLParser):
    """Links, asset references, ids and meta tags of one HTML page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()
        self.meta: dict[str, str] = {}
        self.base = ""
        self.lang = ""
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "base":
            self.base = values["href"]
        elif tag == "html":
            self.lang = values.get("lang", "")
        elif tag == "meta" and ("property" in values or "name" in values):
            self.meta[values.get("property") or values["name"]] = values.get("content", "")
        elif tag == "link" and values.get("rel") == "canonical":
            self.meta["canonical"] = values["href"]
        for key in ("href", "src"):
            if key in values:
                self.refs.append(values[key])


def build_site(project: Path, config: str = "") -> Path:
    (project / "briefing.yaml").write_text(config, encoding="utf-8")
    build(load_config(project=project))
    return project / "site"


@pytest.fixture
def site(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The small project built for a GitHub Pages project site with a custom domain."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1773360000")
    return build_site(project, f"title: Harbour Watch\nbase_url: {BASE}\ncname: news.example.org\nlanguage: en-GB\n")


def page(site: Path, relative: str) -> Page:
    return Page((site / relative).read_text(encoding="utf-8"))


def html_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if "pagefind" not in p.parts)


def test_every_page_and_file_is_written(site: Path) -> None:
    assert html_pages(site) == [
        "404.html",
        "archive/index.html",
        "index.html",
        "search/index.html",
        "sources/index.html",
        "stories/harbour-bridge/index.html",
        CHESS + "index.html",
        "tags/index.html",
        "tags/transport/index.html",
    ]
    for name in ("feed.xml", "rss.xml", "feed.json", "sitemap.xml", "robots.txt", "style.css", "favicon.svg"):
        assert (site / name).stat().st_size > 0, name
    assert (site / ".nojekyll").read_bytes() == b""
    assert (site / "CNAME").read_text() == "news.example.org\n"


def test_without_cname_or_base_url_there_is_no_cname_or_sitemap(project: Path) -> None:
    site = build_site(project)
    assert not (site / "CNAME").exists() and not (site / "sitemap.xml").exists()
    assert "Sitemap:" not in (site / "robots.txt").read_text()
    assert "canonical" not in page(site, "index.html").meta


def test_story_page_meta_tags(site: Path) -> None:
    story = page(site, STORY + "index.html")
    assert story.lang == "en-GB"
    assert story.meta["canonical"] == BASE + STORY
    assert story.meta["og:url"] == BASE + STORY
    assert story.meta["og:type"] == "article"
    assert story.meta["og:title"] == "Harbour Bridge closes · Harbour Watch"
    assert story.meta["twitter:card"] == "summary"
    assert story.meta["description"].startswith(story.meta["og:description"][:40])
    assert story.meta["article:published_time"] == "2026-03-11T00:00:00+00:00"
    assert page(site, "index.html").meta["og:type"] == "website"


def test_story_page_shows_reading_time_tags_and_time_elements(site: Path) -> None:
    html = (site / STORY / "index.html").read_text()
    assert '<time datetime="2026-03-11T00:00:00+00:00">11 March 2026</time>' in html
    assert "1 min read" in html
    assert '<a href="../../tags/transport/index.html" rel="tag">transport</a>' in html
    assert "data-pagefind-body" in html


def test_source_in_another_language_is_marked(project: Path) -> None:
    write(project, {"content/harbour-bridge/times.md": BRIDGE_B.replace("author: Lena Ortiz", "language: da")})
    html = (build_site(project) / STORY / "index.html").read_text()
    assert '<article class="source" id="source-harbour-bridge-times" lang="da">' in html
    assert '<article class="source" id="source-harbour-bridge-council">' in html


def test_home_lists_each_story_with_reading_time_and_facts(site: Path) -> None:
    html = (site / "index.html").read_text()
    assert html.count('class="story-card"') == 2
    assert html.count("min read") == 2
    assert "Key facts" in html and "Sources: Council, Harbour Times" in html


def test_archive_tags_and_sources_pages(site: Path) -> None:
    archive = (site / "archive/index.html").read_text()
    assert archive.index("March 2026") < archive.index("January 2026")
    assert '<a href="../stories/harbour-bridge/index.html">Harbour Bridge closes</a>' in archive
    tag = (site / "tags/transport/index.html").read_text()
    assert "Harbour Bridge closes" in tag and "chess" not in tag
    assert "(1 story)" in (site / "tags/index.html").read_text()
    sources = (site / "sources/index.html").read_text()
    assert "3 publications" in sources
    for name in ("Council", "Harbour Times", "Chess"):
        assert f">{name}</h2>" in sources
    assert "Cited by 1 story" in sources


def test_atom_feed_parses_with_full_summaries(site: Path) -> None:
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Harbour Watch"
    assert [e.link for e in feed.entries] == [BASE + STORY, BASE + CHESS]
    first = feed.entries[0]
    assert first.id == BASE + STORY
    assert first.published == "2026-03-11T00:00:00+00:00"
    content = first.content[0].value
    assert "Repairs" in content and "Key facts" in content
    assert f'href="{BASE}{STORY}index.html"' in content  # links in feed content are absolute
    assert [t.term for t in first.tags] == ["transport"]


def test_rss_and_json_feeds_carry_the_same_stories(site: Path) -> None:
    rss = feedparser.parse((site / "rss.xml").read_bytes())
    assert not rss.bozo, rss.get("bozo_exception")
    assert rss.version == "rss20"
    assert [e.title for e in rss.entries] == ["Harbour Bridge closes", CHESS_TITLE]
    assert "Key facts" in rss.entries[0].description
    data = json.loads((site / "feed.json").read_text())
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == BASE + "feed.json"
    item = data["items"][0]
    assert item["id"] == item["url"] == BASE + STORY
    assert "Repairs" in item["content_text"] and "<ul>" in item["content_html"]
    assert item["date_published"] == "2026-03-11T00:00:00+00:00"
    assert item["authors"] == [{"name": "Council"}, {"name": "Harbour Times"}]
    # JSON Feed 1.1's required fields (feedparser 6.0 does not read JSON Feed).
    assert isinstance(data["title"], str) and len(data["items"]) == 2
    for entry in data["items"]:
        assert isinstance(entry["id"], str) and entry["content_html"] and entry["content_text"]


def test_feeds_without_base_url_have_stable_ids_and_still_parse(project: Path) -> None:
    site = build_site(project)
    first = feedparser.parse((site / "feed.xml").read_bytes())
    assert not first.bozo
    assert first.entries[0].id.startswith("urn:uuid:")
    build_site(project)
    assert feedparser.parse((site / "feed.xml").read_bytes()).entries[0].id == first.entries[0].id


def test_sitemap_lists_every_public_page(site: Path) -> None:
    root = ET.fromstring((site / "sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    expected = {BASE + p.removesuffix("index.html") for p in html_pages(site)} - {BASE + "404.html", BASE + "search/"}
    assert set(locs) == expected and len(locs) == len(expected)
    assert f"Sitemap: {BASE}sitemap.xml" in (site / "robots.txt").read_text()


def resolve(site: Path, url: str) -> Path | None:
    """The file a URL on the published site maps to, or None when it is outside the site."""
    if not url.startswith(BASE):
        return None
    relative = url[len(BASE) :]
    target = site / relative
    return target / "index.html" if relative == "" or relative.endswith("/") else target


def test_every_internal_link_and_asset_resolves_under_the_project_path(site: Path) -> None:
    """Each page as GitHub Pages serves it at BASE + path: links must stay under /harbour/ and exist."""
    checked = 0
    for relative in html_pages(site):
        parsed = page(site, relative)
        page_address = BASE + relative.removesuffix("index.html")
        # 404.html is served at any missing address: test it from a deep one.
        if relative == "404.html":
            page_address = BASE + "no/such/page/"
        base = urljoin(page_address, parsed.base) if parsed.base else page_address
        for ref in parsed.refs:
            url = urljoin(base, ref)
            if urlsplit(url).netloc != urlsplit(BASE).netloc or ref == parsed.base:
                continue  # other sites (original articles)
            assert url.startswith(BASE), f"{relative}: {ref} leaves the project path ({url})"
            target = resolve(site, url.split("#")[0])
            assert target is not None and target.is_file(), f"{relative}: {ref} → missing {url}"
            fragment = urlsplit(url).fragment
            if fragment:
                assert fragment in page(site, target.relative_to(site).as_posix()).ids, f"{relative}: {ref}"
            checked += 1
    assert checked > 100


def test_article_and_config_text_is_escaped_everywhere(project: Path) -> None:
    write(
        project,
        {
            "content/harbour-bridge/evil.md": "---\ntitle: <script>alert(1)</script>\nsource: 'Fish & <b>Chips</b>'\n"
            "tags: ['<i>x</i>']\nurl: 'javascript:alert(1)'\n---\n"
            "The Harbour Bridge closure <img src=x onerror=alert(1)> was debated by the council again today.",
            "content/harbour-bridge/story.yaml": "title: Bridge <em>closes</em> & more\ntags: ['<i>x</i>']\n",
        },
    )
    site = build_site(project, "title: 'A & B <u>'\nbase_url: https://me.github.io/harbour/\n")
    for path in [*site.rglob("*.html"), site / "feed.xml", site / "rss.xml", site / "sitemap.xml"]:
        text = path.read_text()
        for raw in ("<script>alert", "<img src=x", "<b>Chips", "<em>closes", "<u>", "<i>x", "javascript:"):
            assert raw not in text, f"{path.name} contains {raw}"
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo
    assert feed.feed.title == "A & B <u>"
    assert feed.entries[0].title == "Bridge <em>closes</em> & more"
    data = json.loads((site / "feed.json").read_text())
    assert data["items"][0]["title"] == "Bridge <em>closes</em> & more"
    assert "&lt;b&gt;Chips" in data["items"][0]["content_html"]


def test_project_static_files_override_the_theme(project: Path) -> None:
    write(project, {"templates/static/style.css": "body { color: red; }\n"})
    site = build_site(project)
    assert (site / "style.css").read_text() == "body { color: red; }\n"
    assert (site / "favicon.svg").read_text().startswith("<svg")


@pytest.mark.skipif(pagefind_binary() is None, reason="pagefind[bin] is not installed")
def test_search_index_covers_story_pages_only(site: Path) -> None:
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text())
    pages = sum(language["page_count"] for language in entry["languages"].values())
    assert pages == 2  # the two stories; lists of stories are not indexed again
    assert (site / "pagefind/pagefind.js").is_file()
    assert '<script type="module" src="../search.js"></script>' in (site / "search/index.html").read_text()


def test_story_page_shows_timeline_and_disagreements(project: Path) -> None:
    config = load_config(project=project)
    briefing = make_briefing(config)
    story = briefing.stories[0]
    times, council = (next(a for a in story.articles if a.source == name) for name in ("Harbour Times", "Council"))
    cost = {
        value: KeyFact("money", f"€{value} million", f"EUR {value}000000", (SourceRef(article.id, 0),))
        for value, article in (("42", council), ("45", times))
    }
    vote = KeyFact("date", "The council voted on Monday.", "2026-03-09", (SourceRef(council.id, 0),))
    disagreement = Disagreement("cost", tuple(cost.values()))
    facts = FactBox(facts=tuple(cost.values()), disagreements=(disagreement,), timeline=(vote,))
    briefing = replace(briefing, stories=(replace(story, facts=facts), *briefing.stories[1:]))
    html = render_site(briefing, config)["stories/harbour-bridge/index.html"].decode()
    assert '<time datetime="2026-03-09">9 March 2026</time>: The council voted on Monday.' in html
    assert '<li><span class="slot">Cost</span>: €42 million (Council) vs €45 million (Harbour Times) </li>' in " ".join(
        html.split()
    )
    assert '<aside class="facts" data-pagefind-ignore aria-labelledby="facts-harbour-bridge">' in html


def test_site_builds_without_pagefind(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefing.search.pagefind_binary", lambda: None)
    result = build(load_config(project=project))
    assert result.problems == () and (project / "site/search/index.html").is_file()
    assert not (project / "site/pagefind").exists()


def test_failed_search_index_is_a_problem_not_a_failed_build(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = project / "pagefind"
    broken.write_text("#!/bin/sh\necho 'Error: cannot index' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setattr("briefing.search.pagefind_binary", lambda: broken)
    result = build(load_config(project=project))
    assert [p.message for p in result.problems] == ["search index not built: Error: cannot index"]
    assert (project / "site/index.html").is_file()
