"""Markup inside text for the clean stage: HTML fragments pasted into .txt/.md, and Markdown syntax.

Only the words should reach segmentation: tags, link targets, image references and emphasis
markers would otherwise be copied verbatim into extractive summaries.
"""

from __future__ import annotations

import re

from briefing.clean_words import wordset
from briefing.model import Change

_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
_HTML_TAGS = wordset(
    "a abbr article aside b blockquote br div em figcaption figure footer h1 h2 h3 h4 h5 h6 header "
    "i img li main nav ol p section small span strong sub sup table td th tr u ul"
)
# Block-level tags end a paragraph; their text must not run into the next block's.
_BLOCK_TAGS = wordset(
    "article aside blockquote div figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol "
    "p section table tr ul"
)
_DEAD = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]+|[^()]*\([^()]*\)[^()]*)\)")
# A reference link, "[the report][1]" or "[the report][]", and a reference's definition on its own line,
# "[1]: https://example.org/report.pdf" (its title, if any, after it). Not two citation marks in a row,
# "1976.[27][28]", which the citation-mark rule cuts.
_MD_REFERENCE_LINK = re.compile(r"\[(?!\d+\])([^\]]+)\]\[[^\]]*\]")
_MD_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+(?:\s+[\"'(].*)?\s*$")
# Emphasis and code marks around words. A backtick between two letters is an apostrophe a keyboard
# put there ("it`s"), not code: code marks stand at a word's edge.
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(`)(?=\S)(.+?)(?<=\S)`(?!\w)")
_MD_LINE = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)")
# What any of the Markdown patterns below needs: one of these marks anywhere in the line, or a "-",
# "+" or digit first (a list item or a rule). A line with neither is plain text; so is a whole text.
_MD_MARKS = ("#", ">", "*", "_", "`", "[")
_MD_ITEM_START = re.compile(r"\s*[-+\d]")
_MD_LATER_ITEM_START = re.compile(r"\n\s*[-+\d]")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def is_html_page(text: str) -> bool:
    """A whole web page (not a fragment): it goes to the HTML extractor."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def strip_markup(text: str) -> tuple[str, list[Change]]:
    """Text with HTML fragments turned into plain paragraphs and Markdown syntax removed."""
    changes: list[Change] = []
    if _has_html(text):
        text = _strip_html(text)
        changes.append(Change("repair", "HTML tags inside the text removed (block tags kept as line breaks)"))
    lines = text.splitlines()
    joined = "\n".join(lines)  # one "\n" between lines, where `_may_have_markdown` looks for line starts
    if not _may_have_markdown(joined):  # most texts: no Markdown at all, so no line to look at
        return joined, changes
    return "\n".join(_strip_markdown_line(line) for line in lines), changes


def _has_html(text: str) -> bool:
    return sum(1 for m in _TAG.finditer(text) if m.group(1).lower() in _HTML_TAGS) >= 2


def _strip_html(text: str) -> str:
    """Tags out; a block tag inside a line breaks it, one at a line's edge goes quietly, so that
    one-element-per-line HTML keeps its line numbers. Entities are left for ftfy to decode."""
    text = _DEAD.sub(lambda m: "\n" * m.group(0).count("\n"), text)

    def replace(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        if name != "br" and name not in _BLOCK_TAGS:
            return ""
        line_start, line_end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        before, after = text[line_start : match.start()], text[match.end() : None if line_end < 0 else line_end]
        at_edge = not _TAG.sub("", before).strip() or not _TAG.sub("", after).strip()
        return "" if at_edge else "\n"

    return _TAG.sub(replace, text)


def _may_have_markdown(text: str) -> bool:
    """A Markdown mark anywhere, or a line (of lines joined by "\\n") starting like a list item or rule.
    Simple searches for single characters, which are much quicker than one regex that finds them all."""
    if any(mark in text for mark in _MD_MARKS):
        return True
    return bool(_MD_ITEM_START.match(text) or _MD_LATER_ITEM_START.search(text))


def _strip_markdown_line(line: str) -> str:
    """One line without heading/quote/list markers, images, link targets or emphasis markers."""
    if not _may_have_markdown(line):  # most lines: no Markdown at all
        return line
    if _MD_RULE.match(line) or _MD_REFERENCE.match(line):
        return ""
    line = _MD_LINE.sub("", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_REFERENCE_LINK.sub(r"\1", line)
    line = _MD_EMPHASIS.sub(lambda match: match.group(2) or match.group(4), line)
    # An emphasis mark taken from "** A message…" can leave a list marker ("* A message…"): it goes
    # too, so that cleaning the result again changes nothing.
    return _MD_LINE.sub("", line)
