"""The clean stage: from a file's raw body to article structure (headings and paragraphs).

HTML (a page, or a page pasted into a .md/.txt) goes through trafilatura, with a fallback when the
result looks wrong (`clean_html`); what comes out, like plain text, is then repaired (ftfy, spacing),
rid of boilerplate lines (`clean_boiler`), un-glued where the copy fused words (`clean_words`) and
split into heading and paragraph blocks. Every change is recorded as a `Change` with its line and
reason, so `briefing clean --explain` can show why a line went or a word was split.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from briefing.clean_boiler import (
    Line,
    Verdict,
    bracketed_prompts,
    ends_sentence,
    is_prose,
    judge_line,
    judge_lines,
    words,
)
from briefing.clean_markup import is_html_page, strip_markup
from briefing.clean_words import (
    DANGLING,
    OPENERS,
    citation_marks,
    has_case_change,
    repair_line,
    split_fused,
    split_token,
    token_span,
    uncurl_plain,
    wordset,
)
from briefing.model import Block, Change, Cleaned

# "By Jane Doe", "By Jane Doe | Reuters": a name of capitalised words, then the end or a separator.
_BYLINE = re.compile(r"^(?:[Bb]y|[Ww]ritten by)\s+([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})\s*(?:$|[|,·])")
# A wire dateline opening a paragraph: "WASHINGTON (AP) —", "TAUNTON, Mass. (AP) —", "NEW YORK, May 18
# (UPI) --", "Washington (CNN)", "(CNN) —", "BEIJING —". A place (with its state or country, perhaps a
# date), then the agency in brackets and a dash; with no dash, the place must be in capitals or the
# agency the whole bracket at the start ("(CNN) Seven sailors"). A name with a ticker or party in
# brackets ("Apple (AAPL) said", "Sen. Sanders (I-Vt.) was") has no dash and lower-case after it.
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
_DATE = r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
_AGENCY = r"\([A-Z][A-Za-z&]*\.?(?: [A-Z][A-Za-z&]*\.?){0,3}\)"
_DASH = r"(?:[-–—]{1,2}|_)"
# The wires and networks whose credit a place in lower case may carry without a dash ("Washington (CNN) Vermont").
_WIRE = r"\((?:AP|CNN|Reuters|AFP|UPI|Bloomberg|dpa|Xinhua)\)"
_DATELINE = re.compile(
    rf"(?:(?:{_PLACE}{_DATE} )?{_AGENCY} ?{_DASH}|{_CAPS_PLACE}{_DATE}(?: {_AGENCY})? ?{_DASH}|"
    rf"{_CAPS_PLACE}{_DATE} {_AGENCY}|{_PLACE} {_WIRE}|{_AGENCY}) (?=[\"“‘'A-Z0-9])"
    # A place in capitals run into the sentence, its credit lost in the copy: "WASHINGTON The Senate passed".
    rf"|[A-Z]{{4,}}(?: [A-Z]{{2,}}){{0,2}}(?:, [A-Z][\w.]*)? (?=(?:The|A|An) [A-Z]?[a-z])"
)
# A dateline alone on its line, its paragraph below it: "MOUNT DORA, Fla. -", "PHILADELPHIA |".
_DATELINE_ALONE = re.compile(
    rf"(?:{_CAPS_PLACE}{_DATE}(?: {_AGENCY})?|{_PLACE}{_DATE} {_AGENCY}|{_PLACE} {_WIRE}) ?(?:{_DASH}|\|)"
)
# A place in capitals glued to its dash ("WASHINGTON—An attorney", "HIROSHIMA--A stray dog", "SAN
# FRANCISCO--(BUSINESS WIRE)--The"): an em dash or two hyphens, the place's last word of three or more
# capitals, no full stop ("U.S.—China talks"), and a capital or quote after it ("COVID—19" has a digit).
_GLUED_DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.'’]*[ -]){{0,3}}[A-Z]{{3,}}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?{_DATE}"
    rf"(?: ?(?:--|—) ?{_AGENCY}| {_AGENCY})? ?(?:--|—)(?=[\"“‘'A-Z])"
)

# Dates: a line of nothing else is a timestamp, or a day in a timeline.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|rsday|urday)?\.?,? "
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_CLOCK = r",? (?:at )?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?"
# A date alone ("Friday, October 22, 2010", "April 10th, 2016", "13 November 2012"); group 1: a time of day.
_DATE_LINE = re.compile(rf"(?:{_WEEKDAY})?(?:{_MONTH} {_DAY}(?:,? \d{{4}})?|{_DAY} {_MONTH},?(?: \d{{4}})?)({_CLOCK})?")
# How a date line starts: a month or a weekday (or a digit, "13 November 2012").
_DATE_STARTS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
    | {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
)
# Outlets that credit a picture with a name in capitals, a slash and their name ("Sarah Tew/CNET").
_PICTURE_OUTLETS = (
    r"(?:[A-Z]{2,}[\w.-]*|Getty|Flickr(?:\.com)?|Reuters|Instagram|Facebook|Twitter)"
    r"(?: [A-Z][\w.-]*){0,2}"  # "…/USA TODAY NETWORK", "…/HARBOUR NEWS"
)
# Page furniture that has the shape of a heading (checked only on such lines), each (reason, pattern):
# credits and captions, an embedded document's title.
_FURNITURE = tuple(
    (reason, re.compile(pattern))
    for reason, pattern in (
        # "Sarah Tew/CNET", "Karl Gehring/Getty", "Jamie/Flickr": a name, a slash, the outlet.
        ("photo credit", rf"^[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}} ?/ ?{_PICTURE_OUTLETS}$"),
        # "(Sprayable Energy)", "(Orange County Sheriff's Department)": a name in brackets, all the line.
        ("photo credit", r"^\((?:[A-Z][\w.'’&-]*|of|the|and) ?(?:(?:[A-Z][\w.'’&-]*|of|the|and) ?){0,5}\)$"),
        # "Courtesy Maria Feng", "… clues. Photo: Johan Nilsson/TT", "… or "Bigfoot." Image: Davide Bonadonna",
        # "Photograph by Randy Olson", "… cheeseslave/Flickr.com", "Furlough babies? (Getty)". (A credit in
        # brackets, "(Courtesy photo)", "(Photo: Provided)", is clean_boiler's, on any line.)
        (
            "photo caption or credit",
            r"^Courtesy (?:of )?[A-Z]|(?:^|\s)(?:Photo(?:graph)?|Image|Illustration|Picture)s?(?: credit)?: |"
            r"^(?:Photo(?:graph)?|Illustration|Picture)s? by [A-Z]|"
            rf"[a-z] ?/ ?{_PICTURE_OUTLETS}\)?$|\(Getty\)$",
        ),
        ("embedded document's title", r"\bon Scribd$"),
    )
)
# A picture agency's name alone on its line: the credit of a picture the copy left out.
# ("Shutterstock" and "Getty Images" are clean_boiler's photo-credit cue, on any line.)
PICTURE_AGENCIES = frozenset({"iStock", "iStockphoto", "Getty", "Thinkstock", "Photofest"})

# The end of an embedded tweet: its picture or short links, a dash, the author, the handle, the date.
_TWEET_SIGNATURE = re.compile(
    r"(?:\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+))*\s*[—–-]{1,2}\s*[^()—–\n]{1,60}\(@\w{1,15}\)\s+"
    r"[A-Z][a-z]+\.? \d{1,2}, \d{4}$"
)
# Capitalised determiners that start a paragraph: after a small word and before another, only a
# heading the copy ran into its paragraph puts them mid-line.
DETERMINER_OPENERS = frozenset({"The", "This", "These", "Those", "Its", "Their", "Our"})
# Where a run-in heading can end: a capital right after a lower-case letter, with or without a space
# (written to start at the capital and look back, as capitals are few).
_RUN_IN_CANDIDATE = re.compile(r"[A-Z](?:(?<=[a-z][A-Z])|(?<=[a-z] [A-Z])|(?<=[A-Z]{2})(?=[a-z]))")
_PUNCT = "\"'“”‘’()[],;:.!?"
# The last characters of a line `_is_speech` looks at: quotes that close speech, and dashes that break it off.
_SPEECH_ENDS = frozenset('"”-–—')
# Words that start a name in lower case ("de Blasio said"): a line that starts with one goes on no sentence.
NAME_PARTICLES = wordset("de del della di da van von der den le la al el bin")
# The words of a paper's section labels in capitals ("INTRODUCTION:", "MATERIALS AND METHODS:", "RESULTS:").
SECTION_LABELS = wordset(
    "ABSTRACT BACKGROUND INTRODUCTION CONTEXT OBJECTIVE OBJECTIVES AIM AIMS PURPOSE IMPORTANCE DESIGN SETTING "
    "PARTICIPANTS PATIENTS MATERIALS METHOD METHODS METHODOLOGY MEASUREMENTS INTERVENTIONS MAIN OUTCOME OUTCOMES "
    "MEASURES RESULTS FINDINGS DISCUSSION CONCLUSION CONCLUSIONS INTERPRETATION LIMITATIONS RELEVANCE SUMMARY AND"
)
# A heading has at most this many words.
HEADING_WORDS = 12
# A heading the copy ran into its paragraph is shorter still.
RUN_IN_WORDS = 8
# Headings of this many words or fewer, with another heading right after, are section labels.
SECTION_LABEL_WORDS = 3
# Words that lead headings far more often than sentences without a comma after the phrase.
HEADING_LEADS = wordset("how why what where who inside behind beyond toward towards between from")
TIME_WORDS = wordset(
    "day week month year today tonight morning afternoon evening night weekend season spring summer autumn "
    "winter decade quarter time"
)
# Auxiliary and reporting verbs: a line start with one is a sentence ("…was first reported by the BBC").
SENTENCE_VERBS = wordset(
    "is are was were be been being has have had said says will would can could did does do may might must "
    "should shall told added"
)
# Sentence openers as they stand at the start of a sentence ("The", "It"), for a quick set test.
OPENER_TITLES = frozenset(word.title() for word in OPENERS)
# A line at least this long that stops mid-sentence was hard-wrapped.
WRAPPED_LINE = 40


def clean_document(text: str, kind: str) -> Cleaned:
    """Clean one document's body. `kind` is "html", "md" or "txt"."""
    if kind == "html" or is_html_page(text):
        from briefing.clean_html import extract_html  # heavy: only when a page is read

        extracted = extract_html(text)
        cleaned = clean_text(extracted.text, from_html=True)
        return Cleaned(cleaned.blocks, extracted.meta, (*extracted.changes, *cleaned.changes))
    return clean_text(text)


