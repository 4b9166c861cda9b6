"""The clean stage: boilerplate removal, glued words, headings, unicode repair, HTML extraction.

Fixtures in tests/fixtures/clean/ are messy articles written for this project, each `NAME.txt`
with the expected cleaned text in `NAME.expected.txt`. The tests below also check named lines
and words directly, so a wrong expected file cannot hide a regression.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briefing.clean import clean_document, clean_text, is_heading, metadata_from_extraction, repair
from briefing.clean_words import split_token
from briefing.model import Cleaned

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
CASES = sorted(p.name.removesuffix(".txt") for p in FIXTURES.glob("*.txt") if not p.name.endswith(".expected.txt"))


def clean_fixture(name: str) -> Cleaned:
    return clean_text((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


def kinds(cleaned: Cleaned, kind: str) -> list[str]:
    return [c.detail for c in cleaned.changes if c.kind == kind]


def test_there_are_at_least_thirty_fixtures() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("name", CASES)
def test_fixture_cleans_to_expected_text(name: str) -> None:
    expected = (FIXTURES / f"{name}.expected.txt").read_text(encoding="utf-8").strip()
    assert clean_fixture(name).text == expected


@pytest.mark.parametrize("name", CASES)
def test_cleaning_a_fixture_twice_changes_nothing(name: str) -> None:
    once = clean_fixture(name)
    assert clean_text(once.text).text == once.text


# --------------------------------------------------------------------------- boilerplate


@pytest.mark.parametrize(
    ("name", "dropped", "kept"),
    [
        ("nav_top", ["Home", "Technology", "Sport"], "The city council of Port Allerton voted"),
        ("nav_middle", ["Markets", "Companies", "Opinion"], "The shortage is expected to reach"),
        ("nav_bottom", ["About us", "Careers", "Sitemap"], "said the head librarian, Maren Oduya."),
        ("nav_pipe", ["Home | News | Politics"], "Turnout in the last regional vote"),
        ("promo_blurb", ["Try Premium free", "Sign up for our weekly energy newsletter"], "Voltaris declined"),
        ("read_more_inline", ["READ MORE:", "Read more:"], "Fishing groups said the cut"),
        ("related_list", ["Related", "Airline adds three new routes", "Why your next passport photo"], "Privacy"),
        ("share_prompts", ["Share this article", "Tweet", "Copy link", "Share on WhatsApp"], "Organisers said"),
        ("cookie_banner", ["We use cookies", "Accept all", "Manage preferences"], "About 350 jobs"),
        ("footer", ["© 2026 The Eastvale Courier", "Privacy Policy | Terms of Use"], "reviewing the origins"),
        ("comments_section", ["12 comments", "About time!", "Who is paying", "Load more comments"], "Engineers"),
        ("ad_markers", ["Advertisement", "Story continues below advertisement"], "Organisers credited"),
        ("photo_credits", ["Photo: Marek Dovrin", "Image: Getty Images"], "Three mountain passes"),
        ("social_follow", ["Follow us on Instagram", "Ilse Varga's coach, Petr Holub"], "Varga said she would"),
        ("headline_list", ["Most read", "Bridge closure to last", "Station cafe named best"], "more space"),
        ("paywall_prompts", ["Subscribe to continue reading", "Already a subscriber", "Register"], "The conversion"),
        ("sponsored", ["Sponsored content", "Trending now", "Five walks to take"], "Shop owners were divided"),
        ("byline_date", ["Markets", "By Teodora Lanke", "5 min read", "Updated at 4:12"], "The governor said"),
        ("fragment_list", ["World Business Markets"], "The ferry service to the outer islands"),
        ("newsletter_cta", ["Sign up for The Morning Brief", "Get the app"], "The ward has a playroom"),
        ("promo_unrelated", ["The Weekend Edition is our best reading"], "The team used drones"),
        (
            "web_widgets",
            ["Beginning in 2003", "Tweet with a location", "You can add location", "CLOSE Skip"],
            "About 400",
        ),
        (
            "signup_form",
            ["Story Continued Below", "Rail Brief A weekly", "Newsletter Sign Up", "Staff writer"],
            "Whitlow",
        ),
        ("wire_captions", ["FILE - In this March 3", "A volunteer hands out water"], "The county said 140 homes"),
        (
            "author_bio",
            ["Mara Quell is a staff writer", "Follow Mara Quell on Twitter", "The views expressed by this author"],
            "Commuter groups said",
        ),
    ],
)
def test_boilerplate_lines_are_dropped_and_the_article_kept(name: str, dropped: list[str], kept: str) -> None:
    cleaned = clean_fixture(name)
    for line in dropped:
        assert line not in cleaned.text
        assert any(detail.startswith(repr(line)[:-1]) or line in detail for detail in kinds(cleaned, "drop"))
    assert kept in cleaned.text


def test_drop_reasons_name_the_line_and_say_why() -> None:
    changes = [c for c in clean_fixture("nav_top").changes if c.kind == "drop"]
    assert [c.line for c in changes] == [1, 2, 3, 4, 5, 6]
    assert changes[0].detail == "'Home' — navigation menu or link list (6 short lines in a row)"


def test_aggregator_page_keeps_only_the_article() -> None:
    cleaned = clean_fixture("aggregator_mix")
    assert [b.kind for b in cleaned.blocks] == ["heading", "paragraph", "paragraph", "paragraph"]
    for junk in ("Skip to content", "Sign in", "Advertisement", "You may also like", "Share this", "©"):
        assert junk not in cleaned.text


def test_an_article_about_subscriptions_is_not_a_promotion() -> None:
    text = (
        "Newsletter startup raises funds\n\n"
        "Inkwell, a startup that helps writers sell newsletter subscriptions, raised 12 million dollars.\n\n"
        "Writers using Inkwell can offer a free tier and a premium tier; the company takes 8 percent.\n\n"
        "The company said it now has 40,000 paying subscribers across its newsletters.\n"
    )
    assert kinds(clean_text(text), "drop") == []


def test_calls_to_action_in_brackets_go_and_their_paragraph_stays() -> None:
    cleaned = clean_fixture("bracketed_prompts")
    assert "Sign up" not in cleaned.text and "Subscribe" not in cleaned.text and "click here" not in cleaned.text
    assert "over the Ness. The mayor said work would start in June" in cleaned.text
    assert "at the town hall. The plans (get this) were drawn" in cleaned.text  # no marketing word: kept
    assert kinds(cleaned, "drop") == [
        "'[Sign up for our daily newsletter here.]' — call to action in brackets",
        "'[Sign up for the Morning Brief newsletter]' — call to action in brackets, a line of its own",
        "'(click here)' — call to action in brackets",
        "'(Subscribe to our weekly transport digest)' — call to action in brackets, a line of its own",
    ]


def test_a_prompt_in_brackets_before_prose_takes_only_itself() -> None:
    text = (
        "Ferry timetable changes\n\n"
        "(Get our free app for live departures.) The winter timetable cuts two crossings a day from Monday.\n\n"
        "The operator said the cut would save fuel during the quiet months.\n"
    )
    assert clean_text(text).text == (
        "Ferry timetable changes\n\n"
        "The winter timetable cuts two crossings a day from Monday.\n\n"
        "The operator said the cut would save fuel during the quiet months."
    )


def test_citation_marks_glued_to_words_are_cut() -> None:
    cleaned = clean_fixture("citation_marks")
    for glued in ("Estland.[1]", "rivers.[2][3]", "perch1,2", "Denmark12", "them.5", "summer.[6]"):
        assert glued not in cleaned.text
    assert "pike and perch in its deeper water, and later studies in Denmark and the coast" in cleaned.text
    assert "Radio4 broadcasts the timetable; Radio4 also" in cleaned.text  # a name said twice keeps its number
    assert "surveyed in 1871.4 The survey" in cleaned.text  # after a number, ".4" may be a decimal
    assert "'perch1,2' → 'perch' — citation mark" in kinds(cleaned, "drop")


def test_a_name_with_a_number_said_twice_keeps_it_whatever_punctuation_follows() -> None:
    text = (
        "Station history\n\n"
        "The station opened in 1952.[1] It moved to the hills in 1970.[2] Its news went out as Denver7.\n\n"
        "Viewers of Denver7, the station said, doubled within a year.\n"
    )
    cleaned = clean_text(text)
    assert "out as Denver7." in cleaned.text and "Viewers of Denver7, the station" in cleaned.text
    assert "in 1952. It moved" in cleaned.text


def test_numbers_glued_to_words_stay_without_citations_around_them() -> None:
    """A number after a name, an age after a name and a comma, a numbered abbreviation: no citation marks
    in an article that has no sure ones."""
    text = (
        "Singer returns to the stage\n\n"
        "Mara Lind,34, said she was ready to sing again after two years away.\n\n"
        "She will open at Studio54 on Friday, and her album Volume2 follows on Sept.3 The tour visits Oslo7 clubs.\n\n"
        "Tickets sold out within an hour, the venue said.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.text == text.strip()
    assert kinds(cleaned, "drop") == []


def test_related_links_go_as_headline_and_blurb_pairs_or_with_their_label() -> None:
    cleaned = clean_fixture("related_pairs")
    for link in ("[Tram strike", "Explore further", "[Kellport Ledger]", "cycle lanes", "The lanes will open"):
        assert link not in cleaned.text
    assert "Passenger numbers" not in cleaned.text
    assert cleaned.text.endswith("said a nurse who works nights at the hospital.")
    pairs = "related links (3 headlines with a blurb each, after the article)"
    assert any(detail.endswith(pairs) for detail in kinds(cleaned, "drop"))


def test_a_source_in_brackets_is_no_headline() -> None:
    """A line in brackets goes as a headline only with a headline's stop words: a source does not."""
    text = (
        "A saying of the elders\n\n"
        "The elders said that a guest must be fed before he is asked where he comes from.\n\n"
        "[Kitab Al-Adab Al-Mufrad hal. 12]\n\n"
        "The saying is still taught in the village schools.\n"
    )
    assert "[Kitab Al-Adab Al-Mufrad hal. 12]" in clean_text(text).text


