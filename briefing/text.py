"""Offline sentence and word segmentation, and the tokenizer handed to sumy.

A rule-based splitter in one regex pass: the regex finds every candidate boundary (a run
of terminal punctuation, optional closing quotes or brackets, then whitespace) together
with the token in front of it, and a few cheap checks decide each candidate. There is no
model and no data to download. sumy's own `Tokenizer` needs NLTK's `punkt` data, which is
neither installed nor downloadable here, so `SumyTokenizer` stands in for it.

The checks follow the English "golden rules" for sentence boundaries (abbreviations,
initials, multi-period abbreviations such as "U.S.", numbered lists, ellipses) and the
habits of news copy (quotes that end one sentence before the next begins, "p.m.", "$1.5
billion"). `scripts/eval_sbd.py` measures it against the golden rules and pySBD.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing.model import Block, Sentence

if TYPE_CHECKING:
    from nltk.stem.snowball import SnowballStemmer


def _words_of(text: str) -> frozenset[str]:
    """A word list written as one string, for readable tables."""
    return frozenset(text.split())


# Titles written before a name: a full stop after them never ends a sentence ("Mr. Smith").
TITLES = _words_of(
    """
    mr mrs ms mx dr prof rev hon gen col lt sgt capt cmdr adm gov sen rep pres supt insp
    maj brig cpl pvt pfc spc det ofc atty amb msgr fr sens reps govs gens
    messrs mme mlle mt ft e.g i.e cf viz vs
    """
)

# Abbreviations that come before a number: "No. 10", "p. 55", "Vol. 3", "ext. 4".
NUMBER_PREFIXES = _words_of("no nos vol vols p pp fig figs art sec ch para op ext tel apt rm ref")

# Abbreviations that may end a sentence ("... and Co. It closed") or not ("Co. at noon",
# "Jan. 5", "St. Michael's"): they end one only when a typical sentence opener follows.
ABBREVIATIONS = _words_of(
    """
    inc ltd co corp llc plc bros dept univ assn est jr sr st
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thurs fri sat sun
    approx ca al etc ave blvd rd hwy
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo
    """
)

# Capitalised words that usually open a sentence rather than continue a name. After an
# ambiguous abbreviation ("U.S.", "Inc.", "a.m.") one of these means a new sentence:
# "in the U.S. How about you?" but "the U.S. Government".
STARTERS = _words_of(
    """
    a an the this that these those there here it its he she they we i you his her their our my your
    mr mrs ms dr prof
    and but or so yet nor for because although though while when whenever where after before
    since until if unless as once then now still also however meanwhile instead otherwise
    how what why who whom whose which
    in on at by from to with without into about over under during between among against
    is are was were be been do does did can could will would shall should may might must
    has have had not no yes all some many most much more few both each every any one
    two three four five six seven eight nine ten several other another such only even just
    last next first today tomorrow yesterday later earlier finally perhaps indeed never nothing
    """
)

# Words that continue a time such as "9 p.m. Thursday" or "9 p.m. Eastern"; after "a.m."
# or "p.m." any other capitalised word starts a new sentence ("... at 9 p.m. Residents left").
TIME_FOLLOWERS = _words_of(
    """
    monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    eastern central pacific mountain local gmt utc bst cet cest est edt pst pdt et pt
    """
)
TIMES = frozenset({"a.m", "p.m"})

# A sentence that is only "At 5 a.m." or "By the U.S." is not a sentence yet.
PREPOSITIONS = _words_of("at by on in from after before until since during around about near")

# A candidate boundary: terminal punctuation (a spaced ". . ." ellipsis or a run of . ! ? …),
# optional closing quotes or brackets, then whitespace or the end. Anchored on punctuation,
# so the regex engine skips plain words quickly; the token before is looked up only if needed.
# (Starting the pattern with a character set lets the engine skip to punctuation fast.)
_CANDIDATE = re.compile(r"""(?P<punct>[.!?…‽](?:(?<=\.)(?:[ \u00a0]\.){2,}|[.!?…‽]*))(?P<close>["'”’»)\]]*)(?=\s|$)""")
_LONGEST_TOKEN = 80  # looking further back for the token before a stop changes no decision
# What follows a candidate: whitespace, opening quotes or brackets (or a dash before an
# attribution: "... second term. — Jane Doe"), then the first word.
_NEXT = re.compile(r"""\s+(?P<open>[—–](?=\s)|["'“‘«(\[]*)(?P<word>[^\W_]*)""")
_MULTI_PERIOD = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")  # U.S, a.m, Ph.D, U.S.A
_OPENING = "\"'“‘«(["
_PARAGRAPHS = re.compile(r"\n[ \t]*\n\s*")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)

