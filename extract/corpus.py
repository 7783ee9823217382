"""extract_articles: a whole corpus of articles to one events table. (Interface; being built.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from extract.schema import EVENT_COLUMNS, PROBLEM_COLUMNS


@dataclass
class ExtractionResult:
    events: pd.DataFrame
    problems: pd.DataFrame


def extract_articles(
    articles: pd.DataFrame, progress: Callable[[int, int], None] | None = None
) -> ExtractionResult:
    """Extract the events of every article; rows that cannot be used are reported in `problems`."""
    return ExtractionResult(pd.DataFrame(columns=list(EVENT_COLUMNS)), pd.DataFrame(columns=list(PROBLEM_COLUMNS)))
