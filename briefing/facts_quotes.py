"""Direct quotes and who said them.

Curly and straight quotes are treated alike. The speaker comes from the attribution after
the quote ("…,” Okafor said", "…,” said Dr. Anika Bose") or before it ("Whitcombe wrote:
“…”", "Kask called the plan “…”"); "he", "she" and "the company" point back to the last
person or organisation named outside quotes ("he"/"she" to the last one who may be that gender:
by a pronoun the article uses of them, "Mr."/"Ms.", or the given name). A quote split by its attribution
("“A,” she said. “B.”") is one quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from briefing.facts_doc import PARAGRAPH_BREAK, Doc, is_title, within
from briefing.facts_entities import Mention
from briefing.facts_lexicon import PERSON_NOUNS, RANK_NOUNS, ROLE_NOUNS, TITLE_ABBREVIATIONS, given_name_gender

_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'})
_VERBS = (
    r"(?:was|were|is|has\sbeen)\squoted\s(?:[\w.’'-]+\s){0,5}?as\ssaying|said|says|say|told|tells|added|adds|wrote|writes|posted|tweeted|stated|explained|noted|argued|"
    r"insisted|warned|replied|declared|continued|recalled|called|described|announced|admitted|"
    r"acknowledged|asked|urged|concluded|conceded|claimed|offered|quipped|joked|responded|observed|"
    r"remarked|commented|countered|testified|cautioned|predicted|emailed|texted|asks|explains|notes|"
    r"argues|insists|warns|recalls|claims|admits|concludes|began|confirmed|charged|cited|write|[Aa]ccording to|"
    r"vowed|vows|puts?\sit(?=[,:]|\sin\b)|implored|pleaded|begged|demanded|pledged|boasted|complained|shouted|yelled|"
    r"screamed|whispered|mused"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_DOCUMENTS = r"statement|e-mail|email|letter|release|tweet|post|message|memo|filing|complaint"
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_ORG_REFERENCE = re.compile(
    r"\b(?:the|The)\s(?:[a-z-]+\s)?(?:company|firm|start-up|startup|group|carmaker|maker|agency|club|union|"
    r"ministry|government|organisation|organization|bank|airline|retailer|league|team|side|it)\b|\b(?:it|It|they|They)\b"
)
# A sentence end, but not the full stop of "Dr." or an initial.
_SENTENCE_END = re.compile(
    "".join(rf"(?<!\b{a})" for a in sorted(TITLE_ABBREVIATIONS, key=len)) + r"(?<!\b[A-Z])[.!?](?:\s|$)|\n\n"
)
_ROLE_REFERENCE = re.compile(r"\b[Tt]he\s(?:[a-z]+\s)?(" + "|".join(sorted(ROLE_NOUNS | RANK_NOUNS)) + r")\b")
# A person named by what they are, right before the speech verb: "the actor wrote", "the South
# Carolina Republican said", "the 30-year-old added".
_PERSON_DESCRIPTION = re.compile(
    r"\b[Tt]he\s(?:[\w.-]+\s){0,3}(?i:" + "|".join(sorted(ROLE_NOUNS | PERSON_NOUNS)) + r"|\d+-year-old)\s*$"
)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
MIN_WORDS = 4  # shorter quoted phrases are scare quotes or titles, not statements


@dataclass(frozen=True)
class FoundQuote:
    """A quote: span in the doc text (of its first part), the quoted words, the speaker's name."""

    start: int
    end: int
    text: str
    speaker: str


@dataclass(frozen=True)
class _Part:
    start: int  # the opening quote mark
    end: int  # just after the closing quote mark
    text: str
    speaker: str = ""
    clause: tuple[int, int] = (0, 0)  # where the attribution was found
    unclosed: bool = False  # runs to the paragraph's end: the quote goes on in the next paragraph


