"""Events: the key claim sentences of an article, as "who | did what | when".

News puts what happened first: the lead sentence, and the sentences that name a subject,
an action and a date. Each becomes an `event` fact whose text is the claim in one line ("Lumen Labs shut down its
Flicker video app and API"; the whole sentence is the source it points to) and whose value
reads "Lumen Labs | shut down its Flicker video app and API | 2026-04", so the same event
told by two sources can be matched by subject and verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from briefing.facts_dates import FoundDate, date_relation
from briefing.facts_doc import Doc
from briefing.facts_entities import Mention
from briefing.facts_lexicon import word_set
from briefing.model import Fact, Sentence

MAX_EVENTS = 2  # per article: the lead and at most one more dated claim
MAX_WORDS = 16  # words of what the subject did, at most
_AUXILIARY = r"(?:will|would|has|have|had|is|are|was|were|plans to|agreed to|said it would|is set to|is to)"
_AUXILIARY_WORDS = frozenset(re.findall(r"[a-z]+", _AUXILIARY))  # what event_key skips to reach the verb
_ACTION = re.compile(
    rf"^(?:,[^,]*,)?\s*(?P<head>(?:{_AUXILIARY}\s)?(?:\w+ly\s)?)(?P<verb>[a-z]+(?:ed|s)|{_AUXILIARY}|won|lost|led|made|"
    r"took|signed|cut|set|sold|bought|shut|hit|fell|rose|paid|raised|named|struck|broke|began|quit|left|held|kept|grew|"
    r"sent|spent|built|made|chose|gave)\b"
)
# Where what the subject did ends: punctuation, a clause of its own ("but said", "after engineers
# found", "as Storm Corvina brings"), an attribution, or a place or time ("in April", "from Monday")
# unless a figure follows ("put the cost at €120 million" keeps its figure).
_CLAUSE_END = re.compile(
    r"[,;:.](?!\d)|\s[—–_]\s|\s(?:but|while|whereas|although|though|because|as|when|where|which|who|after|before"
    r"|according|unless|once|so|since)\s"
    r"|\s(?:at|on|in|from|until)\s(?!(?:about\s|around\s|some\s|nearly\s|almost\s|least\s)?(?:[$€£¥]|\d[\d,.]*"
    r"(?:\s?%|\s(?:per\s?cent|million|billion|thousand|[a-z]+s)\b)))"
)
# The end of the main clause, after which a date belongs to another clause ("..., the council
# announced on Tuesday"; "... before it shuts on Sunday").
_MAIN_END = re.compile(
    r"[,;:](?!\d)|\s[—–]\s|\s(?:but|while|whereas|although|though|because|as|when|where|which|who|after|before"
    r"|according|unless|once|if|so|to\sbe)\s"
)
_OBJECT_BEFORE = re.compile(r"\b(?:by|of|at|for|with|from|to|in|on|and|between|against)\s$")
_REPORTED = re.compile(r"\b(?:that\s)?(?P<pronoun>it|he|she|they)\s(?P<aux>would|will|had|has|was|is|plans|planned)\b")
_SAID = re.compile(r"^\s*(?:said|says|told)\b")
# A lead's subject: a capitalised name, or a short noun phrase, up to its verb ("Household water
# bills in Portmere", "The Old Harbour Bridge"); what follows must start with a verb.
_SUBJECT = re.compile(
    r"^(?:The\s|A\s|An\s)?(?P<who>(?:[A-Za-z][\w'’-]*\s){1,6}?)"
    r"(?=(?:will|would|has|have|had|is|are|was|were)\s|(?!said)[a-z]{3,}ed\s)"
)
# A longer subject, up to an auxiliary: "Plans to extend Portmere's Line 3 tram by 6.2 kilometres to
# the Westfield estate | will go out to public consultation".
_LONG_SUBJECT = re.compile(
    r"^(?=[A-Z])(?:The\s|A\s|An\s)?(?P<who>[\w'’-]+\s(?:[\w$€£][\w'’.%-]*\s){1,13}?)"
    r"(?=(?:will|would|has|have|had|is|are|was|were)\s)"
)
# Nouns between a name and an auxiliary belong to the subject: "Portmere Water customers will pay".
_NOUN_THEN_AUX = re.compile(
    r"\s((?:[a-z][\w'’-]*\s){1,2})(?=(?:will|would|has|have|had|is|are|was|were|could|can|may|might|must|should)\s)"
)
_RELATIVE_PRONOUNS = word_set("who which that whose whom")
_PERSONAL_PRONOUNS = word_set("i we you he she it they")
_NOT_SUBJECT_WORDS = word_set("now also still then already just never not only even today yet")
# Words a headline must not end on: it would stop mid-phrase ("amber warning for wind is",
# "cost estimates for").
_DANGLING = word_set(
    """
    a an the of to for with by at on in from into onto over under about than as between against within
    without during per via and or but nor that whether if which who whose is are was were be been being
    will would shall should can could may might must has have had do does did not its their his her our
    my your this these those some any each every no very also just still so such
    """
)
_AUXILIARY_ONLY = _AUXILIARY_WORDS | word_set("shall should can could may might must be been being do does did not")
_FUTURE = re.compile(r"\b(?:will|shall|is\sto|are\sto|plans?\sto|set\sto|is\sdue|are\sdue|going\sto)\b")
_PRESENT = re.compile(r"^(?:is|are)\s?$")


@dataclass(frozen=True)
class _Claim:
    sentence: Sentence
    who: str  # canonical name, or the lead's subject phrase ("Old Harbour Bridge")
    what: str  # from the main verb: "shut down its Flicker video app"
    text: str  # the headline as the sentence words it: "Lumen Labs will shut down its Flicker video app"
    end: int  # where `what` ends in the sentence
    verbs: str  # the verb group: "will shut", "is"


def find_events(
    sentences: Sequence[Sentence],
    doc: Doc,
    mentions: list[Mention],
    dates: dict[int, list[FoundDate]],
    published: date | None = None,
) -> list[Fact]:
    """Up to `MAX_EVENTS` claims: the first sentence with a subject and an action, then a dated one.

    A claim's date is the first date of its own clause that is not a bound or the date of
    something else ("mains laid before 1970", "a unit built in 1974") and fits its tense (a
    sentence about what will happen is not dated by a past year)."""
    claims = [c for c in (_claim(s, doc, mentions) for s in sentences) if c is not None]
    lead = _lead_claim(sentences[0]) if sentences else None
    if lead is not None and (not claims or claims[0].sentence.index != sentences[0].index):
        claims.insert(0, lead)  # the lead's subject need not be a person or organisation
    when = {id(c): _event_date(c, dates.get(c.sentence.index, []), published) for c in claims}
    chosen: list[_Claim] = claims[:1]
    chosen += [c for c in claims[1:] if when[id(c)]][: MAX_EVENTS - len(chosen)]
    return [_fact(c, when[id(c)]) for c in chosen]


def _event_date(claim: _Claim, found: list[FoundDate], published: date | None) -> str:
    """The date of the claim's own event, or ""."""
    text = claim.sentence.text
    stop = _MAIN_END.search(text, claim.end)
    limit = stop.start() if stop else len(text)
    for item in found:
        if item.start >= limit:
            break
        if date_relation(text, item) or not _fits_tense(item.value, claim.verbs, published):
            continue
        return item.value
    return ""


