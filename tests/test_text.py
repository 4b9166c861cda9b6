"""Sentence and word segmentation (`briefing.text`).

The cases follow the kinds of the English "golden rules" for sentence boundaries, in
sentences written for these tests, plus the habits of news copy. The golden rules
themselves live outside the repository and are measured by `scripts/eval_sbd.py`.
"""

from __future__ import annotations

import pytest

from briefing.model import Block
from briefing.text import SumyTokenizer, segment, split_sentences, stem, words

# (kind, text, expected sentences)
RULE_CASES = [
    ("full stop", "The ferry left at noon. It was full.", ["The ferry left at noon.", "It was full."]),
    ("question mark", "Who pays for it? The council does.", ["Who pays for it?", "The council does."]),
    ("exclamation mark", "It reopened! Crowds cheered.", ["It reopened!", "Crowds cheered."]),
    ("double punctuation", "Closed again?! Drivers were furious.", ["Closed again?!", "Drivers were furious."]),
    (
        "upper-case initial",
        "The report was written by Maria T. Okafor.",
        ["The report was written by Maria T. Okafor."],
    ),
    (
        "lower-case abbreviation before a number",
        "The table is on p. 12 of the plan.",
        ["The table is on p. 12 of the plan."],
    ),
    (
        "abbreviation inside a sentence",
        "She met Dunmore and co. at the depot.",
        ["She met Dunmore and co. at the depot."],
    ),
    (
        "company abbreviation inside",
        "Talks with Hale, Lund & Co. at noon failed.",
        ["Talks with Hale, Lund & Co. at noon failed."],
    ),
    (
        "company abbreviation at the end",
        "The contract went to Hale, Lund & Co. It starts in May.",
        ["The contract went to Hale, Lund & Co.", "It starts in May."],
    ),
    ("prepositive abbreviation", "You can see Mt. Carrow from the pier.", ["You can see Mt. Carrow from the pier."]),
    (
        "saint and street",
        "St. Oswin's school is on Kell St. near the quay.",
        ["St. Oswin's school is on Kell St. near the quay."],
    ),
    ("possessive abbreviation", "That was Halloran Jr.'s boat.", ["That was Halloran Jr.'s boat."]),
    ("multi-period inside", "She studied in the U.K. for a year.", ["She studied in the U.K. for a year."]),
    ("multi-period at the end", "He moved to the U.K. What changed?", ["He moved to the U.K.", "What changed?"]),
    ("multi-period before a name", "The U.S. Senate voted late.", ["The U.S. Senate voted late."]),
    ("number inside", "The fare is $2.50 each way.", ["The fare is $2.50 each way."]),
    ("number at the end", "The fare is $2.50. It was $2.", ["The fare is $2.50.", "It was $2."]),
    (
        "parenthesis inside",
        "The tunnel (It opened in 1988.) is closed.",
        ["The tunnel (It opened in 1988.) is closed."],
    ),
    (
        "email address",
        "Write to press@port.example. They reply fast.",
        ["Write to press@port.example.", "They reply fast."],
    ),
    (
        "web address",
        "Plans are at https://port.example/plans/v2.html. Comments close soon.",
        ["Plans are at https://port.example/plans/v2.html.", "Comments close soon."],
    ),
    ("quotation inside", 'He looked up, "That is odd." he said.', ['He looked up, "That is odd." he said.']),
    (
        "quotation at the end",
        'He looked up, "That is odd." Then he left.',
        ['He looked up, "That is odd."', "Then he left."],
    ),
    ("named entity with !", "He worked at Wahoo! in the sales team.", ["He worked at Wahoo! in the sales team."]),
    (
        "pronoun I and an initial",
        "It was just you and I. Have you met Carl I. Brandt?",
        ["It was just you and I.", "Have you met Carl I. Brandt?"],
    ),
    ("numbered list", "1. Close the road 2. Open the ferry", ["1. Close the road", "2. Open the ferry"]),
    ("list with parentheses", "1) Close the road. 2) Open the ferry.", ["1) Close the road.", "2) Open the ferry."]),
    ("lettered list", "a. Close the road b. Open the ferry", ["a. Close the road", "b. Open the ferry"]),
    ("bulleted list", "• 3. Close the road • 4. Open the ferry", ["• 3. Close the road", "• 4. Open the ferry"]),
    ("unspaced ellipsis at the end", "We waited.... The bus never came.", ["We waited....", "The bus never came."]),
    (
        "spaced three-dot ellipsis inside",
        "The plan was . . . I mean it was late.",
        ["The plan was . . . I mean it was late."],
    ),
    (
        "spaced four-dot ellipsis ends a sentence",
        "The plan was late . . . . Nobody was surprised.",
        ["The plan was late . . . .", "Nobody was surprised."],
    ),
    ("ellipsis in brackets", '"The bridge [...] is safe" (Brennick).', ['"The bridge [...] is safe" (Brennick).']),
]


