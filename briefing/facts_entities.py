"""People and organisations, with roles, merged across mentions ("Sam Altman" / "Altman").

Rules, no model: runs of capitalised words are candidates; titles and role words are split
off ("Finance Minister Helena Varga"); the words around a run decide what it is (an org
keyword, "the union Unite", "Harbor chief executive", "Kenya's", "in Lisbon"); single words
need such a cue or an earlier full name they shorten. Places, events and products are dropped.

Real scraped news adds noise the rules also handle: web addresses and tickers are blanked
(`Doc.masked`); bylines, credits and tag lines name nobody in the story; a short quoted title
("“Fox News Sunday”") is a work; Title Case lines only yield "Given Surname" names; a given
name (`FIRST_NAMES`) outweighs an organisation cue ("Clint Eastwood’s empty chair speech"),
and a surname seen in a full name is that person ("Sinema’s campaign manager").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.facts_doc import Doc, within
from briefing.facts_lexicon import (
    CHAMBERS,
    CLUB_WORDS,
    COMMON_WORDS,
    DEMONYMS,
    DOCUMENT_WORDS,
    EVENT_PREFIXES,
    EVENT_WORDS,
    FACILITY_WORDS,
    FIRST_NAMES,
    ILLNESS_WORDS,
    KNOWN_ACRONYMS,
    KNOWN_ORGS,
    MEDIA_AFTER,
    NON_ORG_CAPS,
    ORG_DESCRIPTORS,
    ORG_HEAD_WORDS,
    ORG_KEYWORDS,
    PARTY_MEMBERS,
    PLACE_PHRASES,
    PLACE_PREFIXES,
    PLACE_ROLES,
    PLACE_SUFFIXES,
    PLACE_WORDS,
    PLATFORMS,
    POST_NOMINALS,
    PROPER_BODIES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    STREET_WORDS,
    TITLE_ABBREVIATIONS,
    TITLES,
    VENUE_KEYWORDS,
    WEAK_ORG_KEYWORDS,
    common_word,
    given_name_gender,
    very_common_word,
    word_set,
    zipf,
)

# A capitalised word; a full stop only after an initial or a short title ("Dr.", "J.").
_TOKEN = (
    r"(?<![a-z])(?:(?:[A-Z]\.){2,}(?=\s[A-Z])|(?:[A-Z][a-z]{0,2}|Cmdr|Supt|Insp|Lieut|Prof|Capt)\.(?=\s[A-Z])"
    r"|\d{1,3}(?:st|nd|rd|th)(?=\s[A-Z])|(?<=Channel\s)\d{1,2}\b|[A-ZÀ-ÖØ-Þ][\w'’&-]*\w(?:(?<=s)['’](?=\s(?:(?:and|&|of)\s)?[A-Z]))?"
    r"|(?:al|el|bin|ibn)-[A-Z]\w+|[A-Z])"
)
_CONNECTOR = r"(?:of|for|de|del|da|van|von|der|du|la|le|&|and)"
# Capitalised words, joined by connectors: "Bank of England", "Association for the Advancement of Science".
_RUN = re.compile(rf"{_TOKEN}(?:(?:\s{_CONNECTOR}(?:\sthe)?)?\s{_TOKEN})*")
_POSSESSIVE = re.compile(r"['’]s?$")


class Mention(NamedTuple):
    """One mention of a person or organisation: span in the doc text, name as written, kind, role."""

    start: int
    end: int
    name: str
    kind: str  # "person" or "org"
    role: str = ""
    canonical: str = ""
    rule: str = ""  # which rule decided the kind: to count false finds by rule family


def find_mentions(doc: Doc) -> list[Mention]:
    """Every person and organisation mention in the article, with canonical names filled in."""
    candidates: list[Mention] = []
    kinds: dict[int, str] = {}  # sentence start → "headline", "credit" or "" (ordinary prose)
    titles = doc.titles
    works = doc.works
    credited: set[int] = set()
    for match in _RUN.finditer(doc.masked):
        sentence_start = doc.sentence_start(match.start())
        if sentence_start not in kinds:
            kinds[sentence_start] = _sentence_kind(doc.sentence_text(match.start())[1])
        kind = kinds[sentence_start]
        start, run = match.start(), match.group(0)
        if kind == "headline":  # in Title Case only a "Given Surname" at the end of a run says it is a name
            given = _FIRST_NAME_RUN.search(run)
            start, run = (start + given.start(), given.group(0)) if given else (start, "")
        if kind == "tags" or not run or _common_opening(run):
            continue
        for candidate in _split_run(doc, start, run):
            if not within(titles, candidate.start) and candidate.name not in works:  # “Surrealistic Pillow”: a title
                candidates.append(candidate)
                if kind == "credit":
                    credited.add(candidate.start)
    typed = [m for m in (_classify(doc, c) for c in candidates) if m is not None]
    typed = [m for m in typed if m.start not in credited or m.kind == "org"]  # a byline's people are not the story's
    return _canonicalise(_settle_kinds(_resolve_single_words(doc, typed)), _aliases(doc, typed))


# A byline, a reporting or photo credit, a tag list: names there are not the story's.
_CREDIT = re.compile(
    r"\b(?:contributed to (?:this|the) (?:report|story|article)|(?:[Aa]dditional )?[Rr]eporting by|[Ee]diting by"
    r"|[Ww]riting by|[Ww]ritten by|[Cc]ompiled by|[Pp]hoto(?:s|graph)? by|Getty Images|AP Photo|^By [A-Z][\w'’-]+ [A-Z]"
    r"|[Ff]ollow (?:us|him|her|them) on|[Ss]ign up for)"
)
_FIRST_NAME_RUN = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(FIRST_NAMES)) + r")\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?$"
)


def _common_opening(run: str) -> bool:
    """A lone capitalised word that can never be a name here: a common word ("He", "But", "I",
    "Thursday") or a country ("Ukraine's"). The commonest runs of all, settled before the full
    splitting and classifying, which would drop them the same way."""
    if " " in run:
        return False
    key = _POSSESSIVE.sub("", run).rstrip(".").lower()
    return key in COMMON_WORDS or key in PLACE_WORDS


_CREDIT_HINTS = ("by", "By ", "Getty", "AP Photo", "contributed", "ollow", "ign up")  # a word every credit has


def _sentence_kind(sentence: str) -> str:
    if sentence.startswith(("Read more about:", "Related:", "Tags:", "Topics:")):
        return "tags"
    if any(hint in sentence for hint in _CREDIT_HINTS) and _CREDIT.search(sentence):
        return "credit"
    return "headline" if _title_case(sentence) else ""


# --------------------------------------------------------------------------- splitting runs


def _title_case(sentence: str) -> bool:
    """Whether a sentence is written in Title Case (a headline or caption), where capitals say
    nothing about names."""
    lower = sum(w not in _FUNCTION_WORDS for w in _LOWER_WORD.findall(sentence))
    upper = sum(w.lower() not in _FUNCTION_WORDS for w in _UPPER_WORD.findall(sentence))
    if sentence.rstrip().endswith(".") and _COPULA.search(sentence):
        return False  # "Felecia Bright is president of the Blue Ridge Community Foundation.": prose
    return lower + upper >= 3 and upper >= 0.85 * (lower + upper)


_LOWER_WORD = re.compile(r"(?<!\S)[a-z]\S*")
_COPULA = re.compile(r"\s(?:is|are|was|were|has|have|had)\s")
_UPPER_WORD = re.compile(r"(?<!\S)[A-Z]\S*")


def _split_run(doc: Doc, start: int, run: str) -> list[Mention]:
    """Cut one capitalised run into candidate names: possessives, connectors, titles, sentence starts."""
    pieces: list[Mention] = []
    run = _TRAILING_DAY.sub("", run)  # "Martha McSally Thursday evening"
    month = _TRAILING_MONTH_ABBREVIATION.search(run)
    if month and _DAY_NUMBER_AFTER.match(doc.text, start + len(run)):  # "a refill of Adderall Jan. 6"
        run = run[: month.start()]
    defined = _defined_name(doc, start, run)
    if defined:  # "Immigration and Customs Enforcement (ICE)": the bracket says where the name starts
        name = run[defined:]
        rest = _split_run(doc, start, run[: defined - 1]) if defined > 0 else []
        return [*rest, Mention(start + defined, start + len(run), name, "org", rule="defined")]
    for offset, piece in _possessive_pieces(doc, run):
        pieces.extend(_connector_pieces(start + offset, piece, doc))
    cleaned: list[Mention] = []
    for piece in pieces:
        piece = _drop_leading_words(doc, piece)
        if piece is not None:
            for part in _split_person_after_org(
                _after_party_members(_body_of_qualifiers(_known_then_words(doc, piece)))
            ):
                cleaned.extend(_split_title(part))
    return cleaned


_BRACKETED_ACRONYM = re.compile(r"\s\(([A-Z]{2,6})\)")


def _defined_name(doc: Doc, start: int, run: str) -> int | None:
    """Where, in a run joined by "and", "of" or "for", the name an acronym in brackets after it
    stands for starts: "the U.S. Immigration and Customs Enforcement (ICE)" → "Immigration and …"."""
    match = _BRACKETED_ACRONYM.match(doc.text, start + len(run))
    words = run.split(" ")
    if not match or not any(_CONNECTOR_WORD.fullmatch(w) for w in words[1:-1]):
        return None
    for k in range(len(words) - 2, -1, -1):
        if _CONNECTOR_WORD.fullmatch(words[k]) or words[k] == "the":
            continue
        initials = "".join(w[0] for w in words[k:] if w[0].isupper())
        if initials == match.group(1):
            return len(" ".join(words[:k])) + (1 if k else 0)
        if len(initials) > len(match.group(1)):
            break
    return None


def _split_person_after_org(piece: Mention) -> list[Mention]:
    """An organisation's words, then a person's full name: "Defense Jim Mattis" (of "Secretary of
    Defense Jim Mattis") is "Defense" and the person "Jim Mattis"."""
    words = piece.name.split(" ")
    keyed = [i for i, w in enumerate(words) if _has_org_keyword([w])]
    if not keyed or len(words) - keyed[-1] < 3:
        return [piece]
    for j in range(keyed[-1] + 1, len(words) - 1):
        if words[j] in FIRST_NAMES and _looks_like_name(words[j:]):
            rest = " ".join(words[j:])
            while j > 1 and words[j - 1].endswith(".") and TITLE_ABBREVIATIONS.get(words[j - 1][:-1]):
                j -= 1  # "U.S. Army Maj. Tony Wrice": the rank is the person's, not the body's
            k = j
            while k > keyed[-1] + 1 and words[k - 1].rstrip(".").lower() in _TITLE_OR_ROLE:
                k -= 1
            if k == j or not _org_head(words[k - 1]):
                k = j  # "Senate Intelligence Committee Chairman Richard Burr": the role is neither's name
            head = " ".join(words[:k])
            return [
                piece._replace(end=piece.start + len(head), name=head),
                Mention(piece.end - len(rest), piece.end, rest, "person", rule="after-org"),
            ]
    return [piece]


def _after_party_members(piece: Mention) -> Mention:
    """Party members in the plural, then a name: "Arizona Republicans McCain and Jeff Flake" names McCain."""
    words = piece.name.split(" ")
    inner = [i for i, w in enumerate(words[:-1]) if w in PARTY_MEMBERS]
    if not inner:
        return piece
    rest = " ".join(words[inner[-1] + 1 :])
    return piece._replace(start=piece.end - len(rest), name=rest)


_BODY_QUALIFIERS = word_set("let hard-line democratic republican gop senate house congressional u.s us federal")


def _body_of_qualifiers(piece: Mention) -> Mention:
    """A body named with a qualifier: "Senate GOP", "Democratic Congress", "Let Congress" → "GOP", "Congress"."""
    words = piece.name.split(" ")
    if len(words) < 2 or words[-1] not in _CHAMBER_BODIES:  # (all of them proper bodies)
        return piece
    if not all(w.lower().rstrip(".") in _BODY_QUALIFIERS for w in words[:-1]):
        return piece
    return piece._replace(start=piece.end - len(words[-1]), name=words[-1])


_CHAMBER_BODIES = word_set("Congress Senate GOP")
_BODY_AS_ADJECTIVE = re.compile(
    r"^(?:-|\s[A-Z]|\s(?:senators?|leaders?|leadership|lawmakers|members|seats?|nominees?|candidates?|majority"
    r"|minority|primary|primaries|race|bill|plan|conference|caucus|colleagues|aides|staff|staffers|establishment"
    r"|base|side|votes?|control|rules?|hearings?|floor|committees?|panels?|version|measure|proposal|budget"
    r"|donors?|voters|operatives|strategists?|officials?|sources?|insiders?|incumbents?|governors?|chairman)\b)"
)


def _known_then_words(doc: Doc, piece: Mention) -> Mention:
    """A well-known organisation followed by capitalised words the article also writes in lower
    case ("the Red Cross Left…", "the British left") is that organisation, and a stray capital."""
    words = piece.name.split(" ")
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if head in KNOWN_ORGS:
            tail = words[k:]
            if all(not _has_org_keyword([w]) and _seen_lowercase(doc, w.lower()) for w in tail):
                return piece._replace(end=piece.start + len(head), name=head)
            break
    return piece


# A month's short name after a name, then a day: "mailing Adderall Jan. 6 to her daughter".
_TRAILING_MONTH_ABBREVIATION = re.compile(r"\s(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$")
_DAY_NUMBER_AFTER = re.compile(r"\.?\s\d{1,2}\b")
_TRAILING_DAY = re.compile(
    r"(?:\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July"
    r"|August|September|October|November|December))+$"
)


_POSSESSIVE_GAP = re.compile(r"[\w]['’]s?\s")
_CONNECTOR_WORD = re.compile(_CONNECTOR)
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _possessive_pieces(doc: Doc, run: str) -> list[tuple[int, str]]:
    """ "Kenya's Grace Kiprop" → "Kenya's", "Grace Kiprop"; "Women's Tennis Association" stays whole,
    but a place owns what follows: "New York’s Mount Sinai Hospital"."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in _POSSESSIVE_GAP.finditer(run):
        rest = run[match.end() :]
        owner = run[start : match.end()]
        owned = _POSSESSIVE.sub("", owner.strip())
        if (
            _has_org_keyword(rest.split())
            and not _has_org_keyword(owner.split())
            and not _is_place(doc, owned)
            and (" " in owned or common_word(owned.lower()))
        ):
            continue  # "Women's Tennis Association"; but "Integris' Baptist Medical Center" is Integris's
        if _has_org_keyword(rest.split()) and _of_common_plural(owned.split()):
            continue  # "Department of Children's Services": those it serves, not its owner
        if start == 0 and _named_for(doc, owned, rest):
            continue  # "the Alzheimer's Association": named for what it works on
        pieces.append((start, run[start : match.end() - 1]))
        start = match.end()
    pieces.append((start, run[start:]))
    return pieces


def _named_for(doc: Doc, owned: str, rest: str) -> bool:
    """A body's head word after a single name in the possessive the article never writes alone:
    "Alzheimer's Association"; not "Kenya's Parliament" nor "Integris' Baptist Medical Center"."""
    if " " in owned or " " in rest or not _org_head(rest) or _is_place(doc, owned) or common_word(owned.lower()):
        return False
    return not re.search(rf"\b{re.escape(owned)}\b(?!['’])", doc.text)


_IRREGULAR_PLURALS = word_set("children women men people")


def _of_common_plural(words: list[str]) -> bool:
    """ "Administration of Children", "Council for Veterans": a body's words that end in people it serves."""
    if len(words) < 3 or words[-2] not in {"of", "for"}:
        return False
    last = words[-1].lower()
    return last in _IRREGULAR_PLURALS or _plural_of_common_word(last)


def _plural_of_common_word(word: str) -> bool:
    """A common word ending in "s" whose singular is one too: "veterans", "Employers"."""
    return word.endswith("s") and common_word(word.lower()) and common_word(word[:-1].lower())


def _is_place(doc: Doc, name: str) -> bool:
    """Whether a name is a country or state, or the article shows it to be a place ("in Portmere")."""
    return name.lower() in PLACE_WORDS or name in doc.places or name in doc.after_in


def _connector_pieces(start: int, piece: str, doc: Doc | None = None) -> list[Mention]:
    """Keep "University of Montreal" whole, but split "Norway and Iceland" or "mayor of Port Alder"."""
    words = piece.split(" ")
    parts: list[tuple[int, int]] = []
    first = 0
    for i, word in enumerate(words):
        if _CONNECTOR_WORD.fullmatch(word) and not _joins(words, i, first, doc):
            parts.append((first, i))
            first = i + 2 if i + 1 < len(words) and words[i + 1] == "the" else i + 1
    parts.append((first, len(words)))
    mentions = []
    for a, b in parts:
        if a >= b:
            continue
        offset = start + len(" ".join(words[:a])) + (1 if a else 0)
        name = " ".join(words[a:b])
        mentions.append(Mention(offset, offset + len(name), name, ""))
    return mentions


_PARTICLES = frozenset({"van", "von", "de", "del", "da", "der", "du", "la", "le"})


def _up_to_connector(words: list[str], i: int) -> list[str]:
    """The words after connector `i`, up to the next connector."""
    rest = words[i + 1 :]
    ends = [j for j, w in enumerate(rest) if _CONNECTOR_WORD.fullmatch(w)]
    return rest[: ends[0]] if ends else rest


def _joins(words: list[str], i: int, first: int = 0, doc: Doc | None = None) -> bool:
    """Whether a connector joins one organisation's name: "Bank of England", "Procter & Gamble",
    "Association for the Advancement of Science" (an organisation word anywhere before it).
    `first` is where the name being built starts (after a connector that split the run)."""
    if words[i] == "&":
        return True
    if (
        words[i] in _PARTICLES
        and 0 < i < len(words) - 1
        and _NAME_WORD.fullmatch(words[i - 1])
        and _NAME_WORD.fullmatch(words[i + 1])
        and not _has_org_keyword(words)
    ):
        return True  # "Antoni van Leeuwenhoek", "Ursula von der Leyen"
    if (
        words[i] == "and"
        and words[i + 1 : i + 2] != ["the"]  # "Israel and the United States" are two
        and len([w for w in words[:i] if w != "The"]) == 1
        and not words[i - 1].isupper()  # "FBI and Congress" are two
        and _has_org_keyword(_up_to_connector(words, i))
        and not (doc is not None and _is_place(doc, words[i - 1]))  # "in Vienna and Associated Press …": two
    ):
        return True  # "Nurses' and Midwives' Union"; not "Obama and George Stephanopoulos of ABC News"
    if words[i] == "and" and (_and_before_head(words, i, first) or _and_after_head(words, i)):
        return True
    before = [w.rstrip("'’s") for w in words[:i]]
    if words[i] == "for" and _advocates(words[:i]):
        return True  # "Arizona Employers for Immigration Reform", "Physicians for Human Rights"
    return words[i] in {"of", "for"} and any(w in ORG_KEYWORDS for w in before)


def _advocates(words: list[str]) -> bool:
    """Whether words before "for" name the people of a group that stands for something: a common
    noun in the plural ("Employers", "Citizens"), after at most one word ("Arizona Employers")."""
    last = words[-1]
    if len(words) > 2 or last.endswith("ss") or last in PARTY_MEMBERS:
        return False
    return _plural_of_common_word(last)


def _and_before_head(words: list[str], i: int, first: int) -> bool:
    """ "and" inside a body's name that ends in its head word: "House Ways and Means Committee",
    "US Fish and Wildlife Service"; not "Israel and the United States", "FBI and Congress", nor
    "Ministry of Defence and Foreign Office", "White House and Justice Department" (a body before it: two)."""
    after = _up_to_connector(words, i)
    before = words[first:i]
    return (
        bool(before)
        and i < len(words) - 1
        and words[i + 1] != "the"
        and not words[i - 1].isupper()
        and not words[i + 1].isupper()
        and _org_head(after[-1])
        and not any(_CONNECTOR_WORD.fullmatch(w) or _org_head(w) for w in before)
        and not (_has_org_keyword(before[-1:]) and before[-1] not in WEAK_ORG_KEYWORDS)  # not "Homeland Security"
        and before[-1] not in CHAMBERS  # "White House and Justice Department", "Senate and House …": two
        and " ".join(w for w in before if w != "The") not in KNOWN_ORGS
    )


def _and_after_head(words: list[str], i: int) -> bool:
    """ "and" in the last part of a body's name after "of": "Bavarian State Collection of
    Paleontology and Geology"; not "University of Michigan and Ohio State" (a place), "Department
    of Justice and FBI", "Bank of England and Barclays", "Ministry of Defence and Foreign Office"."""
    joined = [j for j in range(1, i) if words[j] in {"of", "for"} and _org_head(words[j - 1])]
    rest = words[i + 1 :]
    return (
        bool(joined)
        and 0 < len(rest) <= 3
        and rest[0] != "the"
        and not any(_CONNECTOR_WORD.fullmatch(w) for w in words[joined[-1] + 1 : i] + rest)
        and not any(w.isupper() or w.rstrip("'’s") in ORG_KEYWORDS for w in rest)
        and rest[0] not in FIRST_NAMES
        and rest[0].lower() not in PLACE_WORDS
        and " ".join(rest) not in KNOWN_ORGS
    )


def _org_head(word: str) -> bool:
    return _POSSESSIVE.sub("", word).rstrip(".") in ORG_HEAD_WORDS


def _drop_leading_words(doc: Doc, piece: Mention) -> Mention | None:
    """Drop "The", and a capitalised common word that merely starts a sentence ("Shares of ...")."""
    words = piece.name.split(" ")
    start = piece.start
    titled = False  # "in The Lancet": a capital "The" inside a sentence starts a name of an organisation
    while words and " ".join(words) not in KNOWN_ORGS:
        word = words[0]
        lowered = _POSSESSIVE.sub("", word).lower()
        at_sentence_start = doc.sentence_start(start) == start or doc.text[max(0, start - 1)] in '"“('
        if word == "The" and not at_sentence_start and _WORK_OR_PLACE_BEFORE.search(doc.text, 0, start):
            return None  # "in The Hague", "his book, The Population Bomb": a place or a work
        titled = titled or (word == "The" and not at_sentence_start)
        given = word in FIRST_NAMES and len(words) > 1  # "Keith Fitzgerald Knowles Jr." starts a sentence
        if (
            lowered in {"the", "a", "an"}
            or _CONTRACTION.fullmatch(word)
            or (word in _LEFT_CONNECTORS and start != piece.start)  # "Obama and Senate …" less "Obama"
            or (
                at_sentence_start
                and not given
                and not _place_led_body(words)
                and (
                    lowered in COMMON_WORDS
                    or _seen_lowercase(doc, lowered)
                    or (len(words) > 2 and doc.words[word] < 2 and common_word(lowered))
                    or _sentence_adverb(lowered)
                )
            )
        ):
            start += len(word) + 1
            words = words[1:]
            continue
        break
    if not words:
        return None
    name = " ".join(words)
    kind, rule = ("org", "capital-the") if titled else (piece.kind, piece.rule)
    return piece._replace(start=start, end=start + len(name), name=name, kind=kind, rule=rule)


_LEFT_CONNECTORS = frozenset({"and", "of", "for", "&"})


def _sentence_adverb(lowered: str) -> bool:
    """A common adverb in -ly that opens a sentence before a name ("Apparently Lenovo liked …",
    "Finally Smith …"): no part of the name."""
    return len(lowered) > 4 and lowered.endswith("ly") and common_word(lowered)


def _place_led_body(words: list[str]) -> bool:
    """A body named after its place, the place starting with a common word: "New Orleans Police
    Department", "North Dakota Highway Patrol" (not "New" merely starting the sentence)."""
    return (
        len(words) > 2
        and words[0].lower() in PLACE_PREFIXES
        and _NAME_WORD.fullmatch(words[1]) is not None
        and not _has_org_keyword(words[1:2])
        and _has_org_keyword(words[2:])
    )


_ROLE_SHAPED = re.compile(r"[a-z]{3,}(?<!pian)(?<!bapt)ist$")  # "neurologist", "meteorologist"
_WORK_OR_PLACE_BEFORE = re.compile(r"\b(?:book|film|movie|album|novel|song|play|documentary|series|show|report),?\s$")
_CONTRACTION = re.compile(r"I['’](?:m|ll|ve|d)")  # "Hi, I'm Olivia"


def _split_title(piece: Mention) -> list[Mention]:
    """Split titles off a name: "Prime Minister Janet Holloway" is the person "Janet Holloway"
    with the role "Prime Minister"; "OpenAI CEO Sam Altman" also names the organisation "OpenAI"."""
    words = piece.name.split(" ")
    titles = [
        i
        for i, w in enumerate(words[:-1])
        if w.rstrip(".").lower() in _TITLE_OR_ROLE and not all(x.rstrip(".") in _SUFFIXES for x in words[i + 1 :])
    ]  # "Martin Luther King Jr.": a surname before a suffix is no title
    if not titles or _has_org_keyword(words[titles[-1] + 1 :]) or words[-1].lower() in PLACE_SUFFIXES:
        return [piece]  # "Martin Luther King Boulevard": a street
    last = titles[-1]
    rest = " ".join(words[last + 1 :])
    honorific = all(w.rstrip(".").lower() in TITLES for w in words[: last + 1])
    role = "" if honorific else " ".join(words[: last + 1])
    person = Mention(piece.end - len(rest), piece.end, rest, "person", role, rule="title")
    owner = words[: titles[0]]
    while owner and owner[0].lower() in ROLE_MODIFIERS:
        owner = owner[1:]
    if not owner or any(w.lower() in ROLE_MODIFIERS for w in owner):
        return [person]
    if words[titles[0]].rstrip(".").lower() in PLACE_ROLES or _ROLE_SHAPED.search(owner[-1].lower()):
        return [person]  # "Pleasant Hill Mayor Tim Flaherty": a place; "Neurologist Dr. Bryan Young": a role
    if len(owner) == 1 and owner[0] not in KNOWN_ORGS and common_word(owner[0].lower()):
        return [person]  # "Flying Officer Peter Moore": no organisation
    if all(w.replace(".", "").lower() in _NOT_NAMES or w.lower() in PLACE_WORDS for w in owner):
        return [person]  # "Democratic U.S. Rep. Kyrsten Sinema": a party and a country, no organisation
    name = " ".join(owner)
    start = piece.start + piece.name.index(name)
    return [Mention(start, start + len(name), name, "org", rule="title-owner"), person]


_TITLE_OR_ROLE = TITLES | ROLE_NOUNS


def _seen_lowercase(doc: Doc, lowered: str) -> bool:
    """Whether the article also uses the word in lower case: "Shares" at a sentence start is common."""
    return len(lowered) > 2 and doc.words[lowered] > 0


# --------------------------------------------------------------------------- classifying

_NOT_NAMES = word_set("us uk usa republican democrat democratic conservative liberal democrats republicans")
_FUNCTION_WORDS = word_set("a an the and or but of for to in on at by with from as is")
# A word of a person's name: "Okafor", "McConnell", "LeFang", "O'Brien", "Ben-Zvi", an initial "J."
_NAME_WORD = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]*(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)*[a-zß-öø-ÿ]|[A-Z]\.?|(?:al|el|bin|ibn)-[A-Z][a-z]+"
)
_BASED = re.compile(r"^[\w.-]+-(?:based|backed|led|owned|funded|run)\s")  # "Manchester-based Ramadhan Foundation"
_MADE_BY = re.compile(r"-(?:directed|produced|written|led|backed|owned|funded)$")  # "a James Wan-directed film"
_DEMONYM = re.compile(r"(?:ian|ican|ish|ese|ic|ean)s?$")  # "Norwegian", "Americans"
_NOT_A_NAME_BEFORE = re.compile(r"\b(?:ticker|symbol|hashtag|app|platform)\s$")
_SHARES_OF = re.compile(r"\b(?:shares|stock|subsidiary|unit|division|customers|employees) (?:of|in|at) $")
_MEDIA_AFTER = re.compile(r"^['’]?s?\s(?:news\s)?(?:" + "|".join(MEDIA_AFTER) + r")\b")  # "the Interfax news agency"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|across|into|outside|around)\s$")  # not "to": "said to X"
_VERB_AFTER = re.compile(r"^\s(?:has|have|is|was|will|plans|reported)\b")


