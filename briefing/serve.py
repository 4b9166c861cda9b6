"""`briefing serve`: build, serve the site on 127.0.0.1, rebuild on change, reload the open page.

The site is served under the path of `base_url` (`/REPO/` for a GitHub Pages project site),
as Pages would, so the 404 page and every link behave as they will when published. Missing
files get `404.html` with status 404, as on Pages.

Live reload: each HTML page is sent with a small script that long-polls `RELOAD_PATH`; the
server answers when a rebuild succeeds and the page reloads itself. The files on disk never
contain that script. A failed rebuild is reported and the last good site stays up: the
build writes a complete new folder before it swaps it in.

Nothing here prints: events go to the `report` callback the CLI passes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from briefing.config import CONFIG_FILE, Config
from briefing.model import BriefingError, BuildResult

RELOAD_PATH = "/__briefing__/reload"
POLL_SECONDS = 25.0  # how long one reload request waits before the page asks again

# Kept tiny and dependency-free; `{version}` is the build the page was served from.
RELOAD_SCRIPT = """<script>
(async () => {{
  let seen = {version};
  for (;;) {{
    try {{
      const answer = await fetch("{path}?since=" + seen, {{ cache: "no-store" }});
      const version = Number(await answer.text());
      if (version !== seen) {{ location.reload(); return; }}
    }} catch {{ await new Promise((wake) => setTimeout(wake, 1000)); }}
  }}
}})();
</script>
"""


class BuildState:
    """The number of the last good build, and a way to wait until it changes."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.version = 0

    def bump(self) -> None:
        with self._changed:
            self.version += 1
            self._changed.notify_all()

    def wait(self, seen: int, timeout: float) -> int:
        """The current version, as soon as it differs from `seen` (or after `timeout`)."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen, timeout=timeout)
            return self.version


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves `directory` under `prefix`; injects the reload script into HTML when `state` is set."""

    prefix = "/"
    state: BuildState | None = None

    def translate_path(self, path: str) -> str:
        """The file for a URL path under `prefix` (do_GET turns other paths away first)."""
        route = urlsplit(path).path
        return super().translate_path("/" + route[len(self.prefix) :])

    def do_GET(self) -> None:
        route = urlsplit(self.path).path
        if self.state is not None and route == RELOAD_PATH:
            return self._reload()
        if route + "/" == self.prefix or (route == "/" and self.prefix != "/"):
            return self._redirect(self.prefix)
        if not route.startswith(self.prefix):
            return self.send_error(HTTPStatus.NOT_FOUND)
        target = Path(self.translate_path(self.path))
        if target.is_dir() and route.endswith("/"):
            target = target / "index.html"
        if self.state is not None and target.suffix == ".html" and target.is_file():
            return self._send_html(target.read_bytes(), HTTPStatus.OK)
        return super().do_GET()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing page gets the site's own 404.html, as on GitHub Pages."""
        page = Path(self.directory) / "404.html"
        if code == HTTPStatus.NOT_FOUND and page.is_file():
            return self._send_html(page.read_bytes(), HTTPStatus.NOT_FOUND)
        return super().send_error(code, message, explain)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a reload must fetch the new build
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the CLI decides what to print."""

    def _send_html(self, body: bytes, status: HTTPStatus) -> None:
        if self.state is not None:
            script = RELOAD_SCRIPT.format(version=self.state.version, path=RELOAD_PATH).encode()
            body = body.replace(b"</body>", script + b"</body>", 1)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _reload(self) -> None:
        assert self.state is not None
        since = parse_qs(urlsplit(self.path).query).get("since", ["0"])[0]
        seen = int(since) if since.isdigit() else 0
        body = str(self.state.wait(seen, POLL_SECONDS)).encode()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True  # open long-polls must not keep the process alive


def make_server(
    directory: Path, prefix: str = "/", host: str = "127.0.0.1", port: int = 0, state: BuildState | None = None
) -> SiteServer:
    """An HTTP server for a built site under `prefix` ('/' or '/REPO/'); port 0 picks a free port."""
    handler = type("Handler", (SiteHandler,), {"prefix": prefix, "state": state})
    return SiteServer((host, port), partial(handler, directory=str(directory)))


def site_prefix(config: Config) -> str:
    """The path the site is published under, taken from base_url ('/' without one)."""
    from briefing.render import site_path

    return site_path(config.base_url)


class DevServer:
    """Build, serve and watch. `load` re-reads the config on each build, so edits to it apply
    (except the address: a new port, output folder or base_url path needs a restart)."""

    def __init__(
        self,
        load: Callable[[], Config],
        port: int = 8000,
        host: str = "127.0.0.1",
        report: Callable[[str], None] = lambda message: None,
    ) -> None:
        self.load = load
        self.report = report
        self.state = BuildState()
        self.config = load()
        self.prefix = site_prefix(self.config)
        try:
            self.server = make_server(self.config.output_dir, self.prefix, host=host, port=port, state=self.state)
        except OSError as error:
            raise BriefingError(f"cannot serve on {host}:{port}: {error.strerror or error}") from None
        self._stop = threading.Event()
        self._watching = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{self.prefix}"

    def start(self) -> BuildResult:
        """The first build (its errors are the caller's), then serving and watching in threads."""
        try:
            result = self._build()
        except BaseException:
            self.server.server_close()
            raise
        for target in (self.server.serve_forever, self._watch):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)
        self._watching.wait(timeout=10)  # so that a change made right after start() is seen
        return result

    def rebuild(self) -> bool:
        """Build again; on failure report it and keep serving the last good site."""
        try:
            self.config = self.load()
            result = self._build()
        except BriefingError as error:
            self.report(f"error: {error} (still serving the last good build)")
            return False
        except Exception as error:  # a bug in a stage must not take the server down with it
            self.report(f"error: {type(error).__name__}: {error} (still serving the last good build)")
            return False
        stories = f"{result.stories} {'story' if result.stories == 1 else 'stories'}"
        self.report(f"rebuilt: {stories}, {result.articles} article{'' if result.articles == 1 else 's'}; reloading")
        return True

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _build(self) -> BuildResult:
        from briefing.build import build

        result = build(self.config)
        for problem in result.problems:
            self.report(f"warning: {problem}")
        self.state.bump()
        return result

    def _watch(self) -> None:
        from watchfiles import DefaultFilter, watch

        config = self.config
        root = Path(config.root).resolve()
        scopes = (config.content_dir.resolve(), root / "templates")
        config_file = root / CONFIG_FILE
        default = DefaultFilter()

        def relevant(change: object, path: str) -> bool:
            file = Path(path)
            # A new folder counts too: a file written into it at once may land before its watch does.
            inside = any(file == scope or scope in file.parents for scope in scopes)
            return default(change, path) and (file == config_file or inside)

        roots = [str(root)] if root in scopes[0].parents else [str(root), str(scopes[0])]
        # yield_on_timeout: the first (empty) yield says the watcher is set up.
        changes_seen = watch(
            *roots, watch_filter=relevant, stop_event=self._stop, rust_timeout=200, yield_on_timeout=True
        )
        for changes in changes_seen:
            self._watching.set()
            if changes:
                self.rebuild()
