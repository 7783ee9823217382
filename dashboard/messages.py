"""Every user-facing message of the dashboard, with its code, in one place.

Codes: D1xx data in, D2xx limits, D3xx shareable link / view state, D4xx store, D5xx extraction,
D6xx the timeline.
Problems with single input rows are reported by `extract.ingest` with its own E1xx codes.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "D105": "No column holds the article text; choose it in 'Text column'.",
    "D106": "{name} cannot be read as Parquet: {reason}",
    "D107": "No publication-date column was recognised: dates written in full are resolved, relative ones "
            "('on Tuesday', 'last week') will stay unresolved. "
            "Choose the 'Published column' if the file has one, or give a publication date below.",
    "D108": "Used for articles with no publication date (no date column, an empty cell, a Markdown file "
            "without front matter), so their relative times ('last week', 'on Tuesday') resolve. Dates "
            "the articles carry win.",
    "D110": "The pasted article is empty.",
    "D111": "{name} cannot be read as a zipped corpus dataset (the folder `python -m extract` writes with "
            "-o EVENTS.parquet, zipped): {reason}",
    "D112": "Its stories are not linked (a run made with --no-link): they are linked when you open it, in "
            "the background; the page stays usable meanwhile.",
    "D201": "The file is {size_mb:.1f} MB; the limit is {limit_mb} MB.",
    "D202": "The file has {rows:,} rows; the limit is {limit:,} rows. Split it and upload the parts.",
    "D301": "The dataset in the link ({value}) is not a valid dataset id; showing the sample instead.",
    "D302": "No dataset with id {value} is stored on this server; showing the sample instead.",
    "D303": "The link's '{key}' value '{value}' is not valid ({reason}); the default was used.",
    "D304": "The link names {kind} not in this dataset: {values}; they were ignored.",
    "D305": "The link's parameter '{key}' is not known; it was ignored.",
    "D306": "The link has {count} '{key}' values; the last one ({value}) is used.",
    "D307": "The link's event {value} is not in this dataset; no details are open.",
    "D308": "This link is {length:,} characters long; servers and browsers may refuse links over {limit:,}. "
            "Narrow the choice of actors or sources to shorten it.",
    "D401": "The dataset could not be stored: {reason}",
    "D403": "DATELINE_DATABASE_URL must start with postgresql:// (it starts with {value}).",
    "D404": "No dataset with id {value} is stored on this server.",
    "D405": "'{value}' is not an age: write a number and d (days), w (weeks) or h (hours), e.g. 90d.",
    "D410": "Two store migrations have version {version}: {name}.",
    "D501": "Extraction failed for the whole file: {reason}",
    "D502": "No sample corpus at {path}; showing a synthetic demo table instead.",
    "D503": "The sample {name} gave no events; showing a synthetic demo table instead.",
    "D504": "Nothing usable in {name}: {reasons} The current view is kept.",
    "D505": "Extraction of {name} cancelled after {done} of {total} articles: the events of those {done} "
            "are stored and shown as a dataset of their own; 'Resume extraction' extracts the other "
            "articles and stores the whole file as one dataset (offered whenever this dataset is opened, "
            "after a reload or from its link too).",
    "D506": "{name} has no publication-date column: relative times ('on Tuesday', 'last week') stayed "
            "unresolved. If the file has one, choose it as 'Published column' under Load data and "
            "extract again.",
    "D507": "An extraction is already running ({name}); wait for it or cancel it first.",
    "D508": "Extraction of {name} cancelled after {done} of {total} articles, before any event was found; "
            "nothing was stored and the current view is kept.",
    "D601": "No events match these filters. Clear a filter (or widen the dates) to see events again.",
    "D602": "No dated events match these filters ({undated} without a resolved date are in the table below).",
    "D603": "This event is not in the current view: the filters leave it out, so it is neither on the "
            "timeline nor in the table. Clear a filter to see it there.",
    "D604": "This event lies outside the time window ({start} – {end}); choose 'all' (or another window) "
            "to see it on the timeline.",
    "D605": "The table of these {rows} appears as soon as the timeline is drawn.",
}


def message(code: str, **fields: object) -> str:
    """The text of message `code` with its fields filled in, prefixed by the code."""
    return f"{code}: " + MESSAGES[code].format(**fields)
