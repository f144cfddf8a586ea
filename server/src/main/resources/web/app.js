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
  // Refusals that carry a fragment to show (422: a draft's problems; 409: why nothing was done) are swapped in.
  document.addEventListener("htmx:beforeSwap", function (e) {
    var status = e.detail.xhr.status;
    if (status === 422 || status === 409) { e.detail.shouldSwap = true; e.detail.isError = false; }
  });

  // YAML editors: <textarea data-gutter="ID"> beside <ol id="ID-gutter">. The textarea grows with its text (so
  // the line numbers stay beside their lines); a change in the line count renumbers the gutter and clears marks
  // that no longer point at the right lines. Links with data-goto-line select that line.
  function lineCount(text) { return text.split("\n").length; }
  function renumber(area) {
    var id = area.dataset.gutter, gutter = document.getElementById(id + "-gutter");
    var n = lineCount(area.value);
    if (gutter && gutter.children.length !== n) {
      var html = "";
      for (var i = 1; i <= n; i++) { html += "<li>" + i + "</li>"; }
      gutter.innerHTML = html;
      var marks = document.getElementById(id + "-marks");
      if (marks) { marks.innerHTML = ""; }
    }
    area.rows = n;
    area.style.height = "auto";
    area.style.height = (area.scrollHeight + (area.scrollWidth > area.clientWidth ? 16 : 0)) + "px";
  }
  document.addEventListener("input", function (e) {
    if (e.target.matches && e.target.matches("textarea[data-gutter]")) { renumber(e.target); }
  });
  document.addEventListener("keydown", function (e) {
    var area = e.target;
    if (e.key !== "Tab" || !area.matches || !area.matches("textarea[data-gutter]") || e.shiftKey) return;
    e.preventDefault();
    area.setRangeText("  ", area.selectionStart, area.selectionEnd, "end");
  });
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest("[data-goto-line]");
    if (!link) return;
    var area = document.querySelector(link.getAttribute("href"));
    if (!area) return;
    e.preventDefault();
    var lines = area.value.split("\n"), line = Math.min(lines.length, parseInt(link.dataset.gotoLine, 10));
    var start = 0;
    for (var i = 0; i < line - 1; i++) { start += lines[i].length + 1; }
    area.focus();
    area.setSelectionRange(start, start + lines[line - 1].length);
    var gutter = document.getElementById(area.dataset.gutter + "-gutter");
    var target = gutter && gutter.children[line - 1];
    if (target) { target.scrollIntoView({ block: "center", behavior: "smooth" }); }
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-gutter]").forEach(renumber);
  });

  document.addEventListener("htmx:sseOpen", function () {
    var s = document.getElementById("live-status"); if (s) { s.textContent = "live"; }
  });
})();