def _classify(doc: Doc, mention: Mention) -> Mention | None:
    """Person, organisation, or None (a place, event, product, month, or too unsure)."""
    unowned = _POSSESSIVE.sub("", mention.name).rstrip(".")
    name = _BASED.sub("", unowned)
    mention = mention._replace(start=mention.start + len(unowned) - len(name))
    name = _MADE_BY.sub("", name)
    words = name.split()
    campus = _CAMPUS_AFTER.match(doc.text, mention.start + len(unowned)) if words[:2] == ["University", "of"] else None
    if campus and unowned == name:
        name = f"{name} at {campus.group(1)}"  # "University of North Carolina at Chapel Hill": one campus
        words = name.split()
    if len(words) > 2 and words[-2:] == ["Public", "Affairs"] and _has_org_keyword(words[-3:-2]):
        words = words[:-2]  # "7th Air Force Public Affairs": the body's press office names the body
        name = " ".join(words)
    if _the_house(doc, mention, name):
        return mention._replace(name=name, end=mention.start + len(name), kind="org", rule="chamber")
    if not words or _numbered(words) is None or _not_an_entity(doc, mention, words):
        return None
    opening, closing = doc.text[mention.start - 1 : mention.start], doc.text[mention.end : mention.end + 1]
    before_all = doc.text[max(0, mention.start - 30) : mention.start]
    if opening and closing and opening in '"“' and closing in '"”':
        return None  # the whole of a quotation: a title ("Far Orbit"), not a name
    if (
        opening == "(" and re.match(r"\)\s*(?:\n|$)", doc.text[mention.end : mention.end + 3])
    ) or _COPYRIGHT_BEFORE.search(before_all):
        return None  # "… on his own. (AP)", "Copyright © 2013 AFP": a credit line
    if opening == "(" and (
        re.match(r"\)\s?[-–—]", doc.text[mention.end : mention.end + 3]) or _DATELINE_BEFORE.search(before_all)
    ):
        return None  # "PERTH (Reuters) -", "Tokyo (CNN) Seven sailors": the agency's dateline credit
    before = doc.text[max(0, mention.start - 60) : mention.start]
    after = doc.text[mention.end : mention.end + 60]
    mention = mention._replace(name=name, end=mention.start + len(name))
    if len(words) >= 3 and not _has_org_keyword(words) and _leading_description(doc, words):
        cut = len(words[0]) + 1  # "the office of Philadelphia Michael Nutter", "Pakistan-born Khuram Butt"
        words = words[1:]
        name = name[cut:]
        mention = mention._replace(start=mention.start + cut, name=name)
    if len(words) == 1 and _AFFIX_BEFORE.search(before_all):
        return None  # "neo-Nazi", "anti-Trump", "pro-Moscow": a word made of the name, not the name
    if _CASE_BEFORE.search(before_all):
        return None  # "Brown v. Board of Education": a party to a case names the case
    if words[-1] in FACILITY_WORDS:
        return _facility_owner(mention, words)
    if words[-1] in VENUE_KEYWORDS and _place_cue(before):
        return None  # "exhibitions at Westfield Library": a venue
    org_role = _org_descriptor(before, after)
    if len(words) == 1 and _place_name(doc, name, []) and not _PUBLISHED_IN.search(before):
        return None  # "Portmere branch secretary": a place qualifying a role; but "published in PeerJ"
    if len(words) == 1 and doc.sentence_start(mention.start) == mention.start and _common_capital(doc, name):
        return None  # "Staff researcher Barbara Hijek": a common word that starts a sentence
    if len(words) > 1 and words[-1].rstrip(".").lower() in _ENDING_ROLES and not _has_org_keyword(words[-1:]):
        return None  # "Senate Majority Leader", "FBI Special Agent": a title, no name
    if name in _CHAMBER_BODIES and _BODY_AS_ADJECTIVE.match(after):
        return None  # "GOP Rep. Martha McSally", "one GOP senator", "22 Senate seats": not the body itself
    if rule := _org_form_rule(name, words, before, after, doc):
        owns_role = mention.rule == "title-owner"  # "OpenAI CEO Sam Altman"
        if rule in _NEEDS_EVIDENCE and not (owns_role or org_role or _org_evidence(doc, name, before, after, rule)):
            return None  # "DDT", "ObamaCare", "Social Security": a form alone says too little
        return mention._replace(kind="org", role=org_role, name=_without_legal_form(name), rule=rule)
    if len(words) == 2 and words[1] in PARTY_MEMBERS and _party_qualifier(doc, words[0]):
        return mention._replace(kind="org", role=org_role, rule="party-name")  # "the Social Democrats"
    if len(words) > 1 and (_TICKER_AFTER.match(after) or _ends_in_acronym(words)):
        return mention._replace(kind="org", role=org_role, rule="ticker/acronym-end")  # "Everest ER", "Naval ROTC"
    called = _CALLED_BEFORE.search(before)
    if called:
        return mention._replace(
            kind="org", role=org_role or called.group(1), rule="called"
        )  # "a local store, called Centrum"
    if words[-1].rstrip(".").lower() in ROLE_NOUNS or words[-1].rstrip(".").lower() in TITLES:
        return None  # "Broward Sheriff's detectives", "Senate Majority Leader": a title, no name
    if mention.kind == "person":
        return mention._replace(role=mention.role or _person_role(before, after), rule=mention.rule or "title")
    if mention.kind == "org" and mention.rule == "capital-the" and not _org_evidence(doc, name, before, after, ""):
        return None  # "The Uncensored Story", "The Night Before Christmas": a work's title as often as a body
    if mention.kind == "org":  # named in a role: "OpenAI CEO"
        return mention
    person_role = _person_role(before, after)
    if len(words) >= 2 and words[0] in FIRST_NAMES and _looks_like_name(words):
        return mention._replace(
            kind="person", role=person_role, rule="given-name"
        )  # "Clint Eastwood's empty chair speech"
    if org_role or _org_cue(before, after):
        return mention._replace(kind="org", role=org_role, rule="descriptor" if org_role else "org-cue")
    several, article_before = len(words) >= 2, bool(_ARTICLE_BEFORE.search(before))
    # a single word with no "the" or "a" before it waits for the full names
    if (several or article_before) and not person_role and _told_outlet(doc, mention.start, words, after):
        return mention._replace(kind="org", rule="told")  # "told Rolling Stone,", "told the Guardian the judge …"
    if _WHO_AFTER.match(after) and len(words) >= 2 and _looks_like_name(words):
        return mention._replace(kind="person", role=person_role, rule="who")  # "Ivan Urgant, who replied"
    if len(words) == 1 and _POLITICIAN_AFTER.match(after) and _NAME_WORD.fullmatch(name):
        return mention._replace(kind="person", role=person_role, rule="politician")  # "the Trump administration"
    if _establishment(doc, words, after) or _SAYS_AFTER.match(after):
        return mention._replace(
            kind="org", role=org_role, rule="establishment/says"
        )  # "Moyle Mink Ranch in Burley"; "the Front that claimed"
    newsroom = _NEWSROOM_AFTER.match(after) and (several or not common_word(name.lower()))  # not "a London reporter"
    if article_before and (newsroom or (several and _THE_SAID.match(after))):
        return mention._replace(
            kind="org", rule="the-reported"
        )  # "The Weather Channel reported", "a Page Six reporter"
    if not person_role and article_before:
        return None  # "the Great Depression", "a History Channel special": names of things
    if len(words) >= 2 and _TITLE_BEFORE.search(before) and _looks_like_name(words):
        return mention._replace(kind="person", role=person_role, rule="title-abbr")  # "Sens. Ted Cruz of Texas"
    if (
        len(words) > 1
        and not person_role
        and words[0] not in FIRST_NAMES
        and all(common_word(w.lower()) for w in words)
    ):
        return None  # "Maybe Much Worse": every word an ordinary one, and no given name
    if person_role or (len(words) >= 2 and _looks_like_name(words) and not _place_cue(before)):
        if person_role or _person_evidence(doc, words, before, after) or not common_word(words[0].lower()):
            return mention._replace(kind="person", role=person_role, rule="name-shape")
        return None  # "Great Depression", "Lucky Strike": common words, and nothing says a person
    return mention._replace(kind="", rule="single")  # a single word: decided once all full names are known