def clean_text(text: str, *, from_html: bool = False) -> Cleaned:
    """Plain text or Markdown: repair it, drop boilerplate, split glued words, find headings.

    `from_html`: the text is an HTML extractor's output, whose menus the page structure already
    removed; only boilerplate with a telling phrase is dropped, not runs of short lines (tables, lists).
    """
    text, changes = (text, []) if from_html else strip_markup(text)
    lines, repairs = _repaired_lines(text)
    changes += repairs
    lines_cut = _without_citation_marks(_without_bracketed_prompts(lines, changes), changes)
    kept = _without_boilerplate(lines_cut, changes, by_shape=not from_html)
    blocks = _blocks(kept, changes)
    changes.sort(key=lambda change: change.line)  # stable: in file order, each line's changes as made
    return Cleaned(blocks=tuple(blocks), meta=_meta_from_lines(lines), changes=tuple(changes))


def repair(text: str) -> str:
    """Fix mojibake and entities, normalise quotes and spacing; leave well-formed words unchanged."""
    return "\n".join(repair_lines(text.splitlines()))


def repair_lines(lines: list[str]) -> list[str]:
    """`repair`, line by line: one repaired line for each line given."""
    import ftfy  # heavy: imported on first use

    # Most lines are ASCII or plain typography: no mojibake or entities there, so skip ftfy (the slow part).
    return [
        repair_line(plain if (plain := uncurl_plain(line)) is not None else ftfy.fix_text(line, normalization="NFC"))
        for line in lines
    ]


