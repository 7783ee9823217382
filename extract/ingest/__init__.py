"""Corpus input: read CSV / JSON Lines, detect the columns, validate rows into articles and problems.

Typical use (the CLI and the dashboard):

    table = read_table(upload_bytes, name="articles.csv")     # IngestError on unusable input
    mapping = detect_columns(table.frame.columns, name=table.name)   # show it, let the user fix it
    prepared = prepare_articles(table.frame, mapping)         # Article records + problems
"""

from extract.ingest.articles import Article, PreparedArticles, prepare_articles, problems_frame
from extract.ingest.columns import ROLES, ColumnMapping, detect_columns
from extract.ingest.dates import parse_publication_date
from extract.ingest.errors import IngestError
from extract.ingest.language import english_share, looks_english
from extract.ingest.limits import MAX_FILE_BYTES, MAX_ROWS, MAX_TEXT_CHARS
from extract.ingest.tables import RawTable, read_table
from extract.ingest.writer import write_table

__all__ = [
    "MAX_FILE_BYTES", "MAX_ROWS", "MAX_TEXT_CHARS", "ROLES", "Article", "ColumnMapping", "IngestError",
    "PreparedArticles", "RawTable", "detect_columns", "english_share", "looks_english",
    "parse_publication_date", "prepare_articles", "problems_frame", "read_table", "write_table",
]