def find_quotes(doc: Doc, mentions: list[Mention]) -> list[FoundQuote]:
    """Every direct quote of at least `MIN_WORDS` words, with its speaker ("" when unknown)."""
    text = doc.text.translate(_QUOTE_MARKS)
    parts = [p for p in _quote_parts(text) if not is_title(p.text, least=2)]  # "Fox News Sunday": a title
    inside = [(p.start, p.end) for p in parts]  # in order, not overlapping
    outside = [m for m in mentions if not within(inside, m.start)]
    attributed: list[_Part] = []
    for part in parts:
        previous = next((p for p in reversed(attributed) if len(p.text.split()) >= MIN_WORDS or p.speaker), None)
        attributed.append(_attribute(text, doc, part, parts, outside, previous))
    quotes = [q for q in _join_split_quotes(text, attributed) if len(q.text.split()) >= MIN_WORDS]
    blocks = _block_statements(text, doc, outside)
    return sorted([*quotes, *blocks], key=lambda q: q.start) if blocks else quotes


# What introduces a statement printed as a paragraph of its own, without quote marks.
_BLOCK_NOUNS = re.compile(rf"\b(?:{_DOCUMENTS}|reply|response|answer|remarks)\b")
_LIST_INTRO = re.compile(r"\b(?:includ\w*|following\s(?:are|is)|as\sfollows|such\sas|among\sthem)\b", re.IGNORECASE)
_STATEMENT_END = re.compile(r"[.!?]['’)\]]*$")
BLOCK_WORDS = 8  # shorter paragraphs after a colon are list items or headings, not statements


def _block_statements(text: str, doc: Doc, mentions: list[Mention]) -> list[FoundQuote]:
    """A paragraph without quote marks after a paragraph whose last sentence introduces it with a
    speech verb or a statement and names who: "American Airlines posted a statement to Facebook:",
    "Cosby’s reply:" — the statement is a quote of theirs (only its first paragraph). Not a list
    ("The changes include:"), and nothing when the introduction names nobody."""
    found: list[FoundQuote] = []
    offset = 0
    paragraphs = text.split(PARAGRAPH_BREAK)
    for before, paragraph in pairwise(paragraphs):
        start = offset + len(before) + len(PARAGRAPH_BREAK)
        offset = start
        intro = before.rstrip()
        body = paragraph.strip()
        if not intro.endswith(":") or '"' in body or '"' in intro or len(body.split()) < BLOCK_WORDS:
            continue
        if not _STATEMENT_END.search(body):
            continue
        end = start - len(PARAGRAPH_BREAK) - (len(before) - len(intro))
        sentence = doc.sentence_start(end - 1)
        words = text[sentence:end]
        if _LIST_INTRO.search(words) or not (_VERB.search(words) or _BLOCK_NOUNS.search(words)):
            continue
        speaker = _introducer(text, mentions, (sentence, end), possessive=True)
        if speaker:
            found.append(FoundQuote(start, start + len(paragraph), body, speaker))
    return found


_MARK = re.compile('"')


def _quote_parts(text: str) -> list[_Part]:
    """Pairs of quote marks inside each paragraph; an unclosed one runs to the paragraph's end."""
    parts: list[_Part] = []
    offset = 0
    for paragraph in text.split(PARAGRAPH_BREAK):
        marks = [offset + m.start() for m in _MARK.finditer(paragraph)]
        for i in range(0, len(marks), 2):
            start = marks[i]
            end = marks[i + 1] + 1 if i + 1 < len(marks) else offset + len(paragraph)
            quoted = text[start + 1 : end - 1 if i + 1 < len(marks) else end].strip()
            parts.append(_Part(start, end, quoted.rstrip(",").strip(), unclosed=i + 1 >= len(marks)))
        offset += len(paragraph) + len(PARAGRAPH_BREAK)
    return parts


