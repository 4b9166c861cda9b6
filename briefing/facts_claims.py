"""Yes/no claims, and where a story's sources contradict each other on one.

A claim is a predicate concept from a small lexicon (payment, injury, death, resignation, arrest,
charge, approval, agreement, closure), what it is about (its subject and the words after it,
with the story's people and organisations recognised), and a polarity: "Harbour Logistics paid
the council £2m" is payment, yes; "no money changed hands, the council said" is payment, no;
"the plant remained open" is closure, no; "X denied paying" is payment, no, said by X.

Two independent reports disagree when they make the same claim with opposite polarity. The rules
lean towards silence, because a false "sources disagree" costs more trust than a missed one:

- only assertions count: not questions, conditions, demands ("called on her to resign"),
  speculation ("could step down"), or claims about someone or something else ("no one else",
  "a further 200 passengers", "a separate application");
- a plan and a fact do not contradict ("will step down" and "has not resigned");
- the two claims must be about the same thing: the same named subject, or shared words, with
  neither naming a different subject or object ("closed to traffic", "open to pedestrians");
  a bare claim ("no one was injured", "no arrests have been made") is about the story's event;
- a report that itself states both sides (a payment and the denial of it) is telling of a
  dispute, not taking a side, so it is not set against another report.

`SLOT_GROUPS` are the synonym groups of the words that say which slot a figure fills ("deal",
"agreement", "contract"); `facts_merge` uses them to match figures across wordings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from briefing.facts_entities import canonical_name
from briefing.facts_lexicon import word_set
from briefing.model import Article, Disagreement, KeyFact, SourceRef

# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Concept:
    """A predicate news sources disagree about, and the words that state it or its opposite."""

    name: str  # the value's first part: "payment | yes"
    label: str  # the disagreement's slot: "claim: payment"
    verbs: tuple[str, ...]  # inflected forms (and phrases) that state it: "paid", "changed hands"
    bases: tuple[str, ...]  # base forms, a claim only after "will", "to", "not": "pay", "close"
    nouns: tuple[str, ...]  # a claim with "no", or after a light verb: "no payment", "reached a deal"
    opposites: tuple[str, ...]  # phrases that state the negation: "remained open", "unhurt"; "talks ... collapsed"
    # holds a word that must come earlier in the clause ("talks between the union and X collapsed")


def _concept(name: str, label: str, verbs: str, bases: str, nouns: str, opposites: str) -> Concept:
    """Phrases in a list are separated by "|", so a phrase can hold spaces ("step down")."""

    def phrases(text: str) -> tuple[str, ...]:
        return tuple(" ".join(p.split()) for p in text.split("|") if p.strip())

    return Concept(name, label, phrases(verbs), phrases(bases), phrases(nouns), phrases(opposites))


CONCEPTS = (
    _concept(
        "payment",
        "payment",
        "paid|pays|paying|repaid|changed hands",
        "pay|repay|change hands",
        "payment|payments|fee|fees|compensation|money",
        "for free|free of charge|for nothing|unpaid",
    ),
    _concept(
        "injure",
        "injuries",
        "injured|injuring|injures|hurt|wounded|fractured|broken arm|broken leg|broken ribs|broken wrist|broken bones|"
        "taken to hospital",
        "injure|hurt",
        "injury|injuries|casualties",
        "unhurt|unharmed|uninjured|escaped injury",
    ),
    _concept(
        "kill",
        "deaths",
        "killed|killing|died|dies",
        "kill|die",
        "death|deaths|fatality|fatalities",
        "brought out alive|rescued alive|found alive|all survived|everyone survived",
    ),
    _concept(
        "resign",
        "resignation",
        "resigned|resigns|resigning|quit|quits|quitting|stepped down|steps down|stepping down|stood down|"
        "stands down|standing down",
        "resign|quit|step down|stand down",
        "resignation",
        "",
    ),
    _concept("arrest", "arrest", "arrested|arresting|detained", "arrest|detain", "arrest|arrests", ""),
    _concept("charge", "charge", "charged with|charged over", "charge", "charge|charges", ""),
    _concept(
        "approve",
        "approval",
        "approved|approves|granted|gave the go-ahead|given the go-ahead",
        "approve|grant|give the go-ahead",
        "approval|go-ahead",
        "rejected|rejects|refused permission|turned down|threw out|thrown out|voted down|blocked",
    ),
    _concept(
        "agree",
        "agreement",
        "agreed|signed|struck a deal|reached a deal|reached an agreement|reached agreement",
        "agree|sign",
        "agreement|deal",
        "talks ... collapsed|talks ... broke down|negotiations ... collapsed|negotiations ... broke down",
    ),
    _concept(
        "close",
        "closure",
        "closed|shut|shuts|shutting|closing|shut down",
        "close|shut",
        "closure",
        "remained open|remains open|remain open|stayed open|stays open|stay open|still open|kept open|keep open|"
        "open as normal|open as usual",
    ),
)

# Verbs that report what someone says; "denied" and its kind also negate what they report.
REPORTING = word_set(
    """
    said says say saying told tells confirmed confirms confirming announced announces insisted insists
    insisting claimed claims added stated states admitted admits acknowledged
    """
)
DENIALS = word_set("denied denies deny denying")
NEGATORS = word_set("not no never none nobody nothing neither nor without n't")
# Before an infinitive or a gerund, these negate it: "refused to pay", "ruled out resigning".
NEGATING_VERBS = word_set("refused refuses refusing failed fails declined declines")
# A claim under these is not asserted: a demand, a condition, a guess, a question.
HEDGES = word_set(
    """
    could might may should must can if whether unless called calls urged urges urging demanded demands
    demanding pressure speculation rumour rumours rumoured expected likely asked threatened considering
    consider alleged allegedly allegations allegation accused reportedly possible possibly perhaps
    """
)
# Words that make a claim about someone or something else than the story's main thing.
# (Also another version, or a part: "the original request", "part of its request".)
OTHERS = word_set(
    "else other others another further separate separately additional second previous yet ever original initial "
    "revised part"
)
# "no one seriously injured" does not contradict "two people suffered minor injuries".
SERIOUS = word_set("seriously serious badly critically severely gravely life-threatening")
FUTURE = word_set("will would shall 'll going plans plan planned intends intend set")
BE = word_set("was were been be is are being")
RECEIVING = word_set("received receiving receive receives accepted accepting accept accepts taken taking got")
# Words that say nothing about what a claim is about.
STOP = word_set(
    """
    a an the of to in on at by for from with and or but as is are was were be been being has have had do does
    did will would shall 'll this that these those there their they them it its he she his her him we our us i
    you your who which whom whose what when where while after before than then also just only still any all
    some each every both one ones people person anyone anybody someone somebody everyone nobody no not never
    man woman men women monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
    today tonight yesterday week weeks month months year years day days end start beginning time
    january february march april may june july august september october november december
    over about around into out up down off per via same two three four five six seven eight nine ten eleven
    twelve dozen dozens hundred hundreds thousand thousands million both
    """
)
CONDITIONS = word_set("if unless whether")
# Pairs of words that tell two things of one kind apart: "the old unit", "the new unit".
CONTRASTS = (("old", "new"), ("former", "new"), ("north", "south"), ("east", "west"), ("upper", "lower"))
_MARKS = frozenset(w for pair in CONTRASTS for w in pair)
PRONOUNS = word_set("he she it they its his her their we i")
CLAUSE_WORDS = word_set(
    "but although though while whereas because if whether unless and when since until as after before following amid"
)
RELATIVES = word_set("that which who whom whose")
# Built once, for the lookups made at every token.
REPORTING_OR_DENIAL = REPORTING | DENIALS
_CLAUSE_OPENERS = RELATIVES | CLAUSE_WORDS
_REPORT_END = REPORTING | {"according"}
PUNCTUATION = frozenset(';:.!?"“”()')

# Synonym groups of the words that say which slot a figure fills, for matching across wordings.
SLOT_GROUPS = {
    "agreement": "agreement agreements deal deals contract contracts pact accord sponsorship extension",
    "delay": "delay delays delayed late behind postponed postponement pushed",
    "close": "close closes closed closing closure shut shuts shutting",
    "ban": "ban bans banned suspension suspended",
    "sentence": "sentence sentences sentenced jailed imprisoned imprisonment",
    "cost": "cost costs costing price priced budget",
    "pay": "pay paid pays payment payments fee fees compensation",
    "injure": "injured injuries injury hurt wounded",
    "kill": "killed dead died deaths death fatalities",
    "trial": "trial trials hearing hearings",
    "outage": "outage outages blackout blackouts power",
}
SLOT_WORD = {word: group for group, words in SLOT_GROUPS.items() for word in words.split()}


def slot_word(word: str) -> str:
    """A word's synonym group ("deal" → "agreement"), or the word itself."""
    return SLOT_WORD.get(word, word)


