"""Helpers of the AppTest tests (not fixtures): wait for a background extraction, read the page."""

from __future__ import annotations

JOB_SECONDS = 180


def finish_extraction(at, seconds: float = JOB_SECONDS):
    """Wait for the session's extraction job (a worker thread), then rerun the page as the poller does."""
    job = at.session_state["job"] if "job" in at.session_state else None
    if job is not None:
        assert job.wait(seconds), f"the extraction did not finish within {seconds} s"
    return at.run()


def table(at):
    """The events table on the page."""
    return at.dataframe[0].value


def codes(elements) -> list[str]:
    """The message codes of warnings / errors / infos."""
    return [e.value.split(":")[0] for e in elements]
