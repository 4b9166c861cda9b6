"""The whole pipeline on a small written project: pages, links, escaping, atomic writes."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.build import build, make_briefing, write_site
from briefing.config import load_config
from briefing.model import ContentError, TemplateError
from tests.conftest import write


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for key in ("href", "src"):
            if values.get(key):
                self.hrefs.append(values[key] or "")


def parse(path: Path) -> _Links:
    links = _Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


@pytest.fixture
def built(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1773360000")
    build(load_config(project=project))
    return project / "site"


def test_stories_are_grouped_and_ordered_newest_first(project: Path) -> None:
    briefing = make_briefing(load_config(project=project))
    assert [(s.title, len(s.articles)) for s in briefing.stories] == [
        ("Harbour Bridge closes", 2),
        ("The national chess final ended in a draw after six hours of…", 1),
    ]
    bridge = briefing.stories[0]
    assert bridge.slug == "harbour-bridge"
    assert bridge.tags == ("transport",)
    times = next(a for a in bridge.articles if a.source == "Harbour Times")
    assert times.author == "Lena Ortiz" and times.url == "https://harbour-times.example/bridge"
    assert not times.date_inferred
    council = next(a for a in bridge.articles if a is not times)
    assert council.date_inferred and council.source == "Council"  # from the file name
    assert council.title.startswith("The city council voted on Monday")


def test_story_summary_copies_source_sentences_and_cites_them(project: Path) -> None:
    story = make_briefing(load_config(project=project)).stories[0]
    articles = {a.id: a for a in story.articles}
    assert 1 <= len(story.summary) <= 5
    for sentence in story.summary:
        assert articles[sentence.source.article].sentences[sentence.source.sentence].text == sentence.text


def test_story_page_links_every_summary_sentence_to_its_source(built: Path) -> None:
    page = built / "stories/harbour-bridge/index.html"
    links = parse(page)
    cites = [h for h in links.hrefs if h.startswith("#s-")]
    assert cites, "summary sentences must link to their source sentences"
    assert all(h[1:] in links.ids for h in cites)
    html = page.read_text()
    assert 'href="https://harbour-times.example/bridge" rel="noopener noreferrer"' in html
    assert "€45 million" in html and "€42 million" in html
    assert 'href="../../style.css"' in html


def test_every_internal_link_resolves(built: Path) -> None:
    for page in built.rglob("*.html"):
        for href in parse(page).hrefs:
            if href.startswith(("http://", "https://", "#", "mailto:")):
                continue
            target = (page.parent / href.split("#")[0]).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(built)} links to missing {href}"


def test_home_page_lists_stories_with_summary_and_sources(built: Path) -> None:
    html = (built / "index.html").read_text()
    assert html.index("Harbour Bridge closes") < html.index("national chess final")
    assert 'href="stories/harbour-bridge/index.html"' in html
    assert "Sources: Council, Harbour Times" in html


def test_digest_is_markdown_with_reference_links(built: Path) -> None:
    digest = (built / "digest.md").read_text()
    assert digest.startswith("# Briefing\n")
    assert "## Harbour Bridge closes" in digest
    assert '[harbour-bridge-2]: https://harbour-times.example/bridge "Harbour Times"' in digest
    assert max(len(line) for line in digest.splitlines() if not line.startswith("[")) <= 80


def test_article_text_cannot_inject_markup(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        project,
        {
            "content/harbour-bridge/evil.md": "---\ntitle: <script>alert(1)</script>\nsource: <b>Evil</b>\n---\n"
            "The Harbour Bridge closure <img src=x onerror=alert(1)> was debated by the council again today."
        },
    )
    build(load_config(project=project))
    for page in (project / "site").rglob("*.html"):
        html = page.read_text()
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Evil" not in html


def test_bad_file_is_reported_and_the_rest_builds(project: Path) -> None:
    write(project, {"content/harbour-bridge/broken.md": "---\ntitle: [oops\n---\nText."})
    result = build(load_config(project=project))
    assert result.stories == 2 and result.articles == 3
    assert [(p.path, p.line) for p in result.problems] == [("harbour-bridge/broken.md", 2)]


def test_failed_build_keeps_the_previous_site(built: Path, project: Path) -> None:
    before = (built / "index.html").read_bytes()
    write(project, {"templates/index.html": "{{ no_such_variable }}"})
    with pytest.raises(TemplateError, match=r"index\.html"):
        build(load_config(project=project))
    assert (built / "index.html").read_bytes() == before
    assert not [p for p in built.parent.iterdir() if p.name.startswith(".site-")]


def test_project_templates_override_and_extend_defaults(project: Path) -> None:
    write(
        project,
        {
            "templates/base.html": '{% extends "!default/base.html" %}'
            "{% block title %}Custom · {{ site.title }}{% endblock %}"
        },
    )
    build(load_config(project=project))
    assert "<title>Custom · Briefing</title>" in (project / "site/index.html").read_text()


def test_rebuild_is_byte_identical(built: Path, project: Path) -> None:
    first = {p.relative_to(built): p.read_bytes() for p in built.rglob("*") if p.is_file()}
    build(load_config(project=project))
    second = {p.relative_to(built): p.read_bytes() for p in built.rglob("*") if p.is_file()}
    assert first == second


def test_base_url_gives_canonical_links(project: Path) -> None:
    (project / "briefing.yaml").write_text("base_url: https://me.github.io/harbour\n")
    build(load_config(project=project))
    html = (project / "site/stories/harbour-bridge/index.html").read_text()
    assert '<link rel="canonical" href="https://me.github.io/harbour/stories/harbour-bridge/">' in html
    assert re.search(r'href="\.\./\.\./index\.html"', html)


def test_write_site_refuses_paths_outside_the_output(tmp_path: Path) -> None:
    with pytest.raises(ContentError):
        write_site({"../escape.html": b"x"}, tmp_path / "site")
    assert not (tmp_path / "escape.html").exists()


def test_missing_content_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="content folder not found"):
        build(load_config(project=tmp_path))


def test_rebuild_reuses_cached_articles_and_redoes_changed_ones(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.build as pipeline

    build(load_config(project=project))
    prepared: list[str] = []
    original = pipeline.prepare_article

    def counting(source, article_id, config):  # type: ignore[no-untyped-def]
        prepared.append(source.path)
        return original(source, article_id, config)

    summarized: list[str] = []
    summarize = pipeline.summarize_story

    def counting_stories(members, length, algorithm):  # type: ignore[no-untyped-def]
        summarized.append(members[0].path)
        return summarize(members, length, algorithm)

    monkeypatch.setattr(pipeline, "prepare_article", counting)
    monkeypatch.setattr(pipeline, "summarize_story", counting_stories)
    build(load_config(project=project))
    assert prepared == [] and summarized == []
    (project / "content/chess.txt").write_text("The chess final was replayed on Sunday after a protest by one player.")
    result = build(load_config(project=project))
    assert prepared == ["chess.txt"]
    assert summarized == ["chess.txt"]  # the bridge story's summary came from the cache
    assert "replayed on Sunday" in (project / "site/index.html").read_text()
    assert result.articles == 3


def test_cache_can_be_switched_off(project: Path) -> None:
    (project / "briefing.yaml").write_text("cache: false\n")
    build(load_config(project=project))
    assert not (project / ".briefing-cache").exists()


def test_digest_keeps_article_text_as_text_in_any_markdown_renderer(project: Path) -> None:
    from markdown_it import MarkdownIt

    write(
        project,
        {
            "content/harbour-bridge/evil.txt": "The Harbour Bridge closure was debated by the council, "
            "see [details](javascript:alert(1)) now. "
            "Mayor Ana Ruiz said the Harbour Bridge repairs <script>alert(2)</script> must start on Monday."
        },
    )
    (project / "briefing.yaml").write_text("summary_sentences: 20\n")
    build(load_config(project=project))
    digest = (project / "site/digest.md").read_text()
    assert "alert(2)" in digest, "the sentence should be in the digest for this test to mean anything"
    html = MarkdownIt("commonmark", {"html": True}).render(digest)  # a renderer that passes raw HTML
    assert "<script" not in html and 'href="javascript' not in html


def test_markdown_escape_neutralises_links_tags_and_emphasis() -> None:
    from briefing.render import markdown_escape

    assert markdown_escape("see [x](javascript:y) <b>*bold*</b> _u_") == (
        "see \\[x\\](javascript:y) \\<b\\>\\*bold\\*\\</b\\> \\_u\\_"
    )


def test_headline_repeated_as_first_line_is_not_a_sentence(project: Path) -> None:
    write(
        project,
        {
            "content/harbour-bridge/repeat.md": "---\ntitle: Harbour bridge shut, repairs cost millions\n---\n"
            "Harbour bridge shut, repairs cost millions\n\n"
            "The Harbour Bridge closes on Monday for repairs to its cables."
        },
    )
    story = make_briefing(load_config(project=project)).stories[0]
    article = next(a for a in story.articles if a.path.endswith("repeat.md"))
    assert article.blocks[0].kind == "heading"
    assert [s.text for s in article.sentences] == ["The Harbour Bridge closes on Monday for repairs to its cables."]


def test_short_first_line_of_bare_text_is_its_headline(project: Path) -> None:
    write(
        project,
        {
            "content/harbour-bridge/pasted.txt": "Harbour bridge to shut for a year.\n\n"
            "The Harbour Bridge closes on Monday for repairs to its cables, the council said on Tuesday evening."
        },
    )
    story = make_briefing(load_config(project=project)).stories[0]
    article = next(a for a in story.articles if a.path.endswith("pasted.txt"))
    assert article.title == "Harbour bridge to shut for a year"
    assert article.sentences[0].text.startswith("The Harbour Bridge closes on Monday")


def test_a_story_of_bare_texts_takes_the_headline_over_a_first_sentence_cut_short(tmp_path: Path) -> None:
    prose = "The Harbour Bridge will close to all traffic on Monday for at least a year, the council said on Tuesday."
    write(
        tmp_path,
        {
            "content/bridge/a-first.txt": f"{prose} Engineers found rust in the cables last month.",
            "content/bridge/b-second.txt": "It's official\n\n"  # a short line of the page, not its headline
            f"{prose} The repairs will cost about €40 million.",
            "content/bridge/b-third.txt": "But drivers still have four days to use the bridge\n\n"  # a connector
            f"{prose} Traffic will move to the Millrace Bridge.",
            "content/bridge/c-third.txt": "Harbour Bridge to close for a year\n\n"
            f"{prose} Ferries will run more often while it is shut.",
        },
    )
    story = make_briefing(load_config(project=tmp_path)).stories[0]
    assert story.title == "Harbour Bridge to close for a year"
