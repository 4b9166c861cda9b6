"""Summaries: which sentences are chosen, what is never chosen, attribution, order, and
the fast rankers against sumy's own summarizers."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import datetime
from functools import cache

import pytest

from briefing.model import Article, Block, Sentence, SourceRef
from briefing.summarize import (
    ALGORITHMS,
    REDUNDANCY_THRESHOLD,
    Length,
    bad_line,
    content_terms,
    figures,
    needs_antecedent,
    rank,
    select,
    similarity_matrix,
    stop_words,
    summarize_article,
    summarize_story,
)
from briefing.text import SumyTokenizer, segment


def sentences_of(text: str, article: str = "a") -> tuple[Sentence, ...]:
    """Paragraphs separated by blank lines, segmented as the pipeline does."""
    blocks = tuple(Block("paragraph", p) for p in text.split("\n\n") if p.strip())
    return segment(blocks, article=article)


def article(article_id: str, text: str, day: int = 1) -> Article:
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        title=article_id,
        source="",
        url="",
        date=datetime(2026, 3, day),
        date_inferred=False,
        author="",
        language="en",
        tags=(),
        folder="story",
        blocks=(),
        sentences=sentences_of(text, article_id),
    )


# A story told by three sources. The closure, its length and the cost are what they share.
COUNCIL = """The city council voted on Monday to close the Harbour Bridge for eighteen months of repairs.

Engineers found that the steel supports of the Harbour Bridge had lost a third of their strength.

The repairs to the Harbour Bridge will cost 42 million euros, the council said. \
The council meeting lasted four hours and ended late in the evening.

Local cafés near the water said they expected fewer customers during the summer."""

TIMES = """The Harbour Bridge will close for eighteen months of repairs after a council vote on Monday.

Repairs to the bridge are expected to cost 42 million euros. \
Commuters who cross the bridge each morning were angry about the long closure of the Harbour Bridge.

A new ferry service from the old pier will start in April."""

RADIO = """Drivers face eighteen months of diversions as the Harbour Bridge closes for repairs. \
Traffic will be sent along the ring road, which the council says can carry the extra cars.

The station's weather forecast promises sunshine for the weekend and light winds."""


def story() -> list[Article]:
    return [article("council", COUNCIL, day=2), article("times", TIMES, day=3), article("radio", RADIO, day=1)]


def texts(summary) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in summary]


# --------------------------------------------------------------------------- content


@pytest.mark.parametrize("algorithm", ["news", "lexrank"])
def test_story_summary_leads_with_the_shared_news_and_drops_the_asides(algorithm: str) -> None:
    summary = summarize_story(story(), Length(sentences=3), algorithm)
    chosen = " ".join(texts(summary))
    assert "close" in chosen and "eighteen months" in chosen
    assert "weather" not in chosen and "cafés" not in chosen and "ferry" not in chosen


def test_a_fact_every_source_repeats_appears_once_attributed_to_all() -> None:
    summary = summarize_story(story(), Length(sentences=4), "news")
    closures = [s for s in summary if "close" in s.text and "eighteen months" in s.text]
    assert len(closures) == 1
    closure = closures[0]
    # The others that say it: one sentence from each other article, never the source itself.
    others = {ref.article for ref in closure.also}
    assert others == {"council", "times", "radio"} - {closure.source.article}
    assert closure.source not in closure.also
    article_of = {a.id: a for a in story()}
    for ref in closure.also:
        assert "eighteen months" in article_of[ref.article].sentences[ref.sentence].text


def test_no_two_chosen_sentences_are_redundant() -> None:
    articles = story()
    for algorithm in ("news", "lexrank", "textrank"):
        summary = summarize_story(articles, Length(sentences=6), algorithm)
        chosen = [Sentence(s.text, s.source.sentence, 0, s.source.article) for s in summary]
        similarity = similarity_matrix(chosen)
        for i in range(len(chosen)):
            for j in range(i + 1, len(chosen)):
                assert similarity[i, j] < REDUNDANCY_THRESHOLD, (chosen[i].text, chosen[j].text)


# Two outlets report one closure and one cost in different words: the word-count cosine of
# each pair stays under the threshold, so only comparing what they state finds the repeat.
LEDGER = """The Old Harbour Bridge will close to all motor traffic from Monday for at least 14 months \
after engineers found corrosion in its steel cable anchorages, Portmere City Council announced on Tuesday.

The repairs are expected to cost €42 million, of which the national infrastructure fund will pay €30 million.

A temporary ferry will carry foot passengers across the harbour every ten minutes."""

