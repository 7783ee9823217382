"""When each dataset was last stored (`saved`): storing a dataset again (the same file uploaded again,
the sample re-extracted) moves it to the top of the "Recent datasets" list and restarts its age for
`python -m dashboard.admin prune`; `created` keeps the first time.
"""

SQLITE = [
    "ALTER TABLE datasets ADD COLUMN saved TEXT",
    "UPDATE datasets SET saved = created",
    "CREATE INDEX IF NOT EXISTS datasets_saved ON datasets (saved)",
]

POSTGRESQL = [
    "ALTER TABLE datasets ADD COLUMN saved TIMESTAMPTZ",
    "UPDATE datasets SET saved = created",
    "ALTER TABLE datasets ALTER COLUMN saved SET NOT NULL",
    "ALTER TABLE datasets ALTER COLUMN saved SET DEFAULT now()",
    "CREATE INDEX datasets_saved ON datasets (saved)",
]
