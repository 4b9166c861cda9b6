"""A story's facts across its sources: one `KeyFact` per fact, independent reports, disagreements,
a timeline, and the ranking that decides what the fact box shows.

- Same fact: equal normalised values; people and organisations also by short form across
  articles ("Altman" is "Sam Altman", "WSJ" is "Wall Street Journal"); quotes by speaker and
  their opening words, so a source quoting only the first sentence still corroborates.
- Independence: near-identical articles (a wire story and its reprints, MinHash on word
  shingles) are one report; corroboration counts reports, not copies.
- Disagreement: two reports give the same kind of figure or date for the same thing (shared
  context words, similar size) with values the other report never states; or one affirms a
  yes/no claim the other denies (`facts_claims`).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

from briefing.facts_claims import SLOT_WORD, find_contradictions, slot_word, story_name_lists
from briefing.facts_claims import stem as _stem
from briefing.facts_dates import FoundDate, date_relation
from briefing.facts_entities import canonical_name
from briefing.facts_events import event_key
from briefing.facts_lexicon import word_set
from briefing.model import Article, Disagreement, Fact, FactBox, KeyFact, SourceRef, SummarySentence
from briefing.summarize import stop_words

REPRINT_SIMILARITY = 0.6  # Jaccard of word 4-shingles above which two articles are one report
LSH_FROM = 40  # stories with this many articles find candidate reprint pairs by MinHash LSH
TIMELINE_LENGTH = 8
KIND_WEIGHT = {
    "event": 2.0,
    "money": 1.5,
    "percent": 1.2,
    "number": 1.0,
    "quote": 1.0,
    "date": 0.8,
    "person": 0.8,
    "org": 0.6,
}
FIGURES = ("money", "percent", "number", "date")


@dataclass(frozen=True)
class _Stated:
    """A fact as stated by one article, with its story-wide value."""

    fact: Fact
    value: str
    speaker: str


def merge_facts(articles: Sequence[Article], limit: int = 12, summary: Sequence[SummarySentence] = ()) -> FactBox:
    """The fact box of a story: top `limit` key facts, disagreements between sources, a timeline.
    With the story's `summary`, an event told by a summary sentence counts the sources the summary
    shows it is "also in", so the box and the summary agree on who says it."""
    report_of = independent_reports(articles)
    by_article = {a.id: a for a in articles}
    restated = {(s.source.article, s.source.sentence): s.also for s in summary}
    key_facts = [
        _guessed(_with_reports(_supported(_key_fact(group), articles, restated), report_of), by_article)
        for group in _group(articles)
    ]
    scored = sorted(
        ((_score(f, by_article, report_of), f) for f in key_facts),
        key=lambda pair: (-pair[0], pair[1].kind, pair[1].value),
    )
    return FactBox(
        facts=tuple(_event_first(_diversify(scored))[:limit]),
        disagreements=(
            *find_disagreements(key_facts, by_article, report_of),
            *find_contradictions(articles, report_of),
        ),
        timeline=build_timeline(key_facts, by_article, report_of),
        outlets=_outlets(articles),
        reports=len(set(report_of.values())),
    )


GUESSED = "publication date guessed"


def _guessed(fact: KeyFact, articles: dict[str, Article]) -> KeyFact:
    """A relative date ("on Sunday") that every source resolved against a publication date the
    build had to guess is itself a guess: its role says so, and it is shown as written."""
    if fact.kind != "date" or "relative" not in fact.role:
        return fact
    if all(articles[s.article].date_inferred for s in fact.sources if s.article in articles):
        return dataclasses.replace(fact, role=f"{fact.role}, {GUESSED}")
    return fact


def _event_first(ranked: list[KeyFact]) -> list[KeyFact]:
    """The best-ranked event heads the box: what happened comes before the figures about it."""
    event = next((f for f in ranked if f.kind == "event"), None)
    return ranked if event is None else [event, *(f for f in ranked if f is not event)]


def coverage(articles: Sequence[Article]) -> tuple[int, int]:
    """(outlets, independent reports) of a story: "5 outlets, 2 independent reports"."""
    return _outlets(articles), len(set(independent_reports(articles).values()))


def _outlets(articles: Sequence[Article]) -> int:
    return len({a.source or a.id for a in articles})


def _with_reports(fact: KeyFact, report_of: dict[str, int]) -> KeyFact:
    return dataclasses.replace(fact, reports=count_reports(fact.sources, report_of))


# --------------------------------------------------------------------------- independence


def independent_reports(articles: Sequence[Article], lsh_from: int = LSH_FROM) -> dict[str, int]:
    """Article id → report number; reprints of one text (word 4-shingle Jaccard ≥ REPRINT_SIMILARITY)
    share a number. A story's few articles are compared exactly; from `lsh_from` articles on,
    candidate pairs come from MinHash LSH (datasketch), so a big story is not quadratic."""
    shingles = [_shingles(_article_text(a)) for a in articles]
    parent = list(range(len(articles)))
    for i, j in _candidate_pairs(shingles, lsh_from):
        if _jaccard(shingles[i], shingles[j]) >= REPRINT_SIMILARITY:
            parent[_root(parent, i)] = _root(parent, j)
    return {a.id: _root(parent, i) for i, a in enumerate(articles)}


def _candidate_pairs(shingles: list[frozenset[str]], lsh_from: int) -> list[tuple[int, int]]:
    if len(shingles) < lsh_from:
        return [(i, j) for i in range(len(shingles)) for j in range(i)]
    from datasketch import MinHash, MinHashLSH  # imported here: slow to import, and only big stories need it

    lsh = MinHashLSH(threshold=REPRINT_SIMILARITY * 0.8, num_perm=128)
    signatures = []
    for i, words in enumerate(shingles):
        signature = MinHash(num_perm=128, seed=1)
        signature.update_batch([w.encode("utf-8") for w in sorted(words)])
        signatures.append(signature)
        lsh.insert(str(i), signature)
    pairs = {tuple(sorted((i, int(j)), reverse=True)) for i, s in enumerate(signatures) for j in lsh.query(s)}
    return sorted((i, j) for i, j in pairs if i != j)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def count_reports(sources: Sequence[SourceRef], report_of: dict[str, int]) -> int:
    """How many independent reports among the articles in `sources`."""
    return len({report_of.get(s.article, hash(s.article)) for s in sources})


def _article_text(article: Article) -> str:
    return " ".join(s.text for s in article.sentences)


def _shingles(text: str) -> frozenset[str]:
    words = re.findall(r"\w+", text.lower())
    return frozenset(" ".join(words[i : i + 4]) for i in range(max(1, len(words) - 3))) if words else frozenset()


# --------------------------------------------------------------------------- grouping


def _group(articles: Sequence[Article]) -> list[list[_Stated]]:
    """Facts grouped by story-wide value, in the order they first appear."""
    names = story_name_lists(articles)  # to resolve short forms against
    groups: dict[tuple[str, str], list[_Stated]] = {}
    for article in articles:
        for fact in article.facts:
            stated = _story_value(fact, names)
            groups.setdefault(_group_key(fact.kind, stated.value), []).append(stated)
    return list(groups.values())


def _story_value(fact: Fact, names: dict[str, list[str]]) -> _Stated:
    if fact.kind in ("person", "org"):
        return _Stated(fact, canonical_name(fact.value, fact.kind, names[fact.kind]), "")
    if fact.kind == "quote":
        speaker = _canonical_speaker(fact.speaker, names)
        words = fact.value.split(" | ", 1)[-1]
        return _Stated(fact, f"{speaker} | {words}", speaker)
    return _Stated(fact, fact.value, fact.speaker)


def _canonical_speaker(speaker: str, names: dict[str, list[str]]) -> str:
    for kind in ("person", "org"):
        full = canonical_name(speaker, kind, names[kind])
        if full != speaker:
            return full
    return speaker


def _group_key(kind: str, value: str) -> tuple[str, str]:
    """Quotes group by speaker and opening words (one source may quote only the first sentence);
    events by subject and verb ("Skyloft | raise"), whatever the rest of the wording."""
    if kind == "event":
        return kind, event_key(value)
    if kind == "quote":
        speaker, _, words = value.partition(" | ")
        return kind, f"{speaker} | {' '.join(words.split()[:6])}"
    return kind, value


def _key_fact(group: list[_Stated]) -> KeyFact:
    """One key fact from a group: the longest wording (a full quote beats its first sentence)."""
    sources: dict[str, SourceRef] = {}
    for stated in group:
        sources.setdefault(stated.fact.article, SourceRef(stated.fact.article, stated.fact.sentence))
    best = max(group, key=lambda s: len(s.fact.text)) if group[0].fact.kind == "quote" else group[0]
    # an event's text is its sentence: the first source's, usually the lead of the first report
    role = next((s.fact.role for s in group if s.fact.role), "")
    return KeyFact(
        kind=best.fact.kind,
        text=best.fact.text,
        value=best.value,
        sources=tuple(sources.values()),
        speaker=best.speaker,
        role=role,
    )


_NEGATED = re.compile(r"\b(?:not|no|never|denied|denies|ruled out)\b|n't\b", re.IGNORECASE)
MIN_VERB_STEM = 4  # shorter stems ("go", "be") would match too much
VERB_WITHIN = 12  # words after the subject where its verb may stand ("X, which runs …, will double")


def _supported(
    fact: KeyFact, articles: Sequence[Article], restated: dict[tuple[str, int], tuple[SourceRef, ...]] | None = None
) -> KeyFact:
    """An event with every source that tells it. Sources word a lead differently, so an event
    extracted from one lead would otherwise count one source: another article supports "Old
    Harbour Bridge | will close" with a sentence that names the subject and, within a few words
    after it, a form of the verb ("The Old Harbour Bridge … will from next Monday be closed"),
    and is not negated. A verb before the subject ("directed by X") or far after it does not count."""
    if fact.kind != "event":
        return fact
    also = [ref for s in fact.sources for ref in (restated or {}).get((s.article, s.sentence), ())]
    fact = _with_sources(fact, [*fact.sources, *also])
    subject, _, verb = event_key(fact.value).partition(" | ")
    stem = verb[:-1] if verb.endswith("e") else verb
    if len(stem) < MIN_VERB_STEM or not verb.islower() or verb in stop_words() or subject.lower() in stop_words():
        return fact  # "will from Monday sail": the word after the auxiliary is not always the verb
    # An inflected verb is matched inflected: "called" by "calls", "calling", not by the noun "call".
    endings = "e|es|ed|d|s|ing" if _written(fact, verb) else "es|ed|d|s|ing"
    told = re.compile(
        rf"\b{re.escape(subject)}\b\W+(?:[\w'’-]+\W+){{0,{VERB_WITHIN}}}?{re.escape(stem)}(?:{endings})\b",
        re.IGNORECASE,
    )
    sources = list(fact.sources)
    for article in articles:
        if article.id in {s.article for s in sources}:
            continue
        said = next((s for s in article.sentences if told.search(s.text) and not _NEGATED.search(s.text)), None)
        if said is not None:
            sources.append(SourceRef(article.id, said.index))
    return _with_sources(fact, sources)


def _with_sources(fact: KeyFact, sources: Sequence[SourceRef]) -> KeyFact:
    """The fact with `sources`, one per article, the fact's own first."""
    by_article = {s.article: s for s in reversed(sources)}
    unique = tuple(by_article[a] for a in dict.fromkeys(s.article for s in sources))
    return fact if unique == fact.sources else dataclasses.replace(fact, sources=unique)