POST = """Drivers who cross the Old Harbour Bridge every day will have to find another way into the city \
centre from next Monday, after Portmere City Council confirmed that the crossing will close to cars, vans \
and lorries for repairs that could last up to 18 months.

The council puts the bill at €42 million.

Shopkeepers on the quay fear that fewer visitors will reach the old town during the works."""


def test_paraphrases_by_two_outlets_are_chosen_once_and_attributed_to_both() -> None:
    from briefing import rankers

    articles = [article("ledger", LEDGER, day=2), article("post", POST, day=3)]
    sentences = [s for a in articles for s in a.sentences]
    cosine = rankers.cosine_matrix(rankers.term_counts([content_terms(s.text) for s in sentences]))
    closure, cost = (0, 3), (1, 4)  # (ledger, post) positions among the story's sentences
    assert cosine[closure] < REDUNDANCY_THRESHOLD and cosine[cost] < REDUNDANCY_THRESHOLD
    summary = summarize_story(articles, Length(sentences=4), "news")
    for words_of_the_fact in (("close", "Monday"), ("€42 million",)):
        stating = [s for s in summary if all(w in s.text for w in words_of_the_fact)]
        assert len(stating) == 1, texts(summary)
        other = "post" if stating[0].source.article == "ledger" else "ledger"
        assert [ref.article for ref in stating[0].also] == [other]
        said_there = articles[0 if other == "ledger" else 1].sentences[stating[0].also[0].sentence].text
        assert all(w in said_there for w in words_of_the_fact)
    assert len(summary) == 4  # the budget goes to the ferry and the shopkeepers instead


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The same bridge, day and council; different things said of them.
        (
            "The Old Harbour Bridge will close to all motor traffic from Monday for eighteen months of repairs.",
            "A free shuttle bus will run every ten minutes between the Old Harbour Bridge and the station from Monday.",
        ),
        (
            "Portmere City Council said the Old Harbour Bridge will close to all traffic for eighteen months.",
            "The repairs will cost Portmere City Council €42 million, of which the state will pay €30 million.",
        ),
        # The same figure, of different things.
        (
            "The council will spend €30 million on new buses for the harbour routes next year.",
            "Engineers found rust in 30 of the bridge's 96 cable anchorages during an inspection.",
        ),
    ],
)
def test_different_facts_from_two_outlets_sharing_words_are_both_kept(first: str, second: str) -> None:
    articles = [article("one", first), article("two", second, day=2)]
    sentences = [articles[0].sentences[0], articles[1].sentences[0]]
    assert similarity_matrix(sentences)[0, 1] < REDUNDANCY_THRESHOLD
    summary = summarize_story(articles, Length(sentences=2), "news")
    assert texts(summary) == [first, second] and all(not s.also for s in summary)


def test_figures_are_numbers_with_what_they_count() -> None:
    assert figures("The council puts the bill at €42 million, or 10.5% of its budget.") == ["42 million", "10.5 budget"]
    assert figures("They lived 104,000 years ago, not 4,000 years ago.") == ["104,000 year", "4,000 year"]
    assert figures("No numbers here.") == []


def test_similarity_of_two_sentences_does_not_depend_on_the_others() -> None:
    # So a summary can be checked for redundancy on its own sentences, as the tests here do.
    articles = [article("ledger", LEDGER), article("post", POST), *story()]
    sentences = [s for a in articles for s in a.sentences]
    whole = similarity_matrix(sentences)
    some = [0, 3, 4, 7, 9]
    assert similarity_matrix([sentences[i] for i in some]) == pytest.approx(whole[some][:, some])


CHESS = """The national chess final ended in a draw after six hours of play on Saturday.

Grandmaster Ilse Brandt defended a difficult endgame with a single rook against two pawns.

The organisers said more than three thousand people watched the chess final in the hall."""


def test_an_article_grouped_in_by_mistake_gets_little_weight() -> None:
    from briefing import rankers

    articles = [*story(), article("chess", CHESS, day=1)]
    sentences = [s for a in articles for s in a.sentences]
    unit = rankers.unit_rows(rankers.tfidf(rankers.term_counts([content_terms(s.text) for s in sentences])))
    ids = [s.article for s in sentences]
    agreement = dict(zip(ids, rankers.group_agreement(unit, ids), strict=True))
    assert agreement["chess"] < 0.2 * min(agreement["council"], agreement["times"], agreement["radio"])
    summary = summarize_story(articles, Length(sentences=4), "news")
    assert len(summary) == 4 and all(s.source.article != "chess" for s in summary)


