"""Markdown in and out: article bodies to plain blocks, and safe HTML for story notes.

markdown-it-py with raw HTML disabled: any HTML in a Markdown file is shown as text,
never passed through, so an article cannot inject markup into a page.
"""

from __future__ import annotations

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


def markdown_to_text(text: str) -> str:
    """The prose of a Markdown document: one block per heading/paragraph/list item, markup removed.

    Blocks are separated by a blank line, the form the clean stage reads.
    """
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
