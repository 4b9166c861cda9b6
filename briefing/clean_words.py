"""Word-level repair for the clean stage: unicode and spacing, and words the copy fused together.

Text copied from a web page loses the break between a link or heading and what follows, so two
words end up glued ("intelligenceJust", "APIand", "CNNThe"). A glued token is split only where
both halves are real words by `wordfreq`'s frequency list, and never where the token has the
shape of a brand or name ("OpenAI", "iPhone", "YouTube", "McDonald", "PhD").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from functools import lru_cache
from html.entities import html5


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read than a list literal)."""
    return frozenset(text.split())


# A word is "real" when it is at least this common (zipf 3 ≈ once per million words).
REAL_WORD_ZIPF = 3.0
# A glued token that is itself this common is a word in its own right ("YouTube", "LinkedIn").
KNOWN_TOKEN_ZIPF = 1.5

# Lower-case words that start sentences and never appear capitalised mid-sentence; a capitalised
# one glued to or following the previous word marks a new sentence ("CNNThe", "change It").
OPENERS = wordset(
    "the a an in on at it its this that these those but and as after before when while since for just now "
    "last yet however he she they we our his her their there here with from by if according meanwhile still "
    "also so some many most one two new neither both each every several few all such not only even instead "
    "then once although because during under until despite without among within across through"
)
# Prepositions, articles and conjunctions: a line ending in one breaks off mid-sentence.
DANGLING = wordset("a an the of to in on at for with by from and or but as than that")
# Two-letter words allowed as the lower-case half of a split ("APIand" → "API and" but not "IDed").
_SHORT_WORDS = wordset("an as at be by do go he if in is it me my no of on or so to up us we")
# Lower-case tails that are also endings of an acronym's plural or verb ("PDFs", "IDed", "SpaceXThe").
_AMBIGUOUS_TAILS = wordset("s es ed ing he")

