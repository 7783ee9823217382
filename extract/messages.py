"""User-facing messages with codes, in one place so tests can assert them and users can look them up.

A flat table: one `Ennn = "..."` per message, `str.format` fields in braces. Codes E1xx belong to
corpus input, `extract_articles` and the command line; E3xx to the events layer's data tables; E4xx
to the temporal rules; EVnnn (in `EVALUATION`) to the evaluation commands; RS001 to the dictionary
converter (`python -m extract.resources`). The dashboard's own
messages (Dnnn) are in `dashboard/messages.py`.
"""

from __future__ import annotations

# The dictionary converter: the folder given lacks files it needs.
RS001 = "RS001: {folder} lacks {missing}"

# Whole-file errors (the input cannot be used at all).
E101 = "E101: cannot read {name}: {reason}"
E102 = "E102: {name} has no text column; columns found: {columns}. Name one with --text-column"
E103 = (
    "E103: {name}: file type '{suffix}' is not supported; "
    "use .csv, .tsv, .jsonl, .json, .parquet, .md, .html, .pdf or .docx"
)
E104 = "E104: {name} is {size:,} bytes; the limit is {limit:,} bytes. Split the file"
E105 = "E105: {name} has {rows:,} data rows; the limit is {limit:,} rows. Split the file"
E106 = "E106: {where} is not a JSON object ({reason}); row skipped"
E107 = "E107: {name} has no data rows"
E108 = "E108: column '{column}' (given for {role}) is not in {name}; columns found: {columns}"
E109 = "E109: {name} looks like a binary file, not text; export it as CSV or JSON Lines"
E110 = "E110: no usable article in {name}: all {rows} rows have problems"
E112 = "E112: cannot write {name}: {reason}"
E113 = "E113: cannot write {name}: file type '{suffix}' is not supported; use .csv, .jsonl or .parquet"
E111 = "E111: {where} has {count} more fields than the header; the extra fields ({extra}) are ignored"
E114 = "E114: {name}: the front matter between '---' lines is not read ({reason}); it stays in the text"
E115 = "E115: --published '{value}' is not a date; write it as YYYY-MM-DD"
E116 = (
    "E116: {name}: no article found in the page (menus, links and short blocks only); its whole text "
    "is read instead, so check the events of this page"
)
E149 = "E149: {name}: cannot read the document: {reason}"
E150 = (
    "E150: {name}: the PDF has no text layer (a scanned page?); nothing to read. Run OCR on it first "
    "or paste its text"
)
E151 = "E151: cannot fetch {url}: {reason}"
E152 = "E152: a URL is read alone: give one URL per run, or save the pages and give the files"

# Corpus runs (several files, Parquet datasets, Dask clusters: extract/bulk/).
E140 = "E140: no input file matched {spec}"
E141 = (
    "E141: {name} already holds a run of other inputs or settings ({difference}); "
    "write to a new output, or run again with the same inputs and settings"
)
E142 = (
    "E142: {name} already holds finished partitions; add --resume to continue that run, "
    "or use a new output"
)
E143 = "E143: --resume needs a Parquet output (-o EVENTS.parquet); {name} is written only at the end"
E144 = "E144: {where}: its worker process was lost repeatedly ({error}); row skipped, the other rows went on"
E145 = "E145: cannot reach the Dask scheduler at {address}: {reason}"
E146 = "E146: {name} is a file; a Parquet output is a directory of part files. Choose another name"
E147 = (
    "E147: the Dask workers {workers} run {threads} threads each; Dateline's workers share one spaCy "
    "pipeline per process and need one thread: start them with `dask worker ADDRESS --nthreads 1` "
    "(more processes with --nworkers N)"
)
E148 = "E148: date order '{value}' not understood; use day-first or month-first"