# "The Weather Channel reported that"; not "the Middle East, said" (a person's place, then the person's words)
_THE_SAID = re.compile(r"^\s(?:(?:has|had)\s)?(?:said|reported|announced|confirmed|denied|stated)\b")
_NEWSROOM_AFTER = re.compile(r"^\s(?:reporter|correspondent|columnist)\b")  # "told a Page Six reporter"
_HOUSE_AS_ADJECTIVE = re.compile(
    r"^['’]?s?\s(?:(?:and|or)\s(?:the\s)?Senate\s[a-z]|oversight|speaker|intelligence|of|for|at|in\s[A-Z])\b"
)
_LEGISLATURE_WORDS = re.compile(r"\b(?:Senate|Congress|lawmakers|Representatives|congressman|congresswoman)\b")


def _the_house(doc: Doc, mention: Mention, name: str) -> bool:
    """ "passed the House", "the House and possibly the Senate": the chamber, in an article about a
    legislature; not "the House floor", "House and Senate committees", "the House of Blues"."""
    if name != "House" or doc.text[max(0, mention.start - 4) : mention.start] != "the ":
        return False
    after = doc.text[mention.start + len(name) : mention.start + len(name) + 40]
    if _BODY_AS_ADJECTIVE.match(after) or _HOUSE_AS_ADJECTIVE.match(after):
        return False
    return _LEGISLATURE_WORDS.search(doc.text) is not None


