// The legs of the journey map, town labels and stays, period borders, the itinerary player, and the
// links from the timeline (map.html#L3). maps/render.py fills in the placeholders (MAP, LAND, BORDERS,
// STOPS, LEGS between double underscores): LAND = {group, data, attribution}; BORDERS = null or
// {data, credit, states: [{name, lat, lon}]}; STOPS = [{lat, lon, name, legs, stay?, days?, stays?}] in
// label priority order; LEGS = [{group, data}] in travel order: `group` is the journey's folium
// FeatureGroup, `data` = {id, n, colour, dash, opacity, line, popup, tooltip, stop, tip, label, arrow,
// angle}. Every string arrives escaped as HTML.
// Runs once the page has parsed, when every layer folium declares exists.
document.addEventListener("DOMContentLoaded", function () {
  var map = __MAP__, legs = __LEGS__, land = __LAND__, borders = __BORDERS__, stops = __STOPS__;
  // the offline base layer (Natural Earth land), drawn into folium's base-layer group
  L.geoJSON(land.data, {interactive: false, attribution: land.attribution,
    style: {fillColor: "#f4f1e8", color: "#8c8c8c", weight: 0.7, fillOpacity: 1.0}}).addTo(land.group);
  // frontiers of the story's time over the land: legal ones solid, approximate ones dotted
  var stateLabels = [];
  if (borders) {
    L.geoJSON(borders.data, {interactive: false, attribution: borders.credit, style: function (f) {
      var exact = f.properties.precision === 3;
      return {fill: false, color: "#9b7b5b", weight: exact ? 1.1 : 0.8, opacity: 0.9, dashArray: exact ? null : "2 3"};
    }}).addTo(land.group);
    borders.states.forEach(function (s) {
      stateLabels.push(L.marker([s.lat, s.lon], {interactive: false, keyboard: false, icon: L.divIcon({
        className: "chrono-state-icon", iconSize: null, iconAnchor: [0, 0],
        html: '<span class="chrono-state">' + s.name + '</span>'})}));
    });
  }
  legs.forEach(function (leg) {
    var d = leg.data;
    leg.id = d.id;
    leg.label = d.label;
    leg.layer = L.featureGroup();
    leg.line = L.polyline(d.line, {color: d.colour, weight: 3, dashArray: d.dash, opacity: d.opacity})
      .bindPopup(d.popup, {maxWidth: 360}).bindTooltip(d.tooltip, {sticky: true}).addTo(leg.layer);
    if (d.arrow) {
      L.marker(d.arrow, {interactive: false, keyboard: false, icon: L.divIcon({
        className: "chrono-arrow-icon", iconSize: [16, 16], iconAnchor: [8, 8],
        html: '<div class="chrono-arrow" style="color:' + d.colour + ';transform:rotate(' + d.angle +
              'deg)">&#10148;</div>'})}).addTo(leg.layer);
    }
    L.marker(d.stop, {icon: L.divIcon({className: "chrono-stop-icon", iconSize: [20, 20], iconAnchor: [10, 10],
      html: '<div class="chrono-stop" style="background:' + d.colour + '">' + d.n + '</div>'})})
      .bindTooltip(d.tip).on("click", function () { leg.line.openPopup(); }).addTo(leg.layer);
    leg.group.addLayer(leg.layer);
  });
  // one label per town, in priority order; `declutter` hides those that would overlap one placed
  // before them, so the busiest stops keep their names at every zoom and the rest appear as you zoom in
  var townLabels = [];
  stops.forEach(function (s) {
    var text = s.name + (s.stay ? ' <small>&middot; ' + s.stay + '</small>' : '');
    var m = L.marker([s.lat, s.lon], {interactive: false, keyboard: false, zIndexOffset: 1000,
      icon: L.divIcon({className: "chrono-town-icon", iconSize: null, iconAnchor: [-12, 7],
        html: '<span class="chrono-town">' + text + '</span>'})}).addTo(map);
    townLabels.push(m);
    if (s.stays) {   // a ring as wide as the time spent there
      L.circleMarker([s.lat, s.lon], {radius: 12 + 3 * Math.log2(1 + s.days / 7), color: "#555", weight: 1.5,
        fill: false, dashArray: "3 3", className: "chrono-stay"}).bindTooltip(s.name + " &mdash; stays:<br>" + s.stays).addTo(map);
    }
  });
  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }
  function declutter() {
    var view = map.getBounds(), placed = [];
    function place(marker, keep) {
      var on = keep && view.contains(marker.getLatLng());
      if (on && !map.hasLayer(marker)) { marker.addTo(map); }
      if (!on) { if (map.hasLayer(marker)) { map.removeLayer(marker); } return; }
      var el = marker.getElement().firstChild, r = el.getBoundingClientRect();
      var free = placed.every(function (p) { return !overlaps(p, r); });
      el.style.visibility = free ? "" : "hidden";
      if (free) { placed.push(r); }
    }
    townLabels.forEach(function (m) { place(m, true); });
    stateLabels.forEach(function (m) { place(m, map.getZoom() >= 3); });
  }
  map.on("zoomend moveend", declutter);
  var box = L.DomUtil.create("div", "chrono-player");
  box.innerHTML = '<button type="button" title="Play the itinerary">&#9654;</button> ' +
    '<input type="range" min="0" max="' + legs.length + '" value="' + legs.length + '" step="1"> ' +
    '<span class="chrono-label">all legs</span>';
  var button = box.querySelector("button"), range = box.querySelector("input"),
      label = box.querySelector(".chrono-label");
  L.DomEvent.disableClickPropagation(box);
  var Player = L.Control.extend({onAdd: function () { return box; }});
  new Player({position: "bottomright"}).addTo(map);

  function show(k) {
    for (var i = 0; i < legs.length; i++) {
      var on = i < k;
      if (on && !legs[i].group.hasLayer(legs[i].layer)) { legs[i].group.addLayer(legs[i].layer); }
      if (!on && legs[i].group.hasLayer(legs[i].layer)) { legs[i].group.removeLayer(legs[i].layer); }
    }
    range.value = k;
    label.innerHTML = k === 0 ? "start" : (k === legs.length ? "all legs" : legs[k - 1].label);
  }
  var timer = null;
  function stop() { if (timer) { clearInterval(timer); timer = null; } button.innerHTML = "&#9654;"; }
  button.addEventListener("click", function () {
    if (timer) { stop(); return; }
    var k = Number(range.value) >= legs.length ? 0 : Number(range.value);
    show(k);
    button.innerHTML = "&#10074;&#10074;";
    timer = setInterval(function () {
      if (k >= legs.length) { stop(); return; }
      k += 1; show(k);
    }, 900);
  });
  range.addEventListener("input", function () { stop(); show(Number(range.value)); });

  function focusHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < legs.length; i++) {
      if (legs[i].id === id) {
        show(legs.length);
        map.fitBounds(legs[i].line.getBounds(), {maxZoom: 7, padding: [40, 40]});
        legs[i].line.openPopup();
        return;
      }
    }
  }
  declutter();
  window.addEventListener("hashchange", focusHash);
  if (location.hash) { setTimeout(focusHash, 0); }
});
