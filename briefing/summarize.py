"""Extractive summaries of one article or of a whole story.

Ranking: `lexrank` and `textrank` run on the vectorised rankers in `briefing.rankers`
(they choose what sumy's summarizers choose, many times faster); `news` is our
multi-document ranker (centrality over all of a story's sentences, biased towards the
start of each article and towards what several sources say); the other names run sumy's
own summarizers on a document model built from our sentences and tokenizer, so sumy
never needs NLTK data.

Selection is shared by every algorithm: the best-ranked sentences are taken greedily,
skipping lines that read badly out of context (headings, hook questions, fragments,
run-ons, pieces of multi-sentence quotes, web boilerplate and talk of the page's video or
pictures, sentences cut at an abbreviation or trailing off in an ellipsis; and, unless the
sentence before them is chosen, sentences opening with a pronoun or connector, or in the
first person outside quotation marks) and anything that says what a
sentence already taken says, until the `Length` (sentences, words or a ratio of the input's
words) is reached. "Says the same" (`similarity_matrix`) is word overlap, and, between two
articles, also the same figure, the same names said to do the same thing, or one sentence
mostly restated in the other: outlets tell one fact in different words. A story summary
records, for each chosen sentence, the other articles that say the same thing, and returns
the sentences in reading order (article date, then position).

Quality and speed are measured by scripts/eval_rouge.py (ROUGE on Multi-News, against
sumy's summarizers and Lead-N), scripts/eval_redundancy.py (repeats left in summaries) and
scripts/bench_summarize.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing.model import Article, Sentence, SourceRef, SummarySentence
from briefing.text import SumyTokenizer, stem, words

if TYPE_CHECKING:
    import numpy as np

ALGORITHMS = ("lexrank", "news", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")

# Two sentences whose `similarity_matrix` value reaches this say the same thing. The levels
# were set on the Multi-News dev set (scripts/eval_redundancy.py, scripts/eval_rouge.py).
REDUNDANCY_THRESHOLD = 0.5
RESTATED_SHARE = 0.5  # of the shorter sentence's distinct content terms, found in the other
RESTATED_TERMS = 4  # ... and at least this many of them
# Naming a source in `also` says it states the fact: that takes more of the sentence restated
# than leaving a sentence out as a repeat does. On the dev set (scripts/eval_redundancy.py),
# with 0.5 here 489 of 1174 `also` entries were no near-paraphrase by its measure; with 0.75,
# 308 of 921.
ATTRIBUTION_RESTATED_SHARE = 0.75
SAME_ANCHORS = 3  # names, places, dates and numbers in common ...
SAME_ANCHOR_SHARE = 0.6  # ... making this share of the fewer ...
ANCHOR_COSINE = 0.3  # ... in sentences this close in words ...
SAME_SAID = 2  # ... that have this many other content terms in common (what is said of them)
MAX_WORDS = 60  # longer sentences are run-ons or mis-split paragraphs: poor summary lines
MIN_WORDS = 5  # shorter ones are fragments, captions or bylines

# Openers that point back to an earlier sentence; such a sentence needs its predecessor.
_DEPENDENT_OPENERS = frozenset(
    {
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "his",
        "her",
        "they",
        "their",
        "them",
        "such",
        "there's",
        "however",
        "but",
        "and",
        "also",
        "so",
        "yet",
        "still",
        "moreover",
        "furthermore",
        "meanwhile",
        "instead",
        "therefore",
        "thus",
        "nonetheless",
        "nevertheless",
        "besides",
        "then",
        "otherwise",
        "hence",
        "additionally",
        "likewise",
        "similarly",
        "consequently",
        "accordingly",
        "or",
        "nor",
        "plus",
    }
)
_DEPENDENT_PHRASES = re.compile(
    r"(in addition|as a result|on the other hand|for example|for instance|in turn|even so|after that|"
    r"at the same time|by contrast|in contrast|the latter|the former|that's|it's|at least (that|this))\b|"
    r"(second|third|fourth|fifth|next|finally|lastly|again|indeed|anyway),",
    re.IGNORECASE,
)
# The writer or a speaker in the first person, outside quotation marks: a piece of a quoted
# transcript or statement, or a columnist's aside, which reads as nobody's words when lifted out.
_FIRST_PERSON = frozenset(
    {"I", "I'm", "I've", "I'd", "I'll", "me", "my", "My", "we", "We", "we're", "We're", "we've", "We've"}
    | {"we'll", "We'll", "we'd", "our", "Our", "us"}
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
# Words that take a name after them: a sentence ending in one was cut at the wrong full stop
# ("… only two Republicans voted no: Sens."), as was one ending in a lone initial ("… he told E!").
_TITLE_ABBREVIATIONS = frozenset(
    {"Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Govs.", "Dr.", "Drs.", "Mr.", "Mrs.", "Ms.", "Messrs.", "Gen."}
    | {"Col.", "Lt.", "Sgt.", "Capt.", "Cpl.", "Prof.", "Rev.", "Hon.", "Pres.", "Supt.", "Det.", "Cmdr.", "Adm."}
)
_CUT_AT_INITIAL = re.compile(r"(?:^|\s)[A-Z][.!]$")
# Lines a scraper leaves in: sharing widgets, cookie and subscription prompts, credits. The
# phrases are the page talking to its reader ("our newsletter", "your browser"), so that a
# story *about* cookies, browsers, copyright or privacy policies keeps its sentences.
_BOILERPLATE = re.compile(
    r"\b(click (here|to|on)|subscribe (now|here|to our)|sign up (for|to) our|our newsletter|"
    r"(accept|enable|uses?) cookies|cookie (policy|settings)|(your|this) browser|enable javascript|"
    r"all rights reserved|copyright \d{4}|follow us|share this|tweet with a location|"
    r"our (terms of (use|service)|privacy policy)|your email( address)?|log in to your|"
    r"photo:|ap photo|getty images|read more|read on for|in the comments|our gallery|"
    r"watch the video|scroll down|(video|clip|footage|photos?|pictures?|gallery|slideshow) (above|below)|"
    r"(this|the following) (video|clip))\b|©|[-_=*#~]{4,}",
    re.IGNORECASE,
)
# "Here's what you need to know.", "Here are 18 facts about the Tube.", "Here's Lenovo's new desktop.":
# a signpost to a list, a picture or a video below it, which says nothing on its own.
_SIGNPOST = re.compile(r"here(?:'s|’s| is| are)\b", re.IGNORECASE)
# ". . . Bob's been very dissatisfied.", "[...] I see no difference.": a quotation whose start was left out.
_OPENS_WITH_ELLIPSIS = re.compile(r"[\"“'‘(\[]?\s*(?:\.\s?\.\s?\.|…)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # "42", "10.5", "4,000"
_TERMINAL = re.compile(r"""[.!…]["'”’)\]]*$""")


