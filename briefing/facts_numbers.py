"""Figures in a sentence: money, percentages and counts of things, with numbers in words.

Each finder returns `Found` records (character span, kind, normalised value, what the figure
is about). Values are plain strings so the same figure in two wordings compares equal:
money is "USD 1200000000", a percentage "45%" (points: "2pp"), a count "1800 job".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from briefing.facts_lexicon import word_set

# --------------------------------------------------------------------------- numbers

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000,
    "mn": 1_000_000, "mln": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "trillion": 10**12, "tn": 10**12, "trn": 10**12,
}  # fmt: skip

_WORD_NUMBER = "(?:" + "|".join(k for k in _UNITS if k not in {"a", "an"}) + ")"
# "twenty-five", "two hundred and fifty", "one million"
WORDS = rf"{_WORD_NUMBER}(?:[\s-](?:and\s)?{_WORD_NUMBER}|\s(?:hundred|thousand|million|billion|trillion|dozen))*"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
SCALE = r"(?:hundred|thousand|million|billion|trillion|mln|bn|tn|trn|mn|m|k|b)"
NUMBER = rf"(?:{DIGITS}|(?<![\w-])(?:a|an)\s(?={SCALE}\b)|(?<![\w-])an?\sdozen|{WORDS})"


def parse_number(text: str) -> Decimal | None:
    """The value of "1,800", "26.7 million", "two hundred and fifty", "a million", "€2bn"'s "2bn"."""
    text = text.strip().lower().replace("-", " ")
    match = re.fullmatch(rf"({DIGITS})\s?({SCALE})?", text)
    if match:
        return _digits(match.group(1), bool(match.group(2))) * _SCALES.get(match.group(2) or "", 1)
    total, current = Decimal(0), Decimal(0)
    for word in text.replace(" and ", " ").split():
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "dozen":  # "a dozen", "two dozen": a multiplier, not a unit to add
            current = (current or 1) * 12
        elif word in _SCALES and word not in {"m", "k", "b"}:
            scale = _SCALES[word]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, Decimal(0)
        else:
            return None
    return total + current


def _digits(text: str, scaled: bool) -> Decimal:
    """Digits with separators: "1,800" and "1 200" are thousands; "1.2" and (scaled) "1,2" decimals."""
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")
    elif re.fullmatch(r"\d+,\d+", text):
        text = text.replace(",", ".") if scaled or len(text.split(",")[1]) != 3 else text.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", text):
        text = text.replace(".", "")  # "1.000.000": European thousands
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal(0)