def _attribute(
    text: str, doc: Doc, part: _Part, parts: list[_Part], mentions: list[Mention], previous: _Part | None = None
) -> _Part:
    """Find the speaker after the quote (the usual place in news) or else before it. `previous`
    is the quote before: "he" after it is its speaker if no other person was named in between."""
    last = ""
    if (
        previous
        and previous.speaker
        and not any(
            previous.end <= m.start < part.start and not (m.kind == "person" and _object(text, m)) for m in mentions
        )
    ):  # nobody named since, but as a preposition's object ("… for Senate Majority Leader Mitch McConnell to …")
        last = previous.speaker if any(m.canonical == previous.speaker and m.kind == "person" for m in mentions) else ""
    after = _clause_after(text, part, parts)
    before = _clause_before(text, doc, part, parts)
    candidates = [(after, True), (before, False)]
    signed = _DASH_SIGNATURE.match(text, after[0], after[1])
    if signed:  # '“…” — Claire Danes, asked how …'
        named = [m for m in mentions if m.start == signed.end()]
        if named:
            return replace(part, speaker=named[0].canonical, clause=after)
    trailing = _TRAILING_ATTRIBUTION.search(text, after[0], after[1])
    if trailing and not _open_ended(text, part):  # '"If women lose …" and other factors, McTiernan said.'
        candidates = [((trailing.start(), after[1]), True), (before, False)]
    elif not _open_ended(text, part) and not _ATTRIBUTION_ONLY.match(text, after[0], after[1]):
        candidates = candidates[1:]  # '"… done." Officials said …' or '"…" and said …': not this quote's
    for clause, after_quote in candidates:
        speaker = _speaker(text, clause, after_quote, part.start, mentions, last)
        if speaker:
            return replace(part, speaker=speaker, clause=clause)
    if previous and previous.speaker and _goes_on(text, previous, part):
        return replace(part, speaker=previous.speaker, clause=previous.clause)
    introducer = _introduced(text, doc, part, mentions)
    if introducer:
        return replace(part, speaker=introducer[0], clause=introducer[1])
    subject = _sentence_subject(text, doc, part, mentions)
    if subject:
        return replace(part, speaker=subject, clause=before)
    if previous and previous.speaker and _same_paragraph_on(text, doc, previous, part, mentions):
        return replace(part, speaker=previous.speaker, clause=previous.clause)
    lead = _led_in(text, doc, part, mentions)
    if lead:
        return replace(part, speaker=lead[0], clause=lead[1])
    return part


# A sentence's subject set off as who they are: "His mother, Maria Feng, …".
_APPOSED = re.compile(r"(?:[A-Z][a-z]*\s)?(?:[a-z-]+\s){0,3}[a-z-]+,\s")


def _led_in(text: str, doc: Doc, part: _Part, mentions: list[Mention]) -> tuple[str, tuple[int, int]] | None:
    """A quote that opens a sentence and is attributed nowhere, right after a sentence of the same
    paragraph whose subject is the only person it names: "His mother, Maria Feng, remembers that
    breakthrough. “We were so proud …”" — the words are that person's."""
    if doc.sentence_start(part.start) != part.start or part.start == 0:
        return None
    start = doc.sentence_start(part.start - 1)
    if PARAGRAPH_BREAK in text[start : part.start] or '"' in text[start : part.start]:
        return None
    people = [m for m in mentions if start <= m.start < part.start and m.kind == "person"]
    if len({m.canonical for m in people}) != 1:
        return None
    opening = _OPENERS.match(text, start).end()
    first = people[0]
    apposed = _APPOSED.fullmatch(text, opening, first.start) and text[first.end : first.end + 1] == ","
    if _TITLED.fullmatch(text, opening, first.start) or apposed:
        return first.canonical, (start, part.start)
    return None


# Words that may open a sentence before its subject: "But Fitbit …", "Instead, Clemente …".
_OPENERS = re.compile(r"(?:(?:But|And|So|Yet|Still|Instead|Now|Then|Meanwhile|However|Also|Later),?\s)*")


_TITLED = re.compile(r"(?:[A-Z][\w.]*\s){0,3}")  # "Senator Ada Moreno’s campaign …"


def _sentence_subject(text: str, doc: Doc, part: _Part, mentions: list[Mention]) -> str:
    """A quote inside a sentence with no speech verb before it is the words of whoever the sentence
    is about, named at its start: "Fitbit objects to the study, suggesting that it “…”",
    "McSally’s campaign sent out a request for an “army of attorneys …”"."""
    start = doc.sentence_start(part.start)
    lead = text[start : part.start]
    if not re.search(r"\w", lead) or _VERB.search(lead):
        return ""  # the quote opens its sentence, or a speech verb there found no speaker
    opening = _OPENERS.match(text, start).end()
    named = [m for m in mentions if opening <= m.start < part.start and _TITLED.fullmatch(text, opening, m.start)]
    return named[0].canonical if named else ""