def _written(fact: KeyFact, verb: str) -> bool:
    """True when the event's verb stands uninflected in its text ("will close"), so the bare form counts."""
    return re.search(rf"\b{re.escape(verb)}\b", fact.text, re.IGNORECASE) is not None


# --------------------------------------------------------------------------- ranking


def _score(fact: KeyFact, articles: dict[str, Article], report_of: dict[str, int]) -> float:
    """Corroboration first, then salience in the summaries, the kind, and how early it comes."""
    reports = count_reports(fact.sources, report_of)
    in_summary = any(s.sentence in articles[s.article].summary for s in fact.sources if s.article in articles)
    early = min(s.sentence for s in fact.sources) < 3
    central = _subject_coverage(fact, articles) if fact.kind == "event" else 0.0
    return (
        2.0 * reports + 0.3 * len(fact.sources) + in_summary + KIND_WEIGHT.get(fact.kind, 0.5) + 0.5 * early + central
    )


def _subject_coverage(event: KeyFact, articles: dict[str, Article]) -> float:
    """Share of the story's articles that mention the event's subject: between two leads told by one
    source each, the one about what every source is about (the bridge) beats a side (the drivers)."""
    subject = event.value.split(" | ", 1)[0].strip().lower()
    if not subject or not articles:
        return 0.0
    mentions = sum(any(subject in s.text.lower() for s in a.sentences) for a in articles.values())
    return mentions / len(articles)


