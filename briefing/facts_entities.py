"""People and organisations, with roles, merged across mentions ("Sam Altman" / "Altman").

Rules, no model: runs of capitalised words are candidates; titles and role words are split
off ("Finance Minister Helena Varga"); the words around a run decide what it is (an org
keyword, "the union Unite", "Harbor chief executive", "Kenya's", "in Lisbon"); single words
need such a cue or an earlier full name they shorten. Places, events and products are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.facts_doc import Doc
from briefing.facts_lexicon import (
    CLUB_WORDS,
    COMMON_WORDS,
    DOCUMENT_WORDS,
    EVENT_PREFIXES,
    EVENT_WORDS,
    KNOWN_ORGS,
    MEDIA_AFTER,
    NON_ORG_CAPS,
    ORG_DESCRIPTORS,
    ORG_KEYWORDS,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    PLACE_WORDS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TITLES,
    common_word,
    word_set,
)

# A capitalised word; a full stop only after an initial or a short title ("Dr.", "J.").
_TOKEN = (
    r"(?:(?:[A-Z]\.){2,}(?=\s[A-Z])|[A-Z][a-z]{0,2}\.(?=\s[A-Z])|[A-Z][\w'’&-]*\w(?:(?<=s)['’](?=\s(?:(?:and|&|of)\s)?[A-Z]))?"
    r"|(?:al|el|bin|ibn)-[A-Z]\w+|[A-Z])"
)
_CONNECTOR = r"(?:of|for|de|del|da|van|von|der|du|la|le|&|and)"
# Capitalised words, joined by connectors: "Bank of England", "Association for the Advancement of Science".
_RUN = re.compile(rf"{_TOKEN}(?:(?:\s{_CONNECTOR}(?:\sthe)?)?\s{_TOKEN})*")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Mention:
    """One mention of a person or organisation: span in the doc text, name as written, kind, role."""

    start: int
    end: int
    name: str
    kind: str  # "person" or "org"
    role: str = ""
    canonical: str = ""


def find_mentions(doc: Doc) -> list[Mention]:
    """Every person and organisation mention in the article, with canonical names filled in."""
    candidates: list[Mention] = []
    headline: dict[int, bool] = {}  # sentence start → written in Title Case
    for match in _RUN.finditer(doc.text):
        sentence_start, sentence = doc.sentence_text(match.start())
        if sentence_start not in headline:
            headline[sentence_start] = _title_case(sentence)
        if not headline[sentence_start]:
            candidates.extend(_split_run(doc, match.start(), match.group(0)))
    typed = [m for m in (_classify(doc, c) for c in candidates) if m is not None]
    return _canonicalise(_resolve_single_words(doc, typed))


# --------------------------------------------------------------------------- splitting runs


def _title_case(sentence: str) -> bool:
    """Whether a sentence is written in Title Case (a headline or caption), where capitals say
    nothing about names."""
    words = [w for w in sentence.split() if w[0].isalpha() and w.lower() not in _FUNCTION_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def _split_run(doc: Doc, start: int, run: str) -> list[Mention]:
    """Cut one capitalised run into candidate names: possessives, connectors, titles, sentence starts."""
    pieces: list[Mention] = []
    for offset, piece in _possessive_pieces(run):
        pieces.extend(_connector_pieces(start + offset, piece))
    cleaned: list[Mention] = []
    for piece in pieces:
        piece = _drop_leading_words(doc, piece)
        if piece is not None:
            cleaned.extend(_split_title(piece))
    return cleaned


def _possessive_pieces(run: str) -> list[tuple[int, str]]:
    """ "Kenya's Grace Kiprop" → "Kenya's", "Grace Kiprop"; "Women's Tennis Association" stays whole."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in re.finditer(r"[\w]['’]s?\s", run):
        rest = run[match.end() :]
        if _has_org_keyword(rest.split()) and not _has_org_keyword(run[start : match.end()].split()):
            continue
        pieces.append((start, run[start : match.end() - 1]))
        start = match.end()
    pieces.append((start, run[start:]))
    return pieces


def _connector_pieces(start: int, piece: str) -> list[Mention]:
    """Keep "University of Montreal" whole, but split "Norway and Iceland" or "mayor of Port Alder"."""
    words = piece.split(" ")
    parts: list[tuple[int, int]] = []
    first = 0
    for i, word in enumerate(words):
        if re.fullmatch(_CONNECTOR, word) and not _joins(words, i):
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


def _joins(words: list[str], i: int) -> bool:
    """Whether a connector joins one organisation's name: "Bank of England", "Procter & Gamble",
    "Association for the Advancement of Science" (an organisation word anywhere before it)."""
    if words[i] == "&":
        return True
    if words[i] == "and" and len([w for w in words[:i] if w != "The"]) == 1 and _has_org_keyword(words[i + 1 :]):
        return True  # "Nurses' and Midwives' Union"
    before = [w.rstrip("'’s") for w in words[:i]]
    return words[i] in {"of", "for"} and any(w in ORG_KEYWORDS for w in before)


def _drop_leading_words(doc: Doc, piece: Mention) -> Mention | None:
    """Drop "The", and a capitalised common word that merely starts a sentence ("Shares of ...")."""
    words = piece.name.split(" ")
    start = piece.start
    titled = False  # "in The Lancet": a capital "The" inside a sentence starts a name of an organisation
    while words and " ".join(words) not in KNOWN_ORGS:
        word = words[0]
        lowered = _POSSESSIVE.sub("", word).lower()
        at_sentence_start = doc.sentence_start(start) == start or doc.text[max(0, start - 1)] in '"“('
        titled = titled or (word == "The" and not at_sentence_start)
        if lowered in {"the", "a", "an"} or (
            at_sentence_start
            and (
                lowered in COMMON_WORDS
                or _seen_lowercase(doc, lowered)
                or (len(words) > 2 and doc.words[word] < 2 and common_word(lowered))
            )
        ):
            start += len(word) + 1
            words = words[1:]
            continue
        break
    if not words:
        return None
    name = " ".join(words)
    return replace(piece, start=start, end=start + len(name), name=name, kind="org" if titled else piece.kind)


def _split_title(piece: Mention) -> list[Mention]:
    """Split titles off a name: "Prime Minister Janet Holloway" is the person "Janet Holloway"
    with the role "Prime Minister"; "OpenAI CEO Sam Altman" also names the organisation "OpenAI"."""
    words = piece.name.split(" ")
    titles = [i for i, w in enumerate(words[:-1]) if w.rstrip(".").lower() in TITLES | ROLE_NOUNS]
    if not titles or _has_org_keyword(words[titles[-1] + 1 :]):
        return [piece]
    last = titles[-1]
    rest = " ".join(words[last + 1 :])
    honorific = all(w.rstrip(".").lower() in TITLES for w in words[: last + 1])
    role = "" if honorific else " ".join(words[: last + 1])
    person = Mention(piece.end - len(rest), piece.end, rest, "person", role)
    owner = words[: titles[0]]
    while owner and owner[0].lower() in ROLE_MODIFIERS:
        owner = owner[1:]
    if not owner or any(w.lower() in ROLE_MODIFIERS for w in owner):
        return [person]
    name = " ".join(owner)
    start = piece.start + piece.name.index(name)
    return [Mention(start, start + len(name), name, "org"), person]


def _seen_lowercase(doc: Doc, lowered: str) -> bool:
    """Whether the article also uses the word in lower case: "Shares" at a sentence start is common."""
    return len(lowered) > 2 and doc.words[lowered] > 0


# --------------------------------------------------------------------------- classifying

_NOT_NAMES = word_set("us uk usa eu republican democrat democratic conservative liberal")
_FUNCTION_WORDS = word_set("a an the and or but of for to in on at by with from as is")
# A word of a person's name: "Okafor", "McConnell", "LeFang", "O'Brien", "Ben-Zvi", an initial "J."
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]*(?:[A-Z][a-z'’-]+)*[a-z]|[A-Z]\.?|(?:al|el|bin|ibn)-[A-Z][a-z]+")
_BASED = re.compile(r"^[\w.-]+-based\s")  # "Manchester-based Ramadhan Foundation"
_DEMONYM = re.compile(r"(?:ian|ish|ese|ic|ean)$")
_NOT_A_NAME_BEFORE = re.compile(r"\b(?:ticker|symbol|hashtag|app|platform)\s$")
_SHARES_OF = re.compile(r"\b(?:shares|stock|subsidiary|unit|division|customers|employees) (?:of|in|at) $")
_MEDIA_AFTER = re.compile(r"^['’]?s?\s(?:" + "|".join(MEDIA_AFTER) + r")\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|across|into|outside|around)\s$")  # not "to": "said to X"
_VERB_AFTER = re.compile(r"^\s(?:has|have|is|was|will|plans|reported)\b")


def _classify(doc: Doc, mention: Mention) -> Mention | None:
    """Person, organisation, or None (a place, event, product, month, or too unsure)."""
    unowned = _POSSESSIVE.sub("", mention.name).rstrip(".")
    name = _BASED.sub("", unowned)
    mention = replace(mention, start=mention.start + len(unowned) - len(name))
    words = name.split()
    if not words or any(ch.isdigit() for ch in name) or _not_an_entity(doc, mention, words):
        return None
    opening, closing = doc.text[mention.start - 1 : mention.start], doc.text[mention.end : mention.end + 1]
    if opening and closing and opening in '"“' and closing in '"”':
        return None  # the whole of a quotation: a title ("Far Orbit"), not a name
    before = doc.text[max(0, mention.start - 60) : mention.start]
    after = doc.text[mention.end : mention.end + 60]
    mention = replace(mention, name=name, end=mention.start + len(name))
    org_role = _org_descriptor(before, after)
    if len(words) == 1 and _place_name(doc, name, []):
        return None  # "Portmere branch secretary": a place qualifying a role
    if name in KNOWN_ORGS or _has_org_keyword(words) or _acronym_org(name, before) or _camel_case(name):
        return replace(mention, kind="org", role=org_role)
    if mention.kind == "person":
        return replace(mention, role=mention.role or _person_role(before, after))
    if mention.kind == "org":  # named in a role: "OpenAI CEO"
        return mention
    person_role = _person_role(before, after)
    if org_role or _org_cue(before, after):
        return replace(mention, kind="org", role=org_role)
    if _WHO_AFTER.match(after) and len(words) >= 2 and _looks_like_name(words):
        return replace(mention, kind="person", role=person_role)  # "Ivan Urgant, who replied"
    if not person_role and _ARTICLE_BEFORE.search(before):
        return None  # "the Great Depression", "a History Channel special": names of things
    if person_role or (len(words) >= 2 and _looks_like_name(words) and not _place_cue(before)):
        if person_role or _person_evidence(doc, words, before, after) or not common_word(words[0].lower()):
            return replace(mention, kind="person", role=person_role)
        return None  # "Great Depression", "Lucky Strike": common words, and nothing says a person
    return replace(mention, kind="")  # a single word: decided once all full names are known


def _person_evidence(doc: Doc, words: list[str], before: str, after: str) -> bool:
    """Something beyond capitals says a person: the surname again, or a speech verb next to the name."""
    if doc.words[words[-1]] >= 2 or _SPEECH_BEFORE.search(before):
        return True
    return bool(_SPEECH_AFTER.search(after) or _VERB_NEXT.match(after))


def _not_an_entity(doc: Doc, mention: Mention, words: list[str]) -> bool:
    lowered = [w.lower() for w in words]
    if " ".join(lowered) in PLACE_WORDS:
        return True  # "United States" (whose "United" would otherwise make a club)
    if len(words) == 1 and (words[0] in ORG_KEYWORDS or lowered[0].replace(".", "") in _NOT_NAMES):
        return True  # "The University said", "Republican", "U.S.": a generic word, not a name
    if doc.text[mention.start - 1 : mention.start] in ("@", "#"):
        return True  # a social-media handle or hashtag
    if any(w in EVENT_WORDS or w in DOCUMENT_WORDS for w in lowered[1:]) or lowered[-1] in EVENT_WORDS:
        return True
    if len(words) > 1 and lowered[0] in EVENT_PREFIXES:
        return True  # "Storm Corvina", "Operation Sea Lion"
    if all(w in PLACE_WORDS or w in COMMON_WORDS or w in ROLE_MODIFIERS for w in lowered):
        return True
    place = lowered[0] in PLACE_PREFIXES or lowered[-1] in PLACE_SUFFIXES or lowered[-1] in PLACE_WORDS
    if len(words) > 1 and place and not _has_org_keyword(words):
        return True  # "Lake Meridan", "Orange County", "Erie Pennsylvania"
    if len(words) == 1 and _DEMONYM.search(lowered[0]):
        return True  # a demonym: "Norwegian negotiator Erik Solberg"
    before = doc.text[max(0, mention.start - 20) : mention.start].lower()
    return bool(_NOT_A_NAME_BEFORE.search(before))


def _has_org_keyword(words: list[str]) -> bool:
    return any(_POSSESSIVE.sub("", w).rstrip(".") in ORG_KEYWORDS for w in words)


def _acronym_org(name: str, before: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,6}", name)) and name not in NON_ORG_CAPS


def _camel_case(name: str) -> bool:
    return " " not in name and bool(re.search(r"[a-z][A-Z]", name))


def _looks_like_name(words: list[str]) -> bool:
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
    match = _DESCRIPTOR_BEFORE.search(before) or _DESCRIPTOR_AFTER.search(after)
    return match.group(1) if match else ""


_ROLE_AFTER_ORG = re.compile(r"^['’]?s?\s(?:[a-z-]+\s)?(?:" + "|".join(ROLE_NOUNS) + r")\b")


def _org_cue(before: str, after: str) -> bool:
    """ "Harbor chief executive ...", "Shares of Harbor", "Harbor's shares", "France Info radio"."""
    if _ROLE_AFTER_ORG.search(after):
        return True
    return bool(_SHARES_OF.search(before) or _MEDIA_AFTER.match(after))


_ROLE_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s)*(?:[a-z][\w-]*\s(?:and\s)?){0,3})$")
_APPOSITION_AFTER = re.compile(r"^,\s(?:a\s|an\s|the\s)?((?:[\w'’-]+\s){0,7}?[\w'’-]+)(?=[,.])")
_APPOSITION_BEFORE = re.compile(r"\b(?:the|a|an)\s((?:[\w'’-]+\s){0,6}?[\w'’-]+),\s$")