def _same_paragraph_on(text: str, doc: Doc, previous: _Part, part: _Part, mentions: list[Mention]) -> bool:
    """A quote that opens a sentence with no attribution of its own, later in the paragraph of an
    attributed quote, with nobody else named in between: the same speaker going on ('“…,” McTiernan
    said. Alcohol increases estrogen … “But I can't say that …”')."""
    between = text[previous.end : part.start]
    if PARAGRAPH_BREAK in between or doc.sentence_start(part.start) != part.start:
        return False
    return not any(
        previous.end <= m.start < part.start and m.kind == "person" and m.canonical != previous.speaker
        for m in mentions
    )


# An attribution that ends the sentence after a quote closed in its middle: '… and other factors, McTiernan said.'
_TRAILING_ATTRIBUTION = re.compile(
    rf",\s(?:(?:[A-Z][\w.'’-]*\s){{1,4}}|(?:he|she)\s)(?:{_VERBS})(?:\s(?:on|in|at|last)\s[A-Z]?\w+)?[.]?\s*$"
)


_TO_BEFORE = re.compile(r"\bto\s(?:the\s)?$")


def _introduced(text: str, doc: Doc, part: _Part, mentions: list[Mention]) -> tuple[str, tuple[int, int]] | None:
    """A paragraph that opens with a quote, after a paragraph that ends with a colon: "The New
    Baltimore Police Department released the following statement:" — its first name speaks (not
    one it is sent "to")."""
    head = text[: part.start]
    if not head.endswith(PARAGRAPH_BREAK) or not head.rstrip().endswith(":"):
        return None
    end = len(head.rstrip())
    start = doc.sentence_start(end - 1)
    speaker = _introducer(text, mentions, (start, end))
    return (speaker, (start, end)) if speaker else None


# A name that only qualifies the body that speaks: "The Trump administration … wrote:".
_QUALIFIES = re.compile(
    r"['’]?\s(?:administration|campaign|camp|family|team|government|aides|allies|lawyers|attorneys|"
    r"franchise|series|show|film|movie|star|fans)\b"
)


def _introducer(text: str, mentions: list[Mention], span: tuple[int, int], possessive: bool = False) -> str:
    """Who speaks in an introduction ending with a colon: its first name, not one the words are
    sent "to", nor an owner ("Sheen's publicist said:") unless of the statement itself
    (`possessive`: "Cosby's reply:"); nobody when the first name only qualifies a body
    ("The Trump administration, in an unsigned statement:")."""
    start, end = span
    for mention in sorted(mentions, key=lambda m: m.start):
        if not start <= mention.start < end or _TO_BEFORE.search(text, max(0, mention.start - 8), mention.start):
            continue
        if _QUALIFIES.match(text, mention.end):
            return ""
        owner = text[mention.end : mention.end + 2] in ("'s", "’s")
        if not owner or (possessive and _OWNED_STATEMENT.match(text, mention.end, end)):
            return mention.canonical
    return ""


_OWNED_STATEMENT = re.compile(rf"['’]s\s(?:[a-z-]+\s)?(?:{_DOCUMENTS}|reply|response|answer|remarks):?\s*$")


_DASH_SIGNATURE = re.compile(r"\s*[—–]\s*")


def _goes_on(text: str, previous: _Part, part: _Part) -> bool:
    """A paragraph that is only a quote, right after a paragraph that ends with the speaker's
    attributed quote: the same speaker going on (news writes long quotes this way)."""
    between = text[previous.end : part.start]
    if between.count(PARAGRAPH_BREAK) != 1 or not between.endswith(PARAGRAPH_BREAK):
        return False
    end = text.find(PARAGRAPH_BREAK, part.end)
    return not text[part.end : end if end >= 0 else len(text)].strip()


def _open_ended(text: str, part: _Part) -> bool:
    """Whether the sentence goes on into an attribution: '"…," she said', '"…?" he asked', '"…", it said',
    also past an inner quote's closing mark ('… inside now,’ ” Celli told')."""
    inner = text[part.start + 1 : part.end - 1].rstrip(" '’")
    return inner[-1:] in ",!?—–…" or text[part.end : part.end + 1] == ","


