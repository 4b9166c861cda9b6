"""An article's sentences as one text, so facts that cross sentences (a quote split by its
attribution, "he said" after a name) can be found, and each span mapped back to a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from briefing.model import Sentence

PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class Doc:
    """Sentences joined with a space inside a paragraph and a blank line between paragraphs."""

    text: str
    starts: tuple[int, ...]  # offset of each sentence in `text`
    indices: tuple[int, ...]  # that sentence's `Sentence.index`

    @classmethod
    def of(cls, sentences: Sequence[Sentence]) -> Doc:
        parts: list[str] = []
        starts: list[int] = []
        offset = 0
        previous = None
        for sentence in sentences:
            if previous is not None:
                gap = " " if sentence.paragraph == previous else PARAGRAPH_BREAK
                parts.append(gap)
                offset += len(gap)
            starts.append(offset)
            parts.append(sentence.text)
            offset += len(sentence.text)
            previous = sentence.paragraph
        return cls("".join(parts), tuple(starts), tuple(s.index for s in sentences))

    @cached_property
    def words(self) -> Counter[str]:
        """How often each word occurs as written (possessive "'s" split off), for cheap look-ups."""
        return Counter(re.findall(r"[\w-]+", self.text))

    @cached_property
    def after_in(self) -> frozenset[str]:
        """Capitalised words that follow "in" or "near": the article's places ("in Portmere")."""
        return frozenset(re.findall(r"\b(?:in|near)\s([A-Z][\w'’-]*)", self.text))

    def sentence_at(self, offset: int) -> int:
        """The `Sentence.index` of the sentence holding character `offset`."""
        position = max(0, bisect_right(self.starts, offset) - 1)
        return self.indices[position] if self.indices else 0

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` begins in `text`."""
        position = max(0, bisect_right(self.starts, offset) - 1)
        return self.starts[position] if self.starts else 0

    def sentence_text(self, offset: int) -> tuple[int, str]:
        """The start offset and text of the sentence holding `offset`."""
        position = max(0, bisect_right(self.starts, offset) - 1)
        start = self.starts[position]
        end = self.starts[position + 1] if position + 1 < len(self.starts) else len(self.text)
        return start, self.text[start:end].rstrip()
