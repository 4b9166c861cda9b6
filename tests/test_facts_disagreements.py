"""Where a story's sources disagree: yes/no claims one source affirms and another denies, durations
told differently, and the look-alikes that must not be flagged; shown side by side in the site,
the digest and `briefing facts --json`."""

from __future__ import annotations

import functools
import importlib.util
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_facts import article

from briefing.build import make_briefing
from briefing.cli import main
from briefing.config import load_config
from briefing.facts import merge_facts
from briefing.facts_claims import sentence_claims
from briefing.model import Disagreement, FactBox, KeyFact, SourceRef
from briefing.render import render_digest, render_site

FIXTURES = Path(__file__).parent / "fixtures" / "facts" / "disagree"


def disagreements(*texts: str | list[str]) -> list[tuple[str, dict[str, list[str]]]]:
    """(slot, {value: articles}) of every disagreement between articles "one", "two", … with these texts."""
    names = ["one", "two", "three"]
    box = merge_facts([article(name, text) for name, text in zip(names, texts, strict=False)])
    return [(d.slot, {v.value: [s.article for s in v.sources] for v in d.values}) for d in box.disagreements]


def claims(*texts: str | list[str]) -> list[tuple[str, dict[str, list[str]]]]:
    return [d for d in disagreements(*texts) if d[0].startswith("claim")]


# --------------------------------------------------------------------------- yes/no claims


@pytest.mark.parametrize(
    ("one", "two", "slot", "sides"),
    [
        (
            "Harbour Logistics paid the council £2m for the land, documents show.",
            "No money changed hands, the council said.",
            "claim: payment",
            {"payment | yes": ["one"], "payment | no": ["two"]},
        ),
        (
            "Health Minister Joan Ferris confirmed on Thursday that she will resign at the end of the month.",
            "Health Minister Joan Ferris denied that she would resign over the waiting list figures.",
            "claim: resignation",
            {"resign | yes": ["one"], "resign | no": ["two"]},
        ),
        (
            "The Kelso Foods plant in Dunmore was closed on Monday after listeria was found.",
            "Kelso Foods said its Dunmore plant remained open on Monday.",
            "claim: closure",
            {"close | yes": ["one"], "close | no": ["two"]},
        ),
        (
            "Two people were injured when fire broke out at the bus depot on Saturday night.",
            "No one was injured in the fire, the fire service said.",
            "claim: injuries",
            {"injure | yes": ["one"], "injure | no": ["two"]},
        ),
        (  # a denial in reported speech is the other side of the payment
            "Councillor Ben Tate has denied accepting payment from the developer Orbis Estates.",
            "Councillor Ben Tate was paid £5,000 by Orbis Estates, bank records show.",
            "claim: payment",
            {"payment | yes": ["two"], "payment | no": ["one"]},
        ),
        (
            "Ministers have given the go-ahead for a 40,000-seat stadium on the Riverside docks.",
            "Ministers have refused permission for the 40,000-seat stadium on the Riverside docks.",
            "claim: approval",
            {"approve | yes": ["one"], "approve | no": ["two"]},
        ),
        (  # what happened, against a promise that it will not
            "Council leader Priya Nair stepped down on Monday after losing a vote of confidence.",
            "Priya Nair insisted she would not quit as council leader despite losing the vote.",
            "claim: resignation",
            {"resign | yes": ["one"], "resign | no": ["two"]},
        ),
        (
            "Four miners died when part of a roof collapsed at the Glynmor colliery on Sunday night.",
            "All 30 miners on the shift at Glynmor colliery were brought out alive after a roof fall on Sunday.",
            "claim: deaths",
            {"kill | yes": ["one"], "kill | no": ["two"]},
        ),
    ],
)
def test_one_source_affirms_what_another_denies(one: str, two: str, slot: str, sides: dict[str, list[str]]) -> None:
    assert claims(one, two) == [(slot, sides)]


def test_each_side_lists_its_sources_and_shows_its_sentence() -> None:
    one = article("one", "Police have arrested a 34-year-old man after the robbery in Marlow Street.")
    two = article("two", "No arrests have been made after the robbery in Marlow Street, police said.")
    three = article("three", "Officers arrested a man aged 34 after the Marlow Street robbery.")
    (found,) = merge_facts([one, two, three]).disagreements
    yes, no = found.values
    assert (yes.kind, yes.value, [s.article for s in yes.sources]) == ("claim", "arrest | yes", ["one", "three"])
    assert (no.value, [s.article for s in no.sources], no.reports) == ("arrest | no", ["two"], 1)
    assert no.text == "No arrests have been made after the robbery in Marlow Street, police said."