def _diversify(scored: list[tuple[float, KeyFact]]) -> list[KeyFact]:
    """Re-rank so one kind (say, ten organisations) cannot fill the box: each repeat of a kind costs.
    `scored` is (score, fact), best first."""
    seen: dict[str, int] = {}
    adjusted = []
    for score, fact in scored:
        penalty = 0.6 * seen.get(fact.kind, 0)
        seen[fact.kind] = seen.get(fact.kind, 0) + 1
        adjusted.append((score - penalty, fact))
    adjusted.sort(key=lambda pair: (-pair[0], pair[1].kind, pair[1].value))
    return [fact for _, fact in adjusted]


# --------------------------------------------------------------------------- disagreements


@dataclass(frozen=True)
class _Figure:
    """One statement of a figure or date by one article, with the words around it."""

    fact: Fact
    report: int
    context: frozenset[str]
    article: Article | None = field(default=None, compare=False, repr=False)

    @cached_property
    def _next_to(self) -> tuple[frozenset[str], frozenset[str], tuple[float, float], frozenset[str]]:
        return (
            _next_to(self.fact, self.article) if self.article else (frozenset(), frozenset(), (1.0, 1.0), frozenset())
        )

    @property
    def groups(self) -> frozenset[str]:
        """Synonym groups of the words right next to it ("delay", "ban")."""
        return self._next_to[0]

    @property
    def near(self) -> frozenset[str]:
        """Stems of the content words right next to it."""
        return self._next_to[1]

    @property
    def bounds(self) -> tuple[float, float]:
        """ "at least 14 months": (1, inf) times the value; (1, 1) for a plain figure."""
        return self._next_to[2]

    @cached_property
    def approximate(self) -> str:
        """The word that makes the figure approximate ("around 9 per cent": "around"), or ""."""
        if self.article is None:
            return ""
        text = _sentence_text(self.article, self.fact.sentence)
        position = text.lower().find(_figure_text(self.fact).lower())
        cue = _APPROXIMATE.search(text[:position].lower()) if position >= 0 else None
        return cue.group(1) if cue else ""

    @property
    def head(self) -> frozenset[str]:
        """What a duration measures: "strike" of "a nine-day strike"."""
        return self._next_to[3]


