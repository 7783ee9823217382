"""The page's placeholders stay still: Streamlit draws a shimmering box (an endless CSS animation) for
each element whose script is still loading, and a browser compositing without a GPU redraws the page
for every frame of it (README, "Speed and memory", eleventh round). The style that stops it must be
the first thing a run sends (it is, in `main()`), so that it reaches the browser before the chart's
placeholder; style-only HTML goes to Streamlit's event container and takes no place on the page."""

import re


def test_a_first_open_stops_the_placeholders_shimmer(app):
    at = app(chart_drawn=False)
    bodies = [e.proto.body for e in at.get("html")]
    assert any(re.search(r"\[data-testid=stSkeleton\][^{]*\{animation: none !important\}", b) for b in bodies)
    assert type(at.main.children[0]).__name__ == "Title"  # nothing drawn above the title


def test_the_style_takes_no_text_on_the_page(app):
    at = app()
    styles = [e.proto.body for e in at.get("html") if "stSkeleton" in e.proto.body]
    assert len(styles) == 1
    assert re.fullmatch(r"<style>[^<]*</style>", styles[0])