ARTICLE_END = (
    "Flood defences finished in Lorrin\n\n"
    "Work on the new flood wall along the Lorrin river finished on Friday, two months early and on budget.\n\n"
    "The wall protects about 3,000 homes that flooded twice in the last decade, the council said.\n\n"
)


@pytest.mark.parametrize(
    "ending",
    [
        # the article's own sections: short headings
        "What happens next\nThe council will test the gates in May.\nHow to report a leak\nCall the river office.\n",
        # … of six words, each with a paragraph as short as a blurb
        "How the council pays for it\nThe county will pay half of the cost.\n"
        "What the wall means for homes\nHomes near the river can be insured again.\n",
        # a heading introduces the pairs: a list that is part of the article
        "The wall in numbers\n"
        "Three kilometres of concrete and steel along the river\nThe wall runs from the old mill to the port.\n"
        "Twelve flood gates that close in under an hour\nEach gate is tested every month.\n",
    ],
)
def test_sections_and_lists_ending_an_article_are_not_related_links(ending: str) -> None:
    cleaned = clean_text(ARTICLE_END + ending)
    assert not any("related links" in detail for detail in kinds(cleaned, "drop"))
    lines = ending.splitlines()
    assert [block.text for block in cleaned.blocks][-len(lines) :] == lines  # every line kept, in order