_AFFIX_BEFORE = re.compile(r"\b(?:neo|anti|pro|non|post|pre|sub|trans|mid)-$")
_CAMPUS_AFTER = re.compile(r"\sat\s([A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2})(?![\w-])")
_CASE_BEFORE = re.compile(r"[A-Z][\w'’-]*\sv(?:s)?\.\s$")
_ENDING_ROLES = ROLE_NOUNS | {"agent"}  # "FBI Special Agent": a title, no name (not one before it: "Agent Orange")
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\([Cc]\)|Copyright)\s(?:\d{4}\s)?$")
# A paragraph's opening "(" or a place in capitals before it: "(CNN) Your tracker …", "Tokyo (CNN) Seven …".
_DATELINE_BEFORE = re.compile(r"(?:^|\n\n)(?:[A-Z][\w.,]*\s){0,3}\($")
# Something named that speaks, and is no person: "the Animal Liberation Front that claimed", "…, which said".
_SAYS_AFTER = re.compile(
    r"^,?\s(?:that|which)\s(?:has\s|have\s|had\s)?(?:said|says|claimed|claims|announced|reported|stated|confirmed"
    r"|denied|published|posted|issued|employs|owns|operates|sells|makes)\b"
)
_IN_PLACE_AFTER = re.compile(r"^\s(?:in|near|outside)\s[A-Z]")
HEAD_ZIPF = 3.3  # "ranch" is 3.5, "auctions" 3.4


def _establishment(doc: Doc, words: list[str], after: str) -> bool:
    """A proper name and a compound common noun, located somewhere, is a business or body there:
    "Frazier Fur Farm in Plains", "Moyle Mink Ranch in Burley"; not "Stanley White in Plains" (two
    words, a person's shape), nor a name ending in a surname the article uses alone ("Hunt said")."""
    if len(words) < (4 if words[0] in FIRST_NAMES else 3) or not _IN_PLACE_AFTER.match(after):
        return False
    if not all(w.isalpha() and zipf(w.lower()) >= HEAD_ZIPF for w in words[-2:]):
        return False  # a compound common noun ends it: "Fur Farm", "Mink Ranch"
    head = words[-1]
    return not re.search(rf"\b{re.escape(head)},?\s(?:said|says|told|was|is|has|had|added)\b", doc.text)