def find_disagreements(
    facts: Sequence[KeyFact], articles: dict[str, Article], report_of: dict[str, int]
) -> tuple[Disagreement, ...]:
    """Figures and dates for the same slot whose values differ between independent reports.

    Compared statement by statement: two reports disagree when they give different values with
    similar words around them, and neither report also gives the other's value for that slot
    (which would make it a change, "from 3.5% to 3.2%", not a disagreement). Competing values
    are gathered into one disagreement per slot, in order.
    """
    by_value = {(f.kind, f.value): f for f in facts if f.kind in FIGURES}
    stated = [
        (fact, article)
        for article in articles.values()
        for fact in article.facts
        if (fact.kind, fact.value) in by_value
    ]
    contexts = [_context(fact, article) for fact, article in stated]
    common = _story_words(contexts)
    figures = [
        _Figure(fact, report_of.get(article.id, -1), frozenset(context - common), article)
        for (fact, article), context in zip(stated, contexts, strict=True)
        if not _resolved_on_a_guess(fact, article)
    ]
    values = sorted(by_value)
    index = {key: i for i, key in enumerate(values)}
    parent = list(range(len(values)))
    slots: dict[tuple[str, str], str] = {}
    competing: dict[tuple[str, str], list[_Figure]] = {}
    # Only figures of one kind and unit can share a slot: pairing within those buckets keeps the
    # order of the pairs for every value, and skips most of the quadratic work.
    buckets: dict[tuple[str, str], list[_Figure]] = {}
    for figure in figures:
        buckets.setdefault((figure.fact.kind, _unit(figure.fact)), []).append(figure)
    by_report: dict[int, list[_Figure]] = {}
    for figure in figures:
        by_report.setdefault(figure.report, []).append(figure)
    pairs = (pair for bucket in buckets.values() for pair in itertools.combinations(bucket, 2))
    for a, b in pairs:
        if a.report != b.report and _same_slot(a, b) and not _restated(a, b, by_report):
            first, second = (a.fact.kind, a.fact.value), (b.fact.kind, b.fact.value)
            parent[_root(parent, index[first])] = _root(parent, index[second])
            slots.setdefault(first, slot_name(by_value[first], by_value[second]))
            competing.setdefault(first, []).append(a)
            competing.setdefault(second, []).append(b)
    groups: dict[int, list[tuple[str, str]]] = {}
    for key in values:
        groups.setdefault(_root(parent, index[key]), []).append(key)
    return tuple(
        Disagreement(
            slot=next(slots[k] for k in keys if k in slots),
            values=tuple(_stated_by(by_value[k], competing[k], report_of) for k in keys),
        )
        for keys in groups.values()
        if len(keys) > 1
    )


def _resolved_on_a_guess(fact: Fact, article: Article) -> bool:
    """A relative date ("on Wednesday", "yesterday") in an article whose publication date the build
    guessed: the day it names is a guess too, so it competes with no other source's date (two
    articles of a story saved the same day say "Wednesday" and "yesterday" for one event)."""
    return fact.kind == "date" and "relative" in fact.role and article.date_inferred


