from datetime import UTC, datetime
from pathlib import Path

from briefing.model import Problem, Source
from briefing.sources import find_files, read_content, read_source, split_front_matter
from tests.conftest import write


def test_front_matter_split_and_body_line() -> None:
    front, body, line = split_front_matter("---\ntitle: A\n---\nBody text.\n")
    assert front == "title: A\n"
    assert body == "Body text.\n"
    assert line == 4


def test_no_closing_marker_means_no_front_matter() -> None:
    front, body, line = split_front_matter("---\nJust a rule, then text.\n")
    assert front is None and body.startswith("---") and line == 1


def test_finds_only_content_files_sorted(tmp_path: Path) -> None:
    write(
        tmp_path,
        {"b.txt": "x", "a/z.md": "x", "a/y.html": "x", "notes.yaml": "x", ".hidden/c.txt": "x", "_drafts/d.txt": "x"},
    )
    assert [p.relative_to(tmp_path).as_posix() for p in find_files(tmp_path)] == ["a/y.html", "a/z.md", "b.txt"]


def test_sidecar_metadata_and_normalisation(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "story/report.txt": "Body.",
            "story/report.yaml": "title: Report\ndate: 2026-03-10 14:30\ntags: harbour, bridge\nsection: Local\n",
        },
    )
    source = read_source(tmp_path / "story/report.txt", tmp_path)
    assert isinstance(source, Source)
    assert source.folder == "story"
    assert source.meta["title"] == "Report"
    assert source.meta["date"] == datetime(2026, 3, 10, 14, 30, tzinfo=UTC)
    assert source.meta["tags"] == ("harbour", "bridge")
    assert source.meta["section"] == "Local"  # unknown fields are kept


def test_bad_yaml_is_a_problem_with_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, {"bad.md": "---\ntitle: ok\ndate: [2026\n---\nText.\n", "good.txt": "Fine text here."})
    found = read_content(tmp_path)
    assert [s.path for s in found.sources] == ["good.txt"]
    (problem,) = found.problems
    assert problem.path == "bad.md"
    assert problem.line in (3, 4, 5)
    assert "invalid YAML metadata" in problem.message


def test_bad_date_and_tags_are_problems(tmp_path: Path) -> None:
    write(tmp_path, {"a.md": "---\ndate: next week maybe\n---\nText.", "b.md": "---\ntags: {a: 1}\n---\nText."})
    problems = read_content(tmp_path).problems
    assert {p.path: p.message for p in problems} == {
        "a.md": "'date' is not a date: 'next week maybe'",
        "b.md": "'tags' must be a list of words or a comma-separated string",
    }


def test_binary_file_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\x00\x01\x02abc")
    assert isinstance(read_source(tmp_path / "x.txt", tmp_path), Problem)


def test_story_yaml_read_per_folder(tmp_path: Path) -> None:
    write(tmp_path, {"s/story.yaml": "title: The Story\n", "s/a.txt": "Text."})
    assert read_content(tmp_path).stories == {"s": {"title": "The Story"}}


def test_bad_field_names_its_own_line_in_front_matter_or_sidecar(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.md": "---\ntitle: ok\nauthor: [a, b]\n---\nText.",
            "b.txt": "Text.",
            "b.yaml": "title: fine\n\ndate: someday soon\n",
        },
    )
    problems = read_content(tmp_path).problems
    assert sorted((p.path, p.line, p.message) for p in problems) == [
        ("a.md", 3, "'author' must be text, not list"),
        ("b.yaml", 3, "'date' is not a date: 'someday soon'"),
    ]


def test_story_yaml_bad_fields_are_reported_and_left_out(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "s/story.yaml": "title: Fine\nsummary_sentences: many\ndate: soon\ntags: {a: 1}\nsummary_ratio: 2\n",
            "s/a.txt": "Text.",
        },
    )
    found = read_content(tmp_path)
    assert found.stories == {"s": {"title": "Fine"}}
    assert sorted((p.path, p.line) for p in found.problems) == [("s/story.yaml", n) for n in (2, 3, 4, 5)]
    assert "'summary_sentences' must be a whole number of at least 1, not 'many'" in {p.message for p in found.problems}