_TOKEN = re.compile(r"[A-Za-z]+")
# An HTML entity as ftfy decodes them (its own pattern), and what ASCII needs no other fix from ftfy.
_ENTITY = re.compile(r"&#?[0-9A-Za-z]{1,24};")
_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e\t]*")
_PLAIN = re.compile(r"[\x20-\x7e\t‘’“”–—…•·\u00a0]*")
# Latin-1 letters and signs ("é", "£", "°") and "€", "™", written correctly. Left out: the soft hyphen,
# and the first characters of the mojibake shapes ftfy restores when the second byte became a space
# ("Ã ", "Â ", "â ").
_LATIN1_PLAIN = re.compile(
    "[\x20-\x7e\t‘’“”–—…•·\u00a0"
    + re.escape("".join(chr(c) for c in range(0xA1, 0x100) if chr(c) not in "\u00adÂÃÅÎÐÙâãð"))
    + "€™]*"
)
# Mojibake always puts two characters beyond ASCII side by side (the bytes of one character read as
# several: "Ã©", "â€™", "√©"), or a lead byte before the "?" of a lost one ("é?"). A line of Latin-1
# characters each standing alone, without those shapes, is one ftfy leaves as it is.
_MOJIBAKE_SHAPE = re.compile(r"[^\x00-\x7f]{2}|[\u00e0-\u00f4]\?")
# A case change: "aB", "ABc" or "a.B". Written to start at the capital and look back, so the
# regex engine skips straight to capitals (few in prose) instead of trying every lower-case letter.
_CASE_CHANGE = re.compile(r"[A-Z](?:(?<=[a-z][A-Z])|(?<=[a-z][.!?][A-Z])|(?<=[A-Z]{2})(?=[a-z]))")
# A full stop with a word of two lower-case letters before it and a capitalised word after, no space.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
# What `split_fused` looks at: a case change (`_CASE_CHANGE`), or a capitalised word right after a
# number's full stop ("2014.City", "July 6.Jarrett"). Starts at the capital; the two shapes with a
# full stop are tried only after one (most capitals follow a space), so this is no slower.
_GLUE_CANDIDATE = re.compile(
    r"[A-Z](?:(?<=[a-z][A-Z])|(?<=[A-Z]{2})(?=[a-z])|(?<=[.!?][A-Z])(?:(?<=[a-z].[A-Z])|(?<=\d\.[A-Z])(?=[a-z])))"
)
# A sentence that ends on a number glued to the next: a whole number of up to four digits (a year, a
# day), a full stop, and a capitalised word ending the chunk. Not a decimal or version ("3.5",
# "1.2.Beta", "Web3.Storage": something before the digits) nor a domain ("1.Com" is left below).
_GLUED_AFTER_NUMBER = re.compile(r"(?<![\w.,])\d{1,4}\.(?=([A-Z][a-z]+)(?:[,;:!?)\"'’”]|\.?$))")
# Top-level domains, which follow a full stop without being a sentence.
_DOMAINS = wordset("com net org gov edu info biz co io uk us tv ly me")
# A sentence glued to the next one that opens (or closes) with a quotation mark or a bracket:
# 'her death."It was', 'the department.(Aakash)', 'said "no."Then', 'on April 1, 1990."It was'; the
# next sentence may open with "I" ('letter."I'm', 'actions."I really'), with a quote of its own after
# a closing one ('anyone.""It's') or with a single quote ('primetime."'Dancing With The Stars''),
# which `_split_glued_quotes` spaces only after a closing mark. Starts at the mark and looks back.
_GLUED_QUOTE = re.compile(
    r"[\"“”(](?:(?<=[a-z]{2}[.!?][\"“”(])|(?<=\d[.!?][\"“”(]))(?=[A-Z][a-z]|I\b|[\"“][A-Z]|['‘][A-Z][a-z])"
)
# A quotation that follows a closing mark with no space ('anyone.""It's'): only a closing mark may
# be spaced there (an opening one before another quote is no sentence's end).
_QUOTE_AFTER = re.compile(r"[\"“]")
# A space-separated chunk of machine text: URL, path, e-mail, handle, query string, identifier.
_MACHINE = re.compile(r"://|www\.|[/@=_{}<>#\\]|\.[a-z]")
# Runs of spaces to make one plain space: two or more, or one odd space (a lone " " is left alone, so
# prose has no match at each of its spaces).
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Something for the spacing rules to do: an odd or invisible space, two spaces, a space before an
# apostrophe, a single quote or punctuation, or after an apostrophe or a single quote. (Double
# quotes with spaces inside are tested on their own: most quoted speech has a space beside its
# quotes and needs nothing.) Tested in three parts, none of which starts at a space (a line has
# many): a substring test for two spaces, a character class for odd spaces, and a pattern that
# starts at the punctuation or quote and looks back for the space.
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad]")
_SPACED_PUNCT = re.compile(r"['‘’`´,.;:!?%](?:(?<= .)|(?<=['‘’`´]) )")
# The spacing patterns below start at a literal character and look back, rather than the other way
# round, so the regex engine skips ahead to that character instead of trying every place in the line.
# "OpenAI ‘ s", "don ’ t": spaces around an apostrophe inside a word, left by machine translation.
_SPACED_APOSTROPHE = re.compile(r"(?: (?<=\w )['‘’`´] ?|['‘’`´](?<=\w['‘’`´]) )(?=(?:s|t|re|ve|ll|d|m)\b)")
_SPACE_BEFORE_PUNCT = re.compile(r" (?<=\w ) *(?=[,.;:!?%](?:\s|$))")
_INNER_QUOTE_SPACE = re.compile(r"(\") +([^\"\n]*?) +(\")")
# "regretted ' careless mistakes ' but": single quotes with spaces inside (never an apostrophe,
# which has a letter before it).
_INNER_SINGLE_SPACE = re.compile(r"'(?<!\S') +([^'\n]+?) +'(?=[\s.,;:!?)]|$)")

