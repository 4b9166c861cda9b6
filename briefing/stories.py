"""Grouping articles into stories, and stable ASCII slugs.

A folder under content/ is a story. An article's `story:` metadata names its story
explicitly. Loose articles are grouped by TF-IDF cosine similarity of their stemmed words (IDF
over all articles): any two above the threshold are joined (single link), so a chain of
related reports forms one story.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from briefing.model import Article
from briefing.summarize import content_terms

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens; never empty, never a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "untitled"


def unique_slugs(names: Iterable[str]) -> list[str]:
    """Slugs for `names` in order, with -2, -3… added where two would collide."""
    seen: set[str] = set()
    result = []
    for name in names:
        base = slugify(name)
        slug, n = base, 2
        while slug in seen:
            slug, n = f"{base}-{n}", n + 1
        seen.add(slug)
        result.append(slug)
    return result


def _tfidf(articles: Sequence[Article]) -> list[dict[str, float]]:
    # The summarizer's terms (stems of words that are not stop words), numbers left out.
    counts = [
        Counter(t for t in content_terms(a.title + " " + " ".join(s.text for s in a.sentences)) if not t.isdigit())
        for a in articles
    ]
    df = Counter(term for c in counts for term in c)
    n = len(articles)
    vectors = []
    for c in counts:
        # Smoothed IDF (+1, as scikit-learn does): words shared by every article still count a little.
        v = {t: (1 + math.log(f)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, f in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    return vectors


def _similarity(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def cluster(vectors: Sequence[dict[str, float]], threshold: float) -> list[list[int]]:
    """Groups (as index lists, in input order) of vectors whose similarity chains above threshold."""
    parent = list(range(len(vectors)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(vectors)):
        for j in range(i + 1, len(vectors)):
            if _similarity(vectors[i], vectors[j]) >= threshold:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(vectors)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def group_articles(articles: Sequence[Article], threshold: float) -> list[tuple[str, list[Article]]]:
    """(story key, articles) pairs: folders and explicit `story:` first, then clusters of loose ones."""
    keyed: dict[str, list[Article]] = {}
    loose: list[int] = []
    for n, article in enumerate(articles):
        key = article.extra.get("story") or article.folder
        if key:
            keyed.setdefault(str(key), []).append(article)
        else:
            loose.append(n)
    groups = [(key, members) for key, members in sorted(keyed.items())]
    if not loose:
        return groups
    # Word weights come from every article: a handful of loose files alone give poor IDF.
    vectors = _tfidf(articles)
    for indices in cluster([vectors[n] for n in loose], threshold):
        members = [articles[loose[i]] for i in indices]
        groups.append(("", members))
    return groups
