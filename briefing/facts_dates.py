"""Dates in a sentence, absolute or relative, resolved against the article's publication date.

A date's value is ISO at the precision the text gives: "2024" (year), "2024-02" (month),
"2024-02-13" (day). Relative expressions ("on Tuesday", "last December", "at the end of last
year", "in January of this year") and partial ones ("on March 3", "in August") need the
publication date; without one they are skipped rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefing.facts_lexicon import word_set

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_REL = r"(?P<rel>last|this|next|past|coming)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Words after which a bare month name ("May") is a date and not a verb or a name.
_MONTH_CUE = (
    r"(?<![\w'])(?P<cue>(?i:in|since|from|until|till|by|through|before|after|between|during|of|and|to"
    r"|early|late|mid-?))\s"
)
# Words after which a four-digit number is a year: "in 2011", "the 2027 season", "mid-2023".
_YEAR_CUE = (
    r"(?:(?<![\w'])(?i:in|since|from|until|till|by|through|before|after|between|during|of|and|to|on|for"
    r"|early|late|mid-?|the|fiscal|into|year)\s|mid-)"
)

# Order matters: longer, more precise forms first; a later pattern never overlaps an earlier match.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE if name.startswith("rel") else 0))
    for name, pattern in (
        ("iso", r"\b(?P<year>\d{4})-(?P<mm>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("mdy", rf"\b{_MONTH}\s{_DAY},?\s{_YEAR}\b"),
        ("dmy", rf"\b{_DAY}\s{_MONTH},?\s{_YEAR}\b"),
        ("month_of_rel", rf"\b{_MONTH}\sof\s(?P<rel>last|this|next)\syear\b"),
        ("my", rf"\b{_MONTH},?\s(?:of\s)?{_YEAR}\b"),
        ("md", rf"\b{_MONTH}\s{_DAY}\b(?![,.]?\d)"),
        ("dm", rf"\b{_DAY}\s{_MONTH}\b"),
        ("rel_month", rf"\b{_REL}\s{_MONTH}\b"),
        ("rel_day", r"\b(?P<word>yesterday|today|tomorrow)\b"),
        ("rel_unit", rf"\b{_REL}\s(?P<unit>year|month)\b(?!-)"),
        ("rel_the_year", r"\b(?:end|start|beginning|middle|rest|half|course)\sof\sthe\s(?P<unit>year)\b"),
        ("weekday", rf"\b(?:(?P<rel>last|this|next|on|coming)\s)?{_WEEKDAY}\b(?P<week>\s(?:of\s|in\s)?next\sweek)?"),
        ("month", rf"{_MONTH_CUE}(?:the\send\sof\s)?{_MONTH}\b(?!\s\d)"),
        ("year", rf"{_YEAR_CUE}{_YEAR}\b(?![-,]\d|\s?%)"),
    )
)  # fmt: skip


@dataclass(frozen=True)
class FoundDate:
    """A date in a text: span, ISO value, precision ("day", "month", "year"), relative or not."""

    start: int
    end: int
    value: str
    precision: str
    relative: bool


# Every date pattern needs one of these; most sentences have none, and this one search is cheap.
_HINT = re.compile(r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|tomorrow|year\b|month\b", re.IGNORECASE)


# What each pattern needs in the text, so a sentence with no month name skips the month patterns.
_NEEDS = {
    "iso": "digit", "mdy": "month", "dmy": "month", "month_of_rel": "month", "my": "month", "md": "month",
    "dm": "month", "rel_month": "month", "rel_day": "word", "rel_unit": "word", "rel_the_year": "word",
    "weekday": "weekday", "month": "month", "year": "digit",
}  # fmt: skip
_DIGIT = re.compile(r"\d")
_MONTH_HINT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_WORD_HINT = re.compile(r"\b(?:yesterday|today|tomorrow|year|month)\b", re.IGNORECASE)


def _hints(text: str) -> dict[str, bool]:
    return {
        "digit": bool(_DIGIT.search(text)),
        "month": bool(_MONTH_HINT.search(text)),
        "word": bool(_WORD_HINT.search(text)),
        "weekday": "day" in text,
    }


def find_dates(text: str, published: date | None) -> list[FoundDate]:
    """Every date expression in `text`, resolved against `published`, none overlapping."""
    found: list[FoundDate] = []
    if not _HINT.search(text):
        return found
    hints = _hints(text)
    for name, pattern in _PATTERNS:
        if not hints[_NEEDS[name]]:
            continue
        for match in pattern.finditer(text):
            start = match.start("month") if name == "month" else match.start()
            if name == "year":
                start = match.start("year")
            if any(start < f.end and f.start < match.end() for f in found):
                continue
            resolved = _resolve(name, match, text, published)
            if resolved is not None:
                value, precision, relative = resolved
                found.append(FoundDate(start, match.end(), value, precision, relative))
    return _without_redundant(sorted(found, key=lambda f: f.start), text)


def _without_redundant(found: list[FoundDate], text: str) -> list[FoundDate]:
    """Drop a weekday that only introduces a full date ("on Sunday, 15 November"), and "today" or
    "tomorrow" inside a quotation, where the day the words were spoken is unknown."""
    kept = []
    for i, item in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        introduces = following is not None and following.precision == "day" and following.start - item.end <= 2
        if introduces and item.relative and _is_weekday(text, item):
            continue
        if _RELATIVE_DAY.fullmatch(text[item.start : item.end]) and _in_quotes(text, item.start):
            continue
        kept.append(item)
    return kept


_RELATIVE_DAY = re.compile(r"(?i:yesterday|today|tomorrow)")


def _is_weekday(text: str, item: FoundDate) -> bool:
    return any(day in text[item.start : item.end].lower() for day in WEEKDAYS)


def _in_quotes(text: str, position: int) -> bool:
    """Whether `position` is inside quotation marks (an odd number of them before it)."""
    before = text[:position]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


def _resolve(name: str, match: re.Match[str], text: str, published: date | None) -> tuple[str, str, bool] | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    if name in {"iso", "mdy", "dmy"}:
        month = int(groups["mm"]) if "mm" in groups else _month(groups["month"])
        return _day_value(int(groups["year"]), month, int(groups["day"]), relative=False)
    if name == "my":
        return f"{int(groups['year']):04d}-{_month(groups['month']):02d}", "month", False
    if name == "year":
        return groups["year"], "year", False
    if published is None:
        return None  # everything below needs the article's date
    return _resolve_relative(name, groups, text[: match.start()], published, text[match.end() :])


def _resolve_relative(
    name: str, groups: dict[str, str], before: str, published: date, after: str = ""
) -> tuple[str, str, bool] | None:
    rel = groups.get("rel", "").lower()
    if name == "month_of_rel":
        year = published.year + {"last": -1, "this": 0, "next": 1}[rel]
        return f"{year:04d}-{_month(groups['month']):02d}", "month", True
    if name in {"md", "dm"}:
        month, day = _month(groups["month"]), int(groups["day"])
        year = _nearest_year(published, month, day, future=_future(before))
        return _day_value(year, month, day, relative=True)
    if name in {"rel_month", "month"}:
        month = _month(groups["month"])
        cue = _CUE_DIRECTION.get(groups.get("cue", "").lower(), "")
        year = _month_year(published, month, rel or cue or ("next" if _future(before) else ""))
        return f"{year:04d}-{month:02d}", "month", True
    if name == "rel_day":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[groups["word"].lower()]
        return (published + timedelta(days=shift)).isoformat(), "day", True
    if name in {"rel_unit", "rel_the_year"}:
        return _unit_value(published, groups["unit"].lower(), rel)
    if name == "weekday":
        weekday = groups["weekday"].lower()
        if groups.get("week"):  # "Thursday in next week": that day of the following calendar week
            day = published + timedelta(days=7 - published.weekday() + WEEKDAYS.index(weekday))
        else:
            day = _weekday(published, weekday, rel, _future(before) or _possessive_future(after))
        return day.isoformat(), "day", True
    return None


def _unit_value(published: date, unit: str, rel: str) -> tuple[str, str, bool]:
    shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "year":
        return f"{published.year + shift:04d}", "year", True
    index = published.year * 12 + published.month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}", "month", True


def _weekday(published: date, weekday: str, rel: str, future: bool) -> date:
    """ "on Tuesday": the latest Tuesday on or before publication, unless the sentence looks ahead."""
    target = WEEKDAYS.index(weekday)
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if rel == "next":
        return published + timedelta(days=ahead or 7)
    if rel != "last" and future:
        return published + timedelta(days=ahead)  # "on Saturday night", said on a Saturday: today
    if rel == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _month_year(published: date, month: int, rel: str) -> int:
    """The year of a month named without one: "last December" is the most recent one before."""
    if rel in {"last", "past"}:
        return published.year if month < published.month else published.year - 1
    if rel in {"next", "coming"}:
        return published.year if month > published.month else published.year + 1
    if rel == "this":
        return published.year
    # A bare "in August": the nearest August, within six months either side.
    if month - published.month > 6:
        return published.year - 1
    if published.month - month > 6:
        return published.year + 1
    return published.year


def _nearest_year(published: date, month: int, day: int, future: bool) -> int:
    """The year that puts "March 3" closest to the publication date (after it, if the clause looks ahead)."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            distance = (date(year, month, day) - published).days
        except ValueError:
            continue
        if distance >= 0 or not future:
            candidates.append((abs(distance), year))
    return min(candidates)[1] if candidates else published.year