def test_a_title_and_standfirst_above_the_article_are_not_related_links() -> None:
    text = (
        "Flood wall along the Lorrin river finished two months early\n"
        "The council says 3,000 homes are now protected.\n"
        "Engineers test the new gates before the winter storms arrive\n"
        "The first test is planned for May.\n\n"
        "Work on the new flood wall along the Lorrin river finished on Friday, two months early and on budget, "
        "the council said in a statement.\n"
    )
    assert "The council says 3,000 homes are now protected." in clean_text(text).text


def test_a_video_playlist_goes_with_its_player() -> None:
    text = (
        "Storm closes mountain roads\n\n"
        "Heavy snow closed three mountain roads on Sunday and left hundreds of drivers stranded overnight.\n\n"
        "Skip in Skip x Embed x Share CLOSE Snow falls in the pass | 0:46 Drivers wait for the ploughs. 1 of 4\n\n"
        "Ploughs work through the night on the pass road\n\n"
        "Ski resorts hope for a record season after early snow\n\n"
        "Raw: Avalanche warning raised across the region\n\n"
        "How to keep your car safe in freezing weather\n\n"
        "Police said the roads would reopen on Tuesday once the snow had been cleared.\n"
    )
    cleaned = clean_text(text)
    assert "Skip in Skip" not in cleaned.text and "Ploughs work" not in cleaned.text and "Raw:" not in cleaned.text
    assert "Police said the roads would reopen on Tuesday" in cleaned.text
    assert any(detail.endswith("video playlist (4 headlines after the player)") for detail in kinds(cleaned, "drop"))


def test_lines_after_other_player_text_are_no_playlist() -> None:
    """Only a player that lists other videos (USA Today's) has a playlist after it; after a BBC
    "Media caption", short lines in a row are the article's own."""
    text = (
        "Storm closes mountain roads\n\n"
        "Heavy snow closed three mountain roads on Sunday and left hundreds of drivers stranded overnight.\n\n"
        "Media caption Drivers describe a night in their cars on the pass\n\n"
        "Three roads closed across the north of the valley\n\n"
        "Forty schools shut for a second day running\n\n"
        "Trains cancelled on the whole of the valley line\n\n"
        "More snow is forecast for Wednesday, and the roads agency has asked drivers to stay at home.\n"
    )
    cleaned = clean_text(text)
    assert "Media caption" not in cleaned.text
    for line in ("Three roads closed", "Forty schools shut", "Trains cancelled on the whole"):
        assert line in cleaned.text


def test_a_reporter_the_article_is_about_keeps_their_line() -> None:
    """A bio's sentence is news when the article names the reporter, or when prose follows it."""
    story = (
        "Reporter freed after three weeks in custody\n\n"
        "Police in Vessa released the journalist Tomas Renke on Friday after three weeks in custody without charge.\n\n"
        "Renke had been reporting on a strike at the city's port when he was detained.\n\n"
        "Tomas Renke is a reporter for the Vessa Herald.\n"
    )
    assert "Tomas Renke is a reporter for the Vessa Herald." in clean_text(story).text
    inside = (
        "Newspaper names a new editor\n\n"
        "Ilka Dorn is a columnist at the Northport Times, and she will run its newsroom from May.\n\n"
        "The paper's owners said they had chosen her after a search that lasted six months.\n"
    )
    assert "Ilka Dorn is a columnist" in clean_text(inside).text


def test_an_author_bio_goes_only_after_the_article() -> None:
    text = (
        "Library extends its opening hours\n\n"
        "The central library in Ostby will open until 10 p.m. on weekdays from next month, the council said.\n\n"
        "Students had petitioned for later hours during the exam season.\n\n"
        "Pia Sorell and Jon Vick are reporters for the Ostby Post. Pia Sorell covers education.\n"
    )
    cleaned = clean_text(text)
    assert "Pia Sorell" not in cleaned.text
    assert "Students had petitioned" in cleaned.text
    assert any("author bio" in detail for detail in kinds(cleaned, "drop"))