# A sentence that is only an attribution, after a closed quote: '“… security.” Sen. Lindsey Graham charged on Sunday.'
_ATTRIBUTION_ONLY = re.compile(
    rf"\s+(?:[A-Z][\w.'’-]*\s){{1,4}}(?:{_VERBS})(?:\s(?:on|in|at|last)\s[A-Z]?[\w]+)?[.]?\s*$"
)


def _clause_after(text: str, part: _Part, parts: list[_Part]) -> tuple[int, int]:
    """From the closing mark to the end of the sentence or the next quote, whichever comes first."""
    following = [p.start for p in parts if p.start >= part.end]
    limit = min([*following, len(text)])
    segment = text[part.end : limit]
    stop = _SENTENCE_END.search(segment)
    return part.end, part.end + (stop.start() if stop else len(segment))


def _clause_before(text: str, doc: Doc, part: _Part, parts: list[_Part]) -> tuple[int, int]:
    """From the start of the sentence (or the previous quote's end) to the opening mark."""
    start = doc.sentence_start(part.start)
    previous = [p.end for p in parts if start <= p.end <= part.start and len(p.text.split()) >= MIN_WORDS]
    return (max([start, *previous]), part.start)


def _speaker(
    text: str, clause: tuple[int, int], after_quote: bool, quote_start: int, mentions: list[Mention], previous: str = ""
) -> str:
    """The speaker named in an attribution clause, or "" if the clause has no speech verb."""
    a, b = clause
    verbs = list(_VERB.finditer(text, a, b))
    if not verbs:
        if not after_quote and text[a:b].rstrip().endswith(":"):  # "From spokesman Lawrence Di Rita: “…”"
            return _named(text, mentions, (a, b), last=True)
        return ""
    verb = verbs[0] if after_quote else _last_speech_verb(text, verbs, b)
    if verb.group(0).endswith("ccording to"):  # "according to Salon, “…”": who it is according to
        return _named(text, mentions, (verb.end(), b), last=False)
    subject = (a, verb.start())
    if _PRONOUN_SUBJECT.search(text, a, verb.start()):  # 'As Brill drove past Scott, he said': not Scott
        found = _referred(text, subject, quote_start, mentions, previous)
    else:
        found = (
            _leading_subject(text, mentions, subject)
            or _named(text, mentions, subject, last=True)
            or _referred(text, subject, quote_start, mentions, previous)
        )
    if found or not after_quote or re.search(r"\w", text[a : verb.start()]):
        return found  # '"…," the actor wrote, with a link to a Daily Buzz article': not Daily Buzz
    if verb.group(0) in ("told", "tells"):
        return ""  # '"…," the student told the New Straits Times': who is told does not speak
    return _named(text, mentions, (verb.end(), b), last=False)  # '"…," said Dr. Anika Bose'


# "he"/"she" right before the speech verb, after a clause that names others: the pronoun is the subject.
_PRONOUN_SUBJECT = re.compile(r"\w.*,\s(?:he|she)\s+(?:\w+ly\s)?$")


# Verbs that say something was spoken only when the quote follows them: 'He began: “…”'; not
# '… said an inquiry began in 2015, but “…”', where "said" is the speech verb.
_NOT_SPEECH_ALONE = frozenset(("began", "called", "described", "charged", "cited", "offered", "continued"))


def _last_speech_verb(text: str, verbs: list[re.Match[str]], quote_start: int) -> re.Match[str]:
    """The verb before a quote that introduces it: the last one, unless that one is only a
    speech verb right before the quote and an earlier one is a speech verb."""
    last = verbs[-1]
    if last.group(0) in _NOT_SPEECH_ALONE and len(verbs) > 1 and text[last.end() : quote_start].strip(" ,:"):
        earlier = [v for v in verbs[:-1] if v.group(0) not in _NOT_SPEECH_ALONE]
        if earlier:
            return earlier[-1]
    return last


