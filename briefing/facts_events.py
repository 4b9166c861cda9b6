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

from briefing.facts_doc import Doc
from briefing.facts_entities import Mention
from briefing.model import Fact, Sentence

MAX_EVENTS = 2  # per article: the lead and at most one more dated claim
_AUXILIARY = r"(?:will|would|has|have|had|is|are|was|were|plans to|agreed to|said it would|is set to|is to)"
_ACTION = re.compile(
    rf"^(?:,[^,]*,)?\s*(?:{_AUXILIARY}\s)?(?:\w+ly\s)?(?P<verb>[a-z]+(?:ed|s)|{_AUXILIARY}|won|lost|led|made|"
    r"took|signed|cut|set|sold|bought|shut|hit|fell|rose|paid|raised|named|struck|broke|began|quit|left|held|kept|grew|"
    r"sent|spent|built|made|chose|gave)\b"
)
_CLAUSE_END = re.compile(r"[,;:.](?!\d)|\s(?:at|on|after|according|in|since|from)\s")
_OBJECT_BEFORE = re.compile(r"\b(?:by|of|at|for|with|from|to|in|on|and|between|against)\s$")
_REPORTED = re.compile(r"\b(?:that\s)?(?:it|he|she|they)\s(?P<aux>would|will|had|has|was|is|plans|planned)\b")
_SAID = re.compile(r"^\s*(?:said|says|told)\b")
# A lead's subject: a capitalised name, or a short noun phrase, up to its verb ("Household water
# bills in Portmere", "The Old Harbour Bridge"); what follows must start with a verb.
_SUBJECT = re.compile(
    r"^(?:The\s|A\s|An\s)?(?P<who>(?:[A-Za-z][\w'’-]*\s){1,6}?)"
    r"(?=(?:will|would|has|have|had|is|are|was|were)\s|(?!said)[a-z]{3,}ed\s)"
)


@dataclass(frozen=True)
class _Claim:
    sentence: Sentence
    who: str  # canonical name, or the lead's subject phrase ("Old Harbour Bridge")
    what: str


def find_events(sentences: Sequence[Sentence], doc: Doc, mentions: list[Mention], dates: dict[int, str]) -> list[Fact]:
    """Up to `MAX_EVENTS` claims: the first sentence with a subject and an action, then a dated one."""
    claims = [c for c in (_claim(s, doc, mentions) for s in sentences) if c is not None]
    lead = _lead_claim(sentences[0]) if sentences else None
    if lead is not None and (not claims or claims[0].sentence.index != sentences[0].index):
        claims.insert(0, lead)  # the lead's subject need not be a person or organisation
    chosen: list[_Claim] = claims[:1]
    chosen += [c for c in claims[1:] if c.sentence.index in dates][: MAX_EVENTS - len(chosen)]
    return [_fact(c, dates.get(c.sentence.index, "")) for c in chosen]


def _claim(sentence: Sentence, doc: Doc, mentions: list[Mention]) -> _Claim | None:
    """The sentence's subject (a person or organisation near its start) and what it did, or None."""
    start = doc.starts[doc.indices.index(sentence.index)]
    end = start + len(sentence.text)
    for mention in (m for m in mentions if start <= m.start < end):
        before = doc.text[start : mention.start]
        if len(before.split()) > 6 or _OBJECT_BEFORE.search(before) or before.count('"') % 2:
            continue  # "Analysts at Cobalt Research ...": not the subject
        what = _action(doc.text[mention.end : end])
        if what:
            return _Claim(sentence, mention.canonical, what)
    return None


def _lead_claim(sentence: Sentence) -> _Claim | None:
    """The lead's own subject and action: "The Old Harbour Bridge | will close to all motor traffic"."""
    subject = _SUBJECT.match(sentence.text)
    if subject is None:
        return None
    what = _action(sentence.text[subject.end() :])
    who = " ".join(subject.group("who").split())
    return _Claim(sentence, who, what) if what else None


def _action(rest: str) -> str:
    """What the subject did, from the words after it: "will shut down its Flicker video app"."""
    if _SAID.match(rest):
        reported = _REPORTED.search(rest)  # "X said on Tuesday it would acquire ..."
        rest = rest[reported.end() - len(reported.group("aux")) - 1 :] if reported else ""
    action = _ACTION.match(rest)
    if action is None:
        return ""
    what = rest[action.start("verb") :]
    cut = _CLAUSE_END.search(what)
    return " ".join((what[: cut.start()] if cut else what).split()[:10])


def event_key(value: str) -> str:
    """What two sources' events must share to be one event: the subject and the verb's stem."""
    who, _, rest = value.partition(" | ")
    words = [w for w in rest.split(" | ")[0].split() if w not in _AUXILIARY_WORDS]
    verb = words[0] if words else ""
    return f"{who} | {re.sub(r'(?:ed|s|d)$', '', verb)}"


_AUXILIARY_WORDS = frozenset(
    ["will", "would", "has", "have", "had", "is", "are", "was", "were", "plans", "to", "agreed", "said", "it", "set"]
)


def _fact(claim: _Claim, when: str) -> Fact:
    value = " | ".join(part for part in (claim.who, claim.what, when) if part)
    return Fact(
        "event",  # type: ignore[arg-type]  # a kind model.FactKind is asked to gain
        f"{claim.who} {claim.what}",  # the claim in a line; the sentence is in the source
        value,
        claim.sentence.index,
        claim.sentence.article,
        role=when,
    )
