"""Headings on real news: page furniture with a heading's shape, speech and broken sentences that
are no headings, section labels and subheads in capitals that are, datelines glued to their dash.

Each case found in Multi-News copy is checked block by block (kind and text), next to a near miss
that must stay as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.clean import clean_text, is_heading

LEAD = "The city council approved the new harbour plan on Tuesday after a long debate."
TAIL = "Work on the first quay is due to start in the spring, the agency said in a statement."


def blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in clean_text(text).blocks]


def drops(text: str) -> list[str]:
    return [c.detail for c in clean_text(text).changes if c.kind == "drop"]


def between(line: str) -> str:
    """The line between two paragraphs of prose."""
    return f"{LEAD}\n\n{line}\n\n{TAIL}"


# --------------------------------------------------------------------------- datelines glued to the dash


@pytest.mark.parametrize(
    ("line", "rest", "cut"),
    [
        (
            "WASHINGTON—An attorney for the aide said he would cooperate.",
            "An attorney for the aide said he would cooperate.",
            "WASHINGTON—",
        ),
        (
            "MIAMI—When asked about his star, the coach has a line ready.",
            "When asked about his star, the coach has a line ready.",
            "MIAMI—",
        ),
        (
            "HIROSHIMA--A stray dog joined the rescue efforts last week.",
            "A stray dog joined the rescue efforts last week.",
            "HIROSHIMA--",
        ),
        (
            "SAN FRANCISCO--(BUSINESS WIRE)--The following statement was issued.",
            "The following statement was issued.",
            "SAN FRANCISCO--(BUSINESS WIRE)--",
        ),
        (
            'ST. LOUIS—"We are ready," the mayor said on Monday.',
            '"We are ready," the mayor said on Monday.',
            "ST. LOUIS—",
        ),
    ],
)
def test_a_dateline_glued_to_its_dash_is_taken_off(line: str, rest: str, cut: str) -> None:
    assert blocks(f"{line}\n\n{TAIL}") == [("paragraph", rest), ("paragraph", TAIL)]
    assert any(detail.startswith(repr(cut)) and "dateline" in detail for detail in drops(f"{line}\n\n{TAIL}"))


@pytest.mark.parametrize(
    "line",
    [
        "U.S.—China talks resumed on Monday after a pause of two months.",
        "COVID—19 cases rose again in the city last week, officials said.",
        "AP—the agency's style guide changed again this year, editors said.",
    ],
)
def test_capitals_before_a_dash_that_are_no_dateline_stay(line: str) -> None:
    assert blocks(f"{line}\n\n{TAIL}") == [("paragraph", line), ("paragraph", TAIL)]


# --------------------------------------------------------------------------- furniture dropped

FURNITURE = {
    "Sarah Tew/CNET": "photo credit",
    "Jamie/Flickr": "photo credit",
    "(Sprayable Energy)": "photo credit",
    "(Orange County Sheriff's Department)": "photo credit",
    "Courtesy Maria Feng": "photo caption or credit",
    "Police searched the boat for clues. Photo: Johan Nilsson/TT": "photo caption or credit",
    "Photograph by Randy Olson": "photo caption or credit",
    "Furlough babies? (Getty)": "photo caption or credit",
    "Letter+to+Swearingen by Dave Wilson on Scribd": "embedded document's title",
    "Sunday, July 31, 2011 21:39 EDT": "byline or date",
    "MOUNT DORA, Fla. -": "dateline or label in capitals, alone on its line",
    "PHILADELPHIA |": "dateline or label in capitals, alone on its line",
    "iStock": "photo credit",
}


@pytest.mark.parametrize(("line", "reason"), FURNITURE.items())
def test_furniture_with_a_headings_shape_is_dropped_with_its_reason(line: str, reason: str) -> None:
    assert blocks(between(line)) == [("paragraph", LEAD), ("paragraph", TAIL)]
    assert [detail.split(" — ")[1] for detail in drops(between(line))] == [reason]
    assert drops(between(line))[0].startswith(repr(" ".join(line.split()[:6]))[:-1])


def test_a_date_above_the_article_goes_and_a_date_inside_it_stays_as_a_paragraph() -> None:
    text = f"Hereafter\n\nFriday, October 22, 2010\n\n{LEAD}\n\nFriday, October 28\n\n{TAIL}"
    assert blocks(text) == [
        ("heading", "Hereafter"),
        ("paragraph", LEAD),
        ("paragraph", "Friday, October 28"),
        ("paragraph", TAIL),
    ]
    assert "'Friday, October 22, 2010' — byline or date" in drops(text)


STAYS_HEADING = [
    ("Why it matters", "Why it matters"),
    ("The 1990s", "The 1990s"),
    ('"Known to be human carcinogens"', '"Known to be human carcinogens"'),
    ("'I have my subpoena pen ready'", "'I have my subpoena pen ready'"),
    ('Sen. Ada Lorne: "I Will Help Her Get Elected"', 'Sen. Ada Lorne: "I Will Help Her Get Elected"'),
    ("Common courtesy on the road", "Common courtesy on the road"),
    ("Prelude to Axanar DVD / Blu-Ray", "Prelude to Axanar DVD / Blu-Ray"),
    ("Popular colors: Ivory/White", "Popular colors: Ivory/White"),
    ("TCP/IP", "TCP/IP"),
    ("ORIGINAL POST--------------", "ORIGINAL POST--------------"),
]


@pytest.mark.parametrize(("line", "text"), STAYS_HEADING)
def test_near_misses_stay_headings(line: str, text: str) -> None:
    assert blocks(between(line)) == [("paragraph", LEAD), ("heading", text), ("paragraph", TAIL)]


@pytest.mark.parametrize("line", ["More info: http://example.com/", "Like NBC: http://Facebook.com/NBC"])
def test_a_link_is_no_heading_but_stays_as_a_paragraph(line: str) -> None:
    # The page may count it as its text (a link's path is no picture credit); a link that ends the
    # article goes, as a heading with no text under it.
    assert blocks(between(line)) == [("paragraph", LEAD), ("paragraph", line), ("paragraph", TAIL)]
    assert blocks(f"{LEAD}\n\n{TAIL}\n\n{line}") == [("paragraph", LEAD), ("paragraph", TAIL)]


# --------------------------------------------------------------------------- no heading: speech, broken sentences

KEPT_AS_PARAGRAPHS = [
    # A signature closing a quoted letter: a closing quote and no opening one.
    ("Elijah's Parents, Dina & Thomas\"", "Elijah's Parents, Dina & Thomas\""),
    ("Elijah’s Parents, Dina & Thomas”", "Elijah's Parents, Dina & Thomas\""),
    # A quotation a comma introduces, and speech broken off with a dash.
    (
        'Weiner nodded at me to introduce myself, "Hi, I\'m Olivia"',
        'Weiner nodded at me to introduce myself, "Hi, I\'m Olivia"',
    ),
    ('"Yeah -"', '"Yeah -"'),
    ("GEORGE STEPHANOPOULOS: And the banks are saying--", "GEORGE STEPHANOPOULOS: And the banks are saying--"),
]


@pytest.mark.parametrize(("line", "text"), KEPT_AS_PARAGRAPHS)
def test_speech_is_no_heading(line: str, text: str) -> None:
    assert blocks(between(line)) == [("paragraph", LEAD), ("paragraph", text), ("paragraph", TAIL)]
    assert is_heading(text) is False


def test_a_line_that_goes_on_in_lower_case_below_is_no_heading() -> None:
    text = f"The San Diego Zoo Safari Park is absolutely\n\nincredible\n\n{TAIL}"
    assert blocks(text) == [
        ("paragraph", "The San Diego Zoo Safari Park is absolutely"),
        ("paragraph", "incredible"),
        ("paragraph", TAIL),
    ]


@pytest.mark.parametrize(
    "following",
    [
        "de Blasio said the plan would go ahead next year despite the cost.",
        "iPhone sales rose by a fifth in the quarter, the company said.",
        "(excludes honeymoon) The average wedding cost rose again last year.",
        "2017's storms cost the region more than any year before.",
    ],
)
def test_a_heading_above_a_name_or_number_in_lower_case_stays(following: str) -> None:
    assert blocks(f"{LEAD}\n\nWhat happens next\n\n{following}") == [
        ("paragraph", LEAD),
        ("heading", "What happens next"),
        ("paragraph", following),
    ]


# --------------------------------------------------------------------------- headings in capitals

PROSE = "This study aimed to use video analysis to find the speed of the impact in the accident."


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("INTRODUCTION:", "heading"),
        ("MATERIALS AND METHODS:", "heading"),
        ("RESULTS:", "heading"),
        ("DISCUSSION:", "heading"),
        # Not a paper's section: a transcript's speaker, a widget's note, a link list's label, a party.
        ("MICHEL MARTIN, HOST:", "paragraph"),
        ("PLEASE NOTE:", "paragraph"),
        ("ALSO CHECK OUT:", "paragraph"),
        ("DEMOCRATS:", "paragraph"),
    ],
)
def test_a_papers_section_label_above_prose_is_a_heading_and_other_labels_are_not(label: str, kind: str) -> None:
    assert blocks(f"{LEAD}\n\n{label}\n\n{PROSE}") == [("paragraph", LEAD), (kind, label), ("paragraph", PROSE)]


def test_a_label_with_no_prose_under_it_stays_a_paragraph() -> None:
    assert blocks(f"{LEAD}\n\nRESULTS:\n\nShort and final.") == [
        ("paragraph", LEAD),
        ("paragraph", "RESULTS:"),
        ("paragraph", "Short and final."),
    ]


SUBHEAD = "THE FIRST ESCALATOR WAS A MISERABLE FAILURE."
BODY = "The network's first real escalator was built in 1911 at Earl's Court, and few dared to ride it."


@pytest.mark.parametrize(
    "subhead",
    [
        SUBHEAD,
        "THE AVERAGE LONDONER SPENDS 11.5 DAYS OF EACH YEAR ON THE TUBE.",
        "WHAT ABOUT FAIR USE?",
    ],
)
def test_a_subhead_in_capitals_above_prose_is_a_heading(subhead: str) -> None:
    assert blocks(f"{LEAD}\n\n{subhead}\n\n{BODY}") == [("paragraph", LEAD), ("heading", subhead), ("paragraph", BODY)]


def test_a_subhead_above_a_picture_credit_and_prose_is_a_heading() -> None:
    assert blocks(f"{LEAD}\n\n{SUBHEAD}\n\niStock\n\n{BODY}") == [
        ("paragraph", LEAD),
        ("heading", SUBHEAD),
        ("paragraph", BODY),
    ]


@pytest.mark.parametrize(
    ("line", "following"),
    [
        # A wire lede in capitals runs longer than a subhead.
        ("A LOCAL MAN IS THE STATE'S NEWEST MILLIONAIRE AFTER HITTING IT BIG WITH A SCRATCH TICKET.", BODY),
        ('"GET OUT OF MY HOUSE," SHE SHOUTED.', BODY),  # shouting, in quotes
        ("I TOLD YOU IT WAS A DIFFERENT MOVIE!", BODY),  # shouting
        ("RIP PRODIGY.", "MOBB DEEP'S MUZIK STILL HITS MY SOUL LIKE THE VERY FIRST TIME."),  # capitals below
        (SUBHEAD, "Short and final."),  # no prose below
    ],
)
def test_capitals_that_are_no_subhead_stay_paragraphs(line: str, following: str) -> None:
    assert blocks(f"{LEAD}\n\n{line}\n\n{following}") == [
        ("paragraph", LEAD),
        ("paragraph", line),
        ("paragraph", following),
    ]


def test_the_furniture_fixture_keeps_its_heading_and_subhead() -> None:
    source = (Path(__file__).parent / "fixtures" / "clean" / "heading_furniture.txt").read_text(encoding="utf-8")
    kinds = [(b.kind, b.text[:30]) for b in clean_text(source).blocks]
    assert kinds[0] == ("heading", "Ferry line to the outer island")
    assert ("heading", "THE NEW LANDING STAGE STANDS A") in kinds
    assert ("paragraph", "Saturday, February 14") in kinds
    assert [kind for kind, _ in kinds].count("heading") == 2


# --------------------------------------------------------------------------- cleaning again


@pytest.mark.parametrize("line", [*FURNITURE, *(line for line, _ in KEPT_AS_PARAGRAPHS + STAYS_HEADING)])
def test_cleaning_a_case_again_changes_nothing(line: str) -> None:
    once = clean_text(between(line))
    again = clean_text(once.text)
    assert (again.text, [b.kind for b in again.blocks]) == (once.text, [b.kind for b in once.blocks])