def _person_role(before: str, after: str) -> str:
    """ "chief executive Miriam Okafor", "Carlo Buontempo, director of the service", "the incumbent, Gregory Pike"."""
    match = _ROLE_BEFORE.search(before)
    if match:
        phrase = _trim_role(match.group(1).split())
        if phrase:
            return phrase
    for pattern, text in ((_APPOSITION_AFTER, after), (_APPOSITION_BEFORE, before)):
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
    people = [m for m in typed if m.kind == "person" and " " in m.name]
    orgs = [m for m in typed if m.kind == "org"]
    resolved = []
    for mention in typed:
        if mention.kind == "":
            kind = _single_word_kind(doc, mention, people, orgs)
            if kind is None:
                continue
            mention = replace(mention, kind=kind)
        resolved.append(mention)
    return resolved


# A verb right after a name makes it the subject of a sentence: "Martin Kask called", "Kiprop won".
_VERB_NEXT = re.compile(
    r"^,?\s(?:[a-z]+ed|[a-z]+s|won|met|led|ran|left|took|made|gave|came|went|became|began|saw|told)\b"
)
_WHO_AFTER = re.compile(r"^,\s(?:who|whose)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s$")
_SAID_BEFORE = re.compile(r"[,\"”]\s(?:said|says|added|wrote)\s$")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|wrote)\s(?:[a-z-]+\s){0,3}$")
_SPEECH_AFTER = re.compile(r"^,?\s(?:said|says|told|added|wrote|announced|posted|reported|confirmed|declined)\b")


