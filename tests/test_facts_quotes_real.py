"""Quote speakers on the patterns that real news got wrong (`facts_quotes`): each test on sentences
written for it, asserting the exact speaker, with near-misses the rule must leave alone."""

from __future__ import annotations

import pytest
from test_facts_entities import facts, speakers

# --------------------------------------------------------------------------- "he said" and objects


def test_he_skips_a_man_named_after_a_preposition():
    assert speakers(
        [
            "Governor Robert Quenby opened the new clinic on Monday.",
            "He spoke after a long meeting with Bishop Daniel Farrow about the funding.",
        ],
        "“We will keep every ward open this winter,” he said.",
    ) == ["Robert Quenby"]


def test_he_skips_a_man_someone_is_to_replace():
    assert speakers(
        ["Coach James Ottery named his squad on Friday.", "He has chosen to replace Peter Lamkin in goal."],
        "“The young players have earned this chance,” he said.",
    ) == ["James Ottery"]


def test_the_speaker_goes_on_past_a_woman_named_only_as_an_object():
    assert speakers(
        "“We have the money for the first phase,” Mayor Susan Harrowby said.",
        "She added that the second phase depended on a loan promised by Councillor Karen Mottram.",
        "“The second phase will have to wait for the spring,” she said.",
    ) == ["Susan Harrowby", "Susan Harrowby"]


def test_near_miss_a_man_set_off_by_commas_is_not_an_object():
    assert speakers(
        [
            "Talks with Minister Robert Quenby ended late on Tuesday.",
            "The union's spokesman, Daniel Farrow, said members would vote next week.",
        ],
        "“Nobody here will accept a cut in real pay,” he said.",
    ) == ["Daniel Farrow"]


def test_near_miss_a_title_with_of_is_not_a_preposition():
    assert speakers(
        "Mayor of London James Ottery spoke after a minute's silence led by Pastor Peter Lamkin.",
        "“We will not be divided by this,” he said.",
    ) == ["James Ottery"]


def test_near_miss_when_every_man_is_an_object_the_last_one_speaks():
    assert speakers(
        "The prize went to Robert Quenby on Saturday.",
        "“I did not expect this at all,” he said.",
    ) == ["Robert Quenby"]


# --------------------------------------------------------------------------- speech verbs


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["The film is led by Daniel Farrow, who plays a captain and vows, “This is a fight we will not lose.”"],
            "Daniel Farrow",
        ),
        (
            ["The crew is stranded, as Robert Quenby puts it, on “an island where the maps simply stop.”"],
            "Robert Quenby",
        ),
        (
            [
                "Susan Harrowby spoke last.",
                "After a long debate, she implored the council to “keep the library open for one more year.”",
            ],
            "Susan Harrowby",
        ),
    ],
    ids=["vows", "as someone puts it", "implored"],
)
def test_a_speech_verb_introduces_a_quote(paragraphs: list[str], speaker: str) -> None:
    assert speakers(*paragraphs) == [speaker]


# --------------------------------------------------------------------------- a pronoun as the subject


def test_he_before_the_verb_is_the_subject_not_the_man_named_in_the_clause():
    assert speakers(
        "Daniel Farrow was crossing the square that evening.",
        "As Daniel Farrow walked past Robert Quenby, he said, the older man “looked straight through every one of us.”",
    ) == ["Daniel Farrow"]


def test_near_miss_a_name_right_before_the_verb_still_speaks():
    assert speakers(
        "Daniel Farrow was crossing the square that evening.",
        "As the crowd thinned, Robert Quenby said, the older man “looked straight through every one of us.”",
    ) == ["Robert Quenby"]


# --------------------------------------------------------------------------- statements without quote marks


def quotes(*paragraphs: str | list[str]) -> list[tuple[str, str]]:
    return [(f.speaker, f.value.split(" | ", 1)[1][:30]) for f in facts(*paragraphs) if f.kind == "quote"]


def test_a_statement_introduced_with_a_colon_is_a_quote_of_who_introduces_it():
    assert quotes(
        "Mayor Susan Harrowby released a statement on Tuesday evening:",
        "The ferry will run again from Monday, and every ticket for the cancelled crossings will be refunded.",
    ) == [("Susan Harrowby", "the ferry will run again from ")]


def test_a_reply_owned_by_its_speaker_is_a_quote():
    assert speakers(
        "Asked whether he would stand again, Daniel Farrow paused.",
        "Daniel Farrow’s reply:",
        "I have given this town twenty years of my life and I think that is enough for anyone.",
    ) == ["Daniel Farrow"]


def test_near_miss_a_list_after_a_colon_is_not_a_statement():
    assert (
        quotes(
            "Mayor Susan Harrowby said the changes to the timetable include:",
            "Later evening crossings on Fridays and Saturdays for the whole of the summer season.",
        )
        == []
    )


def test_near_miss_a_statement_from_nobody_named_is_left_out():
    assert (
        quotes(
            "The council released a statement on Tuesday evening:",
            "The ferry will run again from Monday, and every ticket for the cancelled crossings will be refunded.",
        )
        == []
    )


