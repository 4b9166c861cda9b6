from briefing.stories import slugify, unique_slugs


def test_slugs_are_ascii_and_never_paths() -> None:
    assert slugify("Zürich: Brücke gesperrt!") == "zurich-brucke-gesperrt"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("¿¡…!?") == "untitled"
    assert len(slugify("word " * 40)) <= 60


def test_unique_slugs_add_numbers_stably() -> None:
    assert unique_slugs(["Bridge", "bridge", "Bridge!"]) == ["bridge", "bridge-2", "bridge-3"]


def test_loose_articles_on_one_topic_become_one_story(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.build import make_briefing
    from briefing.config import load_config
    from tests.conftest import BRIDGE_A, BRIDGE_B, CHESS_A, write

    write(tmp_path, {"content/a.txt": BRIDGE_A, "content/b.md": BRIDGE_B, "content/c.txt": CHESS_A})
    stories = make_briefing(load_config(project=tmp_path)).stories
    groups = sorted(sorted(a.path for a in s.articles) for s in stories)
    assert groups == [["a.txt", "b.md"], ["c.txt"]]


def test_story_metadata_field_groups_across_folders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefing.build import make_briefing
    from briefing.config import load_config
    from tests.conftest import BRIDGE_A, CHESS_A, write

    write(
        tmp_path,
        {"content/x/a.txt": BRIDGE_A, "content/y.md": "---\nstory: x\n---\n" + CHESS_A},
    )
    (story,) = make_briefing(load_config(project=tmp_path)).stories
    assert sorted(a.path for a in story.articles) == ["x/a.txt", "y.md"]
