"""Every user-facing message of the dashboard, with its code, in one place.

Codes: D1xx data in, D2xx limits, D3xx shareable link / view state, D4xx store, D5xx extraction.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "D101": "Row {row}, column '{column}': {reason}",
    "D102": "The file is not valid UTF-8 text (byte {position}); save it as UTF-8 and upload it again.",
    "D103": "The file has no header row; the first line must name the columns.",
    "D104": "Line {row}: not a JSON object ({reason}).",
    "D105": "No column holds the article text; choose it in 'Text column'.",
    "D106": "Row {row}: the text is empty, the row was skipped.",
    "D107": "Row {row}, column '{column}': '{value}' is not a date; the publication date was left empty.",
    "D108": "Row {row}, column '{column}': {reason}",
    "D109": "Unsupported file type '{suffix}': upload a .csv, .jsonl or .json file.",
    "D110": "The pasted article is empty.",
    "D201": "The file is {size_mb:.1f} MB; the limit is {limit_mb} MB.",
    "D202": "The file has {rows:,} rows; the limit is {limit:,} rows. Split it and upload the parts.",
    "D301": "The dataset in the link ({value}) is not a valid dataset id; showing the sample instead.",
    "D302": "No dataset with id {value} is stored on this server; showing the sample instead.",
    "D303": "The link's '{key}' value '{value}' is not valid ({reason}); the default was used.",
    "D305": "The link's parameter '{key}' is not known; it was ignored.",
    "D304": "The link names {kind} not in this dataset: {values}; they were ignored.",
    "D401": "The dataset could not be stored: {reason}",
    "D501": "Extraction failed for the whole file: {reason}",
    "D502": "The sample corpus {path} is missing; upload a file of articles to start.",
}


def message(code: str, **fields: object) -> str:
    """The text of message `code` with its fields filled in, prefixed by the code."""
    return f"{code}: " + MESSAGES[code].format(**fields)