# --------------------------------------------------------------------------- claims in a sentence

_TOKEN = re.compile(r"[a-z]+(?=n't\b)|n't\b|[a-z]+(?:['-][a-z]+)*|\d+(?:[.,]\d+)*|[^\sa-z\d]")


class Token(NamedTuple):
    lower: str  # lower case, "n't" split off ("did", "n't"), curly apostrophes straight
    start: int
    end: int


def tokens(text: str) -> tuple[Token, ...]:
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")  # "İ"
    out = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(lowered)]
    for i, token in enumerate(out):
        if token.lower in _RESPELT:
            out[i] = token._replace(lower=_RESPELT[token.lower])  # "won't", "can't"
        elif token.lower == "may" and token.start > 0 and text[token.start] == "M":
            out[i] = token._replace(lower="may-month")  # the month, not the hedge
    return tuple(out)


_RESPELT = {"wo": "will", "ca": "can"}


Span = tuple[int, int]  # character offsets in a sentence


@dataclass(frozen=True)
class Found:
    """A claim in one sentence, before the story's names are known: spans are character offsets."""

    concept: str
    positive: bool
    mode: str  # "done", "future", or "any" ("refused to pay": neither paid nor going to)
    serious: bool  # "seriously injured": a degree the claim is limited to
    trigger: Span
    subject: tuple[Span, ...]  # who or what the claim is about (resolved pronouns included)
    rest: Span  # the words after the predicate, up to the end of the clause
    agent: Span  # a passive's "by" phrase
    years: tuple[int, ...] = ()  # years named in its clause: "two people were injured there in 2019"


