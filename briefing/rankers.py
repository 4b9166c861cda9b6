"""Graph rankers over sentences, vectorised with NumPy and SciPy sparse matrices.

`lexrank` and `textrank` reproduce sumy 0.13's `LexRankSummarizer` and
`TextRankSummarizer` step for step (same tf, idf, similarity, threshold and power
method with the same stopping rule), so they rank sentences as sumy does, but build
the similarity matrix with one matrix product (dense for small documents, sparse for
large ones) instead of a Python loop over every pair of sentences. `centrality` is
the continuous (unthresholded) LexRank used by the news ranker. Every function takes
sentences as lists of normalised terms (stemmed content words), so tokenising and
stemming stay in one place (`briefing.summarize`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from scipy.sparse import csr_matrix

Terms = Sequence[str]
MAX_ITERATIONS = 1000  # a guard sumy lacks: its power methods loop until they converge


# Small documents use dense arrays (SciPy's per-call overhead dominates there) and products
# without BLAS: OpenBLAS starts threads for even a 30 × 300 product, and on a busy machine
# their synchronisation costs more than the product itself. Large ones use sparse matrices.
DENSE_PRODUCT = 2_000_000  # sentences² × vocabulary multiply-adds
EINSUM_PRODUCT = 300_000  # above this a sparse product beats einsum's plain loops, even dense-stored


def term_counts(sentences: Sequence[Terms]) -> np.ndarray | csr_matrix:
    """A sentences × vocabulary matrix of term counts: dense when small, sparse when large."""
    import numpy as np

    vocabulary: dict[str, int] = {}
    columns = np.fromiter(
        (vocabulary.setdefault(term, len(vocabulary)) for terms in sentences for term in terms), dtype=np.int64
    )
    rows = np.repeat(np.arange(len(sentences)), [len(terms) for terms in sentences])
    shape = (len(sentences), max(len(vocabulary), 1))
    if shape[0] * shape[0] * shape[1] <= DENSE_PRODUCT:
        return np.bincount(rows * shape[1] + columns, minlength=shape[0] * shape[1]).reshape(shape).astype(float)
    from scipy.sparse import csr_matrix

    matrix = csr_matrix((np.ones(len(columns)), (rows, columns)), shape=shape)
    matrix.sum_duplicates()  # repeated (row, column) pairs become counts
    return matrix


def _dense(values: np.ndarray | csr_matrix) -> np.ndarray:
    import numpy as np

    return values if isinstance(values, np.ndarray) else np.asarray(values.toarray())


def _scale(matrix: np.ndarray | csr_matrix, rows: np.ndarray | None = None, columns: np.ndarray | None = None):  # type: ignore[no-untyped-def]
    """The matrix with each row and/or column multiplied by a factor, keeping its kind."""
    import numpy as np

    if isinstance(matrix, np.ndarray):
        scaled = matrix if rows is None else matrix * rows[:, None]
        return scaled if columns is None else scaled * columns[None, :]
    from scipy.sparse import diags

    if rows is not None:
        matrix = diags(rows) @ matrix
    if columns is not None:
        matrix = matrix @ diags(columns)
    return matrix.tocsr()


def tfidf(counts: np.ndarray | csr_matrix) -> np.ndarray | csr_matrix:
    """sumy's LexRank weights: tf divided by the sentence's largest tf, times log(n / (1 + df))."""
    import numpy as np

    n = counts.shape[0]
    max_tf = _dense(counts.max(axis=1)).ravel().astype(float)
    max_tf[max_tf == 0] = 1
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    idf = np.log(n / (1.0 + df))
    return _scale(counts, rows=1.0 / max_tf, columns=idf)


def unit_rows(weights: np.ndarray | csr_matrix) -> np.ndarray | csr_matrix:
    """Each row scaled to unit length (a row of zeros stays zero)."""
    import numpy as np

    squares = weights * weights if isinstance(weights, np.ndarray) else weights.multiply(weights)
    norms = np.sqrt(np.asarray(squares.sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return _scale(weights, rows=inverse)


def cosine_matrix(weights: np.ndarray | csr_matrix) -> np.ndarray:
    """Dense cosine similarity of every pair of rows (0 where a row has no weight)."""
    return gram(unit_rows(weights))


def gram(matrix: np.ndarray | csr_matrix) -> np.ndarray:
    """matrix @ matrix.T as a dense array; einsum keeps small products off BLAS threads."""
    import numpy as np

    if isinstance(matrix, np.ndarray):
        if matrix.shape[0] ** 2 * matrix.shape[1] <= EINSUM_PRODUCT:
            return np.einsum("ik,jk->ij", matrix, matrix)
        from scipy.sparse import csr_matrix

        matrix = csr_matrix(matrix)
    return _dense(matrix @ matrix.T)


def shared_terms(sentences: Sequence[Terms], directional: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(how many distinct terms each pair of sentences has in common, the overlap coefficient:
    that number over the smaller of the two sentences' distinct terms; 0 where one has none).

    With `directional`, the overlap of row i with column j is over i's own terms: how much of
    sentence i is found in sentence j, which is not how much of j is found in i."""
    import numpy as np

    distinct = [sorted(set(terms)) for terms in sentences]
    shared = gram(term_counts(distinct))
    sizes = np.array([len(terms) for terms in distinct], dtype=float)
    base = np.broadcast_to(sizes[:, None], shared.shape) if directional else np.minimum(sizes[:, None], sizes[None, :])
    return shared, np.divide(shared, base, out=np.zeros_like(shared), where=base > 0)