def _leading_subject(text: str, mentions: list[Mention], span: tuple[int, int]) -> str:
    """The person who opens a clause and is set off by a comma is its subject: "Chaffetz, who
    said … Comey …, told McCabe that “…”"."""
    start = span[0] + len(text[span[0] : span[1]]) - len(text[span[0] : span[1]].lstrip())
    for mention in mentions:
        if mention.start == start and mention.kind == "person" and text[mention.end : mention.end + 1] == ",":
            return mention.canonical
    return ""


def _named(text: str, mentions: list[Mention], span: tuple[int, int], last: bool) -> str:
    """A person named in `span` (else an organisation): the last one before a verb, the first after.
    A name in the possessive owns something and does not speak: "Andrew Piatt, Sinema’s campaign manager, said"."""
    inside = [m for m in mentions if span[0] <= m.start < span[1]]
    inside = [m for m in inside if text[m.end : m.end + 2] not in ("'s", "’s")] or inside  # "McSally’s campaign said"
    people = [m for m in inside if m.kind == "person"] or inside
    if not people:
        return ""
    if (
        last
        and len(people) > 1
        and _PAIRED.fullmatch(text, people[-2].end, people[-1].start)
        and not _object(text, people[-2])  # "between Obama and George Stephanopoulos …, who cited"
    ):
        return people[-2].canonical  # "Vasiliades and Rodriguez said": two speak, the first named is written
    return (people[-1] if last else people[0]).canonical


_PAIRED = re.compile(r"(?:,\s\d+,)?\sand\s(?:[A-Z][\w.'’-]*\s){0,3}")


def _referred(text: str, span: tuple[int, int], quote_start: int, mentions: list[Mention], previous: str = "") -> str:
    """ "he"/"she" → the speaker of the quote before if nobody was named since, else the last
    person named; "the company"/"it" → the last organisation."""
    words = text[span[0] : span[1]]
    kin = _RELATION.fullmatch(words.strip())
    if kin:  # "her husband said": the person named as "her husband, Keith Rogers"
        told = re.compile(rf"\b(?i:{kin.group(1)})\s{re.escape(kin.group(2))},?\s$")
        named = [
            m
            for m in mentions
            if m.kind == "person" and m.start < quote_start and told.search(text, max(0, m.start - 40), m.start)
        ]
        if named:
            return named[-1].canonical
    role = _ROLE_REFERENCE.search(words)
    if role:  # "the mayor said", "the general said": the last person whose role or title names one
        holders = [
            m
            for m in mentions
            if m.kind == "person" and m.start < quote_start and _holds(text, m, role.group(1).lower())
        ]
        if holders:
            return holders[-1].canonical
    head = set(_LOWER_WORD.findall(words))  # "a representative at the zoo", "hospital officials": the org "… Zoo"
    for org in reversed([m for m in mentions if m.kind == "org" and m.start < quote_start]):
        if org.canonical.split()[-1].lower() in head:
            return org.canonical
    written = _WRITTEN.search(words)
    if written:  # "the statement said": whoever the last statement was from; "his e-mail said": the last person
        owner = written.group(1) in ("his", "her", "His", "Her")
        return (
            (previous or _last_person(mentions, quote_start))
            if owner
            else _author(text, written.group(2), quote_start, mentions)
        )
    pronoun = _PERSON_PRONOUN.search(words)
    if pronoun or role or _PERSON_DESCRIPTION.search(words):
        gender = ("female" if pronoun.group(0) in ("she", "She") else "male") if pronoun else ""
        if previous:  # the quote before was theirs and nobody was named since
            return previous
        return _last_person(mentions, quote_start, text, gender)
    reference = _ORG_REFERENCE.search(words)
    if not reference:
        return ""
    earlier = [m for m in mentions if m.kind == "org" and m.start < quote_start]
    if (
        earlier
        and reference.group(0) in ("they", "They")  # "Clemente and Richards … they claimed": not an org
        and any(earlier[-1].end <= m.start < quote_start and m.kind == "person" for m in mentions)
    ):
        return ""
    return earlier[-1].canonical if earlier else ""


# A person named by who they are to someone: "her husband", "his longtime lawyer".
_RELATION = re.compile(r"([Hh]is|[Hh]er|[Tt]heir)\s((?:[a-z-]+\s)?[a-z-]+)")