@lru_cache(maxsize=32768)
def sentence_claims(text: str) -> tuple[Found, ...]:
    """The yes/no claims a sentence asserts (a pure function of its text, so cached by it)."""
    if _KEYWORDS.isdisjoint(_KEYWORD.findall(text.lower())) or text.rstrip().endswith("?"):
        return ()
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    chunks = _chunks(toks)
    found: list[Found] = []
    seen: set[tuple[int, str]] = set()
    for start, end, concept, forms in _triggers(lowers):
        index = next(i for i, c in enumerate(chunks) if c[0] <= start < c[1])
        chunk = chunks[index]
        if forms == ("opposite",) and not _has_opener(concept, lowers, start, end):
            continue
        if (chunk[0], concept.name) in seen:
            continue  # "paid compensation", "signed an agreement": one claim per clause and concept
        claims = (_claim(toks, chunks, index, start, end, concept, form) for form in forms)
        claim = next((c for c in claims if c is not None), None)  # "charge": a verb or a noun
        if claim is not None:
            seen.add((chunk[0], concept.name))
            found.append(claim)
    return tuple(found)


def _phrase_table() -> dict[str, tuple[Concept, tuple[str, ...]]]:
    """Every lexicon phrase → its concept and the forms it can take: "charge" is a base form
    ("will charge") and a noun ("without charge"). A phrase belongs to the first concept listing it."""
    table: dict[str, tuple[Concept, tuple[str, ...]]] = {}
    for concept in CONCEPTS:
        opposites = tuple(o.split(" ... ")[-1] for o in concept.opposites)
        lists = (("opposite", opposites), ("verb", concept.verbs), ("base", concept.bases), ("noun", concept.nouns))
        for phrase in {p for _, phrases in lists for p in phrases}:
            forms = tuple(form for form, phrases in lists if phrase in phrases)
            table.setdefault(phrase, (concept, forms))
    return table