@dataclass(frozen=True)
class Length:
    """Summary length: a word budget, else a ratio of the input's words, else a number of sentences."""

    sentences: int = 5
    words: int = 0
    ratio: float = 0.0

    def __post_init__(self) -> None:
        if self.sentences < 0 or self.words < 0 or not 0.0 <= self.ratio <= 1.0:
            raise ValueError(f"invalid summary length {self}: counts must be ≥ 0 and the ratio within 0–1")

    def word_budget(self, total_words: int) -> int:
        """The budget in words (0: count sentences instead)."""
        if self.words:
            return self.words
        if self.ratio:
            return max(1, math.ceil(self.ratio * total_words))
        return 0


# --------------------------------------------------------------------------- terms


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop words (the same list its summarizers are given)."""
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    """A word's stem, or "" for a stop word; memoised, since words repeat far more than stems."""
    lowered = word.lower()
    return "" if lowered in stop_words() else stem(lowered)


def content_terms(text: str) -> list[str]:
    """Stemmed, lower-cased words that are not stop words: sumy's `_to_words_set`."""
    return [term for term in map(_term, words(text)) if term]


# --------------------------------------------------------------------------- ranking


def _sumy_summarizer(name: str):  # type: ignore[no-untyped-def]
    """A configured sumy summarizer by name (imported lazily: sumy pulls in NLTK)."""
    from sumy.nlp.stemmers import Stemmer

    module_and_class = {
        "lexrank": ("lex_rank", "LexRankSummarizer"),
        "textrank": ("text_rank", "TextRankSummarizer"),
        "lsa": ("lsa", "LsaSummarizer"),
        "luhn": ("luhn", "LuhnSummarizer"),
        "edmundson": ("edmundson", "EdmundsonSummarizer"),
        "kl": ("kl", "KLSummarizer"),
        "sumbasic": ("sum_basic", "SumBasicSummarizer"),
        "reduction": ("reduction", "ReductionSummarizer"),
    }
    module_name, class_name = module_and_class[name]
    module = __import__(f"sumy.summarizers.{module_name}", fromlist=[class_name])
    summarizer = getattr(module, class_name)(Stemmer("english"))
    summarizer.stop_words = stop_words()
    if name == "edmundson":
        # Edmundson needs cue and stigma words; stop words as null words is sumy's own example.
        summarizer.null_words = stop_words()
        summarizer.bonus_words = ("said", "announced", "will", "first", "new")
        summarizer.stigma_words = ("click", "subscribe", "advertisement", "cookies")
    return summarizer


