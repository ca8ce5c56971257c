// The itinerary player and the links from the timeline (map.html#L3).
// maps/render.py fills in __MAP__ and __LEGS__ = [{layer, group, line, marks}], in travel order;
// marks = {id, n, colour, stop, tip, label, arrow, angle}; its strings arrive escaped as HTML.
// Runs once the page has parsed, when every layer folium declares exists.
document.addEventListener("DOMContentLoaded", function () {
  var map = __MAP__, legs = __LEGS__;
  // each leg's direction arrow and numbered stop
  legs.forEach(function (leg) {
    var m = leg.marks;
    leg.id = m.id;
    leg.label = m.label;
    if (m.arrow) {
      L.marker(m.arrow, {interactive: false, keyboard: false, icon: L.divIcon({
        className: "chrono-arrow-icon", iconSize: [16, 16], iconAnchor: [8, 8],
        html: '<div class="chrono-arrow" style="color:' + m.colour + ';transform:rotate(' + m.angle +
              'deg)">&#10148;</div>'})}).addTo(leg.layer);
    }
    L.marker(m.stop, {icon: L.divIcon({className: "chrono-stop-icon", iconSize: [20, 20], iconAnchor: [10, 10],
      html: '<div class="chrono-stop" style="background:' + m.colour + '">' + m.n + '</div>'})})
      .bindTooltip(m.tip).on("click", function () { leg.line.openPopup(); }).addTo(leg.layer);
  });
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
  window.addEventListener("hashchange", focusHash);
  if (location.hash) { setTimeout(focusHash, 0); }
});
