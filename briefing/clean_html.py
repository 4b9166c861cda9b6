"""HTML extraction for the clean stage: the article's text and metadata from a web page.

trafilatura in precision mode goes first: on the extraction benchmark it keeps less boilerplate
than its default at almost the same recall. When its result looks wrong (nothing or a stub, one
huge paragraph, mostly link lines or calls to action), the other candidates are tried and the one
that looks most like an article wins; the `extract` change says which and why.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from briefing.clean_boiler import Line, judge_lines
from briefing.model import Change

# Fewer words than this is a stub (a teaser, an error page), not an article.
MIN_WORDS = 50
# A paywall notice in a text shorter than this means the article itself is missing.
PAYWALL_WORDS = 200
# One paragraph longer than this, and most of the text, is a whole page run together.
HUGE_PARAGRAPH = 600
# A share of boilerplate lines above this means the extractor took in page furniture.
MAX_BOILERPLATE = 0.5
_PAYWALL = re.compile(
    r"\b(subscribe|log in|sign in|register) to (continue|read|unlock)|\bsubscribers only\b|"
    r"\byou have reached your (free )?(article )?limit\b|\balready a subscriber\b",
    re.IGNORECASE,
)
META_FIELDS = ("title", "date", "author", "sitename", "url")


@dataclass(frozen=True)
class Extracted:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class Candidate:
    name: str
    text: str
    problems: tuple[str, ...]

    @property
    def score(self) -> tuple[int, int]:
        """Fewer problems first, then more words."""
        return (-len(self.problems), len(self.text.split()))


def extract_html(html: str) -> Extracted:
    """The main text of a page, its metadata, and an `extract` change naming the extractor that won."""
    meta, first = _trafilatura_precision(html)
    if not first.problems:
        return Extracted(first.text, meta, (Change("extract", f"{first.name}: text looks like an article"),))
    candidates = [first]
    for name, run in FALLBACKS:  # in order of trust: stop at the first that looks right
        candidates.append(_candidate(name, run(html)))
        if not candidates[-1].problems:
            break
    best = max(candidates, key=lambda c: c.score)
    why = f"{first.name} looked wrong ({', '.join(first.problems)})"
    verdict = f"{best.name} won" if best is not first else "no fallback did better, kept it"
    return Extracted(best.text, meta, (Change("extract", f"{why}; {verdict}"),))


def problems(text: str) -> tuple[str, ...]:
    """What makes extracted text look like something other than an article."""
    found = []
    count = len(text.split())
    if count < MIN_WORDS:
        found.append(f"only {count} words")
    if count < PAYWALL_WORDS and _PAYWALL.search(text):
        found.append("a paywall notice")
    paragraphs = [p for p in text.splitlines() if p.strip()]
    longest = max((len(p.split()) for p in paragraphs), default=0)
    if longest > HUGE_PARAGRAPH and longest > 0.8 * count:
        found.append(f"one paragraph of {longest} words")
    if paragraphs:
        lines = [Line(p, i, i) for i, p in enumerate(paragraphs)]
        dropped = sum(1 for v in judge_lines(lines, by_shape=False) if v)
        if dropped / len(paragraphs) > MAX_BOILERPLATE:
            found.append(f"{dropped} of {len(paragraphs)} lines are links or calls to action")
    return tuple(found)


def _candidate(name: str, text: str) -> Candidate:
    return Candidate(name, text, problems(text))


def _trafilatura_precision(html: str) -> tuple[dict[str, Any], Candidate]:
    import trafilatura

    document = trafilatura.bare_extraction(html, favor_precision=True, with_metadata=True)
    if document is None:
        return {}, _candidate("trafilatura (precision)", "")
    meta = {key: value for key in META_FIELDS if (value := getattr(document, key, None))}
    return meta, _candidate("trafilatura (precision)", document.text or "")


def _trafilatura_recall(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, favor_recall=True) or ""


def _trafilatura_baseline(html: str) -> str:
    from trafilatura import baseline

    return baseline(html)[1] or ""


FALLBACKS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("trafilatura (recall)", _trafilatura_recall),
    ("trafilatura baseline", _trafilatura_baseline),
)