def sumy_rank(sentences: Sequence[Sentence], algorithm: str) -> list[float]:
    """Scores from sumy's own summarizer: the sentence's place in sumy's ranking (higher first)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = SumyTokenizer()
    sumy_sentences = [SumySentence(s.text, tokenizer) for s in sentences]
    document = ObjectDocumentModel([Paragraph(sumy_sentences)])
    position = {id(s): i for i, s in enumerate(sumy_sentences)}
    scores = [0.0] * len(sentences)

    def keep_all(infos):  # type: ignore[no-untyped-def]
        # sumy hands the "count" callable every sentence sorted by rating: record the order.
        infos = list(infos)
        for place, info in enumerate(infos):
            scores[position[id(info.sentence)]] = float(len(infos) - place)
        return infos

    _sumy_summarizer(algorithm)(document, keep_all)
    return scores


@dataclass(frozen=True)
class NewsParameters:
    """Settings of the `news` ranker, chosen on a development set (scripts/eval_rouge.py);
    ROUGE moves by tenths of a point within a wide range around them."""

    cross_weight: float = 3.0  # weight of a link between two articles against one inside an article
    position_power: float = 0.5  # restart probability falls as 1 / (1 + position) ** power
    length_power: float = -0.3  # mild preference for shorter sentences: more facts per word of budget
    damping: float = 0.85  # lower: the position prior counts for more against centrality


# Several sources: agreement between them is the strongest signal. One article: there is
# none, and its own lead is (Lead-N beat centrality on single dev articles), so position
# weighs more.
NEWS_STORY = NewsParameters()
NEWS_ARTICLE = NewsParameters(position_power=1.0, damping=0.5)


def news_rank(sentences: Sequence[Sentence], terms: Sequence[Sequence[str]]) -> np.ndarray:
    """Our story ranker: LexRank-style centrality over all the story's sentences, where

    - a link between two articles counts more than one inside an article (sources agreeing),
    - the walk restarts near each article's start (news puts the essentials first), and more
      often in articles that agree with the rest of the story (an off-topic or junk page
      that was grouped in by mistake gets little weight),
    - shorter sentences are slightly preferred (a word budget holds more of them)."""
    import numpy as np

    from briefing import rankers

    unit = rankers.unit_rows(rankers.tfidf(rankers.term_counts(terms)))
    similarity = rankers.gram(unit)
    articles = np.array([s.article for s in sentences])
    settings = NEWS_STORY if len(set(articles)) > 1 else NEWS_ARTICLE
    across = articles[:, None] != articles[None, :]
    similarity = np.where(across, similarity * settings.cross_weight, similarity)
    positions = np.array([s.index for s in sentences], dtype=float)
    prior = rankers.group_agreement(unit, articles) / (1.0 + positions) ** settings.position_power
    scores = rankers.centrality(similarity, prior, damping=settings.damping)
    lengths = np.array([max(len(t), 1) for t in terms], dtype=float)
    return scores * lengths**settings.length_power


def _fast_rankers() -> dict[str, Callable[[Sequence[Sequence[str]]], np.ndarray]]:
    from briefing import rankers

    return {"lexrank": rankers.lexrank, "textrank": rankers.textrank}


def rank(
    sentences: Sequence[Sentence], algorithm: str = "lexrank", terms: Sequence[Sequence[str]] | None = None
) -> list[float]:
    """A score per sentence (higher is more central); order follows `sentences`.
    `terms`, each sentence's `content_terms`, may be passed in when already computed."""
    if algorithm not in ALGORITHMS:
        raise ValueError(f"unknown algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}")
    if not sentences:
        return []
    if algorithm not in _fast_rankers() and algorithm != "news":
        return sumy_rank(sentences, algorithm)
    if terms is None:
        terms = [content_terms(s.text) for s in sentences]
    scores = news_rank(sentences, terms) if algorithm == "news" else _fast_rankers()[algorithm](terms)
    return [float(x) for x in scores]


