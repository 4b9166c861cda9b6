"""Shared fixtures: small briefing projects written into a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def write(root: Path, files: dict[str, str]) -> Path:
    """Write {relative path: text} under root and return root."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


BRIDGE_A = """The city council voted on Monday to close the Harbour Bridge for repairs. \
The bridge, built in 1921, carries 40,000 vehicles a day. \
Engineers said the steel supports had lost 30 percent of their strength. \
"We had no choice but to act now," said Mayor Ana Ruiz.

Repairs will cost €42 million and take eighteen months. Traffic will be diverted to the ring road.
"""

BRIDGE_B = """---
title: Harbour Bridge shut for eighteen months
source: Harbour Times
url: https://harbour-times.example/bridge
date: 2026-03-10
author: Lena Ortiz
tags: [transport, city]
---
The Harbour Bridge will close for eighteen months after a council vote, the city said.

Repairs are expected to cost €45 million. "Safety comes first," said Mayor Ana Ruiz. \
Commuters who rely on the bridge were angry about the long closure.
"""

CHESS_A = """The national chess final ended in a draw after six hours of play on Saturday. \
Grandmaster Ilse Brandt defended a difficult endgame with a single rook against two pawns. \
The organisers said more than 3,000 people watched the game in the hall.
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small project: one story folder with two sources, one loose article."""
    root = write(
        tmp_path / "proj",
        {
            "content/harbour-bridge/council.txt": BRIDGE_A,
            "content/harbour-bridge/times.md": BRIDGE_B,
            "content/harbour-bridge/story.yaml": "title: Harbour Bridge closes\ndate: 2026-03-11\ntags: [transport]\n",
            "content/chess.txt": CHESS_A,
        },
    )
    os.utime(root / "content/chess.txt", (1767225600, 1767225600))  # 2026-01-01, for a stable inferred date
    os.utime(root / "content/harbour-bridge/council.txt", (1767225600, 1767225600))
    return root