def test_a_paragraph_ending_in_a_sentence_about_a_reporter_is_not_a_bio() -> None:
    last = "Commuters said the rise would hurt shift workers. Jon Vick is a former reporter who now runs their group."
    text = (
        "Ferry fares to rise\n\n"
        "Ferry fares across the harbour will rise by 6 percent from April, the port authority said on Tuesday.\n\n"
        f"{last}\n"
    )
    assert clean_text(text).text.endswith(last)


def test_an_author_bio_of_two_lines_goes_though_it_names_its_reporter_twice() -> None:
    text = (
        "Library extends its opening hours\n\n"
        "The central library in Ostby will open until 10 p.m. on weekdays from next month, the council said.\n\n"
        "Students had petitioned for later hours during the exam season.\n\n"
        "Pia Sorell is a staff writer at the Ostby Post.\n\n"
        "Pia Sorell covers education and the city council.\n"
    )
    cleaned = clean_text(text)
    assert "Pia Sorell" not in cleaned.text
    assert cleaned.text.endswith("Students had petitioned for later hours during the exam season.")
    assert sum("author bio" in detail for detail in kinds(cleaned, "drop")) == 2


def test_a_short_list_inside_the_article_is_kept() -> None:
    text = clean_fixture("list_kept").text
    assert "Tenants must be given two months' notice of any increase." in text
    assert "Deposits are capped at five weeks of rent." in text


def test_byline_gives_the_author() -> None:
    assert clean_fixture("byline_date").meta == {"author": "Teodora Lanke"}


def test_a_sentence_starting_with_by_is_no_byline() -> None:
    cleaned = clean_text("By the end of March, the council had spent most of its road budget on repairs.")
    assert cleaned.meta == {} and cleaned.text.startswith("By the end of March")


# --------------------------------------------------------------------------- glued words


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("intelligenceJust", "intelligence. Just"),
        ("APIand", "API and"),
        ("CNNThe", "CNN. The"),
        ("catalogIn", "catalog. In"),
        ("NASAand", "NASA and"),
        ("OpenAIThe", "OpenAI. The"),
        ("universityThe", "university. The"),
        ("operatorBayline", "operator Bayline"),
        ("fallOpenAI", "fall OpenAI"),
    ],
)
def test_glued_words_are_split(token: str, expected: str) -> None:
    assert split_token(token) == expected


NAMES = (
    "OpenAI ChatGPT iPhone YouTube McDonald DeepMind PhD PhDs eBay macOS LinkedIn TikTok PayPal JavaScript "
    "McKinsey AstraZeneca BlackRock CEOs GPUs xAI LeBron"
)


@pytest.mark.parametrize(
    "name",
    NAMES.split(),
)
def test_names_are_never_split(name: str) -> None:
    assert split_token(name) == name


def test_glued_words_in_sentences() -> None:
    cleaned = clean_fixture("fused_words")
    assert "with artificial intelligence. Just months after the launch" in cleaned.text
    assert "built products on the Sora API and that paid" in cleaned.text
    assert "such as CNN. The shutdown hit hardest" in cleaned.text
    assert "product catalog. In recent weeks" in cleaned.text
    assert "intelligenceJust → intelligence. Just" in kinds(cleaned, "split")


def test_sentences_glued_at_the_full_stop_are_spaced() -> None:
    cleaned = clean_fixture("glued_sentences")
    assert "between the main station and the hospital. Drivers said" in cleaned.text
    assert "from the transport authority. The full fleet" in cleaned.text
    assert "hospital.Drivers → hospital. Drivers" in kinds(cleaned, "split")


def test_a_sentence_glued_to_a_quotation_is_spaced_on_the_right_side() -> None:
    assert (
        clean_text('It closed."We never thought so," she said.').text == 'It closed. "We never thought so," she said.'
    )
    assert clean_text('He said "no."Then he left.').text == 'He said "no." Then he left.'
    assert (
        clean_text("They hired a lawyer.(Maria) - I support them.").text
        == "They hired a lawyer. (Maria) - I support them."
    )
    assert 'closed."We → closed. "We' in kinds(clean_fixture("wire_captions"), "split")


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("BELMARSH, Ore. (AP) — Residents were able to leave.", "Residents were able to leave."),
        ("NEW YORK, May 18 (UPI) -- A toy maker warned buyers.", "A toy maker warned buyers."),
        ("Washington (CNN) Senator Ada Lorne praised the speech.", "Senator Ada Lorne praised the speech."),
        ("(CNN) Seven sailors were rescued on Friday.", "Seven sailors were rescued on Friday."),
        ("MILLIS (CBS) – The officer has died.", "The officer has died."),
        ("BEIJING — China cut its lending rate.", "China cut its lending rate."),
        ("WASHINGTON The Senate passed the budget early on Friday.", "The Senate passed the budget early on Friday."),
    ],
)
def test_a_wire_dateline_is_taken_off_the_paragraph(line: str, rest: str) -> None:
    cleaned = clean_text(f"{line}\n\nThe vote was close, officials said on Friday.")
    assert cleaned.text.split("\n\n")[0] == rest
    assert any("dateline" in detail for detail in kinds(cleaned, "drop"))


