"""Site configuration: one typed object, loaded from `briefing.yaml`, validated in one place.

Every option has a default and a one-line doc (`OPTIONS`), so a folder with only `content/`
builds. All problems in the file are reported together in one `ConfigError`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.model import ConfigError
from briefing.summarize import ALGORITHMS

CONFIG_FILE = "briefing.yaml"


@dataclass(frozen=True)
class Config:
    """Options of a briefing project. Paths are relative to the project (config file's) folder."""

    title: str = "Briefing"
    description: str = "Stories summarised from their sources."
    base_url: str = ""
    cname: str = ""
    language: str = "en"
    content: str = "content"
    output: str = "site"
    algorithm: str = "news"
    summary_sentences: int = 5
    summary_words: int = 0
    summary_ratio: float = 0.0
    article_summary_sentences: int = 3
    facts_limit: int = 12
    story_threshold: float = 0.25
    build_time: str = ""
    cache: bool = True
    workers: int = 0
    root: str = "."

    @property
    def content_dir(self) -> Path:
        return Path(self.root) / self.content

    @property
    def output_dir(self) -> Path:
        return Path(self.root) / self.output


# One line of documentation per option; `briefing init` writes these as comments.
OPTIONS: dict[str, str] = {
    "title": "Name of the briefing, shown on every page and in the digest.",
    "description": "One sentence about the briefing, for the home page and feeds.",
    "base_url": "Where the site is published, e.g. https://USER.github.io/REPO/ (empty: relative links only).",
    "cname": "Custom domain for GitHub Pages, written to site/CNAME (e.g. news.example.org; empty: none).",
    "language": "Language of the content, as a BCP 47 code (en, en-GB, de).",
    "content": "Folder with the articles; one sub-folder per story.",
    "output": "Folder the site is written to (replaced atomically on each build).",
    "algorithm": f"Summarizer: one of {', '.join(ALGORITHMS)} (news: our multi-document ranker).",
    "summary_sentences": "Sentences in each story summary.",
    "summary_words": "Word budget of each story summary (0: use summary_sentences).",
    "summary_ratio": "Story summary length as a share (0-1) of the story's words (0: unused; summary_words wins).",
    "article_summary_sentences": "Sentences in each source article's own summary.",
    "facts_limit": "Most key facts shown per story.",
    "story_threshold": "Similarity (0-1) above which loose articles are grouped into one story.",
    "build_time": "Build timestamp (ISO 8601); default SOURCE_DATE_EPOCH or now.",
    "cache": "Reuse prepared articles from .briefing-cache/ when nothing they depend on changed.",
    "workers": "Processes preparing articles in parallel (0: one per CPU core).",
}

_TYPES: dict[str, tuple[type, ...]] = {
    f.name: (float, int) if f.type == "float" else ({"str": (str,), "int": (int,), "bool": (bool,)}[f.type])
    for f in dataclasses.fields(Config)
    if f.name != "root"
}


def _check(key: str, value: Any) -> str | None:
    """The problem with one option's value, or None when it is fine."""
    expected = _TYPES[key]
    if (isinstance(value, bool) and bool not in expected) or not isinstance(value, expected):
        names = " or ".join(t.__name__ for t in expected)
        return f"{key!r} must be {names}, not {type(value).__name__} ({value!r})"
    if key == "algorithm" and value not in ALGORITHMS:
        return f"'algorithm' must be one of {', '.join(ALGORITHMS)}, not {value!r}"
    if key in {"summary_sentences", "article_summary_sentences", "facts_limit"} and value < 1:
        return f"{key!r} must be at least 1, not {value!r}"
    if key in {"summary_words", "workers"} and value < 0:
        return f"{key!r} must be 0 or more, not {value!r}"
    if key in {"story_threshold", "summary_ratio"} and not 0 <= value <= 1:
        return f"{key!r} must be between 0 and 1, not {value!r}"
    if key == "base_url" and value and not value.startswith(("http://", "https://", "/")):
        return f"'base_url' must start with https://, http:// or /, not {value!r}"
    return None


def validate(values: dict[str, Any], origin: str) -> Config:
    """A `Config` from raw values, or a `ConfigError` listing every problem found."""
    problems = []
    for key, value in values.items():
        if key == "root":
            continue
        if key not in _TYPES:
            problems.append(f"unknown option {key!r} (allowed: {', '.join(sorted(_TYPES))})")
        elif (problem := _check(key, value)) is not None:
            problems.append(problem)
    if problems:
        raise ConfigError(f"{origin}: " + "; ".join(problems))
    known = {k: (float(v) if _TYPES.get(k) == (float, int) else v) for k, v in values.items()}
    return Config(**known)


def load_config(
    path: Path | None = None, project: Path | None = None, overrides: dict[str, Any] | None = None
) -> Config:
    """Read `briefing.yaml` (if present), apply CLI overrides, validate everything at once."""
    project = project or (path.parent if path else Path("."))
    path = path or project / CONFIG_FILE
    values: dict[str, Any] = {}
    if path.exists():
        values = _read_yaml(path)
    elif path.name != CONFIG_FILE or path.parent != project:
        raise ConfigError(f"{path}: config file not found")
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    values["root"] = str(project)
    return validate(values, str(path))


def _read_yaml(path: Path) -> dict[str, Any]:
    """The file's mapping; a syntax error names the file and line, as it does for content metadata."""
    from briefing.sources import MetadataError, load_yaml_mapping

    try:
        return load_yaml_mapping(path.read_text(encoding="utf-8"), str(path), 1, what="configuration")
    except MetadataError as error:
        raise ConfigError(str(error.problem)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