# --------------------------------------------------------------------------- selection


def bad_line(text: str) -> str:
    """Why a sentence makes a poor summary line on its own ("" if it does not)."""
    n_words = len(text.split())
    if n_words > MAX_WORDS:
        return "too long"
    if n_words < MIN_WORDS:
        return "fragment"
    if text.rstrip("\"'”’)] ").endswith("?"):
        return "question"
    if not _TERMINAL.search(text):
        return "heading or fragment"  # no closing punctuation: a title, caption or cut-off line
    end = text.rstrip("\"'”’)] ")
    if end.endswith(("…", "...")):
        return "cut off (ends in an ellipsis)"
    if end.rsplit(None, 1)[-1] in _TITLE_ABBREVIATIONS or _CUT_AT_INITIAL.search(end):
        return "cut at an abbreviation"
    if _BOILERPLATE.search(text):
        return "boilerplate"
    if _OPENS_WITH_ELLIPSIS.match(text):
        return "starts mid-quotation (an ellipsis)"
    if _SIGNPOST.match(text):
        return "points to what follows it on the page"
    if _unbalanced_quotes(text):
        return "part of a longer quotation"
    if text.count("(") != text.count(")"):
        return "part of a bracketed aside"  # "(Update: the mayor's office responds." cut from its ")"
    return ""


def _unbalanced_quotes(text: str) -> bool:
    """A quotation opened and not closed (or the reverse): the sentence is a piece of a
    multi-sentence quote, which reads as broken when lifted out."""
    straight = text.count('"') % 2 == 1
    curly = text.count("“") != text.count("”")
    return straight or curly


def needs_antecedent(text: str) -> bool:
    """True if the sentence opens with a pronoun or connector that refers to what came before."""
    first = words(text[:40])
    if not first or text[0] in "\"“'‘":
        return False  # a quotation's own opening word refers inside the quote
    return first[0].lower() in _DEPENDENT_OPENERS or bool(_DEPENDENT_PHRASES.match(text)) or _in_first_person(text)


def _in_first_person(text: str) -> bool:
    """A first-person word outside quotation marks (see _FIRST_PERSON)."""
    if _FIRST_PERSON.isdisjoint(words(text)):  # most sentences: none at all
        return False
    if '"' not in text and "“" not in text:
        return True
    return not _FIRST_PERSON.isdisjoint(words(_QUOTED.sub(" ", text)))


def names_and_figures(text: str) -> list[str]:
    """The sentence's anchors, as content terms: words capitalised inside it (names of people,
    places, organisations, days and months) and numbers. Two reports of one event share them
    even when their other words differ."""
    tokens = words(text)
    anchors = (w for k, w in enumerate(tokens) if w[0].isdigit() or (k > 0 and w[0].isupper()))
    return [term for term in map(_term, anchors) if term]


def figures(text: str) -> list[str]:
    """Each number with the content word after it ("42 million", "10.5 rise", "4,000 year"): a
    figure and what it counts, which two sentences give together only when they give one fact."""
    found = []
    for match in _NUMBER.finditer(text):
        unit = content_terms(text[match.end() : match.end() + 30])[:1]
        if unit:
            found.append(f"{match.group()} {unit[0]}")
    return found