@pytest.mark.parametrize(
    "line",
    [
        "Apple (AAPL) Chief Executive Tim Cook said sales rose.",
        "Sen. Ada Lorne (D-Ore.) was the only one to vote no.",
        "NASA Administrator Bill Nelson said the launch would go ahead.",
        "HALF A MILLION MICE CALL THE UNDERGROUND HOME.",
    ],
)
def test_a_name_with_brackets_or_capitals_is_no_dateline(line: str) -> None:
    assert clean_text(line).text == line


def test_real_names_in_an_article_are_untouched() -> None:
    source = (FIXTURES / "names_untouched.txt").read_text(encoding="utf-8")
    cleaned = clean_text(source)
    assert kinds(cleaned, "split") == []
    for name in ("OpenAI", "ChatGPT", "DeepMind", "iPhone", "YouTube", "McDonald's", "PhD", "eBay", "macOS"):
        assert name in cleaned.text


# --------------------------------------------------------------------------- headings


def test_headings_run_into_paragraphs_are_split_off() -> None:
    blocks = clean_fixture("fused_heading").blocks
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == [
        "The rise and fall of a video app",
        "Sora's rise and fall",
        "From viral app to strategic change",
    ]
    assert blocks[3].text.startswith("OpenAI said on Monday")
    assert blocks[5].text.startswith("Sora was never profitable")
    assert "fallOpenAI → fall | OpenAI" in kinds(clean_fixture("fused_heading"), "split")


def test_run_in_heading_before_a_sentence_opener() -> None:
    blocks = clean_fixture("run_in_heading").blocks
    assert ("heading", "How the deal came together") in [(b.kind, b.text) for b in blocks]
    assert ("heading", "What changes for shoppers") in [(b.kind, b.text) for b in blocks]


def test_a_sentence_glued_to_the_next_is_not_taken_for_a_heading() -> None:
    text = clean_fixture("acronym_glue").text
    assert "The delay was first reported by the BBC. The agency said on Friday" in text


def test_heading_lines_are_headings_and_prose_is_not() -> None:
    blocks = clean_fixture("heading_lines").blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "heading", "paragraph", "heading"] + ["paragraph"] * 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Why it matters", True),
        ("What happens next", True),
        ("The deal with", False),
        ("The shutdown hit hardest.", False),
        ("Here are the highlights:", False),
        ("a lower-case fragment", False),
    ],
)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


# --------------------------------------------------------------------------- repair


def test_machine_translated_apostrophes_and_spacing() -> None:
    cleaned = clean_fixture("machine_translation")
    assert "OpenAI's announcement would be examined by its digital markets team, which reports to parliament." in (
        cleaned.text
    )
    assert "didn't yet know" in cleaned.text
    assert "'OpenAI ‘ s' → \"OpenAI's\"" in kinds(cleaned, "repair")


def test_spaced_single_quotes_are_closed_up() -> None:
    assert "he regretted 'careless mistakes' but denied" in clean_fixture("translated_quotes").text


def test_mojibake_and_entities_are_repaired() -> None:
    assert "The city's café owners" in clean_fixture("mojibake").text
    text = clean_fixture("html_entities").text
    assert "Farmers' market" in text and '"a relief"' in text and "1.6 million pounds in 2023 & renovated" in text


def test_html_inside_text_is_reduced_to_its_words() -> None:
    cleaned = clean_fixture("html_fragment")
    assert "<" not in cleaned.text and "trackPageView" not in cleaned.text
    assert cleaned.blocks[0].text == "School meals to include more local produce"
    assert "a sample of the new menus will be published" in cleaned.text
    assert ("heading", 2) in [(c.kind, c.line) for c in cleaned.changes]  # <h2> is on line 2 of the file


def test_markdown_syntax_is_removed() -> None:
    cleaned = clean_fixture("markdown_links")
    assert "more than 40 ships waiting" in cleaned.text
    assert "https://" not in cleaned.text and "**" not in cleaned.text and "#" not in cleaned.text


def test_markdown_reference_links_keep_their_words_and_lose_their_definitions() -> None:
    text = (
        "The council published [the report][1] on Monday, and [the mayor][] said fares would rise by 4%.\n\n"
        "[1]: https://example.org/report.pdf\n"
        '[the mayor]: https://example.org/mayor "The mayor\'s page"\n'
    )
    assert (
        clean_text(text).text
        == "The council published the report on Monday, and the mayor said fares would rise by 4%."
    )


def test_two_citation_marks_in_a_row_are_no_reference_link() -> None:
    text = "The doctrine was denounced in 1976.[27][28] It was not taught again.\n"
    assert clean_text(text).text == "The doctrine was denounced in 1976. It was not taught again."


def test_backticks_between_letters_are_apostrophes_not_code() -> None:
    text = "The band said it`s what you`re after, and ran `make install` twice.\n"
    assert clean_text(text).text == "The band said it's what you're after, and ran make install twice."