@pytest.mark.parametrize(
    ("yes", "no"),
    [
        # another payer and payee
        ("Harbour Logistics paid Eastbrook Council £2m for the land.", "Eastbrook Council did not pay the contractor."),
        # a plan and a fact
        ("Tom Baird will step down at the end of the season.", "Tom Baird, who has not resigned, will lead the team."),
        # a demand, and speculation, are not claims
        ("Opposition parties have called on Joan Ferris to resign.", "Joan Ferris denied that she would resign."),
        ("There is speculation that Joan Ferris could step down.", "Joan Ferris said she would not resign."),
        # someone else, somewhere else
        ("Police have arrested a 34-year-old man after the robbery.", "No one else has been arrested, police said."),
        ("At a second protest in Harwell, two people were arrested.", "Police made no arrests at the protest."),
        ("Sunview has paid compensation to 40 passengers.", "Sunview refused to pay compensation to 200 passengers."),
        # a qualifier that makes both true
        ("The swing bridge was closed to traffic on Thursday.", "The swing bridge remained open to pedestrians."),
        ("Two pedestrians were slightly hurt in the crash.", "No one was seriously injured in the crash."),
        ("The old department will close on Monday.", "The new department will stay open all night."),
        # a condition
        ("If the bridge were unsafe, we would close it tonight.", "The bridge remained open on Tuesday."),
        # another concept
        ("Two people were injured in the blast.", "No one was killed in the blast."),
        # another occasion, another person, only some
        ("Two people were injured in a fire at the same address in 2019.", "No one was hurt in the fire."),
        ("Her husband was killed in the attack.", "His wife was struck three times but survived."),
        ("More than 1,000 of the crew were killed.", "Of the crew of 2,399, only 1,376 survived."),
    ],
)
def test_look_alikes_are_not_contradictions(yes: str, no: str) -> None:
    assert claims(yes, no) == []


def test_a_report_that_tells_both_sides_is_not_set_against_another() -> None:
    both = "The agency said it paid Brightpath £400,000. Brightpath's director denied receiving any payment."
    found = claims(
        both.split(". ", 1),
        "Brightpath's director Colm Reddy has denied receiving any payment from the agency.",
    )
    assert found == []


def test_reprints_of_one_report_do_not_contradict_each_other() -> None:
    text = ["Harbour Logistics paid the council £2m for the land, documents show.", "The firm plans a warehouse."]
    denial = [*text[:1], "No money changed hands, the council said."]  # a reprint that adds a denial
    assert claims(text, [*text, "Reporting by Newswire."]) == []
    assert claims(text, denial) == []  # one report (near-identical text): it tells of a dispute


def test_claims_found_in_a_sentence() -> None:
    found = sentence_claims("Kelso Foods said its Dunmore plant remained open, although one line was halted.")
    assert [(f.concept, f.positive, f.mode) for f in found] == [("close", False, "done")]
    assert sentence_claims("Will the minister resign?") == ()
    assert [(f.concept, f.positive, f.mode) for f in sentence_claims("Sunview has refused to pay the fee.")] == [
        ("payment", False, "any")
    ]


# --------------------------------------------------------------------------- durations


def figures(*texts: str) -> list[dict[str, list[str]]]:
    return [sides for slot, sides in disagreements(*texts) if not slot.startswith("claim")]


@pytest.mark.parametrize(
    ("one", "two", "sides"),
    [
        (  # a compound and "by"
            "The Eastfield rail tunnel faces a 14-month delay after engineers found unstable clay, the firm said.",
            "Opening of the Eastfield rail tunnel has been delayed by 18 months, councillors were told.",
            {"14 month": ["one"], "18 month": ["two"]},
        ),
        (  # an agreement and a deal, more than 1.5 times as long
            "Brannock Brewery has signed a three-year agreement to sponsor Kestrel City's shirts, worth about £6m.",
            "Kestrel City have agreed a five-year shirt sponsorship deal with Brannock Brewery, reportedly worth £6m.",
            {"3 year": ["one"], "5 year": ["two"]},
        ),
        (  # what lasted, and what the duration qualifies
            "The trial lasted six weeks and heard from 40 witnesses.",
            "Miles Hardy was sentenced at the end of a seven-week trial at Southwark Crown Court.",
            {"6 week": ["one"], "7 week": ["two"]},
        ),
        (  # different units
            "The Mill Lane bridge will close for 18 months from June while it is rebuilt.",
            "Mill Lane bridge is to shut for two years for rebuilding, starting in June.",
            {"18 month": ["one"], "2 year": ["two"]},
        ),
        (  # synonyms as heads
            "The outage lasted four hours and affected about 20,000 homes in Eastmoor.",
            "About 20,000 homes in Eastmoor lost electricity in a three-hour power cut.",
            {"4 hour": ["one"], "3 hour": ["two"]},
        ),
    ],
)
def test_durations_told_differently(one: str, two: str, sides: dict[str, list[str]]) -> None:
    assert figures(one, two) == [sides]


