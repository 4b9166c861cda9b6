"""The bundled example, end to end, against golden output.

When a change to a stage changes the example's output on purpose, read the difference, then
regenerate with `python scripts/update_golden.py` and commit the new golden files with it.
"""

import pytest

from tests.example_build import GOLDEN, build_example


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    return build_example(tmp_path_factory.mktemp("golden"))


def test_example_outline_matches_golden(example: tuple[str, str]) -> None:
    assert example[1] == (GOLDEN / "example-outline.json").read_text(encoding="utf-8")


def test_example_digest_matches_golden(example: tuple[str, str]) -> None:
    assert example[0] == (GOLDEN / "example-digest.md").read_text(encoding="utf-8")


def test_example_has_what_the_readme_promises(example: tuple[str, str]) -> None:
    import json

    outline = json.loads(example[1])
    stories = {s["slug"]: s for s in outline["stories"]}
    assert len(stories) >= 3
    assert max(len(s["articles"]) for s in stories.values()) >= 3
    # The two loose tram articles (one with no metadata at all) are grouped into one story.
    assert any(set(s["articles"]) == {"pasted-tram-article.txt", "tram-line-3-extension.md"} for s in stories.values())
    for story in stories.values():
        assert story["summary"], f"{story['slug']} has no summary"
        texts = [s["text"] for s in story["summary"]]
        assert len(texts) == len(set(texts))
