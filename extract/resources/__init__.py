"""Converters from the event-data field's dictionaries into Dateline's own data tables.

`python -m extract.resources PETRARCH_DICT_DIR` rewrites `data/petrarch2/` from the PETRARCH2 /
Phoenix dictionaries (MIT licence). Only the converter reads the dictionaries; extraction reads the
committed tables.
"""