def _single_word_kind(doc: Doc, mention: Mention, people: list[Mention], orgs: list[Mention]) -> str | None:
    name = mention.name
    if any(name in p.name.split() for p in people):
        return "person"
    prefixed = {o.name for o in orgs if o.name.split()[0] == name and o.name != name}
    if prefixed and not _place_name(doc, name, orgs) and len(prefixed) == 1:
        return "org"  # "Harbor" for "Harbor Analytics"; not "Portmere" for "Portmere City Council"
    before = doc.text[max(0, mention.start - 30) : mention.start]
    after = doc.text[mention.end : mention.end + 40]
    if _place_cue(before) or name.lower() in PLACE_WORDS or len(name) < 2:
        return None
    if _VERB_AFTER.match(after):
        return "org" if _mentioned_often(doc, name) else None
    if _SPEECH_AFTER.search(after):
        # "Brightwell said" in a story that names Brightwell again is the company; a lone
        # "Lindgren said" is a person whose full name another source may give.
        return "org" if _mentioned_often(doc, name) else "person"
    if _SAID_BEFORE.search(before) and _NAME_WORD.fullmatch(name):
        return "person"  # '"…," said Snyder': inverted attribution names a person
    return None


def _place_name(doc: Doc, name: str, orgs: list[Mention]) -> bool:
    """Whether a word names a place: it ends an organisation's name ("Harbour Authority of
    Portmere") or follows "in" somewhere ("in Portmere"); "to Pelosi" says nothing."""
    if any(o.name.endswith(" " + name) for o in orgs):
        return True
    return name in doc.after_in


