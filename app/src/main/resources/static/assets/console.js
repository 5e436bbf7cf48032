// LeadRules console: small, optional enhancements. Every page works without them.
// Charts: <canvas data-chart='{"type": ..., "data": ..., "options": ...}'> gets a Chart.js chart (the JSON is in an
// attribute, so it is data the browser decodes, never script). Drop zones: <div class="dropzone" data-input="id">
// forwards dropped files to the file input it names. A [data-scroll-to] element scrolls the page to the id it names.
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

    // Model pages: a page that highlights a row or line (console/sources) scrolls to it when the link had no #.
    function scrollToHighlight(root) {
        var marker = root.querySelector("[data-scroll-to]");
        var target = marker && !window.location.hash ? document.getElementById(marker.dataset.scrollTo) : null;
        if (target) {
            target.scrollIntoView({block: "center"});
        }
    }

    function enhance(root) {
        drawCharts(root);
        dropZones(root);
        scrollToHighlight(root);
    }

    document.addEventListener("DOMContentLoaded", function () { enhance(document); });
    document.addEventListener("htmx:afterSettle", function (event) { enhance(event.target); });
})();
