// timeline.html's review controls: for each leg (drop, depart, arrive, mode, status, move to a place)
// and each place mention (not a place, move to a place) a few form fields; every change rebuilds the
// corrections file shown under "Review" and offered for download. `chronology build --corrections
// FILE` applies it on the next run. Data: the JSON in #review-data (maps/review.py); values are only
// ever set as text or form values.
(function () {
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var fixes = {};          // key ("leg L3" / "mention Tiflis") -> the fix for it
  var preview = document.getElementById("rv-json"), count = document.getElementById("rv-count");
  var byName = {};
  data.places.forEach(function (p) { byName[p.name] = p; });

  var list = document.createElement("datalist");
  list.id = "rv-places";
  data.places.forEach(function (p) { var o = document.createElement("option"); o.value = p.name; list.appendChild(o); });
  document.body.appendChild(list);

  function node(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function field(label, input) { var l = node("label", {}, label + " "); l.appendChild(input); return l; }
  function select(options, value, name) {
    var s = node("select", {name: name});
    options.forEach(function (o) { var op = node("option", {value: o}, o); if (o === value) { op.selected = true; } s.appendChild(op); });
    return s;
  }
  function placeRef(name) {
    var p = byName[name];
    return p ? JSON.parse(JSON.stringify(p)) : {name: name};   // a name not in the gazetteer stays unlocated
  }
  function update(key, base, changes) {
    var fix = Object.assign({}, base), any = false;
    for (var k in changes) { if (changes[k] !== undefined) { fix[k] = changes[k]; any = true; } }
    if (any) { fixes[key] = fix; } else { delete fixes[key]; }
    var out = {corrections: Object.keys(fixes).map(function (k) { return fixes[k]; })};
    preview.textContent = JSON.stringify(out, null, 1);
    count.textContent = out.corrections.length + " correction" + (out.corrections.length === 1 ? "" : "s");
  }

  data.legs.forEach(function (leg) {
    var host = document.querySelector('.rv[data-leg="' + CSS.escape(leg.id) + '"]');
    if (!host) { return; }
    var drop = node("input", {type: "checkbox", name: "drop"});
    var depart = node("input", {type: "text", name: "depart", size: 11, placeholder: leg.depart || "YYYY-MM-DD"});
    var arrive = node("input", {type: "text", name: "arrive", size: 11, placeholder: leg.arrive || "YYYY-MM-DD"});
    var mode = select(data.modes, leg.mode, "mode"), status = select(data.statuses, leg.status, "status");
    var to = node("input", {type: "text", name: "to", list: "rv-places", size: 14, placeholder: leg.to});
    [field("drop", drop), field("depart", depart), field("arrive", arrive), field("mode", mode),
     field("status", status), field("move to", to)].forEach(function (f) { host.appendChild(f); });
    function changed() {
      var dropped = drop.checked;
      [depart, arrive, mode, status, to].forEach(function (i) { i.disabled = dropped; });
      update("leg " + leg.id, {leg: leg.id}, dropped ? {drop: true} : {
        depart: depart.value.trim() || undefined, arrive: arrive.value.trim() || undefined,
        mode: mode.value !== leg.mode ? mode.value : undefined,
        status: status.value !== leg.status ? status.value : undefined,
        to: to.value.trim() && to.value.trim() !== leg.to ? placeRef(to.value.trim()) : undefined});
    }
    host.addEventListener("change", changed);
    host.addEventListener("input", changed);
  });

  var table = document.getElementById("rv-mentions");
  data.mentions.forEach(function (m) {
    var tr = node("tr", {"data-mention": m.text});
    tr.appendChild(node("td", {}, m.text));
    tr.appendChild(node("td", {}, m.place || "unresolved"));
    tr.appendChild(node("td", {}, String(m.count)));
    tr.appendChild(node("td", {}, String(m.line)));
    var notPlace = node("input", {type: "checkbox", name: "not_place"});
    var to = node("input", {type: "text", name: "place", list: "rv-places", size: 14, placeholder: m.place || ""});
    var td = node("td", {});
    td.appendChild(field("not a place", notPlace));
    td.appendChild(field("is", to));
    tr.appendChild(td);
    table.appendChild(tr);
    function changed() {
      to.disabled = notPlace.checked;
      update("mention " + m.text, {mention: m.text}, notPlace.checked ? {not_place: true} : {
        place: to.value.trim() && to.value.trim() !== m.place ? placeRef(to.value.trim()) : undefined});
    }
    tr.addEventListener("change", changed);
    tr.addEventListener("input", changed);
  });

  document.getElementById("rv-download").addEventListener("click", function () {
    var blob = new Blob([preview.textContent || '{"corrections": []}'], {type: "application/json"});
    var a = node("a", {href: URL.createObjectURL(blob), download: "corrections.json"});
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });
  update("", {}, {});
})();
