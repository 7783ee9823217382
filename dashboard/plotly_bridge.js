// Dateline: report the timeline's zoom and legend clicks to the server (see plotly_bridge.py).
//
// st.plotly_chart sends only point/box selections to the server. This script finds the app's
// Plotly chart in the page, listens to two of its events and passes them on as trigger values:
//   zoom   {x0, x1} (the new x range, as Plotly's date strings) or {all: true} (axes reset)
//   legend "TYPE"  (the event type whose legend item was clicked; the server toggles the filter)
// The chart element is replaced when Streamlit redraws it, so a MutationObserver re-attaches.
// It also reports, once per page, that the chart is drawn (state "drawn"): the server draws the
// events table only then, so the table's scripts do not compete with the chart's on a first open
// (should this report never come, a server-side timer draws the table: panels.table_stand_in).
const CHART = ".st-key-timeline .js-plotly-plot";
const ZOOM_SETTLE_MS = 350; // a scroll zoom fires one relayout per wheel step: report the last one

export default function (component) {
  const { setTriggerValue, setStateValue } = component;
  let timer = null;
  let drawn = false;

  function onRelayout(update) {
    let range = null;
    if (update["xaxis.range[0]"] !== undefined && update["xaxis.range[1]"] !== undefined) {
      range = { x0: String(update["xaxis.range[0]"]), x1: String(update["xaxis.range[1]"]) };
    } else if (Array.isArray(update["xaxis.range"])) {
      range = { x0: String(update["xaxis.range"][0]), x1: String(update["xaxis.range"][1]) };
    } else if (update["xaxis.autorange"] === true) {
      range = { all: true };
    }
    if (range === null) return; // dragmode changes, hover settings …: not part of the view
    clearTimeout(timer);
    timer = setTimeout(() => setTriggerValue("zoom", range), ZOOM_SETTLE_MS);
  }

  function onLegendClick(event) {
    const trace = event.fullData[event.curveNumber] || {};
    const type = trace.legendgroup || trace.name;
    if (type) setTriggerValue("legend", type);
    return false; // the server redraws the chart with the filter applied; Plotly hides nothing itself
  }

  function attach() {
    const chart = document.querySelector(CHART);
    if (!chart || !chart.on || !chart._ev) return; // not drawn yet
    if (chart._ev.listeners("plotly_relayout").includes(onRelayout)) return; // already attached
    chart.on("plotly_relayout", onRelayout);
    chart.on("plotly_legendclick", onLegendClick);
    chart.on("plotly_afterplot", reportDrawn);
    chart.dataset.datelineBridge = "attached"; // the chart now reports zoom and legend clicks
    if (chart.querySelector("g.y2tick text")) reportDrawn(); // drawn before we attached
  }

  function reportDrawn() {
    if (drawn) return; // once per page (every zoom redraws the chart)
    drawn = true;
    setStateValue("drawn", true); // no rerun when the server already knows
  }

  const observer = new MutationObserver(attach);
  observer.observe(document.body, { childList: true, subtree: true });
  attach();
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    const chart = document.querySelector(CHART);
    if (chart && chart.removeListener) {
      chart.removeListener("plotly_relayout", onRelayout);
      chart.removeListener("plotly_legendclick", onLegendClick);
      chart.removeListener("plotly_afterplot", reportDrawn);
    }
  };
}
