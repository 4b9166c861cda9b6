"""Regenerate the golden output of the bundled example (tests/golden/) after an intended change.

python scripts/update_golden.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.example_build import GOLDEN, build_example


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        digest, outline = build_example(Path(tmp))
    GOLDEN.mkdir(parents=True, exist_ok=True)
    (GOLDEN / "example-digest.md").write_text(digest, encoding="utf-8")
    (GOLDEN / "example-outline.json").write_text(outline, encoding="utf-8")
    print(f"wrote {GOLDEN / 'example-digest.md'} and {GOLDEN / 'example-outline.json'}")


if __name__ == "__main__":
    main()
