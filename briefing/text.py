"""Offline sentence and word segmentation, and the tokenizer handed to sumy.

A rule-based splitter: fast (a regex pass plus a few checks per candidate boundary)
and with no data to download. sumy's own `Tokenizer` needs NLTK's `punkt` data, which
is neither installed nor downloadable here, so `SumyTokenizer` stands in for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.model import Block, Sentence

# Abbreviations after which a full stop does not end a sentence (lower-cased, no dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    messrs mme mlle
    inc ltd co corp llc plc bros dept univ assn est
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thurs fri sat sun
    no nos vol vols pp para fig figs approx ca cf al etc vs viz
    u.s u.k u.n e.u e.g i.e a.m p.m d.c n.y l.a ph.d b.a m.a
    ave blvd rd hwy
    """.split()
)

# Candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’)\]]*)(\s+)""")
_NEXT_START = re.compile(r"""["'“‘(\[]*[A-Z0-9À-Ý]""")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)


def _token_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "\"'“(":
        start -= 1
    return text[start:end]


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """Decide whether a candidate boundary really ends a sentence."""
    punct = match.group(1)
    after = text[match.end() :]
    if not after:
        return True
    if not _NEXT_START.match(after):
        return False
    if punct != ".":
        return True
    word = _token_before(text, match.start(1)).rstrip(".")
    lowered = word.lower()
    if lowered in ABBREVIATIONS:
        # "Inc." or "U.S." can also end a sentence; treat as one only before a clear start.
        return lowered in {"inc", "ltd", "co", "corp", "llc", "plc", "etc", "u.s", "u.k"} and bool(
            re.match(r"(The|A|An|In|On|But|It|He|She|They|We|This)\b", after)
        )
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "John F. Kennedy"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return False  # "U.S" in "U.S. officials", "e.g"
    return True


def split_sentences(text: str) -> list[str]:
    """Split one paragraph of prose into sentences, keeping the original characters."""
    text = text.strip()
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match):
            end = match.end(2)
            piece = text[start:end].strip()
            if piece:
                sentences.append(piece)
            start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def words(text: str) -> list[str]:
    """Word tokens of a text (letters and digits, inner apostrophes/hyphens kept)."""
    return _WORD.findall(text)


def segment(blocks: tuple[Block, ...], article: str = "") -> tuple[Sentence, ...]:
    """Sentences of an article's paragraphs, numbered across the article; headings are skipped."""
    sentences: list[Sentence] = []
    paragraph = 0
    for block in blocks:
        if block.kind != "paragraph":
            continue
        for text in split_sentences(block.text):
            sentences.append(Sentence(text=text, index=len(sentences), paragraph=paragraph, article=article))
        paragraph += 1
    return tuple(sentences)


class SumyTokenizer:
    """The tokenizer interface sumy expects (`to_sentences`, `to_words`), without NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


@lru_cache(maxsize=200_000)
def _stem_cached(word: str) -> str:
    return _snowball().stem(word)


@lru_cache(maxsize=1)
def _snowball():  # type: ignore[no-untyped-def]
    from nltk.stem.snowball import SnowballStemmer  # pure Python, needs no NLTK data

    return SnowballStemmer("english")


def stem(word: str) -> str:
    """Snowball English stem of a lower-cased word, memoised: stems repeat across articles."""
    return _stem_cached(word.lower())
