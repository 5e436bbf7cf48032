// LeadRules console: small, optional enhancements. Every page works without them.
// Charts: <canvas data-chart='{"type": ..., "data": ..., "options": ...}'> gets a Chart.js chart (the JSON is in an
// attribute, so it is data the browser decodes, never script). Drop zones: <div class="dropzone" data-input="id">
// forwards dropped files to the file input it names.
(function () {
    "use strict";

    function drawCharts(root) {
        if (typeof window.Chart === "undefined") {
            return;
        }
        root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
            if (canvas.dataset.drawn) {
                return;
            }
            try {
                var config = JSON.parse(canvas.dataset.chart);
                config.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false},
                    config.options || {});
                new window.Chart(canvas, config);
                canvas.dataset.drawn = "yes";
            } catch (e) {
                canvas.insertAdjacentText("afterend", "");
            }
        });
    }

    function dropZones(root) {
        root.querySelectorAll(".dropzone[data-input]").forEach(function (zone) {
            var input = document.getElementById(zone.dataset.input);
            if (!input || zone.dataset.ready) {
                return;
            }
            zone.dataset.ready = "yes";
            ["dragenter", "dragover"].forEach(function (name) {
                zone.addEventListener(name, function (event) {
                    event.preventDefault();
                    zone.classList.add("over");
                });
            });
            ["dragleave", "drop"].forEach(function (name) {
                zone.addEventListener(name, function () {
                    zone.classList.remove("over");
                });
            });
            zone.addEventListener("drop", function (event) {
                event.preventDefault();
                var files = event.dataTransfer.files;
                input.files = files;
                var list = zone.querySelector(".chosen");
                if (list) {
                    list.textContent = Array.prototype.map.call(files, function (f) { return f.name; }).join(", ");
                }
            });
        });
    }

    function enhance(root) {
        drawCharts(root);
        dropZones(root);
    }

    document.addEventListener("DOMContentLoaded", function () { enhance(document); });
    document.addEventListener("htmx:afterSettle", function (event) { enhance(event.target); });
})();
