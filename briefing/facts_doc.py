"""An article's sentences as one text, so facts that cross sentences (a quote split by its
attribution, "he said" after a name) can be found, and each span mapped back to a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from briefing.model import Sentence

PARAGRAPH_BREAK = "\n\n"
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,80})[”\"]")
_SMALL = frozenset(
    ("a", "an", "the", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as")
)
_TITLE_WORDS = 8


def is_title(quoted: str, least: int = 1) -> bool:
    """Whether quoted words are a title: at most a few words, each significant one capitalised,
    not ending as speech does ("Okay!", "Monica?"): "Jefferson Airplane Takes Off", "Meet the Press"."""
    text = quoted.strip().rstrip(",.")
    words = text.split()
    if not least <= len(words) <= _TITLE_WORDS or text[-1:] in "!?…-—":
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words) and words[0][:1].isupper()


_WORD = re.compile(r"[\w-]+(?:['’](?!s\b)[\w-]+)*")
_ADDRESS = re.compile(
    r"\b[A-Z]{2,}:[A-Z.]{1,6}\b|\b(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+|\b[\w-]+\.(?:com|org|net|ly|co|io)/\S*"
)
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
# Picture credits and captions' labels: "Image copyright Met Police Image caption", "Photo: Bax
# Lindhardt/Scanpix", "Photograph by: Jane Roe , AFP/Getty Images", "CREDIT: AP Photo/Jo Bloggs",
# "(Jane Roe/AP)". The names in them took the picture; the name runs on into the caption after them.
_CREDITED = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}"
_CREDITED_AFTER_SLASH = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)?"
_CREDIT = re.compile(
    r"\bImage copyright\b[^\n]*?(?:Image caption|(?=\n)|$)|\b(?:Image|Media) caption\b"
    r"|\bMedia playback is unsupported on your device\b"
    rf"|\b(?:Photo(?:graph)?s?|Pictures?|Images?|CREDIT|Credit)(?:\s(?:by|credit|copyright):?|:)\s"
    rf"(?:{_CREDITED}(?:\s?,\s?{_CREDITED})*(?:\s?/\s?{_CREDITED_AFTER_SLASH})*"
    rf"(?:\svia\s[A-Z][\w.]*)?)"
    r"|\((?:[A-Z][\w.&'’-]*\s?)+/(?:[A-Z][\w.&'’-]*\s?)+\)"
    # An embedded post's credit line: "— Amy Kaufman (@AmyKinLA) February 27, 2017", "A post shared by
    # Jo Roe (@joroe)": who posted it, not someone the story names.
    r"|(?:[—–]|\bA post shared by)\s(?:[^\s()]+\s){1,4}\(@\w+\)(?:\s(?:on\s)?[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})?"
)
_CREDIT_HINTS = ("copyright", "caption", "Photo", "CREDIT", "Credit", "Picture", "Image", "/", "(@")
_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
    "Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Calif|Fla|Ga|Ill|Mass|Mich|Pa|Tenn|Tex|"
    "Va|Wash|Canada|Sweden|England|Scotland|Wales|Ireland|France|Germany|Italy|Spain|Australia|India|China|"
    "Japan|Mexico|Brazil|Russia|Israel|Nepal|Kenya|Nigeria|Syria|Iraq|Iran|Egypt|Pakistan|Afghanistan|"
    "Ukraine|Norway|Denmark|Finland|Poland|Greece|Turkey|Switzerland|Austria|Belgium|Netherlands|Portugal"
)
# A ship's prefix and name: "USS Fitzgerald", "HMS Victory" (a vessel, not an organisation).
_VESSEL = re.compile(r"\b(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|RMS|MV)\s([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
# "the town of Jackson Hole", "Kiruna, Sweden" (a name, a comma, a state or country, then a pause).
_PLACE = re.compile(
    rf"\b(?:city|town|village|county|state|province|suburb|borough) of ({_NAME})"
    rf"|\b({_NAME}), (?:{_STATES})\b\.?(?=[,;:.!?)–—-]|\s[a-z–—-]|$)"
)


# A work's name after what it is: "the albums, including Surrealistic Pillow and Volunteers",
# "franchises such as Jurassic Park, Despicable Me", "the gay romance Brokeback Mountain".
_TITLE_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
_WORKS = re.compile(
    rf"\b(?:albums|films|movies|novels|books|songs|franchises|records|plays|musicals)\b"
    rf"(?:,?\slike|(?:\s[\w'’-]+){{0,8}},?\s(?:including|such as))\s"
    rf"((?:{_TITLE_NAME})(?:(?:,\s|,?\s(?:and|or)\s)(?:{_TITLE_NAME}))*)"
    rf"|\b(?:romance|drama|comedy|thriller|musical|blockbuster|biopic|sequel|album|film|movie|novel|documentary|LP)"
    rf"\s({_TITLE_NAME})"
)
_LIST_SEPARATOR = re.compile(r",\s|,?\s(?:and|or)\s")


def within(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` falls in one of `spans` (sorted, not overlapping)."""
    i = bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


