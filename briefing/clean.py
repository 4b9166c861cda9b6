"""The clean stage: from a file's raw body to article structure (headings and paragraphs).

HTML goes through trafilatura; text is repaired with ftfy and split into blocks.
Every change is recorded as a `Change` so `briefing clean --explain` can show why.
"""

from __future__ import annotations

import re
from typing import Any

from briefing.model import Block, Change, Cleaned

_BLANK_LINES = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"[ \t\u00a0]+")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’)\]]*$""")


def clean_document(text: str, kind: str) -> Cleaned:
    """Clean one document's body. `kind` is "html", "md" or "txt"."""
    if kind == "html" or _looks_like_html(text):
        return _clean_html(text)
    return clean_text(text)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def _clean_html(html: str) -> Cleaned:
    import trafilatura  # heavy: imported only when an HTML file is read

    document = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    if document is None:
        return Cleaned(blocks=(), changes=(Change("extract", "trafilatura found no article text"),))
    meta = {
        key: value
        for key in ("title", "date", "author", "sitename", "url")
        if (value := getattr(document, key, None))
    }
    cleaned = clean_text(document.text or "")
    changes = (Change("extract", "main text extracted with trafilatura"), *cleaned.changes)
    return Cleaned(blocks=cleaned.blocks, meta=meta, changes=changes)


def repair(text: str) -> str:
    """Fix mojibake and entities, normalise spacing; leave well-formed words unchanged."""
    import ftfy

    fixed = ftfy.fix_text(text, normalization="NFC")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in fixed.splitlines())


def clean_text(text: str) -> Cleaned:
    """Plain text or Markdown: repair it and split it into heading and paragraph blocks."""
    repaired = repair(text)
    changes: list[Change] = []
    if repaired != "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines()):
        changes.append(Change("repair", "fixed text encoding or entities"))
    blocks: list[Block] = []
    for chunk in _BLANK_LINES.split(repaired):
        lines = [ln.strip().lstrip("#").strip() for ln in chunk.splitlines() if ln.strip()]
        if not lines:
            continue
        if len(lines) == 1 and is_heading(lines[0]):
            blocks.append(Block("heading", lines[0]))
            changes.append(Change("heading", lines[0]))
            continue
        blocks.append(Block("paragraph", " ".join(lines)))
    return Cleaned(blocks=tuple(blocks), changes=tuple(changes))


def is_heading(line: str) -> bool:
    """A short line without closing punctuation reads as a heading, not prose."""
    return len(line.split()) <= 12 and not _SENTENCE_END.search(line)


def metadata_from_extraction(meta: dict[str, Any]) -> dict[str, Any]:
    """Map extractor field names to ours (`sitename` → `source`)."""
    mapped = dict(meta)
    if "sitename" in mapped:
        mapped["source"] = mapped.pop("sitename")
    return mapped
