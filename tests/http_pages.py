"""A real HTTP server on localhost serving fixed pages, for the tests of fetching an article by URL."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = tuple[int, str, bytes, dict[str, str]]  # status, content type, body, extra headers
SLOW_PATH = "/slow"  # answers after SLOW_SECONDS, for the time-limit test
SLOW_SECONDS = 3


@contextmanager
def serving(routes: dict[str, Route]) -> Iterator[str]:
    """Serve `routes` (path → route; unknown paths are 404) and yield the server's base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            if self.path == SLOW_PATH:
                time.sleep(SLOW_SECONDS)
            status, kind, body, headers = routes.get(self.path, (404, "text/html", b"<h1>Not found</h1>", {}))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
