"""The build cache: JSON round trips are exact, and keys change when inputs change."""

from dataclasses import replace
from pathlib import Path

from briefing.build import make_briefing
from briefing.cache import article_key, from_jsonable
from briefing.config import Config, load_config
from briefing.model import Article, Source, Story, to_jsonable


def test_articles_and_stories_survive_a_json_round_trip(project: Path) -> None:
    (project / "briefing.yaml").write_text("cache: false\n")
    stories = make_briefing(load_config(project=project)).stories
    assert stories
    for story in stories:
        assert from_jsonable(Story, to_jsonable(story)) == story
        for article in story.articles:
            assert from_jsonable(Article, to_jsonable(article)) == article


def test_article_key_depends_on_text_metadata_options_and_id() -> None:
    source = Source(path="a.txt", kind="txt", text="Text.", meta={"title": "A"}, mtime=1.0)
    config = Config(algorithm="news")
    key = article_key(source, "a", config)
    assert key == article_key(replace(source), "a", Config(algorithm="news"))
    assert key == article_key(source, "a", replace(config, title="Another title"))  # not an article option
    assert key != article_key(replace(source, text="Other text."), "a", config)
    assert key != article_key(replace(source, meta={"title": "B"}), "a", config)
    assert key != article_key(source, "a", replace(config, algorithm="lexrank"))
    assert key != article_key(source, "b", config)
