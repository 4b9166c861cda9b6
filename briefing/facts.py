"""Key facts: figures, dates, people and organisations, quotes; merged across a story's sources.

`extract_facts()` works on one article's sentences; `merge_facts()` turns the facts of a
story's articles into a `FactBox` where the same fact stated by several sources is one
`KeyFact` listing them all, with disagreements and a timeline.

What each kind's `value` and `role` hold (so `to_jsonable(FactBox)` explains itself):

| kind    | value (normalised, compared across sources) | role                                   |
|---------|---------------------------------------------|----------------------------------------|
| money   | "USD 1200000000"                            | what it is about: "revenue", "raised"  |
| percent | "45%", or "2pp" for percentage points        | what it is about: "plummeted"          |
| number  | "1800 job": the count and what it counts     | what it is about                       |
| date    | "2024", "2024-02" or "2024-02-13"            | precision, and "relative" if resolved  |
| person  | the full name: "Sam Altman"                  | the role the text gives: "OpenAI CEO"  |
| org     | the name without "The" or "Inc.": "Wall Street Journal" | what it is: "drone delivery start-up" |
| quote   | "speaker | quoted words, lower-case"         | the speaker is in `speaker`            |
| event   | "who | did what | when": "Lumen Labs | will shut down its app | 2026-04" | the date, if any |

Events are the key claim sentences (the lead, and a dated claim): `text` is the sentence.

Corroboration: `coverage(articles)` gives (outlets, independent reports) for "5 outlets, 2
independent reports"; `count_reports(fact.sources, independent_reports(articles))` the reports
behind one key fact (reprints of one wire story count once).

The work is split by kind: `facts_numbers`, `facts_dates`, `facts_entities`, `facts_quotes`,
and `facts_merge` for the cross-source part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from briefing.facts_dates import FoundDate, find_dates
from briefing.facts_doc import Doc
from briefing.facts_entities import Mention, find_mentions
from briefing.facts_events import find_events
from briefing.facts_merge import count_reports, coverage, independent_reports, merge_facts
from briefing.facts_numbers import about, find_figures
from briefing.facts_quotes import find_quotes
from briefing.model import Fact, Sentence

__all__ = ["count_reports", "coverage", "extract_facts", "independent_reports", "merge_facts", "quote_value"]


def extract_facts(
    sentences: Sequence[Sentence], article: str = "", published: datetime | date | None = None
) -> tuple[Fact, ...]:
    """Facts found in one article, in order of the sentence they come from.

    `published` resolves relative dates ("on Tuesday", "last December"); without it they
    are left out rather than guessed.
    """
    doc = Doc.of(sentences)
    day = published.date() if isinstance(published, datetime) else published
    facts: list[Fact] = []
    dates: dict[int, list[FoundDate]] = {}
    for sentence in sentences:
        facts.extend(_sentence_facts(sentence, article, day, dates))
    mentions = find_mentions(doc)
    facts.extend(_entity_facts(doc, mentions, article))
    facts.extend(_quote_facts(doc, mentions, article))
    facts.extend(find_events(sentences, doc, mentions, dates, day))
    return tuple(sorted(facts, key=lambda f: f.sentence))


def _sentence_facts(
    sentence: Sentence, article: str, published: date | None, found_dates: dict[int, list[FoundDate]]
) -> list[Fact]:
    """Dates first, so "March 3" is not also a count of three; then money, percentages, counts.
    The sentence's dates are also put in `found_dates`, for the events."""
    text = sentence.text
    facts: list[Fact] = []
    dates = find_dates(text, published)
    if dates:
        found_dates[sentence.index] = dates
    for found in dates:
        role = found.precision + (", relative" if found.relative else "")
        facts.append(Fact("date", text[found.start : found.end], found.value, sentence.index, article, role=role))
    for figure in find_figures(text, [(d.start, d.end) for d in dates]):
        role = about(text, figure.start, figure.end)  # the word that says what the figure is
        span = text[figure.start : figure.end]
        facts.append(Fact(figure.kind, span, figure.value, sentence.index, article, role=role))  # type: ignore[arg-type]
    return facts


def _entity_facts(doc: Doc, mentions: list[Mention], article: str) -> list[Fact]:
    """One fact per person or organisation, at its first mention, with the first role given."""
    first: dict[tuple[str, str], Mention] = {}
    roles: dict[tuple[str, str], str] = {}
    for mention in mentions:
        key = (mention.kind, mention.canonical)
        first.setdefault(key, mention)
        if mention.role and key not in roles:
            roles[key] = mention.role
    return [
        Fact(kind, canonical, canonical, doc.sentence_at(m.start), article, role=roles.get((kind, canonical), ""))  # type: ignore[arg-type]
        for (kind, canonical), m in first.items()
    ]


def _quote_facts(doc: Doc, mentions: list[Mention], article: str) -> list[Fact]:
    return [
        Fact("quote", q.text, quote_value(q.speaker, q.text), doc.sentence_at(q.start), article, speaker=q.speaker)
        for q in find_quotes(doc, mentions)
    ]


def quote_value(speaker: str, text: str) -> str:
    """ "Speaker | quoted words" in lower case without punctuation, so curly/straight quotes compare equal."""
    words = re.findall(r"[\w'’]+", text.lower().replace("’", "'"))
    return f"{speaker} | {' '.join(words)}"
