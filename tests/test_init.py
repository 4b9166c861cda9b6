"""`briefing init`: a new project that builds at once and publishes with the official Pages actions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from briefing.build import build
from briefing.cli import main
from briefing.config import OPTIONS, Config, load_config
from briefing.model import BriefingError
from briefing.scaffold import init_project


def test_init_then_build_gives_a_site(tmp_path: Path) -> None:
    project = tmp_path / "news"
    written = init_project(project)
    assert [p.relative_to(project).as_posix() for p in written] == [
        "briefing.yaml",
        "content/riverside-library/story.yaml",
        "content/riverside-library/example-gazette.md",
        "content/riverside-library/pasted-radio-report.txt",
        ".gitignore",
        ".github/workflows/pages.yml",
    ]
    result = build(load_config(project=project))
    assert (result.stories, result.articles, result.problems) == (1, 2, ())
    page = (project / "site/stories/riverside-library/index.html").read_text()
    assert "Riverside library reopens after flood repairs" in page
    assert "site/" in (project / ".gitignore").read_text().splitlines()


def test_config_comments_every_option_at_its_default(tmp_path: Path) -> None:
    init_project(tmp_path)
    text = (tmp_path / "briefing.yaml").read_text()
    assert load_config(project=tmp_path) == Config(root=str(tmp_path))  # all commented out
    for key, doc in OPTIONS.items():
        assert f"# {doc}\n# {key}: " in text
    # Uncommenting every option gives a valid file with the same values.
    uncommented = re.sub(rf"^# (({'|'.join(OPTIONS)}): )", r"\1", text, flags=re.MULTILINE)
    assert len(yaml.safe_load(uncommented)) == len(OPTIONS)
    (tmp_path / "briefing.yaml").write_text(uncommented)
    assert load_config(project=tmp_path) == Config(root=str(tmp_path))


def test_workflow_builds_and_deploys_with_the_pages_actions(tmp_path: Path) -> None:
    init_project(tmp_path, package="briefing @ git+https://example.org/briefing.git")
    workflow = yaml.safe_load((tmp_path / ".github/workflows/pages.yml").read_text())
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["env"]["BRIEFING_PACKAGE"] == "briefing @ git+https://example.org/briefing.git"
    build_steps = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in build_steps]
    assert "actions/configure-pages" in uses and "actions/upload-pages-artifact" in uses
    # The site's address comes from configure-pages, so the 404 page and feeds get absolute URLs.
    pages_step = next(step for step in build_steps if step.get("uses", "").startswith("actions/configure-pages"))
    assert pages_step["id"] == "pages"
    assert any(
        step.get("run") == 'briefing build --base-url "${{ steps.pages.outputs.base_url }}/"' for step in build_steps
    )
    assert build_steps[-1]["with"]["path"] == "site"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_init_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "briefing.yaml").write_text("title: Mine\n")
    with pytest.raises(BriefingError, match=r"already has briefing\.yaml"):
        init_project(tmp_path)
    assert (tmp_path / "briefing.yaml").read_text() == "title: Mine\n"
    assert not (tmp_path / "content").exists()


def test_init_command(tmp_path: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["init", str(tmp_path / "news")])
    assert first.exit_code == 0, first.output
    assert f"created {tmp_path / 'news' / 'briefing.yaml'}" in first.output
    again = runner.invoke(main, ["init", str(tmp_path / "news")])
    assert again.exit_code == 1 and "error:" in again.output and "nothing written" in again.output
