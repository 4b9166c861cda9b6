from briefing.stories import slugify, unique_slugs


def test_slugs_are_ascii_and_never_paths() -> None:
    assert slugify("Zürich: Brücke gesperrt!") == "zurich-brucke-gesperrt"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("¿¡…!?") == "untitled"
    assert len(slugify("word " * 40)) <= 60


def test_unique_slugs_add_numbers_stably() -> None:
    assert unique_slugs(["Bridge", "bridge", "Bridge!"]) == ["bridge", "bridge-2", "bridge-3"]