_PHRASES = _phrase_table()
# A phrase's first word → the lengths of the phrases it starts, longest first.
_SIZES = {
    first: sorted({len(p.split()) for p in _PHRASES if p.split()[0] == first}, reverse=True)
    for first in {p.split()[0] for p in _PHRASES}
}
# One word of each lexicon phrase (its longest, the rarest): a sentence without any holds no claim,
# which settles most sentences with one word split and a set intersection.
_KEYWORDS = frozenset(max(p.split(), key=len) for p in _PHRASES)
_KEYWORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _triggers(lowers: list[str]) -> list[tuple[int, int, Concept, tuple[str, ...]]]:
    """(first token, end token, concept, forms) of the lexicon phrases, left to right, the longest
    phrase at a place ("changed hands" before "change")."""
    found = []
    i = 0
    while i < len(lowers):
        size = next((n for n in _SIZES.get(lowers[i], ()) if " ".join(lowers[i : i + n]) in _PHRASES), 0)
        if size:
            found.append((i, i + size, *_PHRASES[" ".join(lowers[i : i + size])]))
        i += size or 1
    return found


def _has_opener(concept: Concept, lowers: list[str], start: int, end: int) -> bool:
    """Whether an opposite that needs an earlier word ("talks ... broke down") has it in its clause
    (counted from the sentence start, as "talks between the union and X" spans an "and")."""
    phrase = " ".join(lowers[start:end])
    openers = [o.split(" ... ")[0] for o in concept.opposites if o.endswith(" ... " + phrase)]
    plain = any(o == phrase for o in concept.opposites)
    return plain or any(o in lowers[:start] for o in openers)