def _holds(text: str, mention: Mention, role: str) -> bool:
    """Whether a person is named with `role`: in their role ("Carlo Buontempo, director of …") or by
    the title written before their name ("Gen. Mark Holt", "Capt. Dana Reyes": a general, a captain)."""
    if role in mention.role.lower():
        return True
    title = _TITLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if not title:
        return False
    words = [w.rstrip(".").lower() for w in title.group(0).split()]
    return role in words or role in (TITLE_ABBREVIATIONS.get(w.capitalize(), "") for w in words)


# The title words right before a name: "Gen. ", "Lt. Gen. ", "Police Chief ", "Capt. ".
_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][a-z]*\.?\s){1,3}$")


_WRITTEN = re.compile(rf"\b(the|The|his|His|her|Her)\s(?:[a-z-]+\s)?({_DOCUMENTS})\b")


def _author(text: str, noun: str, quote_start: int, mentions: list[Mention]) -> str:
    """Who the last `noun` ("statement") named before a quote was from: "The statement from attorney
    Jamie Gorelick", "Gorelick said in a statement", "Gorelick's statement"."""
    from_before = re.compile(rf"\b{noun}\s(?:from|by|of)\s(?:[\w.-]+\s){{0,3}}$")
    after = re.compile(
        rf"(?:['’]s?\s(?:[a-z-]+\s)?{noun}\b|,?\s(?:said|says|wrote)\sin\s(?:a|an|the)\s(?:[a-z-]+\s)?{noun}\b)"
    )
    for mention in reversed([m for m in mentions if m.end <= quote_start]):
        if from_before.search(text, max(0, mention.start - 40), mention.start) or after.match(text, mention.end):
            return mention.canonical
    return ""


def _last_person(mentions: list[Mention], quote_start: int, text: str = "", gender: str = "") -> str:
    """The last person named before the quote; for "he" or "she" the last one who may be that
    gender ("Maria Feng … her son … he said": not Maria Feng), else the last one."""
    earlier = [m for m in mentions if m.kind == "person" and m.start < quote_start]
    if gender:
        fitting = [m for m in earlier if _may_be(text, m.canonical, gender)]
        earlier = fitting or earlier
        earlier = [m for m in earlier if not _object(text, m)] or earlier
    earlier = [m for m in earlier if not _QUALIFIES.match(text, m.end)] or earlier  # "the Trump administration"
    return earlier[-1].canonical if earlier else ""


# A preposition right before a name and its titles: the name is what the preposition takes ("a
# meeting with King Abdullah", "drove past Scott", "to replace Antonin Scalia"), not who goes on
# speaking. Not a lower-case title ("Opposition councillor Rhys Okonkwo-Hale"), not "said X".
_OBJECT_BEFORE = re.compile(
    r"(\S*)\s(?:with|to|for|against|past|from|about|at|into|than|like|over|toward|towards|behind|between|among|"
    r"beside|without|by|of|on|upon|under|via|to\s[a-z]+)\s(?:[A-Z][\w.'’-]*\s){0,3}$"
)


def _object(text: str, mention: Mention) -> bool:
    """Whether a person is named as the object of a preposition; not in a title that has one
    ("Mayor of London Sadiq Khan")."""
    before = _OBJECT_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    return bool(before) and not before.group(1)[:1].isupper()


_HONORIFIC = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female"}


@lru_cache(maxsize=2048)  # once per person and article: `text` hashes once, its hash is kept
def _gender_of(text: str, name: str) -> str:
    """A person's gender as the article shows it: a pronoun right after their name ("Graham said he
    …"), "Mr. Doherty" / "Ms. Psaki", else their given name's ("Kenneth" male, "Jacqueline"
    female); "" when none tells."""
    words = name.split()
    told = re.search(rf"\b{re.escape(words[-1])}\b(?:\s[a-z]+){{0,3}}\s(he|she|his)\b", text)
    if told:  # "Graham said he was opposed": the article's own word for this person
        return "female" if told.group(1) == "she" else "male"
    for honorific, gender in _HONORIFIC.items():
        if f"{honorific}. {words[-1]}" in text or f"{honorific} {words[-1]}" in text:
            return gender
    return given_name_gender(words[0]) if len(words) > 1 else ""