def _mentioned_often(doc: Doc, name: str) -> bool:
    return doc.words[name] >= 2


def _canonicalise(mentions: list[Mention]) -> list[Mention]:
    """Each mention's canonical name: the fullest earlier/later name it shortens, of the same kind."""
    full = {m.kind: [] for m in mentions}  # type: dict[str, list[str]]
    for mention in mentions:
        if mention.name not in full[mention.kind]:
            full[mention.kind].append(mention.name)
    memo: dict[tuple[str, str], str] = {}
    out = []
    for mention in mentions:
        key = (mention.name, mention.kind)
        if key not in memo:
            memo[key] = canonical_name(mention.name, mention.kind, full[mention.kind])
        out.append(replace(mention, canonical=memo[key]))
    return out


def canonical_name(name: str, kind: str, names: list[str]) -> str:
    """The longest of `names` that `name` is a short form of (surname, first name, prefix, acronym)."""
    best = name
    for other in names:
        if other != name and len(other) > len(best) and short_form(name, other, kind):
            best = other
    return best


def short_form(short: str, full: str, kind: str) -> bool:
    """ "Altman" of "Sam Altman"; "Harbor" of "Harbor Analytics"; "WSJ" of "Wall Street Journal"."""
    words = full.split()
    if kind == "person":
        return short in (words[-1], words[0]) or short == " ".join(words[-2:])
    if full.startswith(short + " ") or full == short + "s":
        return True
    if short in CLUB_WORDS and words[-1] == short:
        return True  # "Rovers" for "Ashford Rovers"
    initials = "".join(w[0] for w in words if w[0].isupper())
    return len(short) >= 2 and short.isupper() and short == initials