def test_story_summary_is_in_reading_order_article_date_then_position() -> None:
    summary = summarize_story(story(), Length(sentences=5), "news")
    day = {"radio": 1, "council": 2, "times": 3}
    keys = [(day[s.source.article], s.source.sentence) for s in summary]
    assert keys == sorted(keys)
    assert len(summary) == 5


def test_source_refs_point_at_the_copied_sentence() -> None:
    articles = {a.id: a for a in story()}
    for s in summarize_story(list(articles.values()), Length(sentences=4), "news"):
        assert articles[s.source.article].sentences[s.source.sentence].text == s.text


def test_article_summary_picks_central_sentences_in_reading_order() -> None:
    sentences = sentences_of(COUNCIL, "council")
    chosen = summarize_article(sentences, Length(sentences=2), "lexrank")
    assert chosen == tuple(sorted(chosen))
    assert all("Harbour Bridge" in sentences[i].text for i in chosen)


def test_word_budget_and_ratio() -> None:
    articles = story()
    total = sum(len(s.text.split()) for a in articles for s in a.sentences)
    for length, budget in ((Length(words=40), 40), (Length(ratio=0.3), math.ceil(0.3 * total))):
        summary = summarize_story(articles, length, "news")
        assert len(summary) >= 2
        assert sum(len(t.split()) for t in texts(summary)) <= budget
    with pytest.raises(ValueError, match="invalid summary length"):
        Length(ratio=1.5)


# --------------------------------------------------------------------------- bad lines

HOOK = "Why does the Harbour Bridge close for eighteen months of repairs?"
HEADING = "Harbour Bridge repairs close bridge for eighteen months"
DANGLING = "This forces the Harbour Bridge to close for eighteen months of repairs."
CONNECTOR = "However, these repairs close the Harbour Bridge for eighteen months."
FRAGMENT = "Harbour Bridge repairs."
RUN_ON = (
    "The Harbour Bridge repairs, which the council approved after the engineers reported on the "
    + "bridge and its supports and the council debated the repairs of the bridge for hours, "
    + "mean that the Harbour Bridge will close for eighteen months of repairs while the ferry, "
    + "the ring road and the buses carry the people who would have crossed the Harbour Bridge, "
    + "and the shops by the water expect a quiet summer until the repairs are finished next year."
)
PLAIN = [
    "The Harbour Bridge will close for eighteen months of repairs, the council said.",
    "Engineers found rust in the steel supports of the old bridge.",
    "A ferry will carry commuters across the harbour during the repairs.",
    "The ring road will take the cars that used to cross the bridge.",
]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (HOOK, "question"),
        ('He asked: "Is the Harbour Bridge safe for the eighteen months?"', "question"),
        (HEADING, "heading or fragment"),
        (FRAGMENT, "fragment"),
        (RUN_ON, "too long"),
        ("Click here to subscribe to our newsletter about the Harbour Bridge.", "boilerplate"),
        ("#RIPBRIDGE ---------- The Harbour Bridge was my favourite bridge of all.", "boilerplate"),
        ("Our site uses cookies to improve your experience of the Harbour Times.", "boilerplate"),
        # News about the same things the page furniture mentions is news.
        ("The court said the copyright in the bridge's design belongs to the city.", ""),
        ("The council's café sold more cookies this year than ever before.", ""),
        ('"It was the only safe choice for the city and its commuters.', "part of a longer quotation"),
        ("We will reopen the Harbour Bridge as soon as we can,” the mayor said.", "part of a longer quotation"),
        ('"We had no choice," said the mayor of the harbour city.', ""),
        (PLAIN[0], ""),
        # Cut at the wrong full stop, or trailing off: a reader gets half a sentence.
        ("On the repairs, only two councillors voted no: Sens.", "cut at an abbreviation"),
        ("The mayor confirmed the closure on Monday, she told E!", "cut at an abbreviation"),
        (
            "Commuters have used the bridge for decades, and while it worked well for a while…",
            "cut off (ends in an ellipsis)",
        ),
        ("The council chose Plan B. on Tuesday for the Harbour Bridge, the report said.", ""),
        # Text about a video or picture on the page it came from.
        ("Watch the mayor's tour of the Harbour Bridge in the clip above.", "boilerplate"),
        ("See the first pictures below of the new Harbour Bridge deck.", "boilerplate"),
        # A signpost to what follows on the page.
        ("Here's what you need to know about the Harbour Bridge closure.", "points to what follows it on the page"),
        ("Here are the five routes the ferries will take from Monday.", "points to what follows it on the page"),
        ("The mayor said here is a chance to rebuild the Harbour Bridge properly.", ""),
        (". . . The council has been unhappy with the Harbour Bridge for years.", "starts mid-quotation (an ellipsis)"),
        ("[...] I see no reason to close the Harbour Bridge before spring.", "starts mid-quotation (an ellipsis)"),
        # Half of an aside in brackets that the sentence splitter cut in two.
        ("(Update: the mayor's office says the Harbour Bridge reopens on Friday.", "part of a bracketed aside"),
        ("The council (which met on Monday) voted to reopen the Harbour Bridge.", ""),
    ],
)
def test_bad_line_reasons(text: str, reason: str) -> None:
    assert bad_line(text) == reason


