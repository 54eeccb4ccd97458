// Draws the health page's 12-week chart from the canvas's data attributes (no inline script under the CSP).
(function () {
  "use strict";

  function draw() {
    var canvas = document.getElementById("health-chart");
    if (!canvas || !window.Chart) {
      return;
    }
    var weeks = canvas.getAttribute("data-weeks").split(",");
    var scores = canvas.getAttribute("data-scores").split(",").map(function (s) {
      return s === "" ? null : Number(s);
    });
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: weeks,
        datasets: [{
          label: canvas.getAttribute("data-label"),
          data: scores,
          borderColor: "#0f766e",
          backgroundColor: "rgba(15, 118, 110, .12)",
          fill: true,
          tension: 0.25,
          spanGaps: false,
          pointRadius: 3
        }]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, ticks: { stepSize: 25 } } },
        plugins: { legend: { display: false } }
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
