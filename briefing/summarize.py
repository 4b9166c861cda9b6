"""Extractive summaries of one article or of a whole story, through sumy's summarizers.

sumy is handed a document model built from our own sentences (`ObjectDocumentModel`) and
our own tokenizer, so it never needs NLTK data. A story summary ranks the sentences of all
its articles together, skips any sentence too similar to one already chosen (recording the
articles that repeat it) and returns the chosen ones in reading order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import Article, Sentence, SourceRef, SummarySentence
from briefing.text import SumyTokenizer, stem, words

ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")

# Two sentences with cosine similarity of stemmed content words above this say the same thing.
REDUNDANCY_THRESHOLD = 0.5


@dataclass(frozen=True)
class Length:
    """Summary length: a number of sentences, or a word budget (whichever is set)."""

    sentences: int = 5
    words: int = 0


def _summarizer(name: str):  # type: ignore[no-untyped-def]
    """A configured sumy summarizer by name (imported lazily: sumy pulls in NLTK)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

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
    if name not in module_and_class:
        raise ValueError(f"unknown algorithm {name!r}; choose one of {', '.join(ALGORITHMS)}")
    module_name, class_name = module_and_class[name]
    module = __import__(f"sumy.summarizers.{module_name}", fromlist=[class_name])
    summarizer = getattr(module, class_name)(Stemmer("english"))
    stop_words = get_stop_words("english")
    summarizer.stop_words = stop_words
    if name == "edmundson":
        # Edmundson needs cue and stigma words; stop words as null words is sumy's own example.
        summarizer.null_words = stop_words
        summarizer.bonus_words = ("said", "announced", "will", "first", "new")
        summarizer.stigma_words = ("click", "subscribe", "advertisement", "cookies")
    return summarizer


def rank(sentences: Sequence[Sentence], algorithm: str = "lexrank") -> list[float]:
    """A score per sentence (higher is more central); order follows `sentences`."""
    if not sentences:
        return []
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

    _summarizer(algorithm)(document, keep_all)
    return scores


def _vector(text: str, stop_words: frozenset[str]) -> Counter[str]:
    return Counter(stem(w) for w in words(text.lower()) if w not in stop_words)


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


def _within(length: Length, chosen_words: int, chosen_count: int, next_words: int) -> bool:
    if length.words:
        return chosen_words + next_words <= length.words or chosen_count == 0
    return chosen_count < length.sentences


def select(
    sentences: Sequence[Sentence], scores: Sequence[float], length: Length
) -> list[tuple[Sentence, list[Sentence]]]:
    """Greedy pick by score, skipping near-duplicates; each pick keeps the duplicates it absorbed."""
    stop_words = _stop_words()
    vectors = [_vector(s.text, stop_words) for s in sentences]
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], sentences[i].article, i))
    picked: list[int] = []
    duplicates: dict[int, list[Sentence]] = {}
    total_words = 0
    for i in order:
        twin = next((p for p in picked if cosine(vectors[i], vectors[p]) >= REDUNDANCY_THRESHOLD), None)
        if twin is not None:
            if sentences[i].article != sentences[twin].article:
                duplicates[twin].append(sentences[i])
            continue
        n_words = len(sentences[i].text.split())
        if not _within(length, total_words, len(picked), n_words):
            if length.words:
                continue  # a shorter sentence may still fit the word budget
            break
        picked.append(i)
        duplicates[i] = []
        total_words += n_words
    return [(sentences[i], duplicates[i]) for i in picked]


def summarize_article(article_sentences: Sequence[Sentence], length: Length, algorithm: str = "lexrank") -> tuple[int, ...]:
    """Indices of the sentences chosen for one article's summary, in reading order."""
    scores = rank(article_sentences, algorithm)
    chosen = select(article_sentences, scores, length)
    return tuple(sorted(s.index for s, _ in chosen))


def summarize_story(articles: Sequence[Article], length: Length, algorithm: str = "lexrank") -> tuple[SummarySentence, ...]:
    """A summary drawn from all the story's articles; each sentence linked to its source."""
    candidates = [s for a in articles for s in a.sentences]
    scores = rank(candidates, algorithm)
    chosen = select(candidates, scores, length)
    order = {a.id: (a.date, a.id) for a in articles}
    chosen.sort(key=lambda pair: (order[pair[0].article], pair[0].index))
    return tuple(
        SummarySentence(
            text=sentence.text,
            source=SourceRef(sentence.article, sentence.index),
            also=tuple(SourceRef(d.article, d.index) for d in dupes),
        )
        for sentence, dupes in chosen
    )
