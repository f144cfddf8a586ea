// LeadPulse dashboard behaviour that htmx does not cover: charts drawn from data attributes.
// A <canvas data-chart='{"type":"line", ...}'> becomes a Chart.js chart; the JSON is the chart's config.
(function () {
  function draw(root) {
    if (typeof Chart === "undefined") return;
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) return;
      canvas.dataset.drawn = "1";
      var config = JSON.parse(canvas.dataset.chart);
      config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
      new Chart(canvas, config);
    });
  }
  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:afterSwap", function (e) { draw(e.target); });
  document.addEventListener("htmx:sseError", function () {
    var s = document.getElementById("live-status"); if (s) { s.textContent = "reconnecting"; }
  });
  document.addEventListener("htmx:sseOpen", function () {
    var s = document.getElementById("live-status"); if (s) { s.textContent = "live"; }
  });
})();