@pytest.mark.parametrize(
    ("text", "dependent"),
    [
        (DANGLING, True),
        (CONNECTOR, True),
        ("They said the repairs would take eighteen months.", True),
        ("In addition, the ferry will run every hour.", True),
        ("The council said the repairs would take eighteen months.", False),
        ('"This is the only safe choice," the mayor said.', False),
        ("Thursday's vote closed the bridge.", False),
        # An enumeration's later item, or a pointer back ("at least that's what …").
        ("Third, weeks later the council closed the bridge.", True),
        ("At least that's what the council is saying about the bridge.", True),
        ("Second-degree charges were filed against the driver.", False),
        # The first person outside quotation marks: a piece of a transcript or a columnist's aside.
        ("I was the one who warned the council about the bridge.", True),
        ("Had the council listened, the bridge would have our support.", True),
        ('"We had no choice," the mayor of the harbour city said.', False),
        ("The US said it would help pay for the bridge.", False),
    ],
)
def test_needs_antecedent(text: str, dependent: bool) -> None:
    assert needs_antecedent(text) is dependent


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_bad_lines_are_never_chosen_even_when_central(algorithm: str) -> None:
    # The bad lines repeat the story's key words, so every ranker finds them central.
    text = "\n\n".join([HEADING, HOOK, PLAIN[0], DANGLING, PLAIN[1], CONNECTOR, FRAGMENT, RUN_ON, *PLAIN[2:]])
    sentences = sentences_of(text)
    chosen = {sentences[i].text for i in summarize_article(sentences, Length(sentences=4), algorithm)}
    assert chosen and not chosen & {HEADING, HOOK, DANGLING, CONNECTOR, FRAGMENT, RUN_ON}


def test_a_dependent_sentence_is_chosen_with_its_antecedent_and_waits_for_it() -> None:
    reaction = "This decision angered commuters who cross the harbour every morning."
    sentences = sentences_of(" ".join([PLAIN[0], reaction, PLAIN[2], PLAIN[3]]))
    # The dependent sentence (1) ranks first but may only follow its antecedent (0).
    assert select(sentences, [0.5, 1.0, 0.1, 0.2], Length(sentences=2)) == [0, 1]
    # Without its antecedent among the picks it is never taken.
    assert 1 not in select(sentences, [0.0, 1.0, 0.2, 0.3], Length(sentences=2))


# --------------------------------------------------------------------------- rankers vs sumy

VOCABULARY = (
    *("bridge", "council", "repair", "ferry", "harbour", "engineer", "steel", "road", "traffic", "mayor"),
    *("vote", "cost", "euro", "month", "commuter", "river", "city", "crane", "rust", "budget"),
    *("contract", "worker", "night", "ticket", "summer", "storm", "boat"),
)


def pseudo_word(rng: random.Random) -> str:
    """A rare made-up word, so documents also have a long tail of terms, as real ones do."""
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def generated_document(rng: random.Random) -> list[str]:
    """Sentences of random topic words, rare words and stop words: many overlaps, few exact ties."""
    stops = sorted(stop_words())[:40]
    sentences = []
    for _ in range(rng.randint(4, 45)):
        topic = rng.sample(VOCABULARY, rng.randint(2, 8))
        filler = rng.sample(stops, rng.randint(0, 5)) + [pseudo_word(rng) for _ in range(rng.randint(0, 3))]
        tokens = topic + filler + [rng.choice(VOCABULARY) for _ in range(rng.randint(0, 4))]
        rng.shuffle(tokens)
        sentences.append(" ".join(tokens).capitalize() + ".")
    return sentences