def test_repair_leaves_well_formed_text_alone() -> None:
    sentence = 'He said "the deal is done" and left, after 10 p.m. on Friday.'
    assert repair(sentence) == sentence


# --------------------------------------------------------------------------- html and metadata

PAGE = """<!doctype html><html><head><title>Tide gauge shows record high</title>
<meta name="author" content="Orla Benet"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Tide gauge shows record high</h1>
<p>The tide gauge at Wenmouth harbour recorded its highest reading since measurements began in 1893, the coastal
agency said on Thursday, after a storm surge pushed water over the quay in two places.</p>
<p>Engineers said the sea wall held, but several cellars along the harbour front were flooded and the road to the
ferry terminal was closed for six hours while pumps cleared the water.</p>
<p>The agency said higher tides were expected more often as sea levels rise, and that it would publish new flood
maps for the coast in the spring.</p>
<p>Sign up for our newsletter to get the latest local news in your inbox.</p>
</article><footer>© 2026 Wenmouth Echo. All rights reserved.</footer></body></html>"""


def test_html_page_gives_the_article_and_its_metadata() -> None:
    cleaned = clean_document(PAGE, "html")
    assert "highest reading since measurements began in 1893" in cleaned.text
    assert "Sign up for our newsletter" not in cleaned.text and "Home" not in cleaned.text
    assert cleaned.meta["title"] == "Tide gauge shows record high"
    assert cleaned.meta["author"] == "Orla Benet"
    assert kinds(cleaned, "extract")[0].startswith("trafilatura (precision)")


