"""The key-facts box as a careful reader sees it: event headlines that are whole clauses, timeline
dates on the event they date, relative dates shown resolved, counts with what they count, and
rounding that is not a disagreement. All sentences are written for these tests."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from test_facts import article as facts_article
from test_facts import sentences

from briefing.build import make_briefing
from briefing.config import load_config
from briefing.facts import extract_facts, merge_facts
from briefing.facts_dates import date_relation, find_dates
from briefing.model import Article, Disagreement, Fact, KeyFact, SourceRef, Story, SummarySentence
from briefing.render import (
    disagreement_label,
    event_date,
    fact_label,
    fact_wording,
    figure_context,
    figure_markdown,
    render_site,
    role_label,
    shown_facts,
    timeline_wording,
)

FRIDAY = date(2027, 4, 9)


def facts(*texts: str, published: date | None = FRIDAY) -> tuple[Fact, ...]:
    return extract_facts(sentences(*texts), "a", published=published)


def events(*texts: str, published: date | None = FRIDAY) -> list[Fact]:
    return [f for f in facts(*texts, published=published) if f.kind == "event"]


def article(article_id: str, *texts: str, published: date = FRIDAY) -> Article:
    return facts_article(article_id, list(texts), published=published)


# --------------------------------------------------------------------------- event headlines

_ENDINGS = {"is", "are", "was", "were", "will", "would", "has", "have", "had", "for", "of", "to", "in", "the", "a"}


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "A flood alert for the river is in place for Lowmoor from 4 a.m. on Sunday until Monday night.",
            "A flood alert for the river is in place for Lowmoor",
        ),
        ("The ferry will stop running on Monday for a month of repairs.", "The ferry will stop running"),
        (
            "The Kestrel Valley Railway will reopen to passengers from 3 May after a two-year rebuild.",
            "The Kestrel Valley Railway will reopen to passengers",
        ),
        (
            "Orrin Mills has put the price of its new plant at €80 million over four years, to be paid by 2031.",
            "Orrin Mills has put the price of its new plant at €80 million over four years",
        ),
        (
            "Councillor Dana Whitcombe backed the plan but said the figures for the first stage were wrong.",
            "Dana Whitcombe backed the plan",
        ),
    ],
)
def test_an_event_headline_is_a_whole_clause_in_the_sentence_words(sentence: str, headline: str) -> None:
    found = events(sentence)
    assert [f.text for f in found] == [headline]
    assert found[0].text[0].isupper()
    assert found[0].text.split()[-1].lower() not in _ENDINGS


def test_a_clause_with_nothing_after_its_auxiliary_is_no_headline() -> None:
    for found in (events("The harbour wall will, from Tuesday, be closed."), events("A red warning is.")):
        assert not found  # no headline ending on "be" or "is"


def test_a_pronoun_that_is_not_the_speaker_makes_no_claim_of_the_speaker() -> None:
    """ "Ms. Varga said it would ...": "it" is the agency, not Ms. Varga."""
    found = events(
        "Regional planners published two routes for the new road.",
        "Agnes Varga, the agency's director, said it would listen to residents.",
    )
    assert not any(f.value.startswith("Agnes Varga | would") for f in found)


def test_nouns_after_a_name_belong_to_the_subject() -> None:
    found = events("Tallow Energy customers will pay 4% more from June, the regulator said on Friday.")
    assert found[0].text == "Tallow Energy customers will pay 4% more"
    assert found[0].value.startswith("Tallow Energy customers | will pay")


# --------------------------------------------------------------------------- dates of events


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("The money will replace sewers laid before 1965.", "before"),
        ("The clinic replaces a ward built in 1971.", "attribute"),
        ("The pier, which opened in 1958, is to be rebuilt.", "attribute"),
        ("The price is €2 million more than the sum agreed in 2022.", "attribute"),
        ("The station has hired 30 drivers since March.", "bound"),
        ("The council agreed in 2022 to sell the site.", ""),
        ("The pier closed on Tuesday.", ""),
    ],
)
def test_a_date_that_modifies_something_else_is_told_apart(sentence: str, relation: str) -> None:
    found = find_dates(sentence, FRIDAY)
    assert [date_relation(sentence, d) for d in found][-1] == relation


def test_an_event_is_not_dated_by_a_date_that_belongs_to_something_else() -> None:
    found = events(
        "Wrenfield Rail will open a new depot at Halton on Monday.",
        "Wrenfield Rail has put the cost of the work at €40 million, to be spent on track laid before 1960.",
        "Wrenfield Rail replaced a signal box built in 1948 last year.",
    )
    assert [f.role for f in found] == ["2027-04-12", "2026"]  # "last year", not 1948 (the box's age)
    assert not any("1960" in f.value or "1948" in f.value for f in found)


def test_a_sentence_about_the_future_is_not_dated_by_the_past() -> None:
    found = events("Marlow Buses will run a night service in 2019 prices from next month.")
    assert found[0].role == "2027-05"


def test_an_announcement_date_is_not_the_date_of_what_was_announced() -> None:
    found = events("The Kestrel Valley Railway will reopen to passengers, the company announced on Tuesday.")
    assert found[0].role == ""


def test_the_timeline_puts_an_event_only_on_its_own_date() -> None:
    one = article(
        "one",
        "The Millbrook tunnel will close to lorries from Monday 19 April, the council announced on Tuesday.",
        "The money will go on pumps installed before 1975, the council said.",
    )
    timeline = merge_facts([one]).timeline
    by_date = {entry.value: entry.text for entry in timeline}
    assert by_date["2027-04-19"] == "The Millbrook tunnel will close to lorries"
    assert by_date["2027-04-06"].endswith("the council announced on Tuesday.")  # the announcement, its own date
    assert "1975" not in by_date  # nothing happened in 1975: it only bounds the pumps' age


# --------------------------------------------------------------------------- dates as shown


def key_date(text: str, value: str, role: str) -> KeyFact:
    return KeyFact("date", text, value, (SourceRef("a", 0),), role=role)


@pytest.mark.parametrize(
    ("text", "value", "role", "label"),
    [
        ("on Thursday", "2026-11-05", "day, relative", "Thursday 5 November 2026"),
        ("yesterday", "2026-11-17", "day, relative", "Tuesday 17 November 2026"),
        ("last month", "2026-10", "month, relative", "October 2026"),
        ("last year", "2025", "year, relative", "2025"),
        ("2 March 2027", "2027-03-02", "day", "Tuesday 2 March 2027"),
    ],
)
def test_a_date_is_shown_resolved_with_the_wording_kept(text: str, value: str, role: str, label: str) -> None:
    fact = key_date(text, value, role)
    assert fact_label(fact) == label
    assert fact_wording(fact) == text


def test_other_facts_are_shown_as_written() -> None:
    fact = KeyFact("money", "€3 million", "EUR 3000000", (SourceRef("a", 0),))
    assert fact_label(fact) == "€3 million"
    assert fact_wording(fact) == ""


# --------------------------------------------------------------------------- counts with their noun


@pytest.mark.parametrize(
    ("sentence", "shown", "value"),
    [
        ("The board signed off a four-year plan to widen the canal.", "four-year plan", "4 year"),
        ("There will be a 10-day festival on the quay.", "10-day festival", "10 day"),
        (
            "The club agreed a three-year shirt sponsorship deal worth €2 million.",
            "three-year shirt sponsorship deal",
            "3 year",
        ),
        ("A six-week festival begins on the quay.", "six-week festival", "6 week"),
        ("The 30-year-old was unhurt.", "30-year-old", "30 year"),
    ],
)
def test_a_count_is_shown_with_what_it_counts(sentence: str, shown: str, value: str) -> None:
    numbers = [f for f in facts(sentence) if f.kind == "number"]
    assert [(f.text, f.value) for f in numbers] == [(shown, value)]


def test_the_noun_in_a_count_does_not_change_which_durations_compete() -> None:
    one = article("one", "The ferry firm signed a three-year contract with the port.")
    two = article("two", "The ferry firm signed a five-year contract with the port.")
    (disagreement,) = merge_facts([one, two]).disagreements
    assert [v.text for v in disagreement.values] == ["three-year contract", "five-year contract"]


# --------------------------------------------------------------------------- rounding


def disagreements(first: str, second: str) -> list[list[str]]:
    box = merge_facts([article("one", first), article("two", second)])
    return [[v.text for v in d.values] for d in box.disagreements]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Water bills will rise by 8.5% from January.", "Water bills will rise by around 9 per cent from January."),
        ("Water bills will rise by 8.7% from January.", "Water bills will rise by nearly 9% from January."),
        ("The new stand holds 18,000 fans.", "The new stand holds about 20,000 fans."),
        ("The sale raised €4.46 million for the trust.", "The sale raised roughly €4.5 million for the trust."),
    ],
)
def test_an_approximate_figure_the_exact_one_rounds_to_is_no_disagreement(first: str, second: str) -> None:
    assert disagreements(first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        ("The repairs add €31 to each bill.", "The repairs add about €33 to each bill.", ["€31", "about €33"]),
        (
            "Water bills will rise by 9.3% from January.",
            "Water bills will rise by nearly 9% from January.",
            ["nearly 9%", "9.3%"],
        ),
        ("The new stand holds 140 seats.", "The new stand holds about 100 seats.", ["about 100 seats", "140 seats"]),
        ("The new stand holds 7,000 seats.", "The new stand holds 7,500 seats.", ["7,000 seats", "7,500 seats"]),
    ],
)
def test_a_figure_that_does_not_round_to_the_other_is_a_disagreement(first: str, second: str, shown: list[str]) -> None:
    assert disagreements(first, second) == [shown]


def test_a_relative_date_resolved_against_a_guessed_publication_date_is_shown_as_written() -> None:
    guessed = dataclasses.replace(article("one", "The pier closed on Tuesday."), date_inferred=True)
    known = article("two", "The pier closed on Tuesday.")
    (shown,) = [f for f in merge_facts([guessed]).facts if f.kind == "date"]
    assert fact_label(shown) == "on Tuesday"
    (shown,) = [f for f in merge_facts([guessed, known]).facts if f.kind == "date"]
    assert fact_label(shown) == "Tuesday 6 April 2027"


def _story(*articles: Article) -> Story:
    return Story("pier", "Pier", datetime(2027, 4, 9), (), articles, facts=merge_facts(list(articles)))


def test_a_timeline_date_resolved_against_a_guessed_publication_date_is_given_as_written() -> None:
    guessed = dataclasses.replace(article("one", "The pier closed on Tuesday after a storm."), date_inferred=True)
    known = article("two", "The pier closed on Tuesday after a storm.")
    (entry,) = _story(guessed).facts.timeline
    assert (entry.value, timeline_wording(entry, _story(guessed))) == ("2027-04-06", "on Tuesday")
    (entry,) = _story(guessed, known).facts.timeline  # one source knows its date: so is the day
    assert timeline_wording(entry, _story(guessed, known)) == ""


def test_the_story_page_timeline_gives_a_guessed_date_as_written(project: Path) -> None:
    config = load_config(project=project)
    pages = render_site(make_briefing(config), config)
    html = pages["stories/harbour-bridge/index.html"].decode()
    # council.txt has no date: its "on Monday" is resolved against the file's time, 2026-01-01
    vote = "The city council voted on Monday to close the Harbour Bridge for repairs"
    assert f'<li><time datetime="2025-12-29">on Monday</time>: {vote}' in html
    assert "29 December 2025" not in html


def test_a_lead_that_is_only_a_noun_phrase_is_no_headline() -> None:
    assert events("The engineer who worked alongside the inspectors in Halton.") == []
    found = events("The council failed to pass the budget _ shutting the libraries and sending staff home.")
    assert [f.text for f in found] == ["The council failed to pass the budget"]


# --------------------------------------------------------------------------- who tells an event


def event_sources(*articles: Article) -> dict[str, list[str]]:
    box = merge_facts(list(articles))
    return {f.text: [s.article for s in f.sources] for f in box.facts if f.kind == "event"}


def test_an_event_counts_every_source_that_tells_it_in_its_own_words() -> None:
    found = event_sources(
        article("ledger", "The Kestrel Viaduct will close to lorries from Monday for six weeks of repairs."),
        article("radio", "The Kestrel Viaduct in the north of the county will from Monday be closed to lorries."),
        article("post", "Hauliers were told to avoid the Kestrel Viaduct; the council has not closed it yet."),
        article("blog", "Repairs will be closing roads near the Kestrel Viaduct, which was built in 1961."),
    )
    # The radio tells it (the verb follows the subject); the post negates it; in the blog the viaduct
    # is only a landmark, and the verb comes before it.
    assert found["The Kestrel Viaduct will close to lorries"] == ["ledger", "radio"]


def test_a_noun_that_looks_like_an_inflected_verb_does_not_tell_the_event() -> None:
    found = event_sources(
        article("a", "Mayor Ines Caldwell called the plan a disgrace on Tuesday."),
        article("b", "Mayor Ines Caldwell repeated her call for an inquiry into the plan."),
    )
    (called,) = [sources for text, sources in found.items() if "called" in text]
    assert called == ["a"]


@pytest.mark.parametrize(
    ("slot", "label"),
    [
        ("money: cost / put", "Amount"),
        ("date: day, relative", "Date"),
        ("percent: rise", "Percentage"),
        ("number: duration (delayed / engineers)", "Duration"),
        ("number: vehicles (daily)", "Number"),
        ("claim: payment", "Payment"),
    ],
)
def test_a_disagreement_is_labelled_for_a_reader(slot: str, label: str) -> None:
    assert disagreement_label(Disagreement(slot=slot, values=())) == label


def test_an_event_in_the_summary_counts_the_sources_the_summary_shows_it_is_also_in() -> None:
    ledger = article("ledger", "The Kestrel Viaduct will close to lorries from Monday for six weeks of repairs.")
    radio = article("radio", "Lorry drivers must find another route from Monday while the viaduct is shut.")
    summary = (SummarySentence("…", SourceRef("ledger", 0), also=(SourceRef("radio", 0),)),)
    without = {f.text: [s.article for s in f.sources] for f in merge_facts([ledger, radio]).facts}
    with_summary = {f.text: [s.article for s in f.sources] for f in merge_facts([ledger, radio], summary=summary).facts}
    assert without["The Kestrel Viaduct will close to lorries"] == ["ledger"]
    assert with_summary["The Kestrel Viaduct will close to lorries"] == ["ledger", "radio"]


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("Board chair", "board chair"),
        ("Mayor", "mayor"),
        ("Prime Minister", "Prime Minister"),
        ("OpenAI CEO", "OpenAI CEO"),
        ("Mayor of Portmere", "Mayor of Portmere"),
        ("council's chief bridge engineer", "council's chief bridge engineer"),
    ],
)
def test_a_role_reads_as_it_would_after_a_name(role: str, shown: str) -> None:
    assert role_label(role) == shown


# --------------------------------------------------------------------------- figures in their words


def figures_in_context(*texts: str) -> dict[str, tuple[str, str]]:
    story = _story(article("one", *texts))
    return {f.text: figure_context(f, story) for f in story.facts.facts if f.kind in ("money", "percent", "number")}


def test_a_figure_is_shown_in_the_words_of_its_clause():
    found = figures_in_context(
        "The harbour board said on Monday that the new pier would cost €14 million, twice the first estimate.",
        "Gusts of up to 90 km/h closed the ferry terminal.",
        "The old pier had stood for 120 years before the storm broke it in two.",
    )
    assert found["€14 million"] == ("…that the new pier would cost", "")
    assert found["90 km/h"] == ("Gusts of up to", "closed the ferry terminal")
    assert found["120 years"] == ("The old pier had stood for", "before the storm broke it in…")


def test_a_clause_of_a_word_or_two_takes_the_words_before_it():
    found = figures_in_context("The ward has twice the space of the old one, with 36 beds, a garden and a gym.")
    assert found["36 beds"] == ("…space of the old one, with", "")


def test_the_digest_puts_the_figure_in_bold_among_its_words():
    story = _story(article("one", "Gusts of up to 90 km/h closed the ferry terminal."))
    (gusts,) = [f for f in story.facts.facts if f.kind == "number"]
    assert figure_markdown(gusts, story) == "Gusts of up to **90 km/h** closed the ferry terminal"


def test_a_range_is_one_figure_in_the_box_not_two():
    story = _story(article("one", "Between 30 and 50 millimetres of rain could fall on the hills tonight."))
    numbers = [f.text for f in story.facts.facts if f.kind == "number"]
    assert numbers == ["30 and 50 millimetres", "50 millimetres"]  # both ends stay facts, to compare with others
    assert [f.text for f in shown_facts(story) if f.kind == "number"] == ["30 and 50 millimetres"]


def test_the_story_page_shows_a_figure_in_its_words(project: Path) -> None:
    config = load_config(project=project)
    html = render_site(make_briefing(config), config)["stories/harbour-bridge/index.html"].decode()
    box = html[html.index('<aside class="facts"') : html.index("</aside>")]
    assert '<strong class="figure">' in box
    figures = re.findall(
        r'<li class="fact fact-(?:money|number)">\s*<span class="kind">\w+</span>\s*(.*?)\s*<span', box, re.S
    )
    assert 'Repairs will cost <strong class="figure">€42 million</strong> and take eighteen months' in figures
    assert '…built in 1921, carries <strong class="figure">40,000 vehicles</strong> a day' in figures


def test_the_words_after_a_figure_stop_before_a_comma_that_closes_a_quotation():
    found = figures_in_context("“The fund gained €3 billion in value,” the minister said on Friday.")
    assert found["€3 billion"] == ("The fund gained", "in value…")


def test_the_words_before_a_figure_leave_out_a_bracket_opened_right_before_it():
    found = figures_in_context("Top-ranked ads changed few minds among the drinkers (12% vs 30% for the rest).")
    assert found["12%"] == ("…changed few minds among the drinkers", "vs 30% for the rest")


def test_a_day_resolved_on_a_guessed_publication_date_disagrees_with_no_one():
    one = article("one", "The council voted to close the pier on Wednesday.")
    two = article("two", "The council voted yesterday to close the pier.")
    (dated,) = merge_facts([one, two]).disagreements  # both dated: Wednesday 7 and Thursday 8 April differ
    assert [v.text for v in dated.values] == ["on Wednesday", "yesterday"]
    guessed = dataclasses.replace(one, date_inferred=True)  # saved without a date: "Wednesday" of which week?
    assert merge_facts([guessed, two]).disagreements == ()


def test_an_event_cut_to_a_headline_s_length_ends_with_an_ellipsis():
    (long,) = events(
        "Governor Ann Trask signed a law that lets the harbour board buy two electric cranes and a tug for "
        "the container quay and the ferry port."
    )
    assert long.text == "Ann Trask signed a law that lets the harbour board buy two electric cranes and a tug…"
    assert "…" not in long.value  # what sources must share to be one event is the words themselves
    (short,) = events("Governor Ann Trask signed the harbour law.")
    assert short.text == "Ann Trask signed the harbour law"


def test_a_lead_told_in_the_first_person_is_no_event():
    assert events("I had been working at the harbour office for three weeks when the letter came.") == []
    assert events("We were told on Monday that the ferry would stop.") == []


def test_an_event_that_ends_before_a_dangling_word_loses_the_comma_too():
    (event,) = events("The harbour season is here, and as the ferries return the cafés open again.")
    assert event.text == "The harbour season is here"


def test_a_figure_the_event_already_states_is_not_listed_again():
    story = _story(article("one", "The Portmere council will spend €12 million on the pier.", "It opened in 1902."))
    (event,) = [f for f in story.facts.facts if f.kind == "event"]
    assert event.text == "The Portmere council will spend €12 million"
    assert ("money", "€12 million") in [(f.kind, f.text) for f in story.facts.facts]  # still a fact, to compare
    assert not any(f.text == "€12 million" for f in shown_facts(story))
    assert [(f.kind, f.text) for f in shown_facts(story)] == [("event", event.text), ("date", "1902")]


def test_an_event_carries_its_day_and_the_day_is_not_listed_again():
    story = _story(article("one", "The Portmere council will close the pier on Monday.", "It opened in 1902."))
    (event,) = [f for f in story.facts.facts if f.kind == "event"]
    day = event_date(event, story)
    assert (day.value, fact_label(day)) == ("2027-04-12", "Monday 12 April 2027")
    shown = shown_facts(story)
    assert event in shown and day not in shown
    assert [f.value for f in shown if f.kind == "date"] == ["1902"]


def test_an_event_that_names_its_day_as_written_is_not_given_it_again(project: Path) -> None:
    config = load_config(project=project)
    digest = render_site(make_briefing(config), config)["digest.md"].decode()
    # council.txt has no date: "on Monday" is a guess, shown as written, and the event says it already
    assert "- The city council voted on Monday to close the Harbour Bridge for repairs (1 source)" in digest.replace(
        "\n  ", " "
    )


def test_a_date_is_shown_in_its_words_as_resolved():
    story = _story(
        article("one", "Repairs to the old pier began in 2019.", "The council said on Tuesday it had run out of money.")
    )
    dates = {f.value: figure_markdown(f, story) for f in story.facts.facts if f.kind == "date"}
    assert dates["2019"] == "…to the old pier began in **2019**"  # six words before it at most
    assert dates["2027-04-06"] == "The council said **Tuesday 6 April 2027** it had run out of money"