def is_heading(line: str) -> bool:
    """A heading: short, starts with a capital or digit, no closing punctuation, not a dangling fragment,
    not speech (a quotation closing the line after a comma, or broken off with a dash)."""
    tokens = words(line)
    if not tokens or len(tokens) > HEADING_WORDS or ends_sentence(line) or line.rstrip().endswith((",", ";", ":")):
        return False
    if tokens[-1].lower() in DANGLING:  # "The deal with", "Shares of": a fragment, not a title
        return False
    if line[-1:] in _SPEECH_ENDS and _is_speech(line):
        return False
    return line.lstrip("\"'“‘(")[:1].isupper() or line[:1].isdigit()


def _is_speech(line: str) -> bool:
    """A line ending in speech, not a title: a quotation closed with no opening quote (the end of a
    letter's signature, `Elijah's Parents, Dina & Thomas"`), one a comma introduces (`…introduce
    myself, "Hi, I'm Olivia"`), or words broken off with a dash (`"Yeah -"`, `…in the next--`)."""
    if line.endswith(("-", "–", "—")):
        return line.endswith("--") and line[-3:-2].isalpha()
    if line.endswith("”"):
        opened = line.rfind("“")
    elif line.count('"') % 2:  # a straight quote closing the line and none opening it
        return True
    else:
        opened = line.rfind('"', 0, -1)
    if opened < 0:
        return True
    quoted = line[opened + 1 : -1]
    return quoted.rstrip().endswith(("-", "–", "—")) or line[:opened].rstrip().endswith(",")


