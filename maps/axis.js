// timeline.html's time axis: one lane per journey, bars for legs and stays (faded where the date is
// uncertain), a tooltip with the text's dates, a click that opens the leg on the map (map.html#L3),
// and zoom from decades to days (wheel, drag, buttons). Data: the JSON in #axis-data, made by
// maps/axis.py; days are proleptic Gregorian ordinals. Text is only ever set with textContent.
(function () {
  var data = JSON.parse(document.getElementById("axis-data").textContent);
  var box = document.getElementById("axis");
  if (!box) { return; }
  if (!data.bars.length) { box.textContent = "No dated legs to draw."; return; }
  var NS = "http://www.w3.org/2000/svg", LANE = 22, HEAD = 30, EPOCH = 719163;   // ordinal of 1970-01-01
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var lo = Math.min.apply(null, data.bars.map(function (b) { return b.lo; }));
  var hi = Math.max.apply(null, data.bars.map(function (b) { return b.hi; }));
  var pad = Math.max(3, (hi - lo) * 0.03), full = [lo - pad, hi + pad], view = full.slice();
  var MIN_SPAN = 4, MAX_SPAN = Math.max(full[1] - full[0], 3653) * 2;

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  var labels = document.createElement("div");
  labels.className = "axis-lanes";
  var head = document.createElement("div");
  head.style.height = HEAD + "px";
  labels.appendChild(head);
  data.lanes.forEach(function (lane) {
    var d = document.createElement("div");
    d.className = "axis-lane lane-" + lane.kind;
    d.style.height = LANE + "px";
    d.textContent = lane.title;
    d.title = lane.title;
    labels.appendChild(d);
  });
  var plot = document.createElement("div");
  plot.className = "axis-plot";
  var height = HEAD + LANE * data.lanes.length + 4;
  var svg = el("svg", {height: height, width: "100%"});
  plot.appendChild(svg);
  box.appendChild(labels);
  box.appendChild(plot);

  function width() { return plot.clientWidth || 800; }
  function x(day) { return (day - view[0]) / (view[1] - view[0]) * width(); }
  function dayAt(px) { return view[0] + px / width() * (view[1] - view[0]); }
  function toDate(day) { return new Date((Math.floor(day) - EPOCH) * 864e5); }
  function ordinal(y, m, d) { return Date.UTC(y, m, d) / 864e5 + EPOCH; }

  // tick steps from a decade down to a day; the first that leaves 70 px between labels is used
  var STEPS = [["year", 10], ["year", 5], ["year", 1], ["month", 6], ["month", 3], ["month", 1],
               ["day", 7], ["day", 1]];
  function approxDays(s) { return s[0] === "year" ? s[1] * 365.25 : s[0] === "month" ? s[1] * 30.44 : s[1]; }
  function ticks() {
    var perDay = width() / (view[1] - view[0]), step = STEPS[0];
    for (var i = 0; i < STEPS.length; i++) { if (approxDays(STEPS[i]) * perDay >= 70) { step = STEPS[i]; } }
    var out = [], start = toDate(view[0]), y = start.getUTCFullYear(), m = start.getUTCMonth();
    if (step[0] === "year") {
      for (var yy = Math.floor(y / step[1]) * step[1]; ordinal(yy, 0, 1) <= view[1]; yy += step[1]) {
        out.push([ordinal(yy, 0, 1), String(yy)]);
      }
    } else if (step[0] === "month") {
      for (var mm = Math.floor(m / step[1]) * step[1], t; (t = ordinal(y, mm, 1)) <= view[1]; mm += step[1]) {
        var dm = new Date(Date.UTC(y, mm, 1));
        out.push([t, dm.getUTCMonth() === 0 ? String(dm.getUTCFullYear()) : MONTHS[dm.getUTCMonth()]]);
      }
    } else {
      for (var d = Math.floor(view[0]); d <= view[1]; d++) {
        var dd = toDate(d);
        if (step[1] === 7 && dd.getUTCDay() !== 1) { continue; }
        out.push([d, dd.getUTCDate() + " " + MONTHS[dd.getUTCMonth()] + (dd.getUTCDate() === 1 || out.length === 0 ?
          " " + dd.getUTCFullYear() : "")]);
      }
    }
    box.setAttribute("data-step", step[1] + " " + step[0]);
    return out.filter(function (t) { return t[0] >= view[0]; });
  }

  var focused = null;
  function draw() {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    ticks().forEach(function (t) {
      var tx = x(t[0]);
      el("line", {x1: tx, x2: tx, y1: HEAD - 8, y2: height, "class": "tick"}, svg);
      el("text", {x: tx + 3, y: HEAD - 12, "class": "tick-label"}, svg).textContent = t[1];
    });
    data.lanes.forEach(function (lane, i) {
      el("line", {x1: 0, x2: "100%", y1: HEAD + LANE * (i + 1), y2: HEAD + LANE * (i + 1), "class": "lane-rule"}, svg);
    });
    data.bars.forEach(function (b) {
      if (b.hi < view[0] || b.lo > view[1]) { return; }
      var y = HEAD + LANE * b.lane + 4, h = LANE - 8;
      var a = el("a", {href: b.href, id: "bar-" + b.id, "class": "bar" + (focused === b.id ? " focus" : "")}, svg);
      a.setAttribute("data-leg", b.id);
      var x0 = x(b.lo), w = Math.max(4, x(b.hi) - x0);
      el("rect", {x: x0, y: y, width: w, height: h, rx: 2, fill: b.colour, "class": "uncertain"}, a);
      if (b.core) {
        var c0 = x(b.core[0]);
        el("rect", {x: c0, y: y, width: Math.max(4, x(b.core[1]) - c0), height: h, rx: 2, fill: b.colour,
                    "class": "certain"}, a);
      }
      el("title", {}, a).textContent = b.tip;
    });
  }

  function zoom(factor, centre) {
    var span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (view[1] - view[0]) * factor));
    var c = centre === undefined ? (view[0] + view[1]) / 2 : centre;
    var left = (c - view[0]) / (view[1] - view[0]);
    view = [c - span * left, c + span * (1 - left)];
    draw();
  }
  plot.addEventListener("wheel", function (e) {
    e.preventDefault();
    zoom(e.deltaY > 0 ? 1.25 : 0.8, dayAt(e.clientX - plot.getBoundingClientRect().left));
  }, {passive: false});
  var drag = null;
  plot.addEventListener("mousedown", function (e) { drag = {x: e.clientX, view: view.slice(), moved: false}; });
  window.addEventListener("mousemove", function (e) {
    if (!drag) { return; }
    var dd = (e.clientX - drag.x) / width() * (drag.view[1] - drag.view[0]);
    if (Math.abs(e.clientX - drag.x) > 3) { drag.moved = true; }
    view = [drag.view[0] - dd, drag.view[1] - dd];
    draw();
  });
  window.addEventListener("mouseup", function () { setTimeout(function () { drag = null; }, 0); });
  plot.addEventListener("click", function (e) { if (drag && drag.moved) { e.preventDefault(); } }, true);
  document.getElementById("axis-in").addEventListener("click", function () { zoom(0.5); });
  document.getElementById("axis-out").addEventListener("click", function () { zoom(2); });
  document.getElementById("axis-all").addEventListener("click", function () { view = full.slice(); draw(); });
  window.addEventListener("resize", draw);

  // timeline.html#L3 (the map's link back): that leg's bar, highlighted and in the middle
  function focusHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var bar = data.bars.filter(function (b) { return b.id === id; })[0];
    if (!bar) { return; }
    focused = id;
    var span = Math.max(30, (bar.hi - bar.lo) * 8), c = (bar.lo + bar.hi) / 2;
    view = [c - span / 2, c + span / 2];
    draw();
  }
  window.addEventListener("hashchange", focusHash);
  draw();
  if (location.hash) { focusHash(); }
})();
