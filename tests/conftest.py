"""Suite-wide fixtures: one throwaway PostgreSQL cluster per test session, a fresh schema per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from tests.postgres import TemporaryCluster


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[str]:
    """The URL of a PostgreSQL cluster started for this test session (stopped and removed after)."""
    try:
        cluster = TemporaryCluster({"fsync": "off"})  # a killed process, not a power cut, is tested
    except FileNotFoundError as missing:
        pytest.skip(str(missing))
    url = cluster.start()
    try:
        yield url
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster) -> Iterator[str]:
    """A URL whose search path is an empty schema of its own: the test starts on a new database."""
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(postgres_cluster, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{postgres_cluster}?options=-csearch_path%3D{schema}"
    from dashboard import store

    store.close()
    with psycopg.connect(postgres_cluster, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
