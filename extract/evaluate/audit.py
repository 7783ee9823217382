"""`python -m extract.evaluate audit STORIES.jsonl AUDIT.tsv`: a precision audit judged by hand.

The events of every story are extracted (through `extract_articles`, cleaning included) and a fixed
sample is drawn: the N rows with the smallest seeded hash of their event_id. A row the system still
outputs is drawn again after a change, so judgments carry over; a new or changed row is drawn with
its judgments empty. AUDIT.tsv holds, per drawn row, what the system said and the hand judgments:

  real_event  yes/no: a real event an analyst would code (not a state, attitude or background)
  ok_trigger, ok_type, ok_actors, ok_attribution, ok_date  yes/no each (judged for real events)

How rows were judged (a careful analyst coding events by hand; PLOVER and ACLED codebooks):
statements and acts of political actors (governments, officials, organisations, armed groups) are
events; what analysts, academics, lawyers or private persons say or think is not; states, habits,
background mentions ("the war"), hypotheticals and predictions are not; a planned event is. Dates
are right when the interval contains the day the story says the event happened (an undated
statement: on or shortly before publication).

A judgment counts only while the row's output is the one judged (the columns in SHOWN). With
`--write` the file is rewritten with the current draw (kept judgments, empty cells to fill);
without it the command reports the shares over the judged rows.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from extract.corpus import extract_articles
from extract.evaluate.stories import read_stories
from extract.schema import join_list

SHOWN = ("event_id", "doc_id", "sentence", "trigger", "event_type", "mode", "actors", "targets",
         "attributed_to", "date_start", "date_end", "time_text")
FIELDS = ("ok_trigger", "ok_type", "ok_actors", "ok_attribution", "ok_date")
JUDGED = ("real_event", *FIELDS, "note")
DEFAULT_SEED = "dateline-audit-1"


def events_of(stories_path: Path) -> pd.DataFrame:
    """The events table of every story in a JSON Lines file, list cells joined as in CSV."""
    stories, _ = read_stories(stories_path)
    frame = pd.DataFrame([{"id": s.id, "title": s.title, "url": s.url, "published": s.published_raw,
                           "text": s.text} for s in stories])
    events = extract_articles(frame).events
    for column in ("actors", "targets", "attributed_to"):
        if column in events:  # (an older engine, measured for the "before" figures, lacks attributed_to)
            events[column] = events[column].map(join_list)
    return events.reindex(columns=list(SHOWN), fill_value="")


def draw(events: pd.DataFrame, size: int, seed: str = DEFAULT_SEED) -> pd.DataFrame:
    """The `size` rows with the smallest sha1(seed + event_id), in that order."""
    keys = events["event_id"].map(lambda e: hashlib.sha1(f"{seed}|{e}".encode()).hexdigest())
    chosen = events.assign(_key=keys).sort_values("_key").head(size)
    return chosen[list(SHOWN)].astype(str).reset_index(drop=True)


def read_audit(path: Path) -> pd.DataFrame:
    """The audit table (empty with its columns when the file does not exist yet)."""
    if not path.exists():
        return pd.DataFrame(columns=[*SHOWN, *JUDGED])
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return pd.DataFrame([dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:] if line],
                        columns=header).fillna("")


def write_audit(audit: pd.DataFrame, path: Path) -> None:
    """Tab-separated, one row a line, cells as they are (they hold no tabs or line breaks)."""
    lines = ["\t".join(audit.columns)] + ["\t".join(map(str, row)) for row in audit.itertuples(index=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def carry_over(drawn: pd.DataFrame, judged: pd.DataFrame) -> pd.DataFrame:
    """The drawn rows with the judgments of identical earlier rows (empty for new or changed rows)."""
    known = {tuple(row[c] for c in SHOWN): row for row in judged.to_dict("records")}
    rows = []
    for row in drawn.to_dict("records"):
        row = {k: " ".join(str(v).split()) for k, v in row.items()}  # no tabs or breaks in a TSV cell
        earlier = known.get(tuple(row[c] for c in SHOWN), {})
        rows.append({**row, **{c: earlier.get(c, "") for c in JUDGED}})
    return pd.DataFrame(rows, columns=[*SHOWN, *JUDGED])


def shares(audit: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """(yes, out of) for: real events among judged rows, fully right among judged rows, and each
    field among the real events."""
    judged = audit[audit["real_event"].isin(["yes", "no"])]
    real = judged[judged["real_event"] == "yes"]
    right = real[list(FIELDS)].eq("yes").all(axis=1)
    found = {"real event": (len(real), len(judged)), "fully right": (int(right.sum()), len(judged))}
    for field in FIELDS:
        found[field] = (int(real[field].eq("yes").sum()), len(real))
    return found


def report(audit: pd.DataFrame) -> str:
    lines = [f"rows drawn: {len(audit)}; judged: {int(audit['real_event'].isin(['yes', 'no']).sum())}"]
    for name, (yes, total) in shares(audit).items():
        lines.append(f"{name:<12} {yes / total if total else 0:.2f} ({yes}/{total})")
    return "\n".join(lines)


def main(stories: Path | None, audit_path: Path, size: int = 100, write: bool = False,
         seed: str = DEFAULT_SEED) -> int:
    """Draw, carry judgments over, report (and rewrite the file with --write); with no stories, only
    report the table as it is (an audit of an earlier engine)."""
    if stories is None:
        print(report(read_audit(audit_path)))
        return 0
    audit = carry_over(draw(events_of(stories), size, seed), read_audit(audit_path))
    if write:
        write_audit(audit, audit_path)
    print(report(audit))
    return 0
