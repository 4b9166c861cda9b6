"""Finding and reading content files: body text plus metadata from front matter or a sidecar.

Inputs are every `.txt`, `.md` and `.html` file under the content folder (sorted, so builds
are deterministic). Metadata comes from a `---` YAML block at the top of the file, or from
a sidecar `NAME.yaml` beside it. A story folder may hold `story.yaml` for the story itself.
A file that cannot be read becomes a `Problem` and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import yaml

from briefing.model import Problem, Source

# libyaml's loader when PyYAML was built with it (its wheels are): the same safe subset, ~10x faster,
# which matters when thousands of files carry front matter.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
EXTENSIONS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
STORY_FILE = "story.yaml"
KNOWN_FIELDS = ("title", "source", "url", "date", "author", "language", "tags", "story")


@dataclass(frozen=True)
class Found:
    """What `read_content` found: sources, story metadata per folder, and problems."""

    sources: tuple[Source, ...]
    stories: dict[str, dict[str, Any]]
    problems: tuple[Problem, ...]


def find_files(content_dir: Path) -> list[Path]:
    """Content files under `content_dir`, sorted; hidden files and folders are ignored."""
    files = []
    for path in content_dir.rglob("*"):
        relative = path.relative_to(content_dir)
        if any(part.startswith((".", "_")) for part in relative.parts):
            continue
        if path.is_file() and path.suffix.lower() in EXTENSIONS:
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(content_dir).as_posix())


def read_content(content_dir: Path) -> Found:
    """Read every content file and story.yaml; bad files become problems, not failures."""
    sources: list[Source] = []
    problems: list[Problem] = []
    for path in find_files(content_dir):
        result = read_source(path, content_dir)
        if isinstance(result, Problem):
            problems.append(result)
        else:
            sources.append(result)
    stories: dict[str, dict[str, Any]] = {}
    for story_file in sorted(content_dir.rglob(STORY_FILE)):
        folder = story_file.parent.relative_to(content_dir).as_posix()
        relative = story_file.relative_to(content_dir).as_posix()
        try:
            stories[folder], story_problems = read_story_meta(story_file.read_text(encoding="utf-8"), relative)
            problems.extend(story_problems)
        except MetadataError as error:
            problems.append(error.problem)
    return Found(tuple(sources), stories, tuple(problems))


class MetadataError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def load_yaml_mapping(text: str, path: str, first_line: int, what: str = "metadata") -> dict[str, Any]:
    """Parse a YAML mapping; errors name the file, the line in that file and `what` it holds."""
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        # A mark at the end of the stream points past the block; clamp it to its last line.
        last = max(text.rstrip("\n").count("\n"), 0)
        line = first_line + min(mark.line if mark else 0, last)
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise MetadataError(Problem(path, line, f"invalid YAML {what}: {reason}")) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MetadataError(Problem(path, first_line, f"{what} must be a mapping, not {type(data).__name__}"))
    return {str(k): v for k, v in data.items()}


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, body, 1-based line of the body's first line)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None, text, 1
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return "".join(lines[1:number]), "".join(lines[number + 1 :]), number + 2
    return None, text, 1  # no closing marker: not front matter, the file is all body


def read_source(path: Path, content_dir: Path) -> Source | Problem:
    """Read one content file with its metadata, or say why it cannot be used."""
    relative = path.relative_to(content_dir).as_posix()
    if path.suffix.lower() not in EXTENSIONS:
        return Problem(relative, 0, f"not an article file (use {', '.join(sorted(EXTENSIONS))})")
    try:
        raw = path.read_bytes()
    except OSError as error:
        return Problem(relative, 0, f"cannot read file: {error.strerror}")
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
    if b"\x00" in raw[:4096]:
        return Problem(relative, 1, "binary file, not text")
    front, body, body_line = split_front_matter(text)
    try:
        meta = read_metadata(front, relative, 2) if front is not None else {}
        sidecar = path.with_suffix(".yaml")
        if sidecar.exists():
            sidecar_text = sidecar.read_text(encoding="utf-8")
            meta = {**read_metadata(sidecar_text, sidecar.relative_to(content_dir).as_posix(), 1), **meta}
    except MetadataError as error:
        return error.problem
    folder = Path(relative).parent.as_posix()
    return Source(
        path=relative,
        kind=EXTENSIONS[path.suffix.lower()],  # type: ignore[arg-type]
        text=body,
        meta=meta,
        body_line=body_line,
        folder="" if folder == "." else folder,
        mtime=path.stat().st_mtime,
    )


def key_line(text: str, key: str, first_line: int) -> int:
    """The line of `key:` in a YAML block that starts at `first_line` of its file."""
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
    return first_line + text[: match.start()].count("\n") if match else first_line


def read_metadata(text: str, path: str, first_line: int) -> dict[str, Any]:
    """An article's metadata block, parsed and checked; a bad field names its file and line."""
    return normalise_meta(load_yaml_mapping(text, path, first_line), path, lambda key: key_line(text, key, first_line))


