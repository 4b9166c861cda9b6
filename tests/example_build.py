"""Building the bundled example reproducibly: shared by the golden test and its update script."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from briefing.build import build, make_briefing
from briefing.config import load_config
from briefing.model import Briefing

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden"
FIXED_TIME = 1773360000  # 2026-03-13: build time and the mtime that undated files get


def example_project(tmp: Path) -> Path:
    """A copy of content/ whose file times are fixed, so inferred dates do not depend on the checkout."""
    project = tmp / "example"
    shutil.copytree(REPO / "content", project / "content")
    for path in (project / "content").rglob("*"):
        os.utime(path, (FIXED_TIME, FIXED_TIME))
    return project


def briefing_outline(briefing: Briefing) -> dict[str, Any]:
    """What the pipeline decided, without presentation: stories, summaries with sources, key facts."""
    return {
        "stories": [
            {
                "slug": story.slug,
                "title": story.title,
                "date": story.date.isoformat(),
                "articles": [a.path for a in story.articles],
                "summary": [
                    {"text": s.text, "source": s.source.article, "also": sorted({r.article for r in s.also})}
                    for s in story.summary
                ],
                "facts": [
                    {"kind": f.kind, "text": f.text, "sources": len({r.article for r in f.sources})}
                    for f in story.facts.facts
                ],
                "disagreements": [d.slot for d in story.facts.disagreements],
            }
            for story in briefing.stories
        ]
    }


def build_example(tmp: Path) -> tuple[str, str]:
    """(digest.md, outline JSON) of the example, built as CI would on any day."""
    os.environ["SOURCE_DATE_EPOCH"] = str(FIXED_TIME)
    project = example_project(tmp)
    config = load_config(project=project, overrides={"cache": False})
    build(config)
    outline = briefing_outline(make_briefing(config))
    digest = (project / "site" / "digest.md").read_text(encoding="utf-8")
    return digest, json.dumps(outline, indent=1, ensure_ascii=False) + "\n"