def metadata_from_extraction(meta: dict[str, Any]) -> dict[str, Any]:
    """Map extractor field names to ours (`sitename` → `source`)."""
    mapped = dict(meta)
    if "sitename" in mapped:
        mapped["source"] = mapped.pop("sitename")
    return mapped


# --------------------------------------------------------------------------- lines


def _repaired_lines(text: str) -> tuple[list[Line], list[Change]]:
    """Repair the text and cut it into logical lines (hard-wrapped prose joined back together)."""
    original = text.splitlines()
    fixed = repair_lines(original)
    changes = [
        Change("repair", detail, number)
        for number, (old, new) in enumerate(zip(original, fixed, strict=True), start=1)
        if old != new and (detail := _repair_detail(old, new))  # most lines are unchanged
    ]
    return _logical_lines(fixed), changes


def _repair_detail(old: str, new: str) -> str:
    """The first words a repair changed, as `"itâ€™s" → "it's"`, or "" if only whitespace moved."""
    if new == old.strip():  # most repaired lines: only whitespace at the ends went
        return ""
    before, after = old.split(), new.split()
    if before == after:
        return ""
    start = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), len(before))
    start = min(start, len(after))
    i, j = _resync(before, after, start)
    return f"{' '.join(before[start:i])!r} → {' '.join(after[start:j])!r}"


def _resync(before: list[str], after: list[str], start: int, window: int = 6) -> tuple[int, int]:
    """Where the two word lists agree again after `start` (two words alike), else their ends."""
    for i in range(start + 1, min(len(before), start + window)):
        for j in range(start + 1, min(len(after), start + window)):
            if before[i : i + 2] == after[j : j + 2]:
                return i, j
    return len(before), len(after)


