"""Dateline's dashboard: per-actor timelines in the browser (Streamlit app in `app.py`)."""