def _fits_tense(value: str, verbs: str, published: date | None) -> bool:
    """A date before publication cannot date what "will" happen; a past year cannot date what "is"."""
    if published is None:
        return True
    today = published.isoformat()[: len(value)]
    if _FUTURE.search(verbs):
        return value >= today
    if _PRESENT.match(verbs):
        return value[:4] >= today[:4]
    return True


def _claim(sentence: Sentence, doc: Doc, mentions: list[Mention]) -> _Claim | None:
    """The sentence's subject (a person or organisation near its start) and what it did, or None."""
    start = doc.starts[doc.indices.index(sentence.index)]
    end = start + len(sentence.text)
    for mention in (m for m in mentions if start <= m.start < end):
        before = doc.text[start : mention.start]
        if len(before.split()) > 6 or _OBJECT_BEFORE.search(before) or before.count('"') % 2:
            continue  # "Analysts at Cobalt Research ...": not the subject
        offset = mention.end - start
        who, name = mention.canonical, mention.canonical
        nouns = _NOUN_THEN_AUX.match(sentence.text, offset)
        if nouns and not set(nouns.group(1).split()) & _NOT_SUBJECT_WORDS:
            who = name = f"{who} {nouns.group(1).strip()}"  # "Portmere Water customers"
            offset = nouns.end() - 1
        action = _action(sentence.text, offset, mention.kind)
        if action is None:
            continue
        what, said, cut, verbs = action
        if before.strip() in {"The", "the"} and mention.name == mention.canonical:
            name = f"{before.strip()} {name}"  # "The Portmere Chamber of Commerce has asked ..."
        return _Claim(sentence, who, what, f"{name} {said}", cut, verbs)
    return None