def similarity_matrix(
    sentences: Sequence[Sentence], terms: Sequence[Sequence[str]] | None = None, restated_share: float | None = None
) -> np.ndarray:
    """How far each pair of sentences says the same thing, for redundancy and attribution: at or
    above REDUNDANCY_THRESHOLD they do. It starts from the cosine of stemmed content-word counts
    (the same words). Another outlet often tells the same fact in other words, which that
    cosine misses, so two sentences of *different* articles also say the same thing when

    - the shorter one is mostly restated in the longer one (`restated_share`, by default
      RESTATED_SHARE, of its distinct content terms, and at least RESTATED_TERMS of them);
    - they give the same figure ("€42 million" in both: a number and the word after it);
    - they name the same people, places, organisations and dates (SAME_ANCHORS of them, and
      SAME_ANCHOR_SHARE of the fewer) and share some words (cosine ≥ ANCHOR_COSINE).

    Those rules count as the threshold, plus half the cosine's share of the rest, so an article's
    closest match is still the closest in words. One writer seldom states a fact twice in other
    words, but often comes back to the same names and topic words for a new fact: inside an
    article the cosine alone decides (the rules there cost ROUGE on the dev set and dropped
    distinct facts). Every part depends on the pair alone, so the similarity of two chosen
    sentences is the same whatever the other candidates."""
    if terms is None:
        terms = [content_terms(s.text) for s in sentences]
    return similarity_matrices(sentences, terms, (RESTATED_SHARE if restated_share is None else restated_share,))[0]


def similarity_matrices(
    sentences: Sequence[Sentence], terms: Sequence[Sequence[str]], restated_shares: Sequence[float]
) -> list[np.ndarray]:
    """`similarity_matrix` for each of several restatement shares, sharing the work."""
    import numpy as np

    from briefing import rankers

    cosine = rankers.cosine_matrix(rankers.term_counts(terms))
    if len({s.article for s in sentences}) < 2:  # one article (every article summary): the cosine alone
        return [cosine for _ in restated_shares]
    articles = np.array([s.article for s in sentences])
    across = articles[:, None] != articles[None, :]
    # One way: a candidate (row) restates a chosen sentence (column) when most of the candidate is
    # in it; a longer candidate that adds to a shorter chosen one is not a repeat of it.
    shared, overlap = rankers.shared_terms(terms, directional=True)
    same_figure = rankers.shared_terms([figures(s.text) for s in sentences])[0] > 0
    names = [names_and_figures(s.text) for s in sentences]
    anchors, anchor_overlap = rankers.shared_terms(names)
    # What is said about them: the content terms that are not names or numbers.
    said = rankers.shared_terms([[t for t in ts if t not in set(n)] for ts, n in zip(terms, names, strict=True)])[0]
    same_names = (anchors >= SAME_ANCHORS) & (anchor_overlap >= SAME_ANCHOR_SHARE) & (said >= SAME_SAID)
    same_event = (same_figure | (same_names & (cosine >= ANCHOR_COSINE))) & across
    restated = (shared >= RESTATED_TERMS) & across
    floor = np.maximum(cosine, REDUNDANCY_THRESHOLD + (1 - REDUNDANCY_THRESHOLD) * cosine / 2)
    return [np.where(same_event | (restated & (overlap >= share)), floor, cosine) for share in restated_shares]