def group_agreement(unit: np.ndarray | csr_matrix, groups: Sequence[str] | np.ndarray) -> np.ndarray:
    """Per row, how much its group (an article) agrees with the other groups: the cosine between
    the group's summed rows and the sum of all other rows, scaled so the best group has 1.
    With a single group every row gets 1."""
    import numpy as np

    names, member_of = np.unique(groups, return_inverse=True)
    if len(names) < 2:
        return np.ones(len(groups))
    indicator = (member_of[None, :] == np.arange(len(names))[:, None]).astype(float)
    sums = indicator @ unit if isinstance(unit, np.ndarray) else _dense((unit.T @ indicator.T).T)
    others = sums.sum(axis=0)[None, :] - sums
    norms = np.linalg.norm(sums, axis=1) * np.linalg.norm(others, axis=1)
    agreement = np.divide((sums * others).sum(axis=1), norms, out=np.zeros(len(names)), where=norms > 0)
    best = agreement.max()
    return agreement[member_of] / best if best > 0 else np.ones(len(groups))


def lexrank(sentences: Sequence[Terms], threshold: float = 0.1, epsilon: float = 0.1) -> np.ndarray:
    """LexRank scores exactly as sumy computes them: thresholded graph, L2-normalised power method."""
    import numpy as np

    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    similarity = cosine_matrix(tfidf(term_counts(sentences)))
    adjacency = (similarity > threshold).astype(float)
    degrees = adjacency.sum(axis=1)
    degrees[degrees == 0] = 1
    return _power_method(adjacency / degrees[:, None], epsilon, normalise=True)


def _power_method(matrix: np.ndarray, epsilon: float, normalise: bool) -> np.ndarray:
    """sumy's power method: multiply by the transposed matrix (L2-normalising each step for
    LexRank, not for TextRank) until successive vectors differ by at most epsilon."""
    import numpy as np

    # The same transposed view and product as sumy, so that ties round the same way in both.
    transposed = matrix.T
    p_vector = np.full(len(matrix), 1.0 / len(matrix))
    change = 1.0
    for _ in range(MAX_ITERATIONS):
        if change <= epsilon:
            break
        next_p = transposed @ p_vector
        if normalise:
            norm = np.linalg.norm(next_p)
            if norm == 0:
                return p_vector  # no sentence has a neighbour: all equal (sumy would return NaN)
            next_p /= norm
        change = float(np.linalg.norm(next_p - p_vector))
        p_vector = next_p
    return p_vector


def textrank(sentences: Sequence[Terms], damping: float = 0.85, epsilon: float = 1e-4) -> np.ndarray:
    """TextRank scores as sumy computes them: shared-word overlap over summed log lengths, PageRank."""
    import numpy as np

    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    counts = term_counts(sentences)
    overlap = gram(counts)
    # math.log, as sumy uses: numpy's log may differ in the last bit, and that breaks ties differently.
    logs = np.array([math.log(max(len(terms), 1)) for terms in sentences])
    norm = logs[:, None] + logs[None, :]
    # sumy: a zero norm (two one-word sentences) keeps the raw overlap instead of dividing.
    weights = np.divide(overlap, norm, out=overlap.copy(), where=~np.isclose(norm, 0.0))
    weights /= weights.sum(axis=1)[:, None] + 1e-7
    matrix = np.full((n, n), (1.0 - damping) / n) + damping * weights
    return _power_method(matrix, epsilon, normalise=False)


def centrality(similarity: np.ndarray, prior: np.ndarray, damping: float = 0.85, iterations: int = 60) -> np.ndarray:
    """Continuous LexRank with a personalised teleport: a random walk over weighted similarity
    that restarts at sentences in proportion to `prior` (e.g. early positions in an article)."""
    import numpy as np

    n = len(similarity)
    if n == 0:
        return np.zeros(0)
    weights = similarity.copy()
    np.fill_diagonal(weights, 0.0)
    sums = weights.sum(axis=1)
    # A sentence with no neighbours hands its mass back to the prior (no dangling nodes).
    transition = np.divide(weights, sums[:, None], out=np.zeros_like(weights), where=sums[:, None] > 0)
    teleport = prior / prior.sum() if prior.sum() > 0 else np.full(n, 1.0 / n)
    scores = teleport.copy()
    for _ in range(iterations):
        dangling = scores[sums == 0].sum()
        updated = damping * (transition.T @ scores + dangling * teleport) + (1 - damping) * teleport
        if np.abs(updated - scores).sum() < 1e-9:
            return updated
        scores = updated
    return scores