def normalise_meta(meta: dict[str, Any], path: str, line_of: Callable[[str], int]) -> dict[str, Any]:
    """Check and normalise known fields (tags as a tuple of strings, date as datetime)."""
    out = dict(meta)
    for key in ("title", "source", "url", "author", "language", "story"):
        if key in out and out[key] is not None and not isinstance(out[key], (str, int, float)):
            raise MetadataError(Problem(path, line_of(key), f"{key!r} must be text, not {type(out[key]).__name__}"))
        if key in out and out[key] is not None:
            out[key] = str(out[key]).strip()
    if "tags" in out:
        out["tags"] = normalise_tags(out["tags"], path, line_of("tags"))
    for key, value in out.items():
        if key != "date" and isinstance(value, (date, datetime)):
            out[key] = value.isoformat()  # extra fields stay JSON-ready for the cache and templates
    if out.get("date") is not None:
        parsed = parse_date(out["date"])
        if parsed is None:
            raise MetadataError(Problem(path, line_of("date"), f"'date' is not a date: {out['date']!r}"))
        out["date"] = parsed
    return out


def normalise_tags(value: Any, path: str, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(t.strip() for t in value.split(",") if t.strip())
    if isinstance(value, (list, tuple)) and all(isinstance(t, (str, int)) for t in value):
        return tuple(str(t).strip() for t in value if str(t).strip())
    raise MetadataError(Problem(path, line, "'tags' must be a list of words or a comma-separated string"))


# story.yaml fields and what each must be; anything else is kept for templates.
_STORY_TEXT = ("title", "slug", "note", "summary")
_STORY_COUNTS = {"summary_sentences": 1, "summary_words": 0}


def read_story_meta(text: str, path: str) -> tuple[dict[str, Any], list[Problem]]:
    """A story.yaml: its fields, and a problem for each bad one (which is then left out)."""
    meta = load_yaml_mapping(text, path, 1)
    problems: list[Problem] = []

    def bad(key: str, message: str) -> None:
        problems.append(Problem(path, key_line(text, key, 1), message))
        meta.pop(key, None)

    for key in _STORY_TEXT:
        if key in meta and not isinstance(meta[key], (str, int, float)):
            bad(key, f"{key!r} must be text, not {type(meta[key]).__name__}")
    for key, least in _STORY_COUNTS.items():
        if key in meta and (isinstance(meta[key], bool) or not isinstance(meta[key], int) or meta[key] < least):
            bad(key, f"{key!r} must be a whole number of at least {least}, not {meta[key]!r}")
    ratio = meta.get("summary_ratio")
    if "summary_ratio" in meta and (
        isinstance(ratio, bool) or not isinstance(ratio, (int, float)) or not 0 <= ratio <= 1
    ):
        bad("summary_ratio", f"'summary_ratio' must be a number from 0 to 1, not {ratio!r}")
    if meta.get("date") is not None:
        if (parsed := parse_date(meta["date"])) is None:
            bad("date", f"'date' is not a date: {meta['date']!r}")
        else:
            meta["date"] = parsed
    if "tags" in meta:
        try:
            meta["tags"] = normalise_tags(meta["tags"], path, key_line(text, "tags", 1))
        except MetadataError as error:
            problems.append(error.problem)
            meta.pop("tags")
    return meta, problems


def parse_date(value: Any) -> datetime | None:
    """A timezone-aware datetime (UTC if none given) from YAML's date/datetime or a string."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time(0, 0))
    elif isinstance(value, str):
        parsed = _parse_date_string(value.strip())
        if parsed is None:
            return None
    else:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_date_string(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        from dateutil import parser as date_parser  # lenient: "12 March 2026", "March 12, 2026 10:00"

        return date_parser.parse(text)
    except (ValueError, OverflowError, ImportError):
        return None
