"""People, organisations and quote speakers: one test per rule of `facts_entities` / `facts_quotes`,
on sentences written for these tests."""

from __future__ import annotations

import pytest

from briefing.facts import extract_facts
from briefing.model import Fact, Sentence


def facts(*paragraphs: str | list[str]) -> tuple[Fact, ...]:
    """Facts of an article whose sentences are given by hand (one string per sentence)."""
    out = []
    for number, paragraph in enumerate(paragraphs):
        for text in [paragraph] if isinstance(paragraph, str) else paragraph:
            out.append(Sentence(text=text, index=len(out), paragraph=number, article="a"))
    return extract_facts(tuple(out), "a")


def orgs(*paragraphs: str | list[str]) -> set[str]:
    return {f.value for f in facts(*paragraphs) if f.kind == "org"}


def people(*paragraphs: str | list[str]) -> set[str]:
    return {f.value for f in facts(*paragraphs) if f.kind == "person"}


def speakers(*paragraphs: str | list[str]) -> list[str]:
    return [f.speaker for f in facts(*paragraphs) if f.kind == "quote"]


# --------------------------------------------------------------------------- organisations


def test_a_library_is_an_organisation_and_its_plural_is_the_same_one():
    found = orgs(
        "Pete Athans, director of the Larkspur Reading Library, flew out on Monday.",
        "Our Larkspur Reading Libraries suffered some damage.",
    )
    assert found == {"Larkspur Reading Library"}


def test_a_library_where_something_is_held_is_a_venue():
    assert orgs("Drop-in exhibitions will be held at Westbury Library on 28 November.") == set()


def test_a_shop_names_its_organisation_and_a_venue_is_no_organisation():
    assert orgs("The wall fell onto an adjoining Harbor Relief Foundation Thrift Store.") == {
        "Harbor Relief Foundation"
    }
    assert orgs("Cosby performs at the Buell Theater in Denver.") == set()
    assert orgs("Evans, the Lincoln Apartments manager, made the call.") == set()


def test_a_name_ending_in_an_abbreviation_is_an_organisation():
    assert "Summit ER" in orgs("I spoke with Dr. Ana Ruiz of Summit ER, who ran the clinic.")
    assert orgs("Boris Johnson MP spoke first.") == set()


def test_a_shop_called_by_its_name_is_an_organisation():
    assert "Vantaro" in orgs("Others include the city hall and a local store, called Vantaro, which opened in 1933.")


def test_a_well_known_organisation_with_a_stray_capital_after_it():
    found = orgs("The British left, the Red Cross Left and the embassy was closed.")
    assert "Red Cross" in found
    assert "Red Cross Left" not in found


def test_a_body_named_for_its_race_or_seat_is_no_organisation():
    assert orgs("Sinema takes a slim lead in the too-close-to-call Arizona Senate race.") == set()


def test_a_university_followed_by_its_state_is_not_a_place():
    assert "Corvall University" in orgs("Scientists at Corvall University, California, have shown how the gene works.")


def test_nationalities_are_no_organisations():
    assert orgs("A top German official said on Monday that the deal should be suspended.") == set()
    assert orgs("The Thai satellite firm said the objects were large.") == set()


def test_a_role_or_a_place_before_a_title_owns_nothing():
    found = facts("Neurologist Dr. Bryan Lowe says the family has been involved.")
    assert {f.value for f in found if f.kind == "person"} == {"Bryan Lowe"}
    assert not [f for f in found if f.kind == "org"]
    assert orgs("“It is over,” Pleasant Hill Mayor Tim Flaherty said.") == set()


def test_a_place_in_the_possessive_owns_the_organisation_after_it():
    assert orgs("He later sued New York’s Mount Sinai Beth Israel Hospital for malpractice.") == {
        "Mount Sinai Beth Israel Hospital"
    }


def test_words_in_capitals_for_emphasis_are_no_organisations_but_a_magazine_told_is():
    assert orgs("My intention was to SEE what was happening, and then LEAVE quietly.") == set()
    assert "PEOPLE" in orgs("A keeper at the zoo tells PEOPLE that the birds moved indoors.")