def _may_be(text: str, name: str, gender: str) -> bool:
    """Whether `name` may be referred to as a person of `gender` ("" fits everyone)."""
    return not gender or _gender_of(text, name) in ("", gender)


def _join_split_quotes(text: str, parts: list[_Part]) -> list[FoundQuote]:
    """Join "“A,” X said. “B.”" and "“A,” X said, “B.”" into one quote of X's."""
    quotes: list[FoundQuote] = []
    previous: _Part | None = None
    behind: _Part | None = None  # the part before, joined or not
    for part in parts:
        if behind is not None and behind.unclosed and quotes and text[behind.end : part.start] == PARAGRAPH_BREAK:
            before = quotes[-1]  # '“A … [paragraph] “B …”': one quote over two paragraphs
            quotes[-1] = FoundQuote(
                before.start, before.end, f"{before.text} {part.text}", before.speaker or part.speaker
            )
            behind = part
            continue
        between = text[behind.end : part.start] if behind is not None else ""
        behind = part
        if _continues(text, previous, part) and quotes:
            last = quotes[-1]
            quotes[-1] = FoundQuote(last.start, last.end, _rejoined(last.text, between, part.text), last.speaker)
            continue
        if len(part.text.split()) < MIN_WORDS and (not part.speaker or not _open_ended(text, part)):
            continue  # a title or scare quote ("Fox News Sunday", 'the “terrorism” label') starts nothing
        quotes.append(FoundQuote(part.start, part.end, part.text, part.speaker))
        previous = part
    return quotes


def _rejoined(first: str, between: str, second: str) -> str:
    """Two parts of one quote as one text. A sentence the attribution closed ('“A,” X said. “B.”')
    gets its full stop back, in place of the comma that led into the attribution ("A. B."), inside
    a quote within the quote ("calls him its ‘favourite son.’ B"); one it interrupted ('“A,” X
    said, “b.”') runs on ("A b.")."""
    bare = first.rstrip(_INNER_CLOSERS)  # "asked, ‘Why?’" ends its sentence inside the inner quote
    if bare.endswith(_QUOTE_PART_ENDS) or not second[:1].isupper() or not _CLOSED_BY_ATTRIBUTION.search(between):
        return f"{first} {second}"
    if bare.endswith(","):  # "calls him its ‘favourite son,’": the stop takes the comma's place
        return f"{bare[:-1]}.{first[len(bare) :]} {second}"
    return f"{first}. {second}"


# A quote's part that ends in one of these keeps it, and needs no full stop.
_QUOTE_PART_ENDS = (".", "!", "?", "…", ":", ";", "-", "—", "–")
_INNER_CLOSERS = "'’)]"  # what closes a quote or an aside within a quote's part
# An attribution that ends a sentence: '… said Anika Brandvold. ', '… he said.'
_CLOSED_BY_ATTRIBUTION = re.compile(r"[.!?][\"')\]]*\s*$")


def _continues(text: str, previous: _Part | None, part: _Part) -> bool:
    """Whether `part` goes on with the previous attributed quote rather than standing alone.

    Only across the attribution: a new sentence ('… said. “B.”') or a comma ('… said, “B.”');
    a quoted title inside the attribution ('… said on “Fox News Sunday” …') does not continue.
    """
    if previous is None or not previous.speaker:
        return False
    if part.speaker and (part.clause != previous.clause or part.speaker != previous.speaker):
        return False  # its own attribution, or another speaker: '… said to Urgant, who replied, “B.”'
    between = text[previous.end : part.start]
    aside = re.sub(r"\([^()]*\)", "", text[previous.clause[1] : part.start])  # "(There were twenty of us.)"
    if previous.clause[0] >= previous.end and re.search(r"\w", aside):
        return False  # a sentence of narrative after the attribution: '… Park said. Sleep helps. “B.”'
    return PARAGRAPH_BREAK not in between and bool(_ACROSS_ATTRIBUTION.search(between))


_ACROSS_ATTRIBUTION = re.compile(r"(?:[.!?,:;][\"')\]]*\s*)$")