def plain(value: Decimal) -> str:
    """A number without exponent or trailing zeros: 1200000000, 8.5."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# --------------------------------------------------------------------------- finders


@dataclass(frozen=True)
class Found:
    """A figure found in a text: where, what kind, its normalised value, what it is about."""

    start: int
    end: int
    kind: str
    value: str
    about: str = ""


_CURRENCY_SIGNS = {
    "us$": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "chf": "CHF", "usd": "USD", "eur": "EUR",
    "gbp": "GBP", "jpy": "JPY", "cad": "CAD", "aud": "AUD", "inr": "INR", "cny": "CNY",
}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
    "franc": "CHF", "rupee": "INR", "sterling": "GBP",
}  # fmt: skip
_SIGN = r"(?:US\$|A\$|C\$|HK\$|NZ\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY)\s?)"
_MONEY_BEFORE = re.compile(rf"({_SIGN})\s?({DIGITS})(?:\s?({SCALE})\b)?", re.IGNORECASE)
_MONEY_AFTER = re.compile(
    rf"\b({NUMBER})(?:\s({SCALE}))?\s(?:US\s)?(dollars?|euros?|pounds(?:\ssterling)?|yen|yuan|francs?|rupees?)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(rf"\b({NUMBER})(?:\s?(%)|\s(?:percent|per\scent)\b|\s(percentage\spoints?)\b)", re.IGNORECASE)


# Every money pattern holds one of these (lower case): a sign, an ISO code, a currency word.
_MONEY_HINTS = (*_CURRENCY_SIGNS, *_CURRENCY_WORDS)


def find_money(text: str) -> list[Found]:
    """ "$1.2 billion", "€200m", "1 billion dollars", "USD 3 million" as "CUR amount"."""
    found: list[Found] = []
    lowered = text.lower()
    if not any(hint in lowered for hint in _MONEY_HINTS):
        return found  # no currency sign, code or word: most sentences, settled by substring tests
    for match in _MONEY_BEFORE.finditer(text):
        currency = _CURRENCY_SIGNS.get(match.group(1).strip().lower(), "USD")
        amount = parse_number(match.group(2) + (match.group(3) or ""))
        if amount is not None:
            found.append(_figure(text, match, "money", f"{currency} {plain(amount)}"))
    for match in _MONEY_AFTER.finditer(text):
        word = match.group(3).lower().split()[0].rstrip("s")
        if word == "pound" and not match.group(2) and "sterling" not in match.group(3).lower():
            continue  # "weighing 156 pounds": a weight; "5 million pounds" or "pounds sterling" is money
        amount = parse_number(match.group(1) + " " + (match.group(2) or ""))
        if amount is not None and not _inside(found, match.start()):
            found.append(_figure(text, match, "money", f"{_CURRENCY_WORDS[word]} {plain(amount)}"))
    return found


def find_percents(text: str) -> list[Found]:
    """ "45%", "8.5 percent", "two percentage points" as "45%", "8.5%", "2pp"."""
    found: list[Found] = []
    if "%" not in text and "per" not in text.lower():
        return found  # "%", "percent", "per cent", "percentage points" all hold one of these
    for match in _PERCENT.finditer(text):
        number = parse_number(match.group(1))
        if number is None:
            continue
        suffix = "pp" if match.group(3) else "%"
        found.append(_figure(text, match, "percent", plain(number) + suffix))
    return found


# Words that follow a number without being what it counts.
_NOT_UNITS = word_set(
    """
    a an the of to in on at by for from with and or but as than per percent times time more less
    most least about around over under nearly almost some this that these those its their his her
    our your my is are was were be been has have had will would can could may might should who which
    what when where while if so also just only still up down out off into onto upon after before
    since until through between among against during without within across last next first second
    third previous other same such each every own all both either year-on-year ago later earlier
    percentage points point hundred thousand million billion trillion dozen
    """
)
_IRREGULAR_PLURALS = word_set(
    """
    people children men women staff police personnel cattle series
    """
)
_HYPHEN_UNIT = re.compile(
    rf"\b({NUMBER})-(year|month|week|day|hour|minute|second|mile|kilometre|kilometer|metre|meter|"
    r"game|match|seat|member|point|page|storey|story|man|person|minute)(-old)?\b",
    re.IGNORECASE,
)
_COUNT = re.compile(rf"(?<![\w$€£¥.,-])({NUMBER})(?:\s({SCALE})\b)?(?=[\s-])", re.IGNORECASE)
_TEMPERATURE = re.compile(rf"(?<![\w.])({DIGITS})\s?°?([CF])\b(?!\.\w)")
# Up to three words after a number; a unit may carry a rate: "110 km/h".
_NOUN_AFTER = re.compile(r"[\s-]+([A-Za-z][\w'’-]*(?:/[a-z]+)?)(?:\s+([a-z][\w'’-]*))?(?:\s+([a-z][\w'’-]*))?")
_NOUN_AFTER_NAME = re.compile(r"(?:[\s-]+[A-Z][\w'’-]*){1,3}[\s-]+([a-z][\w'’-]*)")
# "38 of its 112 stores", "14 of its data centres": the noun after "of its" is what is counted.
_OF_NUMBER = re.compile(
    rf"\s+of\s+(?:the|its|their|his|her|our)(?:\s+[\w-]+['’]s?)?(?:\s+(?:{DIGITS}|{WORDS}))?(?=\s)", re.IGNORECASE
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NOT_COUNT_BEFORE = re.compile(r"(?:\bNo\.|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s$")
_NOT_COUNT_AFTER = re.compile(r"-(?:[A-Z]\b|way\b)")
_CLOCK = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b|o['’]clock|h\b|hrs\b)", re.IGNORECASE)
# "15 to 25 minutes", "14 until 16 months": the first number counts what the second does.
_RANGE = re.compile(rf"\s+(?:to|until|till|or|and|-|–)\s+(?:{DIGITS}|{WORDS})(?=\s)", re.IGNORECASE)


def find_counts(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Counts with what they count: "1,800 jobs", "one million downloads", "a five-year deal"."""
    found: list[Found] = []
    for match in _HYPHEN_UNIT.finditer(text) if "-" in text else ():
        number = parse_number(match.group(1))
        if number is not None and not _overlaps(taken, match.start(), match.end()):
            unit = match.group(2).lower()
            end = match.end() if match.group(3) else _head_noun_end(text, match.end())
            found.append(Found(match.start(), end, "number", f"{plain(number)} {unit}", unit))
    for match in _TEMPERATURE.finditer(text) if "C" in text or "F" in text else ():
        if not _overlaps(taken, match.start(), match.end()):
            unit = "celsius" if match.group(2) == "C" else "fahrenheit"
            value = f"{plain(_digits(match.group(1), False))} {unit}"
            found.append(Found(match.start(), match.end(), "number", value, unit))
    spans = taken + [(f.start, f.end) for f in found]
    for match in _COUNT.finditer(text):
        count = _count(text, match, spans)
        if count is not None:
            found.append(count)
    return found