@cache  # the same documents are checked against each storage variant
def sumy_choice(texts_: tuple[str, ...], summarizer_name: str, count: int) -> list[int]:
    """Indices sumy's own summarizer picks, with our tokenizer, its stemmer and stop words."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    cls = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[summarizer_name]
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = stop_words()
    sumy_sentences = [SumySentence(t, SumyTokenizer()) for t in texts_]
    picked = summarizer(ObjectDocumentModel([Paragraph(sumy_sentences)]), count)
    return sorted(texts_.index(str(s)) for s in picked)


def fast_choice(texts_: Sequence[str], algorithm: str, count: int) -> list[int]:
    sentences = [Sentence(t, i, 0) for i, t in enumerate(texts_)]
    scores = rank(sentences, algorithm)
    best = sorted(range(len(texts_)), key=lambda i: -scores[i])[:count]  # stable, as sumy's sort
    return sorted(texts_.index(texts_[i]) for i in best)


WRITTEN = [
    [s.text for s in sentences_of(t)]
    for t in (COUNCIL, TIMES, RADIO + " " + COUNCIL, "\n\n".join([*PLAIN, HOOK, DANGLING, RUN_ON]))
]


@pytest.mark.parametrize("algorithm", ["lexrank", "textrank"])
@pytest.mark.parametrize("storage", ["dense", "dense, sparse product", "sparse"])
def test_fast_ranker_chooses_what_sumy_chooses(algorithm: str, storage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import rankers

    if storage == "sparse":  # the path large stories take
        monkeypatch.setattr(rankers, "DENSE_PRODUCT", 0)
    if storage == "dense, sparse product":  # the path middle-sized articles take
        monkeypatch.setattr(rankers, "EINSUM_PRODUCT", 0)
    rng = random.Random(4)
    documents = WRITTEN + [generated_document(rng) for _ in range(60)]
    for document in documents:
        for count in (1, 5):
            assert fast_choice(document, algorithm, count) == sumy_choice(tuple(document), algorithm, count), document


def generated_story(rng: random.Random) -> list[Article]:
    """One to four articles of generated sentences, with bad lines mixed in."""
    bad = [HOOK, HEADING, DANGLING, CONNECTOR, FRAGMENT, RUN_ON]
    articles = []
    for k in range(rng.randint(1, 4)):
        lines = generated_document(rng) + rng.sample(bad, 3)
        rng.shuffle(lines)
        articles.append(article(f"a{k}", "\n\n".join(lines), day=rng.randint(1, 28)))
    return articles


@pytest.mark.parametrize("algorithm", ["news", "lexrank", "textrank"])
def test_invariants_on_generated_stories(algorithm: str) -> None:
    rng = random.Random(7)
    for _ in range(25):
        articles = generated_story(rng)
        by_id = {a.id: a for a in articles}
        length = rng.choice([Length(sentences=rng.randint(1, 8)), Length(words=rng.randint(20, 200))])
        summary = summarize_story(articles, length, algorithm)
        assert summary
        sentences = [by_id[s.source.article].sentences[s.source.sentence] for s in summary]
        assert [x.text for x in sentences] == texts(summary)  # copied, and linked to where it is
        assert not any(bad_line(x.text) for x in sentences)
        chosen = {(x.article, x.index) for x in sentences}
        assert all((x.article, x.index - 1) in chosen for x in sentences if needs_antecedent(x.text))
        keys = [(by_id[x.article].date, x.article, x.index) for x in sentences]
        assert keys == sorted(keys)
        similarity = similarity_matrix(sentences)
        # Restatement is one-way (a later pick must add to what was chosen), so of each pair at
        # least the sentence picked second is not a repeat of the other.
        assert all(
            min(similarity[i, j], similarity[j, i]) < REDUNDANCY_THRESHOLD for i in range(len(keys)) for j in range(i)
        )
        if length.words:
            assert sum(len(t.split()) for t in texts(summary)) <= length.words or len(summary) == 1
        else:
            assert len(summary) <= length.sentences
        for s in summary:
            assert all(ref.article != s.source.article for ref in s.also)


# --------------------------------------------------------------------------- every algorithm


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_algorithm_summarizes_articles_and_stories(algorithm: str) -> None:
    articles = story()
    summary = summarize_story(articles, Length(sentences=3), algorithm)
    assert 1 <= len(summary) <= 3
    assert all(isinstance(s.source, SourceRef) for s in summary)
    chosen = summarize_article(articles[0].sentences, Length(sentences=2), algorithm)
    assert len(chosen) == 2 and chosen == tuple(sorted(chosen))


def test_empty_input_and_unknown_algorithm() -> None:
    assert summarize_story([], Length(), "news") == ()
    assert summarize_article((), Length(), "lexrank") == ()
    with pytest.raises(ValueError, match="unknown algorithm"):
        rank(sentences_of(COUNCIL), "nope")
