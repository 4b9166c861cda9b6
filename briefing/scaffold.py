"""`briefing init [DIR]`: a new briefing project, ready to build and to publish on GitHub Pages.

It writes `briefing.yaml` (every option, commented, with its default and its doc from
`config.OPTIONS`), one example story in `content/`, a `.gitignore` and a GitHub Actions
workflow that builds the site and deploys it with the official Pages actions. It never
overwrites a file: if any of them exists, nothing is written.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from briefing.config import CONFIG_FILE, OPTIONS, Config
from briefing.model import BriefingError

# Where the Pages workflow installs briefing from (a pip requirement); `briefing init --package` changes it.
DEFAULT_PACKAGE = "briefing"

GITIGNORE = """\
# Build output and caches: the site is published by the Pages workflow, not committed.
site/
.briefing-cache/
__pycache__/
.venv/
"""

WORKFLOW = """\
# Builds the briefing and publishes it on GitHub Pages on every push to main.
# Once, in the repository's Settings > Pages, set "Source" to "GitHub Actions".
# The site's address (https://USER.github.io/REPO/ or your domain) comes from configure-pages.
name: Publish briefing

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

env:
  # Where briefing is installed from: any pip requirement (a version, a Git URL, a fork).
  BRIEFING_PACKAGE: "@PACKAGE@"

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - id: pages
        uses: actions/configure-pages@v5
      - name: Install briefing
        run: python -m pip install "$BRIEFING_PACKAGE"
      - name: Build the site
        run: briefing build --base-url "${{ steps.pages.outputs.base_url }}/"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"""

STORY_YAML = """\
title: Riverside library reopens after flood repairs
date: 2026-05-04
tags: [libraries, example]
note: >-
  An invented example story, so that a new project builds at once. Replace this folder
  with your own: one folder per story, one file per article.
"""

ARTICLE_MD = """\
---
title: Riverside library reopens after eight months of flood repairs
source: The Example Gazette
url: https://gazette.example/riverside-library
date: 2026-05-04
author: Priya Nandakumar
---

The Riverside branch library reopened on Monday, eight months after a burst riverbank flooded
its ground floor and destroyed about 12,000 books.

The repairs cost €1.4 million, of which the city's insurer paid €900,000. The rest came from the
library service's building reserve, the council said.

Head librarian Tomas Ferreira said the new floor was raised by forty centimetres. "We rebuilt it
so that the next flood reaches the car park, not the children's shelves," he said.

About 3,000 of the lost books have been replaced so far, and the branch will be open seven days
a week again from June.
"""

ARTICLE_TXT = """\
Library back in business

Riverside library is open again. The branch had been shut since a flood last September and the
city says repairs came to 1.4 million euros.

Readers queued outside before the doors opened at nine. One regular, a retired teacher, said she
had missed the reading room more than the books.

Staff said the children's section would be restocked first and that the branch would return to
seven-day opening in June.
"""


def init_project(directory: Path, package: str = DEFAULT_PACKAGE) -> tuple[Path, ...]:
    """Write a new project into `directory` (created if needed); the paths written, in order."""
    files = {
        CONFIG_FILE: config_text(),
        "content/riverside-library/story.yaml": STORY_YAML,
        "content/riverside-library/example-gazette.md": ARTICLE_MD,
        "content/riverside-library/pasted-radio-report.txt": ARTICLE_TXT,
        ".gitignore": GITIGNORE,
        ".github/workflows/pages.yml": WORKFLOW.replace("@PACKAGE@", package.replace('"', "")),
    }
    existing = sorted(name for name in files if (directory / name).exists())
    if existing:
        raise BriefingError(f"{directory}: already has {', '.join(existing)}; nothing written")
    written = []
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return tuple(written)


def config_text() -> str:
    """`briefing.yaml` with every option commented out at its default, each under its doc line."""
    defaults = {f.name: f.default for f in dataclasses.fields(Config)}
    lines = [
        "# briefing configuration. Every option is optional: remove the '# ' before one to change it.",
        "# Command-line flags (briefing build --help) override these.",
        "",
    ]
    for key, doc in OPTIONS.items():
        lines += [f"# {doc}", f"# {key}: {yaml_scalar(defaults[key])}", ""]
    return "\n".join(lines)


def yaml_scalar(value: object) -> str:
    """A default as YAML: JSON's quoting of strings is valid YAML and keeps '' and ':' safe."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value) if isinstance(value, str) else str(value)