def _logical_lines(lines: list[str]) -> list[Line]:
    """Non-blank lines with their number and chunk; a line that breaks off mid-sentence takes the next."""
    result: list[Line] = []
    chunk, previous_blank = 0, True
    for number, text in enumerate(lines, start=1):
        if not text:
            previous_blank = True
            continue
        chunk += previous_blank
        if result and not previous_blank and _continues(result[-1].text, text):
            result[-1] = Line(f"{result[-1].text} {text}", result[-1].number, chunk)
        else:
            result.append(Line(text, number, chunk))
        previous_blank = False
    return result


def _without_bracketed_prompts(lines: list[Line], changes: list[Change]) -> list[Line]:
    """The lines without the calls to action in brackets they hold ("… voted 5-2. [Sign up for our
    newsletter.] The mayor …"); a line that held nothing else goes. Cut before lines are judged, so
    the paragraph around a prompt is judged as it will read."""
    result = []
    for line in lines:
        prompts = bracketed_prompts(line.text)
        if not prompts:  # most lines
            result.append(line)
            continue
        text = line.text
        for match in reversed(prompts):
            before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip()
            text = f"{before} {after}" if before and after and after[0] not in ".,;:!?…" else before + after
        alone = "" if text.strip() else ", a line of its own"
        for match in prompts:
            changes.append(Change("drop", f"{match.group()!r} — call to action in brackets{alone}", line.number))
        if text.strip():
            result.append(Line(text, line.number, line.chunk))
    return result


def _without_citation_marks(lines: list[Line], changes: list[Change]) -> list[Line]:
    """The lines without the reference numbers a copy of a paper or wiki page left glued to its words
    ("the study.4 The", "fuel1,2,3 are", "scripture[9] and"): they read as part of the word or a number."""
    marks = citation_marks([line.text for line in lines])
    if not marks:  # most articles
        return lines
    result = []
    for i, line in enumerate(lines):
        if spans := marks.get(i):
            text = line.text
            tokens: dict[tuple[int, int], list[tuple[int, int]]] = {}  # the marks in each token
            for start, end in spans:
                tokens.setdefault(token_span(text, start, end), []).append((start, end))
            for (left, right), inside in tokens.items():
                cut = text[left:right]
                for start, end in reversed(inside):
                    cut = cut[: start - left] + cut[end - left :]
                changes.append(Change("drop", f"{text[left:right]!r} → {cut!r} — citation mark", line.number))
            for start, end in reversed(spans):
                text = text[:start] + text[end:]
            line = Line(text, line.number, line.chunk)
        result.append(line)
    return result


def _without_boilerplate(lines: list[Line], changes: list[Change], by_shape: bool) -> list[Line]:
    """The lines that are the article. Dropping lines makes new neighbours (a heading left with
    nothing under it, a run of short lines), so judge again until nothing more goes: that is what
    makes cleaning the result a second time change nothing."""
    kept = lines
    # Judged as they will read once glued words are split, so a second cleaning judges the same.
    view = [Line(_unglued(line.text), line.number, line.chunk) for line in kept]
    while True:
        verdicts = _mark_furniture(view, judge_lines(view, by_shape))
        if by_shape:
            verdicts = _mark_bare_headings(view, verdicts)
        if not any(verdicts):
            return kept
        for line, verdict in zip(kept, verdicts, strict=True):
            if verdict:
                changes.append(Change("drop", f"{_first_words(line.text)} — {verdict.reason}", line.number))
        kept = [line for line, verdict in zip(kept, verdicts, strict=True) if not verdict]
        view = [line for line, verdict in zip(view, verdicts, strict=True) if not verdict]


