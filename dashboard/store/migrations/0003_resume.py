"""What a cancelled extraction needs to continue, kept with the partial dataset it stored (`resume`):
the articles, the column mapping and reading problems, the run's options, and the rows and problems
found so far, as gzip-compressed JSON (`dashboard/resume.py`), with the job's name and articles done
of total for the page's button (read on every page run, without the state). A page that opens the
partial dataset, in any browser session, offers to resume; the record goes with its dataset.
"""

SQLITE = [
    "CREATE TABLE IF NOT EXISTS resume (dataset_id TEXT PRIMARY KEY, name TEXT NOT NULL, "
    "done INTEGER NOT NULL, total INTEGER NOT NULL, state BLOB NOT NULL)",
]

POSTGRESQL = [
    "CREATE TABLE resume (dataset_id TEXT PRIMARY KEY REFERENCES datasets (id) ON DELETE CASCADE, "
    "name TEXT NOT NULL, done INTEGER NOT NULL, total INTEGER NOT NULL, state BYTEA NOT NULL)",
]