def test_near_miss_a_name_that_only_qualifies_a_body_does_not_speak():
    assert speakers(
        "The Daniel Farrow campaign answered in an unsigned statement:",
        "“Mr. Farrow has never promised to close the ferry service to anyone.”",
    ) == [""]


# --------------------------------------------------------------------------- names that do not speak; pairs


def test_he_is_not_a_name_that_only_qualifies_a_body():
    assert speakers(
        "Robert Quenby said on Sunday he would not join the Daniel Farrow administration as its envoy.",
        "“I am honoured to have been asked, but my place is at the theatre,” he said in a statement.",
    ) == ["Robert Quenby"]


def test_a_title_before_the_actor_does_not_speak():
    assert speakers(
        "“Harbour Lights” star Daniel Farrow surprised his fans on Saturday.",
        "“No, I am not retiring from the stage this year or next,” he wrote.",
    ) == ["Daniel Farrow"]


def test_they_after_people_named_since_the_organisation_is_nobody():
    assert speakers(
        "The report was commissioned by the Portmere Water Board in 2019.",
        "Robert Quenby and Daniel Farrow studied it for a month.",
        "They said the board had used “figures that nobody could check at the time.”",
    ) == [""]


def test_two_people_speaking_together_are_written_with_the_first():
    assert speakers("Robert Quenby and Daniel Farrow said the council was “nowhere near ready for the winter.”") == [
        "Robert Quenby"
    ]


def test_near_miss_between_two_people_the_one_the_clause_is_about_speaks():
    assert speakers(
        "The row began in a debate between Robert Quenby and Daniel Farrow, who said it was “a fantasy from the start.”"
    ) == ["Daniel Farrow"]


# --------------------------------------------------------------------------- a quote led in


def test_a_quote_right_after_a_sentence_about_one_person_is_theirs():
    assert speakers(
        [
            "His sister, Karen Mottram, remembers the night of the flood.",
            "“We lost everything we had in a single hour.”",
        ]
    ) == ["Karen Mottram"]


def test_near_miss_a_quote_after_a_sentence_naming_two_people_has_no_speaker():
    assert speakers(
        ["Karen Mottram met Susan Harrowby at the shelter.", "“We lost everything we had in a single hour.”"]
    ) == [""]


def test_near_miss_a_quote_after_a_sentence_of_another_paragraph_has_no_speaker():
    assert speakers(
        "His sister, Karen Mottram, remembers the night of the flood.",
        "“We lost everything we had in a single hour.”",
    ) == [""]


# --------------------------------------------------------------------------- "her husband said"


def test_a_relation_is_the_person_named_with_it():
    assert speakers(
        "Karen Mottram was flown to Portmere on Friday, her husband, Daniel Mottram, told reporters.",
        "“They say the next two days will decide everything,” her husband said.",
    ) == ["Daniel Mottram"]


def test_near_miss_a_relation_never_named_is_nobody():
    assert speakers(
        "Karen Mottram was flown to Portmere on Friday with Daniel Farrow.",
        "“They say the next two days will decide everything,” her husband said.",
    ) == [""]


# --------------------------------------------------------------------------- a quote split by its attribution


def quote_texts(*paragraphs: str | list[str]) -> list[str]:
    return [f.text for f in facts(*paragraphs) if f.kind == "quote"]


def test_a_sentence_the_attribution_closed_gets_its_full_stop_back():
    assert quote_texts(
        ["“The river is higher than it was in 2009,” said harbour master Olwen Tregar.", "“Boats should stay in.”"]
    ) == ["The river is higher than it was in 2009. Boats should stay in."]


def test_a_sentence_the_attribution_interrupted_runs_on():
    assert quote_texts("“The river is higher,” said harbour master Olwen Tregar, “than it was in 2009.”") == [
        "The river is higher than it was in 2009."
    ]
    # a capital after the attribution's comma is a name, not a new sentence
    assert quote_texts(
        "“If the rain keeps up,” said harbour master Olwen Tregar, “Portmere will flood by Friday.”"
    ) == ["If the rain keeps up Portmere will flood by Friday."]


def test_a_part_that_ends_its_own_sentence_keeps_its_mark():
    assert quote_texts(
        [
            "“Is the river higher than it was in 2009?” said harbour master Olwen Tregar.",
            "“It is, and boats should stay in.”",
        ]
    ) == ["Is the river higher than it was in 2009? It is, and boats should stay in."]


def test_a_quote_within_the_part_takes_the_full_stop_or_keeps_its_own():
    closed = "said harbour master Olwen Tregar."
    assert quote_texts([f"“We will call it ‘the harbour plan,’” {closed}", "“Boats should stay in until Friday.”"]) == [
        "We will call it ‘the harbour plan.’ Boats should stay in until Friday."
    ]
    assert quote_texts(
        [f"“People keep asking us, ‘Is the pier safe?’” {closed}", "“Boats should stay in until Friday.”"]
    ) == ["People keep asking us, ‘Is the pier safe?’ Boats should stay in until Friday."]
    # near miss: an aside in brackets is no sentence of its own; the stop goes after it
    assert quote_texts(
        [f"“We will finish the harbour wall (and the pier),” {closed}", "“Boats should stay in until Friday.”"]
    ) == ["We will finish the harbour wall (and the pier). Boats should stay in until Friday."]