@pytest.mark.parametrize(
    ("one", "two"),
    [
        # one length in two units
        ("The library will close for 18 months for a refurbishment.", "The library will close for 1.5 years."),
        # bounds that can both be right
        ("The bridge will close for at least 14 months.", "The closure could last up to 18 months."),
        # two things of one story
        ("Homes will be within a ten-minute walk of a tram stop.", "Journeys will take 19 minutes by tram."),
        (
            "Brannock signed a five-year deal with the club.",
            "The previous sponsor had backed the club for seven years.",
        ),
        ("The trial lasted six weeks.", "The jury took five days to reach its verdict."),
        ("Sprinter Kayla Brooks, a 27-year-old, was banned.", "Brooks was given a 24-year ban."),
        ("He served 3 years in prison for the crime.", "He was sentenced to five years in prison."),
        ("Sales in the first four days reached $3 million.", "Staff served 1,000 customers in the first two days."),
    ],
)
def test_durations_that_do_not_compete(one: str, two: str) -> None:
    assert figures(one, two) == []


def test_two_events_on_consecutive_days_are_not_one_date() -> None:
    one = article("one", "Joan Ferris met the prime minister on Wednesday evening as pressure grew.")
    two = article("two", "Joan Ferris confirmed on Thursday that she will resign.", published=date(2026, 3, 20))
    assert merge_facts([one, two]).disagreements == ()


# --------------------------------------------------------------------------- the fixture gold


@functools.cache
def evaluation():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "eval_disagreements", FIXTURES.parents[3] / "scripts/eval_disagreements.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fixture_stories_meet_the_targets() -> None:
    """The quality gate: the disagreements found in the fixture stories, against their gold."""
    scorer = evaluation()
    counts = [scorer.evaluate(gold, verbose=False) for gold in scorer.GOLDS]
    right, found, expected = (sum(c[kind][i] for c in counts for kind in c) for i in range(3))
    assert expected >= 31 and found > 0
    assert right / found >= scorer.TARGETS["precision"]
    assert right / expected >= scorer.TARGETS["recall"]


def test_look_alike_stories_have_no_disagreement() -> None:
    for story in ("library-refurb", "swing-bridge", "airline-compensation", "consultancy-fees", "manager-departure"):
        assert evaluation().found_in(FIXTURES / story) == [], story


# --------------------------------------------------------------------------- shown side by side


def test_facts_json_lists_a_claim_disagreement_with_each_side() -> None:
    paths = [str(p) for p in sorted((FIXTURES / "land-sale").glob("*.md"))]
    result = CliRunner().invoke(main, ["facts", *paths, "--json"], catch_exceptions=False)
    data = json.loads(result.output)
    (claim,) = [d for d in data["disagreements"] if d["slot"] == "claim: payment"]
    sides = {v["value"]: [data["articles"][s["article"]] for s in v["sources"]] for v in claim["values"]}
    assert sides == {"payment | yes": [paths[1]], "payment | no": [paths[0]]}
    assert claim["values"][1]["text"].endswith("insisting that no money changed hands.")


def claim_disagreement(story, articles):  # type: ignore[no-untyped-def]
    said, denied = articles
    sides = (
        KeyFact("claim", "The council paid €42 million.", "payment | yes", (SourceRef(said.id, 0),), reports=1),
        KeyFact("claim", "No money changed hands.", "payment | no", (SourceRef(denied.id, 0),), reports=1),
    )
    return replace(story, facts=FactBox(disagreements=(Disagreement("claim: payment", sides),)))


def test_site_and_digest_show_a_claim_side_by_side(project: Path) -> None:
    config = load_config(project=project)
    briefing = make_briefing(config)
    story = briefing.stories[0]
    by_source = {a.source: a for a in story.articles}
    story = claim_disagreement(story, (by_source["Council"], by_source["Harbour Times"]))
    briefing = replace(briefing, stories=(story, *briefing.stories[1:]))
    html = " ".join(render_site(briefing, config)["stories/harbour-bridge/index.html"].decode().split())
    expected = (
        '<li><span class="slot">Payment</span>: <q>The council paid €42 million.</q> (Council) vs '
        "<q>No money changed hands.</q> (Harbour Times) </li>"
    )
    assert expected in html
    digest = render_digest(briefing, config)
    assert (
        '- Payment: "The council paid €42 million." (Council) vs "No money\n  changed hands." (Harbour Times)' in digest
    )