def _mark_furniture(lines: list[Line], verdicts: list[Verdict]) -> list[Verdict]:
    """Page furniture with the shape of a heading: a picture's credit or caption, an embedded
    document's title, a dateline or a timestamp alone on its line, a date above the article. A date
    inside the article (a day in a timeline) stays, as a paragraph."""
    marked = list(verdicts)
    prose_seen = False
    for i, line in enumerate(lines):
        if marked[i]:
            continue
        text = line.text
        if ends_sentence(text):  # most lines: prose, with or without a dateline (no heading ends so)
            prose_seen = True
            continue
        if dateline := _dateline(text):  # seen as it will stand, its dateline cut
            text = text[dateline.end() :]
        if text in PICTURE_AGENCIES:  # "iStock" has no capital first: no heading's shape
            marked[i] = Verdict("photo credit")
        elif not is_heading(text):  # most lines
            prose_seen = True
        elif reason := _furniture(text, prose_seen):
            marked[i] = Verdict(reason)
    return marked


def _furniture(text: str, prose_seen: bool) -> str:
    """Why a line with a heading's shape is page furniture, or "" (a link's path is no credit: "Like NBC:
    http://Facebook.com/NBC" stays, as a paragraph)."""
    if "://" in text:
        return ""
    for reason, pattern in _FURNITURE:
        if pattern.search(text):
            return reason
    if text[-1] in "-–—|" and "---" not in text and _DATELINE_ALONE.fullmatch(text):  # not "ORIGINAL POST-----"
        return "dateline or label in capitals, alone on its line"
    if text[:3] in _DATE_STARTS or text[:1].isdigit():
        date = _DATE_LINE.fullmatch(text)
        if date and (date.group(1) or not prose_seen):  # a timestamp, or a date above the article
            return "byline or date"
    return ""


def _mark_bare_headings(lines: list[Line], verdicts: list[Verdict]) -> list[Verdict]:
    """Headings with no text under them: the last line, or a short section label ("Markets") right
    above the title. Inside the article, short lines in a row are a list, and stay."""
    marked = list(verdicts)
    following = None  # the next line that stays
    first_prose = next((i for i, line in enumerate(lines) if not verdicts[i] and not is_heading(line.text)), len(lines))
    for i in reversed(range(len(lines))):
        if marked[i]:
            continue
        text = lines[i].text
        label = i < first_prose and following is not None and is_heading(following)
        if is_heading(text) and (following is None or (label and len(words(text)) <= SECTION_LABEL_WORDS)):
            marked[i] = Verdict("a heading with no text under it")
            continue
        following = text
    return marked


def _continues(line: str, following: str) -> bool:
    """Hard-wrapped prose: the line stops mid-sentence and the next one carries on."""
    if ends_sentence(line) or line.endswith(":"):
        return False
    if following[:1].islower():
        return True
    # A long line ending on "the" or a comma was wrapped; a short one ("Log in") is a link of its own.
    return len(line) >= WRAPPED_LINE and (line.endswith((",", "-", "–", "—")) or line.split()[-1].lower() in DANGLING)


def _first_words(text: str, count: int = 8) -> str:
    tokens = text.split()
    return repr(" ".join(tokens[:count]) + (" …" if len(tokens) > count else ""))


def _meta_from_lines(lines: list[Line]) -> dict[str, Any]:
    """A byline near the top gives the author (the file's own metadata still wins later)."""
    for line in lines[:12]:
        match = _BYLINE.match(line.text)
        if match:
            return {"author": match.group(1)}
    return {}


# --------------------------------------------------------------------------- blocks


def _blocks(lines: list[Line], changes: list[Change]) -> list[Block]:
    """Headings and paragraphs from the kept lines; glued words split, run-in headings split off."""
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        text = line.text
        heading, rest, glued = _run_in_heading(text)
        while heading and (verdict := judge_line(heading)):  # a widget's label ran in: "Continue reading …"
            changes.append(Change("drop", f"{heading!r} — {verdict.reason}, run into the paragraph", line.number))
            text = rest
            heading, rest, glued = _run_in_heading(text)
        if heading:
            if glued:
                changes.append(Change("split", f"{glued} → {heading.split()[-1]} | {rest.split()[0]}", line.number))
            changes.append(Change("heading", f"{heading!r} ran into its paragraph; split off", line.number))
            blocks += [Block("heading", heading), Block("paragraph", _unglue(rest, line.number, changes))]
            continue
        text = _without_dateline(_unglue(text, line.number, changes), line.number, changes)
        text = _without_tweet_signature(text, line.number, changes)
        heading = _is_heading_above(text, _unglued(lines[i + 1].text) if i + 1 < len(lines) else "")
        if heading:
            changes.append(Change("heading", repr(text), line.number))
        blocks.append(Block("heading" if heading else "paragraph", text))
    return blocks