@pytest.mark.parametrize(("kind", "text", "expected"), RULE_CASES, ids=[case[0] for case in RULE_CASES])
def test_golden_rule_kinds(kind: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


NEWS_CASES = [
    (
        "quote opens the next sentence",
        "The bridge will close on Monday, he said. “Nobody wants this,” the mayor added.",
        ["The bridge will close on Monday, he said.", "“Nobody wants this,” the mayor added."],
    ),
    (
        "quote ends the sentence",
        "“It is safe today,” Mr. Brennick said. “Next year it may not be.”",
        ["“It is safe today,” Mr. Brennick said.", "“Next year it may not be.”"],
    ),
    (
        "question inside a quote",
        '"Who pays?" she asked. Nobody answered.',
        ['"Who pays?" she asked.', "Nobody answered."],
    ),
    (
        "titles",
        "Mr. Marsh met Dr. Kaur and Prof. Lund. Ms. Quill joined them.",
        ["Mr. Marsh met Dr. Kaur and Prof. Lund.", "Ms. Quill joined them."],
    ),
    (
        "military, police and legal titles",
        "Maj. Gen. Ortiz briefed Det. Lam, Sgt. Boyle and Atty. Gen. Reese. Sens. Hale and Moss listened.",
        ["Maj. Gen. Ortiz briefed Det. Lam, Sgt. Boyle and Atty. Gen. Reese.", "Sens. Hale and Moss listened."],
    ),
    (
        "money",
        "The repairs cost $1.5 billion. The state pays half.",
        ["The repairs cost $1.5 billion.", "The state pays half."],
    ),
    (
        "euro amount and percent",
        "Bills rise 8.5% to €587. That is €46 more.",
        ["Bills rise 8.5% to €587.", "That is €46 more."],
    ),
    ("time inside", "The meeting starts at 7 p.m. on Thursday.", ["The meeting starts at 7 p.m. on Thursday."]),
    ("time before a weekday", "The polls close at 9 p.m. Sunday.", ["The polls close at 9 p.m. Sunday."]),
    (
        "time at the end",
        "The meeting ended at 9 p.m. Residents went home.",
        ["The meeting ended at 9 p.m.", "Residents went home."],
    ),
    (
        "time opening a sentence",
        "At 6 a.m. Ms. Olsen opened the gates. Lorries rolled in.",
        ["At 6 a.m. Ms. Olsen opened the gates.", "Lorries rolled in."],
    ),
    (
        "U.S. at the end",
        "The pipe maker is based in the U.S. It employs 400.",
        ["The pipe maker is based in the U.S.", "It employs 400."],
    ),
    ("U.S. inside", "A U.S. firm won the U.S. contract.", ["A U.S. firm won the U.S. contract."]),
    ("initials", "The report by J. R. Hallam was leaked.", ["The report by J. R. Hallam was leaked."]),
    ("month abbreviation", "It opens on Jan. 5 next year.", ["It opens on Jan. 5 next year."]),
    ("number abbreviation", "He lives at No. 10 Quay Street.", ["He lives at No. 10 Quay Street."]),
    ("phone extension", "Call 555-0100 ext. 4 for help.", ["Call 555-0100 ext. 4 for help."]),
    (
        "abbreviation before an adverb",
        "He moved to the U.K. Later he came back.",
        ["He moved to the U.K.", "Later he came back."],
    ),
    (
        "dateline with a state",
        "STORRS, Conn. (AP) — Police made arrests.",
        ["STORRS, Conn. (AP) — Police made arrests."],
    ),
    (
        "ellipsis trailing into a capital",
        "We waited... The ferry never came.",
        ["We waited...", "The ferry never came."],
    ),
    ("ellipsis inside", "It was ... well, late.", ["It was ... well, late."]),
    ("attribution after a dash", "Bridges are not forever. — A. Reader", ["Bridges are not forever.", "— A. Reader"]),
    ("no terminal punctuation", "Traffic diverted for months", ["Traffic diverted for months"]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), NEWS_CASES, ids=[case[0] for case in NEWS_CASES])
def test_news_cases(kind: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_a_short_quotation_stays_one_sentence_with_its_speaker() -> None:
    text = "“We want the tram. We just don't want it here,” Mr. Wren said. Others agreed."
    assert split_sentences(text) == ["“We want the tram. We just don't want it here,” Mr. Wren said.", "Others agreed."]
    straight = '"It is safe. It will be mended," he said. "Next year it may not be."'
    assert split_sentences(straight) == ['"It is safe. It will be mended," he said.', '"Next year it may not be."']


def test_a_long_quotation_is_split_into_its_sentences() -> None:
    sentence = "We have checked every anchor on the bridge twice over the summer months."
    text = "“" + " ".join([sentence] * 5) + "” he said."
    assert len(split_sentences(text)) == 5


def test_a_quotation_left_open_for_the_next_paragraph_is_split() -> None:
    # News style: a quotation running into the next paragraph has no closing mark here.
    text = '"We will repair it. We will reopen it. Then we will look again at the others.'
    assert len(split_sentences(text)) == 3


def test_blank_lines_always_split_and_whitespace_is_trimmed() -> None:
    text = "  First paragraph without a stop\n\nSecond one.  Third one.  "
    assert split_sentences(text) == ["First paragraph without a stop", "Second one.", "Third one."]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n\n ") == []


def test_sentences_keep_the_original_characters() -> None:
    text = "Costs rose by 31 %  this year.  “Odd,” said  Ms. Anand!"
    assert " ".join(split_sentences(text)).split() == text.split()


def test_a_stray_number_is_not_a_list() -> None:
    text = "The vote was 5. 2. Nothing else happened."
    assert "Nothing else happened." in split_sentences(text)


def test_words_keep_inner_apostrophes_hyphens_and_decimals() -> None:
    assert words("The mayor’s cross-harbour plan costs €4.5m, doesn't it?") == [
        "The",
        "mayor’s",
        "cross-harbour",
        "plan",
        "costs",
        "4.5m",
        "doesn't",
        "it",
    ]
    assert words("") == []


def test_stem_lowercases_and_is_stable() -> None:
    assert stem("Closures") == stem("closure") == "closur"
    assert stem("running") == "run"


def test_segment_numbers_sentences_across_paragraphs_and_skips_headings() -> None:
    blocks = (
        Block("heading", "What we know. So far"),
        Block("paragraph", "The bridge closes on Monday. Ferries will run."),
        Block("heading", "Costs"),
        Block("paragraph", "It costs €42 million."),
    )
    sentences = segment(blocks, article="ledger")
    assert [(s.text, s.index, s.paragraph, s.article) for s in sentences] == [
        ("The bridge closes on Monday.", 0, 0, "ledger"),
        ("Ferries will run.", 1, 0, "ledger"),
        ("It costs €42 million.", 2, 1, "ledger"),
    ]


def test_segment_of_no_paragraphs_is_empty() -> None:
    assert segment((Block("heading", "Only a heading"),)) == ()


def test_sumy_tokenizer_interface() -> None:
    tokenizer = SumyTokenizer()
    assert tokenizer.to_sentences("Mr. Brennick spoke. He left.") == ("Mr. Brennick spoke.", "He left.")
    assert tokenizer.to_words("He left, at 7 p.m.") == ("He", "left", "at", "7", "p.m")


def test_sumy_lexrank_runs_with_our_tokenizer_and_no_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """sumy's own Tokenizer would need NLTK's punkt data; ours must make it unnecessary."""
    import nltk.data
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    def no_nltk_data(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"NLTK data was requested: {args!r}")

    monkeypatch.setattr(nltk.data, "load", no_nltk_data)
    monkeypatch.setattr(nltk.data, "find", no_nltk_data)
    text = (
        "The Old Harbour Bridge will close to cars on Monday. Engineers found rust in the cable anchors. "
        "The repairs will cost €42 million, the council said. Ferries will run every ten minutes.\n\n"
        "Mr. Brennick said the bridge was safe today. Traders fear the closure will cost them money. "
        "The council said the bridge repairs would take 14 months."
    )
    parser = PlaintextParser.from_string(text, SumyTokenizer())
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    summary = [str(sentence) for sentence in summarizer(parser.document, 2)]
    assert len(summary) == 2
    assert set(summary) <= set(split_sentences(text))
