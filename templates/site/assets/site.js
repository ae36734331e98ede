/*
 * Anime Digest archive: the reader's own premiere times, countdowns, lineup filters.
 * Every page reads fully without this file; it only adds to what is there.
 * It reads nothing from the network and runs from file:// as from any server.
 */
(function () {
  "use strict";

  var MINUTE = 60000;
  var RECENT = 7 * 86400000;
  var UNITS = [["day", 86400000], ["hour", 3600000], ["minute", MINUTE]];
  var relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  var localTime = new Intl.DateTimeFormat(undefined, {
    weekday: "short", day: "numeric", month: "short",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short"
  });

  function countdown(ms) {
    for (var i = 0; i < UNITS.length; i += 1) {
      var size = UNITS[i][1];
      if (Math.abs(ms) >= size || size === MINUTE) {
        return relative.format(Math.round(ms / size), UNITS[i][0]);
      }
    }
    return "";
  }

  function showLocalTimes() {
    var now = Date.now();
    document.querySelectorAll("time[data-premiere]").forEach(function (el) {
      var when = new Date(el.getAttribute("data-premiere"));
      var out = el.parentNode.querySelector("[data-local]");
      if (!out || isNaN(when.getTime())) { return; }
      var parts = [];
      if (!el.hasAttribute("data-all-day")) { parts.push("Your time: " + localTime.format(when)); }
      // A countdown helps before a premiere and just after it; older ones show the date alone.
      if (when.getTime() - now > -RECENT) { parts.push(countdown(when.getTime() - now)); }
      if (parts.length === 0) { return; }
      out.textContent = parts.join(" · ");
      out.hidden = false;
    });
  }

  function pressed(panel, kind) {
    var buttons = panel.querySelectorAll('button[data-filter="' + kind + '"][aria-pressed="true"]');
    return Array.prototype.map.call(buttons, function (b) { return b.getAttribute("data-value"); });
  }

  function matches(card, kind, wanted) {
    if (wanted.length === 0) { return true; }
    var have = JSON.parse(card.getAttribute("data-" + kind) || "[]");
    return wanted.some(function (value) { return have.indexOf(value) !== -1; });
  }

  function setUpFilters() {
    var panel = document.querySelector("[data-filters]");
    if (!panel) { return; }
    var cards = Array.prototype.slice.call(document.querySelectorAll("[data-card]"));
    var status = panel.querySelector("[data-filter-status]");
    function apply() {
      var genres = pressed(panel, "genres");
      var channels = pressed(panel, "channels");
      var shown = 0;
      cards.forEach(function (card) {
        var visible = matches(card, "genres", genres) && matches(card, "channels", channels);
        card.parentNode.hidden = !visible;
        if (visible) { shown += 1; }
      });
      status.textContent = "Showing " + shown + " of " + cards.length + " shows";
    }
    panel.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) { return; }
      if (button.hasAttribute("data-filter-clear")) {
        panel.querySelectorAll("button[data-filter]").forEach(function (b) {
          b.setAttribute("aria-pressed", "false");
        });
      } else if (button.hasAttribute("data-filter")) {
        var on = button.getAttribute("aria-pressed") === "true";
        button.setAttribute("aria-pressed", on ? "false" : "true");
      }
      apply();
    });
    panel.hidden = false;
    apply();
  }

  function start() {
    showLocalTimes();
    window.setInterval(showLocalTimes, MINUTE);
    setUpFilters();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
