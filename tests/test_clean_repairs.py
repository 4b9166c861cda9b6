"""Repairs of text the copy broke, each as reviewers found it in real news (Multi-News), with near
misses that must stay as they are."""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, repair
from briefing.clean_words import split_fused


def splits(text: str) -> tuple[str, list[tuple[str, str]]]:
    heard: list[tuple[str, str]] = []
    return split_fused(text, lambda before, after: heard.append((before, after))), heard


# --------------------------------------------------------------------------- sentences glued together

GLUED = [
    # at a quote
    ("She wrote a resignation letter.\"I'm paraphrasing", "She wrote a resignation letter. \"I'm paraphrasing"),
    ('She defended her actions."I really take issue', 'She defended her actions. "I really take issue'),
    ('"Not on anyone.""It\'s been long awaited."', '"Not on anyone." "It\'s been long awaited."'),
    ('"Not on anyone.”“It was"', '"Not on anyone.” “It was"'),
    ("back to primetime.\"'Dancing With The Stars' would", "back to primetime. \"'Dancing With The Stars' would"),
    ('on April 1, 1990."It was a very tragic death.', 'on April 1, 1990. "It was a very tragic death.'),
    ('he said "no."I think', 'he said "no." I think'),
    # after a number
    ("resigned on January 8, 2014.City leaders say", "resigned on January 8, 2014. City leaders say"),
    ("was continued to July 6.Jarrett faces one count", "was continued to July 6. Jarrett faces one count"),
    ("was scheduled for July 2.The district attorney's", "was scheduled for July 2. The district attorney's"),
    ("(2014.City)", "(2014. City)"),
]
NOT_GLUED = [
    'Eyeliner Out of Colored Pencils!"GET THIS VIDEO',  # capitals: a title, not a sentence
    'He said.""Hello',  # an opening quote before another: no sentence's end
    'in World War I."II',
    'the U.S."It',  # an abbreviation before the quote, as before
    'version 3.5"Tall',
    "version 3.5 of it",
    "the 1.2.Beta build",
    "Web3.Storage",
    "visit 123.Com today",
    "No.1 hit",
    "section 3.A of the law",
    "in 1,000.The",
    "Amazon.com",
    "see 2014.City.com",
    "the 2.0Beta",
]


@pytest.mark.parametrize(("glued", "spaced"), GLUED)
def test_a_sentence_glued_at_a_quote_or_after_a_number_is_spaced(glued: str, spaced: str) -> None:
    fixed, heard = splits(glued)
    assert fixed == spaced
    assert len(heard) == 1
    assert splits(fixed) == (fixed, [])


@pytest.mark.parametrize("text", NOT_GLUED)
def test_a_quote_or_number_that_ends_no_sentence_is_left(text: str) -> None:
    assert splits(text) == (text, [])


# --------------------------------------------------------------------------- broken marks

BROKEN = [
    # a closing quote lost to the decoder
    ("The word “abortion�? — the practice she fought", 'The word "abortion" — the practice she fought'),
    ("are “fascinating and provocative,�? there are", 'are "fascinating and provocative," there are'),
    ("to having “super-supercurly hair�?), clothing", 'to having "super-supercurly hair"), clothing'),
    ("is likely to be quite complex.�?", 'is likely to be quite complex."'),
    # a name taken for an entity
    ("from iPhone users, AT&T; relented and switched", "from iPhone users, AT&T relented and switched"),
    ("as AT&T; and Verizon, with both AT&T; and Verizon", "as AT&T and Verizon, with both AT&T and Verizon"),
    ("threatened in 2008 (E&ENews; PM, Nov. 4).", "threatened in 2008 (E&ENews PM, Nov. 4)."),
    ("Grateful Dead Q&A;: Bob Weir", "Grateful Dead Q&A: Bob Weir"),
    ("a member of the '60s R&B; group", "a member of the '60s R&B group"),
    ("Fish &amp; chips at AT&T; then", "Fish & chips at AT&T then"),  # a real entity is decoded first
    # a backtick for an apostrophe
    ('"I`m not a bad mom, just bad actions."', '"I\'m not a bad mom, just bad actions."'),
    ("She don`t know", "She don't know"),
    ("Trump`s plan", "Trump's plan"),
    ("we`ve, they`re, he`ll, she`d", "we've, they're, he'll, she'd"),
    # the AP's underscore for a dash
    ("But doing it the right way _ protecting your riches", "But doing it the right way — protecting your riches"),
    ('higher than we are seeing _ 906 feet," he said.', 'higher than we are seeing — 906 feet," he said.'),
    ("leaders of U.S. allies _ including France", "leaders of U.S. allies — including France"),
]
NOT_BROKEN = [
    "a lost letter � in a word",
    "the sign �? alone",
    "why�?x",
    "customers of AT&T; Verizon; and Sprint",  # semicolons in a list: this one may be real
    "He left AT&T; it was time.",  # a clause after it: a real semicolon
    "AT&T and Q&A sessions",
    "rock & roll; blues",
    "say, `I am not able to",
    "the `list`s items",  # code
    "a`b",
    "cat`t",
    "fill in _ _ _ here",
    "snake_case _private",
    "_ start",
]


@pytest.mark.parametrize(("broken", "repaired"), BROKEN)
def test_a_broken_mark_is_mended(broken: str, repaired: str) -> None:
    assert repair(broken) == repaired
    assert repair(repaired) == repaired


@pytest.mark.parametrize("text", NOT_BROKEN)
def test_a_mark_that_is_not_broken_is_left(text: str) -> None:
    assert repair(text) == text


# --------------------------------------------------------------------------- --explain


@pytest.mark.parametrize(
    ("text", "kind", "detail"),
    [
        ('She wrote a letter."I\'m done," he said.', "split", "letter.\"I'm → letter. \"I'm"),
        ("She resigned on January 8, 2014.City leaders say so.", "split", "2014.City → 2014. City"),
        ("The word “abortion�? — the practice she fought.", "repair", "'“abortion�?' → '\"abortion\"'"),
        ("After years of it, AT&T; relented and switched.", "repair", "'AT&T;' → 'AT&T'"),
        ('"I`m not a bad mom," she said.', "repair", "'\"I`m' → '\"I\\'m'"),
        ("But doing it the right way _ protecting your riches takes work.", "repair", "'_' → '—'"),
    ],
)
def test_each_repair_is_recorded_for_explain(text: str, kind: str, detail: str) -> None:
    assert [change.detail for change in clean_text(text).changes if change.kind == kind] == [detail]


def test_an_ap_dateline_with_an_underscore_is_still_taken_off() -> None:
    cleaned = clean_text("WASHINGTON (AP) _ The Senate voted on Tuesday to pass the bill after a long debate.")
    assert cleaned.text == "The Senate voted on Tuesday to pass the bill after a long debate."
