// The itinerary player and the links from the timeline (map.html#L3).
// maps/render.py fills in __MAP__ and __LEGS__ = [{id, layer, group, line, label}], in travel order;
// labels arrive escaped as HTML.
// Runs once the page has parsed, when every layer folium declares exists.
document.addEventListener("DOMContentLoaded", function () {
  var map = __MAP__, legs = __LEGS__;
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