# A title abbreviation the run of capitals did not take in: "Sens. Ted Cruz", "Messrs. Smith".
_TITLE_BEFORE = re.compile(r"\b(?:Sens|Reps|Govs|Drs|Messrs|Profs|Supt|Insp|Cmdr|Capt|Sgt|Lt|Col|Maj|Gen|Adm)\.\s$")
_EVENT_AFTER = re.compile(
    r"\s(?:[a-z-]+\s)?(?:event|festival|concert|exhibition|parade|celebration|tournament|ceremony|gala"
    r"|race|election|elections|primary|runoff|seat)\b"
)
# "Associated Investigative Services Inc.": the name is without the legal form; "Director" ends a role.
_LEGAL_SUFFIX = re.compile(r"(?<=\S\s\S)(\S*),?\s(?:Inc|Corp|Ltd|LLC|plc|PLC|Co|Director|Chairman|President)\.?$")
_LEGAL_FORM = re.compile(r"(?<=\w),?\s(?:Inc|Corp|Ltd|LLC|plc|PLC|Co)\.?$")  # "Boeing Co": one word before


def _without_legal_form(name: str) -> str:
    """ "Associated Investigative Services" for "… Services Inc.", "Dainichi-Invest" for "Dainichi-Invest
    Corporation"; but "Aerospace Corporation" keeps its word, for "Aerospace" alone is a common one."""
    name = _LEGAL_FORM.sub("", _LEGAL_SUFFIX.sub(r"\1", name))
    head, _, last = name.rpartition(" ")
    if last in _LEGAL_WORDS and head and (" " in head or zipf(head.lower()) < LEGAL_HEAD_ZIPF):
        return head
    return name


def _party_qualifier(doc: Doc, word: str) -> bool:
    """ "Social" of "Social Democrats", "Young" of "Young Republicans": not a chamber, a place or a
    party word ("House Republicans", "Arizona Democrats" are members, not a party)."""
    lowered = word.lower().rstrip(".")
    return not (word in CHAMBERS or lowered in _NOT_NAMES or _is_place(doc, word) or lowered in PLACE_WORDS)


def _org_form_rule(name: str, words: list[str], before: str, after: str, doc: Doc) -> str:
    """Which form makes a name an organisation's, "" if none: also says which forms need more
    evidence. (Each test runs once: the acronym's looks through the whole article.)"""
    if name in KNOWN_ORGS:
        return "known"
    if _has_org_keyword(words):
        form = "keyword"
    elif _acronym_org(name, before, after, doc):
        form = "acronym"
    elif _camel_case(name):
        form = "camel"
    elif _numbered(words):
        form = "numbered"
    elif "for" in words[1:-1] and _advocates(words[: words.index("for")]):
        form = "advocacy"
    else:
        return ""
    if name in KNOWN_ACRONYMS:
        return "known"
    if form == "keyword":
        strong = any(
            _POSSESSIVE.sub("", w).rstrip(".") not in WEAK_ORG_KEYWORDS for w in words if _has_org_keyword([w])
        )
        return "keyword" if strong else "weak-keyword"
    return form


# Forms that make an organisation only with a cue beside them: a bare acronym ("DDT", "DACA",
# "JFK"), a brand-like capital inside a word ("ObamaCare", "PurePulse"), a name whose only
# organisation word is a weak one ("Social Security", "Neighborhood Watch").
_NEEDS_EVIDENCE = frozenset({"acronym", "camel", "weak-keyword"})
_STATEMENT_AFTER = re.compile(
    r"^['’]?s?,?\s(?:(?:has|had|have)\s)?(?:said|says|told|announced|confirmed|denied|declined|reported|stated"
    r"|spokes(?:man|woman|person)|statement|press release|report)\b"
)
_SPOKESPERSON_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|statement|lawyers?|officials?|chief|director|head|member)s?"
    r"\s(?:for|of|from|at)\s(?:the\s)?$"
)
# Whom one speaks to: "in a statement to", "in an interview with", "speaking with"; also opening a sentence.
_INTERVIEW = r"(?:[Ii]n\s(?:a|an)\s(?:[a-z]+\s)?(?:statement|interview|e-?mail)|[Ss]peaking|spoke)\s(?:to|with)"
_SOURCE_BEFORE = re.compile(
    r"\b(?:told|tells|according to|(?:reported|polled|surveyed|conducted|published|owned|run|released) by|aired on|on"
    rf"|{_INTERVIEW})\s(?:[Tt]he\s)?$"
)


_APPOSITION_DESCRIPTOR = re.compile(rf"^,\s(?:the|a|an)\s(?:[\w'’-]+\s){{0,3}}?(?:{'|'.join(ORG_DESCRIPTORS)}|label)\b")
_DESCRIPTOR_COMMA_BEFORE = re.compile(rf"\b(?:{'|'.join(ORG_DESCRIPTORS)}|label),\s$")
_DESCRIPTOR_NEXT = re.compile(rf"^\s(?:{'|'.join(ORG_DESCRIPTORS)})\b")  # "the CGF union"
_PUBLISHED_IN = re.compile(r"\b(?:published|appeared|wrote|writing|reported)\s(?:[\w-]+\s){0,4}in\s(?:[Tt]he\s)?$")


def _org_evidence(doc: Doc, name: str, before: str, after: str, rule: str) -> bool:
    """A cue beside a name that only an organisation's form suggests: "X said in a statement",
    "a spokesperson for X", "X's chief executive", "told X", "according to X", "X (ABC)", a
    name it was defined for in brackets ("… Foundation (ALCF)"), "X, the company"."""
    if _STATEMENT_AFTER.match(after) or _SPOKESPERSON_BEFORE.search(before) or _SOURCE_BEFORE.search(before):
        return True
    if _PUBLISHED_IN.search(before) or re.match(r"^,\s(?:which|that)\s[a-z]+s\b", after):
        return True  # "published online last year in The Lancet"; "The Thing Project, which works on"
    if _org_cue(before, after) or _SAYS_AFTER.match(after) or _TICKER_AFTER.match(after):
        return True
    if _APPOSITION_DESCRIPTOR.match(after) or _DESCRIPTOR_COMMA_BEFORE.search(before) or _DESCRIPTOR_NEXT.match(after):
        return True  # "LKAB, the state-owned company", "a major label, RCA,"
    if rule == "acronym" and re.search(rf"[A-Z][\w'’-]*\s\((?:[A-Z]+:)?{re.escape(name)}\)", doc.text):
        return True  # defined in brackets: "… Foundation (ALCF)", "Keurig Green Mountain (NASDAQ:GMCR)"
    return rule == "weak-keyword" and doc.words[name.split()[-1]] >= 2 and _ARTICLE_BEFORE.search(before) is not None


_LEGAL_WORDS = word_set("Corporation Incorporated Limited")
LEGAL_HEAD_ZIPF = 3.0  # "aerospace" is 3.3


# A name with a number in it: "MI5", "Denver7" (a station), "7th Fleet", "Channel 4".
_NUMBERED_WORD = re.compile(r"[A-Z]{2,4}\d|[A-Z][a-z]{2,}\d{1,2}|\d{1,3}(?:st|nd|rd|th)|\d{1,2}")
_NUMBERED_ALONE = re.compile(r"[A-Z]{2,4}\d|[A-Z][a-z]{2,}\d{1,2}")  # "MI5", "Denver7"; not "UC3 Nautilus"


def _numbered(words: list[str]) -> bool | None:
    """Whether a name has a number in a shape names have (True), none at all (False), or another
    shape (None: "Route 66", "COVID-19" are no one's name)."""
    numbered = [i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)]
    if not numbered:
        return False
    for i in numbered:
        word = words[i]
        if not _NUMBERED_WORD.fullmatch(word) or _NUMBERED_PRODUCT.fullmatch(word):
            return None
        if _NUMBERED_ALONE.fullmatch(word) and len(words) > 1:
            return None
        if word.isdigit() and (i == 0 or words[i - 1] != "Channel"):
            return None
        if word[0].isdigit() and not word.isdigit() and (i == len(words) - 1 or not _has_org_keyword(words[i + 1 :])):
            return None  # "7th Fleet", not "21st Century"
    return True


_NUMBERED_PRODUCT = re.compile(r"MP\d|PS\d|[A-Z]{2,4}19")  # "MP3", "PS4", "COVID19"


_SERVICE_WORDS = word_set("Air Force Naval Army Corps Guard")  # the service a base is of


def _facility_owner(mention: Mention, words: list[str]) -> Mention | None:
    """A shop or building of an organisation names the organisation ("Salvation Army Thrift
    Store" → "Salvation Army", "Apple Store" → "Apple"); any other building is no entity ("Buell Theater")."""
    if words[-1] == "Base" and words[-2] in _SERVICE_WORDS:
        return None  # "Davis-Monthan Air Force Base", "Tan Son Nhut Air Base": a place named after no body
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if head in KNOWN_ORGS or _has_org_keyword(words[k - 1 : k]):
            return mention._replace(kind="org", end=mention.start + len(head), name=head, rule="facility-owner")
    return None


def _ends_in_acronym(words: list[str]) -> bool:
    """A name that ends in an abbreviation is an organisation's: "Everest ER", "Naval ROTC"; not
    "Boris Johnson MP", "Henry VIII", nor a heading in capitals."""
    last = words[-1]
    return (
        bool(_ACRONYM.fullmatch(last))
        and last not in NON_ORG_CAPS
        and last not in POST_NOMINALS
        and not words[0].isupper()
    )


_CALLED_BEFORE = re.compile(
    rf"\b((?:{'|'.join(ORG_DESCRIPTORS)}|store|shop|restaurant|bar|band|school|hospital|charity)),?\s"
    r"(?:called|named|known\sas)\s$"
)


def _common_capital(doc: Doc, name: str) -> bool:
    """A common English word written with a capital only once, where a sentence starts."""
    return name not in KNOWN_ORGS and doc.words[name] < 2 and common_word(name.lower())


