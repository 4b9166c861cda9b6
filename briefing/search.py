"""Full-text search: index the written site with Pagefind, when it is installed.

Pagefind (the `pagefind[bin]` package ships its binary) reads the finished HTML pages and
writes a static index into `site/pagefind/`, which the search page loads in the browser.
Only story pages are indexed (they mark their content with `data-pagefind-body`), so a
story is found once, not also through the home page, archive and tag pages that list it.
Search is optional: without the binary the site is complete, minus search.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from briefing.model import Problem

TIMEOUT_SECONDS = 300  # a generous bound: ~0.1 s for a small site


def pagefind_binary() -> Path | None:
    """The Pagefind executable the Python package provides, or None when it is not installed."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        return None
    binary = get_executable()
    return binary if binary is not None and binary.exists() else None


def index_site(out_dir: Path) -> tuple[Problem, ...]:
    """Write the search index into `out_dir/pagefind/`; a failure is a problem, not a failed build."""
    binary = pagefind_binary()
    if binary is None:
        return ()
    try:
        result = subprocess.run(
            [str(binary), "--site", str(out_dir), "--silent"],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return (Problem(str(out_dir), 0, f"search index not built: {error}"),)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        return (Problem(str(out_dir), 0, f"search index not built: {detail[-1] if detail else result.returncode}"),)
    return ()
