"""`briefing serve`: a real server on 127.0.0.1 and real file changes, watched with watchfiles."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.config import load_config
from briefing.serve import RELOAD_PATH, DevServer
from tests.conftest import write

WAIT_SECONDS = 20  # watchfiles waits ~1.6 s for changes to settle; the rebuild itself is quick


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=WAIT_SECONDS) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def wait_for(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


@pytest.fixture
def server(project: Path) -> Iterator[tuple[DevServer, list[str]]]:
    """A dev server on a free port, published under a GitHub Pages project path."""
    (project / "briefing.yaml").write_text("title: Harbour Watch\nbase_url: https://me.github.io/harbour/\n")
    messages: list[str] = []
    dev = DevServer(lambda: load_config(project=project), port=0, report=messages.append)
    dev.start()
    yield dev, messages
    dev.stop()


def test_serves_the_site_under_the_project_path(server: tuple[DevServer, list[str]]) -> None:
    dev, _ = server
    assert dev.url.startswith("http://127.0.0.1:") and dev.url.endswith("/harbour/")
    status, home = fetch(dev.url)
    assert status == 200 and "Harbour Bridge closes" in home
    assert RELOAD_PATH in home  # the reload script is added when served…
    assert RELOAD_PATH not in (Path(dev.config.output_dir) / "index.html").read_text()  # …never written
    assert fetch(dev.url + "style.css")[0] == 200
    status, story = fetch(dev.url + "stories/harbour-bridge")  # redirected to the trailing slash
    assert status == 200 and "<h1>Harbour Bridge closes</h1>" in story
    root = dev.url.removesuffix("harbour/")
    assert "Harbour Bridge closes" in fetch(root)[1]  # / redirects to the site path


def test_missing_page_gets_the_404_page(server: tuple[DevServer, list[str]]) -> None:
    dev, _ = server
    status, page = fetch(dev.url + "no/such/page/")
    assert status == 404 and "Page not found" in page
    assert '<base href="/harbour/">' in page
    assert fetch(dev.url.removesuffix("harbour/") + "elsewhere/")[0] == 404


def test_content_change_rebuilds_and_reloads_open_pages(project: Path, server: tuple[DevServer, list[str]]) -> None:
    dev, messages = server
    version = dev.state.version
    answer: list[str] = []
    reload_url = f"{dev.url.removesuffix('/harbour/')}{RELOAD_PATH}?since={version}"
    poll = threading.Thread(target=lambda: answer.append(fetch(reload_url)[1]))
    poll.start()  # what an open page does: wait for the next good build
    write(project, {"content/harbour-bridge/story.yaml": "title: Harbour Bridge reopens early\n"})
    poll.join(timeout=WAIT_SECONDS)
    assert answer == [str(version + 1)]
    assert "<h1>Harbour Bridge reopens early</h1>" in fetch(dev.url + "stories/harbour-bridge/")[1]
    assert any(m.startswith("rebuilt:") for m in messages)


def test_failed_rebuild_keeps_serving_the_last_good_site(project: Path, server: tuple[DevServer, list[str]]) -> None:
    dev, messages = server
    version = dev.state.version
    write(project, {"templates/index.html": "{{ no_such_variable }}"})
    wait_for(lambda: any(m.startswith("error:") for m in messages), "the failed rebuild to be reported")
    assert "index.html" in messages[-1] and "still serving the last good build" in messages[-1]
    assert dev.state.version == version  # open pages are not reloaded into a broken site
    status, home = fetch(dev.url)
    assert status == 200 and "Harbour Bridge closes" in home
    (project / "templates/index.html").unlink()
    wait_for(lambda: dev.state.version > version, "the fixed build")


def test_config_change_is_picked_up(project: Path, server: tuple[DevServer, list[str]]) -> None:
    dev, _ = server
    version = dev.state.version
    (project / "briefing.yaml").write_text("title: Harbour Daily\nbase_url: https://me.github.io/harbour/\n")
    wait_for(lambda: dev.state.version > version, "the rebuild after the config change")
    assert "<title>Harbour Daily</title>" in fetch(dev.url)[1]


def test_serve_command_reports_a_busy_port(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        monkeypatch.chdir(project)
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 1
    assert f"error: cannot serve on 127.0.0.1:{port}" in result.output
