"""A throwaway PostgreSQL cluster for the test suite and the store benchmark.

`initdb` and `pg_ctl` (Debian's `postgresql` package; `make test` installs it) create a cluster in a
temporary directory and start it on a free loopback port. PostgreSQL refuses to run as root, so under
root the server runs as the `postgres` system user (`runuser`); any other user runs it directly.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

SUPERUSER = "dateline"
DATABASE = "dateline"


def bin_dir() -> Path | None:
    """The folder of initdb/pg_ctl: DATELINE_PG_BIN, else the newest /usr/lib/postgresql/N/bin, else PATH."""
    if os.environ.get("DATELINE_PG_BIN"):
        return Path(os.environ["DATELINE_PG_BIN"])
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class TemporaryCluster:
    """A PostgreSQL cluster in a temporary directory; `start()` returns its URL, `stop()` removes it."""

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        self.bin = bin_dir()
        if self.bin is None or not (self.bin / "initdb").exists():
            raise FileNotFoundError("initdb not found: install Debian's postgresql package (make test does)")
        self.settings = {"listen_addresses": "127.0.0.1", **(settings or {})}
        self.root = Path(tempfile.mkdtemp(prefix="dateline-pg-"))
        self.port = _free_port()
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)

    @property
    def url(self) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{DATABASE}"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, cwd=self.root)

    def start(self) -> str:
        data = self.root / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = " ".join(f"-c {key}={value}" for key, value in self.settings.items())
        options += f" -p {self.port} -c unix_socket_directories={self.root}"
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.root / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")
        with psycopg.connect(self.url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {DATABASE}")
        return self.url

    def stop(self) -> None:
        try:
            data = str(self.root / "data")
            self._run(str(self.bin / "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
