// Dateline: report the timeline's zoom and legend clicks to the server (see plotly_bridge.py).
//
// st.plotly_chart sends only point/box selections to the server. This script finds the app's
// Plotly chart in the page, listens to two of its events and passes them on as trigger values:
//   zoom   {x0, x1} (the new x range, as Plotly's date strings) or {all: true} (axes reset)
//   legend "TYPE"  (the event type whose legend item was clicked; the server toggles the filter)
// The chart element is replaced when Streamlit redraws it, so a MutationObserver re-attaches.
const CHART = ".st-key-timeline .js-plotly-plot";
const ZOOM_SETTLE_MS = 350; // a scroll zoom fires one relayout per wheel step: report the last one

export default function (component) {
  const { setTriggerValue } = component;
  let timer = null;

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
    chart.dataset.datelineBridge = "attached"; // the chart now reports zoom and legend clicks
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
    }
  };
}
