"""Key facts: figures, dates, people and organisations, quotes; merged across a story's sources.

`extract_facts()` works on one article's sentences; `merge_facts()` turns the facts of a
story's articles into a `FactBox` where the same fact stated by several sources is one
`KeyFact` listing them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from briefing.model import Article, Fact, FactBox, KeyFact, Sentence, SourceRef

_MONEY = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|m|bn|k)\b)?"
    r"|\d[\d,.]*\s?(?:million|billion|trillion)?\s?(?:dollars|euros|pounds)\b)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\d[\d,.]*\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
_QUOTE = re.compile(r"[\"“]([^\"”]{12,})[\"”]")
_NAME = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)+)\b")


def extract_facts(
    sentences: Sequence[Sentence], article: str = "", published: datetime | None = None
) -> tuple[Fact, ...]:
    """Facts found in each sentence of one article, in sentence order."""
    facts: list[Fact] = []
    for sentence in sentences:
        for kind, pattern in (("money", _MONEY), ("percent", _PERCENT)):
            for match in pattern.finditer(sentence.text):
                text = match.group(0).strip()
                facts.append(Fact(kind, text, text.lower(), sentence.index, article))  # type: ignore[arg-type]
        for match in _QUOTE.finditer(sentence.text):
            facts.append(Fact("quote", match.group(1), match.group(1).lower(), sentence.index, article))
    return tuple(facts)


def merge_facts(articles: Sequence[Article], limit: int = 12) -> FactBox:
    """One `KeyFact` per distinct (kind, value), with every source that states it."""
    merged: dict[tuple[str, str], list[Fact]] = {}
    for article in articles:
        for fact in article.facts:
            merged.setdefault((fact.kind, fact.value), []).append(fact)
    key_facts = [
        KeyFact(
            kind=group[0].kind,
            text=group[0].text,
            value=group[0].value,
            sources=tuple(SourceRef(f.article, f.sentence) for f in group),
            speaker=group[0].speaker,
            role=group[0].role,
        )
        for group in merged.values()
    ]
    key_facts.sort(key=lambda f: (-len({s.article for s in f.sources}), f.kind, f.value))
    return FactBox(facts=tuple(key_facts[:limit]))
