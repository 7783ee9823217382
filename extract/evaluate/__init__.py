"""Measuring Dateline against gold data: `python -m extract.evaluate {timeml,timeline} ...`."""