_HEAD_WORDS = re.compile(r"(?:\s+[a-z][\w'’]*(?:-[a-z]+)*){1,3}")
_NOT_HEAD = word_set("worth long old late due ago away lasting")


def _head_noun_end(text: str, end: int) -> int:
    """Where the noun a "five-year" qualifies ends: "a five-year plan", "a 14-month delay", "a
    five-year shirt sponsorship deal"; `end` itself when no noun follows ("for five-year terms" is
    kept whole, "it is five-year-old" not reached here)."""
    match = _HEAD_WORDS.match(text, end)
    if match is None:
        return end
    words = list(re.finditer(r"\S+", match.group(0)))
    kept: list[re.Match[str]] = []
    for word in words:
        lowered = word.group(0).lower()
        if lowered in _NOT_UNITS or lowered in _NOT_HEAD or lowered.endswith("ly"):
            break
        if kept and (lowered.endswith(("ed", "ing")) or (_plural(lowered) and not _plural(kept[-1].group(0)))):
            break  # "a five-year plan approved", "a ten-day festival begins": a verb, not more of the noun
        kept.append(word)
    return end + kept[-1].end() if kept else end


def _count(text: str, match: re.Match[str], taken: list[tuple[int, int]]) -> Found | None:
    """A number followed by the noun it counts, or None (a year, a bare number, "one of")."""
    raw = match.group(1)
    if _overlaps(taken, match.start(), match.end()) or _YEAR.fullmatch(raw) or _not_a_count(text, match):
        return None
    found = _counted_noun(text, match.end())
    if found is None:
        return None
    unit, end = found
    number = parse_number(raw + " " + (match.group(2) or ""))
    if number is None:
        return None
    return Found(match.start(), end, "number", f"{plain(number)} {unit}", unit)