# Numbered or lettered list items run together in one paragraph: "1) first 2) second".
_LIST_MARKER = re.compile(r"(?:(?<=\s)|^)(?P<bullet>[•⁃◦▪‣*-][ \t]*)?(?P<label>\d{1,3}|[a-z])(?P<sep>\.\)|\)|\.)(?=\s)")
_BULLET = re.compile(r"(?<=\s)[•⁃◦▪‣](?=\s)")


def _token_before(text: str, end: int) -> str:
    """The whitespace-delimited token ending at `end` ("" if whitespace precedes it)."""
    if end == 0 or text[end - 1].isspace():
        return ""
    return text[max(0, end - _LONGEST_TOKEN) : end].rsplit(None, 1)[-1]


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _list_cuts(text: str) -> tuple[list[int], frozenset[int]]:
    """Where list items start, and the list markers' full stops (which end nothing).

    Only a paragraph that opens with a marker is a list, and only markers continuing its
    sequence (1, 2, 3 or a, b, c) with the same punctuation start items, so a stray "2."
    in running text is left alone.
    """
    first = _LIST_MARKER.match(text)
    if first is None:
        if text[:1] in "•◦▪‣⁃":  # a bulleted list without numbers
            return [m.start() for m in _BULLET.finditer(text)], frozenset()
        return [], frozenset()
    cuts: list[int] = []
    markers = {first.start("sep")}
    expected, sep = _next_label(first["label"]), first["sep"]
    for match in _LIST_MARKER.finditer(text, first.end()):
        if match["label"] == expected and match["sep"] == sep:
            cuts.append(match.start())
            markers.add(match.start("sep"))
            expected = _next_label(expected)
    return cuts, frozenset(markers)


def _opens_sentence(word: str, opening: str) -> bool:
    # A quotation mark opens a sentence; a bracket rarely does ("STORRS, Conn. (AP)").
    return word.lower() in STARTERS or any(mark in opening for mark in "\"'“‘«")


def _only_a_phrase(text: str, start: int, end: int) -> bool:
    """True for a fragment such as "At 5 a.m." that cannot be a sentence on its own."""
    if end - start > 40:
        return False
    fragment = text[start:end].split()
    return 0 < len(fragment) <= 4 and fragment[0].lower() in PREPOSITIONS


def _ambiguous_ends(text: str, match: re.Match[str], nxt: re.Match[str], start: int) -> bool:
    """After "U.S.", "Inc." or an initial: a boundary only before a typical sentence opener."""
    word = nxt["word"]
    if len(word) == 1 and text.startswith(".", nxt.end()):
        return False  # another initial follows: "J. A. Smith"
    return _opens_sentence(word, nxt["open"]) and not _only_a_phrase(text, start, match.start("punct"))


def _full_stop_ends(text: str, match: re.Match[str], nxt: re.Match[str], start: int) -> bool:
    """Decide a single full stop followed by a capital letter or a digit."""
    if match["close"]:
        return True  # a closing quote or bracket after the stop: "... is great." She
    token = _token_before(text, match.start()).lstrip(_OPENING)
    lowered = token.lower()
    if lowered in TITLES:
        return False
    multi = _MULTI_PERIOD.fullmatch(token) is not None
    if nxt["word"][:1].isdigit():
        # "p. 55", "No. 10", "Jan. 5", "N°. 1026" continue; "$100.00. 20 people" ends.
        abbreviated = lowered in NUMBER_PREFIXES or lowered in ABBREVIATIONS or multi
        return not (abbreviated or len(token) == 1 or "°" in token or "#" in token)
    if lowered in TIMES and nxt["word"].lower() not in TIME_FOLLOWERS:
        return not _only_a_phrase(text, start, match.start("punct"))
    if multi or (len(token) == 1 and token.isalpha()) or lowered in ABBREVIATIONS:
        return _ambiguous_ends(text, match, nxt, start)
    return True


