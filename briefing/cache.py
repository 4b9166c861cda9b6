"""Incremental builds: prepared articles cached on disk as JSON, keyed by a hash of their inputs.

An article is rebuilt only when its file, its metadata, the options that shape it or the
code of `briefing` itself change. JSON (not pickle), so a cache entry can be read by a
person and can never execute anything.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefing.config import Config
from briefing.model import Article, FactBox, Source, SummarySentence, to_jsonable

CACHE_DIR = ".briefing-cache"
# Config options that change a prepared article; the others only affect stories or pages.
ARTICLE_OPTIONS = ("algorithm", "article_summary_sentences", "language")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the package's own source, so a new version never reuses old results."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def article_key(source: Source, article_id: str, config: Config) -> str:
    """The cache key of one article: everything `prepare_article` reads."""
    payload = json.dumps(
        {
            "code": code_fingerprint(),
            "id": article_id,
            "source": to_jsonable(source),
            "options": {k: getattr(config, k) for k in ARTICLE_OPTIONS},
        },
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


class ResultCache:
    """Results of one kind stored as `<project>/.briefing-cache/<name>/<key>.json`."""

    def __init__(self, root: Path, name: str, kind: Any) -> None:
        self.folder = root / CACHE_DIR / name
        self.kind = kind

    def get(self, key: str) -> Any:
        path = self.folder / f"{key}.json"
        try:
            return from_jsonable(self.kind, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError):
            return None  # missing or unreadable: just compute it again

    def put(self, key: str, value: Any) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{key}.json"
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(to_jsonable(value), ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)

    def prune(self, keep: set[str]) -> None:
        """Remove entries no longer used, so the cache does not grow forever."""
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("*.json"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)


@dataclasses.dataclass(frozen=True)
class StoryResults:
    """The expensive, cacheable part of a story: its summary and its fact box."""

    summary: tuple[SummarySentence, ...]
    facts: FactBox


def story_key(members: Sequence[Article], options: dict[str, Any]) -> str:
    """The cache key of a story's summary and facts: its articles' fingerprints and the options."""
    payload = json.dumps(
        {"code": code_fingerprint(), "articles": [a.fingerprint for a in members], "options": options},
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


Decoder = typing.Callable[[Any], Any] | None  # None: the JSON value is already the value


def from_jsonable(kind: Any, data: Any) -> Any:
    """Rebuild a value of type `kind` (dataclass, tuple, datetime…) from `to_jsonable` output."""
    decode = _decoder(kind)
    return data if decode is None else decode(data)


@lru_cache(maxsize=128)
def _decoder(kind: Any) -> Decoder:
    """A function that rebuilds values of `kind`, made once per type: reading a cache of
    thousands of articles calls it a million times, so the type is inspected only here."""
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(kind))
        return lambda data: kind(**{n: data[n] if d is None else d(data[n]) for n, d in fields})
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is tuple:
        item = _decoder(args[0])
        return tuple if item is None else (lambda data: tuple(item(v) for v in data))
    if origin in (types.UnionType, typing.Union):
        inner = _decoder(next(a for a in args if a is not type(None)))
        return None if inner is None else (lambda data: None if data is None else inner(data))
    if kind is datetime:
        return datetime.fromisoformat
    return None  # str, int, float, bool, Literal, dict[str, Any]