def _chunks(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Token ranges between clause boundaries: punctuation, commas, conjunctions, relative pronouns."""
    bounds = [0]
    for i, tok in enumerate(toks):
        if tok.lower in PUNCTUATION or tok.lower == "," or tok.lower in CLAUSE_WORDS or tok.lower in RELATIVES:
            bounds.append(i)
    bounds.append(len(toks))
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _claim(
    toks: Sequence[Token],
    chunks: list[tuple[int, int]],
    index: int,
    start: int,
    end: int,
    concept: Concept,
    form: str,
) -> Found | None:
    """The claim a lexicon phrase (tokens `start` to `end`, in clause `chunks[index]`) makes, or
    None where it makes none: a hedge, a demand, someone else, a mention of a noun."""
    lowers = [t.lower for t in toks]
    chunk = chunks[index]
    before = lowers[chunk[0] : start]
    after = lowers[end : chunk[1]]
    context = _governing(lowers, chunks, index)  # the reporting verb and what precedes the clause
    words = set(before) | set(after) | set(context)
    if words & HEDGES or words & OTHERS:
        return None
    if set(lowers[:start]) & (CONDITIONS | OTHERS):
        return None  # "If we thought it unsafe, we would close it", "At a second protest, two were arrested"
    if form == "base" and not (set(before[-3:]) & (FUTURE | {"to", "not", "n't", "never", "did", "does", "do"})):
        return None  # "pay" or "close" as a claim only after "will", "to", "did not": else a noun or adjective
    if form == "noun" and not _noun_claim(before, after):
        return None  # "his current deal", "the payment": a mention, not a claim that one happened
    if _demanded(before):
        return None  # "called on her to resign", "pressure to quit": someone wants it, nobody says it
    negations = sum(w in NEGATORS for w in before) + sum(w in DENIALS for w in before)
    negations += _negating_verb(before) + sum(w in DENIALS for w in context)
    if form == "opposite":
        negations += 1
    if negations > 1:
        return None  # "did not deny", "not unhurt": too subtle to call
    mode = _mode(before, context, form)
    passive = form in ("verb", "opposite") and bool(set(before[-2:]) & BE)  # "were rejected by"
    subject = _subject(toks, chunks, index, start)
    rest, agent = _rest(toks, end, chunk[1], passive)
    serious = bool(words & SERIOUS)
    trigger = (toks[start].start, toks[end - 1].end)
    years = tuple(int(w) for w in before + after if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"))
    return Found(concept.name, negations == 0, mode, serious, trigger, subject, rest, agent, years)


_LIGHT = word_set("made reached struck sealed agreed signed")


def _noun_claim(before: list[str], after: list[str]) -> bool:
    """ "no payment", "there were no deaths", "without charge", "received payment", "the payment was made"."""
    if set(before[-3:]) & ({"no", "without", "any"} | _LIGHT | RECEIVING):
        return True
    return bool(after[:1] and after[0] in BE | {"has", "have", "had"} and set(after[1:3]) & _LIGHT)


def _demanded(before: list[str]) -> bool:
    return bool(set(before) & {"call", "calls", "called", "urge", "urged", "pressure", "demand", "demanded"})


def _negating_verb(before: list[str]) -> int:
    """ "refused to pay", "failed to reach", "ruled out resigning": one negation."""
    text = " ".join(before[-4:])
    return int(
        bool(re.search(r"\b(?:refused|refuses|refusing|failed|fails|declined|declines) to\b|\bruled out\b", text))
    )


def _mode(before: list[str], context: list[str], form: str) -> str:
    """ "future" for a plan or promise, "any" for a refusal (neither did nor will), else "done"."""
    if re.search(r"\b(?:refused|refuses|refusing) to\b", " ".join(before[-4:])):
        return "any"
    near = set(before[-4:]) | (set(context[-3:]) if not before else set())
    if near & FUTURE or (form == "base" and "to" in before[-2:]):
        return "future"
    return "done"


def _governing(lowers: list[str], chunks: list[tuple[int, int]], index: int) -> list[str]:
    """The words before a "that" clause back to its reporting verb ("Ferris denied that ..."), else []."""
    if index == 0 or lowers[chunks[index][0]] != "that":
        return []
    previous = chunks[index - 1]
    words = lowers[previous[0] : previous[1]]
    return words if set(words) & REPORTING_OR_DENIAL else []


def _subject(toks: Sequence[Token], chunks: list[tuple[int, int]], index: int, start: int) -> tuple[Span, ...]:
    """Character spans of what a claim is about, before its predicate: the subject of its clause;
    for a pronoun or no subject there, whoever reports it ("the agency said it paid"), the clause
    before ("Ferris denied that she ..."; "Her deputy, Sam Okafor, did not"), or the antecedent of
    a relative clause ("Tom Baird, who has not resigned")."""
    lowers = [t.lower for t in toks]
    chunk = chunks[index]
    first = chunk[0] + (lowers[chunk[0]] in _CLAUSE_OPENERS)
    words = range(first, start)
    report = next((i for i in reversed(words) if lowers[i] in REPORTING_OR_DENIAL), None)
    if report is not None:
        words = range(report + 1, start)  # "Kelso Foods said its Dunmore plant remained open"
    content = [i for i in words if _word(lowers[i]) or lowers[i] in PRONOUNS]
    if report is not None and all(lowers[i].endswith("ing") or lowers[i] in RECEIVING for i in content):
        content = []  # "Tate denied accepting payment": the denier is the subject
    own = tuple((toks[i].start, toks[i].end) for i in content if lowers[i] not in PRONOUNS)
    if own and len(own) == len(content):
        return own
    if report is not None:
        return own + _span(toks, first, report)
    if index == 0:
        return own
    opener, previous = lowers[chunk[0]], chunks[index - 1]
    verb = next((i for i in range(*previous) if lowers[i] in REPORTING_OR_DENIAL), None)
    if opener == "that" and verb is not None:
        return own + _span(toks, previous[0], verb)
    if opener == ",":
        return own + tuple(s for c in chunks[max(0, index - 2) : index] for s in _span(toks, *c))
    if opener in RELATIVES:
        return own + _span(toks, *previous)
    return own


def _span(toks: Sequence[Token], first: int, end: int) -> tuple[Span, ...]:
    return tuple((toks[i].start, toks[i].end) for i in range(first, end) if _word(toks[i].lower))


def _word(lower: str) -> bool:
    """A word that can say what a claim is about: not a function word, number or punctuation mark."""
    return lower[:1].isalpha() and lower not in STOP


def _rest(toks: Sequence[Token], first: int, end: int, passive: bool) -> tuple[Span, Span]:
    """The words after the predicate to the end of its clause, and a passive's "by" phrase in them."""
    stop = next((i for i in range(first, end) if toks[i].lower in _REPORT_END), end)
    if stop <= first:
        return (0, 0), (0, 0)
    by = next((i for i in range(first, stop) if toks[i].lower == "by"), None) if passive else None
    if by is None:
        return (toks[first].start, toks[stop - 1].end), (0, 0)
    rest = (toks[first].start, toks[by - 1].end) if by > first else (0, 0)
    agent = (toks[by + 1].start, toks[stop - 1].end) if by + 1 < stop else (0, 0)
    return rest, agent


# --------------------------------------------------------------------------- claims in a story


@dataclass(frozen=True)
class Claim:
    """A claim as stated by one article, with what it is about resolved against the story's names."""

    found: Found
    article: str
    sentence: int
    report: int
    text: str  # the sentence
    entities: frozenset[str]  # the story's people and organisations in the claim
    subject_entities: frozenset[str]
    words: frozenset[str]  # the claim's content words (stems), beyond the names
    rest: frozenset[str]  # content words after the predicate (what or whom, and how)
    counts: frozenset[tuple[str, str]]  # ("passenger", "40"): counted things after the predicate
    marks: frozenset[str]  # words of CONTRASTS in the claim: "old", "new"

    @property
    def bare(self) -> bool:
        """ "No one was injured", "no arrests have been made": about the story's event itself."""
        return not self.entities and not self.words


def find_contradictions(articles: Sequence[Article], report_of: dict[str, int]) -> tuple[Disagreement, ...]:
    """Yes/no claims that independent reports state with opposite polarity, one disagreement per
    claim, its "yes" side first."""
    found = [
        (found, article, sentence)
        for article in articles
        for sentence in article.sentences
        for found in sentence_claims(sentence.text)
        if not found.years or max(found.years) >= article.date.year  # "in 2019": another occasion
    ]
    reports: dict[tuple[str, bool], set[int]] = {}
    for f, article, _ in found:
        reports.setdefault((f.concept, f.positive), set()).add(report_of.get(article.id, -1))
    yes_no = [(reports.get((c, True), set()), reports.get((c, False), set())) for c in {c for c, _ in reports}]
    if not any(yes and no and len(yes | no) > 1 for yes, no in yes_no):
        return ()  # no claim another report states the other way round: the common case, settled cheaply
    aliases = _aliases(*story_names(articles))
    claims = [
        _resolve(f, article, sentence.index, report_of.get(article.id, -1), sentence.text, aliases)
        for f, article, sentence in found
    ]
    pairs = [
        (a, b)
        for a, b in itertools.combinations(claims, 2)
        if a.report != b.report and a.found.positive != b.found.positive and same_claim(a, b)
    ]
    pairs = [(a, b) for a, b in pairs if not _states_both(a, b, claims) and not _states_both(b, a, claims)]
    return tuple(_disagreement(group, report_of) for group in _components(pairs))


def same_claim(a: Claim, b: Claim) -> bool:
    """Whether two claims are about the same thing (whatever their polarity)."""
    x, y = a.found, b.found
    if x.concept != y.concept or not _modes_meet(x, y):
        return False
    if (not x.positive and x.serious and not y.serious) or (not y.positive and y.serious and not x.serious):
        return False  # "no one was seriously hurt" leaves room for minor injuries
    if a.subject_entities and b.subject_entities and not a.subject_entities & b.subject_entities:
        return False  # two named subjects: the council paying is not Harbour Logistics paying
    if a.rest and b.rest and len(a.rest & b.rest) < max(1, min(len(a.rest), len(b.rest)) / 2):
        return False  # "closed to traffic", "open to pedestrians"; "legalizing pot", "legalization of deliveries"
    if any((one in a.marks and other in b.marks) or (other in a.marks and one in b.marks) for one, other in CONTRASTS):
        return False  # "the old department will close", "the new department will stay open"
    if any(thing == other and n != m for thing, n in a.counts for other, m in b.counts):
        return False  # "paid 40 passengers" and "did not pay 200 passengers"
    if a.bare or b.bare:
        return True
    return bool(a.entities & b.entities or a.words & b.words)


def _modes_meet(a: Found, b: Found) -> bool:
    """Whether two claims speak of the same time: both of what happened, or both of what will;
    also "she stepped down" against "she would not quit" (what happened, and that it will not).
    Not "will step down" against "has not resigned": both can be true."""
    if a.mode == b.mode or "any" in (a.mode, b.mode):
        return True
    done = a if a.mode == "done" else b
    return done.positive and {a.mode, b.mode} == {"done", "future"}


def _states_both(a: Claim, b: Claim, claims: list[Claim]) -> bool:
    """Whether a's report also states b's side of the claim: then it tells of a dispute."""
    return any(
        c.report == a.report and c is not a and c.found.positive == b.found.positive and same_claim(c, b)
        for c in claims
    )


def _components(pairs: list[tuple[Claim, Claim]]) -> list[list[Claim]]:
    """Claims linked by contradiction, grouped; in the order they first appear."""
    groups: list[list[Claim]] = []
    for a, b in pairs:
        joined = [g for g in groups if any(c is a or c is b for c in g)]
        merged = [c for g in joined for c in g]
        for c in (a, b):
            if not any(c is d for d in merged):
                merged.append(c)
        groups = [g for g in groups if not any(g is j for j in joined)] + [merged]
    return groups


def _disagreement(group: list[Claim], report_of: dict[str, int]) -> Disagreement:
    concept = next(c for c in CONCEPTS if c.name == group[0].found.concept)
    sides = []
    for positive in (True, False):
        side = sorted((c for c in group if c.found.positive == positive), key=lambda c: (c.report, c.sentence))
        sources: dict[str, SourceRef] = {}
        for claim in side:
            sources.setdefault(claim.article, SourceRef(claim.article, claim.sentence))
        reports = len({report_of.get(a, hash(a)) for a in sources})
        value = f"{concept.name} | {'yes' if positive else 'no'}"
        sides.append(
            KeyFact(
                "claim", excerpt(side[0].text, side[0].found.trigger), value, tuple(sources.values()), reports=reports
            )
        )
    return Disagreement(slot=f"claim: {concept.label}", values=tuple(sides))


EXCERPT_WORDS = 30  # a longer sentence is cut around the claim


def excerpt(sentence: str, span: tuple[int, int]) -> str:
    """The sentence, or the words around the claim in a long one, with "…" where it was cut."""
    words = list(re.finditer(r"\S+", sentence))
    if len(words) <= EXCERPT_WORDS:
        return sentence
    at = next((i for i, w in enumerate(words) if w.end() > span[0]), 0)
    first = max(0, min(at - EXCERPT_WORDS // 2, len(words) - EXCERPT_WORDS))
    last = first + EXCERPT_WORDS
    text = sentence[words[first].start() : words[last - 1].end()]
    return ("… " if first else "") + text + (" …" if last < len(words) else "")


# --------------------------------------------------------------------------- names


def story_name_lists(articles: Sequence[Article]) -> dict[str, list[str]]:
    """Every person and organisation name in the story as written, by kind, in order of appearance."""
    names: dict[str, list[str]] = {"person": [], "org": []}
    for fact in (f for a in articles for f in a.facts if f.kind in names):
        if fact.value not in names[fact.kind]:
            names[fact.kind].append(fact.value)
    return names


def story_names(articles: Sequence[Article]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The story's people and organisations by kind, full names only ("Joan Ferris", not "Ferris"),
    and the first role the text gives each ("Health Minister")."""
    found = story_name_lists(articles)
    full = {kind: {n: canonical_name(n, kind, values) for n in values} for kind, values in found.items()}
    roles: dict[str, str] = {}
    for fact in (f for a in articles for f in a.facts if f.kind in found and f.role):
        roles.setdefault(full[fact.kind][fact.value], fact.role)
    return {kind: sorted(set(names.values())) for kind, names in full.items()}, roles


def _aliases(names: dict[str, list[str]], roles: dict[str, str]) -> dict[str, frozenset[str]]:
    """Words and phrases that name one of the story's people or organisations: the full name and a
    person's surname, as written; an organisation's last word ("the council") or the last word of
    a role ("the minister"), in lower case. A key that could name two names neither."""
    table: dict[str, set[str]] = {}
    for kind, full_names in names.items():
        for name in full_names:
            words = name.split()
            keys = {name}
            if kind == "person" and len(words) > 1:
                keys.add(words[-1])
            if kind == "org" and len(words) > 1:
                keys.add(words[-1].lower())
            role = roles.get(name, "").lower().split()
            if role:
                keys.add(role[-1])
            for key in keys:
                table.setdefault(key, set()).add(name)
    return {key: frozenset(found) for key, found in table.items() if len(found) == 1}


def _resolve(
    found: Found, article: Article, sentence: int, report: int, text: str, aliases: dict[str, frozenset[str]]
) -> Claim:
    """A claim found in a sentence, with the story's people and organisations it names."""
    subject_text = " ".join(text[a:b] for a, b in found.subject)
    rest_text = text[found.rest[0] : found.rest[1]]
    agent_text = text[found.agent[0] : found.agent[1]]
    subject_entities = _entities(subject_text, aliases)
    entities = subject_entities | _entities(rest_text, aliases) | _entities(agent_text, aliases)
    named = {stem(w) for e in entities for w in e.lower().split()}
    words = _content(f"{subject_text} {rest_text} {agent_text}") - named
    rest = _content(rest_text) - named
    counts = frozenset(
        (stem(noun), number)
        for number, noun in re.findall(r"\b(\d[\d,]*|[a-z]+teen|[a-z]+ty)\s+([a-z]+)", rest_text.lower())
    )
    marks = frozenset(re.findall(r"[a-z]+", f"{subject_text} {rest_text}".lower())) & _MARKS
    return Claim(found, article.id, sentence, report, text, entities, subject_entities, words, rest, counts, marks)


def _entities(text: str, aliases: dict[str, frozenset[str]]) -> frozenset[str]:
    """The story's people and organisations that `text` names, as written: "Joan Ferris", "Ferris",
    or in lower case "council" (the "Council" of a name is not "the council")."""
    plain = " " + " ".join(re.findall(r"[\w'’-]+", text)) + " "
    return frozenset(name for key, names in aliases.items() if f" {key} " in plain for name in names)


_CONCEPT_WORDS = frozenset(w for c in CONCEPTS for p in (*c.verbs, *c.bases, *c.nouns, *c.opposites) for w in p.split())
_NOT_ABOUT = _CONCEPT_WORDS | _LIGHT | RECEIVING | NEGATORS | DENIALS | NEGATING_VERBS | {"new"}


def _content(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z'’-]*", text.lower())
    return frozenset(stem(w) for w in words if w not in STOP and w not in _NOT_ABOUT and len(w) > 2)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, enough to match "raised"/"raises" and "anchors"/"anchorages": suffix off, six letters."""
    for suffix in ("ies", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)][:6]
    return word[:6]