def _stated_by(fact: KeyFact, statements: list[_Figure], report_of: dict[str, int]) -> KeyFact:
    """The key fact with only the sources that give it in the disputed slot (an outlet that
    also uses the same date for something else is not on that side), and "about" in its text
    when every one of them gives it as approximate ("€46" vs "about €48")."""
    sources: dict[str, SourceRef] = {}
    for statement in statements:
        sources.setdefault(statement.fact.article, SourceRef(statement.fact.article, statement.fact.sentence))
    cues = {statement.approximate for statement in statements}
    text = f"{cues.pop()} {fact.text}" if len(cues) == 1 and "" not in cues else fact.text
    return _with_reports(dataclasses.replace(fact, text=text, sources=tuple(sources.values())), report_of)


def _restated(a: _Figure, b: _Figure, by_report: dict[int, list[_Figure]]) -> bool:
    """Whether a's report also gives b's value, or b's report a's: then both are facts of the story
    ("asked for 10.5%, got 8.5%"), not rival versions of one. Dates repeat for other events, so for
    them only a restatement in the same slot counts. `by_report` holds each report's figures."""
    for mine, other in ((a, b), (b, a)):
        for f in by_report.get(mine.report, ()):
            if _equal(f.fact, other.fact) and (a.fact.kind != "date" or _same_slot(f, mine)):
                return True
    return False


def _story_words(contexts: list[set[str]]) -> set[str]:
    """Words near more than half of a story's figures ("Portmere", "water"): they say nothing
    about which slot a figure fills."""
    counts: dict[str, int] = {}
    for context in contexts:
        for word in context:
            counts[word] = counts.get(word, 0) + 1
    return {w for w, n in counts.items() if len(contexts) >= 4 and n > len(contexts) / 2}


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


# Units too common to say by themselves that two counts are of the same thing.
GENERIC_UNITS = frozenset(["people", "person", "year", "month", "week", "day", "hour", "minute", "second", "time"])


def _same_slot(a: _Figure, b: _Figure) -> bool:
    """Whether two statements fill the same slot: same kind and unit, near in size, similar words.

    The words right next to a figure say most about what it measures ("a 14-month delay",
    "delayed by 18 months"; "a three-year agreement", "a five-year deal"): when both figures
    have words of a synonym group there, the groups must meet; for a duration, whose wider
    context says little, a group or a head ("strike" of "a nine-day strike") in common is enough.
    """
    x, y = a.fact, b.fact
    if x.kind != y.kind or _equal(x, y) or _unit(x) != _unit(y):
        return False
    if not _near(x, y):
        return False  # "$300m" and "$2.4bn" are two amounts, whatever the words around them
    if x.kind != "date" and _compatible_bounds(a, b):
        return False  # "at least 14 months" and "up to 18 months" can both be right
    if x.kind != "date" and (_rounds_to(a, b) or _rounds_to(b, a)):
        return False  # "8.5%" and "around 9 per cent" say the same thing
    if a.groups and b.groups and not a.groups & b.groups:
        return False  # "injured" and "killed", "a five-year deal" and "a two-year ban"
    if x.kind == "number" and _unit(x) == DURATION:
        if a.groups & b.groups or a.head & b.head:
            return True  # "a 14-month delay", "delayed by 18 months"; "the strike lasted 11 days", "a nine-day strike"
        if not _near(x, y, NEAR_FACTOR):
            return False  # "a ten-minute walk", "19 minutes by tram": far apart, and about different things
    overlap = len(a.context & b.context) / max(1, len(a.context | b.context))
    if x.kind == "date":
        if a.near and b.near and not a.near & b.near:
            return False  # "met the minister on Wednesday", "confirmed on Thursday": two events
        return overlap >= {0: 0.3, 1: 0.2, 2: 0.1}[x.value.count("-")]
    if x.kind == "money" or (x.kind == "number" and _unit(x) not in GENERIC_UNITS | {DURATION}):
        return overlap >= 0.1  # a specific amount or thing: a word or two in common is enough
    return overlap >= 0.25


# Words that make a figure approximate; "nearly", "almost", "just under" also say it is not more.
_APPROXIMATE = re.compile(
    r"\b(around|about|approximately|roughly|some|nearly|almost|circa|an\sestimated|close\sto|just\sunder)\s+"
    r"(?:[$€£¥]|[a-z]{3}\s)?$"
)
_AT_MOST_APPROXIMATE = frozenset(["nearly", "almost", "just under", "close to"])
ROUNDING_LIMIT = 0.1  # an approximate figure more than 10% off the exact one is another figure