def _is_heading_above(text: str, following: str) -> bool:
    """Whether the line is a heading, seen with the line after it (`following`, "" at the end).

    A heading's shape above a line that goes on in lower case is the start of a sentence broken in two
    ("The San Diego Zoo Safari Park is absolutely" | "incredible"); a date alone is a day in a timeline
    ("Friday, October 28"), kept as a paragraph (one above the article is dropped), and so is a line
    with a link ("More info: http://…"), which the page may count as its text. Two kinds of line without a
    heading's shape are headings above prose in normal case: a subhead in capitals of up to
    `HEADING_WORDS` words that ends in a full stop or question mark ("THE FIRST ESCALATOR WAS A
    MISERABLE FAILURE."), and a paper's section label ending in a colon ("MATERIALS AND METHODS:").
    """
    if is_heading(text):
        if "://" in text:  # "More info: http://…": a link, kept as a paragraph (the page's own text, often)
            return False
        if text[:3] in _DATE_STARTS and _DATE_LINE.fullmatch(text):  # a day in a timeline: no section's title
            return False
        first = following.split(" ", 1)[0]
        return not (first[:1].isalpha() and first.islower() and first not in NAME_PARTICLES)
    if not text.isupper() or not following or following.isupper() or not is_prose(following):  # most lines
        return False
    if text.endswith(":"):
        return SECTION_LABELS.issuperset(text[:-1].split())
    return text.endswith((".", "?")) and text[:1].isalnum() and 2 <= len(text.split()) <= HEADING_WORDS


def _without_dateline(text: str, number: int, changes: list[Change]) -> str:
    """The paragraph without the wire dateline it opens with: the place and the agency's credit
    are not the story, and read as noise at the head of a summary sentence."""
    match = _dateline(text)
    if not match:
        return text
    # Without an agency, capitals and a dash are as often a newsletter's run-in label ("STOCKS KEEP TANKING -").
    reason = "dateline" if "(" in match.group() else "dateline or label in capitals"
    changes.append(Change("drop", f"{match.group().strip()!r} — {reason}, run into the paragraph", number))
    return text[match.end() :]


def _without_tweet_signature(text: str, number: int, changes: list[Change]) -> str:
    """An embedded tweet without its signature: its links, the author, the handle and the date
    ("… pic.twitter.com/x — Jane Roe (@janeroe) May 5, 2018"). The tweet's words may be the news;
    the signature is the page's."""
    if "(@" not in text:  # most paragraphs
        return text
    match = _TWEET_SIGNATURE.search(text)
    if not match or not text[: match.start()].strip():
        return text
    changes.append(Change("drop", f"{match.group().strip()!r} — an embedded tweet's signature", number))
    return text[: match.start()].rstrip()


def _dateline(text: str) -> re.Match[str] | None:
    """The wire dateline (or label in capitals) the line opens with, if any."""
    if "(" not in text[:60] and not text[:3].isupper():  # most paragraphs: no bracket, no capitals
        return None
    return _DATELINE.match(text) or _GLUED_DATELINE.match(text)


def _unglue(text: str, number: int, changes: list[Change]) -> str:
    def record(before: str, after: str) -> None:
        changes.append(Change("split", f"{before} → {after}", number))

    return text if _unglued(text) == text else split_fused(text, record)


@lru_cache(maxsize=16384)
def _unglued(text: str) -> str:
    """The line with glued words split (cached: lines are judged, then built into blocks)."""
    return split_fused(text)