def test_a_stub_extraction_falls_back_and_says_which_extractor_won(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import clean_html

    article = " ".join(["The harbour agency said the quay flooded twice after the storm surge."] * 12)
    stub = clean_html._candidate("trafilatura (precision)", "Subscribe to continue reading.")
    monkeypatch.setattr(clean_html, "_trafilatura_precision", lambda html: ({"title": "T"}, stub))
    monkeypatch.setattr(
        clean_html, "FALLBACKS", (("menu", lambda h: "Home\nWorld\nSport"), ("full", lambda h: article))
    )
    extracted = clean_html.extract_html("<html></html>")
    assert extracted.text == article and extracted.meta == {"title": "T"}
    assert extracted.changes[0].detail == (
        "trafilatura (precision) looked wrong (only 4 words, a paywall notice, "
        "1 of 1 lines are links or calls to action); full won"
    )


def test_a_page_pasted_into_a_text_file_is_extracted() -> None:
    assert "highest reading since" in clean_document(PAGE, "txt").text


def test_metadata_from_extraction_renames_sitename() -> None:
    assert metadata_from_extraction({"sitename": "Echo", "title": "T"}) == {"source": "Echo", "title": "T"}


# --------------------------------------------------------------------------- idempotence

VOCABULARY = (
    "council harbour river agency engineers report water quay ferry storm tide market shares rose fell "
    "said would could new old local national OpenAI ChatGPT iPhone YouTube DeepMind PhD McDonald's eBay"
)
WORDS = st.sampled_from(VOCABULARY.split())
SENTENCE = st.builds(
    lambda first, rest, end: " ".join([first.capitalize(), *rest]) + end,
    WORDS,
    st.lists(WORDS, min_size=7, max_size=20),
    st.sampled_from([".", "!", "?"]),
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
HEADING = st.lists(WORDS, min_size=2, max_size=6).map(lambda ws: " ".join(ws).capitalize())
ARTICLE = st.lists(st.one_of(PARAGRAPH, st.tuples(HEADING, PARAGRAPH).map("\n\n".join)), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(ARTICLE)
def test_clean_text_is_left_unchanged(paragraphs: list[str]) -> None:
    # A paragraph said twice is not clean text: the repeat goes.
    blocks = "\n\n".join(paragraphs).split("\n\n")
    keys = [" " + " ".join(re.findall(r"[\w-]+", block.lower())) + " " for block in blocks]
    assume(not any(a in b for i, a in enumerate(keys) for j, b in enumerate(keys) if i != j))
    text = "\n\n".join(paragraphs)
    assert clean_text(text).text == text


MESSY_LINE = st.one_of(
    PARAGRAPH,
    HEADING,
    st.sampled_from(["Home", "World", "Share this article", "Read more: Storm hits", "Related", "Advertisement"]),
    st.sampled_from(["intelligenceJust months later it rose.", "the APIand the app", "itâ€™s here", "&amp;", ""]),
    st.sampled_from(
        ["It rose.Then it fell again.", "he said ‘ no ’ twice", "Sign up for our newsletter today.", "© 2026"]
    ),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(MESSY_LINE, min_size=1, max_size=12))
def test_cleaning_is_idempotent_on_messy_text(lines: list[str]) -> None:
    once = clean_text("\n".join(lines)).text
    assert clean_text(once).text == once


def test_run_in_heading_with_a_verb_before_a_capitalised_determiner() -> None:
    cleaned = clean_text(
        "The bridge closes on Monday, the council said after a long meeting.\n\n"
        "Ferry is taking over the traffic The ferry company will sail twice as often over the harbour.\n\n"
        "Readers of The Times were told the news on Monday by the editor of the paper."
    )
    assert [(b.kind, b.text) for b in cleaned.blocks][1:3] == [
        ("heading", "Ferry is taking over the traffic"),
        ("paragraph", "The ferry company will sail twice as often over the harbour."),
    ]
    assert cleaned.blocks[-1].text.startswith("Readers of The Times were told")  # a title is not a heading


def test_explain_keeps_repairs_when_the_text_ends_in_blank_spaces() -> None:
    # A whitespace-only last line once made the repaired text one line short, and every repair vanished.
    result = clean_text("The council met on Monday, itâ€™s said, to agree a budget.\n\nIt voted 7 to 2.\n   ")
    assert [(c.kind, c.line) for c in result.changes] == [("repair", 1)]
    assert "it's said" in result.text


@pytest.mark.parametrize(
    "prose",
    [
        "In other words, the council will pay for the repairs itself this year.",
        "More from the mayor: she said the plan would save money over time.",
    ],
)
def test_prose_that_opens_like_a_list_header_is_kept(prose: str) -> None:
    text = f"The council agreed its budget for next year on Monday evening.\n\n{prose}\n"
    assert prose in clean_text(text).text


@pytest.mark.parametrize(
    "header", ["More from BBC News", "In other news", "In case you missed it", "ALSO:", "Story highlights", "Online:"]
)
def test_list_headers_and_their_headlines_go(header: str) -> None:
    text = (
        "The council agreed its budget for next year on Monday evening.\n\n"
        f"{header}\n\nBridge closes for repairs\nTram plan goes to consultation\nWater bills to rise\n"
    )
    assert clean_text(text).text.strip() == "The council agreed its budget for next year on Monday evening."


@pytest.mark.parametrize(
    "row", ["Photo Advertisement Continue reading the main story", "Most Popular Stories Most Popular Stories More>>"]
)
def test_a_row_of_widget_labels_copied_as_one_line_goes(row: str) -> None:
    text = f"{row}\n\nMore Comments Expected\n\nThe council agreed its budget for next year on Monday evening.\n"
    result = clean_text(text)
    assert row not in result.text
    assert "More Comments Expected" in result.text  # a headline that only starts with a label stays
    assert any(c.kind == "drop" and "row of page labels" in c.detail for c in result.changes)


# Page furniture of real news sites, each in its own shape (written for these tests), and the reason given.
FURNITURE = [
    ("The mayor cuts the ribbon at the new tram depot on Monday. (Jane Rowe/The Harbour Post)", "photo caption"),
    ("Flood water covers the quay road. (Photo: Sam Field, Harbour Post)", "photo caption"),
    ("The old pump house, seen from the river. (Courtesy of the Water Board)", "photo caption"),
    ("Nurse Ada Lim at the new emergency wing (Courtesy photo)", "photo caption"),
    ("Image caption The ferry was towed back to port at dawn", "photo caption"),
    ("Media playback is unsupported on your device Media caption The bridge closes", "embedded player text"),
    ("Embed Inside the tram depot autoplay autoplay Copy this code to your website or blog", "embedded player text"),
    ("Enlarge this image toggle caption Jane Rowe/Harbour Post", "embedded player text"),
    ("JUST WATCHED Tram depot opens Replay More Videos ... MUST WATCH", "embedded player text"),
    ("Please enable Javascript to watch this video", "embedded player text"),
    ("Council writers Ann Bell and Tom Hale in Portsmouth contributed to this report.", "contributor credit"),
    ("Contributing: Harbour Post staff", "contributor credit"),
    ("(Additional reporting by Ann Bell; Editing by Tom Hale)", "contributor credit"),
    ("With assistance by Ann Bell and Tom Hale.", "contributor credit"),
    ("Contact Ann Bell at 555-0100 or on Twitter.", "contact line"),
    ("Ann Bell covers the harbour. Contact her at ann@example.com.", "contact line"),
    ("Correction: An earlier version of this article gave the wrong date for the vote.", "correction or update note"),
    ("This story has been updated to include the council's reply.", "correction or update note"),
    ("Originally published on the Harbour Post.", "footer"),
    ("A version of this article appeared in print on 4 May, on page 12.", "footer"),
    ("RELATED Council approves tram budget", "read-more link"),
    ("[RELATED: Council approves tram budget]", "read-more link"),
    ("[READ THE REPORT.]", "read-more link"),
    ("Why the tram line took ten years | Ann Bell Read more", "read-more link"),
    ("For our complete coverage of the tram line, visit the transport page.", "read-more link"),
    ("Twitter", "page label"),
    (". . . . . . . .", "symbols, no words"),
    ("Thank you for registering! We have sent a confirmation email to you.", "newsletter sign-up form"),
    ("Sorry, the page you requested could not be found.", "error page"),
    ("12 Comments Sorry, comments for this post are now closed.", "comment prompt"),
    ("Harbour Post writer Ann Bell contributed.", "contributor credit"),
    ("Updated at 9:23 a.m. to correct the name of the ferry.", "correction or update note"),
    ("To contact the reporter on this story: Ann Bell in Portsmouth at abell@example.com", "contact line"),
    ("This article appeared on page B - 2 of the Harbour Post", "footer"),
    ("// Player.ready(function() { Player.create('tram-video'); });", "links or code, not prose"),
    ("Facebook Twitter Pinterest The flooded quay at dawn on Monday", "photo caption"),
    ("Play Facebook", "row of page labels"),
    ("Crawl of outlinks from example.org started in May 2016.", "web archive notice"),
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE, ids=[f"{r}: {line[:30]}" for line, r in FURNITURE])
def test_page_furniture_of_real_news_sites_goes_with_its_reason(line: str, reason: str) -> None:
    text = (
        "The council agreed its budget for next year on Monday evening after a long debate.\n\n"
        f"{line}\n\n"
        "The tram line will open in spring, two years later than planned, the council said.\n"
    )
    result = clean_text(text)
    assert line not in result.text
    assert "The council agreed its budget" in result.text and "The tram line will open" in result.text
    assert any(c.kind == "drop" and f"— {reason}" in c.detail for c in result.changes)


@pytest.mark.parametrize(
    "prose",
    [
        "The ferry company said it would contact them at the weekend.",  # "contact them at": not a reader's contact
        "The poll (Reuters/Ipsos) found most people backed the tram.",  # a slash in brackets, mid-sentence
        "Most backed the plan, according to the poll (Reuters/Ipsos).",  # and at the end: one word each side
        "The board said the original plan was first published in 2019 and has not changed.",
        "Related costs rose by a fifth, the council said.",  # "Related" opening a sentence
        "Reporting by the Harbour Post found that the pumps had failed twice.",
        "Reach Portsmouth on the A3 and follow the signs to the quay.",  # directions, not a contact line
    ],
)
def test_prose_shaped_like_furniture_is_kept(prose: str) -> None:
    text = f"The council agreed its budget for next year on Monday evening after a long debate.\n\n{prose}\n"
    assert prose in clean_text(text).text


def test_a_pull_quote_and_a_copied_paragraph_go_and_their_first_telling_stays() -> None:
    told = (
        "Ms Quill said the closure was a blow. “We were told the bridge would stay open for at least "
        "another year, and now we have a week,” she said at the meeting on Monday."
    )
    pull = "“We were told the bridge would stay open for at least another year, and now we have a week.” Jo Quill"
    copied = "The council will decide on Thursday whether to pay for a temporary ferry across the harbour."
    echo = "Ms Quill, who runs a cafe on the quay, repeated that “we were told the bridge would stay open.”"
    text = f"{copied}\n\n{told}\n\n{pull}\n\n{echo}\n\n{copied}\n"
    result = clean_text(text)
    straight = [t.replace("“", '"').replace("”", '"') for t in (copied, told, echo)]
    assert [b.text for b in result.blocks] == straight  # the echo quotes only a part: it stays
    reasons = [c.detail for c in result.changes if c.kind == "drop"]
    assert len(reasons) == 2 and all("repeats another paragraph word for word" in r for r in reasons)


def test_an_embedded_tweet_keeps_its_words_and_loses_its_signature() -> None:
    tweet = (
        "The harbour bridge reopens on Monday. Thank you to every crew! pic.twitter.com/Ab12Cd"
        " — Harbour Council (@harbourcouncil) May 5, 2026"
    )
    text = f"The council confirmed the date in a post on Sunday evening.\n\n{tweet}\n"
    result = clean_text(text)
    assert result.text.endswith("\n\nThe harbour bridge reopens on Monday. Thank you to every crew!")
    assert any("an embedded tweet's signature" in c.detail for c in result.changes)
    assert clean_text(result.text).text == result.text
    prose = "The council (@harbourcouncil on social media) said on May 5, 2026 that it would reopen."
    assert clean_text(prose).text == prose  # a handle in prose is no signature


def test_a_widget_label_run_into_a_heading_goes_and_the_heading_stays() -> None:
    text = (
        "The storm reached the coast on Sunday night and the ferries stopped.\n\n"
        "Continue reading the main story On the quay The harbour master said the boats were safe"
        " and the crews were home.\n"
    )
    result = clean_text(text)
    assert [(b.kind, b.text) for b in result.blocks][1:] == [
        ("heading", "On the quay"),
        ("paragraph", "The harbour master said the boats were safe and the crews were home."),
    ]
    assert any("'Continue reading the main story' — advertisement" in c.detail for c in result.changes)
    assert clean_text(result.text).text == result.text


def test_a_bold_mark_before_a_space_leaves_no_list_marker() -> None:
    text = "** A message from the tram company: the new line opens in May, a year late. *Sponsored*\n"
    once = clean_text(text).text
    assert once.startswith("A message from the tram company") and clean_text(once).text == once


def test_an_epigraph_in_verse_above_the_story_stays() -> None:
    text = (
        '"The tide comes in, the tide goes out,\n\nand still the harbour waits,"\n\nAnn Bell, Quay Songs\n\n'
        "That line opens every guide to the old port, and the council wants it on the new ferry terminal.\n"
    )
    result = clean_text(text)
    assert result.text.startswith('"The tide comes in, the tide goes out,')
    assert "Ann Bell, Quay Songs" in result.text