def _rounds_to(exact: _Figure, approximate: _Figure) -> bool:
    """Whether an exact figure, rounded as the approximate one is written, gives it: "8.5%" and
    "around 9 per cent", "38,000" and "about 40,000" (not "€46" and "about €48", nor "140" and
    "about 100", which is off by more than `ROUNDING_LIMIT`). Both must be of one unit."""
    cue = approximate.approximate
    if not cue or exact.approximate or _days(exact.fact) is not None:
        return False
    x, y = _magnitude(exact.fact), _magnitude(approximate.fact)
    if x is None or y is None or y <= 0 or abs(x - y) > ROUNDING_LIMIT * y:
        return False
    if cue in _AT_MOST_APPROXIMATE and x > y:
        return False  # "nearly 9%" is not 9.3%
    step = _rounding_step(approximate.fact.text, y)
    rounded = (Decimal(str(x)) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    return rounded == Decimal(str(y))


def _rounding_step(text: str, value: float) -> Decimal:
    """The unit a figure is rounded to as written: "9 per cent" 1, "8.5%" 0.1, "40,000" 10,000,
    "€120 million" 10 million, "nine" 1."""
    written = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if written is None:
        return Decimal(1)
    digits = written.group(0).replace(",", "")
    number = Decimal(digits)
    if number == 0:
        return Decimal(1)
    scale = Decimal(str(value)) / number  # "€120 million": a million
    if "." in digits:
        return scale * Decimal(1).scaleb(-len(digits.split(".")[1]))
    zeros = len(digits) - len(digits.rstrip("0"))
    return scale * Decimal(1).scaleb(zeros)


# A duration's units in days, so "18 months" and "two years" are one slot and "18 months" and
# "1.5 years" one value. An age ("a 27-year-old") is not a duration.
DURATION = "duration"
DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 365.25 / 12, "year": 365.25}
DAYS |= {"decade": 3652.5}
DURATION_FACTOR = 1.7  # "a three-year" and "a five-year" deal compete (when the words next to them agree);
# "the first two days" and "the first four days" of something are two periods more often than two versions


def _days(fact: Fact | KeyFact) -> float | None:
    """A duration's length in days, or None for anything else (an age is not a duration)."""
    if fact.kind != "number" or fact.text.endswith("-old"):
        return None
    number, _, unit = fact.value.partition(" ")
    if unit not in DAYS:
        return None
    try:
        return float(number) * DAYS[unit]
    except ValueError:
        return None


def _equal(a: Fact, b: Fact) -> bool:
    """The same value, told in the same or another unit ("18 months" and "1.5 years")."""
    if a.value == b.value:
        return True
    x, y = _days(a), _days(b)
    return x is not None and y is not None and abs(x - y) < 0.02 * max(x, y)


SLOT_WINDOW = 3  # words either side of a figure that say what it measures


def _next_to(
    fact: Fact, article: Article
) -> tuple[frozenset[str], frozenset[str], tuple[float, float], frozenset[str]]:
    """The synonym groups (facts_claims.SLOT_GROUPS) of the words right next to a figure, the
    stems of those that are content words, the figure's bounds ("at least"), and for a
    duration its head."""
    text = _sentence_text(article, fact.sentence).lower()
    figure = _figure_text(fact).lower()
    position = text.find(figure)
    if position < 0:
        return frozenset(), frozenset(), (1.0, 1.0), frozenset()
    head = frozenset()
    if _days(fact) is not None:
        words = _duration_head(_WORDS.findall(text[:position]), _WORDS.findall(text[position + len(figure) :]), fact)
        head = frozenset(_stem(slot_word(w)) for w in words)
    before = [w for w in _WORDS.findall(text[:position]) if w not in _STOP and w not in _TIME_WORDS]
    after = [w for w in _WORDS.findall(text[position + len(figure) :]) if w not in _STOP and w not in _TIME_WORDS]
    near = before[-SLOT_WINDOW:] + after[:SLOT_WINDOW]
    groups = {SLOT_WORD[w] for w in near if w in SLOT_WORD}
    stems = frozenset(_stem(slot_word(w)) for w in near)
    return frozenset(groups), stems, _bounds(text[:position]), head


_LAST = word_set("last lasted lasts lasting take took takes taking run ran runs running spanned spans")
_PREPOSITIONS = word_set("for by of after in within over to from during")
_BOUND_WORDS = word_set("at least up to as many much more than over about around nearly almost some roughly a an the")


def _figure_text(fact: Fact) -> str:
    """The figure's own words, without the noun a "five-year" figure carries ("five-year plan" → "five-year"),
    so the words around it are read as they stand in the sentence."""
    if fact.kind == "number" and " " in fact.text and "-" in fact.text.split()[0]:
        return fact.text.split()[0]
    return fact.text