def _run_in_heading(text: str) -> tuple[str, str, str]:
    """(heading, rest, glued token) if the line starts with a heading the copy ran into its paragraph;
    ("", "", "") if not.

    Two shapes, both before any sentence has ended: a word glued to a capitalised one
    ("Sora's rise and fallOpenAI said…"), or a capitalised sentence opener mid-line after a
    lower-case word ("How the deal came together The company said…"), which no sentence has.
    """
    tokens = text.split(" ", RUN_IN_WORDS + 2)  # the last item is the rest of the line, unsplit
    if not _may_have_run_in(tokens):
        return "", "", ""
    for i, token in enumerate(tokens[: RUN_IN_WORDS + 1]):
        plain = token.islower() or token[1:].islower() or token.isupper()  # no case change inside: not glued
        glued = token if plain or not has_case_change(token) else split_token(token.strip(_PUNCT))
        left, _, right = glued.partition(" ")
        determiner = False
        if right[:1].isupper():  # a split before a capital: where a heading could have ended
            head, rest = " ".join([*tokens[:i], left.rstrip(".")]), " ".join([right, *tokens[i + 1 :]])
        elif _is_run_on_opener(token, tokens, i):
            head, rest = " ".join(tokens[:i]), " ".join(tokens[i:])
            determiner = token in DETERMINER_OPENERS
        else:
            head = rest = ""
        if head and _is_run_in(head, rest, verbs_allowed=determiner):
            return head, rest, (token if right else "")
        if ". " in glued or ends_sentence(token.rstrip("\"'”’)")) or token.endswith((",", ";", ":")):
            break
    return "", "", ""


def _may_have_run_in(tokens: list[str]) -> bool:
    """Cheap tests that every run-in heading passes, so most lines skip the word-by-word search: a
    capital after a small letter among the first words, and either a glued word there (a case change
    inside a word) or what `_is_run_on_opener` needs (a title-case opener after the first two words,
    or a heading lead such as "How" first)."""
    start = " ".join(tokens[: RUN_IN_WORDS + 1])
    if not _RUN_IN_CANDIDATE.search(start):
        return False
    if has_case_change(start):
        return True
    return tokens[0].lower() in HEADING_LEADS or not OPENER_TITLES.isdisjoint(tokens[2 : RUN_IN_WORDS + 1])


def _is_run_in(head: str, rest: str, verbs_allowed: bool = False) -> bool:
    """A heading of at least two words, without the verbs a sentence has, and a real sentence after it.

    Verbs are allowed when the paragraph starts with a capitalised determiner after a small word
    and before another ("…taking over the traffic The ferry company…"): prose never has that
    shape, so a heading such as "Ferry is taking over the traffic" may have a verb.
    """
    tokens = words(head)
    if len(tokens) < 2 or (not verbs_allowed and any(t.lower() in SENTENCE_VERBS for t in tokens)):
        return False
    return is_heading(head) and len(words(rest)) >= 6 and ends_sentence(rest)


def _is_run_on_opener(token: str, tokens: list[str], i: int) -> bool:
    """A capital mid-line that can only start a new sentence, after a lower-case word.

    Either an opener that names nothing ("…came together The company said"), or, after a heading
    that leads with "How", "From", "Why"…, a name followed by a lower-case word ("…strategic change
    Sora was…"); a time word before it is an adverbial, not a heading ("From next week Apple will").
    """
    if i < 2 or i + 1 >= len(tokens) or not token.isalpha() or not token[0].isupper() or len(token) < 2:
        return False
    previous, following = tokens[i - 1], tokens[i + 1]
    if not (previous.isalpha() and previous.islower() and following[:1].islower()):
        return False
    if token.lower() in OPENERS:
        return token.istitle()
    leads = tokens[0].lower() in HEADING_LEADS
    return leads and previous not in DANGLING and previous not in OPENERS and previous not in TIME_WORDS


__all__ = ["clean_document", "clean_text", "is_heading", "metadata_from_extraction", "repair", "split_token"]