_FUTURE = re.compile(
    r"\b(?:will|would|shall|may|might|could|until|till|is due|are due|scheduled|plans? to|expected to|set to|next)"
    r"\b[^.;,]*$",
    re.IGNORECASE,
)
# "since January" looks back, "until January" ahead.
_CUE_DIRECTION = {"since": "last", "after": "last", "until": "next", "till": "next", "by": "next"}


def _possessive_future(after: str) -> bool:
    """ "Sunday's first boats would depend on ...": a weekday owning a future subject."""
    return bool(re.match(r"['’]s\b[^.;,]{0,40}?\b(?:will|would|may|could)\b", after))


def _future(before: str) -> bool:
    """Whether the clause leading up to a date speaks of the future ("will take office on ...")."""
    return bool(_FUTURE.search(before[-80:]))


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day_value(year: int, month: int, day: int, relative: bool) -> tuple[str, str, bool] | None:
    try:
        return date(year, month, day).isoformat(), "day", relative
    except ValueError:
        return None


# --------------------------------------------------------------------------- what a date belongs to

# Words right before a date that make it a bound or an attribute of something else, not the
# time of the sentence's event: "mains laid before 1970", "a unit built in 1974", "the bridge,
# which opened in 1962", "recruited since January", "the budget agreed in 2023".
_BOUND = re.compile(
    r"\b(?:before|after|since|until|till|prior\sto|ahead\sof|earlier\sthan|later\sthan|pre)[\s-]$", re.IGNORECASE
)
_BEFORE = re.compile(r"\b(?:before|prior\sto|ahead\sof|earlier\sthan|pre)[\s-]$", re.IGNORECASE)
_PARTICIPLES = (
    "born|built|laid|made|founded|opened|established|erected|installed|constructed|introduced|launched|set up"
    "|created|formed|elected|appointed|signed|agreed|approved|bought|acquired|sold|dating|dated|completed|designed"
    "|written|published|released|started|begun|dug|planted|painted|recorded|adopted|passed|named|held|issued"
)
# a noun, then a participle and its preposition: a reduced relative clause ("a unit built in")
_ATTRIBUTE = re.compile(
    rf"\b(?P<noun>[a-z][\w'’-]+)\s(?:(?:first|originally|only|largely|mostly|mainly|partly)\s)?"
    rf"(?:{_PARTICIPLES}|[a-z]+ed)\s(?:in|on|during|around|from|back\sin|as\searly\sas)\s(?:the\s)?$"
)
# "which opened in", "that was built in", "who was born on"
_RELATIVE = re.compile(
    r"\b(?:which|that|who|whose\s[\w-]+)\s(?:(?:was|were|had\sbeen|has\sbeen|first|originally|last)\s)*"
    r"[a-z]+\s(?:[\w-]+\s){0,3}?(?:in|on|during|since|from)\s(?:the\s)?$"
)
# Only determiners and names before "NOUN VERBed in": that noun is the sentence's subject, the verb its own.
_SUBJECT_ONLY = re.compile(r"\s*(?:(?:The|A|An|Its|Their|His|Her)\s)?(?:[A-Z][\w'’.-]*\s){0,4}")
_ONLY_PARTICIPLE = re.compile(r"\b(?:born|built|laid|founded|erected|constructed|dug|begun|written|dating|dated)\b")
_NOT_NOUNS = word_set(
    "is are was were be been being has have had will would can could may might must shall should "
    "do does did it he she they we i you who which that this not also then"
)


def date_relation(text: str, found: FoundDate) -> str:
    """How a date relates to its sentence: "" for the time of what the sentence says happened,
    "before" for an upper bound ("mains laid before 1970"), "bound" for another bound ("since
    January", "until noon"), "attribute" for the date of something else the sentence mentions
    ("a unit built in 1974", "the bridge, which opened in 1962")."""
    before = text[max(0, found.start - 80) : found.start]
    if _BEFORE.search(before):
        return "before"
    if _BOUND.search(before):
        return "bound"
    attribute = _ATTRIBUTE.search(before)
    if attribute and attribute.group("noun").lower() not in _NOT_NOUNS:
        lead = before[: attribute.start()] if found.start <= 80 else "-"
        if not _SUBJECT_ONLY.fullmatch(lead) or _ONLY_PARTICIPLE.search(attribute.group(0)):
            return "attribute"  # "The council agreed in 2023" is the sentence's own verb; "the budget agreed in" is not
    clause = re.split(r"[,;:()—–]", before)[-1]
    if _RELATIVE.search(clause):
        return "attribute"
    return ""
