/*
 * Anime Digest web pages: preselect the reader's own time zone on the subscribe form.
 * The form works without this file (the zone stays UTC).
 */
(function () {
  "use strict";
  var select = document.querySelector("select[data-browser-zone]");
  if (!select) {
    return;
  }
  var zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (e) {
    return;
  }
  for (var i = 0; i < select.options.length; i += 1) {
    if (select.options[i].value === zone) {
      select.value = zone;
      return;
    }
  }
})();