def test_a_legal_form_after_a_one_word_name_is_dropped():
    assert "Vantaro" in orgs(
        "Families filed a lawsuit against both Malaysia Airlines and Vantaro Co, alleging failure."
    )


def test_a_street_named_for_a_person_is_neither_a_person_nor_an_organisation():
    found = facts("He was patrolling near Martin Luther King Boulevard and Trumbull in Detroit.")
    assert not [f for f in found if f.kind in ("org", "person")]


def test_a_place_qualifying_police_or_based_is_no_organisation():
    assert orgs("A former Millis police officer was indicted last week.") == set()
    assert orgs("Scientists in the United Kingdom-based genetic research centre sequenced the genomes.") == set()


def test_party_members_and_state_abbreviations_are_no_organisations():
    assert orgs("Look for some nervous House Republicans from swing districts in IL, upstate NY and Ohio.") == set()


def test_a_common_plural_that_starts_sentences_is_no_organisation():
    assert (
        orgs(["Investigators will seek to understand why the crew tried to land.", "Investigators have said little."])
        == set()
    )


def test_a_place_starting_an_organisations_name_stays_in_it():
    assert "Texas Christian University" in orgs("He spoke at Texas Christian University on Friday.")


# --------------------------------------------------------------------------- people


def test_a_title_abbreviation_outside_the_name_makes_a_person():
    assert "Ted Cruz" in people("Only two Republicans voted no: Sens. Ted Cruz of Texas and Rand Paul of Kentucky.")


def test_a_common_given_name_starts_a_persons_name():
    assert "Karl Rove" in people("A report by two groups, including one backed by Karl Rove, paints a dismal picture.")


# --------------------------------------------------------------------------- quotes


def test_the_statement_said_is_whoever_the_statement_was_from():
    found = speakers(
        "The statement from attorney Dana Whitlow was issued amid reports of an inquiry.",
        "“Mr. Kessler previously volunteered to share what he knows about these meetings,” the statement said.",
    )
    assert found == ["Dana Whitlow"]


def test_his_email_said_is_the_last_person_named():
    found = speakers(
        "Sheen’s publicist, Larry Solters, was no help.",
        "“I am in LA and was not aware of any arrangements,” his e-mail said.",
    )
    assert found == ["Larry Solters"]


def test_a_name_and_a_colon_before_a_quote_is_its_speaker():
    found = facts(
        "BofA RESPONSE - From spokesman Lawrence Di Rita: “Most of the major banks are moving toward a charge.”"
    )
    assert [f.speaker for f in found if f.kind == "quote"] == ["Lawrence Di Rita"]


def test_a_name_after_a_dash_signs_the_quote_before_it():
    found = speakers(
        "“I’m as shocked as you people. That’s why my speech was short.” — Jon Cryer, on his upset victory",
        "“Why? Because I’m better than I was before.” — Claire Danes, asked about her win",
    )
    assert found == ["Jon Cryer", "Claire Danes"]


def test_a_quote_left_open_at_a_paragraphs_end_goes_on_in_the_next():
    found = [
        f
        for f in facts(
            "Mr MacDonald said: “You can call this the official confirmation of the site.",
            "“It has been very exciting over the years, and the research points this way.”",
        )
        if f.kind == "quote"
    ]
    assert len(found) == 1
    assert found[0].speaker == "MacDonald"
    assert "very exciting" in found[0].text


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        (
            "The New Harbor Police Department, where Rose worked, released the following statement:",
            "New Harbor Police Department",
        ),
        ("The group’s publicist sent the following statement to the Daily Courier:", ""),  # not the outlet's
    ],
)
def test_a_statement_introduced_with_a_colon_is_its_authors(introduction, speaker):
    assert speakers(introduction, "“The department was saddened to hear of the officer’s passing this evening.”") == [
        speaker
    ]