@dataclass(frozen=True)
class Doc:
    """Sentences joined with a space inside a paragraph and a blank line between paragraphs."""

    text: str
    starts: tuple[int, ...]  # offset of each sentence in `text`
    indices: tuple[int, ...]  # that sentence's `Sentence.index`

    @classmethod
    def of(cls, sentences: Sequence[Sentence]) -> Doc:
        parts: list[str] = []
        starts: list[int] = []
        offset = 0
        previous = None
        for sentence in sentences:
            if previous is not None:
                gap = " " if sentence.paragraph == previous else PARAGRAPH_BREAK
                parts.append(gap)
                offset += len(gap)
            starts.append(offset)
            parts.append(sentence.text)
            offset += len(sentence.text)
            previous = sentence.paragraph
        return cls("".join(parts), tuple(starts), tuple(s.index for s in sentences))

    @cached_property
    def words(self) -> Counter[str]:
        """How often each word occurs as written ("O’Mara" whole, possessive "'s" split off), for cheap look-ups."""
        return Counter(_WORD.findall(self.text))

    @cached_property
    def after_in(self) -> frozenset[str]:
        """Capitalised words that follow "in" or "near": the article's places ("in Portmere")."""
        return frozenset(re.findall(r"\b(?:in|near)\s([A-Z][\w'’-]*)", self.text))

    @cached_property
    def places(self) -> frozenset[str]:
        """Names the text itself shows to be places: "the town of Jackson Hole", "Kiruna, Sweden"."""
        return frozenset(m.group(1) or m.group(2) for m in _PLACE.finditer(self.text))

    @cached_property
    def vessels(self) -> frozenset[str]:
        """Ships the text names with a prefix ("USS Fitzgerald"): the prefixed name, the name, its last word."""
        if "S " not in self.text and "MV " not in self.text:
            return frozenset()  # every prefix ends in "S" but "MV"
        found: set[str] = set()
        for match in _VESSEL.finditer(self.text):
            name = match.group(1)
            found |= {match.group(0), name, name.split()[-1]}
        return frozenset(found)

    @cached_property
    def titles(self) -> tuple[tuple[int, int], ...]:
        """Spans of short quoted titles ("“Surrealistic Pillow,”", "on “Fox News Sunday.”"): the
        words inside are a work's name, not a person's or an organisation's, and not a quote."""
        return tuple((m.start(), m.end()) for m in _QUOTED.finditer(self.text) if is_title(m.group(1)))

    @cached_property
    def works(self) -> frozenset[str]:
        """Names the text shows to be works (films, albums, books), by what it calls them:
        "the albums, including Surrealistic Pillow and Volunteers", "the romance Brokeback Mountain"."""
        found: set[str] = set()
        for match in _WORKS.finditer(self.text):
            found.update(_LIST_SEPARATOR.split(match.group(1)) if match.group(1) else [match.group(2)])
        return frozenset(found)

    @cached_property
    def masked(self) -> str:
        """`text` with web and e-mail addresses, exchange:ticker symbols and picture credits blanked
        (same length), so "bit.ly/1AKISnR", "wkroustan@sunsentinel.com", "NASDAQ:GMCR" or "Photo:
        Jo Bloggs/AP" never look like the story's names."""
        text = self.text
        if any(hint in text for hint in _CREDIT_HINTS):
            text = _CREDIT.sub(_blank, text)
        if not any(mark in text for mark in ":@/"):
            return text  # every address and symbol has one of these: most articles stop here
        return _ADDRESS.sub(_blank, text)

    def sentence_at(self, offset: int) -> int:
        """The `Sentence.index` of the sentence holding character `offset`."""
        position = max(0, bisect_right(self.starts, offset) - 1)
        return self.indices[position] if self.indices else 0

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` begins in `text`."""
        position = max(0, bisect_right(self.starts, offset) - 1)
        return self.starts[position] if self.starts else 0

    def sentence_text(self, offset: int) -> tuple[int, str]:
        """The start offset and text of the sentence holding `offset`."""
        position = max(0, bisect_right(self.starts, offset) - 1)
        start = self.starts[position]
        end = self.starts[position + 1] if position + 1 < len(self.starts) else len(self.text)
        return start, self.text[start:end].rstrip()
