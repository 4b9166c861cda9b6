"""The commands, run in-process: output, exit codes, one-line errors."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main


@pytest.fixture
def run(project: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1773360000")
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


def test_build_reports_what_it_built(run, project: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("build")
    assert result.exit_code == 0
    assert result.output.startswith("Built 2 stories from 3 articles into ")
    assert (project / "site/stories/harbour-bridge/index.html").exists()


def test_build_options_override_config(run, project: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("build", "--out", "public", "--algorithm", "textrank")
    assert result.exit_code == 0, result.output
    assert (project / "public/index.html").exists()


def test_build_base_url_option_makes_links_absolute(run, project: Path) -> None:  # type: ignore[no-untyped-def]
    # What the Pages workflow passes: configure-pages' address, with no trailing slash, plus "/".
    result = run("build", "--base-url", "https://someone.github.io/news/")
    assert result.exit_code == 0, result.output
    story = (project / "site/stories/harbour-bridge/index.html").read_text()
    assert '<link rel="canonical" href="https://someone.github.io/news/stories/harbour-bridge/">' in story
    assert '<base href="/news/">' in (project / "site/404.html").read_text()


def test_user_error_is_one_line_exit_1(run, project: Path) -> None:  # type: ignore[no-untyped-def]
    (project / "briefing.yaml").write_text("summary_sentences: lots\n")
    result = run("build")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "summary_sentences" in lines[0]
    assert "Traceback" not in result.output


def test_bad_usage_exits_2(run) -> None:  # type: ignore[no-untyped-def]
    assert run("build", "--no-such-flag").exit_code == 2
    assert run("summarize").exit_code == 2


def test_strict_fails_on_problems(run, project: Path) -> None:  # type: ignore[no-untyped-def]
    (project / "content/broken.md").write_text("---\ntitle: [x\n---\nText.")
    result = run("build", "--strict")
    assert result.exit_code == 1
    assert "warning: broken.md:2: invalid YAML metadata" in result.output


def test_summarize_json_names_source_files(run) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "summarize", "content/harbour-bridge/council.txt", "content/harbour-bridge/times.md", "-n", "2", "--json"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["summary"]) == 2
    texts = {
        "content/harbour-bridge/council.txt": Path("content/harbour-bridge/council.txt").read_text(),
        "content/harbour-bridge/times.md": Path("content/harbour-bridge/times.md").read_text(),
    }
    for row in data["summary"]:
        assert row["text"] in texts[row["source"]]
        assert isinstance(row["sentence"], int)


def test_summarize_words_budget(run) -> None:  # type: ignore[no-untyped-def]
    result = run("summarize", "content/harbour-bridge/council.txt", "--words", "25", "--json")
    rows = json.loads(result.output)["summary"]
    assert sum(len(r["text"].split()) for r in rows) <= 25 or len(rows) == 1


def test_summarize_rejects_both_lengths(run) -> None:  # type: ignore[no-untyped-def]
    assert run("summarize", "content/chess.txt", "-n", "2", "-w", "20").exit_code == 2


def test_facts_json(run) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "content/harbour-bridge/council.txt", "content/harbour-bridge/times.md", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    money = {f["text"] for f in data["facts"] if f["kind"] == "money"}
    assert {"€42 million", "€45 million"} <= money


def test_facts_text_shows_labelled_disagreements_and_the_timeline(run) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", "content/harbour-bridge/council.txt", "content/harbour-bridge/times.md")
    assert result.exit_code == 0, result.output
    assert "disagree Amount: €42 million vs €45 million" in result.output
    assert "disagree money:" not in result.output
    # council.txt has no date of its own: "on Monday" resolved against the file's time is a guess,
    # so the timeline gives it in the article's words, as the fact box does
    assert "\ndate     on Monday  (1 source)\n" in result.output
    assert "\nwhen     on Monday: The city council voted on Monday to close the Harbour Bridge for repairs\n" in (
        result.output
    )


def _dated_council(project: Path) -> str:
    """council.txt with a date of its own, a Tuesday: "on Monday" is then 9 March 2026 for certain."""
    text = (project / "content/harbour-bridge/council.txt").read_text()
    (project / "dated.md").write_text("---\ndate: 2026-03-10\n---\n" + text)
    return "dated.md"


def test_facts_timeline_gives_a_known_relative_date_as_a_date(run, project: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("facts", _dated_council(project))
    assert result.exit_code == 0, result.output
    assert "\ndate     Monday 9 March 2026  (1 source)\n" in result.output
    assert "\nwhen     2026-03-09: The city council voted on Monday to close the Harbour Bridge for repairs\n" in (
        result.output
    )


def test_facts_json_timeline_says_when_as_the_text_does(run, project: Path) -> None:  # type: ignore[no-untyped-def]
    def vote(path: str) -> dict[str, object]:
        result = run("facts", path, "--json")
        assert result.exit_code == 0, result.output
        timeline = json.loads(result.output)["timeline"]
        (entry,) = [e for e in timeline if e["text"].startswith("The city council voted on Monday")]
        return entry

    guessed = vote("content/harbour-bridge/council.txt")  # no date: the file's time, 2026-01-01, a Thursday
    assert (guessed["when"], guessed["value"]) == ("on Monday", "2025-12-29")
    assert guessed["role"] == "day, relative, publication date guessed"
    known = vote(_dated_council(project))
    assert (known["when"], known["value"], known["role"]) == ("2026-03-09", "2026-03-09", "day, relative")


def test_digest_prints_markdown(run) -> None:  # type: ignore[no-untyped-def]
    result = run("digest")
    assert result.exit_code == 0
    assert "## Harbour Bridge closes" in result.output


def test_clean_explain(run, project: Path) -> None:  # type: ignore[no-untyped-def]
    (project / "page.txt").write_text(
        "Home\nWorld\nSport\n\nThe ferry resumed service on Friday after a week of repairs.\n"
    )
    result = run("clean", "page.txt", "--explain")
    assert result.exit_code == 0
    assert "The ferry resumed service on Friday" in result.output
    assert "line 1: drop: 'Home'" in result.output  # file line numbers, with the reason
    assert "Home\n" not in result.output.split("line 1:")[0]


def test_every_command_has_help(run) -> None:  # type: ignore[no-untyped-def]
    for command in ("build", "summarize", "facts", "digest", "clean"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage: " in result.output and "--help" in result.output


def test_summarize_ratio(run) -> None:  # type: ignore[no-untyped-def]
    text = Path("content/harbour-bridge/council.txt").read_text()
    result = run("summarize", "content/harbour-bridge/council.txt", "--ratio", "0.3", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["summary"]
    assert len(rows) >= 1 and sum(len(r["text"].split()) for r in rows) <= 0.3 * len(text.split()) + 30


def test_unknown_algorithm_is_bad_usage(run) -> None:  # type: ignore[no-untyped-def]
    result = run("summarize", "content/chess.txt", "--algorithm", "magic")
    assert result.exit_code == 2 and "news" in result.output


def test_facts_accepts_a_whole_story_folder_glob(run, project: Path) -> None:  # type: ignore[no-untyped-def]
    files = sorted(str(p.relative_to(project)) for p in (project / "content/harbour-bridge").iterdir())
    assert "content/harbour-bridge/story.yaml" in files
    result = run("facts", *files)
    assert result.exit_code == 0, result.output
    assert "€42 million" in result.output and "warning" not in result.output