@dataclass
class _Picker:
    """Greedy selection state: what is taken, what is ruled out for good, the words used.
    `budget` is in words; 0 means "count sentences" (`max_sentences`)."""

    sentences: Sequence[Sentence]
    similarity: np.ndarray
    budget: int
    max_sentences: int
    picked: list[int] = field(default_factory=list)
    used_words: int = 0

    def __post_init__(self) -> None:
        self.rejected = {i for i, s in enumerate(self.sentences) if bad_line(s.text)}
        self.position = {(s.article, s.index): i for i, s in enumerate(self.sentences)}

    def full(self) -> bool:
        if self.budget:
            return self.used_words >= self.budget
        return len(self.picked) >= self.max_sentences

    def verdict(self, i: int) -> str:
        """Say "take", "never" (redundant or too long for the budget) or "wait" (antecedent missing)."""
        sentence = self.sentences[i]
        if self.picked and self.similarity[i, self.picked].max() >= REDUNDANCY_THRESHOLD:
            return "never"
        n_words = len(sentence.text.split())
        if self.budget and self.picked and self.used_words + n_words > self.budget:
            return "never"  # a shorter sentence may still fit
        if needs_antecedent(sentence.text):
            before = self.position.get((sentence.article, sentence.index - 1))
            if before is None or before not in self.picked:
                return "wait"
        return "take"

    def take_next(self, order: list[int]) -> bool:
        """Take the best sentence allowed now (False if none is). Rescanning from the top lets a
        waiting sentence in as soon as its antecedent is taken."""
        for i in order:
            if i in self.rejected or i in self.picked:
                continue
            verdict = self.verdict(i)
            if verdict == "never":
                self.rejected.add(i)
            elif verdict == "take":
                self.picked.append(i)
                self.used_words += len(self.sentences[i].text.split())
                return True
        return False


def select(
    sentences: Sequence[Sentence], scores: Sequence[float], length: Length, similarity: np.ndarray | None = None
) -> list[int]:
    """Positions in `sentences` of the greedy pick by score, best first (see module doc)."""
    if not sentences:
        return []
    if similarity is None:
        similarity = similarity_matrix(sentences)
    total = sum(len(s.text.split()) for s in sentences)
    picker = _Picker(sentences, similarity, length.word_budget(total), length.sentences)
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], sentences[i].article, sentences[i].index))
    while not picker.full() and picker.take_next(order):
        pass
    return picker.picked


def attribute(sentences: Sequence[Sentence], picked: Sequence[int], similarity: np.ndarray) -> dict[int, list[int]]:
    """For each picked sentence, the best-matching sentence of every other article that says
    the same thing (similarity at or above the redundancy threshold)."""
    also: dict[int, list[int]] = {p: [] for p in picked}
    if not picked:
        return also
    by_article: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        by_article.setdefault(s.article, []).append(i)
    for p in picked:
        for article, members in by_article.items():
            if article == sentences[p].article:
                continue
            best = max(members, key=lambda i: similarity[p, i])
            if similarity[p, best] >= REDUNDANCY_THRESHOLD and best not in picked:
                also[p].append(best)
    return also


def summarize_article(
    article_sentences: Sequence[Sentence], length: Length, algorithm: str = "lexrank"
) -> tuple[int, ...]:
    """Indices of the sentences chosen for one article's summary, in reading order."""
    terms = [content_terms(s.text) for s in article_sentences]
    scores = rank(article_sentences, algorithm, terms)
    chosen = select(article_sentences, scores, length, similarity_matrix(article_sentences, terms))
    return tuple(sorted(article_sentences[i].index for i in chosen))


def summarize_story(
    articles: Sequence[Article], length: Length, algorithm: str = "lexrank"
) -> tuple[SummarySentence, ...]:
    """A summary drawn from all the story's articles; each sentence linked to its source and
    to the other articles that state the same thing."""
    candidates = [s for a in articles for s in a.sentences]
    terms = [content_terms(s.text) for s in candidates]
    scores = rank(candidates, algorithm, terms)
    redundancy, attribution = similarity_matrices(candidates, terms, (RESTATED_SHARE, ATTRIBUTION_RESTATED_SHARE))
    chosen = select(candidates, scores, length, redundancy)
    also = attribute(candidates, chosen, attribution)
    order = {a.id: (a.date, a.id) for a in articles}
    chosen.sort(key=lambda i: (order[candidates[i].article], candidates[i].index))
    return tuple(
        SummarySentence(
            text=candidates[i].text,
            source=SourceRef(candidates[i].article, candidates[i].index),
            also=tuple(SourceRef(candidates[d].article, candidates[d].index) for d in also[i]),
        )
        for i in chosen
    )
