"""One article fetched from its URL: a web page, a PDF or a Word file read as if saved to disk.

Analysts mostly hold a story as a link. The page is fetched with requests (a time limit, the
single-file size limit, redirects followed) and read by the reader its content type names
(`webpage.py`, `pdf.py`, `word.py`); the row's `url` is the address the page came from when the page
names none. Anything that stops the fetch — a malformed address, no connection, an HTTP error, a
type that is no article — is one coded error naming the URL (E151), never a stack trace.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import requests

from extract import messages
from extract.ingest.errors import IngestError
from extract.ingest.limits import MAX_FILE_BYTES
from extract.ingest.tables import RawTable, read_table

URL = re.compile(r"https?://\S+", re.I)
FETCH_TIMEOUT_S = 20
USER_AGENT = "Dateline/1.0 (news event timelines; one page per request)"
# Content types → the suffix whose reader takes the body.
SUFFIX_OF_TYPE = {"text/html": ".html", "application/xhtml+xml": ".html", "application/pdf": ".pdf",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def is_url(text: str) -> bool:
    """An http(s) address (what the CLI and the app fetch) rather than a file name."""
    return bool(URL.fullmatch(text.strip()))


def read_url(url: str, timeout: float = FETCH_TIMEOUT_S) -> RawTable:
    """The article at `url` as a one-row table; IngestError (E151) when it cannot be fetched or read."""
    url = url.strip()
    data, final_url, suffix = fetch(url, timeout)
    table = read_table(data, name=_file_name(final_url, suffix))
    if "url" not in table.frame or not str(table.frame["url"].iloc[0]).strip():
        table.frame["url"] = final_url
    return table


def fetch(url: str, timeout: float = FETCH_TIMEOUT_S) -> tuple[bytes, str, str]:
    """(body, the URL after redirects, the reader's suffix); IngestError (E151) naming the reason."""
    if not is_url(url):
        raise _failed(url, "it is not an http:// or https:// address")
    try:
        with requests.get(url, timeout=timeout, stream=True, headers={"User-Agent": USER_AGENT}) as response:
            if response.status_code >= 400:
                raise _failed(url, f"the server answered HTTP {response.status_code} {response.reason}")
            suffix = _suffix(response.headers.get("Content-Type", ""), response.url)
            if suffix is None:
                kind = response.headers.get("Content-Type", "unknown").split(";")[0]
                raise _failed(url, f"its content type '{kind}' is not a web page, PDF or Word file")
            return _body(response, url), response.url, suffix
    except requests.RequestException as err:
        raise _failed(url, _reason(err)) from err


def _body(response: requests.Response, url: str) -> bytes:
    data = bytearray()  # appended in place: `bytes +=` would copy the whole body for every chunk
    for chunk in response.iter_content(1 << 16):
        data += chunk
        if len(data) > MAX_FILE_BYTES:
            raise _failed(url, f"it is larger than {MAX_FILE_BYTES:,} bytes")
    return bytes(data)


def _suffix(content_type: str, url: str) -> str | None:
    kind = content_type.split(";")[0].strip().lower()
    if kind in SUFFIX_OF_TYPE:
        return SUFFIX_OF_TYPE[kind]
    path_suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    generic = kind in ("", "application/octet-stream", "binary/octet-stream")
    return path_suffix if generic and path_suffix in set(SUFFIX_OF_TYPE.values()) else None


def _file_name(url: str, suffix: str) -> str:
    """A file name for messages and the row's id: the URL's last path segment, with the reader's suffix."""
    parts = urlsplit(url)
    stem = PurePosixPath(parts.path).stem or parts.hostname or "page"
    return stem + suffix


def _reason(err: requests.RequestException) -> str:
    if isinstance(err, requests.Timeout):
        return "no answer within the time limit"
    if isinstance(err, requests.ConnectionError):
        return "the server cannot be reached"
    return f"the request failed ({type(err).__name__})"


def _failed(url: str, reason: str) -> IngestError:
    return IngestError(messages.E151.format(url=url, reason=reason))