def _not_a_count(text: str, match: re.Match[str]) -> bool:
    """ "one of", "one in eight", "the Solace 7 smartphone" (a model)."""
    raw = match.group(1).lower()
    before = text[max(0, match.start() - 12) : match.start()]
    if raw in {"one", "a", "an"} and not match.group(2):
        return True
    if re.search(r"\b(?:one|1) in $", before):
        return True  # a ratio
    if _CLOCK.match(text, match.end()):
        return True  # "10 p.m.", "9.30 am", "7 o'clock": a time of day
    if _NOT_COUNT_BEFORE.search(before) or _NOT_COUNT_AFTER.match(text, match.end()):
        return True  # "No. 1", "Feb. 10" (a day, when no date was resolved), "3-D", "three-way"
    return raw[0].isdigit() and bool(re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*\s$", before))


def _counted_noun(text: str, position: int) -> tuple[str, int] | None:
    """The noun counted by the number ending at `position`, and where it ends.

    "1,800 jobs", "47 confirmed cases" and "15 free vaccination clinics" (the first plural within
    three words), "four Grand Slam titles" (past a name), "38 of its 112 stores" (the later noun).
    """
    match = _NOUN_AFTER.match(text, position)
    if match and match.group(1)[0].isupper():
        match = _NOUN_AFTER_NAME.match(text, position)
    found = _pick_noun(match) if match else None
    if found is None:
        skip = _OF_NUMBER.match(text, position) or _RANGE.match(text, position)
        later = _NOUN_AFTER.match(text, skip.end()) if skip else None
        return None if later is None else _pick_noun(later)
    return found


def _pick_noun(match: re.Match[str]) -> tuple[str, int] | None:
    words = [(w, match.end(i)) for i, w in enumerate(match.groups(), start=1) if w]
    usable = []
    for word, end in words:
        if _modifier(word):
            continue  # "47 confirmed cases", "38,000 daily vehicles", "9,000 more passengers"
        if not _could_be_unit(word):
            break
        usable.append((word, end))
    if not usable:
        return None
    plural = next(((w, e) for w, e in usable if _plural(w)), None)
    word, end = plural or usable[0]
    return _singular(word), end


def _could_be_unit(word: str) -> bool:
    lowered = word.lower()
    return lowered not in _NOT_UNITS and not lowered.endswith(("ly", "est", "ing"))


def _modifier(word: str) -> bool:
    """A word between a number and its noun that is never the noun itself ("60 nursing posts")."""
    lowered = word.lower()
    if lowered in _MODIFIERS or (lowered.endswith(("ly", "ing")) and len(lowered) > 4):
        return True  # "daily", "nursing": describe the noun that follows
    return lowered.endswith("ed") and not lowered.endswith("eed") and len(lowered) > 4


_MODIFIERS = word_set("more fewer extra additional new other further full")


def _plural(word: str) -> bool:
    word = word.lower()
    return word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _singular(word: str) -> str:
    word = word.lower().strip("'’")
    if word in _IRREGULAR_PLURALS or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


# --------------------------------------------------------------------------- helpers

_ABOUT_AFTER = re.compile(r"\s*(?:in\s)?(?:a\s|an\s)?([a-z][a-z-]+(?:\s[a-z][a-z-]+)?)")
_ABOUT_BEFORE = re.compile(r"\b([a-z][a-z-]+)(?:\s(?:of|by|at|to|about|nearly|roughly|around|some))?\s*$")


def _figure(text: str, match: re.Match[str], kind: str, value: str) -> Found:
    return Found(match.start(), match.end(), kind, value, about(text, match.start(), match.end()))


def about(text: str, start: int, end: int) -> str:
    """What a figure is about, from its neighbours: "a $1 billion deal" → "deal", "revenue of $85m" → "revenue"."""
    before = _ABOUT_BEFORE.search(text[max(0, start - 40) : start])
    if before and before.group(1) not in _NOT_UNITS:
        return before.group(1)
    after = _ABOUT_AFTER.match(text, end)
    if after:
        words = [w for w in after.group(1).split() if w not in _NOT_UNITS]
        return " ".join(words[:2])
    return ""


def _inside(found: list[Found], position: int) -> bool:
    return any(f.start <= position < f.end for f in found)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b in spans)


_HINT = re.compile(rf"\d|\b(?:{_WORD_NUMBER}|dozen|hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)


def find_figures(text: str, taken: list[tuple[int, int]] | None = None) -> list[Found]:
    """Money, then percentages, then counts, none overlapping each other or the `taken` spans (dates)."""
    if not _HINT.search(text):
        return []  # no digit and no number word: the common case, settled by one search
    spans = list(taken or [])
    found: list[Found] = []
    for finder in (find_money, find_percents):
        for item in finder(text):
            if not _overlaps(spans, item.start, item.end):
                found.append(item)
                spans.append((item.start, item.end))
    found.extend(find_counts(text, spans))
    return sorted(found, key=lambda f: f.start)