def _duration_head(before: list[str], after: list[str], fact: Fact) -> list[str]:
    """The word(s) saying what a duration measures: "a 14-month delay" (the noun it qualifies),
    "the trial lasted six weeks" (the subject of "last", "take", "run"), "delayed by 18 months",
    "a delay of 14 months", "banned for two years" (the word before the preposition), "served
    three years" (the verb right before it), "18 months of talks" (the noun after "of").
    [] when none is found, and for "90 years ago", a time rather than a length of something."""
    if "-" in fact.text:  # "a 14-month delay", "a five-year shirt sponsorship deal"
        return list(itertools.takewhile(lambda w: w not in _PREPOSITIONS and w not in _STOP, after[:3]))
    if after[:1] == ["ago"]:
        return []
    if after[:1] == ["of"]:
        return [w for w in after[1:3] if w not in _STOP][:1]
    words = list(before)
    while words and words[-1] in _BOUND_WORDS:
        words.pop()  # "for at least 14 months", "lasted about six weeks"
    if (words and words[-1] in _LAST) or (words[-2:-1] and words[-2] in _LAST and words[-1] == "for"):
        rest = words[: -1 if words[-1] in _LAST else -2]
        subject = [w for w in rest if w not in _STOP and w not in _LAST and w not in _TIME_WORDS]
        return subject[-1:]  # "the trial lasted six weeks", "the strike lasted 11 days"
    if words and words[-1] in _PREPOSITIONS:
        content = [w for w in words[:-1] if w not in _STOP and w not in _TIME_WORDS]
        return content[-1:]  # "delayed by 18 months", "a delay of 14 months", "close for 18 months"
    return [w for w in words[-1:] if w not in _STOP and w not in _TIME_WORDS]  # "served three years"


# Words before a figure that make it a bound: "at least 14 months", "up to 18 months".
_AT_LEAST = re.compile(r"\b(?:at least|more than|over|upwards of|in excess of|no fewer than|no less than)\s*$")
_AT_MOST = re.compile(r"\b(?:up to|as many as|as much as|at most|no more than|fewer than|less than|under|within)\s*$")


def _bounds(before: str) -> tuple[float, float]:
    """The range a figure allows, as factors of its value: (1, inf) for "at least", (0, 1) for "up to"."""
    if _AT_LEAST.search(before):
        return (1.0, float("inf"))
    if _AT_MOST.search(before):
        return (0.0, 1.0)
    return (1.0, 1.0)


def _compatible_bounds(a: _Figure, b: _Figure) -> bool:
    """Whether two bounded figures can both be true: "at least 14 months" and "up to 18 months" can."""
    if a.bounds == b.bounds == (1.0, 1.0):
        return False
    x, y = _magnitude_of(a.fact), _magnitude_of(b.fact)
    if x is None or y is None:
        return False
    low, high = max(x * a.bounds[0], y * b.bounds[0]), min(x * a.bounds[1], y * b.bounds[1])
    return low <= high


def _magnitude_of(fact: Fact) -> float | None:
    """A figure's size in comparable units (days for a duration)."""
    days = _days(fact)
    return days if days is not None else _magnitude(fact)


