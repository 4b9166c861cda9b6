from pathlib import Path

import pytest

from briefing.config import Config, load_config
from briefing.model import ConfigError


def test_defaults_when_no_config_file(tmp_path: Path) -> None:
    config = load_config(project=tmp_path)
    assert config == Config(root=str(tmp_path))
    assert config.content_dir == tmp_path / "content"
    assert config.output_dir == tmp_path / "site"


def test_values_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "briefing.yaml").write_text(
        "title: Harbour Watch\nbase_url: https://me.github.io/harbour/\nsummary_sentences: 3\nstory_threshold: 1\n"
    )
    config = load_config(project=tmp_path, overrides={"output": "public", "algorithm": None})
    assert config.title == "Harbour Watch"
    assert config.base_url == "https://me.github.io/harbour/"
    assert config.summary_sentences == 3
    assert config.story_threshold == 1.0 and isinstance(config.story_threshold, float)
    assert config.output == "public"
    assert config.algorithm == "news"


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    (tmp_path / "briefing.yaml").write_text("titel: x\nsummary_sentences: five\nalgorithm: magic\n")
    with pytest.raises(ConfigError) as caught:
        load_config(project=tmp_path)
    message = str(caught.value)
    assert message.startswith(str(tmp_path / "briefing.yaml"))
    assert "unknown option 'titel'" in message and "allowed:" in message
    assert "'summary_sentences' must be int, not str ('five')" in message
    assert "'algorithm' must be one of lexrank" in message
    assert "\n" not in message


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "briefing.yaml").write_text("title: ok\nbase_url: [unclosed\n")
    with pytest.raises(ConfigError, match=r"briefing\.yaml:\d+: invalid YAML configuration"):
        load_config(project=tmp_path)


def test_bool_is_not_an_int(tmp_path: Path) -> None:
    (tmp_path / "briefing.yaml").write_text("facts_limit: true\n")
    with pytest.raises(ConfigError, match="'facts_limit' must be int, not bool"):
        load_config(project=tmp_path)


def test_explicit_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(path=tmp_path / "other.yaml")


def test_config_that_is_not_a_mapping_says_so(tmp_path: Path) -> None:
    (tmp_path / "briefing.yaml").write_text("- title\n- base_url\n")
    with pytest.raises(ConfigError, match=r"briefing\.yaml:1: configuration must be a mapping, not list"):
        load_config(project=tmp_path)