# Marks the copy broke, each gated by a substring test in `_repair_marks` (most lines have none):
# "the word “abortion�? — the": a closing curly quote (UTF-8 E2 80 9D) decoded as Windows-1252, whose
# 0x9D is no character, leaves U+FFFD and a "?" after the word; no other character leaves that pair
# after ASCII (a Latin or Cyrillic letter leaves its lead byte before it: "Ã�?", "Ð�?").
_LOST_CLOSING_QUOTE = re.compile(r"(?<=[\x21-\x7e])\ufffd\?(?=[\s)\]},.;:!?'\"—–-]|$)")
# "AT&T; relented", "(E&ENews; PM", "Q&A;:": an escaper took the "&" of a name in capitals for an
# entity and closed it with ";". Only where "&" follows a capital and the name is no entity, and not
# before a subject that starts a clause (a real semicolon: "He left AT&T; it was time").
_CLAUSE_SUBJECT = r"(?:[Ii]|he|she|it|we|they|you|however|this|there)\b"
_BROKEN_ENTITY = re.compile(rf"(?<=[A-Z])&([A-Z][A-Za-z]{{0,15}});(?! {_CLAUSE_SUBJECT})")
# "I`m", "it`s", "don`t": a backtick for an apostrophe inside a word, before a contraction's or a
# possessive's ending (as `_SPACED_APOSTROPHE` has them; "t" only after "n").
_BACKTICK_APOSTROPHE = re.compile(r"`(?:(?<=[A-Za-z]`)(?=(?:s|re|ve|ll|d|m)\b)|(?<=n`)(?=t\b))")
# "the right way _ protecting your riches": the AP's underscore for a dash, between words or
# punctuation; not among blanks to fill in ("_ _ _").
_UNDERSCORE_DASH = re.compile(r"(?<=[^\s_]) _ (?=[^\s_])")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common `word` is in English (0 = unknown, 7 = "the"), from wordfreq."""
    from wordfreq import zipf_frequency  # heavy data load: only on first use (cleaning, facts)

    return zipf_frequency(word.lower(), "en")


def is_real(word: str) -> bool:
    """A real word: common enough, and a two-letter one only from a short list of function words."""
    if len(word) < 2:
        return False
    if len(word) == 2:
        return word.lower() in _SHORT_WORDS
    return zipf(word) >= REAL_WORD_ZIPF


# --------------------------------------------------------------------------- unicode and spacing


def uncurl_plain(line: str) -> str | None:
    """The line with straight quotes, if it holds only ASCII, common typography and Latin-1 letters
    and signs standing alone (so nothing for ftfy to repair); None if it needs ftfy (other
    characters could be mojibake, "&" an entity)."""
    if line.isascii():  # most lines: no curly quotes, no mojibake
        return None if "&" in line and _ascii_needs_ftfy(line) else line
    if "&" in line:
        return None
    uncurled = line.replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')  # faster than translate
    if uncurled.isascii() or _PLAIN.fullmatch(uncurled):
        return uncurled
    # Accented letters and signs ("café", "£5m"): ftfy is slow on them and changes nothing unless
    # they stand in a mojibake shape, which is tested on the line as ftfy would see it.
    return uncurled if _LATIN1_PLAIN.fullmatch(line) and not _MOJIBAKE_SHAPE.search(line) else None


def _ascii_needs_ftfy(line: str) -> bool:
    """An ASCII line with "&": ftfy has something to do only if that is an entity ("&amp;", "&#8217;")
    or the line holds a control character (which ftfy drops); "AT&T" and "Q&A" pass unchanged."""
    return _ENTITY.search(line) is not None or _PRINTABLE_ASCII.fullmatch(line) is None


def repair_line(line: str) -> str:
    """Fix spacing in one line: collapse whitespace, close up apostrophes and stray punctuation;
    mend the marks the copy broke (`_repair_marks`)."""
    line = _repair_marks(line)
    if not _has_odd_spacing(line) and not _has_spaced_quotes(line):  # most lines: nothing to change
        return line.strip()
    line = _INVISIBLE.sub("", line)
    line = _SPACES.sub(" ", line).strip()
    line = _SPACED_APOSTROPHE.sub("'", line)
    line = _SPACE_BEFORE_PUNCT.sub("", line)
    line = _INNER_SINGLE_SPACE.sub(r"'\1'", line)
    return _INNER_QUOTE_SPACE.sub(_close_quote, line) if line.count('"') == 2 else line


def _repair_marks(line: str) -> str:
    """The line with the broken marks above mended; a substring test skips each rule."""
    if not line.isascii() and "\ufffd" in line:  # `isascii` takes no time; most lines are ASCII
        line = _LOST_CLOSING_QUOTE.sub('"', line)
    if "&" in line and ";" in line:
        line = _mend_entities(line)
    if "`" in line:
        line = _BACKTICK_APOSTROPHE.sub(_backtick, line)
    if "_" in line and " _ " in line:  # a single character is quicker to look for than " _ "
        line = _UNDERSCORE_DASH.sub(" — ", line)
    return line


def _mend_entities(line: str) -> str:
    """ "AT&T;" → "AT&T", when every ";" in the line closes such a false entity (a line with a real
    semicolon could have one after a name: "customers of AT&T; Verizon; Sprint")."""
    found = [match for match in _BROKEN_ENTITY.finditer(line) if match.group(1) + ";" not in html5]
    if not found or len(found) != line.count(";"):
        return line
    for match in reversed(found):  # from the end, so earlier positions stay valid
        line = line[: match.end() - 1] + line[match.end() :]
    return line


def _backtick(match: re.Match[str]) -> str:
    """An apostrophe, unless the word opens with a backtick too (code: "`list`s")."""
    text, at = match.string, match.start()
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return "`" if text[start - 1 : start] == "`" else "'"


def _has_odd_spacing(line: str) -> bool:
    """Whether the spacing rules have something to do (other than inside double quotes)."""
    if "  " in line:
        return True
    # In ASCII the only odd space is a tab: a substring test, not a pattern.
    odd = "\t" in line if line.isascii() else _ODD_SPACE.search(line) is not None
    return odd or _SPACED_PUNCT.search(line) is not None


def _has_spaced_quotes(line: str) -> bool:
    """Exactly two double quotes with spaces just inside them: what the last rule closes up."""
    return line.count('"') == 2 and _INNER_QUOTE_SPACE.search(line) is not None


def _close_quote(match: re.Match[str]) -> str:
    return f'"{match.group(2)}"'


# --------------------------------------------------------------------------- fused words


def split_fused(text: str, on_split: Callable[[str, str], None] | None = None) -> str:
    """Split every glued token in `text`; `on_split(before, after)` hears of each split made.
    URLs, e-mail addresses, handles and code ("?pubId=1", "data_emailAddress") are left whole."""

    def fix(match: re.Match[str]) -> str:
        token = match.group(0)
        fixed = split_token(token)
        if fixed != token and on_split:
            on_split(token, fixed)
        return fixed

    def fix_part(part: str) -> str:
        # Each part holds a case change (`_case_change_chunks`); machine text stays whole.
        if _MACHINE.search(part):
            return part
        spaced = _GLUED_SENTENCE.sub(" ", part)  # "hospital.Drivers": a sentence glued to the next
        if not spaced[:1].isalpha():  # "2014.City", "(2014.City": a number's full stop, glued
            spaced = _GLUED_AFTER_NUMBER.sub(_space_after_number, spaced)
        if spaced != part and on_split:
            on_split(part, spaced)
        return _TOKEN.sub(fix, spaced)

    text = _split_glued_quotes(text, on_split)
    chunks = _case_change_chunks(text)
    if not chunks:  # most lines: nothing glued, nothing to do
        return text
    # Only the space-separated chunks with a case change inside can hold glued words: those are
    # fixed, the text between them copied as it is.
    pieces, done = [], 0
    for start, end in chunks:
        pieces += [text[done:start], fix_part(text[start:end])]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _space_after_number(match: re.Match[str]) -> str:
    """ "2014." and a space, unless a domain follows ("123.Com")."""
    return match.group() if match.group(1).lower() in _DOMAINS else match.group() + " "


def _case_change_chunks(text: str) -> list[tuple[int, int]]:
    """Where the space-separated chunks of `text` that hold a case change (or a capital after a
    number's full stop) start and end. (A case change spans no space, so it lies inside one chunk
    and is one of that chunk's own.)"""
    chunks: list[tuple[int, int]] = []
    end = 0
    for match in _GLUE_CANDIDATE.finditer(text):
        at = match.start()
        if at < end:  # a second case change in the chunk already found
            continue
        start = text.rfind(" ", 0, at) + 1
        end = text.find(" ", at)
        end = len(text) if end < 0 else end
        chunks.append((start, end))
    return chunks


def _split_glued_quotes(text: str, on_split: Callable[[str, str], None] | None) -> str:
    """A space where a sentence's end runs into a quotation or bracket: before an opening mark,
    after a closing one (a straight quote closes when an odd number of them come before it)."""
    if _GLUED_QUOTE.search(text) is None:  # most lines: the pattern, starting at a quote or bracket, is quick
        return text
    marks = list(_GLUED_QUOTE.finditer(text))
    for match in reversed(marks):  # from the end, so earlier positions stay valid
        at, mark = match.start(), match.group()
        closing = mark == "”" or (mark == '"' and text.count('"', 0, at) % 2 == 1)
        if not closing and _QUOTE_AFTER.match(text, at + 1):
            continue
        cut = at + 1 if closing else at
        if on_split:
            start = text.rfind(" ", 0, at) + 1
            end = text.find(" ", at)
            chunk = text[start : end if end >= 0 else len(text)]
            on_split(chunk, chunk[: cut - start] + " " + chunk[cut - start :])
        text = text[:cut] + " " + text[cut:]
    return text


def has_case_change(text: str) -> bool:
    """A lower-case letter before a capital, or two capitals before a lower-case one: maybe glued."""
    return _CASE_CHANGE.search(text) is not None


def split_token(token: str) -> str:
    """One token, split where the copy glued two words: "intelligenceJust" → "intelligence. Just"."""
    if token.islower() or token.isupper() or len(token) < 4 or zipf(token) >= KNOWN_TOKEN_ZIPF:
        return token
    for cut in _boundaries(token):
        left, right = token[:cut], token[cut:]
        joiner = _joiner(left, right)
        if joiner:
            return left + joiner + split_token(right)
    return token


def _boundaries(token: str) -> list[int]:
    """Where a case change could mark two glued words: lower→Upper, and either side of Upper-run→lower."""
    cuts = []
    for i in range(1, len(token)):
        prev, cur = token[i - 1], token[i]
        if prev.islower() and cur.isupper():
            cuts.append(i)
        elif prev.isupper() and cur.islower() and i >= 2 and token[i - 2].isupper():
            cuts.extend((i - 1, i))  # "CNNThe" → CNN|The first, then "APIand" → API|and
    return cuts


def _joiner(left: str, right: str) -> str:
    """ ". " or " " if `left|right` are two glued words, "" if the token must stay whole."""
    head, tail = _last_word(left), _first_word(right)
    if _opens_sentence(tail) and right == tail and len(left) >= 2 and (len(tail) >= 3 or not head.istitle()):
        # A capitalised head before a two-letter opener is a compound's shape ("SignIn", "AddOn").
        return ". "
    if head.islower():
        return _after_lower(head, tail, right)
    if head.isupper() and len(head) >= 2 and tail.islower() and is_real(tail) and tail not in _AMBIGUOUS_TAILS:
        # "APIand": the lower-case word continues the sentence; but "JJGrey" could as well be "JJ Grey".
        # Only a function word or a long word: "SCOTUSblog" is a name, "GOPoversight" two words.
        plain = tail in DANGLING or tail in _SHORT_WORDS or len(tail) >= 6
        return " " if plain and not is_real(left[-1] + tail) else ""
    # Capitalised+Capitalised is a brand's shape ("YouTube", "DeepMind", "ChatGPT"): kept whole.
    return ""


def _opens_sentence(word: str) -> bool:
    return len(word) > 1 and word.istitle() and word.lower() in OPENERS


def _after_lower(head: str, tail: str, right: str) -> str:
    # "iPhone", "eBay", "macOS": a short lower-case head or an acronym tail is a name's shape.
    if len(head) < 3 or not tail.istitle() or not is_real(head):
        return ""
    if is_real(right):  # a common word, capitalised: it starts a sentence ("intelligenceJust")
        return ". "
    # A name ("operatorBayline Ferries", "fallOpenAI"): a link's text glued on, the sentence goes on.
    return " " if _is_name_shaped(right) else ""


def _is_name_shaped(word: str) -> bool:
    """Capitalised, or a camel-case brand ("Sora", "OpenAI"): letters only, a capital and then
    at least two lower-case letters ("IFy" and "Id" are not names' shapes)."""
    return word.isalpha() and re.match(r"[A-Z][a-z]{2,}", word) is not None


def _last_word(text: str) -> str:
    """The last case-consistent run of `text` ("Open" of "Open", "API" of "API")."""
    match = re.search(r"(?:[A-Z]?[a-z]+|[A-Z]+)$", text)
    return match.group(0) if match else text


def _first_word(text: str) -> str:
    match = re.match(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", text)
    return match.group(0) if match else text


# --------------------------------------------------------------------------- citation marks

# Reference numbers a copy of a paper or a wiki page left in the text: in brackets ("scripture[9] and"),
# or with the brackets or superscript lost, glued to the word before ("the study.4 The", "fuel1,2,3 are",
# "drink,61 some", "in Oregon13 and"). A number of one to three digits, perhaps a list ("12,13", "56 ,57"),
# right after a letter, or a letter and a full stop or comma, and before a space, punctuation or the end.
_CITATION = re.compile(
    r"\[(?<=\S\[)\d{1,3}\]|"  # (each lookbehind after a first character, so the search skips ahead in C)
    r"\d(?:(?<=[A-Za-z]\d)|(?<=[a-z][.,]\d))\d{0,2}(?: ?, ?\d{1,3})*(?=[\s;:)\]\"'”’]|[.,!?](?:\s|$)|$)"
)
# Where a mark may start, found quickly: in the text's bytes, ASCII letters made "a", digits "0", full
# stops and commas ".", and everything else but "[" a space, a mark needs "a0", "a.0" or "[0"
# (`bytes.translate` and a search that starts at the rare "0" take a fraction of the time of any
# search for the marks in the text).
_CITATION_SHAPE = bytes(
    ord("a")
    if chr(c).isalpha()
    else ord("0")
    if chr(c).isdigit()
    else ord(".")
    if chr(c) in ".,"
    else c
    if chr(c) == "["
    else 32
    for c in range(128)
) + bytes(32 for _ in range(128, 256))
_CITATION_SHAPE_MARK = re.compile(rb"0(?:(?<=a0)|(?<=\[0)|(?<=a\.0))")
# Words after which a number glued to a full stop is a date or a reference to a part, not a citation.
_NUMBERED_ABBREVIATIONS = wordset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december no nos vol vols fig figs art arts sec ch chap para pp op ed eds rev "
    "ver gen col capt sgt lt st ave blvd mt ft approx est inc ltd corp dept govt"
)
# An article with at least this many sure citation marks has them: a lone number glued to a name there
# ("Oregon13") is one too.
MIN_SURE_CITATIONS = 2


def citation_marks(texts: list[str]) -> dict[int, list[tuple[int, int]]]:
    """The spans of citation marks to cut, by line of the article (most articles: none). Sure marks: a
    number in brackets glued to the text, one after a word and a full stop before the next sentence
    ("study.4 The"), a list glued to a lower-case word ("fuel1,2,3"). A lone number glued to a word
    ("consumption58 and", "Oregon13"), or after a comma ("drink,61 some"), is cut only in an article
    with sure marks, and only once in it (a name with a number, "Denver7", "Buzz60", is said again; an
    age after a name, "Kim,30,", has a capital and a comma)."""
    everything = "\n".join(texts)
    # One byte for each character (non-ASCII ones made "?"), so places in the shape are places in the text.
    shape = everything.encode("ascii", "replace").translate(_CITATION_SHAPE)
    found, after = [], 0
    for candidate in _CITATION_SHAPE_MARK.finditer(shape):  # most articles: none
        start = candidate.start() - (shape[candidate.start() - 1] == ord("["))
        match = _CITATION.match(everything, start) if start >= after else None
        if match and (kind := _citation_kind(everything, match)):
            found.append((match.start(), match.end(), kind))
            after = match.end()
    if not found:
        return {}
    sure = sum(kind == "sure" for _, _, kind in found)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    spans: dict[int, list[tuple[int, int]]] = {}
    for start, end, kind in found:
        if kind == "sure" or (sure >= MIN_SURE_CITATIONS and _said_once(everything, start, end)):
            line = bisect.bisect_right(starts, start) - 1
            spans.setdefault(line, []).append((start - starts[line], end - starts[line]))
    return spans


_LETTERS_BEFORE = re.compile(r"[A-Za-z]+$")
# The letters before a number are looked for in this many characters (a word glued to a mark is shorter).
WORD_BEFORE = 40


def _citation_kind(text: str, match: re.Match[str]) -> str:
    """ "sure", "likely" (cut only in an article with sure marks) or "" (not a citation mark)."""
    start, end = match.span()
    if text[start] == "[":
        return "sure"
    token = _token_at(text, start, end)
    if "/" in token or "@" in token or "#" in token or "_" in token or "www" in token:
        return ""  # a link or a handle: "twitter.com/jdoe12", "@Royceda59"
    punct = text[start - 1] if text[start - 1] in ".," else ""
    letters = _LETTERS_BEFORE.search(text, max(0, start - WORD_BEFORE), start - len(punct))
    word = letters.group() if letters else ""
    if len(word) < 3 or not word[1:].islower() or word.lower() in _NUMBERED_ABBREVIATIONS:
        return ""  # "MP3", "iPhone6", "No.4", "Sept.3"
    after = text[end : end + 2]
    if punct == ".":  # before the next sentence, or the end of the line
        sure = not after or after[0] == "\n" or (after[0] == " " and (after[1:].isupper() or after[1:] in '"“‘('))
        return "sure" if sure else ""
    if punct == ",":
        return "likely" if word.islower() and after[:1] == " " and after[1:].islower() else ""
    if zipf(word) < REAL_WORD_ZIPF:
        return ""  # "Rclbeauty101": a handle
    if word.islower() and "," in match.group():
        return "sure"
    return "likely"


# Punctuation around a word, not part of the name it may be ("Denver7," and "Denver7." are one name).
_AROUND_WORD = "\"'“”‘’()[].,;:!?"


def _said_once(text: str, start: int, end: int) -> bool:
    """Whether the word glued to the mark at text[start:end] is in the text once (with its number)."""
    return text.count(_token_at(text, start, end).strip(_AROUND_WORD)) == 1


def _token_at(text: str, start: int, end: int) -> str:
    """The token (between spaces or line breaks) around text[start:end]."""
    left, right = token_span(text, start, end)
    return text[left:right]


def token_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the token (between spaces or line breaks) around text[start:end] starts and ends."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(text.find(" ", end) % (len(text) + 1), text.find("\n", end) % (len(text) + 1))  # -1: the end
    return left, right
