"""The clean stage's shortcuts give the answers of the plain rules they stand in for.

Cleaning is made fast by cheap tests that skip work (a line without a case change has no glued
word) and by patterns rewritten to be quicker (words by `str.split`, spacing patterns that start
at a literal character). Each test here holds a shortcut to the plain version it replaced.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_clean_repairs import splits

from briefing import clean, clean_boiler, clean_words, markdown
from briefing.clean import repair
from briefing.clean_markup import strip_markup

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
# Characters and endings the rules care about, to build test strings from.
PIECES = [*"aAbBsStTdm .,;:!?%'\"‘’“”`´()[]-_@=/|\t\u00a0\u200b\né", "ll", "ve", "re", "  "]
TEXT = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)
SPACING_PIECES = [*"ab '‘`,.)\t\u00a0\n", "s", "ll", "  "]

# The patterns as they were before they were rewritten for speed.
PLAIN_WORD = re.compile(r"[\w'’-]+")
PLAIN_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
PLAIN_CASE_CHANGE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]|[a-z][.!?][A-Z]")
PLAIN_SPACING = {
    "_SPACES": (re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+"), " "),
    "_SPACED_APOSTROPHE": (re.compile(r"(?<=\w)(?: ?['‘’`´] | ['‘’`´])(?=(?:s|t|re|ve|ll|d|m)\b)"), "'"),
    "_SPACE_BEFORE_PUNCT": (re.compile(r"(?<=\w) +(?=[,.;:!?%](?:\s|$))"), ""),
    "_INNER_SINGLE_SPACE": (re.compile(r"(?<!\S)' +([^'\n]+?) +'(?=[\s.,;:!?)]|$)"), r"'\1'"),
}


@settings(max_examples=300)
@given(st.text(max_size=30) | TEXT)
def test_words_are_the_words_of_the_plain_pattern(text: str) -> None:
    assert list(clean_boiler.words.__wrapped__(text)) == PLAIN_WORD.findall(text)


@settings(max_examples=300)
@given(TEXT)
def test_ends_sentence_agrees_with_the_plain_pattern(text: str) -> None:
    assert clean_boiler.ends_sentence(text) == bool(PLAIN_SENTENCE_END.search(text))


@settings(max_examples=300)
@given(st.text(st.sampled_from(list("aAbB.!? ")), max_size=12))
def test_case_change_agrees_with_the_plain_pattern(text: str) -> None:
    assert clean_words.has_case_change(text) == bool(PLAIN_CASE_CHANGE.search(text))


@pytest.mark.parametrize("name", sorted(PLAIN_SPACING))
def test_spacing_patterns_replace_what_the_plain_ones_did(name: str) -> None:
    # Many short random strings of the pieces: the differences that matter are a character or two.
    plain, replacement = PLAIN_SPACING[name]
    fast = getattr(clean_words, name)
    rng = random.Random(name)
    for _ in range(20000):
        text = "".join(rng.choice(SPACING_PIECES) for _ in range(rng.randint(0, 12)))
        assert fast.sub(replacement, text) == plain.sub(replacement, text), repr(text)


# The test for something to do, as one pattern, before it was split into three quicker parts.
PLAIN_ODD_SPACING = re.compile(r"[\t\u00a0\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad]| [ '‘’`´,.;:!?%]|['‘’`´] ")


def test_odd_spacing_test_agrees_with_the_plain_pattern() -> None:
    rng = random.Random(7)
    pieces = [*SPACING_PIECES, *";:!?%’´\u2009\u00ad\ufeff", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert clean_words._has_odd_spacing(text) == bool(PLAIN_ODD_SPACING.search(text)), repr(text)


def test_spaced_double_quotes_alone_are_closed_up() -> None:
    assert repair('He said " this is it " and left.') == 'He said "this is it" and left.'


def test_a_bare_ampersand_is_left_and_an_entity_decoded() -> None:
    assert repair("AT&T and Q&A sessions") == "AT&T and Q&A sessions"
    assert repair("Fish &amp; chips") == "Fish & chips"
    assert repair("Q&A\x07 time") == "Q&A time"  # ftfy drops the control character


# Latin-1 letters and signs, typography, and the pieces of real mojibake ("Ã©" is "é", "â€™" is "’").
LATIN1_PIECES = [*"abcXYZ09 ?.,'\"&", *"‘’“”–—…•·\u00a0éèàâãçñöüÉÀÃÂ£€°©®™½«»¿", "Ã©", "â€™", "Â£", "Ã "]


def test_latin1_lines_that_skip_ftfy_are_those_it_leaves_as_they_are() -> None:
    import ftfy

    rng = random.Random(11)
    skipped = 0
    for _ in range(30000):
        line = "".join(rng.choice(LATIN1_PIECES) for _ in range(rng.randint(1, 14)))
        plain = clean_words.uncurl_plain(line)
        if plain is not None and not clean_words._PLAIN.fullmatch(plain):  # a Latin-1 line let past ftfy
            skipped += 1
            assert plain == ftfy.fix_text(line, normalization="NFC"), repr(line)
    assert skipped > 1000  # the shortcut was tried, not just never taken
    assert clean_words.uncurl_plain("A “fine” café, £5") == 'A "fine" café, £5'
    assert clean_words.uncurl_plain("The café’s menu") is None  # "é’" side by side: ftfy decides
    assert clean_words.uncurl_plain("The cafÃ© menu") is None  # mojibake: ftfy's to mend
    assert repair("The cafÃ© menu costs Â£5") == "The café menu costs £5"


MARKDOWN_PIECES = [
    *"ab Z9é.,;:!?'\"$%/|()-+#=>~)\n\x0c\u00a0\u2028",
    "word",
    "\n\n",
    " \n",
    "  \n",
    "\n   ",
    "\n    ",
    "1.",
    "2)",
    "---",
    "===",
    "*",
    "_",
    "[x]",
    "&amp;",
]


@settings(max_examples=2000)
@given(st.lists(st.sampled_from(MARKDOWN_PIECES), max_size=24).map("".join))
def test_text_without_markdown_syntax_reads_as_the_parser_reads_it(text: str) -> None:
    if not markdown.has_markdown_syntax(text):
        assert markdown._paragraphs_text(text) == markdown._parsed_text(text)


def test_markdown_after_any_kind_of_line_break_is_removed() -> None:
    text, _ = strip_markup("Intro\r- first item\u2028# Heading\x0b  2. second item\n")
    assert text == "Intro\nfirst item\nHeading\nsecond item"


def test_run_in_headings_are_found_as_without_the_quick_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [line for p in sorted(FIXTURES.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    lines += [
        "How the deal came together The company said it would buy the firm for five billion dollars.",
        "Why Sora failedOpenAI said on Tuesday that the app would close at the end of the month.",
        "Ferry is taking over the traffic The ferry company said the service starts next week on Monday.",
    ]
    quick = [clean._run_in_heading(line) for line in lines]
    monkeypatch.setattr(clean, "_may_have_run_in", lambda tokens: True)
    assert quick == [clean._run_in_heading(line) for line in lines]
    assert sum(1 for heading, _, _ in quick if heading) >= 3


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*"clickhere CLICKHERE.ıİK", "click here", "Click Here"]), max_size=14).map("".join))
def test_click_here_agrees_with_the_plain_pattern(text: str) -> None:
    # Outside ASCII the pattern alone decides: "clıck here" matches it when case is ignored.
    assert clean_boiler._says_click_here(text, text.lower()) == bool(clean_boiler._CLICK_HERE.search(text))
    assert clean_boiler._says_click_here("clıck here", "clıck here")
    assert clean_boiler._says_click_here("CLICK HERE now", "click here now")


@settings(max_examples=300)
@given(TEXT)
def test_holds_any_is_any_substring(text: str) -> None:
    for parts in (clean_boiler._MENU_MARKS, clean_boiler._ANYWHERE_KEYS, ("a", "b'"), ()):
        assert clean_boiler._holds_any(text, parts) == any(part in text for part in parts)


def test_start_cues_without_the_credit_find_what_all_of_them_find() -> None:
    lines = [line for p in sorted(FIXTURES.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    lines += [
        "Jane Doe and John Roe contributed to this report.",
        "Associated Press writer Jane Doe CONTRIBUTED to this story",
        "Reuters contrıbuted to this report.",  # a dotless i: not ASCII, so every cue is tried
        "By Jane Doe, who contributed to this report",
    ]
    for line in lines:
        found = clean_boiler._START_CUE.match(line)
        quick = clean_boiler._start_cue(line, line.lower()).match(line)
        assert (found and found.lastgroup) == (quick and quick.lastgroup), line
    credit = next(f"c{i}" for i, (_, pattern) in enumerate(clean_boiler._START_CUES) if "contributed" in pattern)
    credits = [line for line in lines if (m := clean_boiler._START_CUE.match(line)) and m.lastgroup == credit]
    assert len(credits) >= 4  # the credit is found, in ASCII and not


def test_glued_words_are_split_as_when_every_chunk_is_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [line for p in sorted(FIXTURES.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    lines += ["Sora's rise and fallOpenAI said  the APIand\tiPhone.Drivers", 'her death."It was CNNThe end']

    def every_chunk(text: str) -> list[tuple[int, int]]:
        chunks, start = [], 0
        for chunk in text.split(" "):
            chunks.append((start, start + len(chunk)))
            start += len(chunk) + 1
        return chunks

    quick = [splits(line) for line in lines]
    monkeypatch.setattr(clean_words, "_case_change_chunks", every_chunk)
    assert quick == [splits(line) for line in lines]
    assert len(lines) > 100 and sum(1 for _, heard in quick if heard) >= 5


@settings(max_examples=300)
@given(st.text(st.sampled_from([*"ab .\t\n\u00a0\u2003\u200b\x1c"]), max_size=12))
def test_a_repair_of_the_ends_alone_is_whitespace_as_split_sees_it(text: str) -> None:
    # `_repair_detail` says nothing of a line only stripped (`str.strip` and `str.split` agree on whitespace).
    assert clean._repair_detail(text, text.strip()) == ""
