"""Markdown in and out: article bodies to plain blocks, and safe HTML for story notes.

markdown-it-py with raw HTML disabled: any HTML in a Markdown file is shown as text,
never passed through, so an article cannot inject markup into a page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

# What each inline token contributes to plain text; emphasis and link markers contribute nothing.
_INLINE_TEXT = {
    "text": lambda token: token.content,
    "code_inline": lambda token: token.content,
    "html_inline": lambda token: token.content,
    "softbreak": lambda token: " ",
    "hardbreak": lambda token: " ",
}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def render_markdown(text: str) -> str:
    """Markdown to HTML with raw HTML escaped (safe to put into a page)."""
    return _parser().render(text)


# What can make CommonMark read text as anything but paragraphs of plain words: an inline mark
# (emphasis, code, link, HTML, entity, escape), a tab, a carriage return or NUL (normalised), and at
# a line start a block mark (list, quote, heading, rule, fence, setext underline), a numbered item
# or an indented code block.
# (Two patterns, each quick to search: a class of characters, and a line break with what follows.)
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]<&\t\r\x00]")
_BLOCK_SYNTAX = re.compile(r"\n(?: {0,3}(?:[-+>#=~]|\d{1,9}[.)])| {4})")
# A blank line, as CommonMark has it: nothing but spaces (tabs are syntax above).
_BLANK_LINES = re.compile(r"\n(?: *\n)+")


def markdown_to_text(text: str) -> str:
    """The prose of a Markdown document: one block per heading/paragraph/list item, markup removed.

    Blocks are separated by a blank line, the form the clean stage reads.
    """
    if not has_markdown_syntax(text):  # most pasted articles: parsing would find plain paragraphs
        return _paragraphs_text(text)
    return _parsed_text(text)


def has_markdown_syntax(text: str) -> bool:
    """Whether CommonMark could read `text` as anything but plain paragraphs."""
    return _INLINE_SYNTAX.search(text) is not None or _BLOCK_SYNTAX.search("\n" + text) is not None


def _paragraphs_text(text: str) -> str:
    """Text without Markdown syntax, as the parser would give it: paragraphs, spacing collapsed."""
    paragraphs = (" ".join(chunk.split()) for chunk in _BLANK_LINES.split(text))
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def _parsed_text(text: str) -> str:
    blocks: list[str] = []
    for token in _parser().parse(text):
        if token.type == "inline" and token.children is not None:
            plain = "".join(_INLINE_TEXT.get(child.type, lambda c: "")(child) for child in token.children)
            plain = " ".join(plain.split())
            if plain:
                blocks.append(plain)
        elif token.type in {"code_block", "fence", "html_block"} and token.content.strip():
            blocks.append(" ".join(token.content.split()))
    return "\n\n".join(blocks) + "\n"
