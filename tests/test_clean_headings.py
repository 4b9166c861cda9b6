"""Headings on real news: page furniture with a heading's shape, speech and broken sentences that
are no headings, section labels and subheads in capitals that are, datelines glued to their dash.

Each case found in Multi-News copy is checked block by block (kind and text), next to a near miss
that must stay as it was.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

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