def _cut_at(text: str, match: re.Match[str], start: int) -> int | None:
    """Where the sentence ends if this candidate is a boundary, else None."""
    nxt = _NEXT.match(text, match.end())
    if nxt is None:
        return match.end()  # end of the paragraph
    first = nxt["word"][:1]
    if not (first.isupper() or first.isdigit() or (nxt["open"] and not first.islower())):
        return None  # a lower-case word continues the sentence: "Yahoo! in", "co. at"
    punct = match["punct"]
    if " " in punct or "\u00a0" in punct:
        attached = match.start() > 0 and not text[match.start() - 1].isspace()
        return _spaced_ellipsis_cut(match, punct, attached)
    if punct.startswith("..") or "…" in punct:
        # "[...]" marks an omission inside a quotation; elsewhere "..." before a capital ends one.
        return None if text[match.start() - 1 : match.start()] in ("[", "(") else match.end()
    if punct != ".":
        return match.end()  # ! ? and combinations
    return match.end() if _full_stop_ends(text, match, nxt, start) else None


def _spaced_ellipsis_cut(match: re.Match[str], punct: str, attached: bool) -> int | None:
    """Spaced ellipses follow the style-guide convention: three dots leave out words inside
    a sentence; four are an ellipsis plus a full stop. When the stop is attached to the word
    ("compounds. . . . The") the sentence ends there and the ellipsis opens the next one."""
    if punct.count(".") < 4:
        return match.end() if attached else None
    return match.start("punct") + 1 if attached else match.end()


# A quotation this long or shorter is kept whole: '"We want it. Just not here," he said.'
# is one sentence with its speaker. Longer quotations (speeches) are split as usual.
SHORT_QUOTE = 250
_CURLY_QUOTE = re.compile(r"“[^“”]*”")
_STRAIGHT_QUOTE = re.compile('"')


def _short_quotes(text: str) -> tuple[list[int], list[int]]:
    """Start and closing-mark offsets of short quotations that open and close in this paragraph.

    Curly quotes pair unambiguously. Straight quotes pair in order, and only when their number
    is even: news style leaves a quotation open at the end of a paragraph it continues past.
    """
    spans = [(m.start(), m.end() - 1) for m in _CURLY_QUOTE.finditer(text)]
    straight = [m.start() for m in _STRAIGHT_QUOTE.finditer(text)]
    if len(straight) % 2 == 0:
        spans.extend(zip(straight[::2], straight[1::2], strict=True))
    spans = sorted(span for span in spans if span[1] - span[0] <= SHORT_QUOTE)
    return [a for a, _ in spans], [b for _, b in spans]


def _inside_quote(starts: list[int], closes: list[int], match: re.Match[str]) -> bool:
    """True when the candidate lies within a short quotation, before its closing mark."""
    i = bisect_right(starts, match.start("punct")) - 1
    return i >= 0 and match.end() <= closes[i]


def _split_paragraph(text: str) -> list[str]:
    cuts, markers = _list_cuts(text)
    starts, closes = _short_quotes(text) if ('"' in text or "“" in text) else ([], [])
    start = 0
    for match in _CANDIDATE.finditer(text):
        if match.start("punct") in markers or (starts and _inside_quote(starts, closes, match)):
            continue
        cut = _cut_at(text, match, start)
        if cut is not None:
            cuts.append(cut)
            start = cut
    cuts.sort()
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [piece for piece in pieces if piece]


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping the original characters; blank lines always split."""
    sentences: list[str] = []
    for paragraph in _PARAGRAPHS.split(text.strip()):
        if paragraph:
            sentences.extend(_split_paragraph(paragraph))
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
def _snowball() -> SnowballStemmer:
    from nltk.stem.snowball import SnowballStemmer  # pure Python, needs no NLTK data

    return SnowballStemmer("english")


def stem(word: str) -> str:
    """Snowball English stem of a lower-cased word, memoised: stems repeat across articles."""
    return _stem_cached(word.lower())