def _leading_description(doc: Doc, words: list[str]) -> bool:
    """Whether a name's first word says where a person is from or what they are, before the name
    itself: a place ("Philadelphia Michael Nutter", "Mayor of London Sadiq Khan"), an origin
    ("Pakistan-born Khuram Butt"), a common noun ("Attackers Khuram Butt"). The rest must look like a
    name, starting with a given name or ending with a surname the article names again."""
    first = words[0]
    if first in FIRST_NAMES or first.rstrip(".").lower() in TITLES or not _looks_like_name(words[1:]):
        return False
    if len(words[1].rstrip(".")) < 2:
        return False  # "Cathy L. Lanier": an initial follows a given name
    if words[1] not in FIRST_NAMES and (
        _is_place(doc, words[1]) or not re.search(rf"(?<!{words[-2]} ){re.escape(words[-1])}\b", doc.text)
    ):
        return False  # the surname alone again ("Khan said"); not "Magic Yeti Children's libraries"
    lowered = first.lower()
    return bool(
        _is_place(doc, first)
        or _ORIGIN.fullmatch(first)
        or _seen_lowercase(doc, lowered)
        or common_word(lowered)
        or (lowered.endswith("s") and zipf(lowered) >= PLURAL_ZIPF)  # "Attackers", "Suspects"
    )


_ORIGIN = re.compile(r"[A-Z][\w'’]*-(?:born|bred|raised|educated|based)")


def _person_evidence(doc: Doc, words: list[str], before: str, after: str) -> bool:
    """Something beyond capitals says a person: the surname again, or a speech verb next to the name."""
    if doc.words[words[-1]] >= 2 or _SPEECH_BEFORE.search(before):
        return True
    return bool(_SPEECH_AFTER.search(after) or _VERB_NEXT.match(after))


def _not_an_entity(doc: Doc, mention: Mention, words: list[str]) -> bool:
    lowered = [w.lower() for w in words]
    if " ".join(lowered) in PLACE_WORDS or (" ".join(words) in doc.places and not _has_org_keyword(words)):
        return True  # "United States" (whose "United" would otherwise make a club); "the town of Jackson Hole"
    if " ".join(words) in doc.vessels:
        return True  # "USS Guardian", "the Fitzgerald": a ship
    if " ".join(lowered[-2:]) in PLACE_PHRASES or (len(words) == 1 and lowered[0] in PLATFORMS):
        return True  # "Teton National Park", "Everest Base Camp"; Twitter, YouTube
    if lowered[-1].endswith("-based") or _PLACE_MODIFIES.match(doc.text, mention.end):
        return True  # "United Kingdom-based", "a former Millis police officer": a place qualifying a noun
    if len(words) > 1 and words[-1] in PARTY_MEMBERS and all(w in CHAMBERS for w in words[:-1]):
        return True  # "House Republicans": party members, not a body
    if len(words) == 1 and doc.sentence_start(mention.start) == mention.start and _common_plural(doc, words[0]):
        return True  # "Investigators will seek …": a common noun that starts a sentence
    if doc.text[mention.end : mention.end + 1] == "+" or _EVENT_AFTER.match(doc.text, mention.end):
        return True  # "Google+": a product; "its Zoo Lights holiday event"
    if (
        len(words) == 1
        and words[0] not in PROPER_BODIES
        and (
            (words[0] in ORG_KEYWORDS and mention.kind != "org")  # "in The Guardian" names one
            or lowered[0].replace(".", "") in _NOT_NAMES
        )
    ):
        return True  # "The University said", "Republican", "U.S.": a generic word, not a name
    if doc.text[mention.start - 1 : mention.start] in ("@", "#"):
        return True  # a social-media handle or hashtag
    if len(words) == 1 and _PARTY_STATE.match(words[0]):
        return True  # "Rep. Mike McCaul, R-Texas,": a party and a state
    if lowered[-1] in ILLNESS_WORDS and len(words) > 1:
        return True  # "Rocky Mountain Spotted Fever (RMSF)": an illness, however it is abbreviated
    if any(w in EVENT_WORDS or w in DOCUMENT_WORDS for w in lowered[1:]) or lowered[-1] in EVENT_WORDS:
        return True
    if len(words) > 1 and lowered[0] in EVENT_PREFIXES:
        return True  # "Storm Corvina", "Operation Sea Lion"
    if words[0] not in PROPER_BODIES and all(
        w in PLACE_WORDS or w in COMMON_WORDS or w in ROLE_MODIFIERS for w in lowered
    ):
        return True  # "Labour" alone is the party; "Labour Minister" has no name
    if any(w in _HEADLINE_WORDS for w in words[1:-1]):
        return True  # "Schools Reopen With Heavy Police Presence": a headline's words, not a name
    if len(words) > 1 and words[-1] in _PLURAL_HEADS:
        return True  # "Community Health Centers funding": a kind of body; not "Centers for Disease Control"
    if len(words) > 1 and lowered[-1] in STREET_WORDS:
        return True  # "Magazine Street", "College Road": a street, whatever words name it
    place = lowered[0] in PLACE_PREFIXES or lowered[-1] in PLACE_SUFFIXES or lowered[-1] in PLACE_WORDS
    if len(words) > 1 and place and not _has_org_keyword(words) and not _acronym_org(words[0], "", ""):
        return True  # "Lake Meridan", "Orange County", "Erie Pennsylvania"; not "NHS England"
    if len(words) == 1 and (_DEMONYM.search(lowered[0]) or lowered[0] in DEMONYMS) and words[0] not in ORG_KEYWORDS:
        return True  # a demonym: "Norwegian negotiator Erik Solberg"
    before = doc.text[max(0, mention.start - 20) : mention.start].lower()
    return bool(_NOT_A_NAME_BEFORE.search(before))


_PLURAL_HEADS = frozenset({"Centers", "Centres"})
_HEADLINE_WORDS = frozenset({"With", "Is", "Are", "Was", "Were", "Has", "Had", "Into"})  # no name has them
_PARTY_STATE = re.compile(r"[RDI]-[A-Z]")
_PLACE_MODIFIES = re.compile(r"['’]?\s(?:police|sheriff's|fire department|city council|county|residents)\b")


PLURAL_ZIPF = 3.5  # "investigators" is 3.9


def _common_plural(doc: Doc, word: str) -> bool:
    """ "Investigators", "Prosecutors": a common noun in the plural; not a surname the article
    also writes after a given name ("Maxine Waters" … "Waters said")."""
    if not word.endswith("s") or word.endswith("ss") or zipf(word.lower()) < PLURAL_ZIPF:
        return False
    return not re.search(rf"[A-Z][\w'’.-]* {re.escape(word)}\b", doc.text)


def _has_org_keyword(words: list[str]) -> bool:
    return any(_POSSESSIVE.sub("", w).rstrip(".") in ORG_KEYWORDS for w in words)


_TOLD_BEFORE = re.compile(r"\b(?:tells|told|according to)\s$")


_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)")


def _defines_no_entity(doc: Doc | None, name: str) -> bool:
    """Whether the article spells an abbreviation out as an illness, event or document:
    "Rocky Mountain Spotted Fever (RMSF)"."""
    if doc is None or f"({name})" not in doc.text:
        return False
    for match in re.finditer(rf"((?:[A-Z][\w'’-]*\s){{{len(name)}}})\({name}\)", doc.text):
        last = match.group(1).split()[-1].lower()
        if last in ILLNESS_WORDS or last in EVENT_WORDS or last in DOCUMENT_WORDS:
            return True
    return False


def _acronym_org(name: str, before: str, after: str, doc: Doc | None = None) -> bool:
    """ "FBI", "LKAB"; not "PERTH (Reuters) -", a dateline, nor "NEW IMAGES", a heading in capitals."""
    if _CALL_SIGN.fullmatch(name):
        return True  # "WTTG-TV", a broadcaster
    if not _ACRONYM.fullmatch(name) or name in NON_ORG_CAPS:
        return False
    if _defines_no_entity(doc, name):
        return False
    if very_common_word(name.lower()) and not (_TOLD_BEFORE.search(before) or _SPEECH_AFTER.match(after)):
        return False  # "then LEAVE": emphasis; but "tells PEOPLE", a magazine
    if re.match(r"\s(?:\([A-Z][\w. ]*\)\s)?[-–—]", after):
        return False  # a dateline
    neighbours = re.findall(r"\b([A-Z]{2,}) $", before) + re.findall(r"^ ([A-Z]{2,})\b", after)
    return not any(common_word(w.lower()) for w in neighbours)


# "Keurig Green Mountain (NASDAQ:GMCR)", "Alex Lowe Charitable Foundation (ALCF)": a company or body and its short name
_TICKER_AFTER = re.compile(r"\s\((?:[A-Z]+:)?([A-Z]{2,6}|Channel \d{1,2})\)")  # "WTTG-TV (Channel 5)"


def _camel_case(name: str) -> bool:
    """ "OpenAI", "CTVNews": a brand; but "McSally", "MacArthur" and "DeSantis" are surnames."""
    if " " in name or _SURNAME_PREFIX.match(name):
        return False
    return bool(_CAMEL.search(name))


_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]{2}")


def _looks_like_name(words: list[str]) -> bool:
    if len(words) > 2 and words[-1].rstrip(".") in _SUFFIXES:
        words = words[:-1]  # "Keith Fitzgerald Knowles Jr."
    words = [w for w in words if w not in _PARTICLES]  # "Antoni van Leeuwenhoek"
    full = [w for w in words if len(w.rstrip(".")) > 1]  # initials do not count towards the length
    if len(full) > 3 or len(words[-1].rstrip(".")) < 2 or any(w.lower() in COMMON_WORDS for w in words):
        return False  # "Option A", "Can I", "Option A. The"
    return all(_NAME_WORD.fullmatch(w) for w in words)


_DESCRIPTORS = "|".join(ORG_DESCRIPTORS)
# "the union Unite", "the private equity firm Calder Partners"; at a sentence start "Power company Coastgrid".
_DESCRIPTOR_BEFORE = re.compile(
    rf"(?:\b(?i:the|a|an|its|their|his|her)\s|(?:^|[.!?]\s+)(?=[A-Z]))"
    rf"((?:[A-Za-z][\w'’-]*\s)?(?:[a-z][\w'’-]*\s){{0,2}}?(?i:{_DESCRIPTORS}))\s$"
)
_DESCRIPTOR_AFTER = re.compile(rf"^,\s(?:the|a|an)\s((?:[\w'’-]+\s){{0,3}}?(?:{_DESCRIPTORS}))\b[,.]")