def _lead_claim(sentence: Sentence) -> _Claim | None:
    """The lead's own subject and action: "The Old Harbour Bridge | will close to all motor traffic"."""
    subject = _SUBJECT.match(sentence.text) or _LONG_SUBJECT.match(sentence.text)
    if subject is None or subject.group("who").split()[-1].lower() in _RELATIVE_PRONOUNS:
        return None  # "The producer who worked alongside ...": a noun phrase, not a clause
    if subject.group("who").strip().lower() in _PERSONAL_PRONOUNS:
        return None  # "I had been interning on …": a writer's own story, no one the box can name
    action = _action(sentence.text, subject.end() - 1)
    if action is None:
        return None
    what, said, cut, verbs = action
    who = " ".join(subject.group("who").split())
    text = " ".join(f"{sentence.text[: subject.end()]}{said}".split())  # "An amber warning for wind is in force ..."
    return _Claim(sentence, who, what, text, cut, verbs)


def _action(text: str, offset: int, kind: str = "") -> tuple[str, str, int, str] | None:
    """What the subject did, from the words after it at `offset`: (from the verb: "shut down its
    Flicker video app", from the auxiliary: "will shut down its Flicker video app", where it ends
    in `text`, the verb group "will shut"); None when no readable clause is there."""
    rest = text[offset:]
    if _SAID.match(rest):
        reported = _REPORTED.search(rest)  # "X said on Tuesday it would acquire ..."
        if reported is None or _other_subject(kind, reported.group("pronoun")):
            return None  # "Ms. Fonteyne said it would ...": "it" is not Ms. Fonteyne
        offset += reported.start("aux") - 1
        rest = text[offset:]
    action = _ACTION.match(rest)
    if action is None:
        return None
    head, verb = offset + action.start("head"), offset + action.start("verb")
    after_verb = re.match(r"\s*\S+", text[offset + action.end() :])  # "is in force": not cut at "in"
    search_from = offset + action.end() + (after_verb.end() if after_verb else 0)
    cut = _CLAUSE_END.search(text, search_from)
    stop = cut.start() if cut else len(text)
    clause = list(re.finditer(r"\S+", text[verb:stop]))
    spans = clause[:MAX_WORDS]
    while spans and (_dangling(spans[-1].group(0))):
        spans.pop()  # never end on "is", "for", "the" or "authority's"
    words = [m.group(0) for m in spans]
    if words:
        words[-1] = words[-1].rstrip(",;:")  # "is here," before a dangling "and": the comma goes with it
    verbs = text[head : offset + action.end()].strip()
    if not words or all(w.lower() in _AUXILIARY_ONLY for w in words):
        return None
    what = " ".join(words)
    # A clause longer than a headline is cut, and says so: "… to drop a probe into former adviser Michael…".
    cut_short = "…" if len(clause) > MAX_WORDS else ""
    said = " ".join([*text[head:verb].split(), *words]) + cut_short
    return what, said, verb + spans[-1].end(), verbs


def _dangling(word: str) -> bool:
    """A word a headline cannot end on: a preposition, article, auxiliary, or a possessive."""
    return word.lower().strip("\"“”'’") in _DANGLING or bool(re.search(r"['’]s?$", word))


def _other_subject(kind: str, pronoun: str) -> bool:
    """Whether a reported clause's pronoun cannot be the speaker: a person is not "it", an organisation not "he"."""
    return (kind == "person" and pronoun == "it") or (kind == "org" and pronoun in {"he", "she"})


def event_key(value: str) -> str:
    """What two sources' events must share to be one event: the subject and the verb's stem."""
    who, _, rest = value.partition(" | ")
    words = [w for w in rest.split(" | ")[0].split() if w not in _AUXILIARY_WORDS]
    verb = words[0] if words else ""
    return f"{who} | {re.sub(r'(?:ed|s|d)$', '', verb)}"


def _fact(claim: _Claim, when: str) -> Fact:
    value = " | ".join(part for part in (claim.who, claim.what, when) if part)
    return Fact(
        "event",  # type: ignore[arg-type]  # a kind model.FactKind is asked to gain
        claim.text,  # the claim in a line, in the sentence's words; the sentence is in the source
        value,
        claim.sentence.index,
        claim.sentence.article,
        role=when,
    )
