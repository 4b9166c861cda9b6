"""The plain data passed between pipeline stages, the `Problem` record and the error tree.

Every stage takes and returns these frozen dataclasses (tuples, never lists), so a stage
can be tested on its own, its result compared, cached by content hash and computed in
another process. `to_jsonable()` turns any of them into JSON-ready data.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

# --------------------------------------------------------------------------- errors


class BriefingError(Exception):
    """Base of every error the CLI turns into a one-line message and exit code 1."""


class ConfigError(BriefingError):
    """`briefing.yaml` (or a CLI override) is invalid; the message lists every problem."""


class ContentError(BriefingError):
    """The content folder is missing or unreadable as a whole."""


class TemplateError(BriefingError):
    """A template failed to load or render."""


@dataclass(frozen=True)
class Problem:
    """One bad input file (or part of one): reported, skipped, never fatal to the build."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


# --------------------------------------------------------------------------- read


@dataclass(frozen=True)
class Source:
    """A content file as read from disk: body text (front matter removed) and metadata.

    `path` is relative to the content folder, with forward slashes. `body_line` is the
    1-based line in the file where `text` begins, so later stages can name a line.
    `folder` is the story folder it sits in ("" for a loose file directly in content/).
    """

    path: str
    kind: Literal["txt", "md", "html"]
    text: str
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    body_line: int = 1
    folder: str = ""
    mtime: float = 0.0


# --------------------------------------------------------------------------- clean


@dataclass(frozen=True)
class Block:
    """A unit of cleaned article structure: a section heading or a paragraph of prose."""

    kind: Literal["heading", "paragraph"]
    text: str


@dataclass(frozen=True)
class Change:
    """One thing the clean stage did, with the reason, for `briefing clean --explain`.

    kind: "extract" (HTML extractor used), "drop" (boilerplate removed), "heading"
    (heading recognised/split off), "split" (fused words separated), "repair" (unicode or
    spacing fixed). `line` is 1-based in the source body where known, else 0.
    """

    kind: str
    detail: str
    line: int = 0


@dataclass(frozen=True)
class Cleaned:
    """The clean stage's output: the article as structure, metadata it found, what it did."""

    blocks: tuple[Block, ...]
    meta: dict[str, Any] = field(default_factory=dict, hash=False)
    changes: tuple[Change, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


# --------------------------------------------------------------------------- segment


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its text, position (0-based across the article) and paragraph."""

    text: str
    index: int
    paragraph: int
    article: str = ""  # the article id it belongs to


# --------------------------------------------------------------------------- facts

FactKind = Literal["money", "percent", "number", "date", "person", "org", "quote", "event", "claim"]


@dataclass(frozen=True)
class Fact:
    """One fact found in one sentence of one article.

    `value` is the normalised form used to merge the same fact across sources
    (e.g. "USD 1000000000", "2024-02", "Sam Altman"). `speaker` is set for quotes,
    `role` for people and organisations where the text gives one.
    """

    kind: FactKind
    text: str
    value: str
    sentence: int
    article: str = ""
    speaker: str = ""
    role: str = ""


@dataclass(frozen=True)
class SourceRef:
    """Where a story-level sentence or fact is stated: article id and sentence index."""

    article: str
    sentence: int


@dataclass(frozen=True)
class KeyFact:
    """A fact merged across a story's sources, with everyone who states it."""

    kind: FactKind
    text: str
    value: str
    sources: tuple[SourceRef, ...]
    speaker: str = ""
    role: str = ""
    reports: int = 0  # independent reports among the sources (reprints of one wire story count once)


@dataclass(frozen=True)
class Disagreement:
    """The same slot given different values by different sources.

    A figure's slot reads "money: raised", its values are the competing figures. A yes/no
    claim's slot reads "claim: payment made"; its two values are `claim` key facts, the
    "payment | yes" side first, whose text is the sentence (or the words around the claim) and
    whose sources are the articles on that side.
    """

    slot: str
    values: tuple[KeyFact, ...]


@dataclass(frozen=True)
class FactBox:
    """A story's key facts, where its sources disagree, its dated facts oldest first, and how
    many outlets and independent reports stand behind it ("5 outlets, 2 independent reports")."""

    facts: tuple[KeyFact, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()
    timeline: tuple[KeyFact, ...] = ()
    outlets: int = 0
    reports: int = 0


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True)
class Article:
    """A read, cleaned, segmented, summarised article with its facts."""

    id: str
    path: str
    title: str
    source: str
    url: str
    date: datetime
    date_inferred: bool
    author: str
    language: str
    tags: tuple[str, ...]
    folder: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    summary: tuple[int, ...] = ()  # indices into `sentences`, in reading order
    facts: tuple[Fact, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, hash=False)
    changes: tuple[Change, ...] = ()
    fingerprint: str = ""  # hash of everything the article was prepared from (keys the build caches)

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)

    def sentence_text(self, index: int) -> str:
        """The text of the sentence at `index` (its position in the article), '' if there is none."""
        return next((s.text for s in self.sentences if s.index == index), "")


@dataclass(frozen=True)
class SummarySentence:
    """A sentence chosen for a story summary: copied from `source`, also stated by `also`."""

    text: str
    source: SourceRef
    also: tuple[SourceRef, ...] = ()


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    date: datetime
    tags: tuple[str, ...]
    articles: tuple[Article, ...]
    summary: tuple[SummarySentence, ...] = ()
    facts: FactBox = FactBox()
    extra: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Briefing:
    title: str
    built_at: datetime
    stories: tuple[Story, ...]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class BuildResult:
    out_dir: str
    pages: tuple[str, ...]
    stories: int
    articles: int
    problems: tuple[Problem, ...] = ()


# --------------------------------------------------------------------------- serialise


def to_jsonable(value: Any) -> Any:
    """Turn dataclasses, tuples and datetimes into JSON-ready data, recursively."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