def _org_descriptor(before: str, after: str) -> str:
    """What an organisation is, from "the union Unite" or "Skyloft, the drone delivery start-up,"."""
    match = None
    if _last_word(before).lower() in _DESCRIPTOR_SET:  # cheap checks first: most names have no descriptor
        match = _DESCRIPTOR_BEFORE.search(before)
    if match is None and after[:1] == ",":
        match = _DESCRIPTOR_AFTER.search(after)
    # At a sentence start the article is part of the capture: "The ferry company Bayline Ferries".
    return _LEADING_ARTICLE.sub("", match.group(1)) if match else ""


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


_DESCRIPTOR_SET = frozenset(ORG_DESCRIPTORS)


def _last_word(text: str) -> str:
    """The last word of `text` if it ends with a space ("the union " → "union"), else ""."""
    if not text[-1:].isspace():
        return ""
    words = text[-40:].split()
    return words[-1] if words else ""


# "Harbor chief executive", "Stanford population biologist"
_ROLE_AFTER_ORG = re.compile(r"^['’]?s?\s(?:[a-z-]+\s)?(?:" + "|".join(ROLE_NOUNS) + r"|[a-z]{3,}(?<!pian)ist)\b")


_BUSINESS_AFTER = re.compile(
    r"^['’]?s?\s(?:store|stores|shop|shops|outlets|restaurants|branches|factory|factories|headquarters|employees"
    r"|executives|shareholders|customers)\b"
)
# "Jefferson Airplane was the first band to play there"
_IS_A_DESCRIPTOR = re.compile(rf"^\s(?:is|was)\s(?:the|a|an)\s(?:[a-z-]+\s){{0,2}}(?:{_DESCRIPTORS}|band)\b")


def _org_cue(before: str, after: str) -> bool:
    """ "Harbor chief executive ...", "Shares of Harbor", "Harbor's shares", "France Info radio"."""
    if _ROLE_AFTER_ORG.search(after) or _BUSINESS_AFTER.match(after) or _IS_A_DESCRIPTOR.match(after):
        return True
    return bool(_SHARES_OF.search(before) or _MEDIA_AFTER.match(after))


_ROLE_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s)*(?:[a-z][\w-]*\s(?:and\s)?){0,3})$")
_APPOSITION_AFTER = re.compile(r"^,\s(?:a\s|an\s|the\s)?((?:[\w'’-]+\s){0,7}?[\w'’-]+)(?=[,.])")
_APPOSITION_BEFORE = re.compile(r"\b(?:the|a|an)\s((?:[\w'’-]+\s){0,6}?[\w'’-]+),\s$")


def _person_role(before: str, after: str) -> str:
    """ "chief executive Miriam Okafor", "Carlo Buontempo, director of the service", "the incumbent, Gregory Pike"."""
    match = _ROLE_BEFORE.search(before) if _last_word(before).lower() in ROLE_NOUNS else None
    if match:
        phrase = _trim_role(match.group(1).split())
        if phrase:
            return phrase
    for pattern, text in ((_APPOSITION_AFTER, after), (_APPOSITION_BEFORE, before)):
        if "," not in (text[:1], text[-2:-1]):
            continue  # both appositions touch the name with a comma
        found = pattern.search(text)
        if found and any(w.lower() in ROLE_NOUNS for w in found.group(1).split()):
            return found.group(1)
    return ""


def _trim_role(words: list[str]) -> str:
    """The role words right before a name, back to the first that is not one: "Harbor chief executive"."""
    if not words or words[-1].lower() not in ROLE_NOUNS:
        return ""
    first = len(words)
    while first > 0 and _role_word(words[first - 1]):
        first -= 1
    return " ".join(words[first:])


def _role_word(word: str) -> bool:
    lowered = word.lower()
    if lowered in ROLE_NOUNS or lowered in ROLE_MODIFIERS or lowered == "and":
        return True
    return word[0].isupper() and lowered not in COMMON_WORDS


def _place_cue(before: str) -> bool:
    return bool(_PLACE_BEFORE.search(before))


# --------------------------------------------------------------------------- single words and merging


def _resolve_single_words(doc: Doc, typed: list[Mention]) -> list[Mention]:
    """A lone "Altman" joins the earlier person "Sam Altman"; "Harbor" the org "Harbor Analytics"."""
    people = {w for m in typed if m.kind == "person" for w in m.name.split()}  # also "President Obama"
    orgs = [m for m in typed if m.kind == "org"]
    resolved = []
    for mention in typed:
        if mention.kind == "":
            kind = _single_word_kind(doc, mention, people, orgs)
            if kind is None:
                continue
            mention = mention._replace(kind=kind[0], rule=kind[1])
        resolved.append(mention)
    return resolved


# A verb right after a name makes it the subject of a sentence: "Martin Kask called", "Kiprop won".
_VERB_NEXT = re.compile(
    r"^,?\s(?:[a-z]+ed|[a-z]+s|won|met|led|ran|left|took|made|gave|came|went|became|began|saw|told)\b"
)
_WHO_AFTER = re.compile(r"^,\s(?:who|whose)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s$")
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|son|daughter|brother|sister|mother|father|friend|partner|girlfriend|boyfriend|fiancée?)\s$"
)
_POLITICIAN_AFTER = re.compile(r"^['’]?s?\s(?:administration|presidency|re-election campaign|White House)\b")
_COMMON_NOUN_BEFORE = re.compile(r"\b(?:a|an|A|An)\s[a-z-]+\s$")  # "a climbing Sherpa": a common noun
_SAID_BEFORE = re.compile(r"[,\"”]\s(?:said|says|added|wrote)\s$")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|wrote)\s(?:[a-z-]+\s){0,3}$")
_SPEECH_AFTER = re.compile(r"^,?\s(?:said|says|told|added|wrote|announced|posted|reported|confirmed|declined)\b")


def _single_word_kind(doc: Doc, mention: Mention, people: set[str], orgs: list[Mention]) -> tuple[str, str] | None:
    """`people` holds every word of the people's names."""
    name = mention.name
    if name in people:
        return "person", "sw-in-full-name"
    prefixed = {o.name for o in orgs if o.name.split()[0] == name and o.name != name}
    if prefixed and not _place_name(doc, name, orgs) and len(prefixed) == 1:
        return "org", "sw-org-prefix"  # "Harbor" for "Harbor Analytics"; not "Portmere" for "Portmere City Council"
    before = doc.text[max(0, mention.start - 30) : mention.start]
    after = doc.text[mention.end : mention.end + 40]
    if _place_cue(before) or name.lower() in PLACE_WORDS or len(name) < 2 or _COMMON_NOUN_BEFORE.search(before):
        return None
    if _defines_no_entity(doc, name):
        return None  # "RMSF is …": an illness
    if _KIN_BEFORE.search(before):
        return "person", "sw-kin"  # "his wife Shellie"
    if _SPEECH_AFTER.search(after) and any(o.name.split()[-1] == name and _person_shaped(o.name) for o in orgs):
        return "person", "sw-said-surname"  # "employees of Stacey Plaskett" … "Plaskett said": her surname
    if _REPORTED_AFTER.match(after) and name not in FIRST_NAMES and not _surname_of_given_name(doc, name):
        return "org", "sw-reported"  # "Recode has learned", "that Vocativ has reported on": a news outlet
    if _VERB_AFTER.match(after):
        if name in FIRST_NAMES:
            return "person", "sw-first-name-verb"  # "Monica is"
        return None  # "Lane has …" twice: a surname or a thing as often as an organisation
    if _SPEECH_AFTER.search(after):
        # "Brightwell said" in a story that names Brightwell again is the company; a lone
        # "Lindgren said" is a person whose full name another source may give.
        return ("org", "sw-speech") if _mentioned_often(doc, name) else ("person", "sw-speech")
    if _SAID_BEFORE.search(before) and _NAME_WORD.fullmatch(name):
        return "person", "sw-said-before"  # '"…," said Snyder': inverted attribution names a person
    if _ACCORDING_BEFORE.search(before) and name not in FIRST_NAMES:
        return "org", "sw-according"  # "according to Salon": a source that is no person named in full
    if _STAFF_AFTER.match(after) and name not in FIRST_NAMES and not _surname_of_given_name(doc, name):
        return "org", "sw-staff"  # "Vulture’s Kyle Buchanan": whom a body employs
    if _told_outlet(doc, mention.start, name.split(), after):
        return "org", "sw-told"  # "told Gizmodo via email", "in a statement to Axios."
    return None


_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s$")
_STAFF_AFTER = re.compile(r"^['’]s\s(?:" + "|".join(sorted(FIRST_NAMES)) + r")\s[A-Z][\w'’-]+")
# "Recode has learned", "first reported"; not a correspondent's "Okafor reported from Lagos", nor "has learned to"
_REPORTED_AFTER = re.compile(r"^\s(?:(?:has|had)\s(?:learned(?!\sto\b)|obtained|reported)|first\sreported)\b")
# Told, and nothing more said of whom: "told Gizmodo via email", "he tells Newsweek."; not "told
# Khloe he thought", "told Latino and black community leaders", "told Harris that".
_TOLD_END = re.compile(
    r"^(?:[.,;:!?)—–]|\s[-—–(\"“]|\s(?:via|in|on|last|this|earlier|recently|when|after|before|during|over|by)\b)"
)
_TOLD_CLAUSE = re.compile(r"^\s(?:that|he|she|they|it|we|I)\s")  # "tells Hollywood Life that", after several words
# "Republicans", "Klansmen", but also "Times" and "Axios"; not "News", "Gauss", "Politicus"
_PLURAL = re.compile(r"[a-hj-rtvx-z]s$|men$")
# Whom a person speaks to, or who obtained a document: "told", "confirmed his death to", "in a
# statement to", "speaking with", "obtained by"; group 1 is a "the" before the name.
_TOLD_OUTLET_BEFORE = re.compile(
    r"\b(?:told|tells|telling|according\sto|confirmed\s(?:[\w'’-]+\s){0,4}?to"
    rf"|{_INTERVIEW}"
    r"|obtained\sby|reported\sby|(?:study|survey|poll|analysis)\sby)\s(the\s)?$"
)