# Per-row problems (the row is skipped, or used with the caveat the message states).
E121 = "E121: {where}: text is empty; row skipped"
E122 = (
    "E122: {where}: publication date '{value}' not understood; row used without a date, "
    "so its relative times ('yesterday', 'last week') stay unresolved"
)
E123 = (
    "E123: {where}: publication date is empty; row used without a date, "
    "so its relative times stay unresolved"
)
E124 = (
    "E124: {where}: text does not look like English ({share:.0%} English stop words among "
    "{words} words; at least {threshold:.0%} expected); row skipped"
)
E125 = "E125: {where}: text has {length:,} characters; the limit is {limit:,}; row skipped"
E126 = "E126: {where}: id '{value}' already used by {first}; renamed to '{new}'"
E127 = "E127: {where}: extraction failed ({error}); row skipped, the other rows went on"
E128 = (
    "E128: no publication-date column among {columns}; all rows used without a date, so relative "
    "times stay unresolved. Name one with --date-column"
)
E129 = "E129: {where}: text has no id and the same text as {first}; id set to '{new}'"
E130 = "E130: {path} row {row}: {problem}"
E131 = (
    "E131: {where}: publication date is empty; the date of the story's wire dateline ('{date}') is "
    "used instead"
)


# Events layer data tables (E3xx).
E301 = "E301: {path}: missing column(s) {missing}; expected a tab-separated header with {expected}"
E302 = "E302: {path} row {row}, column {column}: {problem}"
E303 = "E303: {path}: file not found; the events layer needs its data tables (see data/actors/README.md)"
E304 = "E304: published must be a date or an ISO date string (YYYY-MM-DD), got {value!r}"

# Story linking settings (data/linking/evidence.toml).
E320 = "E320: {path}: {problem}"

# Evaluation commands (python -m extract.evaluate): each names the file and, where known, line and column.
# Temporal rules (extract/rules/timex/rules.toml) that cannot work: raised when the rules load.
E401 = "E401: rule '{rule}' names recipe '{recipe}', which does not exist; recipes: {known}"
E402 = "E402: rule '{rule}' gives recipe '{recipe}' {got} argument(s); it takes {fewest} to {most}"
E403 = (
    "E403: rule '{rule}': argument '{arg}' of recipe '{recipe}' is neither a group of its pattern nor a "
    "literal (a number, a CODE, a unit, a direction or today/yesterday/tomorrow/none)"
)
E404 = "E404: rule '{rule}' declares flag '{flag}', which does not exist; flags: {known}"

EVALUATION: dict[str, str] = {
    "EV001": "{path}: not well-formed XML at line {line}, column {column}: {detail}",
    "EV002": "{path}: no <TEXT> element; the document is skipped",
    "EV003": "{path}: no TIMEX3 with functionInDocument=\"CREATION_TIME\"; scored without a DCT",
    "EV004": "{path}: creation time value {value!r} is not a calendar date; scored without a DCT",
    "EV005": "{path}: no *.tml files found",
    "EV006": "{path}: not a directory",
    "EV007": "{path}, line {line}: expected ORDER<TAB>DATE<TAB>DOC-SENTENCE-WORD, got {got!r}",
    "EV008": "{path}, line {line}: event mention {got!r} is not DOCID-SENTENCE-WORD",
    "EV009": "{path}: empty gold timeline (no entity name on line 1)",
    "EV010": "{path}: no *.txt gold timelines found",
    "EV011": "{path}, line {line}: date {got!r} is not YYYY-MM-DD, YYYY-MM, YYYY or XXXX-XX-XX",
    "EV012": "{path}: <TEXT> has no <s id=...> sentences; the document is skipped",
    "EV013": "{path}, line {line}: not valid JSON: {detail}",
    "EV014": "{path}, line {line}: missing field {field!r}",
    "EV015": "{path}, line {line}: published {got!r} is not a date; the story is used without one",
    "EV016": "{doc}: the system failed on this document ({detail}); scored as empty output",
    "EV017": "{doc}, event row {row}: sentence_start {got!r} is not an offset into the text; not scored",
    "EV018": "{path}: no *.tml documents found",
    "EV019": "{doc}: the events table lacks column(s) {columns}; scored as empty output",
    "EV020": "--limit must be a whole number of at least 1, got {got!r}",
    "EV021": "{path}: not a PLOVER gold-records file ({detail})",
    "EV041": "{path}: not found; ECB+ scoring needs the list of selected sentences",
    "EV042": "{path}: no ECB+ documents (*/*.xml) found",
}