# Words of a date or time, not of what happened then: "on Sunday", "next Monday", "at 10 p.m.".
_TIME_WORDS = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december morning afternoon evening night noon midnight today
    tomorrow yesterday tonight week weeks month months day days hour hours next previous
    """
)


def slot_name(a: KeyFact, b: KeyFact) -> str:
    """A readable slot: the kind and what each side says the figure is ("money: raised / secured")."""
    roles = [r for r in dict.fromkeys((a.role, b.role)) if r]
    unit = _unit(a)
    what = " / ".join(roles) or unit
    return f"{a.kind}: {what}" if a.kind != "number" or unit in what else f"{a.kind}: {unit} ({what})"


def _unit(fact: Fact | KeyFact) -> str:
    """What must match for two values to compete: the currency, the counted noun, the date precision."""
    if fact.kind == "money":
        return fact.value.split(" ")[0]
    if fact.kind == "number":
        return DURATION if _days(fact) is not None else fact.value.split(" ", 1)[-1]
    if fact.kind == "date":
        return str(fact.value.count("-"))
    return "pp" if fact.value.endswith("pp") else "%"


NEAR_FACTOR = 1.5


def _near(a: Fact, b: Fact, factor: float = 0.0) -> bool:
    """Close enough to be one quantity told two ways: within a factor of 1.5 ("$300m" and "$350m",
    not "$300m" and "$2.4bn"), of 1.7 for durations (the words next to them must then say it is one
    slot); dates within three days, two months or two years, by precision."""
    if a.kind == "date":
        return _date_distance(a.value, b.value) <= {0: 2, 1: 2, 2: 3}[a.value.count("-")]
    x, y = _magnitude_of(a), _magnitude_of(b)
    limit = factor or (DURATION_FACTOR if _days(a) is not None else NEAR_FACTOR)
    return x is not None and y is not None and x > 0 and y > 0 and max(x, y) / min(x, y) <= limit


def _date_distance(a: str, b: str) -> int:
    """Years, months or days between two ISO dates of the same precision."""
    if a.count("-") == 2:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    parts_a, parts_b = [int(p) for p in a.split("-")], [int(p) for p in b.split("-")]
    if len(parts_a) == 1:
        return abs(parts_a[0] - parts_b[0])
    return abs((parts_a[0] - parts_b[0]) * 12 + parts_a[1] - parts_b[1])


def _magnitude(fact: Fact) -> float | None:
    match = re.search(r"\d+(?:\.\d+)?", fact.value.split(" ")[-1] if fact.kind == "money" else fact.value)
    return float(match.group(0)) if match else None


_STOP = word_set(
    """
    a an the of to in on at by for from with and or but as is are was were be been has have had will
    would said says its it this that than more less up down over about after before which who
    company also not no new first last year years per cent percent every each all some other such
    only just then there their they them he she his her our we you into onto out off via while when
    where what whom whose how why can could may might must should shall do does did so too very
    nearly almost most least around up-to one two three
    """
)


CONTEXT_WORDS = 8  # words either side of a figure that say what it is about


def _context(fact: Fact, article: Article) -> set[str]:
    """Stems of the content words near a fact in its sentence (not the fact's own words)."""
    text = _sentence_text(article, fact.sentence).lower()
    figure = _figure_text(fact).lower()
    position = text.find(figure)
    before, after = (text, "") if position < 0 else (text[:position], text[position + len(figure) :])
    near = _WORDS.findall(before)[-CONTEXT_WORDS:] + _WORDS.findall(after)[:CONTEXT_WORDS]
    return {_stem(slot_word(w)) for w in near if w not in _STOP}


_WORDS = re.compile(r"[a-z][a-z-]+")


def _sentence_text(article: Article | None, index: int) -> str:
    return article.sentence_text(index) if article else ""


# --------------------------------------------------------------------------- timeline


def build_timeline(
    facts: Sequence[KeyFact], articles: dict[str, Article], report_of: dict[str, int]
) -> tuple[KeyFact, ...]:
    """Dated facts, oldest first: value is the date, text what happened then (the event of that
    sentence if there is one, else the words around the date)."""
    dated = [f for f in facts if f.kind == "date" and not _only_a_bound(f, articles)]
    dated.sort(key=lambda f: (-count_reports(f.sources, report_of), min(s.sentence for s in f.sources)))
    chosen = sorted(dated[:TIMELINE_LENGTH], key=lambda f: f.value)
    # an event stands for its sentence's date only if that is the date of the event itself: "the
    # bridge will close from Monday" is not what happened "on Tuesday", when the council announced it
    events = {(s.article, s.sentence, f.role): f.text for f in facts if f.kind == "event" and f.role for s in f.sources}
    timeline = []
    for fact in chosen:
        first = fact.sources[0]
        sentence = _sentence_text(articles.get(first.article), first.sentence) or fact.text
        text = events.get((first.article, first.sentence, fact.value)) or _around(sentence, fact.text)
        timeline.append(KeyFact("date", text, fact.value, fact.sources, role=fact.role))
    return tuple(timeline)


def _only_a_bound(fact: KeyFact, articles: dict[str, Article]) -> bool:
    """Whether every source gives the date only as an upper bound ("mains laid before 1970"):
    nothing happened then."""
    for source in fact.sources:
        text = _sentence_text(articles.get(source.article), source.sentence)
        position = text.find(fact.text)
        if position < 0:
            return False
        found = FoundDate(position, position + len(fact.text), fact.value, "", False)
        if date_relation(text, found) != "before":
            return False
    return True


TIMELINE_WORDS = 9  # words kept either side of a date in a timeline entry


def _around(sentence: str, phrase: str) -> str:
    """The words of a sentence around a phrase in it, with "…" where it was cut."""
    position = sentence.find(phrase)
    if position < 0:
        return sentence
    before = list(re.finditer(r"\S+", sentence[:position]))
    end_of_phrase = position + len(phrase)
    after = list(re.finditer(r"\S+", sentence[end_of_phrase:]))
    start = before[-TIMELINE_WORDS].start() if len(before) > TIMELINE_WORDS else 0
    end = end_of_phrase + after[TIMELINE_WORDS - 1].end() if len(after) > TIMELINE_WORDS else len(sentence)
    return ("… " if start else "") + sentence[start:end] + (" …" if end < len(sentence) else "")