def _told_outlet(doc: Doc, start: int, words: list[str], after: str) -> bool:
    """Told something, and no person's name: a news outlet ("told Gizmodo via email", "in a
    statement to Rolling Stone.", "told the Guardian the judge …"). After "the", any words may
    follow; otherwise the clause ends, so "told Khloe he thought" is not one."""
    told = _TOLD_OUTLET_BEFORE.search(doc.text, max(0, start - 60), start)
    ends = told and (told.group(1) or _TOLD_END.match(after) or (len(words) > 1 and _TOLD_CLAUSE.match(after)))
    if not ends or len(words[0]) < 2:
        return False
    if told.group(1) and told.group(0).startswith("according"):
        return False  # "according to the IUCN Red List", "according to the U.S. attorney": a source of any kind
    first, last = words[0], words[-1]
    if len(words) > 1 and (first in KNOWN_ACRONYMS or first in KNOWN_ORGS) and not _has_org_keyword(words[1:]):
        return False  # "told BBC Breakfast:", "told CNN Newsroom": a programme of a broadcaster
    if first in FIRST_NAMES or given_name_gender(first) or _DEMONYM.search(first.lower()):
        return False  # "told Kenji Yoshino.", "in an interview with Italian TV"
    if last in PARTY_MEMBERS or (len(words) == 1 and _PLURAL.search(last)):
        return False  # "told House Republicans", "telling the Klansmen"; not "a study by Consumer Reports"
    return not _surname_of_given_name(doc, last)


def _settle_kinds(mentions: list[Mention]) -> list[Mention]:
    """Second thoughts once every name is known: "Sinema’s campaign manager" is the person Kyrsten
    Sinema, not an organisation; "Magic Yeti teams" is the organisation Magic Yeti Library."""
    people = {w for m in mentions if m.kind == "person" for w in m.name.split()}
    surnames = {m.name for m in mentions if m.kind == "person" and " " not in m.name}
    orgs = [m.name for m in mentions if m.kind == "org" and " " in m.name]
    settled = []
    for mention in mentions:
        if mention.kind == "org" and mention.name in people and not _org_by_form(mention.name):
            mention = mention._replace(kind="person", role="", rule="settled-person")
        elif mention.kind == "org" and mention.name.split()[-1] in surnames and _person_shaped(mention.name):
            mention = mention._replace(
                kind="person", role="", rule="settled-surname"
            )  # "employees of Stacey Plaskett" … "Plaskett said"
        elif mention.kind == "person" and mention.name in orgs:
            mention = mention._replace(
                kind="org", role="", rule="settled-org"
            )  # "Jefferson Airplane was the first band"
        elif mention.kind == "person" and any(
            o.startswith((mention.name + " ", mention.name + "’s ", mention.name + "'s ")) for o in orgs
        ):
            mention = mention._replace(kind="org", role="", rule="settled-org-prefix")
        settled.append(mention)
    return settled


def _person_shaped(name: str) -> bool:
    """A name of two or three name words, with nothing of an organisation's about it."""
    words = name.split()
    return len(words) > 1 and not _org_by_form(name) and not _has_org_keyword(words) and _looks_like_name(words)


def _org_by_form(name: str) -> bool:
    return name in KNOWN_ORGS or _has_org_keyword([name]) or bool(_ACRONYM.fullmatch(name))


def _place_name(doc: Doc, name: str, orgs: list[Mention]) -> bool:
    """Whether a word names a place: it ends an organisation's name ("Harbour Authority of
    Portmere") or follows "in" somewhere ("in Portmere"); "to Pelosi" says nothing; "in Congress" is not a place."""
    if name in PROPER_BODIES or name in KNOWN_ORGS:
        return False
    if any(o.name.endswith(" " + name) for o in orgs):
        return True
    if name not in doc.after_in and name not in doc.places:
        return False
    return not _surname_of_given_name(doc, name)  # "could result in Cosby facing charges": Bill Cosby


def _surname_of_given_name(doc: Doc, name: str) -> bool:
    """Whether the article writes `name` after a common given name somewhere ("Bill Cosby")."""
    return any(
        _last_word(doc.text[max(0, m.start() - 20) : m.start()]) in FIRST_NAMES
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text)
    )


def _mentioned_often(doc: Doc, name: str) -> bool:
    return doc.words[name] >= 2


def _aliases(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Short names an article defines in brackets: "Keurig Green Mountain (NASDAQ:GMCR)" → GMCR."""
    aliases = {}
    for mention in mentions:
        if mention.kind == "org" and (" " in mention.name or _CALL_SIGN.fullmatch(mention.name)):
            match = _TICKER_AFTER.match(doc.text, mention.end)
            if match:
                aliases.setdefault(match.group(1), mention.name)
    return aliases


def _canonicalise(mentions: list[Mention], aliases: dict[str, str] | None = None) -> list[Mention]:
    """Each mention's canonical name: the fullest earlier/later name it shortens, of the same kind,
    or the name a bracketed short name was given for."""
    aliases = aliases or {}
    mentions = [m._replace(kind="org", rule="alias") if m.name in aliases and m.kind != "org" else m for m in mentions]
    full: dict[str, dict[str, None]] = {m.kind: {} for m in mentions}  # names of each kind, in order
    for mention in mentions:
        full[mention.kind][mention.name] = None
    index = {kind: _by_word(list(names)) for kind, names in full.items()}
    memo: dict[tuple[str, str], str] = {}
    out = []
    for mention in mentions:
        key = (mention.name, mention.kind)
        if key not in memo:
            names = index[mention.kind].get(mention.name.split()[0], [])  # in order, as canonical_name wants
            memo[key] = aliases.get(mention.name) or canonical_name(mention.name, mention.kind, names)
        out.append(mention._replace(canonical=memo[key]))
    return out


def _by_word(names: list[str]) -> dict[str, list[str]]:
    """Names (in order) under every first word a short form of them can have, so canonicalising
    is not quadratic: any of their words ("Altman", "Harbor"), the name less a final "s", the initials."""
    index: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        keys = {*words, *(_POSSESSIVE.sub("", w) for w in words), "".join(w[0] for w in words if w[0].isupper())}
        if name.endswith("s"):
            keys.add(name[:-1])
        for key in keys:
            index.setdefault(key, []).append(name)
    return index


def canonical_name(name: str, kind: str, names: list[str]) -> str:
    """The longest of `names` that `name` is a short form of (surname, first name, prefix, acronym);
    an organisation named in the plural is the one named in the singular ("Magic Yeti Libraries")."""
    if kind == "org" and " " in name:
        singular = f"{name.rsplit(' ', 1)[0]} {_singular(name.rsplit(' ', 1)[1])}"
        if singular != name and singular in names:
            name = singular
    best = name
    for other in names:
        if other != name and len(other) > len(best) and short_form(name, other, kind):
            best = other
    return best


def _singular(word: str) -> str:
    """ "Libraries" → "Library", "Services" → "Service"; "Press" stays."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_SUFFIXES = word_set("Jr Sr II III IV")


def short_form(short: str, full: str, kind: str) -> bool:
    """ "Altman" of "Sam Altman"; "Harbor" of "Harbor Analytics"; "WSJ" of "Wall Street Journal"."""
    words = full.split()
    if kind == "person":
        if len(words) > 2 and words[-1].rstrip(".") in _SUFFIXES:
            words = words[:-1]  # "Knowles" of "Keith Fitzgerald Knowles Jr."
        return short in (words[-1], words[0]) or short == " ".join(words[-2:])
    unhyphenated = short.replace("-", " ")
    if (
        (
            full.replace("-", " ").startswith((unhyphenated + " ", unhyphenated + "’s ", unhyphenated + "'s "))
            and not _ACRONYM.fullmatch(short)
            and not (kind == "org" and short in CHAMBERS)  # "House" is not the "House Freedom Caucus"
            and not (kind == "org" and short in KNOWN_ORGS and _product_of(full[len(short) + 1 :].split()))
        )
        or full == short + "s"
    ):
        return True  # not "UN" of "UN Population Division": an acronym names the whole body
    if _other_connector(short.split(), words):
        return True  # "National Endowment of the Arts", a slip for "National Endowment for the Arts"
    if short in CLUB_WORDS and words[-1] == short:
        return True  # "Rovers" for "Ashford Rovers"
    if len(words) > 1 and " ".join(words[1:]) == short and (_national(words[0]) or words[0] in CHAMBERS):
        return True  # "7th Fleet" of "US 7th Fleet", "Ways and Means Committee" of "House Ways and Means Committee"
    shorter = short.replace("-", " ").split()
    if len(shorter) >= 2 and shorter[0] == words[0] and _in_order(shorter, full.replace("-", " ").split()):
        return True  # "Black Belt Foundation" of "Black Belt Community Foundation"; "Self Defense" of "Self-Defense"
    initials = "".join(w[0] for w in words if w[0].isupper())
    return len(short) >= 2 and short.isupper() and short == initials


def _other_connector(short: list[str], full: list[str]) -> bool:
    """Whether two names differ only in an "of" for a "for" (the body is the same one)."""
    if len(short) != len(full):
        return False
    differ = [(a, b) for a, b in zip(short, full, strict=True) if a != b]
    return bool(differ) and all({a, b} == {"of", "for"} for a, b in differ)


_CORPORATE_WORDS = word_set("Inc Corp Corporation Co Company Group Holdings Ltd LLC plc PLC Chase Sachs Bros")


def _product_of(rest: list[str]) -> bool:
    """Words after a well-known company's name that name a product or service of it, not the company
    itself: "Google News", "Apple Music"; not "Goldman Sachs Group", "Disney Co"."""
    return bool(rest) and len(rest) <= 2 and not any(w.rstrip(".") in _CORPORATE_WORDS for w in rest)


def _national(word: str) -> bool:
    """A country's name or abbreviation before an organisation's: "US", "U.S.", "UK", "Japan"."""
    return word.replace(".", "") in ("US", "UK", "USA") or word.lower() in PLACE_WORDS


def _in_order(short: list[str], full: list[str]) -> bool:
    """Whether `short` is `full` less some words, in the same order and with the same last word."""
    if short[-1] != full[-1] or len(short) >= len(full):
        return False
    rest = iter(full)
    return all(word in rest for word in short)
