"""Non-English paragraphs shared by the ingest tests (our own sentences)."""

FRENCH = (
    "Le Premier ministre israélien a rencontré mardi à Washington le président américain pour discuter "
    "du cessez-le-feu à Gaza et de la libération des otages détenus par le Hamas depuis octobre."
)
GERMAN = (
    "Der israelische Ministerpräsident traf sich am Dienstag in Washington mit dem amerikanischen "
    "Präsidenten, um über die Waffenruhe im Gazastreifen und die Freilassung der Geiseln zu sprechen."
)
