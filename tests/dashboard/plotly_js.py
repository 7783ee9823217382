"""JavaScript run in the page (Playwright `page.evaluate`) to find timeline points; one copy for the
browser tests and `benchmarks/bench_dashboard.py`. Event markers are SVG (`scatter`) up to
`limits.SVG_POINTS` points and WebGL (`scattergl`) above; both carry the event id as customdata."""

# Page coordinates of a clickable event marker inside the visible plot area, and its event id.
FIND_POINT = """() => {
  const gd = document.querySelector('.js-plotly-plot');
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis2, box = gd.getBoundingClientRect();
  for (const t of gd._fullData) {
    if (!t.type.startsWith('scatter') || !t.customdata || t.mode !== 'markers') continue;
    for (let i = 0; i < t.x.length; i++) {
      const px = xa.d2p(t.x[i]), py = ya.d2p(t.y[i]);
      if (px > 5 && px < xa._length - 5) {
        return {id: t.customdata[i], x: box.left + xa._offset + px, y: box.top + ya._offset + py};
      }
    }
  }
  return null;
}"""

# Every marker point of the timeline: its event id and hover text.
MARKER_POINTS = """() => {
  const gd = document.querySelector('.js-plotly-plot');
  const found = [];
  for (const t of gd._fullData) {
    if (!t.type.startsWith('scatter') || !t.customdata || t.mode !== 'markers') continue;
    for (let i = 0; i < t.x.length; i++) found.push({id: t.customdata[i], text: t.text[i]});
  }
  return found;
}"""
