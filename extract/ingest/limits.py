"""Input limits, named so the CLI, the dashboard and the docs state the same numbers."""

from __future__ import annotations

MAX_FILE_BYTES = 200 * 1024 * 1024  # one input file; bigger corpora are split
MAX_ROWS = 100_000  # data rows in one file
MAX_TEXT_CHARS = 100_000  # one article (about 16,000 words); longer texts are skipped
PROBLEMS_SHOWN = 10  # problems the command line prints on stderr when no --problems file is given

# Language check: a text counts as English when at least this share of its alphabetic words are
# English stop words. The 89 VOA benchmark stories score 0.36-0.54; one-paragraph news texts in
# French, German, Spanish, Italian and Dutch (tests/ingest/test_language.py) score 0.00-0.11.
ENGLISH_STOP_SHARE = 0.22
# Texts with fewer alphabetic words than this are too short to judge and pass the check (a
# 13-word English headline can hold only 2 stop words).
MIN_WORDS_FOR_LANGUAGE = 20
